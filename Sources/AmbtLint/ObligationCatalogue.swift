import AmbtModel
import Foundation

/// One duty of the law that a gedragscode should cover, from `obligations.json`.
public struct Obligation: Hashable, Sendable, Decodable {
  public struct Requirement: Hashable, Sendable, Decodable {
    public var norms: [String]?
    public var keywords: [String]?
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
  public var textKeywords: [String]?
  public var implicit: Bool?
  public var checkedBy: String?
  public var confidence: String
  public var caveat: LocalizedText?
  public var source: String

  public var citation: Citation {
    Citation(law: law, article: article, lid: lid, onderdeel: onderdeel, url: source, caveat: caveat)
  }

  /// `Ambtenarenwet 2017, art. 5 lid 1 onder a; art. 7`.
  public var citationText: String { citation.display + (also.map { "; \($0)" } ?? "") }
}

/// The obligations catalogue shipped with the linter.
public struct ObligationCatalogue: Sendable {
  public let obligations: [Obligation]
  public let loadError: String?
  /// Every keyword of every obligation, folded, found in a rule's text in one pass.
  let keywordAutomaton: PatternAutomaton
  /// Per obligation: the bits of its `textKeywords` and of its `requires.keywords`.
  let textKeywordMasks: [UInt64]
  let requiredKeywordMasks: [UInt64]
  /// Whether the masks are exact (at most 64 distinct keywords); else coverage searches text.
  let keywordMasksUsable: Bool

  public static let shared = ObligationCatalogue.load()

  public init(obligations: [Obligation], loadError: String? = nil) {
    self.obligations = obligations
    self.loadError = loadError
    var keywords: [String] = []
    func bits(_ words: [String]?) -> UInt64 {
      var mask: UInt64 = 0
      for w in words ?? [] {
        let f = TextFolding.fold(w)
        if !keywords.contains(f) { keywords.append(f) }
        if let i = keywords.firstIndex(of: f), i < 64 { mask |= 1 << UInt64(i) }
      }
      return mask
    }
    textKeywordMasks = obligations.map { bits($0.textKeywords) }
    requiredKeywordMasks = obligations.map { bits($0.requires?.keywords) }
    keywordMasksUsable = keywords.count <= 64 && keywords.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 < 0x80 } }
    keywordAutomaton = PatternAutomaton(patterns: keywords.map { Array($0.utf8) })
  }

  static func load() -> ObligationCatalogue {
    struct File: Decodable { var obligations: [Obligation] }
    guard let url = Bundle.module.url(forResource: "obligations", withExtension: "json") else {
      return ObligationCatalogue(obligations: [], loadError: "obligations.json not found in the resources")
    }
    do {
      return ObligationCatalogue(obligations: try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).obligations)
    } catch {
      return ObligationCatalogue(obligations: [], loadError: "obligations.json cannot be read: \(error)")
    }
  }

  public func obligation(_ id: String) -> Obligation? { obligations.first { $0.id == id } }
}

/// How one obligation is met by one code.
public struct CoverageEntry: Sendable {
  public enum Status: String, Sendable {
    /// Rules of the code cover it.
    case covered
    /// Only rules that refer to a separate regulation cover it.
    case viaRegulation = "via-regulation"
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
}

extension LintContext {
  /// Each obligation of the catalogue with the rules that cover it.
  public func coverage() -> [CoverageEntry] {
    // Several rules ask; the answer is computed once per document.
    coverageCache.value { computeCoverage() }
  }

