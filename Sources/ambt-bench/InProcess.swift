import AmbtDiff
import AmbtParser
import Foundation

/// Measurements taken inside this process, through the libraries rather than the binary.
enum InProcess {
  /// Best-of-N time to parse and validate `files` on one thread, in seconds.
  static func parse(_ files: [[UInt8]], repeats: Int) -> Double {
    Measure.best(repeats) {
      for f in files { _ = Checker.check(bytes: f, file: "x") }
    }
  }

  /// Best-of-N time to diff two codes, parsing both included.
  static func diff(_ old: [UInt8], _ new: [UInt8], repeats: Int) -> Double? {
    Measure.best(repeats) {
      let a = Checker.check(bytes: old, file: "old").document
      let b = Checker.check(bytes: new, file: "new").document
      _ = Differ().diff(a, b)
    }
  }
}
