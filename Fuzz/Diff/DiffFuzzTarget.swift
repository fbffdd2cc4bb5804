import AmbtDiff
import AmbtModel
import AmbtParser
import Foundation
import FuzzDriver

/// libFuzzer entry point: two codes, cut from one input at its first NUL byte (or, without one,
/// at the first line break after the middle), through the differ, its renderers and `compare`.
/// Everything must return (never trap), and the JSON of the diff and the comparison must parse.
@_cdecl("LLVMFuzzerTestOneInput")
public func ambtFuzzDiff(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  let (old, new) = split(bytes)
  let a = Checker.check(bytes: old, file: "old.ambt")
  let b = Checker.check(bytes: new, file: "new.ambt")
  let diff = Differ().diff(a.document, b.document)
  _ = DiffTextRenderer(language: .nl, colour: false).render(diff)
  _ = DiffMarkdownRenderer(language: .en).render(diff)
  _ = DiffHTMLRenderer(language: .nl).render(diff)
  requireValid(diff.json(language: .nl).serialized(), "diff JSON")
  let comparison = Comparison(documents: [a.document, b.document])
  requireValid(ComparisonRenderer(language: .nl).render(comparison, format: .json), "compare JSON")
  _ = ComparisonRenderer(language: .en).render(comparison, format: .text)
  return 0
}

/// Old and new version: the bytes before and after the first NUL, else the two halves (cut at a
/// line break when there is one after the middle).
func split(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
  if let nul = bytes.firstIndex(of: 0) { return (Array(bytes[..<nul]), Array(bytes[(nul + 1)...])) }
  let middle = bytes.count / 2
  let cut = bytes[middle...].firstIndex(of: 10).map { $0 + 1 } ?? middle
  return (Array(bytes[..<cut]), Array(bytes[cut...]))
}

func requireValid(_ text: String, _ what: String) {
  do {
    _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  } catch {
    fatalError("\(what) does not parse: \(error)")
  }
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): run libFuzzer.
@_cdecl("ambt_fuzz_diff_main")
public func ambtFuzzDiffMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in ambtFuzzDiff(data, size) }
}
