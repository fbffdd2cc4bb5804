import AmbtImport
import AmbtModel
import AmbtParser
import Foundation
import Testing

/// Compares the importer's inferred annotations on the five seeds with the hand-annotated
/// `Codes/*.ambt`, rule by rule (aligned by rule key), and prints precision and recall per kind.
/// `docs/import.md` quotes the table; re-run with `swift test --filter AnnotationAccuracyTests`.
@Suite("Inferred annotations against the hand-annotated codes")
struct AnnotationAccuracyTests {
  static let codes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Codes")

  static func values(_ a: Annotations, _ kind: String) -> Set<String> {
    switch kind {
    case "onderwerp": return Set(a.topicIDs)
    case "norm": return Set(a.norms.map(\.value))
    case "hoeveelheid": return Set(a.quantities.map { "\($0.kind.rawValue) \($0.normalized)" })
    case "melden bij": return Set(a.reportTo.map(\.value))
    case "wet": return Set(a.laws.map { $0.law ?? TextFolding.fold($0.name) })
    default: return []
    }
  }

  @Test("prints precision and recall per annotation kind")
  func table() throws {
    let kinds = ["onderwerp", "norm", "hoeveelheid", "melden bij", "wet"]
    var tp: [String: Int] = [:], fp: [String: Int] = [:], fn: [String: Int] = [:]
    var aligned = 0
    for name in SeedImportTests.seeds {
      let path = AnnotationAccuracyTests.codes.appendingPathComponent(name + ".ambt")
      guard let data = try? Data(contentsOf: path) else { continue }
      let hand = Checker.check(bytes: [UInt8](data), file: name).document
      let imported = Importer.run(bytes: fixture("seeds/\(name).txt")).document
      for a in imported.articles {
        guard let h = hand.article(withKey: a.key) else { continue }
        aligned += 1
        for k in kinds {
          let got = AnnotationAccuracyTests.values(a.annotations, k)
          let want = AnnotationAccuracyTests.values(h.annotations, k)
          if let only = ProcessInfo.processInfo.environment["AMBT_IMPORT_DIAGNOSE"], only == k || only == "all",
            got != want
          {
            let text = a.normativeText.prefix(500)
            print(
              "DIAG \(name) \(a.key) [\(k)] +\(got.subtracting(want).sorted()) -\(want.subtracting(got).sorted()) =\(got.intersection(want).sorted()) :: \(text)"
            )
          }
          tp[k, default: 0] += got.intersection(want).count
          fp[k, default: 0] += got.subtracting(want).count
          fn[k, default: 0] += want.subtracting(got).count
        }
      }
    }
    var table = "| kind | precision | recall | proposed | in hand codes |\n|---|---|---|---|---|\n"
    for k in kinds {
      let t = Double(tp[k] ?? 0), p = t + Double(fp[k] ?? 0), r = t + Double(fn[k] ?? 0)
      table +=
        "| \(k) | \(p == 0 ? "-" : String(format: "%.0f%%", 100 * t / p)) | \(r == 0 ? "-" : String(format: "%.0f%%", 100 * t / r)) | \(Int(p)) | \(Int(r)) |\n"
    }
    print("aligned rules: \(aligned)\n" + table)
    #expect(aligned > 150)
  }
}