  func computeCoverage() -> [CoverageEntry] {
    let rules = articlesWithTopics
    let folded = foldedArticleTexts
    // The code's own text outside its rules (preamble and chapters; annexes often quote the law).
    var outsideRules: [(String, String)] = []
    func text(_ items: [Item]) -> String {
      var parts: [String] = []
      for item in items {
        if case .article = item { continue }
        item.collectText(into: &parts, includeExplanations: true)
      }
      return TextFolding.fold(parts.joined(separator: " "))
    }
    outsideRules.append(("preambule", text(document.preamble.items)))
    // `@regeling` lines outside rules: the code names a regulation, e.g. in an annex listing them.
    var looseRegulations = document.preamble.annotations.regulations + (document.closing?.annotations.regulations ?? [])
    for c in document.chapters + document.annexes { looseRegulations += c.annotations.regulations }
    for c in document.chapters {
      outsideRules.append((c.number.map { "hoofdstuk \($0)" } ?? c.title, TextFolding.fold(c.title) + " " + text(c.items)))
    }
    // Folded once here rather than for every rule and obligation (issue 7).
    // Topics as bits and keywords as bits of the catalogue's automaton: set tests and text
    // searches per rule and obligation were most of coverage's time (issue 7).
    var topicBits: [String: UInt64] = [:]
    func topicMask(_ topics: [String]) -> UInt64 {
      var m: UInt64 = 0
      for t in topics {
        if topicBits[t] == nil { topicBits[t] = topicBits.count < 64 ? 1 << UInt64(topicBits.count) : 0 }
        m |= topicBits[t]!
      }
      return m
    }
    let topicMasks = rules.map { topicMask($0.topics) }
    let keywordMasks = catalogue.keywordMasksUsable ? folded.map { catalogue.keywordAutomaton.occurring(in: $0) } : []
    let topicSets = rules.map { Set($0.topics) }
    let coverSets = rules.map { $0.article.annotations.covers.map { $0.value.lowercased() } }
    let normSets = rules.map { Set($0.article.annotations.norms.map(\.value)) }
    let firstRegulations = rules.map { $0.article.annotations.regulations.first }
    return catalogue.obligations.indices.map { obIndex in
      let ob = catalogue.obligations[obIndex]
      let obTopicMask = topicMask(ob.topics)
      let textMask = catalogue.textKeywordMasks[obIndex]
      let requiredMask = catalogue.requiredKeywordMasks[obIndex]
      let exactTopics = topicBits.count <= 64
      if ob.implicit == true { return CoverageEntry(obligation: ob, status: .implicit, articles: [], regulations: []) }
      let textKeywords = (ob.textKeywords ?? []).map(TextFolding.fold)
      let requiredKeywords = (ob.requires?.keywords ?? []).map(TextFolding.fold)
      var direct: [Article] = []
      var viaRegulation: [(Article?, String, SourceRange)] = []
      let id = ob.id.lowercased()
      let obTopics = Set(ob.topics)
      let requiredNorms = Set(ob.requires?.norms ?? [])
      // Indices only: binding each (Article, topics) pair copied the whole rule, and its
      // reference counting was the largest cost of coverage (issue 7).
      for k in rules.indices {
        // `@dekt AW17-4-1` covers the parts AW17-4-1-misbruik, -belangenverstrengeling, -discriminatie.
        if !coverSets[k].isEmpty, coverSets[k].contains(where: { v in v == id || id.hasPrefix(v + "-") }) {
          direct.append(rules[k].article)
          continue
        }
        let onTopic = exactTopics ? topicMasks[k] & obTopicMask != 0 : !topicSets[k].isDisjoint(with: obTopics)
        let hasTextKeyword = {
          keywordMasks.isEmpty ? textKeywords.contains { folded[k].contains($0) } : keywordMasks[k] & textMask != 0
        }
        let byKeyword = !onTopic && hasTextKeyword()
        guard onTopic || byKeyword else { continue }
        if onTopic, let reg = firstRegulations[k] {
          viaRegulation.append((rules[k].article, reg.value, reg.range))
          continue
        }
        if onTopic && hasTextKeyword() {
          direct.append(rules[k].article)
          continue
        }
        if byKeyword {
          direct.append(rules[k].article)
          continue
        }
        if ob.requires != nil {
          let normOK = !normSets[k].isDisjoint(with: requiredNorms)
          let wordOK =
            keywordMasks.isEmpty ? requiredKeywords.contains { folded[k].contains($0) } : keywordMasks[k] & requiredMask != 0
          if !normOK && !wordOK { continue }
        }
        direct.append(rules[k].article)
      }
      // A regulation named outside the rules counts when its name is about the obligation's topic.
      let topicWords =
        ob.topics.flatMap { id -> [String] in
          guard let t = Vocabulary.shared.topics.term(id) else { return [] }
          return [t.nl, id.replacingOccurrences(of: "-", with: " ")] + t.synonyms
        } + (ob.textKeywords ?? [])
      for reg in looseRegulations {
        let name = TextFolding.fold(reg.value)
        if topicWords.contains(where: { name.contains(TextFolding.fold($0)) }) {
          viaRegulation.append((nil, reg.value, reg.range))
        }
      }
      var mentions: [String] = []
      if direct.isEmpty, !textKeywords.isEmpty {
        for (place, text) in outsideRules where textKeywords.contains(where: { text.contains($0) }) {
          mentions.append(place)
        }
      }
      let status: CoverageEntry.Status =
        !direct.isEmpty || !mentions.isEmpty ? .covered : viaRegulation.isEmpty ? .missing : .viaRegulation
      return CoverageEntry(obligation: ob, status: status, articles: direct, regulations: viaRegulation, mentions: mentions)
    }
  }
}
