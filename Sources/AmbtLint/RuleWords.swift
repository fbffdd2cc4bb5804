import AmbtModel
import Foundation

/// The word lists of the lint rules that judge meaning, from `meaning-words.json`: data that
/// people edit, beside the rules that use it.
enum RuleWords {
  struct File: Decodable { var rules: [String: [String: [String]]] }

  static let loaded: (words: [String: [String: [String]]], error: String?) = {
    guard let data = LintResources.data("meaning-words.json") else {
      return ([:], "meaning-words.json not found in the resources")
    }
    do { return (try JSONDecoder().decode(File.self, from: data).rules, nil) } catch {
      return ([:], "meaning-words.json cannot be read: \(error)")
    }
  }()

  /// The list `name` of rule type `rule`, folded.
  /// (A space at the end stays: "pers " is a whole word, not the start of `persoon`.)
  static func list(_ rule: String, _ name: String) -> [String] {
    (loaded.words[rule]?[name] ?? []).map { TextFold.fold($0) + ($0.hasSuffix(" ") ? " " : "") }
  }

  static func set(_ rule: String, _ name: String) -> Set<String> { Set(list(rule, name)) }
}
