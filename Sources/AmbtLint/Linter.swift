import AmbtModel
import AmbtParser

/// How the linter runs: the day it treats as today and the project configuration.
public struct LintOptions: Sendable {
  public var today: Day
  public var configuration: LintConfiguration
  /// Threads one large file may use (`Linter.largeFile` bytes or more): its rules' meanings and
  /// its rules run on this many workers. Small files use one, as lint already runs files in
  /// parallel. The CLI passes its worker count (`AMBT_JOBS`, else every core).
  public var workers: Int
  /// The size in bytes from which a file counts as large (`Linter.largeFile`; tests lower it).
  public var largeFrom: Int = Linter.largeFile

  public init(today: Day, configuration: LintConfiguration = LintConfiguration(), workers: Int = 1) {
    self.today = today
    self.configuration = configuration
    self.workers = max(1, workers)
  }
}

/// The outcome of linting one file.
public struct LintResult: Sendable {
  public var document: Document
  /// Parse errors and lint findings, in output order.
  public var diagnostics: [Diagnostic]
  public var lineTable: LineTable

  public init(document: Document, diagnostics: [Diagnostic], lineTable: LineTable) {
    self.document = document
    self.diagnostics = diagnostics
    self.lineTable = lineTable
  }
}

/// Parses a file, runs every enabled lint rule, applies severities and suppressions.
public enum Linter {
  /// Parse and lint. Never throws or traps: a file that does not parse is linted as far as it
  /// was read, and its parse errors are part of the result.
  public static func lint(bytes: [UInt8], file: String, options: LintOptions, rules: [any LintRule] = LintRules.all) -> LintResult
  {
    let parsed = AmbtParser.parse(bytes: bytes, file: file, lineRoles: false, keepText: true)
    var out = parsed.diagnostics
    for e in Vocabulary.shared.loadErrors + [ObligationCatalogue.shared.loadError, RuleWords.loaded.error].compactMap({ $0 }) {
      out.append(
        Diagnostic(
          id: "internal-data", severity: .error, message: LocalizedText("text.verbatim", ["text": e]), range: .empty, file: file))
    }
    let context = LintContext(document: parsed.document, source: parsed.text, today: options.today)
    let workers = bytes.count >= options.largeFrom ? options.workers : 1
    if workers > 1 { context.prepareMeanings(workers: workers) }
    out += run(context, options: options, rules: rules, workers: workers)
    return LintResult(document: parsed.document, diagnostics: out.sortedForOutput(), lineTable: parsed.lineTable)
  }

  /// Files of at least this many bytes are linted on `LintOptions.workers` threads.
  public static let largeFile = 1 << 20

  /// Runs the rules on a parsed document; returns lint findings only. With more than one worker
  /// the rules run concurrently (each on the shared, thread-safe context); the findings keep the
  /// rules' order, so the output does not depend on the number of workers.
  public static func run(
    _ context: LintContext, options: LintOptions, rules: [any LintRule] = LintRules.all, workers: Int = 1
  ) -> [Diagnostic] {
    let config = options.configuration
    var ran: Set<String> = []
    var active: [any LintRule] = []
    for rule in rules where config.isEnabled(rule.descriptor.id) && rule.descriptor.id != UnusedSuppression.id {
      // A rule whose legal basis is not yet in force on the day linted says nothing.
      if let basisFrom = rule.descriptor.lawInForceFrom.flatMap(Day.parse), context.today < basisFrom { continue }
      ran.insert(rule.descriptor.id)
      active.append(rule)
    }
    let perRule = ParallelRules.map(active, workers: workers) { rule in checked(rule, context: context, config: config) }
    var findings = perRule.flatMap { $0 }
    findings = suppressed(findings, context: context, config: config, rules: rules, ran: ran)
    return findings
  }

  /// One rule's findings with the configured severity, the law-change note and the inferred mark.
  static func checked(_ rule: any LintRule, context: LintContext, config: LintConfiguration) -> [Diagnostic] {
    let basisFrom = rule.descriptor.lawInForceFrom.flatMap(Day.parse)
    let severity = config.severity(for: rule.descriptor)
    return rule.check(context).map {
      var d = $0
      d.severity = severity
      if d.lawChangedOn == nil, let basisFrom, context.changedAfterAdoption(basisFrom) {
        d.lawChangedOn = basisFrom.description
      }
      if let changed = d.lawChangedOn.flatMap(Day.parse), let note = context.sinceAdoptionNote(changed) {
        d.message = LocalizedText("lint.message-with-note", messages: ["message": d.message, "note": note])
      }
      // A finding on inferred meaning says so and is never an error.
      if d.inferred {
        d.severity = min(severity, .warning)
        d.message = LocalizedText("lint.message-inferred", messages: ["message": d.message])
      }
      return d
    }
  }

