import AmbtModel
import AmbtParser
import FuzzDriver

/// libFuzzer entry point: any bytes through the parser, validator, JSON writer and formatter.
/// The parser must return (never trap), and formatting must be idempotent: a formatted file
/// formats to itself. A violated property traps, so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func ambtFuzzParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let result = Checker.check(bytes: bytes, file: "fuzz.ambt")
  _ = result.document.json(lines: result.lineTable).serialized(indent: nil)
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
  return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): run libFuzzer.
@_cdecl("ambt_fuzz_parser_main")
public func ambtFuzzParserMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in ambtFuzzParser(data, size) }
}
