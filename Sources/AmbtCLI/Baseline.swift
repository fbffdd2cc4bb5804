import AmbtLint
import AmbtModel
import Foundation

/// The findings a project has accepted for now (`--write-baseline`), so that `--baseline` reports
/// only new ones: a municipality can adopt ambt in CI with an old code that is not clean yet.
///
/// An entry matches by file, rule and fingerprint. The fingerprint is computed as SARIF's
/// `partialFingerprints` (`SARIFReporter.findingFingerprint`) but without the path: the rule, the
/// article, the message and the marked text, not the line number, so a finding keeps matching
/// when text above it is added or removed. Files are written relative to the baseline's own
/// folder, so the baseline works from whatever folder ambt runs in (a parent's `.ambt-lint`
/// names it). Equal findings are counted: two entries cover two occurrences, a third is new.
/// Schema: Schemas/baseline.schema.json.
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

  /// The findings of `report`, with files relative to the folder of `baselinePath`.
  init(report: LintReport, baselinePath: String) {
    let folder = Baseline.folder(of: baselinePath)
    entries = report.entries.map { d, lines in
      var message = d.message.text(report.language)
      if let c = d.citation { message += " [" + c + "]" }
      return Entry(
        rule: d.id, file: Baseline.relative(d.file, to: folder),
        fingerprint: SARIFReporter.findingFingerprint(d, uri: "", lines: lines),
        line: lines.position(of: d.range.start).line, message: message)
    }
  }

  /// The absolute, standardised folder a baseline file is in.
  static func folder(of path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
  }

  /// `file` relative to `folder` (with `../` where needed), `/` separated.
  static func relative(_ file: String, to folder: String) -> String {
    let target = URL(fileURLWithPath: file).standardizedFileURL.pathComponents
    let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
    var common = 0
    while common < min(target.count, base.count) && target[common] == base[common] { common += 1 }
    let parts = Array(repeating: "..", count: base.count - common) + target[common...]
    return parts.joined(separator: "/")
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
    func failure(_ problem: LocalizedText) -> Result<Baseline, InputError> {
      .failure(InputError(message: LocalizedText("cli.baseline.invalid", ["path": path], messages: ["problem": problem])))
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
      return failure(LocalizedText("cli.baseline.not-valid-json"))
    }
    guard root.kind == "baseline" else {
      return failure(LocalizedText("cli.baseline.not-ambt-baseline-no"))
    }
    guard root.schemaVersion == schemaVersion else {
      return failure(
        LocalizedText("cli.baseline.unknown-schemaversion-expected-schemaversion", ["schemaVersion": "\(schemaVersion)"]))
    }
    guard let items = root.findings else {
      return failure(LocalizedText("cli.baseline.findings-missing"))
    }
    var entries: [Entry] = []
    for (k, item) in items.enumerated() {
      guard let rule = item.rule, let file = item.file, let fingerprint = item.fingerprint else {
        return failure(LocalizedText("cli.baseline.finding-k-lacks-rule", ["k": "\(k + 1)"]))
      }
      entries.append(
        Entry(rule: rule, file: file, fingerprint: fingerprint, line: item.line ?? 0, message: item.message ?? ""))
    }
    return .success(Baseline(entries: entries))
  }

  /// Which entries of `current` (by index) the baseline knows, and which of its entries matched
  /// nothing.
  func match(_ current: Baseline) -> (known: Set<Int>, stale: [Entry]) {
    var matcher = Matcher(self)
    var known = Set<Int>()
    for (k, f) in current.entries.enumerated() where matcher.take(f) { known.insert(k) }
    return (known, matcher.stale)
  }

  /// Matches findings against the baseline one by one, in output order, so lint can drop the
  /// known ones file by file. Equal findings are counted: each entry matches once.
  struct Matcher {
    struct Key: Hashable {
      var rule: String
      var file: String
      var fingerprint: String
    }
    let entries: [Entry]
    var pool: [Key: [Int]] = [:]
    /// How many findings matched an entry so far.
    private(set) var known = 0

    init(_ baseline: Baseline) {
      entries = baseline.entries
      for (k, e) in entries.enumerated() {
        pool[Key(rule: e.rule, file: e.file, fingerprint: e.fingerprint), default: []].append(k)
      }
    }

    /// Whether `finding` is in the baseline; an entry it matches is used up.
    mutating func take(_ finding: Entry) -> Bool {
      let key = Key(rule: finding.rule, file: finding.file, fingerprint: finding.fingerprint)
      guard var left = pool[key], !left.isEmpty else { return false }
      left.removeFirst()
      pool[key] = left
      known += 1
      return true
    }

    /// The entries no finding matched, in the baseline's order.
    var stale: [Entry] { pool.values.flatMap { $0 }.sorted().map { entries[$0] } }
  }
}
