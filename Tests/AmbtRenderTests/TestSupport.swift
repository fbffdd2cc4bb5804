import AmbtModel
import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

/// Paths and helpers shared by the render tests.
enum TestSupport {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repositoryRoot = RepositoryRoot.url
  static let snapshots = testsDirectory.appendingPathComponent("Snapshots")
  static let codes = ["leek", "maastricht", "alphen-aan-den-rijn-2014", "leiderdorp-2025", "aalsmeer-2025"]

  static func parse(_ source: String, file: String = "test.ambt") -> ParseResult {
    Checker.check(bytes: Array(source.utf8), file: file)
  }

  static func code(_ name: String) throws -> ParseResult {
    let url = repositoryRoot.appendingPathComponent("Codes/\(name).ambt")
    let data = try Data(contentsOf: url)
    return Checker.check(bytes: [UInt8](data), file: "Codes/\(name).ambt")
  }

  static func errors(_ r: ParseResult) -> [String] {
    r.diagnostics.filter { $0.severity == .error }.map { $0.message.nl }
  }

  /// Compares `actual` with the snapshot `name`. With AMBT_RECORD=1 the snapshot is written and
  /// the test fails, so a recording run can never pass by accident.
  static func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    Snapshot.check(actual, file: snapshots.appendingPathComponent(name), sourceLocation: sourceLocation)
  }

  /// The heading levels of an HTML text, in order.
  static func headingLevels(_ html: String) -> [Int] {
    var levels: [Int] = []
    let chars = Array(html.utf8)
    var k = 0
    while k + 2 < chars.count {
      if chars[k] == UInt8(ascii: "<"), chars[k + 1] == UInt8(ascii: "h"),
        (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(chars[k + 2]),
        k + 3 < chars.count, chars[k + 3] == UInt8(ascii: ">") || chars[k + 3] == UInt8(ascii: " ")
      {
        levels.append(Int(chars[k + 2] - UInt8(ascii: "0")))
      }
      k += 1
    }
    return levels
  }

  /// Every `id="…"` value in an HTML text.
  static func ids(_ html: String) -> [String] { attributeValues("id", in: html) }

  static func attributeValues(_ name: String, in html: String) -> [String] {
    var out: [String] = []
    var rest = html[...]
    let needle = " \(name)=\""
    while let r = rest.range(of: needle) {
      let after = rest[r.upperBound...]
      guard let end = after.firstIndex(of: "\"") else { break }
      out.append(String(after[..<end]))
      rest = after[end...]
    }
    return out
  }

  /// The names of all start tags in an HTML text (`<p class=…>` → `p`).
  static func tagNames(_ html: String) -> Set<String> {
    var names: Set<String> = []
    let chars = Array(html)
    var k = 0
    while k < chars.count {
      if chars[k] == "<" {
        var j = k + 1
        var name = ""
        while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "!" {
          name.append(chars[j])
          j += 1
        }
        if !name.isEmpty { names.insert(name.lowercased()) }
      }
      k += 1
    }
    return names
  }
}
