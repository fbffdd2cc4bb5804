import AmbtModel

/// Which way a change moves a rule.
public enum Direction: String, Hashable, Sendable {
  case strenger, soepeler, onbepaald

  public func label(_ language: Language) -> String {
    switch (self, language) {
    case (.strenger, .nl): return "strenger"
    case (.strenger, .en): return "stricter"
    case (.soepeler, .nl): return "soepeler"
    case (.soepeler, .en): return "looser"
    case (.onbepaald, .nl): return "richting onbepaald"
    case (.onbepaald, .en): return "direction undetermined"
    }
  }
}

/// What a semantic change rests on: annotations without a `?` (confirmed), or what the norm
/// analyser reads in the text or an `@key?` annotation (inferred).
public enum Basis: String, Hashable, Sendable {
  case confirmed, inferred

  /// `afgeleid uit de tekst` for what is inferred; nothing for what is confirmed.
  public func label(_ language: Language) -> String? {
    guard self == .inferred else { return nil }
    return language.text("diff.change.inferred-from-text")
  }
}

/// A change of meaning inside a rule (or of the code's metadata), named the way a lawyer would.
public struct SemanticChange: Hashable, Sendable {
  /// `drempel`, `termijn`, `binnen`, `frequentie`, `norm`, `melden-bij`, `toestemming-van`,
  /// `wie`, `onderwerp`, `wet`, `verwijzing`, `uitzondering-op`, or for metadata the field
  /// (`vastgesteld-op`, ...).
  public var kind: String
  public var old: String?
  public var new: String?
  public var direction: Direction?
  /// A reference that only follows a renumbering: no change of meaning.
  public var followsRenumbering: Bool
  /// An explanation (`Wbp is vervangen door AVG per 2018-05-25`).
  public var note: LocalizedText?
  /// Confirmed annotations, or inferred: read from the text by the analyser (or from `@key?`).
  public var basis: Basis
  /// Read from the text by the analyser (not from annotations).
  public var fromText: Bool

  public init(
    kind: String, old: String?, new: String?, direction: Direction? = nil, followsRenumbering: Bool = false,
    note: LocalizedText? = nil, basis: Basis = .confirmed, fromText: Bool = false
  ) {
    self.kind = kind
    self.old = old
    self.new = new
    self.direction = direction
    self.followsRenumbering = followsRenumbering
    self.note = note
    self.basis = basis
    self.fromText = fromText
  }

  /// The kind as a reader names it.
  public func kindLabel(_ language: Language) -> String {
    let labels: [String: String] = [
      "drempel": "diff.kind.drempel", "termijn": "diff.kind.termijn", "binnen": "diff.kind.binnen",
      "frequentie": "diff.kind.frequentie", "toestemming-van": "diff.kind.toestemming-van", "norm": "diff.kind.norm",
      "melden-bij": "diff.kind.melden-bij", "wie": "diff.kind.wie", "onderwerp": "diff.kind.onderwerp",
      "wet": "diff.kind.wet", "verwijzing": "diff.kind.verwijzing", "uitzondering-op": "diff.kind.uitzondering-op",
      "titel": "diff.kind.titel", "organisatie": "diff.kind.organisatie", "cbs-code": "diff.kind.cbs-code",
      "vastgesteld-door": "diff.kind.vastgesteld-door", "vastgesteld-op": "diff.kind.vastgesteld-op",
      "in-werking": "diff.kind.in-werking", "vervangt": "diff.kind.vervangt", "grondslag": "diff.kind.grondslag",
      "geldt-voor": "diff.kind.geldt-voor", "laatste-herziening": "diff.kind.laatste-herziening",
      "geldig-tot": "diff.kind.geldig-tot", "herzien-door": "diff.kind.herzien-door",
      "vervallen-per": "diff.kind.vervallen-per", "herzieningstermijn": "diff.kind.herzieningstermijn",
      "bron": "diff.kind.bron", "cvdr": "diff.kind.cvdr", "nummering": "diff.kind.nummering",
      "preambule": "diff.kind.preambule", "slot": "diff.kind.slot", "regeling": "diff.kind.regeling",
      "tijd": "diff.kind.tijd", "moment": "diff.kind.moment", "vorm": "diff.kind.vorm", "reikwijdte": "diff.kind.reikwijdte",
      "uitzondering": "diff.kind.uitzondering",
      "gebonden": "diff.kind.gebonden", "voorwaarde": "diff.kind.voorwaarde",
    ]
    guard let id = labels[kind] else { return kind }
    return language.text(id)
  }
}

/// How a rule of the old version relates to the new version.
public enum ChangeStatus: String, Hashable, Sendable {
  case matched, added, removed
}

