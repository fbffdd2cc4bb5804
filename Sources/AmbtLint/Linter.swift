import AmbtModel
import AmbtParser

/// How the linter runs: the day it treats as today and the project configuration.
public struct LintOptions: Sendable {
  public var today: Day
  public var configuration: LintConfiguration

  public init(today: Day, configuration: LintConfiguration = LintConfiguration()) {
    self.today = today
    self.configuration = configuration
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
        Diagnostic(
          id: "internal-data", severity: .error, message: LocalizedText("text.verbatim", ["text": e]), range: .empty, file: file))
    }
    let context = LintContext(document: parsed.document, source: parsed.text, today: options.today)
    out += run(context, options: options, rules: rules)
    return LintResult(document: parsed.document, diagnostics: out.sortedForOutput(), lineTable: parsed.lineTable)
  }

  /// Runs the rules on a parsed document; returns lint findings only.
  public static func run(_ context: LintContext, options: LintOptions, rules: [any LintRule] = LintRules.all) -> [Diagnostic] {
    let config = options.configuration
    var findings: [Diagnostic] = []
    var ran: Set<String> = []
    for rule in rules where config.isEnabled(rule.descriptor.id) && rule.descriptor.id != UnusedSuppression.id {
      // A rule whose legal basis is not yet in force on the day linted says nothing.
      let basisFrom = rule.descriptor.lawInForceFrom.flatMap(Day.parse)
      if let basisFrom, context.today < basisFrom { continue }
      ran.insert(rule.descriptor.id)
      let severity = config.severity(for: rule.descriptor)
      findings += rule.check(context).map {
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
    // Suppressions: preamble (whole code), chapter (its range), rule (its range).
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
