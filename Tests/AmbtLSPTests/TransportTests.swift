import AmbtModel
import Testing

@testable import AmbtLSP

@Suite struct MessageFramerTests {
  @Test("messages split anywhere, with blank lines between them and extra headers, come out whole")
  func split() {
    let stream = Array(
      "Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}\r\ncontent-length:3\n\n[1]".utf8)
    for cut in 0...stream.count {
      var framer = MessageFramer(maxMessageBytes: 100)
      var events: [MessageFramer.Event] = []
      framer.append(stream[..<cut])
      while let e = framer.next() { events.append(e) }
      framer.append(stream[cut...])
      while let e = framer.next() { events.append(e) }
      #expect(events == [.message(Array("{}".utf8)), .message(Array("[1]".utf8))], "cut at \(cut)")
    }
  }

  @Test("after a bad header the framer finds the next message")
  func resynchronise() {
    var framer = MessageFramer(maxMessageBytes: 100)
    framer.append(Array("Content-Length: x\r\n\r\n{\"a\":1}Content-Length: 2\r\n\r\n{}".utf8))
    #expect(framer.next() == .problem(.invalidContentLength("x")))
    #expect(framer.next() == .message(Array("{}".utf8)))
    #expect(framer.next() == nil)
  }
}

@Suite struct JSONReaderTests {
  @Test("reads numbers, escapes, surrogate pairs and nesting exactly")
  func values() {
    #expect(
      JSONReader.read(#"{"a":[1,-2.5,1e3,true,false,null],"s":"\u00e9\ud83d\ude00\n\"x\"/\/"}"#)
        == .success(
          .object([
            "a": .array([.int(1), .double(-2.5), .double(1000), .bool(true), .bool(false), .null]),
            "s": .string("é😀\n\"x\"//"),
          ])))
    #expect(JSONReader.read("\"\\ud800\"") == .success(.string("\u{FFFD}")))
  }

  @Test("rejects what RFC 8259 does not allow")
  func rejects() {
    for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"\u{1}\"", "\"\\x\"", "tru", "1 2", "{\"a\":1,}", "1e999"] {
      guard case .failure = JSONReader.read(bad) else {
        Issue.record("accepted \(bad)")
        continue
      }
    }
  }
}

@Suite struct PositionMapTests {
  /// é (2 bytes, 1 unit), € (3 bytes, 1 unit), 😀 (4 bytes, 2 units), ’ (3 bytes, 1 unit).
  static let text = "aé€😀’x\r\nb\rc\nd😀"

  @Test("byte offsets become UTF-16 positions and back, over LF, CRLF and CR")
  func conversion() {
    let map = PositionMap(LineTable(Self.text))
    let bytes = Array(Self.text.utf8)
    let x = bytes.firstIndex(of: UInt8(ascii: "x"))!
    #expect(x == 13)
    #expect(map.position(of: x) == LSPPosition(line: 0, character: 6))
    #expect(map.offset(of: LSPPosition(line: 0, character: 6)) == x)
    // Inside the emoji's surrogate pair: the start of the emoji.
    #expect(map.offset(of: LSPPosition(line: 0, character: 4)) == 6)
    #expect(map.position(of: 6) == LSPPosition(line: 0, character: 3))
    #expect(map.position(of: 10) == LSPPosition(line: 0, character: 5))
    #expect(map.position(of: bytes.firstIndex(of: UInt8(ascii: "b"))!) == LSPPosition(line: 1, character: 0))
    #expect(map.position(of: bytes.firstIndex(of: UInt8(ascii: "c"))!) == LSPPosition(line: 2, character: 0))
    #expect(map.position(of: bytes.count) == LSPPosition(line: 3, character: 3))
    // Past the end of a line: the end of that line; past the last line: the end of the text.
    #expect(map.offset(of: LSPPosition(line: 1, character: 99)) == bytes.firstIndex(of: UInt8(ascii: "b"))! + 1)
    #expect(map.offset(of: LSPPosition(line: 9, character: 0)) == bytes.count)
    // Every offset that starts a character round-trips (the LF of a CRLF is not a position).
    for offset in 0...bytes.count
    where offset == bytes.count || (bytes[offset] & 0xC0 != 0x80 && !(bytes[offset] == 0x0A && bytes[offset - 1] == 0x0D)) {
      #expect(map.offset(of: map.position(of: offset)) == offset, "offset \(offset)")
    }
  }

  @Test("file URIs: percent-encoding of UTF-8 both ways")
  func uris() {
    #expect(DocumentURI.path("file:///home/a%20b/caf%C3%A9.ambt") == "/home/a b/café.ambt")
    #expect(DocumentURI.path("file://localhost/x.ambt") == "/x.ambt")
    #expect(DocumentURI.path("untitled:Untitled-1") == nil)
    #expect(DocumentURI.uri("/home/a b/café.ambt") == "file:///home/a%20b/caf%C3%A9.ambt")
  }

  @Test("the annotation keys agree with the language reference")
  func keys() {
    let reference = Repo.text("docs/language.md")
    for info in AnnotationKeyInfo.all {
      #expect(reference.contains("| `@\(info.key)` |"), "@\(info.key)")
    }
    #expect(reference.components(separatedBy: "\n| `@").count - 1 == AnnotationKeyInfo.all.count)
  }
}