  /// Applies the suppressions (preamble: whole code; chapter and rule: their range) and adds
  /// `unused-suppression` findings.
  static func suppressed(
    _ findings: [Diagnostic], context: LintContext, config: LintConfiguration, rules: [any LintRule], ran: Set<String>
  ) -> [Diagnostic] {
    var findings = findings
    let doc = context.document
    var scopes: [(Suppression, SourceRange?)] = doc.preamble.annotations.suppressions.map { ($0, nil) }
    for c in doc.allChapters {
      scopes += c.annotations.suppressions.map { ($0, c.range) }
      for item in c.items {
        if case .article(let a) = item { scopes += a.annotations.suppressions.map { ($0, a.range) } }
      }
    }
    scopes += (doc.closing?.annotations.suppressions ?? []).map { ($0, doc.closing?.range) }
    var used = Array(repeating: false, count: scopes.count)
    let index = SuppressionIndex(scopes.map { ($0.0.rule, $0.1) })
    findings = findings.filter { d in
      let matching = index.scopes(rule: d.id, at: d.range.start)
      for k in matching { used[k] = true }
      return matching.isEmpty
    }
    let unused = UnusedSuppression()
    if config.isEnabled(UnusedSuppression.id) {
      let known = Set(rules.map(\.descriptor.id))
      for (k, (s, _)) in scopes.enumerated() where !used[k] {
        // A suppression of a rule that is switched off, or did not run, suppresses nothing by design.
        if known.contains(s.rule) && !ran.contains(s.rule) { continue }
        var d = unused.finding(for: s, known: known.contains(s.rule), context: context, suggestions: Array(known))
        d.severity = config.severity(for: unused.descriptor)
        findings.append(d)
      }
    }
    return findings
  }
}

/// The suppression scopes by rule, so a finding looks only at the scopes of its rule that can
/// contain it: those without a range (the whole code), and by binary search the chapter (or
/// closing) and the rule around it. Scopes of one level never overlap, so each level has at
/// most one range around an offset (several scopes may share it). Linear in the findings and
/// the suppressions together, where a scan of every scope per finding was their product.
struct SuppressionIndex {
  /// Per rule id: the indices of the scopes without a range, then the ranged scopes of each
  /// level sorted by start, each range with the indices of the scopes that have it.
  private var byRule: [String: (whole: [Int], levels: [[(range: SourceRange, scopes: [Int])]])] = [:]

  /// `scopes`: each scope's rule and range (nil: the whole code), in the order of their indices.
  init(_ scopes: [(rule: String, range: SourceRange?)]) {
    var ranged: [String: [(range: SourceRange, index: Int)]] = [:]
    for (k, scope) in scopes.enumerated() {
      if let range = scope.range {
        ranged[scope.rule, default: []].append((range, k))
      } else {
        byRule[scope.rule, default: ([], [])].whole.append(k)
      }
    }
    for (rule, list) in ranged {
      // Split into levels whose ranges do not overlap: a range that overlaps the last one of
      // every level so far (a rule inside its chapter) opens or joins a deeper level.
      var levels: [[(range: SourceRange, scopes: [Int])]] = []
      for (range, k) in list.sorted(by: { ($0.range.start, -$0.range.end, $0.index) < ($1.range.start, -$1.range.end, $1.index) })
      {
        var placed = false
        for l in levels.indices {
          guard let last = levels[l].last else { continue }
          if last.range == range {
            levels[l][levels[l].count - 1].scopes.append(k)
            placed = true
          } else if range.start >= Self.end(last.range) {
            levels[l].append((range, [k]))
            placed = true
          }
          if placed { break }
        }
        if !placed { levels.append([(range, [k])]) }
      }
      byRule[rule, default: ([], [])].levels = levels
    }
  }

  /// A scope's range reaches to its end, and an empty range covers its own offset.
  static func end(_ r: SourceRange) -> Int { max(r.end, r.start + 1) }

  /// The indices of the scopes of `rule` that contain `offset`.
  func scopes(rule: String, at offset: Int) -> [Int] {
    guard let entry = byRule[rule] else { return [] }
    var out = entry.whole
    for level in entry.levels {
      // The last range that starts at or before the offset.
      var lo = 0
      var hi = level.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if level[mid].range.start <= offset { lo = mid + 1 } else { hi = mid }
      }
      if lo > 0, offset < Self.end(level[lo - 1].range) { out += level[lo - 1].scopes }
    }
    return out
  }
}
