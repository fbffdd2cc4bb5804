import AmbtModel
import AmbtSemantics
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One duty of the law that a gedragscode should cover, from `obligations.json`.
public struct Obligation: Hashable, Sendable, Decodable {
  public struct Requirement: Hashable, Sendable, Decodable {
    public var norms: [String]?
    public var keywords: [String]?
  }

  /// What a sentence must say to impose the obligation (read by the norm analyser).
  public struct Meaning: Hashable, Sendable, Decodable {
    public var modalities: [String]
    public var words: [String]?
    public var notWords: [String]?
    /// The obligation is itself a freedom with a limit (art. 10: expression, unless the
    /// functioning suffers), so a permission bounded by a condition, proviso or exception
    /// ("je mag …, behalve als daardoor …") imposes it.
    public var limitedPermission: Bool?
    /// With `limitedPermission`: what the limit must be about (art. 8 lid 1 a: the function or
    /// the service). Such an obligation is imposed by a permission only when its limit names
    /// one of these ("… is toegestaan, tenzij het je functie in de weg staat"), not by a
    /// permission with a report or consent attached.
    public var limitWords: [String]?
    /// A reporting route: a permission to report to someone named ("je kunt melden bij de
    /// vertrouwenspersoon") opens it, as a duty to report there would.
    public var reportingRoute: Bool?
    /// Topics of `topics` that count for the obligation only as a sentence's (or, for a sentence
    /// without topics, its rule's) first topic: family relations for conflicts of interest, not a
    /// family word in a list of grounds of discrimination ("… huwelijk en geregistreerd
    /// partnerschap …").
    public var mainTopicOnly: [String]?
    /// Functions named in a condition also meet `words` ("Ben je gemeentesecretaris, inkoper of
    /// werk je bij Financiën, dan meld je je financiële belangen": the functions designated by
    /// naming them).
    public var rolesInCondition: Bool?
    /// An umbrella obligation (art. 6: good conduct as a civil servant) is imposed by any norm of
    /// `modalities` in a rule whose own title or chapter title names one of its topics, whatever
    /// the sentence itself is about ("Artikel 4 [Goed ambtenaarschap] Medewerkers gebruiken hun
    /// bevoegdheden alleen …").
    public var underHeading: Bool?
  }

  /// An element the obligation needs beyond its topic (art. 8 lid 2 a: intended side activities
  /// too); a rule that lacks it covers the obligation only in part.
  public struct Part: Hashable, Sendable, Decodable {
    public var id: String
    public var label: LocalizedText
    /// Words a covering rule must have for the part (none: the topic is enough).
    public var words: [String]
    /// Words of what a waiver in the code may leave out ("is niet vereist voor nevenwerkzaamheden
    /// waarvoor de ambtenaar geen vergoeding ontvangt"): a negated permission or duty on the
    /// obligation's topic with one of them leaves the part out.
    public var waivedBy: [String]?
    /// Words that narrow a covering duty to less than the part ("Verricht de medewerker tegen
    /// betaling werkzaamheden …, dan doet hij opgave"): a covering sentence with one of them covers
    /// the part only when a sentence on the topic names the part (`waivedBy`'s words, or
    /// `restoredBy`: "al dan niet betaald", "ongeacht").
    public var limitedBy: [String]?
    public var restoredBy: [String]?
    /// Words that narrow the topic's own definition to less than the part ("nevenwerkzaamheden:
    /// alle werkzaamheden … waarvoor hij een beloning ontvangt"), unless a sentence names the part.
    public var limitedInDefinitionBy: [String]?
  }

  public var id: String
  public var law: String
  public var article: String
  public var lid: String?
  public var onderdeel: String?
  /// A second provision the same duty rests on (`art. 7`).
  public var also: String?
  public var title: LocalizedText
  public var dutyHolder: String
  public var topics: [String]
  public var requires: Requirement?
  public var meaning: Meaning?
  public var textKeywords: [String]?
  public var implicit: Bool?
  public var checkedBy: String?
  public var confidence: String
  public var caveat: LocalizedText?
  /// Where the wording was read.
  public var source: String
  /// The official text, where one exists.
  public var url: String?
  /// The first and last day (inclusive) the obligation applies; open when absent.
  public var validFrom: String?
  public var validUntil: String?
  /// The obligation of the later law that continued this one (by content), and the reverse.
  public var successor: String?
  public var successorAlso: [String]?
  public var predecessors: [String]?
  public var parts: [Part]?

  public var citation: Citation {
    Citation(law: law, article: article, lid: lid, onderdeel: onderdeel, url: url ?? source, caveat: caveat)
  }

  public var from: Day? { validFrom.flatMap(Day.parse) }
  public var until: Day? { validUntil.flatMap(Day.parse) }

  /// Whether the obligation is part of the law on `day`.
  public func applies(on day: Day) -> Bool {
    (from.map { $0 <= day } ?? true) && (until.map { day <= $0 } ?? true)
  }

  /// `Ambtenarenwet 2017, art. 5 lid 1 onder a; art. 7`.
  public var citationText: String { citation.display + (also.map { "; \($0)" } ?? "") }
}

/// The obligations catalogue shipped with the linter.
public struct ObligationCatalogue: Sendable {
  public let obligations: [Obligation]
  public let loadError: String?

  public static let shared = ObligationCatalogue.load()

  public init(obligations: [Obligation], loadError: String? = nil) {
    self.obligations = obligations
    self.loadError = loadError
  }

  static func load() -> ObligationCatalogue {
    struct File: Decodable { var obligations: [Obligation] }
    guard let data = LintResources.data("obligations.json") else {
      return ObligationCatalogue(obligations: [], loadError: "obligations.json not found in the resources")
    }
    do {
      return ObligationCatalogue(obligations: try JSONDecoder().decode(File.self, from: data).obligations)
    } catch {
      return ObligationCatalogue(obligations: [], loadError: "obligations.json cannot be read: \(error)")
    }
  }

  public func obligation(_ id: String) -> Obligation? { obligations.first { $0.id == id } }

  /// The obligations of the law in force on `day`.
  public func obligations(on day: Day) -> [Obligation] { obligations.filter { $0.applies(on: day) } }
}

/// How one obligation is met by one code.
public struct CoverageEntry: Sendable {
  public enum Status: String, Sendable {
    /// Rules of the code cover it.
    case covered
    /// Only rules that refer to a separate regulation cover it.
    case viaRegulation = "via-regulation"
    /// Rules cover it, but lack an element it needs (`missingParts`).
    case partial
    /// Only an annex states it (often a quotation of the law): the code itself does not impose it.
    case annexOnly = "annex-only"
    /// Met by the existence of the code itself.
    case implicit
    /// Nothing covers it.
    case missing
  }

  public var obligation: Obligation
  public var status: Status
  /// Rules that cover it directly.
  public var articles: [Article]
  /// Places that cover it by referring to a regulation, with the regulation's name: a rule on the
  /// obligation's topic with `@regeling`, or a `@regeling` outside the rules (preamble, chapter,
  /// annex) whose name is about the obligation's topic (`article` is nil then).
  public var regulations: [(article: Article?, regulation: String, range: SourceRange)]
  /// Places outside rules (preamble, chapter text) whose text covers it: `preambule`, `hoofdstuk 2`.
  public var mentions: [String] = []
  /// For `partial`: the elements no covering rule states.
  public var missingParts: [Obligation.Part] = []
  /// For `annexOnly`: the annexes that state it.
  public var annexes: [String] = []
}
