/// The semantic annotations of a rule, chapter or preamble (`@` lines).
///
/// The annotations most rules carry (topics, norms, whom to report to, who acts) are stored
/// inline; the others, which few rules carry, in one shared box that is nil when they are all
/// empty. Inline they took about a hundred bytes of every rule, chapter and part, nearly always
/// empty (a large file has hundreds of thousands of rules). Reading and writing is the same.
public struct Annotations: Hashable, Sendable {
  public var topics: [Tag]
  public var norms: [Tag]
  /// `@melden bij`: roles one reports to or asks consent from.
  public var reportTo: [Tag]
  /// `@wie`: roles that must act, when not the employee.
  public var actors: [Tag]
  /// The rest; nil when all of it is empty, so two equal annotations compare equal.
  private var rare: RareBox?

  public var quantities: [Quantity] {
    get { rare?.value.quantities ?? [] }
    set { updateRare { $0.quantities = newValue } }
  }
  /// `@uitzondering op`.
  public var exceptionTo: [ArticleReference] {
    get { rare?.value.exceptionTo ?? [] }
    set { updateRare { $0.exceptionTo = newValue } }
  }
  /// `@zie`.
  public var references: [ArticleReference] {
    get { rare?.value.references ?? [] }
    set { updateRare { $0.references = newValue } }
  }
  public var laws: [LawReference] {
    get { rare?.value.laws ?? [] }
    set { updateRare { $0.laws = newValue } }
  }
  public var regulations: [Tag] {
    get { rare?.value.regulations ?? [] }
    set { updateRare { $0.regulations = newValue } }
  }
  /// `@dekt`: obligation ids this rule covers.
  public var covers: [Tag] {
    get { rare?.value.covers ?? [] }
    set { updateRare { $0.covers = newValue } }
  }
  /// `@concept`: the rule is a draft.
  public var draft: Tag? {
    get { rare?.value.draft }
    set { updateRare { $0.draft = newValue } }
  }
  public var suppressions: [Suppression] {
    get { rare?.value.suppressions ?? [] }
    set { updateRare { $0.suppressions = newValue } }
  }

  public init(
    topics: [Tag] = [], norms: [Tag] = [], quantities: [Quantity] = [], reportTo: [Tag] = [],
    actors: [Tag] = [], exceptionTo: [ArticleReference] = [], references: [ArticleReference] = [],
    laws: [LawReference] = [], regulations: [Tag] = [], covers: [Tag] = [], draft: Tag? = nil,
    suppressions: [Suppression] = []
  ) {
    self.topics = topics
    self.norms = norms
    self.reportTo = reportTo
    self.actors = actors
    let rare = Rare(
      quantities: quantities, exceptionTo: exceptionTo, references: references, laws: laws, regulations: regulations,
      covers: covers, draft: draft, suppressions: suppressions)
    self.rare = rare.isEmpty ? nil : RareBox(rare)
  }

  /// A write replaces the box (it may be shared with copies of these annotations): the parser
  /// writes each annotation once, and few rules have any of these.
  private mutating func updateRare(_ change: (inout Rare) -> Void) {
    var value = rare?.value ?? Rare()
    change(&value)
    rare = value.isEmpty ? nil : RareBox(value)
  }

  /// The annotations few rules carry.
  private struct Rare: Hashable, Sendable {
    var quantities: [Quantity] = []
    var exceptionTo: [ArticleReference] = []
    var references: [ArticleReference] = []
    var laws: [LawReference] = []
    var regulations: [Tag] = []
    var covers: [Tag] = []
    var draft: Tag?
    var suppressions: [Suppression] = []

    var isEmpty: Bool { self == Rare() }
  }

  /// An immutable box; equal when the values are.
  private final class RareBox: Hashable, Sendable {
    let value: Rare
    init(_ value: Rare) { self.value = value }
    static func == (a: RareBox, b: RareBox) -> Bool { a === b || a.value == b.value }
    func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
  }

  public var isEmpty: Bool { self == Annotations() }

  public var topicIDs: [String] { topics.map(\.value) }
  public var normKinds: [NormKind] { norms.compactMap { NormKind(rawValue: $0.value) } }

  /// Every annotation that was marked as inferred (`@key? value`).
  public var inferredCount: Int {
    (topics + norms + reportTo + actors + regulations + covers).filter(\.inferred).count
      + quantities.filter(\.inferred).count + exceptionTo.filter(\.inferred).count
      + references.filter(\.inferred).count + laws.filter(\.inferred).count
  }
}

/// A vocabulary value (topic id, norm kind, role id, free text) with where it was written.
public struct Tag: Hashable, Sendable {
  public var value: String
  public var range: SourceRange
  public var inferred: Bool

  public init(value: String, range: SourceRange, inferred: Bool = false) {
    self.value = value
    self.range = range
    self.inferred = inferred
  }
}

public enum NormKind: String, Hashable, Sendable, CaseIterable {
  case gebod, verbod, toestemming, meldplicht, uitzondering, bevoegdheid, definitie, uitgangspunt

  public var english: String {
    switch self {
    case .gebod: return "obligation"
    case .verbod: return "prohibition"
    case .toestemming: return "permission"
    case .meldplicht: return "duty to report"
    case .uitzondering: return "exception"
    case .bevoegdheid: return "power"
    case .definitie: return "definition"
    case .uitgangspunt: return "principle"
    }
  }
}

