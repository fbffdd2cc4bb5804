import AmbtModel

/// An amendment decision (wijzigingsbesluit): the instructions that turn one version of a code
/// into the next, grouped in lettered onderdelen as the Aanwijzingen voor de regelgeving (6.15)
/// lay them out.
///
/// Numbers in the instructions are those of the code *before* the decision: every reference is
/// resolved against the old version, so the onderdelen can be read (and carried out) one by one
/// next to the current text, and a renumbering in one onderdeel never changes what another means.
public struct AmendmentDecision: Hashable, Sendable {
  /// The lettered onderdelen of ARTIKEL I.
  public var parts: [AmendmentPart]
  /// What the decision says around ARTIKEL I; nil for a parsed decision.
  public var frame: DecisionFrame?

  public init(parts: [AmendmentPart] = [], frame: DecisionFrame? = nil) {
    self.parts = parts
    self.frame = frame
  }

  public var instructions: [AmendmentInstruction] { parts.flatMap(\.instructions) }
}

/// The decision around its instructions, built from the metadata of the two versions.
public struct DecisionFrame: Hashable, Sendable {
  /// `Leek`, from `organisatie`.
  public var organisation: String?
  /// `college van burgemeester en wethouders`, from `vastgesteld door`.
  public var adoptedBy: String
  /// The title of the code that is amended (the old version's).
  public var title: String
  /// `grondslag`, for `gelet op`.
  public var legalBasis: [String]
  /// The new version's `in werking`, when it changed: the date of ARTIKEL II.
  public var inForce: PartialDate?
  /// The new version's `vastgesteld op`, when it changed.
  public var adoptedOn: PartialDate?
  /// Lines of the toelichting: moved rules and changes of meaning.
  public var notes: [String]

  public init(
    organisation: String?, adoptedBy: String, title: String, legalBasis: [String] = [], inForce: PartialDate? = nil,
    adoptedOn: PartialDate? = nil, notes: [String] = []
  ) {
    self.organisation = organisation
    self.adoptedBy = adoptedBy
    self.title = title
    self.legalBasis = legalBasis
    self.inForce = inForce
    self.adoptedOn = adoptedOn
    self.notes = notes
  }
}

/// One onderdeel (`A`, `B`, … `AA`): the changes to one element of the code.
public struct AmendmentPart: Hashable, Sendable {
  /// The letter as written; empty for a decision with a single unlettered change.
  public var letter: String
  public var instructions: [AmendmentInstruction]

  public init(letter: String = "", instructions: [AmendmentInstruction]) {
    self.letter = letter
    self.instructions = instructions
  }
}

/// A chapter or annex, named by its number, its title, or as the only annex.
public struct ChapterReference: Hashable, Sendable {
  public var kind: ChapterKind
  /// The number as a key (`3`, `iv`), when the reference gives one.
  public var key: String?
  /// The title, when the reference quotes it (a heading without a number).
  public var title: String?

  public init(kind: ChapterKind, key: String? = nil, title: String? = nil) {
    self.kind = kind
    self.key = key
    self.title = title
  }
}

/// A rule, by its key (`artikel 3.1`) or by its number in a chapter (`artikel 3 van hoofdstuk 2`),
/// optionally narrowed to a lid and an onderdeel of a list.
public struct RuleReference: Hashable, Sendable {
  /// The key, or the number within `chapter`.
  public var number: String
  public var chapter: ChapterReference?
  /// `tweede lid` or `lid 2`: a numbered list item at the top of the rule.
  public var lid: String?
  /// `onderdeel b` or `onder b`: a lettered list item.
  public var onderdeel: String?

  public init(number: String, chapter: ChapterReference? = nil, lid: String? = nil, onderdeel: String? = nil) {
    self.number = number
    self.chapter = chapter
    self.lid = lid
    self.onderdeel = onderdeel
  }
}

/// What an instruction changes.
public enum AmendmentTarget: Hashable, Sendable {
  case article(RuleReference)
  /// A run of rules (`de artikelen 10.1 tot en met 10.7`), for a renumbering.
  case articles(first: RuleReference, last: RuleReference)
  case chapter(ChapterReference)
  case chapters(first: ChapterReference, last: ChapterReference)
  case preamble
  case closing
  /// The metadata block (`de gegevens van de gedragscode`).
  case metadata
  /// The code as a whole: where a new chapter or annex is added at the end.
  case document
}

/// What is inserted: the element kind of an insertion's text.
public enum InsertedKind: String, Hashable, Sendable {
  case article, chapter, annex
  /// A closing or preamble added where there was none (`Er wordt een slot toegevoegd, luidende:`).
  case closing, preamble
}

/// Where inserted text goes, relative to the target.
public enum InsertionPlace: Hashable, Sendable {
  case after, before, end
}

/// Text quoted in a decision: the lines of an element as they read in the `.ambt` language,
/// with the byte offset in the decision where each line starts (for messages; empty when the
/// decision was generated).
public struct QuotedText: Hashable, Sendable {
  public var lines: [String]
  public var offsets: [Int]

  public init(lines: [String], offsets: [Int] = []) {
    self.lines = lines
    self.offsets = offsets
  }

  func offset(ofLine k: Int) -> Int? { k < offsets.count ? offsets[k] : nil }
}

/// One wijzigingsopdracht.
public enum AmendmentAction: Hashable, Sendable {
  /// `In artikel 3.1 wordt "€ 50" vervangen door "€ 25".`; an empty `new` is `vervalt "…"`.
  case replace(old: String, new: String)
  /// `Artikel 4.2 komt te luiden:` (optionally `wordt vernummerd tot artikel 4.3 en`).
  case rewrite(QuotedText, renumberTo: String?)
  /// `Artikel 7 wordt vernummerd tot artikel 8.`; for a run, the first new number.
  case renumber(to: String, last: String?)
  /// `Het opschrift van hoofdstuk 3 komt te luiden:`
  case retitle(QuotedText)
  /// `Artikel 12.6 vervalt.`
  case remove
  /// `Na artikel 2.2 wordt een artikel ingevoegd, luidende:` and the other insertions.
  case insert(InsertedKind, count: Int, place: InsertionPlace, QuotedText)
  /// `Het gegeven "vastgesteld op" komt te luiden: "2025-03-11".`; nil removes the key.
  case setMetadata(key: String, value: String?)
}

/// An instruction and where it stands in the decision.
public struct AmendmentInstruction: Hashable, Sendable {
  public var target: AmendmentTarget
  public var action: AmendmentAction
  /// The sentence in the decision (byte offsets); empty for a generated decision.
  public var range: SourceRange
  /// For a rule inserted before another: the chapter both stand in (`In hoofdstuk 3 wordt vóór
  /// artikel 3.1 …`, Aanwijzing 6.11); checked when the instruction is carried out.
  public var chapter: ChapterReference?
  /// The quoted text to be replaced, for messages about it.
  public var quoteRange: SourceRange?

  public init(
    _ target: AmendmentTarget, _ action: AmendmentAction, range: SourceRange = .empty, chapter: ChapterReference? = nil
  ) {
    self.target = target
    self.action = action
    self.range = range
    self.chapter = chapter
  }

  /// Whether the instruction is one sentence without a quoted block (it can be an item of
  /// `… wordt als volgt gewijzigd:`).
  var isOneLine: Bool {
    switch action {
    case .replace, .renumber, .remove, .setMetadata: return true
    case .rewrite, .retitle, .insert: return false
    }
  }
}
