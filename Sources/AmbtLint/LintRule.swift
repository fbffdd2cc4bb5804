import AmbtModel

/// A check the linter runs on a parsed code. Called `LintRule` because *rule* is taken by the
/// domain (the numbered rules of a gedragscode).
///
/// A lint rule is an assertion about a code: its descriptor says what it asserts, on which
/// provision that rests and shows examples; `check` returns findings. The linter sets the
/// severity (from the descriptor or the configuration) and applies suppressions.
public protocol LintRule: Sendable {
  var descriptor: RuleDescriptor { get }
  func check(_ context: LintContext) -> [Diagnostic]
}

/// The family a rule belongs to (issue 4's grouping).
public enum RuleFamily: String, Sendable, CaseIterable {
  case coverage, conflict, superseded, consistency, review, scope, workflow

  public var title: LocalizedText {
    switch self {
    case .coverage: return LocalizedText("lint.family.coverage")
    case .conflict: return LocalizedText("lint.family.conflict")
    case .superseded: return LocalizedText("lint.family.superseded")
    case .consistency: return LocalizedText("lint.family.consistency")
    case .review: return LocalizedText("lint.family.review")
    case .scope: return LocalizedText("lint.family.scope")
    case .workflow: return LocalizedText("lint.family.workflow")
    }
  }
}

/// The provision a rule rests on, with where its text was read (see law-notes.md).
public struct Citation: Hashable, Sendable {
  public var law: String
  public var article: String?
  public var lid: String?
  public var onderdeel: String?
  public var url: String
  /// Set where law-notes.md marks the wording or a date as not verified.
  public var caveat: LocalizedText?

  public init(
    law: String, article: String? = nil, lid: String? = nil, onderdeel: String? = nil, url: String,
    caveat: LocalizedText? = nil
  ) {
    self.law = law
    self.article = article
    self.lid = lid
    self.onderdeel = onderdeel
    self.url = url
    self.caveat = caveat
  }

  /// `Ambtenarenwet 2017, art. 8 lid 1 onder e`.
  public var display: String {
    var s = law
    if let article { s += ", art. \(article)" }
    if let lid { s += " lid \(lid)" }
    if let onderdeel { s += " onder \(onderdeel)" }
    return s
  }
}

/// A code snippet that shows the rule at work. Snippets without a metadata block get a minimal
/// one (`titel`, `organisatie`) before they are linted.
public struct RuleExample: Hashable, Sendable {
  public var source: String
  public init(_ source: String) { self.source = source }

  public static let header = "---\ntitel: Voorbeeld\norganisatie: Voorbeeld\n---\n"

  public var document: String { source.hasPrefix("---") ? source : RuleExample.header + source }
}

/// Everything the docs, `ambt rules`, `ambt explain` and SARIF say about a rule.
public struct RuleDescriptor: Hashable, Sendable {
  /// Stable kebab-case id; never changes when the type is renamed.
  public var id: String
  public var family: RuleFamily
  public var title: LocalizedText
  public var summary: LocalizedText
  public var rationale: LocalizedText
  public var defaultSeverity: Severity
  public var citation: Citation?
  public var triggering: [RuleExample]
  public var nonTriggering: [RuleExample]
  /// The first day the provision the rule rests on applies (`YYYY-MM-DD`); before it the rule
  /// does not run, and for a code adopted before it, its findings say the law changed since.
  public var lawInForceFrom: String?

  public init(
    id: String, family: RuleFamily, title: LocalizedText, summary: LocalizedText, rationale: LocalizedText,
    defaultSeverity: Severity, citation: Citation?, triggering: [RuleExample], nonTriggering: [RuleExample],
    lawInForceFrom: String? = nil
  ) {
    self.lawInForceFrom = lawInForceFrom
    self.id = id
    self.family = family
    self.title = title
    self.summary = summary
    self.rationale = rationale
    self.defaultSeverity = defaultSeverity
    self.citation = citation
    self.triggering = triggering
    self.nonTriggering = nonTriggering
  }
}