/// Which way a quantity restricts: tells the differ what "stricter" means.
public enum QuantityKind: String, Hashable, Sendable, CaseIterable {
  /// `@drempel`: a limit; lower is stricter.
  case drempel
  /// `@termijn`: how long a restriction lasts; longer is stricter.
  case termijn
  /// `@binnen`: a deadline; shorter is stricter.
  case binnen
}

public enum QuantityUnit: String, Hashable, Sendable, CaseIterable {
  case euro, uur, dag, week, maand, jaar, keer

  /// Approximate length in days, for comparing periods.
  public var days: Double? {
    switch self {
    case .uur: return 1.0 / 24.0
    case .dag: return 1
    case .week: return 7
    case .maand: return 365.0 / 12.0
    case .jaar: return 365
    case .euro, .keer: return nil
    }
  }

  public var isPeriod: Bool { days != nil }

  /// The largest value a document may state in this unit: € 1 miljard for amounts, 100 years
  /// for periods in any unit, 10,000 times. Anything larger is a typing slip, and keeping it
  /// out of the model keeps every number finite and exact in JSON.
  public var maximum: Double {
    switch self {
    case .euro: return 1_000_000_000
    case .uur: return 876_000
    case .dag: return 36_500
    case .week: return 5_200
    case .maand: return 1_200
    case .jaar: return 100
    case .keer: return 10_000
    }
  }

  /// The accepted range for messages: `€ 0 tot en met € 1.000.000.000`.
  public var rangeText: LocalizedText {
    switch self {
    case .euro: return LocalizedText("annotation.range.euro")
    case .uur: return LocalizedText("annotation.range.uur")
    case .dag: return LocalizedText("annotation.range.dag")
    case .week: return LocalizedText("annotation.range.week")
    case .maand: return LocalizedText("annotation.range.maand")
    case .jaar: return LocalizedText("annotation.range.jaar")
    case .keer: return LocalizedText("annotation.range.keer")
    }
  }

  /// Whether a document may state `amount` in this unit (finite, 0 to `maximum`).
  public func accepts(_ amount: Double) -> Bool { amount.isFinite && amount >= 0 && amount <= maximum }
}

/// An amount or period stated by a rule.
public struct Quantity: Hashable, Sendable {
  public var kind: QuantityKind
  public var amount: Double
  public var unit: QuantityUnit
  /// The quantity as written in the annotation (`€ 50`).
  public var text: String
  /// Optional description after a comma (`per gift`).
  public var qualifier: String?
  public var range: SourceRange
  public var inferred: Bool

  public init(
    kind: QuantityKind, amount: Double, unit: QuantityUnit, text: String, qualifier: String? = nil,
    range: SourceRange, inferred: Bool = false
  ) {
    self.kind = kind
    self.amount = amount
    self.unit = unit
    self.text = text
    self.qualifier = qualifier
    self.range = range
    self.inferred = inferred
  }

  /// A value in a common scale: euros, or days for periods.
  public var normalized: Double {
    if let d = unit.days { return amount * d }
    return amount
  }

  /// Canonical display: `€ 50`, `2 jaar`, `7 dagen`.
  public var display: String {
    let n = Quantity.format(amount)
    switch unit {
    case .euro: return "€ \(n)"
    case .uur: return "\(n) uur"
    case .dag: return amount == 1 ? "1 dag" : "\(n) dagen"
    case .week: return amount == 1 ? "1 week" : "\(n) weken"
    case .maand: return amount == 1 ? "1 maand" : "\(n) maanden"
    case .jaar: return "\(n) jaar"
    case .keer: return "\(n) keer"
    }
  }

  public static func format(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    return String(value).replacingOccurrences(of: ".", with: ",")
  }
}

/// A reference to a rule of the same code: `4.3 lid 2 onder b`, `10.1 t/m 10.6`.
public struct ArticleReference: Hashable, Sendable {
  public var text: String
  public var key: String
  /// Last key of a range (`t/m`).
  public var through: String?
  public var lid: String?
  public var onderdeel: String?
  public var range: SourceRange
  public var inferred: Bool

  public init(
    text: String, key: String, through: String? = nil, lid: String? = nil, onderdeel: String? = nil,
    range: SourceRange, inferred: Bool = false
  ) {
    self.text = text
    self.key = key
    self.through = through
    self.lid = lid
    self.onderdeel = onderdeel
    self.range = range
    self.inferred = inferred
  }
}

/// A reference to a law: `Ambtenarenwet 2017, art. 8 lid 1 onder e`.
public struct LawReference: Hashable, Sendable {
  public var text: String
  /// The id in `laws.json`, when the name is known.
  public var law: String?
  /// The law's name as written.
  public var name: String
  public var article: String?
  public var lid: String?
  public var onderdeel: String?
  public var range: SourceRange
  public var inferred: Bool

  public init(
    text: String, law: String?, name: String, article: String? = nil, lid: String? = nil,
    onderdeel: String? = nil, range: SourceRange, inferred: Bool = false
  ) {
    self.text = text
    self.law = law
    self.name = name
    self.article = article
    self.lid = lid
    self.onderdeel = onderdeel
    self.range = range
    self.inferred = inferred
  }
}

/// `@negeer rule-id: reason`.
public struct Suppression: Hashable, Sendable {
  public var rule: String
  public var reason: String
  public var range: SourceRange

  public init(rule: String, reason: String, range: SourceRange) {
    self.rule = rule
    self.reason = reason
    self.range = range
  }
}
