import AmbtLint
import AmbtModel
import AmbtParser
import Foundation
import FuzzDriver

/// libFuzzer entry point: any bytes through the parser, validator, JSON writer, formatter and
/// linter. The parser and the linter must return (never trap); the JSON written for the document
/// and for the lint report must parse back (no `inf`, no broken escapes); formatting must be
/// idempotent: a formatted file formats to itself, and reads back without new errors. A violated
/// property traps, so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func ambtFuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let result = Checker.check(bytes: bytes, file: "fuzz.ambt")
  FuzzJSON.requireValid(result.document.json(lines: result.lineTable).serialized(indent: nil), "document JSON")
  for d in result.diagnostics {
    _ = result.lineTable.position(of: d.range.start)
    _ = result.lineTable.position(of: d.range.end)
  }
  if let formatted = Formatter.format(result) {
    let again = Checker.check(bytes: Array(formatted.utf8), file: "fuzz.ambt")
    guard let twice = Formatter.format(again), twice == formatted else {
      fatalError("formatting is not idempotent")
    }
  }
  let linted = Linter.lint(bytes: bytes, file: "fuzz.ambt", options: LintOptions(today: FuzzJSON.today))
  let report = LintReport(results: [linted], language: .nl, toolVersion: "fuzz")
  FuzzJSON.requireValid(JSONLintReporter.render(report), "lint JSON")
  return 0
}

/// Checks that what ambt wrote as JSON is JSON.
enum FuzzJSON {
  static let today = Day(year: 2026, month: 12, day: 1)

  static func requireValid(_ text: String, _ what: String) {
    do {
      _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
      fatalError("\(what) does not parse: \(error)")
    }
  }
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): run libFuzzer.
@_cdecl("ambt_fuzz_parser_main")
public func ambtFuzzParserMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in ambtFuzzParser(data, size) }
}