/// One entry of the diff: a matched pair of rules, or a rule only in one version.
public struct ArticleChange: Hashable, Sendable {
  public var status: ChangeStatus
  public var old: Article?
  public var new: Article?
  /// The chapter headings the rules stand in.
  public var oldChapter: String?
  public var newChapter: String?
  /// The key changed.
  public var renumbered: Bool
  /// The rule went to another chapter than its chapter's counterpart.
  public var moved: Bool
  /// The normative text changed (not counting references that only follow a renumbering).
  public var textChanged: Bool
  /// Explanations or examples of the rule changed.
  public var explanationChanged: Bool
  public var similarity: Double?
  public var semantic: [SemanticChange]
  /// The word diff of the normative text; empty when nothing changed.
  public var words: [DiffRun]
  /// The word diff of the explanations and examples; empty when they did not change.
  public var explanationWords: [DiffRun] = []
  /// The text changed only in form: punctuation, case, spacing, spelling of a word, another
  /// notation of the same amount. Set by the differ; meaningful when the text changed.
  public var editorialText = false
  /// For an added rule: the old rule it was split off from.
  public var splitFrom: Article?
  /// For a removed rule: the new rule it was merged into.
  public var mergedInto: Article?

  public init(status: ChangeStatus, old: Article?, new: Article?) {
    self.status = status
    self.old = old
    self.new = new
    renumbered = false
    moved = false
    textChanged = false
    explanationChanged = false
    semantic = []
    words = []
  }

  /// Whether anything about this rule differs.
  public var isChange: Bool {
    status != .matched || renumbered || moved || textChanged || explanationChanged || !semantic.isEmpty
  }

  /// Whether the meaning changed: text, semantics beyond followed references, or presence.
  public var changesMeaning: Bool {
    status != .matched || textChanged || semantic.contains { !$0.followsRenumbering }
  }

  /// Substantive (a norm, amount, period, addressee, scope or obligation may change) or
  /// editorial (spelling, punctuation, layout, renumbering, a move, another notation of the same
  /// amount, a reference that only follows the renumbering).
  public var substantive: Bool {
    if status != .matched { return true }
    if semantic.contains(where: { !$0.followsRenumbering && !($0.kind == "verwijzing" && $0.old == $0.new) }) { return true }
    return (textChanged && !editorialText) || (explanationChanged && !explanationWords.isEmpty && !editorialText)
  }

  /// The direction of the change, when one of its semantic changes names one.
  public var direction: Direction? {
    let named = semantic.compactMap(\.direction).filter { $0 != .onbepaald }
    if named.contains(.strenger) && named.contains(.soepeler) { return .onbepaald }
    return named.first
  }
}

/// Text outside the rules that changed: the preamble, a chapter's introduction or loose text,
/// the closing, an annex's text.
public struct PassageChange: Hashable, Sendable {
  /// Where: `preambule`, `hoofdstuk 3 Geschenken`, `slot`.
  public var place: LocalizedText
  public var oldText: String
  public var newText: String
  public var words: [DiffRun]
  /// Amounts, periods, norms and recipients read from the two texts.
  public var semantic: [SemanticChange]
  /// Whether the change is only of form (see `ArticleChange.substantive`).
  public var editorial: Bool

  public var substantive: Bool { !editorial || semantic.contains { !$0.followsRenumbering } }
}

/// How a chapter of the old version relates to the new version.
public struct ChapterChange: Hashable, Sendable {
  public var status: ChangeStatus
  public var old: Chapter?
  public var new: Chapter?
  public var renumbered: Bool
  public var retitled: Bool
  /// The chapter kept its number but stands elsewhere in the order (matched chapters only).
  public var reordered: Bool = false
}

/// Everything that differs between two versions of a code.
public struct DocumentDiff: Sendable {
  public var oldFile: String
  public var newFile: String
  public var oldTitle: String?
  public var newTitle: String?
  public var metadata: [SemanticChange]
  public var chapters: [ChapterChange]
  public var changes: [ArticleChange]
  /// Topics the code as a whole covers in one version only.
  public var topicsGained: [String]
  public var topicsLost: [String]
  /// Text outside the rules that changed.
  public var passages: [PassageChange] = []

  public var hasDifferences: Bool {
    !metadata.isEmpty || !topicsGained.isEmpty || !topicsLost.isEmpty || changes.contains(where: \.isChange)
      || chapters.contains { $0.status != .matched || $0.renumbered || $0.retitled || $0.reordered } || !passages.isEmpty
  }

  /// The changes that matter first: those that make the code stricter or looser, then the other
  /// substantive ones, each in document order.
  public var substantiveChanges: [ArticleChange] {
    let s = changes.filter { $0.isChange && $0.substantive }
    let directed = s.filter { $0.direction == .strenger || $0.direction == .soepeler }
    return directed + s.filter { !($0.direction == .strenger || $0.direction == .soepeler) }
  }

  /// Counts for the summary line.
  public struct Summary: Hashable, Sendable {
    public var unchanged = 0, renumbered = 0, moved = 0, modified = 0, added = 0, removed = 0
  }

  public var summary: Summary {
    var s = Summary()
    for c in changes {
      switch c.status {
      case .added: s.added += 1
      case .removed: s.removed += 1
      case .matched:
        if !c.isChange { s.unchanged += 1 }
        if c.renumbered { s.renumbered += 1 }
        if c.moved { s.moved += 1 }
        if c.textChanged || c.semantic.contains(where: { !$0.followsRenumbering }) { s.modified += 1 }
      }
    }
    return s
  }
}
