import AmbtModel
import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

/// Paths and helpers shared by the parser tests.
enum Repo {
  /// The repository root, found from this file's path.
  static let root: URL = RepositoryRoot.url

  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  static func files(in relative: String, ext: String) -> [String] {
    let dir = path(relative)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
    return names.filter { $0.hasSuffix("." + ext) }.sorted().map { dir + "/" + $0 }
  }

  static func bytes(_ path: String) -> [UInt8] {
    [UInt8](FileManager.default.contents(atPath: path) ?? Data())
  }

  static var codes: [String] { files(in: "Codes", ext: "ambt") }
}

/// Golden-file comparison. `AMBT_RECORD=1` rewrites the snapshot and fails the test, so a
/// recording run is never mistaken for a passing one.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  Snapshot.check(
    actual, file: Repo.root.appendingPathComponent("Tests/AmbtParserTests/Snapshots/" + name), sourceLocation: sourceLocation)
}

/// The model as JSON with every range removed: equal for two parses of the same content.
func modelWithoutRanges(_ result: ParseResult) -> JSON {
  func strip(_ j: JSON) -> JSON {
    switch j {
    case .object(let d):
      var out: [String: JSON] = [:]
      for (k, v) in d where !["range", "headerRange", "headingRange", "file"].contains(k) { out[k] = strip(v) }
      return .object(out)
    case .array(let a): return .array(a.map(strip))
    default: return j
    }
  }
  return strip(result.document.json(lines: result.lineTable))
}

func parse(_ text: String, file: String = "test.ambt") -> ParseResult {
  Checker.check(bytes: Array(text.utf8), file: file)
}
