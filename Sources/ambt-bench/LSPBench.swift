import AmbtLSP
import AmbtLint
import AmbtModel
import Foundation

/// The language server's benchmark (scripts/bench-lsp.sh, docs/editors.md "Speed"): how long
/// `ambt lsp` takes to answer on each real code. In process (the server with its framing and
/// JSON, no pipes): didOpen and didChange up to the published diagnostics, hover on a key and on
/// a value, completion, document symbols, formatting. Through the built binary over pipes
/// (`--ambt`): the round trip of didChange to publishDiagnostics and of hover, as an editor sees it.
/// Figures are the median and the maximum of `--repeats` runs, in milliseconds.
enum LSPBench {
  static func run(_ args: [String], codes: [String]) {
    func option(_ name: String) -> String? {
      guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
      return args[i + 1]
    }
    let repeats = Int(option("--repeats") ?? "") ?? 20
    print("ambt lsp: milliseconds per request, median / max of \(repeats) runs")
    print(
      "code".padding(toLength: 34, withPad: " ", startingAt: 0)
        + ["KB", "open+diag", "change+diag", "hover key", "hover value", "completion", "symbols", "format"].map {
          $0.leftPad(12)
        }.joined())
    for path in codes {
      let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
      let row = inProcess(text, repeats: repeats)
      print(
        (path as NSString).lastPathComponent.padding(toLength: 34, withPad: " ", startingAt: 0)
          + String(text.utf8.count / 1000).leftPad(12) + row.map { $0.leftPad(12) }.joined())
    }
    if let ambt = option("--ambt") {
      print("\nthrough \(ambt) lsp over pipes (--debounce 0): round trip, median / max of \(repeats) runs")
      for path in codes {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        print(
          (path as NSString).lastPathComponent.padding(toLength: 34, withPad: " ", startingAt: 0) + overPipes(ambt, text, repeats)
        )
      }
    }
  }

  static let uri = "file:///bench/code.ambt"

  static func message(_ method: String, id: Int?, _ params: [String: JSON]) -> JSON {
    var m: [String: JSON] = ["jsonrpc": .string("2.0"), "method": .string(method), "params": .object(params)]
    if let id { m["id"] = .int(id) }
    return .object(m)
  }

  static func position(_ line: Int, _ character: Int) -> [String: JSON] {
    [
      "textDocument": .object(["uri": .string(uri)]),
      "position": .object(["line": .int(line), "character": .int(character)]),
    ]
  }

  static func change(_ text: String, _ version: Int) -> JSON {
    message(
      "textDocument/didChange", id: nil,
      [
        "textDocument": .object(["uri": .string(uri), "version": .int(version)]),
        "contentChanges": .array([.object(["text": .string(text)])]),
      ])
  }

  static func open(_ text: String) -> JSON {
    message(
      "textDocument/didOpen", id: nil,
      [
        "textDocument": .object([
          "uri": .string(uri), "languageId": .string("ambt"), "version": .int(1), "text": .string(text),
        ])
      ])
  }

  /// The text with one character typed in the middle (a different one each run).
  static func typed(_ text: String, _ k: Int) -> String {
    var lines = text.components(separatedBy: "\n")
    let middle = lines.count / 2
    lines[middle] += String(repeating: "x", count: k % 3 + 1)
    return lines.joined(separator: "\n")
  }

  /// The first `@onderwerp` line: a key and a value to hover, a place to complete.
  static func annotationLine(_ text: String) -> Int {
    text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("@onderwerp ") } ?? 0
  }

  static func inProcess(_ text: String, repeats: Int) -> [String] {
    let options = LanguageServer.Options(
      debounce: 0, version: "bench", setup: { _ in LintSetup(options: LintOptions(today: Day.parse("2026-06-01")!)) })
    let connection = InProcessConnection(options: options)
    connection.send(message("initialize", id: 0, ["capabilities": .object([:])]))
    var id = 1
    func timed(_ body: () -> Void) -> Double { Measure.time(body) * 1000 }
    var columns: [[Double]] = Array(repeating: [], count: 7)
    let row = annotationLine(text)
    for k in 0..<repeats {
      columns[0].append(
        timed {
          connection.send(open(text))
          connection.server.publishDue()
          _ = connection.take()
        })
      columns[1].append(
        timed {
          connection.send(change(typed(text, k), k + 2))
          connection.server.publishDue()
          _ = connection.take()
        })
      for (column, method, character) in [
        (2, "textDocument/hover", 3), (3, "textDocument/hover", 13), (4, "textDocument/completion", 11),
      ] {
        columns[column].append(
          timed {
            connection.send(message(method, id: id, position(row, character)))
            _ = connection.take()
          })
        id += 1
      }
      for (column, method) in [(5, "textDocument/documentSymbol"), (6, "textDocument/formatting")] {
        columns[column].append(
          timed {
            connection.send(message(method, id: id, ["textDocument": .object(["uri": .string(uri)]), "options": .object([:])]))
            _ = connection.take()
          })
        id += 1
      }
    }
    return columns.map(summary)
  }

  static func summary(_ values: [Double]) -> String {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return "-" }
    return String(format: "%.1f/%.1f", sorted[sorted.count / 2], sorted.last!)
  }

  /// Round trips through the binary: didChange to its publishDiagnostics, and hover.
  static func overPipes(_ ambt: String, _ text: String, _ repeats: Int) -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: ambt)
    process.arguments = ["lsp", "--today", "2026-06-01", "--no-config", "--debounce", "0"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return "cannot start \(ambt)" }
    var framer = MessageFramer(maxMessageBytes: 1 << 30)
    func send(_ m: JSON) {
      input.fileHandleForWriting.write(Data(MessageFramer.frame(Array(m.serialized(indent: nil).utf8))))
    }
    func wait(_ stop: (JSON) -> Bool) {
      while true {
        while case .message(let body)? = framer.next() {
          if case .success(let j) = JSONReader.read(body), stop(j) { return }
        }
        let data = output.fileHandleForReading.availableData
        if data.isEmpty { return }
        framer.append([UInt8](data))
      }
    }
    send(message("initialize", id: 0, ["capabilities": .object([:])]))
    wait { $0["id"] == .int(0) }
    send(open(text))
    wait { $0["method"] == .string("textDocument/publishDiagnostics") }
    var changes: [Double] = []
    var hovers: [Double] = []
    let row = annotationLine(text)
    for k in 0..<repeats {
      changes.append(
        Measure.time {
          send(change(typed(text, k), k + 2))
          wait { $0["method"] == .string("textDocument/publishDiagnostics") }
        } * 1000)
      hovers.append(
        Measure.time {
          send(message("textDocument/hover", id: k + 1, position(row, 13)))
          wait { $0["id"] == .int(k + 1) }
        } * 1000)
    }
    send(message("shutdown", id: 999_999, [:]))
    wait { $0["id"] == .int(999_999) }
    send(message("exit", id: nil, [:]))
    process.waitUntilExit()
    return "change+diag " + summary(changes) + "   hover " + summary(hovers)
  }
}

extension String {
  func leftPad(_ n: Int) -> String { count >= n ? " " + self : String(repeating: " ", count: n - count) + self }
}
