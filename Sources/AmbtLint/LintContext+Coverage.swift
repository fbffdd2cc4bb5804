import AmbtModel
import AmbtSemantics
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension LintContext {
  /// Each obligation of the law in force today with the rules that cover it.
  public func coverage() -> [CoverageEntry] {
    // Several rules ask; the answer is computed once per document.
    coverageCache.value { computeCoverage(catalogue.obligations(on: today)) }
  }

  /// Each obligation of the law in force on `day` with the rules that cover it.
  public func coverage(on day: Day) -> [CoverageEntry] {
    day == today ? coverage() : computeCoverage(catalogue.obligations(on: day))
  }

  var debugCoverage: Bool { getenv("AMBT_DEBUG_COVERAGE") != nil }

  /// Words that name a separate regulation in running text.
  static let regulationWords = [
    "regeling", "reglement", "protocol", "klokkenluidersregeling", "meldregeling", "procedure", "richtlijn", "beleidsregel",
    "handboek",
  ]

  func computeCoverage(_ obligations: [Obligation]) -> [CoverageEntry] {
    let meanings = self.meanings
    let outside = sentencesOutsideRules
    // `@regeling` lines outside rules: the code names a regulation, e.g. in an annex listing them.
    var looseRegulations = document.preamble.annotations.regulations + (document.closing?.annotations.regulations ?? [])
    for c in document.chapters + document.annexes { looseRegulations += c.annotations.regulations }
    func place(of offset: Int) -> String {
      for c in document.chapters where c.range.start <= offset && offset < c.range.end {
        return c.number.map { "hoofdstuk \($0)" } ?? (c.title.isEmpty ? "hoofdstuk" : c.title)
      }
      if let closing = document.closing, closing.range.start <= offset { return "slot" }
      return "preambule"
    }
    // The obligations' topics as bits (the only topics asked about here), and each rule's and
    // sentence's topics as a mask of them, so "on topic" is one AND.
    var topicBits: [String: UInt64] = [:]
    for ob in obligations { for t in ob.topics where topicBits[t] == nil { topicBits[t] = 1 << UInt64(topicBits.count & 63) } }
    let masks = topicBits.count <= 64
    func mask(_ topics: [String]) -> UInt64 { topics.reduce(0) { $0 | (topicBits[$1] ?? 0) } }
    let ruleMasks = masks ? meanings.map { mask($0.topics) } : []
    let sentenceMasks = masks ? meanings.map { $0.allSentences.map { mask($0.topics) } } : []
    let outsideMasks = masks ? outside.map { mask($0.topics) } : []
    return obligations.map { ob in
      if ob.implicit == true { return CoverageEntry(obligation: ob, status: .implicit, articles: [], regulations: []) }
      let id = ob.id.lowercased()
      let modalities = Set(ob.meaning?.modalities ?? ["gebod", "verbod", "meldplicht", "toestemming"])
      var modalityBits = 0
      for (n, m) in Modality.allCases.enumerated() where modalities.contains(m.rawValue) { modalityBits |= 1 << n }
      let words = ob.meaning?.words?.map(TextFold.fold)
      let notWords = ob.meaning?.notWords?.map(TextFold.fold)
      let obTopics = ob.topics
      let obMask = masks ? mask(obTopics) : 0
      /// Whether one of `topics` (with `topicMask`, when masks are used) is one of the obligation's.
      func onTopic(_ topics: [String], _ topicMask: UInt64) -> Bool {
        masks ? topicMask & obMask != 0 : topics.contains { obTopics.contains($0) }
      }
      /// Whether a sentence imposes the obligation; `words` may stand in another sentence of the
      /// same rule ("… geldt een meldingsplicht. De functies die het betreft staan in de bijlage.").
      func imposes(
        _ s: SentenceAnalysis, _ sMask: UInt64, ruleTopics: [String], _ ruleMask: UInt64, ruleMentions: () -> Bool
      ) -> Bool {
        guard modalityBits & (1 << Modality.allCases.firstIndex(of: s.modality)!) != 0, !s.question else { return false }
        guard onTopic(s.topics, sMask) || s.topics.isEmpty && onTopic(ruleTopics, ruleMask) else { return false }
        // A waiver ("hoeft niet") imposes nothing, and a permission only with a report or
        // consent attached ("… mag je aannemen na toestemming van je leidinggevende").
        if s.modality == .toestemming && (s.negated || !s.requiresReportOrConsent && s.consentBy.isEmpty) { return false }
        // A duty of the employee binds the employee, not a vertrouwenspersoon or the municipality.
        if ob.dutyHolder != "werkgever" && s.addressee != "medewerker" && s.addressee != nil { return false }
        if let words, !s.mentions(words) && !ruleMentions() { return false }
        if let notWords, s.mentions(notWords) { return false }
        // "Voor het melden van misstanden geldt de regeling …": a pointer to a regulation.
        if s.mentions(Self.regulationWords)
          && s.mentions(["geldt", "gelden", "van toepassing", "zie", "staat", "staan", "opgenomen", "volgens", "conform"])
        {
          return false
        }
        return true
      }
      let covers = { (a: Article) in
        a.annotations.covers.contains(where: {
          let v = $0.value.lowercased()
          return v == id || id.hasPrefix(v + "-")
        })
      }
      var direct: [Article] = []
      var directMeanings: [RuleMeaning] = []
      var annexes: [String] = []
      var viaRegulation: [(Article?, String, SourceRange)] = []
      for (r, m) in meanings.enumerated() {
        let a = m.article
        let ruleMask = masks ? ruleMasks[r] : 0
        // Whether a sentence of the rule has the obligation's words, asked once per rule.
        var mentionsWords: Bool?
        func ruleMentions() -> Bool {
          if let mentionsWords { return mentionsWords }
          let found = words.map { w in m.allSentences.contains { $0.mentions(w) } } ?? false
          mentionsWords = found
          return found
        }
        func anyImposes() -> Bool {
          m.allSentences.indices.contains { k in
            imposes(
              m.allSentences[k], masks ? sentenceMasks[r][k] : 0, ruleTopics: m.topics, ruleMask, ruleMentions: ruleMentions)
          }
        }
        // An annex that quotes the law is not the code imposing the duty; `@dekt` there still counts.
        if m.inAnnex && !covers(a) {
          if let reg = a.annotations.regulations.first, onTopic(m.topics, ruleMask) {
            viaRegulation.append((a, reg.value, reg.range))
          } else if anyImposes() {
            let label = annexLabel(of: a.range.start)
            if !annexes.contains(label) { annexes.append(label) }
          }
          continue
        }
        // `@dekt AW17-4-1` covers the parts AW17-4-1-misbruik, -belangenverstrengeling, -discriminatie.
        if covers(a) {
          // Confirmed by the author: whole, whatever the words.
          direct.append(a)
          continue
        }
        let ruleOnTopic = onTopic(m.topics, ruleMask)
        if ruleOnTopic, let reg = a.annotations.regulations.first {
          viaRegulation.append((a, reg.value, reg.range))
          continue
        }
        // Confirmed annotations that say it.
        if m.topicsConfirmed && m.normsConfirmed && ruleOnTopic && !modalities.isDisjoint(with: m.norms.map(\.rawValue))
          && ob.meaning?.words == nil
        {
          direct.append(a)
          continue
        }
        if anyImposes() {
          direct.append(a)
          directMeanings.append(m)
          continue
        }
        // "De Regeling nevenwerkzaamheden is van toepassing": a regulation named in the text.
        if let k = m.allSentences.indices.first(where: { k in
          let s = m.allSentences[k]
          return (onTopic(s.topics, masks ? sentenceMasks[r][k] : 0) || ruleOnTopic) && s.mentions(Self.regulationWords)
        }) {
          let s = m.allSentences[k]
          viaRegulation.append((a, a.annotations.regulations.first?.value ?? s.text, s.range))
        }
      }
      // A regulation named outside the rules counts when its name is about the obligation's topic.
      let topicWords =
        ob.topics.flatMap { id -> [String] in
          guard let t = Vocabulary.shared.topics.term(id) else { return [] }
          return [t.nl, Self.spaced(id)] + t.synonyms
        } + (ob.textKeywords ?? [])
      for reg in looseRegulations {
        let name = TextFolding.fold(reg.value)
        if topicWords.contains(where: { name.containsBytes(TextFolding.fold($0)) }) {
          viaRegulation.append((nil, reg.value, reg.range))
        }
      }
      // The code's own text outside its rules (preamble and chapter texts) that imposes it.
      var mentions: [String] = []
      if direct.isEmpty {
        for (k, s) in outside.enumerated()
        where imposes(s, masks ? outsideMasks[k] : 0, ruleTopics: [], 0, ruleMentions: { false }) {
          let p = place(of: s.range.start)
          if debugCoverage { print("DEBUG \(ob.id) \(p): \(s.text)") }
          if !mentions.contains(p) { mentions.append(p) }
        }
      }
      var status: CoverageEntry.Status =
        !direct.isEmpty || !mentions.isEmpty
        ? .covered : !viaRegulation.isEmpty ? .viaRegulation : !annexes.isEmpty ? .annexOnly : .missing
      // Parts the covering rules leave out; a rule confirmed with `@dekt` lacks none.
      var missingParts: [Obligation.Part] = []
      if status == .covered, directMeanings.count == direct.count, mentions.isEmpty {
        missingParts = (ob.parts ?? []).filter { part in
          let words = part.words.map(TextFold.fold)
          return !directMeanings.contains { $0.allSentences.contains { $0.mentions(words) } }
        }
        if !missingParts.isEmpty { status = .partial }
      }
      var entry = CoverageEntry(obligation: ob, status: status, articles: direct, regulations: viaRegulation, mentions: mentions)
      entry.missingParts = missingParts
      entry.annexes = annexes
      return entry
    }
  }

  /// A topic id with spaces for its hyphens (`melden-van-misstanden` → `melden van misstanden`).
  static func spaced(_ id: String) -> String {
    id.utf8.allSatisfy { $0 < 0x80 }
      ? String(decoding: id.utf8.map { $0 == 0x2D ? 0x20 : $0 }, as: UTF8.self)
      : id.replacingOccurrences(of: "-", with: " ")
  }

  /// `bijlage 2` or the annex's title, for the annex holding `offset`.
  func annexLabel(of offset: Int) -> String {
    for c in document.annexes where c.range.start <= offset && offset < c.range.end {
      return c.number.map { "bijlage \($0)" } ?? (c.title.isEmpty ? "bijlage" : c.title)
    }
    return "bijlage"
  }
}
