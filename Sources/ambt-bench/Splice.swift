import Foundation

/// Replaces the text between `<!-- <marker>:begin -->` and `<!-- <marker>:end -->` in `path`
/// with `text`, so a document shows what a benchmark printed (docs/performance.md).
func splice(_ text: String, into path: String, marker: String) {
  let begin = "<!-- \(marker):begin -->\n"
  let end = "<!-- \(marker):end -->"
  guard let doc = try? String(contentsOfFile: path, encoding: .utf8), let b = doc.range(of: begin),
    let e = doc.range(of: end, range: b.upperBound..<doc.endIndex)
  else { fail("\(path) has no \(begin.dropLast()) … \(end) markers") }
  let updated = String(doc[..<b.upperBound]) + text + String(doc[e.lowerBound...])
  do { try updated.write(toFile: path, atomically: true, encoding: .utf8) } catch { fail("cannot write \(path)") }
}
