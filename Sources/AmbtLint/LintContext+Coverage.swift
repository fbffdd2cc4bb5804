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
  ///
  /// An obligation's entry depends on the obligation and the document only (not on the other
  /// obligations of the day), so the obligations also in force today keep today's entries and
  /// only the others are computed (`CoverageFixtureTests` compares this with computing all).
  public func coverage(on day: Day) -> [CoverageEntry] {
    coverage(on: day, of: nil)
  }

  /// `coverage(on:)` for the obligations of that day whose ids are in `ids` (all when nil), in
  /// the same order: an entry depends on its obligation alone, so the others need not be
  /// computed.
  func coverage(on day: Day, of ids: Set<String>?) -> [CoverageEntry] {
    if day == today, ids == nil { return coverage() }
    var obligations = catalogue.obligations(on: day)
    if let ids { obligations = obligations.filter { ids.contains($0.id) } }
    // By id, then the whole obligation compared (hashing one is costly; ids are nearly unique).
    var known: [String: [CoverageEntry]] = [:]
    for entry in coverage() { known[entry.obligation.id, default: []].append(entry) }
    func todays(_ ob: Obligation) -> CoverageEntry? { known[ob.id]?.first { $0.obligation == ob } }
    var computed = computeCoverage(obligations.filter { todays($0) == nil })[...]
    return obligations.map { ob in todays(ob) ?? computed.popFirst()! }
  }

  var debugCoverage: Bool { getenv("AMBT_DEBUG_COVERAGE") != nil }
  static let onlyWords = PhraseList(["alleen", "uitsluitend", "slechts"])

  static let consentWord = PhraseList(["toestemming"])
  static let exceptionOpenings = [
    " behalve als ", " behalve wanneer ", " tenzij ", " behoudens ", " mits ",
    // ("U mag uw mening geven … Dit geldt niet als daardoor de goede vervulling … niet … verzekerd is.")
    " dit geldt niet als ", " dat geldt niet als ", " dit geldt niet wanneer ", " dat geldt niet wanneer ",
    " dit geldt niet indien ",
  ]
  /// Whether a sentence takes cases out of the provision before it ("Het eerste lid geldt niet voor
  /// nevenwerkzaamheden waardoor …", "Lid 1 is niet van toepassing als …", "Het voorgaande geldt
  /// niet …"): a pointer back first, then a negated `gelden` or "van toepassing".
  static func excepts(_ s: SentenceAnalysis) -> Bool {
    let w = s.wordText.split(separator: " ").prefix(7)
    guard let v = w.firstIndex(where: { $0 == "geldt" || $0 == "gelden" || $0 == "is" || $0 == "zijn" }), v > 0,
      w[..<v].contains(where: { Self.pointersBack.contains(String($0)) })
    else { return false }
    let rest = w[(v + 1)...]
    return rest.first == "niet" && (w[v].hasPrefix("g") || rest.dropFirst().starts(with: ["van", "toepassing"]))
  }
  static let pointersBack: Set<String> = ["dit", "dat", "lid", "voorgaande", "bovenstaande", "vorige", "bepaling"]
  /// Words that name a separate regulation in running text.
  static let regulationWords = [
    "regeling", "reglement", "protocol", "klokkenluidersregeling", "meldregeling", "procedure", "richtlijn", "beleidsregel",
    "handboek",
  ]
  static let regulationPhrases = PhraseList(regulationWords)
  /// What the limit of a freedom with a limit is about when the obligation names no
  /// `limitWords` (art. 10: the function and the public service).
  /// ("Je houdt je alleen in als je werk eronder lijdt": `werk` as a word of its own.)
  static let defaultLimitWords = ["functie", "functioner", "vervulling", "dienst", "werk "]
  /// Words with which a sentence points to a regulation ("… geldt de regeling").
  static let pointerPhrases = PhraseList([
    "geldt", "gelden", "van toepassing", "zie", "staat", "staan", "opgenomen", "volgens", "conform",
    // ("De Regeling melden vermoeden van een misstand … beschrijft hoe dat gaat".)
    "beschrijft", "beschreven", "regelt", "geregeld", "uitgewerkt",
  ])

  /// Whether a sentence points to a separate regulation for the rules ("voor het melden geldt de
  /// Regeling …", "zie het protocol").
  static func pointsToRegulation(_ s: SentenceAnalysis) -> Bool {
    namesRegulation(s) && s.mentions(pointerPhrases)
  }

  /// Whether a sentence names a regulation other than the code itself ("In deze regeling wordt
  /// verstaan onder:" is the code speaking of itself).
  /// ("Klokkenluidersregeling: in deze regeling staat …" names one: a second word of a regulation.)
  static func namesRegulation(_ s: SentenceAnalysis) -> Bool {
    guard s.mentions(regulationPhrases) else { return false }
    guard s.mentions(["deze", "dit"], within: 1, regulationWords) else { return true }
    let named = s.wordText.split(separator: " ").filter { w in
      regulationWords.contains { w.hasPrefix($0) || w.hasSuffix($0) }
    }
    return named.count > 1
  }

  func computeCoverage(_ obligations: [Obligation]) -> [CoverageEntry] {
    let meanings = self.meanings
    let outside = sentencesOutsideRules
    // `@regeling` lines outside rules: the code names a regulation, e.g. in an annex listing them.
    var looseRegulations = document.preamble.annotations.regulations + (document.closing?.annotations.regulations ?? [])
    for c in document.allChapters { looseRegulations += c.annotations.regulations }
    func place(of offset: Int) -> String {
      for c in document.chapters where c.range.start <= offset && offset < c.range.end {
        return c.number.map { "hoofdstuk \($0)" } ?? (c.title.isEmpty ? "hoofdstuk" : c.title)
      }
      if let closing = document.closing, closing.range.start <= offset { return "slot" }
      return "preambule"
    }
    // The obligations' topics as bits (the only topics asked about here), and what the coverage
    // asks of every sentence as bits, once per document: "on topic" is then one AND.
    var topicBits: [String: UInt64] = [:]
    for ob in obligations { for t in ob.topics where topicBits[t] == nil { topicBits[t] = 1 << UInt64(topicBits.count & 63) } }
    let masks = topicBits.count <= 64
    func mask(_ topics: [String]) -> UInt64 { masks ? topics.reduce(0) { $0 | (topicBits[$1] ?? 0) } : 0 }
    func facts(_ s: SentenceAnalysis) -> SentenceFacts {
      // A definition that states a norm of its own imposes it ("Goed ambtenaarschap betekent:" +
      // "je discrimineert niet").
      // So does a second main clause that is not negated ("…, dan bezit je die belangen niet, en meld
      // je je overige belangen bij de integriteitscoördinator").
      let modality =
        s.modality != .definitie
        // (A coordinated ban is negated by what makes it a ban: "…, en daarom neem je geen …
        // aan".)
        ? s.norms.reduce(Self.bit(s.modality)) {
          $1.role == .coordinate && (!$1.negated || $1.modality == .verbod) ? $0 | Self.bit($1.modality) : $0
        }
        : s.norms.reduce(Self.bit(s.modality)) { $1.role == .coordinate ? $0 | Self.bit($1.modality) : $0 }
      return SentenceFacts(modality: modality, question: s.question, noTopics: s.topics.isEmpty, topics: mask(s.topics))
    }
    let ruleMasks = meanings.map { mask($0.topics) }
    // A sentence that refers to one other rule of the code ("Team HRM registreert iedere opgave
    // op grond van artikel 4.2") is also about what that rule's sentences are about. (Not one that
    // lists several: "het aantal opgaven en meldingen op grond van de artikelen 4.2, 5.3 en 7.3"
    // sums up.)
    let ownMasks = meanings.map { m in m.sentences.reduce(mask(m.topics)) { $0 | mask($1.topics) } }
    var ruleByKey: [String: Int] = [:]
    for (r, m) in meanings.enumerated() where ruleByKey[m.article.key] == nil { ruleByKey[m.article.key] = r }
    let ruleFacts = meanings.map { m in
      m.allSentences.map { s in
        var f = facts(s)
        let referred = Set(s.references.compactMap(\.article))
        if referred.count == 1, let key = referred.first, let r = ruleByKey[key] { f.topics |= ownMasks[r] }
        return f
      }
    }
    // A rule outside the annexes without `@dekt` whose topics and sentences' topics are none of an
    // obligation's can do nothing for it: each step below asks for one of them first.
    let reach = meanings.indices.map { r in
      meanings[r].inAnnex || !meanings[r].article.annotations.covers.isEmpty
        ? UInt64.max : ruleFacts[r].reduce(ruleMasks[r]) { $0 | $1.topics }
    }
    let outsideFacts = outside.map(facts)
    // Whether a sentence names a regulation (`regulationWords`), and points to one for the rules
    // ("… geldt de regeling"), asked at most once per sentence: -1 not yet known.
    // (`repeatElement`: an allocation specialized for `Int8`, without a look-up in the runtime.)
    var namesRegulation = meanings.map { Array(repeatElement(Int8(-1), count: $0.allSentences.count)) }
    var pointsToRegulation = namesRegulation
    var outsidePointsToRegulation = [Int8](repeating: -1, count: outside.count)
    func known(_ flag: inout Int8, _ compute: () -> Bool) -> Bool {
      if flag < 0 { flag = compute() ? 1 : 0 }
      return flag == 1
    }
    func names(_ s: SentenceAnalysis) -> Bool { Self.namesRegulation(s) }
    func points(_ s: SentenceAnalysis) -> Bool { Self.pointsToRegulation(s) }
    return obligations.map { ob in
      if ob.implicit == true { return CoverageEntry(obligation: ob, status: .implicit, articles: [], regulations: []) }
      let id = ob.id.lowercased()
      let modalities = Set(ob.meaning?.modalities ?? ["gebod", "verbod", "meldplicht", "toestemming"])
      var modalityBits = 0
      for m in Modality.allCases where modalities.contains(m.rawValue) { modalityBits |= Self.bit(m) }
      // (A refusal of consent on the limit reads as a duty: `imposes` judges it.)
      let refusalBits = ob.meaning?.limitedPermission == true ? Self.bit(.gebod) : 0
      let words = ob.meaning?.words?.map(TextFold.fold)
      let notWords = ob.meaning?.notWords?.map(TextFold.fold)
      let rolesInCondition = ob.meaning?.rolesInCondition == true
      let underHeading = ob.meaning?.underHeading == true
      let limitWords = ob.meaning?.limitWords?.map(TextFold.fold)
      let obTopics = ob.topics
      let obMask = mask(obTopics)
      let mainOnly = ob.meaning?.mainTopicOnly ?? []
      let anywhere = mainOnly.isEmpty ? obTopics : obTopics.filter { !mainOnly.contains($0) }
      let anywhereMask = mainOnly.isEmpty ? obMask : mask(anywhere)
      /// Whether one of `topics` (with `topicMask`, when masks are used) is one of the obligation's
      /// (one of `mainTopicOnly` only as the first).
      func onTopic(_ topics: [String], _ topicMask: UInt64) -> Bool {
        (masks ? topicMask & anywhereMask != 0 : topics.contains { anywhere.contains($0) })
          || !mainOnly.isEmpty && topics.first.map(mainOnly.contains) == true
      }
      /// Whether a sentence imposes the obligation; `words` may stand in another sentence of the
      /// same rule ("… geldt een meldingsplicht. De functies die het betreft staan in de bijlage.").
      func imposes(
        _ s: SentenceAnalysis, _ f: SentenceFacts, ruleTopics: [String], _ ruleMask: UInt64, pointer: () -> Bool,
        ruleMentions: () -> Bool, next: SentenceAnalysis? = nil, headed: Bool = false
      ) -> Bool {
        // "De toestemming wordt geweigerd indien … de goede vervulling van de functie … niet in
        // redelijkheid zou zijn verzekerd": consent refused on the limit bounds a permission too.
        let refusal =
          ob.meaning?.limitedPermission == true && s.action == "weigeren" && s.conditional && !s.negated
          && s.mentions(Self.consentWord) && (limitWords.map { s.mentions($0) } ?? true)
        guard modalityBits & f.modality != 0 || refusal, !f.question else { return false }
        guard onTopic(s.topics, f.topics) || f.noTopics && onTopic(ruleTopics, ruleMask) || headed else { return false }
        if refusal { return !pointer() }
        // A waiver ("hoeft niet") imposes nothing, and a permission only with a report or
        // consent attached ("… mag je aannemen na toestemming van je leidinggevende").
        // A freedom with a limit (`limitedPermission`) is imposed by a bounded permission.
        // The limit may follow in the next sentence ("Je mag je mening geven. Je houdt daarbij
        // rekening met je functie."): a duty there that names what the limit is about.
        // (Or an exception on its own that follows: "Behalve als daardoor de goede vervulling van
        // je functie … niet meer … verzekerd is.")
        let limitInNext =
          next.map { n in
            (n.modality != .geen && n.modality != .toestemming || Self.exceptionOpenings.contains(where: n.wordText.hasPrefix)
              || Self.excepts(n))
              && !n.question && n.mentions(limitWords ?? Self.defaultLimitWords)
          } ?? false
        let bounded =
          ob.meaning?.limitedPermission == true
          && (s.conditional && (limitWords.map { s.mentions($0) } ?? true) || limitInNext)
        // "Een vermoeden kan de werknemer melden bij de vertrouwenspersoon": a permission to report
        // to someone named opens a route, as a duty to report there would.
        let route = ob.meaning?.reportingRoute == true && !s.reportTo.isEmpty
        // (Not when a second main clause imposes a duty: "Je hebt het recht om …, en …: je maakt
        // geen onderscheid …, en je discrimineert … niet".)
        let coordinateDuty =
          s.modality == .toestemming
          && s.norms.contains { n in
            n.role == .coordinate && (n.modality == .verbod || (n.modality == .gebod || n.modality == .meldplicht) && !n.negated)
          }
        // (Nor a permission only for something: "Je mag je bevoegdheden … alleen gebruiken voor je
        // werk" forbids every other use.)
        let onlyFor = s.modality == .toestemming && !s.negated && limitWords == nil && s.mentions(Self.onlyWords)
        if s.modality == .toestemming && !coordinateDuty && !onlyFor
          && (s.negated || limitWords != nil && !bounded
            || !s.requiresReportOrConsent && s.consentBy.isEmpty && !bounded && !route)
        {
          return false
        }
        // A duty of the employee binds the employee, not a vertrouwenspersoon or the municipality.
        // A role that decides whether you may ("je leidinggevende beslist of je het mag houden")
        // gives the consent an employee's duty asks, so its decision imposes that duty.
        let decidesConsent = s.addressee.map { s.consentBy.contains($0) } ?? false
        if ob.dutyHolder != "werkgever" && s.addressee != "medewerker" && s.addressee != nil && !decidesConsent {
          return false
        }
        // The obligation's own words, affirmed (not under a negation) here or in the rule.
        if let words, !s.affirms(words) && !ruleMentions() && !(rolesInCondition && Self.namesFunctionInCondition(s)) {
          return false
        }
        if let notWords, s.mentions(notWords) { return false }
        // "Voor het melden van misstanden geldt de regeling …": a pointer to a regulation.
        return !pointer()
      }
      /// Whether the rule says `@dekt` for the obligation (read in place: an `Article` is large to copy).
      func covers(_ m: RuleMeaning) -> Bool {
        m.article.annotations.covers.contains(where: {
          let v = $0.value.lowercased()
          return v == id || id.hasPrefix(v + "-")
        })
      }
      var direct: [Article] = []
      var directMeanings: [RuleMeaning] = []
      var annexes: [String] = []
      var viaRegulation: [(Article?, String, SourceRange)] = []
      for (r, m) in meanings.enumerated()
      where !masks || reach[r] & obMask != 0 || underHeading && !m.headingTopics.isEmpty {
        let ruleMask = ruleMasks[r]
        let headed = underHeading && m.headingTopics.contains { ob.topics.contains($0) }
        // Whether a sentence of the rule has the obligation's words, asked once per rule.
        var mentionsWords: Bool?
        func ruleMentions() -> Bool {
          if let mentionsWords { return mentionsWords }
          let found = words.map { w in m.allSentences.contains { $0.affirms(w) } } ?? false
          mentionsWords = found
          return found
        }
        func anyImposes() -> Bool {
          ruleFacts[r].indices.contains { k in
            let f = ruleFacts[r][k]
            // The first two tests of `imposes`, without touching the sentence.
            guard modalityBits & f.modality != 0 || refusalBits & f.modality != 0 && m.allSentences[k].action == "weigeren",
              !f.question,
              !masks || f.topics & obMask != 0 || f.noTopics && ruleMask & obMask != 0 || headed
            else { return false }
            let s = m.allSentences[k]
            return imposes(
              s, f, ruleTopics: m.topics, ruleMask, pointer: { known(&pointsToRegulation[r][k]) { points(s) } },
              ruleMentions: ruleMentions, next: k + 1 < m.sentences.count ? m.allSentences[k + 1] : nil,
              // (Only the binding text under the heading, not its explanation.)
              headed: headed && k < m.sentences.count)
          }
        }
        // An annex that quotes the law is not the code imposing the duty; `@dekt` there still counts.
        if m.inAnnex && !covers(m) {
          if let reg = m.article.annotations.regulations.first, onTopic(m.topics, ruleMask) {
            viaRegulation.append((m.article, reg.value, reg.range))
          } else if anyImposes() {
            let label = annexLabel(of: m.article.range.start)
            if !annexes.contains(label) { annexes.append(label) }
          }
          continue
        }
        // `@dekt AW17-4-1` covers the parts AW17-4-1-misbruik, -belangenverstrengeling, -discriminatie.
        if covers(m) {
          // Confirmed by the author: whole, whatever the words.
          direct.append(m.article)
          continue
        }
        let ruleOnTopic = onTopic(m.topics, ruleMask)
        if ruleOnTopic, let reg = m.article.annotations.regulations.first {
          viaRegulation.append((m.article, reg.value, reg.range))
          continue
        }
        // Confirmed annotations that say it.
        // (A freedom with a limit is not imposed by '@norm toestemming' alone: the limit is in the
        // text; nor is an employee's duty by '@norm bevoegdheid': only a consent-giver's decision,
        // read from the text, imposes it.)
        let annotated = modalities.subtracting(
          (limitWords == nil ? [] : ["toestemming"]) + (ob.dutyHolder == "ambtenaar" ? ["bevoegdheid"] : []))
        if m.topicsConfirmed && m.normsConfirmed && ruleOnTopic && !annotated.isDisjoint(with: m.norms.map(\.rawValue))
          && ob.meaning?.words == nil
        {
          direct.append(m.article)
          continue
        }
        if anyImposes() {
          direct.append(m.article)
          directMeanings.append(m)
          continue
        }
        // "De Regeling nevenwerkzaamheden is van toepassing": a regulation named in the text.
        if let k = m.allSentences.indices.first(where: { k in
          let s = m.allSentences[k]
          // A sentence with topics of its own must be on the obligation's (a definitions article
          // names regulations on many topics); one without is about the rule's.
          let onIt = onTopic(s.topics, ruleFacts[r][k].topics) || s.topics.isEmpty && ruleOnTopic
          return onIt && known(&namesRegulation[r][k]) { names(s) }
        }) {
          let s = m.allSentences[k]
          viaRegulation.append((m.article, m.article.annotations.regulations.first?.value ?? s.text, s.range))
        }
      }
      // So does one named in the code's own text outside its rules, on the obligation's topic
      // ("De Regeling melden vermoeden van een misstand … beschrijft hoe dat gaat").
      if viaRegulation.isEmpty, direct.isEmpty,
        let k = outside.indices.first(where: { k in
          onTopic(outside[k].topics, outsideFacts[k].topics) && known(&outsidePointsToRegulation[k]) { points(outside[k]) }
        })
      {
        viaRegulation.append((nil, outside[k].text, outside[k].range))
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
        where imposes(
          s, outsideFacts[k], ruleTopics: [], 0, pointer: { known(&outsidePointsToRegulation[k]) { points(s) } },
          ruleMentions: { false })
        {
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
          if !words.isEmpty && !directMeanings.contains(where: { $0.allSentences.contains { $0.mentions(words) } }) {
            return true
          }
          // "Verricht de medewerker tegen betaling werkzaamheden …, dan doet hij opgave": a duty
          // narrowed to less than the part, with the part named nowhere on the topic.
          // So is a definition of the topic narrowed the same way ("nevenwerkzaamheden: alle
          // werkzaamheden … waarvoor hij een beloning ontvangt").
          let definitionLimits = part.limitedInDefinitionBy?.map(TextFold.fold) ?? []
          if let limits = part.limitedBy?.map(TextFold.fold),
            directMeanings.contains(where: { m in
              m.allSentences.contains { s in
                (s.modality == .meldplicht || s.norms.contains { $0.modality == .meldplicht && !$0.negated })
                  && !s.negated && s.mentions(limits)
              }
            })
              || !definitionLimits.isEmpty
                && meanings.contains(where: { m in
                  m.allSentences.contains { s in
                    s.modality == .definitie && s.topics.contains(where: obTopics.contains) && s.mentions(definitionLimits)
                  }
                })
          {
            let restoring = ((part.restoredBy ?? []) + (part.waivedBy ?? [])).map(TextFold.fold)
            // (A sentence that names the part to leave it out restores nothing.)
            let named = meanings.contains { m in
              m.allSentences.contains { s in
                (s.topics.contains(where: obTopics.contains) || m.topics.contains(where: obTopics.contains))
                  // ("Onbetaalde nevenwerkzaamheden zijn niet uitgezonderd": an exception denied
                  // includes them.)
                  && (!s.negated && !s.mentions(Self.exempting) || Self.exceptionDenied(s)) && s.mentions(restoring)
              }
            }
            if !named { return true }
          }
          // "Opgave … is niet vereist voor nevenwerkzaamheden waarvoor de ambtenaar geen
          // vergoeding ontvangt": a waiver on the obligation's topic leaves the part out.
          guard let waived = part.waivedBy?.map(TextFold.fold) else { return false }
          return meanings.contains { m in
            m.topics.contains(where: obTopics.contains)
              && m.sentences.contains { s in
                s.negated
                  && (s.modality == .toestemming || s.modality == .meldplicht || s.modality == .gebod
                    || s.mentions(Self.exempting)
                    // "… klussen zonder vergoeding geef je niet door": not to report them.
                    || s.modality == .verbod && s.action.map(Self.reportingActions.contains) == true)
                  && !s.question && s.mentions(waived) && !Self.exceptionDenied(s)
                  // "… zonder enige band met uw functie: niet melden": the Act's own criterion.
                  && !s.mentions(Self.serviceInterest)
              }
          }
        }
        if !missingParts.isEmpty { status = .partial }
      }
      var entry = CoverageEntry(obligation: ob, status: status, articles: direct, regulations: viaRegulation, mentions: mentions)
      entry.missingParts = missingParts
      entry.annexes = annexes
      return entry
    }
  }

  /// Words by which a negated sentence exempts something from a duty ("vallen niet onder deze
  /// meldplicht", "is daarvan uitgezonderd", "geldt niet voor").
  static let exempting = PhraseList(["niet onder", "uitgezonderd", "niet van toepassing", "geldt niet", "gelden niet"])
  /// An exception denied: what it names is included ("zijn niet uitgezonderd", "niet vrijgesteld").
  static let notExcepted = PhraseList(["niet uitgezonderd", "niet vrijgesteld", "geen uitzondering"])
  /// Whether a sentence denies an exception: "zijn niet uitgezonderd", or "Geen nevenwerkzaamheid
  /// is van de melding … uitgezonderd op de grond dat zij onbetaald is" (none is exempted).
  /// Whether a conditional sentence opens with a copula, `werk` or a conjunction of condition and
  /// its subject, then names a role other than the reader's before its `dan` (or in its first
  /// twelve words): "Ben je gemeentesecretaris, …", "Als je inkoper bent, …".
  static func namesFunctionInCondition(_ s: SentenceAnalysis) -> Bool {
    guard s.conditional else { return false }
    let words = s.foldedWords
    let end = words.firstIndex(where: { $0 == "dan" }) ?? min(words.count, 12)
    guard end > 2, ["ben", "bent", "werk", "werkt", "als", "wanneer", "indien"].contains(words[0]),
      ["je", "u", "jij"].contains(words[1])
    else { return false }
    let lexicon = NormAnalyser.shared.lexicon
    return (2..<end).contains { k in lexicon.role(at: k, in: words).map { $0.id != "medewerker" } ?? false }
  }

  static func exceptionDenied(_ s: SentenceAnalysis) -> Bool {
    s.mentions(notExcepted) || s.wordText.hasPrefix(" geen ") && s.mentions(["uitgezonderd", "vrijgesteld"])
  }
  /// Words of the tie to the function or the service's interests that art. 8 lid 2 a asks about.
  static let serviceInterest = PhraseList(["band met", "verband met", "functie", "belangen van de"])
  /// Acts of reporting a waiver may deny ("geef je niet door").
  static let reportingActions: Set<String> = ["melden", "doorgeven", "opgeven", "aangeven", "aanmelden", "vermelden"]

  /// What the coverage asks of a sentence before anything else, as bits.
  struct SentenceFacts {
    /// `bit(modality)`.
    var modality: Int
    var question: Bool
    var noTopics: Bool
    /// The sentence's topics among the obligations' topics.
    var topics: UInt64
  }

  /// One bit per modality.
  static func bit(_ m: Modality) -> Int {
    switch m {
    case .gebod: return 1
    case .verbod: return 2
    case .toestemming: return 4
    case .meldplicht: return 8
    case .bevoegdheid: return 16
    case .definitie: return 32
    case .uitgangspunt: return 64
    case .geen: return 128
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
