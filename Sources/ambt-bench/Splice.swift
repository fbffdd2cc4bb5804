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

/// What the benchmarks say about the machine they ran on, from /proc.
enum Machine {
  static func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }

  /// The processor's model name.
  static var cpu: String {
    read("/proc/cpuinfo").split(separator: "\n").first { $0.hasPrefix("model name") }.map {
      String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces)
    } ?? "?"
  }

  /// Total memory, in GB.
  static var memory: String {
    read("/proc/meminfo").split(separator: "\n").first { $0.hasPrefix("MemTotal") }.map {
      String(format: "%.1f GB", (Double($0.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1_048_576)
    } ?? "?"
  }

  /// The load averages over 1, 5 and 15 minutes.
  static var load: String { read("/proc/loadavg").split(separator: " ").prefix(3).joined(separator: " ") }
}
