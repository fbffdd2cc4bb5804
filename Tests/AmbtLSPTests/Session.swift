import AmbtLSP
import AmbtLint
import AmbtModel
import Foundation
import Testing

/// Paths shared by the language server tests.
enum Repo {
  static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  static func text(_ relative: String) -> String {
    String(decoding: FileManager.default.contents(atPath: path(relative)) ?? Data(), as: UTF8.self)
  }
}

/// An editor talking to an in-process server: sends JSON-RPC messages, reads the answers.
final class Session {
  let connection: InProcessConnection
  private var nextID = 1

  static let today = Day.parse("2026-06-01")!

  init(language: Language = .nl, explicit: Bool = false, maxDocumentBytes: Int = 128 << 20, initialize: Bool = true) {
    let options = LanguageServer.Options(
      language: language, languageIsExplicit: explicit, debounce: 0.25, maxDocumentBytes: maxDocumentBytes,
      version: "0.1.0", setup: { _ in LintSetup(options: LintOptions(today: Session.today)) })
    connection = InProcessConnection(options: options)
    if initialize {
      _ = request("initialize", ["processId": .null, "rootUri": .null, "capabilities": .object([:])])
      notify("initialized", [:])
    }
  }

  var server: LanguageServer { connection.server }

  /// Sends a request; returns every message the server sent in answer (the response last).
  @discardableResult
  func send(_ method: String, _ params: [String: JSON]) -> [JSON] {
    let id = nextID
    nextID += 1
    connection.send(.object(["jsonrpc": .string("2.0"), "id": .int(id), "method": .string(method), "params": .object(params)]))
    return connection.take()
  }

  /// Sends a request; returns the `result` (or the whole response when it is an error).
  func request(_ method: String, _ params: [String: JSON]) -> JSON {
    let answers = send(method, params)
    guard let last = answers.last else { return .string("no answer") }
    return last["result"] ?? last
  }

  func notify(_ method: String, _ params: [String: JSON]) {
    connection.send(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": .object(params)]))
  }

  func open(_ uri: String, _ text: String, version: Int = 1) {
    notify(
      "textDocument/didOpen",
      [
        "textDocument": .object([
          "uri": .string(uri), "languageId": .string("ambt"), "version": .int(version), "text": .string(text),
        ])
      ])
  }

  func change(_ uri: String, _ text: String, version: Int) {
    notify(
      "textDocument/didChange",
      [
        "textDocument": .object(["uri": .string(uri), "version": .int(version)]),
        "contentChanges": .array([.object(["text": .string(text)])]),
      ])
  }

  /// Moves the clock on and returns what the server published when the debounce ran out.
  func wait(_ seconds: Double) -> [JSON] {
    connection.clock += seconds
    server.publishDue(at: connection.clock)
    return connection.take()
  }

  func at(_ uri: String, _ line: Int, _ character: Int) -> [String: JSON] {
    ["textDocument": .object(["uri": .string(uri)]), "position": position(line, character)]
  }

  func position(_ line: Int, _ character: Int) -> JSON {
    .object(["line": .int(line), "character": .int(character)])
  }

  func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> JSON {
    .object(["start": position(l1, c1), "end": position(l2, c2)])
  }
}

/// The messages' JSON on one line with sorted keys, for exact comparisons.
func line(_ json: JSON?) -> String { json?.serialized(indent: nil) ?? "nil" }
