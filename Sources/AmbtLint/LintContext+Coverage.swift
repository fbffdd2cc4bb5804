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
    return obligations.map { ob in
      if ob.implicit == true { return CoverageEntry(obligation: ob, status: .implicit, articles: [], regulations: []) }
      let id = ob.id.lowercased()
      let modalities = Set(ob.meaning?.modalities ?? ["gebod", "verbod", "meldplicht", "toestemming"])
      let words = ob.meaning?.words?.map(TextFold.fold)
      let notWords = ob.meaning?.notWords?.map(TextFold.fold)
      let obTopics = ob.topics
      func onTopic(_ topics: [String]) -> Bool { topics.contains { obTopics.contains($0) } }
      /// Whether a sentence imposes the obligation; `words` may stand in another sentence of the
      /// same rule ("… geldt een meldingsplicht. De functies die het betreft staan in de bijlage.").
      func imposes(_ s: SentenceAnalysis, ruleTopics: [String], rule: [SentenceAnalysis] = []) -> Bool {
        guard modalities.contains(s.modality.rawValue), !s.question else { return false }
        guard onTopic(s.topics) || s.topics.isEmpty && onTopic(ruleTopics) else { return false }
        // A waiver ("hoeft niet") imposes nothing, and a permission only with a report or
        // consent attached ("… mag je aannemen na toestemming van je leidinggevende").
        if s.modality == .toestemming && (s.negated || !s.requiresReportOrConsent && s.consentBy.isEmpty) { return false }
        // A duty of the employee binds the employee, not a vertrouwenspersoon or the municipality.
        if ob.dutyHolder != "werkgever" && s.addressee != "medewerker" && s.addressee != nil { return false }
        if let words, !s.mentions(words) && !rule.contains(where: { $0.mentions(words) }) { return false }
        if let notWords, s.mentions(notWords) { return false }
        // "Voor het melden van misstanden geldt de regeling …": a pointer to a regulation.
        if s.mentions(Self.regulationWords)
          && s.mentions(["geldt", "gelden", "van toepassing", "zie", "staat", "staan", "opgenomen", "volgens", "conform"])
        {
          return false
        }
        return true
      }
      var direct: [Article] = []
      var directMeanings: [RuleMeaning] = []
      var annexes: [String] = []
      var viaRegulation: [(Article?, String, SourceRange)] = []
      for m in meanings {
        let a = m.article
        // An annex that quotes the law is not the code imposing the duty; `@dekt` there still counts.
        if m.inAnnex
          && !a.annotations.covers.contains(where: {
            let v = $0.value.lowercased(); return v == id || id.hasPrefix(v + "-")
          })
        {
          if let reg = a.annotations.regulations.first, onTopic(m.topics) {
            viaRegulation.append((a, reg.value, reg.range))
          } else if m.allSentences.contains(where: { imposes($0, ruleTopics: m.topics, rule: m.allSentences) }) {
            let label = annexLabel(of: a.range.start)
            if !annexes.contains(label) { annexes.append(label) }
          }
          continue
        }
        // `@dekt AW17-4-1` covers the parts AW17-4-1-misbruik, -belangenverstrengeling, -discriminatie.
        if a.annotations.covers.contains(where: {
          let v = $0.value.lowercased(); return v == id || id.hasPrefix(v + "-")
        }) {
          // Confirmed by the author: whole, whatever the words.
          direct.append(a)
          continue
        }
        let ruleOnTopic = onTopic(m.topics)
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
        if m.allSentences.contains(where: { imposes($0, ruleTopics: m.topics, rule: m.allSentences) }) {
          direct.append(a)
          directMeanings.append(m)
          continue
        }
        // "De Regeling nevenwerkzaamheden is van toepassing": a regulation named in the text.
        if let s = m.allSentences.first(where: { s in (onTopic(s.topics) || ruleOnTopic) && s.mentions(Self.regulationWords) }) {
          viaRegulation.append((a, a.annotations.regulations.first?.value ?? s.text, s.range))
        }
      }
      // A regulation named outside the rules counts when its name is about the obligation's topic.
      let topicWords =
        ob.topics.flatMap { id -> [String] in
          guard let t = Vocabulary.shared.topics.term(id) else { return [] }
          return [t.nl, id.replacingOccurrences(of: "-", with: " ")] + t.synonyms
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
        for s in outside where imposes(s, ruleTopics: []) {
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

  /// `bijlage 2` or the annex's title, for the annex holding `offset`.
  func annexLabel(of offset: Int) -> String {
    for c in document.annexes where c.range.start <= offset && offset < c.range.end {
      return c.number.map { "bijlage \($0)" } ?? (c.title.isEmpty ? "bijlage" : c.title)
    }
    return "bijlage"
  }
}
