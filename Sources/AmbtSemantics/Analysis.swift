import AmbtModel

/// The kind of norm a sentence expresses.
public enum Modality: String, Sendable, CaseIterable, Codable {
  case gebod, verbod, toestemming, meldplicht, bevoegdheid, definitie, uitgangspunt
  /// No norm: a description, a reason, an example, a question.
  case geen

  /// The annotation vocabulary's norm kind (nil for `geen`).
  public var normKind: NormKind? { NormKind(rawValue: rawValue) }
}

/// How an amount is bounded: `minder dan € 50` (lt), `tot en met € 50` (le), `meer dan` (gt),
/// `vanaf` (ge), or a bare amount (eq).
public enum Boundary: String, Sendable, CaseIterable, Codable {
  case lt, le, gt, ge, eq

  /// Dutch and English words for the boundary, for messages.
  public var words: LocalizedText {
    switch self {
    case .lt: return LocalizedText("semantics.lt")
    case .le: return LocalizedText("semantics.le")
    case .gt: return LocalizedText("semantics.gt")
    case .ge: return LocalizedText("semantics.ge")
    case .eq: return LocalizedText("semantics.eq")
    }
  }
}

/// An amount of money in the text, in euros.
public struct Amount: Hashable, Sendable {
  public var value: Double
  public var boundary: Boundary
  /// As written in the source (`vijftig euro`, `€ 50,-`).
  public var written: String
  public var range: SourceRange

  public init(value: Double, boundary: Boundary, written: String, range: SourceRange) {
    self.value = value
    self.boundary = boundary
    self.written = written
    self.range = range
  }
}

public enum PeriodUnit: String, Sendable, CaseIterable, Codable {
  case jaar, maand, week, dag, werkdag, uur

  /// Approximate length in days (a werkdag counts 7/5 of a day), for comparisons.
  public var days: Double {
    switch self {
    case .jaar: return 365
    case .maand: return 365.0 / 12.0
    case .week: return 7
    case .dag: return 1
    case .werkdag: return 1.4
    case .uur: return 1.0 / 24.0
    }
  }
}

/// What a period says: how long something lasts (`termijn`), a deadline (`binnen`), or how
/// often (`frequentie`).
public enum PeriodKind: String, Sendable, CaseIterable, Codable {
  case termijn, binnen, frequentie
}

public struct Period: Hashable, Sendable {
  public var value: Double
  public var unit: PeriodUnit
  public var kind: PeriodKind
  public var written: String
  public var range: SourceRange

  public init(value: Double, unit: PeriodUnit, kind: PeriodKind, written: String, range: SourceRange) {
    self.value = value
    self.unit = unit
    self.kind = kind
    self.written = written
    self.range = range
  }

  public var days: Double { value * unit.days }
}

/// When a norm applies, measured against the employment.
public enum TemporalScope: String, Sendable, Codable {
  case tijdens
  case na
  case tijdensEnNa = "tijdens-en-na"
}

/// A reference in running text to an article or lid of the same code.
public struct TextReference: Hashable, Sendable {
  /// As the guide writes it: `9.4`, `12`, `10.1 t/m 10.6`, `vorige lid`, `lid 2`.
  public var text: String
  /// The article number referred to (the first of a range), when it is one.
  public var article: String?
  /// The last article of a range.
  public var through: String?
  public var range: SourceRange
  /// The lid of `article` named with it, as a number (`artikel 1.4 lid 2`, `het tweede lid van
  /// artikel 1.4`).
  public var lid: String?

  public init(text: String, article: String?, through: String? = nil, range: SourceRange, lid: String? = nil) {
    self.text = text
    self.article = article
    self.through = through
    self.range = range
    self.lid = lid
  }

  /// The ordinals that name a lid (`het derde lid`), with their numbers.
  public static let lidOrdinals = [
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8, "negende": 9,
    "tiende": 10,
  ]
}

/// Where the primary norm stands.
public enum ClausePlace: String, Sendable, Codable {
  case main, sub
}

/// One norm of a sentence, as a clause expresses it.
public struct Norm: Hashable, Sendable {
  public enum Role: String, Sendable, Hashable {
    /// The clause that carries the sentence's force.
    case primary
    /// Another main clause of the same sentence.
    case coordinate
    /// A condition (`als je het meldt`) or proviso (`mits`).
    case condition
    /// An exception (`tenzij`, `behalve`).
    case exception
  }

