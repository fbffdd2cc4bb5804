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
    let parsed = AmbtParser.parse(bytes: bytes, file: file, lineRoles: false)
    var out = parsed.diagnostics
    for e in Vocabulary.shared.loadErrors + [ObligationCatalogue.shared.loadError, RuleWords.loaded.error].compactMap({ $0 }) {
      out.append(
        Diagnostic(id: "internal-data", severity: .error, message: LocalizedText(nl: e, en: e), range: .empty, file: file))
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
        d.message = LocalizedText(nl: d.message.nl + " " + note.nl, en: d.message.en + " " + note.en)
      }
      // A finding on inferred meaning says so and is never an error.
      if d.inferred {
        d.severity = min(severity, .warning)
        d.message = LocalizedText(nl: d.message.nl + " (afgeleid uit de tekst)", en: d.message.en + " (inferred from the text)")
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
      for a in c.articles { scopes += a.annotations.suppressions.map { ($0, a.range) } }
    }
    scopes += (doc.closing?.annotations.suppressions ?? []).map { ($0, doc.closing?.range) }
    var used = Array(repeating: false, count: scopes.count)
    findings = findings.filter { d in
      var keep = true
      for (k, (s, range)) in scopes.enumerated() where s.rule == d.id {
        if let range, !(range.start <= d.range.start && d.range.start < max(range.end, range.start + 1)) { continue }
        used[k] = true
        keep = false
      }
      return keep
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
