import Foundation

/// One entry of a controlled vocabulary (topic, role or group).
public struct VocabularyTerm: Hashable, Sendable, Decodable {
  public var id: String
  public var nl: String
  public var en: String
  public var synonyms: [String]
}

/// A law, regulation or body that codes refer to, from `laws.json`.
public struct LawEntry: Hashable, Sendable, Decodable {
  public var id: String
  public var name: String
  public var aliases: [String]
  public var bwb: String?
  public var url: String?
  public var supersededBy: String?
  public var supersededOn: String?
  /// The first day the law applies, where known.
  public var inForceFrom: String?
  /// `misnomer`: a name no law has (`Wet melding klokkenluiders`).
  public var kind: String?
  public var verified: Bool?
  public var note: String?
  public var source: String?
}

/// Words people write for a key or term that ambt does not know, with the word ambt expects, from
/// `alternatives.json` (English, or a Dutch near-synonym: `manager` → `leidinggevende`). They
/// drive "bedoelde je …?" before edit distance does; they are not aliases.
public struct Alternatives: Sendable, Decodable {
  public var metadataKeys: [String: String] = [:]
  public var annotations: [String: String] = [:]
  public var norms: [String: String] = [:]
  public var topics: [String: String] = [:]
  public var roles: [String: String] = [:]
  public var groups: [String: String] = [:]

  public init() {}

  /// The expected word for `word` in `table`, compared folded.
  public static func lookup(_ word: String, in table: [String: String]) -> String? {
    table[TextFolding.foldHyphensAsSpaces(word)]
  }

