/// A user-facing message: the id of a text in the message catalogues (`messages.nl.json`,
/// `messages.en.json`) and the values of its named placeholders. The text is looked up in the
/// reader's language only when it is shown (see `MessageCatalogue`).
///
/// A few texts are not messages but wording from a data file in every language (an obligation's
/// title in obligations.json, a topic's label in topics.json); those are held per language
/// (`init(each:)`, and decoded from a JSON object `{"nl": …, "en": …}`).
public struct LocalizedText: Hashable, Sendable, Codable {
  /// The catalogue id, e.g. `lint.duplicate-number.title`; empty for wording from a data file.
  public var id: String
  /// The values of the template's placeholders, by name (`{rule}` → `args["rule"]`).
  public var args: [String: String]
  /// Placeholders whose value is itself a localized text, shown in the same language.
  public var messages: [String: LocalizedText]
  /// Wording from a data file by language code (only when `id` is empty).
  public var wording: [String: String]

  public init(_ id: String, _ args: [String: String] = [:], messages: [String: LocalizedText] = [:]) {
    self.id = id
    self.args = args
    self.messages = messages
    self.wording = [:]
  }

  /// Wording that is not a message of the catalogue but data (a label from topics.json): the
  /// text in every language.
  public init(each text: (Language) -> String) {
    self.init("")
    for language in Language.allCases { wording[language.rawValue] = text(language) }
  }

  /// The message `one` when `count` is 1, else `many`, with the count as `{count}`.
  public static func plural(_ count: Int, one: String, many: String, _ args: [String: String] = [:]) -> LocalizedText {
    var args = args
    args["count"] = "\(count)"
    return LocalizedText(count == 1 ? one : many, args)
  }

  /// Wording composed in code for each language (a chapter's name built from the Dutch
  /// vocabulary of amendments); a language without an entry shows the Dutch.
  public init(wording: [Language: String]) {
    self.init("")
    for (language, text) in wording { self.wording[language.rawValue] = text }
  }

  public func text(_ language: Language) -> String {
    if id.isEmpty { return wording[language.rawValue] ?? wording[Language.nl.rawValue] ?? "" }
    var values = args
    for (name, message) in messages { values[name] = message.text(language) }
    return MessageCatalogue.for(language).text(id, values)
  }

  /// The Dutch text (a shorthand for `text(.nl)`).
  public var nl: String { text(.nl) }
  /// The English text (a shorthand for `text(.en)`).
  public var en: String { text(.en) }

  private enum CodingKeys: String, CodingKey {
    case id, args, messages, nl, en
  }

  /// A data file writes wording as `{"nl": …, "en": …}`; a message is `{"id": …, "args": …}`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    if let id = try c.decodeIfPresent(String.self, forKey: .id) {
      self.init(
        id, try c.decodeIfPresent([String: String].self, forKey: .args) ?? [:],
        messages: try c.decodeIfPresent([String: LocalizedText].self, forKey: .messages) ?? [:])
    } else {
      let nl = try c.decode(String.self, forKey: .nl)
      let en = try c.decodeIfPresent(String.self, forKey: .en) ?? nl
      self.init(each: { $0 == .en ? en : nl })
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if id.isEmpty {
      try c.encode(text(.nl), forKey: .nl)
      try c.encode(text(.en), forKey: .en)
    } else {
      try c.encode(id, forKey: .id)
      if !args.isEmpty { try c.encode(args, forKey: .args) }
      if !messages.isEmpty { try c.encode(messages, forKey: .messages) }
    }
  }
}

/// The user-facing language.
public enum Language: String, Sendable, CaseIterable {
  case nl, en

  /// The catalogue text `id` in this language with its placeholders filled in.
  public func text(_ id: String, _ args: [String: String] = [:]) -> String {
    MessageCatalogue.for(self).text(id, args)
  }
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
    switch self {
    case .error: return language.text("severity.error")
    case .warning: return language.text("severity.warning")
    case .info: return language.text("severity.info")
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
