import AmbtImport
import AmbtModel
import AmbtParser
import Foundation
import Testing

/// Compares the importer's inferred annotations on the five seeds with the hand-annotated
/// `Codes/*.ambt`, rule by rule (aligned by rule key): precision and recall per kind. The table in
/// `docs/import.md` is written by this test (`AMBT_RECORD=1`) and checked against it; the
/// minimums stated there are enforced.
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
    #expect(aligned >= 240, "the five seeds align with the hand codes rule by rule")
    let docs = AnnotationAccuracyTests.codes.deletingLastPathComponent().appendingPathComponent("docs/import.md")
    let begin =
      "<!-- accuracy table: written by AnnotationAccuracyTests (AMBT_RECORD=1 swift test --filter AnnotationAccuracyTests) -->"
    let end = "<!-- end of accuracy table -->"
    let block = begin + "\n\n" + table + "\n" + end
    let doc = (try? String(contentsOf: docs, encoding: .utf8)) ?? ""
    if ProcessInfo.processInfo.environment["AMBT_RECORD"] == "1", let a = doc.range(of: begin), let b = doc.range(of: end) {
      try doc.replacingCharacters(in: a.lowerBound..<b.upperBound, with: block).write(to: docs, atomically: true, encoding: .utf8)
      Issue.record("recorded the accuracy table in docs/import.md; run the tests again")
      return
    }
    #expect(
      doc.contains(block), "docs/import.md's accuracy table is stale: AMBT_RECORD=1 swift test --filter AnnotationAccuracyTests")
    // Minimums: `| kind | precision ≥ | recall ≥ |` rows between `<!-- minimums -->` markers.
    if let a = doc.range(of: "<!-- minimums -->"), let b = doc.range(of: "<!-- end of minimums -->") {
      for line in doc[a.upperBound..<b.lowerBound].split(separator: "\n") {
        let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard cells.count >= 3, let minP = Double(cells[1]), let minR = Double(cells[2]) else { continue }
        let k = cells[0]
        let t = Double(tp[k] ?? 0), p = t + Double(fp[k] ?? 0), r = t + Double(fn[k] ?? 0)
        #expect(p == 0 || 100 * t / p >= minP, "\(k): precision \(100 * t / max(p, 1))% is below \(minP)%")
        #expect(r == 0 || 100 * t / r >= minR, "\(k): recall \(100 * t / max(r, 1))% is below \(minR)%")
      }
    } else {
      Issue.record("docs/import.md states no minimums")
    }
  }
}