  /// The same tables with folded keys, so a look-up folds only the word.
  func folded() -> Alternatives {
    func fold(_ t: [String: String]) -> [String: String] {
      Dictionary(t.map { (TextFolding.foldHyphensAsSpaces($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }
    var a = Alternatives()
    a.metadataKeys = fold(metadataKeys)
    a.annotations = fold(annotations)
    a.norms = fold(norms)
    a.topics = fold(topics)
    a.roles = fold(roles)
    a.groups = fold(groups)
    return a
  }
}

/// A list of terms with look-up by id, label or synonym (case and diacritics ignored).
public struct TermList: Sendable {
  public let terms: [VocabularyTerm]
  private let index: [String: String]
  /// Known alternatives (folded word → id), tried first by `suggestion(for:)`.
  let alternatives: [String: String]
  /// Every term's folded English label, and its id, Dutch label and synonyms folded once, for
  /// `suggestion(for:)` (a file with thousands of unknown names asks for each).
  private let foldedEnglish: [String]
  private let candidates: TextFolding.Candidates

  public init(_ terms: [VocabularyTerm], alternatives: [String: String] = [:]) {
    self.terms = terms
    self.alternatives = alternatives
    var index: [String: String] = [:]
    for t in terms {
      for name in [t.id, t.id.replacingOccurrences(of: "-", with: " "), t.nl] + t.synonyms {
        let key = TextFolding.fold(name)
        if index[key] == nil { index[key] = t.id }
      }
    }
    self.index = index
    foldedEnglish = terms.map { TextFolding.fold($0.en) }
    candidates = TextFolding.Candidates(terms.flatMap { [$0.id, $0.nl] + $0.synonyms })
  }

  /// The id a written name stands for.
  public func resolve(_ name: String) -> String? {
    // Most annotations use the id or a folded name as it is: try that before folding.
    if let id = index[name] { return id }
    return index[TextFolding.fold(name)]
  }

  public func term(_ id: String) -> VocabularyTerm? { terms.first { $0.id == id } }

  /// The known name meant, for "bedoelde je …?": a listed alternative (`manager` →
  /// `leidinggevende`), else a term whose English label is the word, else the closest by edit
  /// distance.
  public func suggestion(for name: String) -> String? {
    if let id = Alternatives.lookup(name, in: alternatives), term(id) != nil { return id }
    let folded = TextFolding.fold(name)
    if let k = foldedEnglish.firstIndex(of: folded) { return terms[k].id }
    return TextFolding.suggestion(for: name, among: candidates)
  }

  /// The id of the one term nearest to `name` by edit distance over its id, label and
  /// synonyms (`TextFolding.clearCorrection`), or nil: the test for a safe fix-it.
  public func clearCorrection(for name: String) -> String? {
    TextFolding.clearCorrection(for: name, among: terms.map { [$0.id, $0.nl] + $0.synonyms }).map { terms[$0].id }
  }

  public func label(_ id: String, _ language: Language) -> String {
    guard let t = term(id) else { return id }
    return language == .en ? t.en : t.nl
  }
}

/// The controlled vocabularies shipped with ambt, loaded once from the module's resources.
public struct Vocabulary: Sendable {
  public let topics: TermList
  public let roles: TermList
  public let groups: TermList
  public let laws: [LawEntry]
  /// Words people write for keys and terms, for suggestions.
  public let alternatives: Alternatives
  /// Problems met while loading (a missing or malformed data file); empty when all is well.
  public let loadErrors: [String]
  private let lawAliases: [(alias: String, id: String)]
  /// The first four characters of every folded alias of at least four, and the shorter aliases:
  /// what `mayStartLaw` tests before `lawPrefix` reads further.
  private let lawAliasHeads: Set<String>
  private let lawShortAliases: [String]
  /// The first byte of every folded alias.
  private let lawAliasFirstBytes: Set<UInt8>
  /// `lawNames`, folded once for suggestions.
  public let lawNameCandidates: TextFolding.Candidates

  public static let shared = Vocabulary.load()

  init(
    topics: [VocabularyTerm], roles: [VocabularyTerm], groups: [VocabularyTerm], laws: [LawEntry],
    alternatives: Alternatives = Alternatives(), errors: [String]
  ) {
    let alternatives = alternatives.folded()
    self.topics = TermList(topics, alternatives: alternatives.topics)
    self.roles = TermList(roles, alternatives: alternatives.roles)
    self.groups = TermList(groups, alternatives: alternatives.groups)
    self.alternatives = alternatives
    self.laws = laws
    self.loadErrors = errors
    var aliases: [(String, String)] = []
    for law in laws {
      for a in [law.name] + law.aliases { aliases.append((TextFolding.fold(a), law.id)) }
    }
    // Longest alias first, so "Ambtenarenwet 2017" wins over "Ambtenarenwet".
    self.lawAliases = aliases.sorted { $0.0.count > $1.0.count }
    self.lawAliasHeads = Set(aliases.filter { $0.0.count >= 4 }.map { String($0.0.prefix(4)) })
    self.lawShortAliases = aliases.filter { $0.0.count < 4 }.map(\.0)
    self.lawAliasFirstBytes = Set(aliases.compactMap { $0.0.utf8.first })
    self.lawNameCandidates = TextFolding.Candidates(laws.flatMap { [$0.name] + $0.aliases })
  }

  static func load() -> Vocabulary {
    var errors: [String] = []
    struct TopicFile: Decodable { var topics: [VocabularyTerm] }
    struct RoleFile: Decodable { var roles: [VocabularyTerm] }
    struct GroupFile: Decodable { var groups: [VocabularyTerm] }
    struct LawFile: Decodable { var laws: [LawEntry] }
    func decode<T: Decodable>(_ name: String, as type: T.Type) -> T? {
      guard let data = ModelResources.data(name + ".json") else {
        errors.append("vocabulary file \(name).json not found in the resources")
        return nil
      }
      do {
        return try JSONDecoder().decode(T.self, from: data)
      } catch {
        errors.append("vocabulary file \(name).json cannot be read: \(error)")
        return nil
      }
    }
    return Vocabulary(
      topics: decode("topics", as: TopicFile.self)?.topics ?? [],
      roles: decode("roles", as: RoleFile.self)?.roles ?? [],
      groups: decode("groups", as: GroupFile.self)?.groups ?? [],
      laws: decode("laws", as: LawFile.self)?.laws ?? [],
      alternatives: decode("alternatives", as: Alternatives.self) ?? Alternatives(),
      errors: errors)
  }

  public func law(_ id: String) -> LawEntry? { laws.first { $0.id == id } }

  /// The law a written name stands for: an exact alias match, ignoring case and diacritics.
  public func resolveLaw(_ name: String) -> LawEntry? {
    let f = TextFolding.fold(name)
    for (alias, id) in lawAliases where alias == f { return law(id) }
    return nil
  }

  /// The law whose alias is the longest prefix of `text` (followed by a non-letter), with the
  /// number of folded characters it used.
  public func lawPrefix(of text: String) -> (LawEntry, Int)? {
    let f = TextFolding.fold(text)
    for (alias, id) in lawAliases where f.hasPrefix(alias) {
      let rest = f.dropFirst(alias.count)
      if let c = rest.first, c.isLetter || c.isNumber { continue }
      if let l = law(id) { return (l, alias.count) }
    }
    return nil
  }

  /// Whether a law's alias may start the text that begins with `head` (a few characters): false
  /// when `lawPrefix` of any text beginning so finds nothing. Exact: the first two folded
  /// characters decide, when three are known (the third fixes where the second ends).
  public func mayStartLaw(asciiLetter b: UInt8) -> Bool {
    guard !lawShortAliases.contains(where: \.isEmpty) else { return true }
    let lower = b >= 0x41 && b <= 0x5A ? b + 32 : b
    return lawAliasFirstBytes.contains(lower)
  }

  /// Whether a law's alias may start the text that begins with `head` (five characters or
  /// more): false when `lawPrefix` of any text beginning so finds nothing. Exact: an alias of
  /// four characters or more must share the first four folded characters (known when a fifth
  /// fixes where the fourth ends), a shorter one must be a prefix.
  public func mayStartLaw(_ head: String) -> Bool {
    let f = TextFolding.fold(head)
    guard f.count >= 5, !lawShortAliases.contains(where: \.isEmpty) else { return true }
    return lawAliasHeads.contains(String(f.prefix(4))) || lawShortAliases.contains { f.hasPrefix($0) }
  }

  public var lawNames: [String] { laws.flatMap { [$0.name] + $0.aliases } }
}
