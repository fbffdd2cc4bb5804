/// A message in both languages ambt speaks. Dutch is the default for users; English on request.
public struct LocalizedText: Hashable, Sendable, Codable {
  public var nl: String
  public var en: String

  public init(nl: String, en: String) {
    self.nl = nl
    self.en = en
  }

  public func text(_ language: Language) -> String { language == .en ? en : nl }
}

/// The user-facing language.
public enum Language: String, Sendable, CaseIterable {
  case nl, en
}

public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
  case error, warning, info

  private var rank: Int {
    switch self {
    case .error: return 2
    case .warning: return 1
    case .info: return 0
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  public func label(_ language: Language) -> String {
    switch (self, language) {
    case (.error, .nl): return "fout"
    case (.warning, .nl): return "waarschuwing"
    case (.info, .nl): return "info"
    case (.error, .en): return "error"
    case (.warning, .en): return "warning"
    case (.info, .en): return "info"
    }
  }
}

/// A replacement of a byte range by new text that fixes a problem.
///
/// A fix-it is *safe* when it only restores the spelling ambt expects of something whose meaning
/// is already beyond doubt: a misspelt key, topic, role or norm kind with exactly one known word
/// nearest to it by edit distance (no tie, within the slip limit), or a date written day first or
/// without leading zeros that reads one way only (`01-07-2026` → `2026-07-01`). `ambt fix`
/// applies safe fix-its without asking. Every other fix-it is a suggestion for a person: one
/// that changes what a line is (a colon after `Uitleg`, a `§` before `Artikel 3`), a word from
/// the table of alternatives (`manager` → `leidinggevende`: another word, not a slip), or a
/// guess among equally near candidates. See docs/editors.md.
public struct FixIt: Hashable, Sendable {
  public var range: SourceRange
  public var replacement: String
  /// Whether `ambt fix` applies it without asking (see the type's documentation).
  public var isSafe: Bool

  public init(range: SourceRange, replacement: String, safe: Bool = false) {
    self.range = range
    self.replacement = replacement
    self.isSafe = safe
  }
}

/// A related location with its own message (for example the first of two duplicate numbers).
public struct DiagnosticNote: Hashable, Sendable {
  public var message: LocalizedText
  public var range: SourceRange
  public var file: String?

  public init(message: LocalizedText, range: SourceRange, file: String? = nil) {
    self.message = message
    self.range = range
    self.file = file
  }
}

/// One problem, from the parser, the validator, the linter or I/O.
public struct Diagnostic: Hashable, Sendable {
  /// Stable identifier, e.g. `unknown-topic` or a lint rule id.
  public var id: String
  public var severity: Severity
  public var message: LocalizedText
  public var hint: LocalizedText?
  public var range: SourceRange
  public var file: String
  public var notes: [DiagnosticNote]
  public var fixIts: [FixIt]
  /// The article the problem is about, as the code writes its number (lint only).
  public var article: String?
  /// The provision the finding rests on (lint only).
  public var citation: String?
  /// Whether the finding rests on meaning ambt read from the text (or on an `@key?`
  /// annotation) rather than on a confirmed annotation. Such findings say so and are never
  /// above warning (lint only).
  public var inferred: Bool = false
  /// The day the law changed that makes this a finding, when that was after the code was
  /// adopted: under the law at adoption it was not one (lint only, `YYYY-MM-DD`).
  public var lawChangedOn: String?

  public init(
    id: String, severity: Severity, message: LocalizedText, hint: LocalizedText? = nil,
    range: SourceRange, file: String, notes: [DiagnosticNote] = [], fixIts: [FixIt] = [],
    article: String? = nil, citation: String? = nil
  ) {
    self.id = id
    self.severity = severity
    self.message = message
    self.hint = hint
    self.range = range
    self.file = file
    self.notes = notes
    self.fixIts = fixIts
    self.article = article
    self.citation = citation
  }
}

extension Array where Element == Diagnostic {
  /// Sorted by file, then position, then id: the stable order every reporter uses.
  public func sortedForOutput() -> [Diagnostic] {
    sorted { a, b in
      if a.file != b.file { return a.file < b.file }
      if a.range.start != b.range.start { return a.range.start < b.range.start }
      return a.id < b.id
    }
  }

  public var hasErrors: Bool { contains { $0.severity == .error } }
}
