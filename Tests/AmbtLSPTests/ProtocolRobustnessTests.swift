import AmbtLSP
import AmbtModel
import Testing

/// What a broken or hostile client sends: every problem gets a JSON-RPC error (or is dropped
/// where the protocol says so), and the server keeps answering.
@Suite struct ProtocolRobustnessTests {
  /// The framed bytes of a request.
  static func framed(_ body: String) -> [UInt8] { Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8) }

  static let shutdown = framed(#"{"jsonrpc":"2.0","id":"last","method":"shutdown"}"#)
  static let shutdownAnswer = #"{"id":"last","jsonrpc":"2.0","result":null}"#

  /// Feeds `bytes`, then a shutdown request; returns the answers on one line each.
  static func answers(_ bytes: [UInt8], session: Session = Session()) -> [String] {
    session.connection.feed(bytes + shutdown)
    return session.connection.take().map { line($0) }
  }

  @Test("invalid JSON gets -32700 with id null")
  func invalidJSON() {
    #expect(
      Self.answers(Self.framed(#"{"jsonrpc":"2.0","id":1,"method":"#)) == [
        #"{"error":{"code":-32700,"message":"invalid JSON at byte 33: unexpected end of input"},"id":null,"jsonrpc":"2.0"}"#,
        Self.shutdownAnswer,
      ])
    #expect(
      Self.answers(Self.framed("\u{FF}garbage"))[0].hasPrefix(#"{"error":{"code":-32700,"message":"invalid JSON at byte 0"#))
    let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
    #expect(
      Self.answers(Self.framed(deep))[0]
        == #"{"error":{"code":-32700,"message":"invalid JSON at byte 128: nested deeper than 128 levels"},"id":null,"jsonrpc":"2.0"}"#
    )
  }

  @Test("bad framing: a header without a colon, an unreadable or missing Content-Length, an endless header")
  func badFraming() {
    #expect(
      Self.answers(Array("Content-Lenght 12\r\n\r\n{\"x\":1}\r\n".utf8)) == [
        #"{"error":{"code":-32700,"message":"invalid header line 'Content-Lenght 12'"},"id":null,"jsonrpc":"2.0"}"#,
        Self.shutdownAnswer,
      ])
    #expect(
      Self.answers(Array("Content-Length: -5\r\n\r\n{}".utf8)) == [
        #"{"error":{"code":-32700,"message":"invalid Content-Length '-5'"},"id":null,"jsonrpc":"2.0"}"#, Self.shutdownAnswer,
      ])
    #expect(
      Self.answers(Array("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8)) == [
        #"{"error":{"code":-32700,"message":"header without Content-Length"},"id":null,"jsonrpc":"2.0"}"#, Self.shutdownAnswer,
      ])
    #expect(
      Self.answers(Array(repeating: UInt8(ascii: "x"), count: 9000)) == [
        #"{"error":{"code":-32700,"message":"header section longer than 8192 bytes"},"id":null,"jsonrpc":"2.0"}"#,
        Self.shutdownAnswer,
      ])
  }

  @Test("a message larger than the limit is skipped as it arrives, with -32600")
  func oversizedMessage() {
    let s = Session(maxDocumentBytes: 1000)
    // The limit for a message is twice the document limit plus 1 MiB.
    let size = 2 * 1000 + (1 << 20) + 1
    s.connection.feed(Array("Content-Length: \(size)\r\n\r\n".utf8))
    for _ in 0..<(size / 4096) { s.connection.feed(Array(repeating: UInt8(ascii: " "), count: 4096)) }
    s.connection.feed(Array(repeating: UInt8(ascii: " "), count: size % 4096))
    #expect(
      Self.answers([], session: s) == [
        #"{"error":{"code":-32600,"message":"message of 1050577 bytes is larger than the limit of 1050576 bytes; skipped"},"id":null,"jsonrpc":"2.0"}"#,
        Self.shutdownAnswer,
      ])
  }

  @Test("a document above the limit is refused with a diagnostic, and the server goes on")
  func hugeDocument() throws {
    let s = Session(maxDocumentBytes: 64 * 1024)
    let uri = "file:///x/huge.ambt"
    s.open(uri, String(repeating: "§ 1.1. Je meldt geschenken.\n", count: 4000))
    let published = s.wait(0)
    #expect(
      line(published.first?["params"]?["diagnostics"])
        == #"[{"code":"document-too-large","message":"het document is 116000 bytes; ambt leest er hoogstens 65536","range":{"end":{"character":0,"line":0},"start":{"character":0,"line":0}},"severity":1,"source":"ambt"}]"#
    )
    #expect(s.request("textDocument/hover", s.at(uri, 0, 2)) == .null)
    #expect(s.request("textDocument/documentSymbol", ["textDocument": .object(["uri": .string(uri)])]) == .array([]))
    // A change that brings it under the limit is read again.
    s.change(uri, "---\ntitel: T\norganisatie: T\n---\n# 1. A\n§ 1.1. Je meldt geschenken.\n", version: 2)
    let after = try #require(s.wait(1).first?["params"]?["diagnostics"]?.arrayValue)
    #expect(!after.contains { $0["code"] == .string("document-too-large") })
  }

  @Test("unknown methods: a request gets -32601, a notification is ignored")
  func unknownMethods() {
    let s = Session()
    #expect(
      line(s.send("textDocument/semanticTokens/full", [:]).last)
        == #"{"error":{"code":-32601,"message":"unknown method 'textDocument/semanticTokens/full'"},"id":2,"jsonrpc":"2.0"}"#)
    s.notify("$/unknownNotification", [:])
    s.notify("$/cancelRequest", ["id": .int(1)])
    #expect(s.connection.take().isEmpty)
  }

  @Test("invalid requests get -32600 and keep their id where it can be read")
  func invalidRequests() {
    #expect(
      Self.answers(Self.framed("[]"))[0]
        == #"{"error":{"code":-32600,"message":"invalid request: a batch (LSP sends one message at a time)"},"id":null,"jsonrpc":"2.0"}"#
    )
    #expect(
      Self.answers(Self.framed("42"))[0]
        == #"{"error":{"code":-32600,"message":"invalid request: not an object"},"id":null,"jsonrpc":"2.0"}"#)
    #expect(
      Self.answers(Self.framed(#"{"id":7,"method":"shutdown"}"#))[0]
        == #"{"error":{"code":-32600,"message":"invalid request: \"jsonrpc\" must be \"2.0\""},"id":7,"jsonrpc":"2.0"}"#)
    #expect(
      Self.answers(Self.framed(#"{"jsonrpc":"2.0","id":8,"method":9}"#))[0]
        == #"{"error":{"code":-32600,"message":"invalid request: \"method\" must be a string"},"id":8,"jsonrpc":"2.0"}"#)
    #expect(
      Self.answers(Self.framed(#"{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}"#))[0]
        == #"{"error":{"code":-32600,"message":"invalid request: \"id\" must be a number or a string"},"id":null,"jsonrpc":"2.0"}"#
    )
    // A response from the client (the server asks nothing) is dropped.
    #expect(Self.answers(Self.framed(#"{"jsonrpc":"2.0","id":3,"result":null}"#)) == [Self.shutdownAnswer])
  }

  @Test("invalid params get -32602; requests before initialize get -32002")
  func invalidParams() {
    let s = Session()
    s.open("file:///x/a.ambt", "# 1. A\n")
    #expect(
      line(s.send("textDocument/hover", ["textDocument": .object(["uri": .string("file:///x/a.ambt")])]).last?["error"])
        == #"{"code":-32602,"message":"invalid params: position needs line and character (numbers, 0 or more)"}"#)
    #expect(
      line(s.send("textDocument/hover", ["position": s.position(0, 0)]).last?["error"])
        == #"{"code":-32602,"message":"invalid params: textDocument.uri is missing"}"#)
    #expect(
      line(s.send("textDocument/definition", s.at("file:///x/other.ambt", 0, 0)).last?["error"])
        == #"{"code":-32602,"message":"invalid params: document 'file:///x/other.ambt' is not open"}"#)
    // Bad parameters of a notification cannot be answered: a log line, and the server goes on.
    s.notify("textDocument/didChange", ["textDocument": .object(["uri": .string("file:///x/a.ambt")])])
    #expect(
      line(s.connection.take().first)
        == #"{"jsonrpc":"2.0","method":"window/logMessage","params":{"message":"ambt: ignored 'textDocument/didChange': invalid params","type":1}}"#
    )
    let fresh = Session(initialize: false)
    #expect(
      line(fresh.send("textDocument/hover", fresh.at("file:///x/a.ambt", 0, 0)).last?["error"])
        == #"{"code":-32002,"message":"the server is not initialized; send 'initialize' first"}"#)
  }

  @Test("random bytes in random chunks never stop the server")
  func randomBytes() {
    let s = Session()
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }
    let pieces = [
      "Content-Length: ", "\r\n", "\r\n\r\n", "{", "}", "\"jsonrpc\":\"2.0\"", "\"id\":1", "\"method\":", "[", "9", ",",
    ]
    for _ in 0..<2000 {
      var chunk: [UInt8] = []
      for _ in 0..<(next() % 12) {
        if next() % 3 == 0 {
          chunk.append(UInt8(truncatingIfNeeded: next()))
        } else {
          chunk += Array(pieces[Int(next() % UInt64(pieces.count))].utf8)
        }
      }
      s.connection.feed(chunk)
    }
    _ = s.connection.take()
    // Whatever half message is pending, a blank line and a fresh header bring the server back.
    s.connection.feed(Array("\r\n\r\n".utf8))
    _ = s.connection.take()
    let answers = Self.answers(Self.framed(#"{"jsonrpc":"2.0","id":"ping","method":"shutdown"}"#), session: s)
    #expect(answers.contains(#"{"id":"ping","jsonrpc":"2.0","result":null}"#))
  }

  @Test("hover, definition, completion and code actions at every position of awkward annotation lines")
  func everyPosition() {
    let s = Session()
    let uri = "file:///x/awkward.ambt"
    let text =
      "---\r\ntitel: T\r\norganisatie: T\r\n---\r\n# 1. A\r\n§ 1.1. Tekst met é€😀’.\r\n@onderwerp   geschenken ,, \r\n"
      + "\t@Melden-Bij?\tleidinggevende\r\n@zie\r\n@zie 9.9 t/m 1.1 lid 7 onder z\r\n@uitzondering op? 1.1\r\n@wet\r\n@?\r\n@\r\n"
      + "@drempel € 1 miljard\r\n@negeer\r\n@dekt ?\r\n@onderwerp?😀\r"
    s.open(uri, text)
    _ = s.wait(0)
    let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
    for (row, content) in lines.enumerated() {
      for character in 0...(content.utf16.count + 2) {
        for method in ["textDocument/hover", "textDocument/definition", "textDocument/completion"] {
          let answer = s.send(method, s.at(uri, row, character)).last
          #expect(answer?["error"] == nil, "\(method) at \(row):\(character)")
        }
        let action = s.send(
          "textDocument/codeAction",
          [
            "textDocument": .object(["uri": .string(uri)]), "range": s.range(row, character, row + 1, 0),
            "context": .object(["diagnostics": .array([])]),
          ]
        ).last
        #expect(action?["error"] == nil)
      }
    }
  }
}
