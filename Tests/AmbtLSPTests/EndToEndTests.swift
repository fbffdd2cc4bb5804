import AmbtLSP
import AmbtModel
import Foundation
import Testing

/// `ambt lsp` as an editor starts it: the built binary, talked to over pipes.
@Suite struct EndToEndTests {
  /// The `ambt` built beside the test bundle.
  static var binary: String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ambt").path
    return FileManager.default.isExecutableFile(atPath: beside) ? beside : Repo.path(".build/debug/ambt")
  }

  /// Reads framed messages from a pipe as they arrive.
  final class Reader {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var framer = MessageFramer(maxMessageBytes: 1 << 30)

    init(_ handle: FileHandle) { self.handle = handle }

    /// The next message; nil at the end of the output.
    func next() -> JSON? {
      while true {
        if case .message(let body)? = framer.next(), case .success(let json) = JSONReader.read(body) { return json }
        let data = handle.availableData
        if data.isEmpty { return nil }
        framer.append([UInt8](data))
      }
    }

    /// Messages up to and including the first that `stop` accepts.
    func until(_ stop: (JSON) -> Bool) -> [JSON] {
      var out: [JSON] = []
      while let m = next() {
        out.append(m)
        if stop(m) { break }
      }
      return out
    }
  }

  @Test("the binary answers initialize, publishes diagnostics, answers hover, and exits 0 after shutdown and exit")
  func session() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = ["lsp", "--today", "2026-06-01", "--no-config", "--debounce", "0"]
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // A server that hangs must not hang the tests.
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
    defer { watchdog.cancel() }

    func send(_ message: JSON) {
      input.fileHandleForWriting.write(Data(MessageFramer.frame(Array(message.serialized(indent: nil).utf8))))
    }
    func request(_ id: Int, _ method: String, _ params: JSON) -> JSON {
      .object(["jsonrpc": .string("2.0"), "id": .int(id), "method": .string(method), "params": params])
    }
    let reader = Reader(output.fileHandleForReading)
    let uri = "file://" + Repo.path("Codes/leek.ambt")
    send(request(1, "initialize", .object(["capabilities": .object([:])])))
    let initialized = reader.until { $0["id"] == .int(1) }
    #expect(initialized.last?["result"]?["serverInfo"] == .object(["name": .string("ambt"), "version": .string("0.1.0")]))
    send(.object(["jsonrpc": .string("2.0"), "method": .string("initialized"), "params": .object([:])]))
    send(
      .object([
        "jsonrpc": .string("2.0"), "method": .string("textDocument/didOpen"),
        "params": .object([
          "textDocument": .object([
            "uri": .string(uri), "languageId": .string("ambt"), "version": .int(1),
            "text": .string(Repo.text("Codes/leek.ambt")),
          ])
        ]),
      ]))
    let published = reader.until { $0["method"] == .string("textDocument/publishDiagnostics") }
    #expect(published.last?["params"]?["diagnostics"]?.arrayValue?.count == 21)
    // Malformed input in between does not stop it.
    input.fileHandleForWriting.write(Data("Content-Length: 5\r\n\r\n{oops".utf8))
    #expect(reader.until { _ in true }.first?["error"]?["code"] == .int(-32700))
    send(
      request(
        2, "textDocument/hover",
        .object(["textDocument": .object(["uri": .string(uri)]), "position": .object(["line": .int(24), "character": .int(3)])])
      ))
    let hover = reader.until { $0["id"] == .int(2) }.last
    #expect(
      hover?["result"]?["contents"]?["value"]?.stringValue?.hasPrefix("**@onderwerp**: de onderwerpen van de regel") == true)
    send(request(3, "shutdown", .null))
    #expect(reader.until { $0["id"] == .int(3) }.last?["result"] == .null)
    send(.object(["jsonrpc": .string("2.0"), "method": .string("exit")]))
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(log == "ambt lsp: klaar; wacht op de editor\n")
  }

  @Test("the .ambt-lint beside the document and its baseline apply, as for ambt lint")
  func configurationAndBaseline() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    // Run from another folder: the configuration is found from the document's folder (Codes/).
    process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
    process.arguments = ["lsp", "--today", "2026-06-01", "--debounce", "0"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
    defer { watchdog.cancel() }
    func send(_ method: String, id: Int? = nil, _ params: [String: JSON]) {
      var m: [String: JSON] = ["jsonrpc": .string("2.0"), "method": .string(method), "params": .object(params)]
      if let id { m["id"] = .int(id) }
      input.fileHandleForWriting.write(Data(MessageFramer.frame(Array(JSON.object(m).serialized(indent: nil).utf8))))
    }
    let reader = Reader(output.fileHandleForReading)
    let uri = "file://" + Repo.path("Codes/leek.ambt")
    let text = Repo.text("Codes/leek.ambt")
    send("initialize", id: 1, ["capabilities": .object([:])])
    _ = reader.until { $0["id"] == .int(1) }
    send(
      "textDocument/didOpen",
      [
        "textDocument": .object([
          "uri": .string(uri), "languageId": .string("ambt"), "version": .int(1), "text": .string(text),
        ])
      ])
    // Codes/.ambt-lint names Codes/.ambt-baseline.json, which holds all 21 findings of leek.ambt.
    let first = reader.until { $0["method"] == .string("textDocument/publishDiagnostics") }.last
    #expect(first?["params"]?["diagnostics"] == .array([]))
    send(
      "textDocument/didChange",
      [
        "textDocument": .object(["uri": .string(uri), "version": .int(2)]),
        "contentChanges": .array([
          .object(["text": .string(text.replacingOccurrences(of: "@onderwerp draaideur", with: "@onderwerp draaideurr"))])
        ]),
      ])
    let second = reader.until { $0["method"] == .string("textDocument/publishDiagnostics") }.last
    #expect(second?["params"]?["diagnostics"]?.arrayValue?.map { $0["code"] } == [.string("unknown-topic")])
    send("shutdown", id: 2, [:])
    _ = reader.until { $0["id"] == .int(2) }
    send("exit", [:])
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  @Test("the end of the input before shutdown ends the server with exit code 1")
  func endOfInput() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.binary)
    process.arguments = ["lsp", "--lang", "en"]
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = Pipe()
    process.standardError = Pipe()
    try process.run()
    input.fileHandleForWriting.closeFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
  }

  @Test("usage errors exit 2 before serving")
  func usage() throws {
    for (arguments, message) in [
      (
        ["lsp", "--debounce", "soon"], "ambt: fout: ongeldige waarde 'soon' voor --debounce; verwacht 0 tot 10000 milliseconden\n"
      ),
      (["lsp", "--today", "1-6-2026"], "ambt: fout: ongeldige datum '1-6-2026' voor --today; verwacht JJJJ-MM-DD\n"),
      (["lsp", "--config", "x", "--no-config", "--lang", "en"], "ambt: error: --config and --no-config cannot be combined\n"),
    ] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.binary)
      process.arguments = arguments
      let errors = Pipe()
      process.standardInput = Pipe()
      process.standardOutput = Pipe()
      process.standardError = errors
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 2)
      #expect(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == message)
    }
  }
}
