import AmbtImport
import AmbtModel
import AmbtParser
import FuzzDriver

/// libFuzzer entry point: any bytes through the importer. It must return (never trap), and what
/// it returns must be what it promises: `.ambt` source free of parse errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func ambtFuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let result = Importer.run(bytes: bytes, options: ImportOptions(file: "fuzz.txt"))
  let check = Checker.check(bytes: Array(result.text.utf8), file: "fuzz.ambt")
  if let error = check.diagnostics.first(where: { $0.severity == .error }) {
    fatalError("import produced a parse error: \(error.id) \(error.message.en)")
  }
  return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): run libFuzzer.
@_cdecl("ambt_fuzz_import_main")
public func ambtFuzzImportMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in ambtFuzzImport(data, size) }
}
