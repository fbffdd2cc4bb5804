import AmbtDiff
import AmbtModel
import AmbtParser
import AmbtTestSupport
import Foundation
import Testing

/// Paths and helpers shared by the differ's tests.
enum Support {
  /// The repository root, found from this file.
  static let root: String = RepositoryRoot.path

  static func path(_ relative: String) -> String { root + "/" + relative }

  static func read(_ relative: String) -> String {
    (try? String(contentsOfFile: path(relative), encoding: .utf8)) ?? ""
  }

  /// Parses source text; records an issue when it has errors.
  static func parse(_ source: String, file: String = "test.ambt") -> Document {
    let result = AmbtParser.parse(source, file: file)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(file): \(errors.map { $0.message.nl })")
    return result.document
  }

  static func load(_ relative: String) -> Document { parse(read(relative), file: relative) }

  static func diff(_ old: String, _ new: String) -> DocumentDiff { Differ().diff(load(old), load(new)) }

  /// A minimal code around the given body.
  static func code(_ body: String, title: String = "Gedragscode") -> Document {
    parse("---\ntitel: \(title)\norganisatie: Voorbeeld\n---\n\n" + body)
  }

  /// The semantic changes of rule 1.1 between two texts of it, each followed by `tail` (an
  /// annotation line, or nothing).
  static func ruleChanges(_ old: String, _ new: String, tail: String = "") -> [SemanticChange] {
    let d = Differ().diff(
      code("# 1. Regels\n\n§ 1.1. \(old)\n\(tail)"), code("# 1. Regels\n\n§ 1.1. \(new)\n\(tail)"))
    return d.changes.flatMap(\.semantic)
  }
}

extension DocumentDiff {
  /// The entry for the old rule with this key.
  func from(_ oldKey: String) -> ArticleChange? { changes.first { $0.old?.key == oldKey } }
  /// The entry for the new rule with this key.
  func to(_ newKey: String) -> ArticleChange? { changes.first { $0.new?.key == newKey } }
  /// Old key → new key of every matched pair.
  var pairs: [String: String] {
    var out: [String: String] = [:]
    for c in changes where c.status == .matched { out[c.old!.key] = c.new!.key }
    return out
  }
}