  public var modality: Modality
  public var negated: Bool
  public var role: Role
  public var action: String?
  public var reportTo: [String]
  public var consentBy: [String]
}

/// What the analyser reads in one sentence. A class: analyses are shared by the linter's rules,
/// the importer and the differ and never change after they are made, so passing one around costs
/// one reference count instead of a copy of every field.
public final class SentenceAnalysis: Sendable {
  /// The sentence as written.
  public let text: String
  public let range: SourceRange
  public let modality: Modality
  public let modalities: [Modality]
  public let negated: Bool
  /// Role id of who the primary norm binds (`medewerker` for the reader).
  public let addressee: String?
  public let reportTo: [String]
  public let consentBy: [String]
  public let action: String?
  public let topics: [String]
  public let amounts: [Amount]
  public let periods: [Period]
  public let temporal: TemporalScope?
  public let references: [TextReference]
  public let clause: ClausePlace?
  /// Every norm the sentence expresses, the primary first.
  public let norms: [Norm]
  /// Whether the sentence is a question.
  public let question: Bool
  /// Words of a limiting qualifier on the primary norm (`die de belangen raken`, `als daardoor`):
  /// a relative or condition clause that narrows what is forbidden or required.
  public let qualified: Bool
  /// The folded words of the sentence (and its lead-in), each with a space before and after:
  /// `" je meldt geschenken "`, for quick word searches.
  public let wordText: String
  /// Whether a condition, proviso, exception or time clause bounds the sentence (`als …`,
  /// `mits …`, `tenzij …`, `zolang …`).
  public let conditional: Bool
  /// The first two bytes of every word of `wordText` (hashed to one of 128 bits) and the first
  /// byte (one of 64): `mentions` skips a phrase whose start no word has.
  let wordStarts: (pairs: (UInt64, UInt64), firsts: UInt64)
  /// Where the words of `wordText` start (empty when the text is too long to say in 16 bits).
  let wordOffsets: [UInt16]

  public convenience init(
    text: String,
    range: SourceRange,
    modality: Modality,
    modalities: [Modality],
    negated: Bool,
    addressee: String?,
    reportTo: [String],
    consentBy: [String],
    action: String?,
    topics: [String],
    amounts: [Amount],
    periods: [Period],
    temporal: TemporalScope?,
    references: [TextReference],
    clause: ClausePlace?,
    norms: [Norm],
    question: Bool,
    qualified: Bool,
    wordText: String,
    conditional: Bool
  ) {
    self.init(
      text: text, range: range, modality: modality, modalities: modalities, negated: negated, addressee: addressee,
      reportTo: reportTo, consentBy: consentBy, action: action, topics: topics, amounts: amounts, periods: periods,
      temporal: temporal, references: references, clause: clause, norms: norms, question: question, qualified: qualified,
      wordText: wordText, conditional: conditional, wordIndex: SentenceAnalysis.starts(of: wordText))
  }

  /// The memberwise initializer with the word index of `wordText` given (`shifted(by:)` keeps
  /// the one it has).
  init(
    text: String, range: SourceRange, modality: Modality, modalities: [Modality], negated: Bool, addressee: String?,
    reportTo: [String], consentBy: [String], action: String?, topics: [String], amounts: [Amount], periods: [Period],
    temporal: TemporalScope?, references: [TextReference], clause: ClausePlace?, norms: [Norm], question: Bool,
    qualified: Bool, wordText: String, conditional: Bool,
    wordIndex: ((pairs: (UInt64, UInt64), firsts: UInt64), [UInt16])
  ) {
    self.text = text
    self.range = range
    self.modality = modality
    self.modalities = modalities
    self.negated = negated
    self.addressee = addressee
    self.reportTo = reportTo
    self.consentBy = consentBy
    self.action = action
    self.topics = topics
    self.amounts = amounts
    self.periods = periods
    self.temporal = temporal
    self.references = references
    self.clause = clause
    self.norms = norms
    self.question = question
    self.qualified = qualified
    self.wordText = wordText
    self.conditional = conditional
    (self.wordStarts, self.wordOffsets) = wordIndex
  }
}
