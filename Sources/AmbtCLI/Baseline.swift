import AmbtLint
import AmbtModel
import AmbtReporters
import Foundation

/// The findings a project has accepted for now (`--write-baseline`), so that `--baseline` reports
/// only new ones: a municipality can adopt ambt in CI with an old code that is not clean yet.
///
/// An entry matches by file, rule and fingerprint, the one SARIF writes in `partialFingerprints`:
/// it depends on the rule, the file, the article, the message and the text of the line, not on
/// the line number, so a finding keeps matching when text above it is added or removed. Equal
/// findings are counted: two entries cover two occurrences, a third is new. Paths are relative to
/// the folder ambt runs in, as in SARIF. Schema: Schemas/baseline.schema.json.
struct Baseline: Equatable {
  struct Entry: Equatable {
    var rule: String
    var file: String
    var fingerprint: String
    /// For people reading the file; not used to match.
    var line: Int
    var message: String
  }

  static let schemaVersion = 1
  var entries: [Entry]

  init(entries: [Entry]) { self.entries = entries }

  init(findings: FindingSet) {
    entries = findings.findings.map {
      Entry(rule: $0.check, file: $0.file, fingerprint: $0.fingerprint, line: $0.line, message: $0.message)
    }
  }

  /// The baseline as JSON, entries sorted by file, line and rule, so a rewrite shows small diffs.
  func json(toolVersion: String) -> String {
    let sorted = entries.sorted { ($0.file, $0.line, $0.rule, $0.fingerprint) < ($1.file, $1.line, $1.rule, $1.fingerprint) }
    let root: JSON = .object([
      "schemaVersion": .int(Baseline.schemaVersion), "kind": .string("baseline"),
      "tool": .object(["name": .string("ambt"), "version": .string(toolVersion)]),
      "findings": .array(
        sorted.map {
          .object([
            "rule": .string($0.rule), "file": .string($0.file), "fingerprint": .string($0.fingerprint), "line": .int($0.line),
            "message": .string($0.message),
          ])
        }),
    ])
    return root.serialized() + "\n"
  }

  /// Reads a baseline; a problem names the file and what was expected.
  static func parse(_ bytes: [UInt8], path: String) -> Result<Baseline, InputError> {
    func failure(_ nl: String, _ en: String) -> Result<Baseline, InputError> {
      .failure(
        InputError(
          message: LocalizedText(
            nl: "\(path): \(nl); maak een nieuwe met 'ambt lint --write-baseline \(path)'",
            en: "\(path): \(en); make a new one with 'ambt lint --write-baseline \(path)'")))
    }
    struct Item: Decodable {
      var rule: String?
      var file: String?
      var fingerprint: String?
      var line: Int?
      var message: String?
    }
    struct File: Decodable {
      var schemaVersion: Int?
      var kind: String?
      var findings: [Item]?
    }
    guard let root = try? JSONDecoder().decode(File.self, from: Data(bytes)) else {
      return failure("geen geldige JSON", "not valid JSON")
    }
    guard root.kind == "baseline" else {
      return failure(
        "geen basislijn van ambt (\"kind\": \"baseline\" ontbreekt)", "not an ambt baseline (no \"kind\": \"baseline\")")
    }
    guard root.schemaVersion == schemaVersion else {
      return failure("onbekende schemaVersion; verwacht \(schemaVersion)", "unknown schemaVersion; expected \(schemaVersion)")
    }
    guard let items = root.findings else {
      return failure("\"findings\" ontbreekt", "\"findings\" is missing")
    }
    var entries: [Entry] = []
    for (k, item) in items.enumerated() {
      guard let rule = item.rule, let file = item.file, let fingerprint = item.fingerprint else {
        return failure(
          "bevinding \(k + 1) mist \"rule\", \"file\" of \"fingerprint\"",
          "finding \(k + 1) lacks \"rule\", \"file\" or \"fingerprint\"")
      }
      entries.append(
        Entry(rule: rule, file: file, fingerprint: fingerprint, line: item.line ?? 0, message: item.message ?? ""))
    }
    return .success(Baseline(entries: entries))
  }

  /// Which findings the baseline knows (by index) and which entries matched nothing.
  func match(_ findings: [Finding]) -> (known: Set<Int>, stale: [Entry]) {
    struct Key: Hashable {
      var rule: String
      var file: String
      var fingerprint: String
    }
    var pool: [Key: [Int]] = [:]
    for (k, e) in entries.enumerated() {
      pool[Key(rule: e.rule, file: e.file, fingerprint: e.fingerprint), default: []].append(k)
    }
    var known = Set<Int>()
    for (k, f) in findings.enumerated() {
      let key = Key(rule: f.check, file: f.file, fingerprint: f.fingerprint)
      if var left = pool[key], !left.isEmpty {
        left.removeFirst()
        pool[key] = left
        known.insert(k)
      }
    }
    let stale = pool.values.flatMap { $0 }.sorted().map { entries[$0] }
    return (known, stale)
  }
}
