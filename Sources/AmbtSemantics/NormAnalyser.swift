import AmbtModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a text stands in a code: a rule's binding text, an explanation, the preamble or the
/// closing. Plain present-tense sentences addressed to the reader bind in a rule; elsewhere they
/// more often describe.
public enum TextContext: String, Sendable {
  case rule, explanation, preamble, closing
  /// A rule's or chapter's title ("Niet toegestaan", "Verbod op nevenwerkzaamheden"): it names
  /// what the rule is about and binds no one, so it has topics, amounts and references but no norm.
  case heading
}

/// Reads the norms of Dutch text: for each sentence its modality with the scope of negation, the
/// clause that carries it, who is addressed, to whom one reports and whose consent counts, the
/// action, amounts, periods, time scope and references (docs/semantics.md).
///
/// Rule-based and deterministic: every word it knows comes from the lexicon files, so adding a
/// word or a construction is a data change plus a test.
public struct NormAnalyser: Sendable {
  public let lexicon: Lexicon

  /// Whether a folded word is one of the lexicon's (a verb form, a modal, a role, a topic term, …):
  /// two such words that differ by a letter are two words, not one misspelt
  /// ("verboden"/"verbonden").
  /// (A number in words counts: "vijfendertig" and "vijfenveertig" are two amounts.)
  public func knowsWord(_ folded: String) -> Bool {
    lexicon.table.lookup(folded) != nil || lexicon.table.spelling.numberWord(folded) != nil
  }

  public static let shared = NormAnalyser(lexicon: .shared)
  /// Prints the clauses of every sentence (debug builds, AMBT_DEBUG_CLAUSES=1).
  static let debugClauses = getenv("AMBT_DEBUG_CLAUSES") != nil

  /// Analyses already made by this analyser (`AnalysisCache`).
  let cache = AnalysisCache()

  public init(lexicon: Lexicon) { self.lexicon = lexicon }

  /// The sentences of `text` with their analysis. `base` is the source offset of `text`'s first
  /// byte (ranges then point into the file); `leadIn` is the sentence that introduces a list
  /// item, read together with it.
  public func analyse(_ text: String, base: Int = 0, leadIn: String? = nil, context: TextContext = .rule) -> [SentenceAnalysis] {
    analyse(text, base: base, prepared: leadIn.map(prepare(leadIn:)), context: context)
  }

  /// A list's lead-in read once for all its items (`analyse(_:base:prepared:context:)`).
  public struct PreparedLeadIn: Sendable {
    let lead: LeadIn
    /// The lead-in as written (what a cached analysis is known by).
    let text: String
    /// For a lead-in that says yes ("Wel:"), the reading of an item that reports or asks
    /// ("nevenwerk … doorgeven aan je leidinggevende"): a duty, not a permission.
    var dutyLead: LeadIn? = nil
  }

  /// `leadIn` tokenized and judged once, to be read with each item of its list. A lead-in that
  /// only says yes or no to what its items do ("Wel:", "Niet:", "Dit mag niet:") is read as the
  /// permission or ban it stands for, so that items written as infinitives ("nevenwerk doen,
  /// zolang …") read as norms.
  ///
  /// Such a label is judged on its own line too, when it closes a paragraph of other text
  /// ("… verricht jij niet.⏎Doen:"): the list's items answer the label, not the sentence before.
  public func prepare(leadIn: String) -> PreparedLeadIn {
    cache.lead(leadIn) { prepareAnew(leadIn: leadIn) }
  }

  /// `prepare(leadIn:)` without the store of lead-ins prepared before.
  func prepareAnew(leadIn: String) -> PreparedLeadIn {
    let kind = Self.judged(label: leadIn) ?? Self.judged(label: Self.lastSentence(leadIn))
    let yes = kind == .toestemming
    let reading: String =
      switch kind {
      case .toestemming?: "Je mag:"
      case .verbod?: "Je mag niet:"
      case .gebod?: "Je moet:"
      case .meldplicht?: "Je meldt:"
      default: leadIn
      }
    var lead = leadTokens(reading)
    // Under "Doen:" an item with a norm of its own ("Werk je in …, meld dan …", "… mag je
    // houden") is read alone; one without ("op tijd melden") is asked of the reader.
    // (So under "Meldingsplicht:": "verlies van uw pas, binnen een dag" is reported.)
    if kind == .gebod || kind == .meldplicht {
      lead.frames = true
      lead.duty = true
    }
    // (Not under a label that says the items are allowed, "Toegestaan:", "Dit mag:": a report there
    // is a way one may go, "Toegestaan: een vermoeden van een misstand melden, ook als …".)
    let key = Self.leadKey(Self.judged(label: leadIn) != nil ? leadIn : Self.lastSentence(leadIn))
    let explicit = key.contains("toegestaan") || key.split(separator: " ").contains("mag")
    return PreparedLeadIn(lead: lead, text: leadIn, dutyLead: yes && !explicit ? leadTokens("Je moet:") : nil)
  }

  /// What follows the last full stop, question or exclamation mark that ends a sentence in `text`.
  static func lastSentence(_ text: String) -> String {
    let u = Array(text.utf8)
    var i = u.count - 1
    while i > 0 {
      if u[i] == 0x20 || u[i] == 0x0A, u[i - 1] == 0x2E || u[i - 1] == 0x21 || u[i - 1] == 0x3F {
        return String(decoding: u[(i + 1)...], as: UTF8.self)
      }
      i -= 1
    }
    return text
  }

  /// A lead-in folded, without its colon, as the label sets hold it.
  static func leadKey(_ text: String) -> String {
    TextFold.fold(text).filter { $0 != ":" }.split(separator: " ").joined(separator: " ")
  }

  /// What `text` says of its items when it is a label lead-in ("Wel:", "Niet doen:"); nil for
  /// any other text. A text with more letters than the longest label is no label: it is not folded.
  static func judged(label text: String) -> Modality? {
    var letters = 0
    for b in text.utf8 where b != 0x20 && b != 0x3A && b != 0x09 && b != 0x0A {
      letters += 1
      if letters > longestLabel { return nil }
    }
    return judged(leadKey(text))
  }

  /// Three times the bytes other than spaces in the longest label: a letter written with an accent,
  /// even decomposed, takes at most three bytes where the folded letter takes one.
  static let longestLabel =
    3 * (yesLeadIns.union(noLeadIns).union(dutyLeadIns).union(reportLeadIns).map { $0.utf8.count { $0 != 0x20 } }.max() ?? 0)

  /// Whether `text` opens with a label and its colon ("Doe wel: …", "Niet toegestaan: …").
  static func opensWithLabel(_ text: String) -> Bool {
    guard let colon = text.utf8.prefix(longestLabel + 8).firstIndex(of: 0x3A) else { return false }
    return judged(label: String(text[..<colon])) != nil
  }

  /// What a label lead-in says of its items, if it is one.
  static func judged(_ key: String) -> Modality? {
    yesLeadIns.contains(key)
      ? .toestemming
      : noLeadIns.contains(key)
        ? .verbod : dutyLeadIns.contains(key) ? .gebod : reportLeadIns.contains(key) ? .meldplicht : nil
  }

  /// Acts an item under "Wel:" is permitted, whatever else its sentence reports.
  static let permittedActs = ["aannemen", "houden", "behouden", "accepteren", "ontvangen", "gebruiken", "doen"]
  /// Acts of asking advice or talking something over: under "Wel:" a way one may go, not a duty.
  static let consulting: Set<String> = ["vragen", "bespreken", "overleggen", "raadplegen", "inwinnen", "praten", "spreken"]

  /// Lead-ins that say yes or no to their items (folded, without the colon).
  static let yesLeadIns: Set<String> = [
    "wel", "wel doen", "dit mag wel", "wat mag wel", "dit mag", "wat mag", "wel toegestaan", "wat wel mag", "wat je wel mag",
    "dit mag je wel", "mag wel", "toegestaan",
  ]
  /// Lead-ins of a list of do's ("Doen:" beside "Niet doen:"): their items are asked of the reader.
  static let dutyLeadIns: Set<String> = [
    "doen", "te doen", "doe", "doe wel", "wat", "concreet", "in de praktijk", "concreet betekent dit",
    "in de praktijk betekent dit",
  ]
  /// Labels of a dialogue's parts ("Vraag: …", "Antwoord: …").
  /// (And the answers a dialogue gives before its colon: "Dat klopt: blijft de waarde …, dan …",
  /// "Toch wel: …"; the clause after the colon says the norm.)
  /// (And the question of what to do in a case told before: "Situatie: … / Wat doe je: niets";
  /// what follows the colon is read on its own. Not "Situatie:", whose case is a condition, nor
  /// "Bij wie:", whose words name the recipient of the line before.)
  static let dialogueLabels: Set<String> = [
    "vraag", "antwoord", "dat klopt", "klopt", "toch wel", "inderdaad", "ja", "nee", "wat doe je", "wat doe je dan",
    "wat moet je doen", "wat te doen", "wat doet u", "wat doet u dan",
  ]

  /// Words that number the steps of a procedure ("Stap 3: Sta je in bijlage 1, dan …"): with a
  /// number after them, a label that says nothing of what follows.
  static let stepWords: Set<Substring> = ["stap", "fase", "punt", "stadium", "onderdeel"]

  /// Whether a folded label is a step and its number ("stap 3", "fase ii").
  static func numberedStep(_ key: String) -> Bool {
    let parts = key.split(separator: " ")
    guard parts.count == 2, stepWords.contains(parts[0]), parts[1].count <= 4 else { return false }
    return parts[1].allSatisfy { $0.isASCII && ($0.isNumber || "ivx".contains($0)) }
  }

  /// Lead-ins that name a duty to report ("Meldingsplicht:", "Melden:"): their items are what
  /// the reader reports.
  static let reportLeadIns: Set<String> = [
    "meldingsplicht", "meldplicht", "melden", "te melden", "altijd melden", "wat meld je", "dit meld je", "meld altijd",
  ]
  static let noLeadIns: Set<String> = [
    "niet", "niet doen", "doe niet", "doe dit niet", "dit mag niet", "wat mag niet", "niet toegestaan", "dit doe je niet",
    "dit is niet toegestaan",
    "wat niet mag", "wat je niet mag", "dit mag je niet", "mag niet",
  ]

  /// `analyse(_:base:leadIn:context:)` with the lead-in prepared once for a whole list.
  public func analyse(_ text: String, base: Int = 0, prepared: PreparedLeadIn?, context: TextContext = .rule)
    -> [SentenceAnalysis]
  {
    let key = AnalysisCache.Key(text: text, leadIn: prepared?.text, context: context)
    if let known = cache.analyses(key, base: base) { return known }
    var found = read(text, base: base, lead: prepared?.lead, context: context)
    // An item under "Wel:" that is permitted to report is asked to.
    // (Whatever its verb: "aan de bel trekken zodra …" reports as the duty reading shows; each
    // sentence of the item on its own, so "… aannemen en zelf houden; een duurder geschenk meld
    // je …" keeps its permission.)
    if let duty = prepared?.dutyLead, found.contains(where: { $0.modality == .toestemming && !$0.negated }) {
      let asked = read(text, base: base, lead: duty, context: context)
      if asked.count == found.count {
        for i in found.indices
        where found[i].modality == .toestemming && !found[i].negated && asked[i].modality == .meldplicht
          && !(asked[i].action.map(Self.consulting.contains) ?? false)
          && (found[i].action.map(lexicon.reportingVerbs.contains) == true || !found[i].mentions(Self.permittedActs))
        {
          found[i] = asked[i]
        }
      }
    }
    cache.store(key, base: base, found)
    return found
  }

  /// `analyse(_:base:prepared:context:)` without the cache.
  func read(_ text: String, base: Int, lead: LeadIn?, context: TextContext) -> [SentenceAnalysis] {
    let folded = FoldedText(text, base: base)
    let source = Array(text.utf8)
    let tokens = Tokenizer.tokens(folded, source: source, base: base, lexicon: lexicon)
    let ranges = Tokenizer.sentences(tokens)
    return ranges.enumerated().flatMap { n, r -> [SentenceAnalysis] in
      let sentence = Array(tokens[r])
      let afterQuestion = n > 0 && Self.asksYesOrNo(tokens[ranges[n - 1]])
      let start = sentence.first?.start ?? 0
      let end = sentence.last?.end ?? 0
      let range = folded.sourceRange(start..<end)
      let written = String(decoding: source[(range.start - base)..<(range.end - base)], as: UTF8.self)
      // "- Niet: deelname aan aannemingen … zonder toestemming", "- Wat: melden dat je …": a
      // sentence that opens with a label of its own is read under that label, not under the
      // list's lead-in ("- … voor uw eigen voordeel. Doe wel: draag zo'n zaak over …").
      if let labelled = readLabelled(written, range: range, context: context) { return labelled }
      // (Under a lead-in that unfolds the sentence before, "Dat betekent:", only an item's first
      // sentence goes on from it: "…; voor collega's die er niet aan werken geldt dit niet".)
      return [
        analyseSentence(
          sentence, bytes: folded.bytes, leadIn: n > 0 && lead?.unfolds == true ? nil : lead, text: written, range: range,
          context: context,
          afterQuestion: afterQuestion
        ) {
          a, b in
          let rr = folded.sourceRange(sentence[a].start..<sentence[b - 1].end)
          return (String(decoding: source[(rr.start - base)..<(rr.end - base)], as: UTF8.self), rr)
        }
      ]
    }
  }

  /// A sentence that opens with a label and its colon ("Niet: …", "Wel: …", "Wat: …") read as
  /// the label's list would read it as an item; nil for any other sentence.
  func readLabelled(_ written: String, range: SourceRange, context: TextContext) -> [SentenceAnalysis]? {
    let u = written.utf8
    guard let colon = u.prefix(Self.longestLabel + 8).firstIndex(of: 0x3A) else { return nil }
    // ("Antwoord: Ja, wat niet meer dan … waard is, mag je houden …": a label that names the
    // part of a dialogue says nothing of what follows; the rest is read on its own.)
    let key = Self.leadKey(String(written[..<colon]))
    let neutral = Self.dialogueLabels.contains(key) || Self.numberedStep(key)
    guard neutral || Self.judged(label: String(written[..<colon])) != nil else { return nil }
    var from = u.index(after: colon)
    while from < u.endIndex, u[from] == 0x20 || u[from] == 0x09 { from = u.index(after: from) }
    guard from < u.endIndex else { return nil }
    let rest = String(written[from...])
    let base = range.start + u.distance(from: u.startIndex, to: from)
    let found = analyse(rest, base: base, prepared: neutral ? nil : prepare(leadIn: String(written[...colon])), context: context)
    return found.map { $0.retold(written, range: range) }
  }

  /// One sentence (the whole of `text`, not split further), as the corpus gives them.
  public func analyseSentence(_ text: String, leadIn: String? = nil, context: TextContext = .rule) -> SentenceAnalysis {
    let folded = FoldedText(text)
    let source = Array(text.utf8)
    let tokens = Tokenizer.tokens(folded, source: source, base: 0, lexicon: lexicon)
    let lead = leadIn.map(leadTokens)
    return analyseSentence(
      tokens, bytes: folded.bytes, leadIn: lead, text: text, range: SourceRange(start: 0, end: source.count), context: context
    ) { a, b in
      let rr = folded.sourceRange(tokens[a].start..<tokens[b - 1].end)
      return (String(decoding: source[rr.start..<rr.end], as: UTF8.self), rr)
    }
  }

  /// The tokens of a list's lead-in: of its last sentence only ("Het college wijst de functies
  /// aan. Werk je in zo'n functie, dan:"), since an earlier one has its own subject; with the
  /// one before when the last is a word or two ("Werk je in zo'n functie? Dan:").
  /// The earlier sentences (`earlier`) still say what the items are about: their words count
  /// for the topics.
  func leadTokens(_ l: String) -> LeadIn {
    let f = FoldedText(l)
    let tokens = Tokenizer.tokens(f, source: Array(l.utf8), base: 0, lexicon: lexicon)
    let sentences = Tokenizer.sentences(tokens)
    guard sentences.count > 1, let last = sentences.last else {
      let framing = frames(tokens, f.bytes)
      var lead = LeadIn(tokens: tokens, bytes: f.bytes, earlier: [], frames: framing.only, asks: framing.asks)
      lead.condition = conditionOpened(lead)
      lead.unfolds = unfolds(tokens, f.bytes)
      return lead
    }
    let start = last.count <= 3 ? sentences[sentences.count - 2].lowerBound : last.lowerBound
    let own = Array(tokens[start...])
    let framing = frames(own, f.bytes)
    // ("Ook als ambtenaar mag je je mening geven. Dat betekent:": a short last sentence that only
    // unfolds the one before frames the items: one with a norm of its own is read alone, one that
    // goes on with a dat-clause with both sentences.)
    let unfolding = unfolds(Array(tokens[last]), f.bytes)
    var lead = LeadIn(
      tokens: own, bytes: f.bytes, earlier: Array(tokens[..<start]), frames: framing.only || unfolding, asks: framing.asks)
    lead.condition = conditionOpened(lead)
    lead.unfolds = unfolding
    return lead
  }

  /// Whether a lead-in only frames its items and binds no one by itself (`only`: "Voor uitingen in
  /// het openbaar geldt:", "Daarbij geldt het volgende:", "Hiervoor gelden de volgende regels:"),
  /// or asks what its items say (`asks`: "Wel vragen we het volgende van je:"). An item with a
  /// norm of its own ("politieke uitspraken: u doet ze niet") is then read alone; under a lead-in
  /// that asks, only a ban is (asking to refrain is a ban: "… zie je af").
  func frames(_ tokens: [Token], _ bytes: [UInt8]) -> (only: Bool, asks: Bool) {
    let words = SentenceWords(tokens, bytes: bytes)
    let reader = ClauseReader(table: lexicon.table, words: words)
    var indices = Array(tokens.indices).filter { tokens[$0].kind != .punctuation }
    guard !indices.isEmpty else { return (false, false) }
    // "Word je iets aangeboden, dan geldt het volgende:": the main clause after a condition frames.
    let clauses = ClauseSplitter(table: lexicon.table, words: words).split()
    if clauses.contains(where: { $0.kind == .condition }), let main = clauses.first(where: { $0.kind == .main }) {
      indices = main.indices.filter { tokens[$0].kind != .punctuation }
    }
    let d = reader.decide(indices, context: .rule, question: false)
    return (
      d.modality == .geen || d.action == "gelden" && !d.negated || unfolds(tokens, bytes), d.modality == .gebod && !d.negated
    )
  }

  /// Whether a lead-in only says that its items unfold the sentence before ("Dat betekent:", "Dit
  /// houdt in:", "Concreet betekent dit:"): a demonstrative defined by what follows, in at most
  /// four words. Each item is then read alone.
  func unfolds(_ tokens: [Token], _ bytes: [UInt8]) -> Bool {
    let words = SentenceWords(tokens, bytes: bytes)
    let indices = Array(tokens.indices).filter { tokens[$0].kind != .punctuation }
    guard !indices.isEmpty, indices.count <= 4, indices.contains(where: { words.ids[$0] == .dat || words.ids[$0] == .dit })
    else { return false }
    let reader = ClauseReader(table: lexicon.table, words: words)
    return reader.decide(indices, context: .rule, question: false).modality == .definitie
  }

  /// Whether a lead-in ends in a condition still without its verb ("… sprake wanneer de
  /// nevenwerkzaamheid:"): its items complete it.
  /// The index in the lead-in's tokens of the conjunction that opens it, or nil.
  func conditionOpened(_ lead: LeadIn) -> Int? {
    let t = lead.tokens
    if let c = casesAnnounced(lead) { return c }
    guard
      let c = t.indices.last(where: { k in
        t[k].kind == .word
          && lexicon.condition.contains { $0.count == 1 && $0[0].utf8.elementsEqual(lead.bytes[t[k].start..<t[k].end]) }
      }), t[(c + 1)...].contains(where: { $0.kind == .word })
    else { return nil }
    // (A plural verb has the infinitive's form: "Als vuistregels … gelden:" is closed.)
    let open = t[(c + 1)...].allSatisfy { $0.info.flags.isDisjoint(with: [.finite, .finiteLike, .infinitive]) }
    return open ? c : nil
  }

  /// Where a lead-in that announces its items as cases or conditions begins them ("Je doet opgave
  /// … in één van de volgende gevallen:", "… onder de volgende voorwaarden:", "… als aan alle
  /// volgende voorwaarden is voldaan:"): the preposition or conjunction before "volgende"; nil for
  /// another lead-in. What the items say is a case of the lead-in's norm, never a norm of their own.
  func casesAnnounced(_ lead: LeadIn) -> Int? {
    let t = lead.tokens
    let words = t.indices.filter { t[$0].kind == .word }
    func spelling(_ k: Int) -> String { String(decoding: lead.bytes[t[k].start..<t[k].end], as: UTF8.self) }
    guard let last = words.last else { return nil }
    // (The noun last, or "… voorwaarden is voldaan".)
    var noun = words.count - 1
    if spelling(last) == "voldaan", words.count >= 3, ["is", "wordt"].contains(spelling(words[words.count - 2])) {
      noun = words.count - 3
    }
    guard noun >= 1, Self.announcedCases.contains(spelling(words[noun])),
      ["volgende", "onderstaande", "navolgende"].contains(spelling(words[noun - 1]))
    else { return nil }
    // The word that opens the phrase, at most five words before "volgende" ("in één van de",
    // "als aan alle"). (`RolesReader.followingAnnounced` reads the same phrase over a sentence's
    // word ids, after a preposition it has found; this one reads a lead-in's tokens from its end.)
    return words[max(0, noun - 6)..<(noun - 1)].last {
      ["in", "onder", "bij", "als", "indien", "wanneer"].contains(spelling($0))
    }
  }
  static let announcedCases: Set<String> = ["gevallen", "situaties", "omstandigheden", "voorwaarden"]

  /// A list's lead-in, tokenized: the sentence read with each item, and the ones before it.
  /// The kinds of norm that bind someone to act or not (a second norm of a sentence is one of them).
  static let actingKinds: Set<Modality> = [.gebod, .verbod, .toestemming, .meldplicht]

  struct LeadIn: Sendable {
    var tokens: [Token]
    var bytes: [UInt8]
    var earlier: [Token]
    /// The lead-in only frames its items, or asks what they say (`NormAnalyser.frames`).
    var frames: Bool
    var asks = false
    /// A label that asks its items of the reader ("Doen:", "Concreet:"): an item read alone as a
    /// duty ("onbetaald werk … opgeven", `werk` taken for an imperative) keeps the label.
    var duty = false
    /// Where a condition the lead-in leaves open begins (`conditionOpened`), found once.
    var condition: Int? = nil
    /// The lead-in only unfolds the sentence before ("Dat betekent:"): an item that goes on
    /// with its dat-clause ("dat je … opgeeft") is read with it, others alone.
    var unfolds = false
  }

  /// Whether a list item under a framing lead-in carries a norm of its own, with its own
  /// subject ("politieke uitspraken: u doet ze niet"), so that it is read without the lead-in.
  func ownNorm(_ tokens: [Token], bytes: [UInt8], context: TextContext) -> Bool {
    ownDecision(tokens, bytes: bytes, context: context) != nil
  }

  /// The norm a list item carries by itself, with its own subject, read without its lead-in.
  func ownDecision(_ tokens: [Token], bytes: [UInt8], context: TextContext) -> (norm: Norm, subject: String)? {
    let words = SentenceWords(tokens, bytes: bytes)
    let clauses = ClauseSplitter(table: lexicon.table, words: words).split()
    guard let main = clauses.first(where: { $0.kind == .main }) else { return nil }
    let reading = ClauseReader(table: lexicon.table, words: words)
    let complement = clauses.first {
      ($0.kind == .complement || $0.kind == .infinitive) && $0.indices.first! > main.indices.first!
    }
    let p = reading.primary(main: main, complement: complement, context: context, question: false)
    guard p.modality != .geen, let subject = p.subject else { return nil }
    return (
      Norm(modality: p.modality, negated: p.negated, role: .coordinate, action: p.action, reportTo: [], consentBy: []), subject
    )
  }

  /// Words after which `uit` is the verb uiten ("je uit je mening").
  static let pronounsBeforeUit: WordSet = [.je, .jij, .u, .hij, .zij, .ze, .we, .wij, .men]
  static let pronounsAfterUit: WordSet = [.je, .u, .jij]
  static let reflexives: WordSet = [.je, .zich, .u]
  /// Subjects of a plural present (`we`, `wij`, `ze`, `zij`), and the words after which an
  /// infinitive's form stays an infinitive or a noun.
  static let pluralSubjects: WordSet = [.we, .wij, .ze, .zij]
  /// Being called to account, a consequence beside the words of `sanctions`.
  static let calledToAccount: [[UInt8]] = [Array("aangesproken".utf8)]
  /// Labels of a described case ("Situatie:", "Casus:").
  static let caseLabels: [[UInt8]] = ["situatie", "casus", "praktijkvoorbeeld", "praktijksituatie", "dilemma"].map {
    Array($0.utf8)
  }
  /// Whether word `k` is a plural noun of the staff ("medewerkers", "ambtenaren", "werknemers").
  static func pluralStaff(_ words: SentenceWords, _ k: Int) -> Bool {
    guard words.flags(k).contains(.employee) else { return false }
    let w = words.spelling(k)
    return w.hasSuffix("s") || w.hasSuffix("en")
  }
  /// Verbs of entering something in a record ("registreren", "vastleggen"), as lemmas: the
  /// reader's own list, for the rules that ask whether a report is only a record.
  public static let recordingVerbs = ClauseReader.recordingVerbs
  static let notBeforeFinite: WordSet = [.te, .het, .van, .om, .de, .een, .dit, .dat, .deze, .die]

  // MARK: The sentence

  func analyseSentence(
    _ tokens: [Token], bytes: [UInt8], leadIn lead: LeadIn?, text: String, range: SourceRange,
    context: TextContext, afterQuestion: Bool = false, place: (Int, Int) -> (String, SourceRange)
  ) -> SentenceAnalysis {
    let quantities = QuantityReader(table: lexicon.table)
    let amounts = quantities.amounts(tokens, place)
    var periods = quantities.periods(tokens, place)
    let references = TextReferences(table: lexicon.table).find(tokens, bytes, place)
    // A list item is read with its lead-in: "Je meldt bij je leidinggevende:" + "nevenwerk";
    // under a lead-in that only frames, an item with a norm of its own is read alone, and the
    // lead-in's words still give its topics.
    // (Not under a lead-in whose condition the item completes: "… sprake wanneer de
    // nevenwerkzaamheid:" + "zodanig van omvang is dat de werknemer … niet meer … kan vervullen".)
    var lead = lead
    if let l = lead, !l.tokens.isEmpty,
      l.frames && !(l.unfolds && tokens.first.map { $0.id == .dat } == true)
        && (l.duty
          ? ownDecision(tokens, bytes: bytes, context: context).map { $0.norm.modality != .gebod } ?? false
          : ownNorm(tokens, bytes: bytes, context: context))
        || l.asks && ownDecision(tokens, bytes: bytes, context: context)?.norm.modality == .verbod,
      l.condition == nil
    {
      lead = LeadIn(tokens: [], bytes: l.bytes, earlier: l.earlier + l.tokens, frames: true)
    }
    let leadIn = lead?.tokens
    var words =
      if let lead, !lead.tokens.isEmpty {
        SentenceWords(lead: lead.tokens.filter { $0.id != .colon }, leadBytes: lead.bytes, tokens, bytes: bytes)
      } else {
        SentenceWords(tokens, bytes: bytes)
      }
    // ", te weten ten hoogste € 40,": `te weten` after a comma means "namely", no verb; so does
    // ", waaronder te verstaan geschenken met …".
    for k in words.indices where words.ids[k] == .te && k > 0 && k + 1 < words.count {
      let namely =
        words.ids[k - 1] == .comma && words.ids[k + 1] == .weten
        || words.ids[k - 1] == .waaronder && words.ids[k + 1] == .verstaan
      guard namely else { continue }
      for m in (words.ids[k - 1] == .waaronder ? k - 1 : k)...(k + 1) {
        words.ids[m] = RuleWord.unknown.rawValue
        words.infos[m] = WordInfo()
      }
    }
    // ", gelet op hun voorbeeldfunctie,": a ground between commas, no verb; the commas around it
    // separate no clauses.
    // (Only right after a main clause's finite verb, "wordt, gelet op …, verwacht"; in a
    // verb-final clause the aside is read as one before the verb.)
    for k in words.indices
    where k > 1 && k + 2 < words.count && words.ids[k - 1] == .comma && words.ids[k + 1] == .op
      && words.kinds[k] == .word && words.spelling(k) == "gelet"
      && !words.infos[k - 2].flags.isDisjoint(with: [.finite, .finiteLike])
    {
      guard let close = (k + 2..<words.count).first(where: { words.ids[$0] == .comma }), close - k <= 8 else { continue }
      for m in [k - 1, k, close] {
        words.ids[m] = RuleWord.unknown.rawValue
        words.infos[m] = WordInfo()
      }
    }
    // "op grond van artikel 5, eerste lid, onder d, van de Ambtenarenwet": the commas of a
    // citation separate no clauses.
    for k in words.indices where words.ids[k] == .comma {
      let ordinalLid =
        k + 2 < words.count && words.kinds[k + 1] == .word && TextReference.lidOrdinals[words.spelling(k + 1)] != nil
        && words.ids[k + 2] == .lid
      let lidOnder = k > 0 && words.ids[k - 1] == .lid && k + 1 < words.count && words.ids[k + 1] == .onder
      let onderVan = k > 1 && words.ids[k - 2] == .onder && k + 1 < words.count && words.ids[k + 1] == .van
      if ordinalLid || lidOnder || onderVan {
        words.ids[k] = RuleWord.unknown.rawValue
        words.infos[k] = WordInfo()
      }
    }
    // "betaald of onbetaald", "bezoldigd en onbezoldigd", "betaald noch onbetaald", "zowel betaald
    // als onbetaald": a participle beside its negation is an adjective pair, no verb (and its
    // `noch` or `als` neither negates nor opens a condition).
    for k in words.indices where k + 2 < words.count {
      let joiner = words.ids[k + 1]
      let pairing = joiner == .noch || joiner == .als
      guard joiner == .of || joiner == .en || pairing, words.kinds[k] == .word, words.kinds[k + 2] == .word,
        words.flags(k).contains(.participle), words.spelling(k + 2) == "on" + words.spelling(k)
      else { continue }
      for m in pairing ? [k, k + 1, k + 2] : [k, k + 2] {
        words.ids[m] = RuleWord.unknown.rawValue
        words.infos[m] = WordInfo()
      }
    }
    // ", waaronder begrepen: …", "daaronder begrepen": "including", no verb (and no definition:
    // "… doet de ambtenaar in het openbaar, daaronder begrepen sociale media, in het geheel niet").
    for k in words.indices where k > 0 && words.kinds[k] == .word && words.spelling(k) == "begrepen" {
      let before = words.ids[k - 1] == .waaronder ? "waaronder" : words.spelling(k - 1)
      guard ["waaronder", "daaronder", "hieronder", "mede"].contains(before) else { continue }
      for m in before == "mede" ? [k] : [k - 1, k] {
        words.ids[m] = RuleWord.unknown.rawValue
        words.infos[m] = WordInfo()
      }
    }
    // "(zoals inkoper, grondzaken of financiën)": the commas of a list of examples in brackets
    // separate no clauses.
    var inBrackets = false
    for k in words.indices {
      if words.ids[k] == .openParen {
        inBrackets = k + 1 < words.count && (words.ids[k + 1] == .zoals || words.ids[k + 1] == .bijvoorbeeld)
      } else if words.ids[k] == .closeParen {
        inBrackets = false
      }
      if inBrackets && words.ids[k] == .comma {
        words.ids[k] = RuleWord.unknown.rawValue
        words.infos[k] = WordInfo()
      }
    }
    // "…, en niet pas als iemand ernaar vraagt": a time it does not wait for, after a comma; its
    // `niet` does not negate the sentence's norm.
    for k in words.indices where words.ids[k] == .comma {
      var j = k + 1
      if j < words.count && words.ids[j] == .en { j += 1 }
      guard j + 1 < words.count, words.ids[j] == .niet, words.ids[j + 1] == .pas else { continue }
      words.ids[j] = RuleWord.unknown.rawValue
      words.infos[j] = WordInfo()
    }
    // "je uit je mening": after a subject pronoun, `uit` is the verb uiten (elsewhere a particle).
    for k in words.indices where words.ids[k] == .uit {
      let before = k > 0 ? words.ids[k - 1] : RuleWord.unknown.rawValue
      let after = k + 1 < words.count ? words.ids[k + 1] : RuleWord.unknown.rawValue
      // ("Daarom uit je je niet over …": before a subject and a reflexive pronoun, too.)
      let reflexive = k + 2 < words.count && Self.reflexives.contains(words.ids[k + 2])
      // (Not "nadat u uit dienst bent gegaan": out of service.)
      if after != RuleWord.dienst.rawValue,
        Self.pronounsBeforeUit.contains(before) || (k == 0 || reflexive) && Self.pronounsAfterUit.contains(after)
      {
        words.ids[k] = RuleWord.uitVerb.rawValue
        words.infos[k] = lexicon.table.infos[Int(RuleWord.uitVerb.rawValue)]
      }
    }
    // "Geld neem je nooit aan": a first word before a finite verb and its inverted subject is the
    // fronted object, not a verb (`geld` is also a form of gelden).
    if words.count > 2, words.flags(0).contains(.verb), words.flags(1).contains(.finite),
      ClauseSplitter.invertedSubjects.contains(words.ids[2])
    {
      words.infos[0].verbEnd = words.infos[0].verbStart
      words.infos[0].flags.subtract([.verb, .finite, .infinitive, .participle, .finiteLike])
    }
    // "Met dit beleid voorkomen we misbruik": a plural present has the infinitive's form, and
    // before an inverted plural subject it is the finite verb (not "te voorkomen", "het voorkomen").
    // (So before a plural noun of the staff: "Zonder … toestemming aanvaarden medewerkers geen …".)
    for k in words.indices.dropFirst()
    where k + 1 < words.count
      && (Self.pluralSubjects.contains(words.ids[k + 1]) || Self.pluralStaff(words, k + 1) && k >= 2)
    {
      let info = words.infos[k]
      guard !info.flags.contains(.finite), info.flags.contains(.infinitive), !info.flags.contains(.modal),
        !Self.notBeforeFinite.contains(words.ids[k - 1])
      else { continue }
      words.infos[k].flags.insert(.finite)
    }
    let question =
      tokens.last?.id == RuleWord.questionMark.rawValue
      || (leadIn?.last?.id == RuleWord.questionMark.rawValue && tokens.last?.id != RuleWord.period.rawValue)
    // The words as the clause, role and report readers see them: a report or consent that
    // `zonder` waives in a sentence without negation names no recipient and asks nothing.
    let topicWords =
      if let lead, !lead.earlier.isEmpty {
        SentenceWords(lead: (lead.earlier + lead.tokens).filter { $0.id != .colon }, leadBytes: lead.bytes, tokens, bytes: bytes)
      } else {
        words
      }
    if words.ids.contains(RuleWord.zonder.rawValue) { maskWaived(&words) }
    let clauses = ClauseSplitter(table: lexicon.table, words: words).split()
    let reading = ClauseReader(table: lexicon.table, words: words)
    #if DEBUG
      if NormAnalyser.debugClauses {
        print("CLAUSES", clauses.map { "\($0.kind): " + $0.indices.map { words.spelling($0) }.joined(separator: " ") })
      }
    #endif

    var norms: [Norm] = []
    var primary: (modality: Modality, negated: Bool, action: String?, subject: String?, place: ClausePlace)?
    let mains = clauses.filter { $0.kind == .main }
    // The main clause, or the complement of a frame ("we verwachten dat …").
    if let main = mains.first, let first = clauses.first, first.kind == .complement, first.indices.first == 0,
      words.ids[0] == .dat, reading.denies(main.indices)
    {
      // "Dat onbetaald werk niet hoeft te worden opgegeven, is een misverstand": denied.
      primary = reading.denial(of: first, context: context, question: question)
    } else if let main = mains.first, reading.deniesExistence(main.indices),
      let relative = clauses.first(where: { $0.kind == .relative && $0.indices.first! > main.indices.first! }),
      case let content = reading.decide(relative.indices, context: context, question: question, framed: true),
      content.negated || content.modality == .toestemming
    {
      // "Er is geen nevenwerkzaamheid die je niet hoeft te melden": every one must be; "Er is
      // geen geschenk dat je mag houden": none may be.
      primary =
        content.negated
        ? reading.denial(of: relative, context: context, question: question)
        : (.verbod, true, content.action, content.subject ?? "medewerker", .sub)
    } else if let main = mains.first ?? clauses.first(where: { $0.kind == .coordinate }) {
      let complement = clauses.first {
        ($0.kind == .complement || $0.kind == .infinitive) && $0.indices.first! > main.indices.first!
      }
      primary = reading.primary(main: main, complement: complement, context: context, question: question)
      // "Medewerkers zijn geen lid van een partij, om te voorkomen dat …": an `om te` clause after
      // a comma gives the purpose of a main clause that reads as a norm of its own, not its act.
      if let c = complement, c.kind == .infinitive, let k = c.indices.first, k > 0, words.ids[k - 1] == .comma,
        words.ids[k] == .om, let first = main.indices.first, words.ids[first] != .het
      {
        let alone = reading.primary(main: main, complement: nil, context: context, question: question)
        if alone.modality != .geen { primary = alone }
      }
    } else if let only = clauses.first(where: { $0.kind == .complement || $0.kind == .infinitive || $0.kind == .relative }) {
      // A fragment that is all subordinate ("dat je vriendelijk bent"): its content.
      let d = reading.decide(only.indices, context: context, question: question)
      primary = (d.modality, d.negated, d.action, d.subject, .sub)
    }
    var p = primary ?? (.geen, false, nil, nil, .main)
    // "Wie … deelneemt aan een levering …, riskeert ontslag", "Wie discrimineert, wordt daarop
    // aangesproken": a free relative clause first and a consequence in the main clause forbid what
    // the relative clause names; "…, krijgt daar nooit een verwijt over" allows it.
    if let first = clauses.first, first.kind == .relative, first.indices.first == 0, words.ids[0] == .wie,
      let main = mains.first,
      reading.has(main.indices, .sanction) || main.indices.contains(where: { words.spelled($0, oneOf: Self.calledToAccount) })
    {
      let named = reading.decide(first.indices, context: context, question: question, framed: true)
      let consequence = reading.decide(main.indices, context: context, question: question)
      let denied = consequence.negated || reading.has(main.indices, .negator) && consequence.modality == .geen
      // (Not a consequence another role brings about, its own duty: "…, wordt daarop aangesproken
      // door de leidinggevende". What is sanctioned when not done is a duty: "Wie zich niet houdt
      // aan …, riskeert …".)
      if consequence.subject == nil || consequence.subject == "medewerker" || consequence.subject == "werkgever" {
        p =
          denied
          ? (.toestemming, false, named.action, "medewerker", .sub)
          : named.negated ? (.gebod, false, named.action, "medewerker", .sub) : (.verbod, true, named.action, "medewerker", .sub)
      }
    }
    // "Het antwoord is nee: hij draagt het dossier over": a main clause that binds no one before a
    // colon leaves the norm to the clause after it.
    // (So does "Een algemeen verbod kennen we niet: … mag je …": what the rules do not have, said
    // before what they allow.)
    if p.modality == .geen || p.action == "kennen", !mains.isEmpty,
      let n = clauses.firstIndex(where: { c in
        c.kind == .coordinate && c.indices[0] > 0 && words.ids[c.indices[0] - 1] == .colon
      })
    {
      let next = n + 1 < clauses.count ? clauses[n + 1] : nil
      let framed = next.flatMap { ($0.kind == .complement || $0.kind == .infinitive) ? $0 : nil }
      let after = reading.primary(main: clauses[n], complement: framed, context: context, question: question)
      if after.modality != .geen { p = after }
    }
    // "Dat je bij de gemeente werkt, betekent niet dat je geen mening mag hebben": a denied
    // meaning denies what its last dat-clause says.
    if p.modality == .definitie && p.negated, let main = mains.first,
      let content = clauses.last(where: { $0.kind == .complement && $0.indices.first! > main.indices.first! })
    {
      let denied = reading.denial(of: content, context: context, question: question)
      if denied.modality != .geen { p = denied }
    }
    if context == .heading { p = (.geen, false, nil, nil, .main) }
    // "Situatie: Je bent taxateur en …", "Casus: …": a case described under a label binds no one
    // (the rule for it follows under its own label).
    if words.count > 1, words.ids[1] == .colon, words.spelled(0, oneOf: Self.caseLabels) {
      p = (.geen, false, nil, nil, .main)
    }
    // A list item that gives an example ("Bijvoorbeeld als je …", "Denk aan …") binds no one,
    // whatever its lead-in says.
    if let lead, !lead.tokens.isEmpty, let first = tokens.first(where: { $0.kind != .punctuation }) {
      let second = tokens.dropFirst().first(where: { $0.kind != .punctuation })
      if first.id == RuleWord.bijvoorbeeld.rawValue || first.id == RuleWord.denk.rawValue && second?.id == RuleWord.aan.rawValue {
        p = (.geen, false, nil, nil, .main)
      }
    }
    // (So does an item under a lead-in that only announces examples: "Dat is bijvoorbeeld zo
    // bij:".)
    if let lead, p.modality != .geen,
      lead.tokens.contains(where: { $0.id == RuleWord.bijvoorbeeld.rawValue })
        || lead.earlier.contains(where: { $0.id == RuleWord.bijvoorbeeld.rawValue })
    {
      let all = lead.earlier + lead.tokens
      let own = Array(all[((all.lastIndex(where: { $0.id == RuleWord.period.rawValue }) ?? -1) + 1)...])
      if own.contains(where: { $0.id == RuleWord.bijvoorbeeld.rawValue }) {
        let leadReader = ClauseReader(table: lexicon.table, words: SentenceWords(own, bytes: lead.bytes))
        let indices = own.indices.filter { own[$0].kind != .punctuation }
        if leadReader.decide(indices, context: context, question: false).modality == .geen {
          p = (.geen, false, nil, nil, .main)
        }
      }
    }
    // An item of a list whose lead-in defines ("Onder ongewenst gedrag vallen:", "Van een
    // persoonlijk belang is sprake als:") is part of the definition. An item with a norm and a
    // subject of its own ("Goed ambtenaarschap betekent:" + "je discrimineert niet") also states
    // that norm.
    var itemNorm: Norm?
    // An item that completes a condition its lead-in opens ("Daarvan is in ieder geval sprake
    // wanneer de nevenwerkzaamheid:" + "zodanig van omvang is dat …") is a case of what the
    // lead-in says, not a norm of its own.
    // (What binds is the lead-in's own clause before the condition: "Je meldt het wanneer de
    // nevenwerkzaamheid:" stays a report.)
    if let lead, !lead.tokens.isEmpty, p.modality != .geen, let c = lead.condition {
      let leadReader = ClauseReader(table: lexicon.table, words: SentenceWords(lead.tokens, bytes: lead.bytes))
      let before = Array(lead.tokens.indices).filter { $0 < c && lead.tokens[$0].kind != .punctuation }
      let d = leadReader.decide(before, context: context, question: false)
      p = (d.modality == .geen ? .definitie : d.modality, d.negated, d.action ?? p.action, d.subject, .main)
    } else if let lead, !lead.tokens.isEmpty, p.modality != .geen {
      let leadIn = lead.tokens
      let leadReader = ClauseReader(table: lexicon.table, words: SentenceWords(leadIn, bytes: lead.bytes))
      let indices = Array(leadIn.indices).filter { leadIn[$0].kind != .punctuation }
      // ("Dit betekent voor jou:": what follows is the reader's norm, not part of a definition.)
      let forReader = leadIn.indices.contains { k in
        k + 1 < leadIn.count && leadIn[k].id == RuleWord.voor.rawValue
          && (leadIn[k + 1].id == RuleWord.jou.rawValue || leadIn[k + 1].id == RuleWord.u.rawValue)
      }
      if forReader, let own = ownDecision(tokens, bytes: bytes, context: context), own.norm.modality != .definitie,
        own.norm.modality != .geen
      {
        p = (own.norm.modality, own.norm.negated, own.norm.action, own.subject, .main)
      } else if leadReader.decide(indices, context: context, question: false).modality == .definitie {
        p = (.definitie, false, p.action, nil, .main)
        // (Not under "Van een belang is sprake als:": its items are conditions, whatever they say.)
        let words = lead.tokens.filter { $0.kind == .word }
        let conditional =
          words.last.map { t in
            lexicon.condition.contains { $0.count == 1 && $0[0].utf8.elementsEqual(lead.bytes[t.start..<t.end]) }
          } ?? false
        if !conditional, let own = ownDecision(tokens, bytes: bytes, context: context), own.norm.modality != .definitie,
          own.subject == "medewerker"
        {
          itemNorm = own.norm
        }
      }
    }
    let people = RolesReader(table: lexicon.table, words: words, memo: reading.memo)
    let reportTo = people.recipients(clauses: clauses)
    let consentBy = people.consentGivers()
    norms.append(
      Norm(modality: p.modality, negated: p.negated, role: .primary, action: p.action, reportTo: reportTo, consentBy: consentBy))
    if let itemNorm { norms.append(itemNorm) }
    /// Adds a second norm of the sentence (a later dat-clause, a contrast, what a thing is taken
    /// for), unless one of the same kind, negation and act is there.
    func addSecondNorm(_ modality: Modality, _ negated: Bool, _ action: String?) {
      guard !norms.contains(where: { $0.modality == modality && $0.negated == negated && $0.action == action }) else {
        return
      }
      norms.append(Norm(modality: modality, negated: negated, role: .coordinate, action: action, reportTo: [], consentBy: []))
    }
    // "Wij gaan ervan uit dat je … geeft en dat je daarnaast geen werk … doet": a frame's later
    // dat-clause, joined by `en` or `of`, states its norm too.
    if p.place == .sub, let main = mains.first {
      let complements = clauses.filter { $0.kind == .complement && $0.indices[0] > main.indices[0] }
      for c in complements.dropFirst() {
        let first = c.indices[0]
        guard first > 0, words.ids[first] == .dat, words.ids[first - 1] == .en || words.ids[first - 1] == .of else { continue }
        let q = reading.primary(main: main, complement: c, context: context, question: question)
        if q.modality != .geen, q.place == .sub { addSecondNorm(q.modality, q.negated, q.action) }
      }
    }
    // "Goed ambtenaarschap betekent dat je iedereen gelijk behandelt": a definition whose
    // dat-clauses address the employee states their norms too (as its list items do).
    if p.modality == .definitie && !p.negated && lead == nil {
      for c in clauses where c.kind == .complement {
        // (With the employee named in it: "dat er werk is naast de functie" binds no one.)
        let person = c.indices.contains { k in
          ClauseSplitter.invertedSubjects.contains(words.ids[k]) || words.flags(k).contains(.employee)
        }
        let d = reading.decide(c.indices, context: context, question: question, framed: true)
        guard person, d.subject == "medewerker", [.gebod, .verbod, .meldplicht].contains(d.modality),
          !norms.contains(where: { $0.modality == d.modality && $0.negated == d.negated })
        else { continue }
        norms.append(
          Norm(modality: d.modality, negated: d.negated, role: .coordinate, action: d.action, reportTo: [], consentBy: []))
      }
    }

    // Other norms: coordinated main clauses, and conditions that ask a report or consent.
    for (n, c) in clauses.enumerated() where c.kind == .coordinate {
      // (A coordinate clause that frames the complement right after it, "…: wij verwachten dat u
      // geen enkele nevenwerkzaamheid verricht", is read with it, as a main clause is.)
      let next = n + 1 < clauses.count ? clauses[n + 1] : nil
      let d: ClauseReader.Decision
      // ("Lid zijn van een partij is niet verboden, en je mening uiten evenmin": a clause with no
      // verb of its own and `evenmin` repeats the predicate before it, negation included.)
      if !reading.hasFinite(c.indices), c.indices.contains(where: { words.ids[$0] == .evenmin }), let first = norms.first {
        d = (first.modality, first.negated, first.action, nil)
      } else if let next, next.kind == .complement || next.kind == .infinitive, next.indices.first == c.indices.last! + 1 {
        let p = reading.primary(main: c, complement: next, context: context, question: question)
        d = (p.modality, p.negated, p.action, p.subject)
      } else {
        d = reading.decide(c.indices, context: context, question: question)
      }
      if d.modality != .geen {
        norms.append(
          Norm(modality: d.modality, negated: d.negated, role: .coordinate, action: d.action, reportTo: [], consentBy: []))
      }
    }
    // "Heb je een relatie met iemand in je ploeg, dan is dat iets wat gemeld moet worden": after a
    // copula, what a thing is (`iets` and a relative clause) carries the norm.
    if let main = mains.first, p.action == "zijn" || p.modality == .geen,
      main.indices.contains(where: { ClauseReader.isOrAre.contains(words.ids[$0]) }),
      let c = clauses.first(where: { $0.kind == .relative && $0.indices[0] > 0 && words.ids[$0.indices[0] - 1] == .iets }),
      case let d = reading.decide(c.indices, context: context, question: question, framed: true),
      [.gebod, .verbod, .toestemming, .meldplicht].contains(d.modality)
    {
      norms[0].modality = d.modality
      norms[0].negated = d.negated
      norms[0].action = d.action
      p = (d.modality, d.negated, d.action, d.subject ?? "medewerker", .sub)
    }
    // "Beschouw een attentie … als iets wat je zonder overleg mag houden": what a thing is to be
    // regarded as, in a relative clause after `als`, states a norm on it.
    // (The relative clause after `als` first: a test of ids, before the main clause's spellings.)
    if let main = mains.first {
      for c in clauses where c.kind == .relative && c.indices[0] > 1 {
        let first = c.indices[0]
        guard words.ids[first - 1] == .iets || words.ids[first - 2] == .als,
          main.indices.contains(where: { words.spelled($0, oneOf: ClauseSplitter.regarding) })
        else { continue }
        let d = reading.decide(c.indices, context: context, question: question, framed: true)
        if Self.actingKinds.contains(d.modality) { addSecondNorm(d.modality, d.negated, d.action) }
      }
    }
    // "…, terwijl een kleinere attentie gewoon bij u kan blijven": after a comma, `terwijl`
    // contrasts a second norm with the first (whereas), not a time.
    for c in clauses where c.kind == .temporal && words.ids[c.indices[0]] == .terwijl && c.indices[0] > 0 {
      guard words.ids[c.indices[0] - 1] == .comma else { continue }
      let d = reading.decide(Array(c.indices.dropFirst()), context: context, question: question)
      if Self.actingKinds.contains(d.modality) { addSecondNorm(d.modality, d.negated, d.action) }
    }
    for c in clauses where c.kind == .condition || c.kind == .proviso || c.kind == .exception || c.kind == .temporal {
      let role: Norm.Role = c.kind == .exception ? .exception : .condition
      if reading.reports(c.indices) {
        // "nadat hij het heeft gemeld en deze geen bezwaar heeft": a negation in another
        // coordinated part does not negate the report.
        let parts = Self.coordinatedParts(c.indices, words.ids)
        // "zonder dat je het meldt" negates the report: under a ban the two negations make a
        // duty ("geen nevenwerk zonder dat je het meldt"), under a permission a waiver.
        let without = words.ids[c.indices[0]] == .zonder
        // (Under the norm of the clause it follows: a coordinated permission's "zonder dat u het
        // hoeft te melden" waives, whatever the sentence's first norm is.)
        var banning = p.negated || p.modality == .verbod
        if without,
          let host = clauses.last(where: { h in
            (h.kind == .main || h.kind == .coordinate) && h.indices.first! < c.indices.first! && reading.hasFinite(h.indices)
          }), host.kind == .coordinate
        {
          let d = reading.decide(host.indices, context: context, question: question)
          banning = d.negated || d.modality == .verbod
        }
        let negated =
          without
          ? !banning
          : parts.count > 1
            ? parts.contains { reading.reports($0) && reading.negation($0).negated }
              && !parts.contains { reading.reports($0) && !reading.negation($0).negated }
            : reading.negation(c.indices).negated
        norms.append(
          Norm(
            modality: .meldplicht, negated: negated, role: role, action: reading.action(c.indices), reportTo: [], consentBy: []))
      }
    }
    var modalities: [Modality] = []
    for n in norms where n.modality != .geen && !modalities.contains(n.modality) {
      // A condition's report makes the sentence also a meldplicht only when a recipient is named.
      if n.role == .condition && reportTo.isEmpty { continue }
      if n.role == .exception { continue }
      modalities.append(n.modality)
    }
    if p.modality == .geen { modalities = [] }

    // A window in which a prohibition applies ("binnen een jaar na je vertrek geen …") is how
    // long it lasts, not a deadline.
    if p.modality == .verbod || p.negated {
      for i in periods.indices where periods[i].kind == .binnen {
        let after = place(0, tokens.count).0
        if TextFold.fold(after).containsBytes(" na ") { periods[i].kind = .termijn }
      }
    }

    var addressee: String?
    switch p.modality {
    case .geen, .definitie:
      addressee = nil
    case .bevoegdheid:
      addressee = p.subject ?? "werkgever"
    default:
      addressee = p.subject ?? (p.modality == .uitgangspunt ? nil : "medewerker")
    }
    // "ook niet als het onbetaald is", "zelfs als …": a concessive condition widens the norm
    // instead of limiting it. (Switches, not array literals: a literal is an array allocated for
    // every clause asked.)
    // (Nor does a condition that names the wish to act, the occasion of the norm: "Indien u zich
    // … over politieke kwesties zou willen uitspreken, dan ziet u daarvan af".)
    // (Nor "…, hoe onschuldig die ook lijkt": a relative pronoun after "hoe" and an adjective,
    // with "ook", concedes every case.)
    func limits(_ c: Clause) -> Bool {
      if c.kind == .relative, let first = c.indices.first, first >= 2, words.spelling(first - 2) == "hoe",
        c.indices.contains(where: { words.ids[$0] == .ook })
      {
        return false
      }
      return
        !(c.kind == .condition
        && (Self.concessive(c, words.ids) || c.indices.contains { words.ids[$0] == .wil || words.ids[$0] == .willen }))
    }
    // "In dat geval verricht je ze niet": a case named before, as a condition of this sentence.
    let anaphoricCase = Self.opensWithNamedCase(words)
    // (A relative clause inside a reason, "Omdat de meldkamer centralisten vraagt die altijd
    // inzetbaar zijn, …", narrows the reason, not the norm.)
    let inReason = clauses.indices.filter { i in
      clauses[i].kind == .relative && i > 0 && clauses[i - 1].kind == .cause
    }
    let qualified =
      anaphoricCase || Self.notWithoutFurtherAdo(words) || Self.qualifierBeforeList(words)
      || clauses.indices.contains { i in
        switch clauses[i].kind {
        case .relative: return !inReason.contains(i) && limits(clauses[i])
        case .condition, .proviso, .exception: return limits(clauses[i])
        default: return false
        }
      }
    // A time clause that spans the employment ("zolang je bij de gemeente werkt") bounds nothing
    // for someone employed: the norm holds whenever it can.
    let conditional =
      anaphoricCase
      || afterQuestion && Self.answersWithDan(words)
      || clauses.contains {
        switch $0.kind {
        case .condition, .proviso, .exception: return limits($0)
        case .temporal: return TemporalReader.scope($0.indices.map { words.ids[$0] }) != .tijdens
        default: return false
        }
      }
    return SentenceAnalysis(
      text: text, range: range, modality: p.modality, modalities: modalities, negated: p.modality == .geen ? false : p.negated,
      addressee: addressee, reportTo: reportTo, consentBy: consentBy, action: p.modality == .geen ? nil : p.action,
      topics: TopicReader(table: lexicon.table).topics(
        topicWords, ofVerbs: p.modality == .verbod || norms.contains { $0.modality == .verbod && $0.role == .coordinate }),
      amounts: amounts,
      periods: periods,
      temporal: TemporalReader.scope(tokens.map(\.id)), references: references,
      clause: p.modality == .geen ? nil : p.place, norms: norms, question: question, qualified: qualified,
      wordText: Self.wordText(tokens, bytes), conditional: conditional
    )
  }

  /// Whether a sentence is a question that asks yes or no: its finite verb first, a question
  /// mark last ("Sta je op de lijst in bijlage 1?", "Is het cadeau meer waard?").
  static func asksYesOrNo(_ tokens: ArraySlice<Token>) -> Bool {
    guard let first = tokens.first, tokens.last?.id == RuleWord.questionMark.rawValue else { return false }
    return !first.info.flags.isDisjoint(with: [.finite, .modal]) || ClauseReader.auxiliaryForms.contains(first.id)
  }

  /// Whether a sentence after a yes-or-no question answers it with `dan` ("Dan mag je het
  /// houden", "Meld dan je belangen", "Meld het dan."): it holds only in the case the question
  /// put, as the main clause after "Als …, dan …" does (the ANS on `dan` resuming a condition).
  /// `dan` first, right after a verb that opens the sentence, or last; elsewhere it may compare
  /// ("meer dan").
  static func answersWithDan(_ words: SentenceWords) -> Bool {
    let n = words.count
    guard n > 1 else { return false }
    if words.ids[0] == .dan { return true }
    let verbFirst = !words.flags(0).isDisjoint(with: [.finite, .modal]) || ClauseReader.auxiliaryForms.contains(words.ids[0])
    if verbFirst && (words.ids[1] == .dan || n > 2 && words.ids[2] == .dan) { return true }
    // ("Meld je belangen dan z.s.m. na je benoeming": after an instruction's object, unless it
    // compares: "meer dan", "anders dan".)
    if verbFirst && (2..<n).contains(where: { words.ids[$0] == .dan && !ClauseReader.comparatives.contains(words.ids[$0 - 1]) }) {
      return true
    }
    let last = words.kinds[n - 1] == .punctuation ? n - 2 : n - 1
    return last > 0 && words.ids[last] == .dan
  }

  /// Whether a sentence opens with a case named before it ("In dat geval …", "In zulke gevallen
  /// …", "In die situatie …"): the sentence holds only then.
  static func opensWithNamedCase(_ words: SentenceWords) -> Bool {
    // ("Alleen in dat geval kan zij worden verboden": after a word of restriction too.)
    let s = words.count > 4 && (words.ids[0] == .alleen || words.ids[0] == .uitsluitend || words.ids[0] == .slechts) ? 1 : 0
    guard words.count > 3 + s, words.ids[s] == .in else { return false }
    return Self.casePointers.contains(words.spelling(s + 1)) && Self.caseNouns.contains(words.spelling(s + 2))
  }
  /// "Je mag niet zomaar nevenwerk aannemen", "niet klakkeloos", "niet zonder meer": the norm holds
  /// only under conditions it leaves unsaid, so it is narrowed, not blanket.
  static func notWithoutFurtherAdo(_ words: SentenceWords) -> Bool {
    (0..<max(0, words.count - 1)).contains { k in
      words.ids[k] == .niet
        && (Self.furtherAdo.contains(words.spelling(k + 1))
          || k + 2 < words.count && words.spelling(k + 1) == "zonder" && words.spelling(k + 2) == "meer")
    }
  }
  /// "Het is niet toegestaan nevenwerkzaamheden te verrichten waardoor:": a word opening a
  /// qualifier right before a colon, with the list that completes it after, narrows the norm.
  static func qualifierBeforeList(_ words: SentenceWords) -> Bool {
    // (Or the lead-in of a list item ends in it: its colon is not among the item's words.)
    (0..<max(0, words.count - 1)).contains { k in
      words.kinds[k] == .word
        && (words.ids[k + 1] == .colon
          || words.spans[k].inLead && !words.spans[k + 1].inLead)
        && Self.listQualifiers.contains(words.spelling(k))
    }
  }
  static let listQualifiers: Set<String> = ["waardoor", "waarbij", "waarmee", "die", "dat", "als", "indien", "wanneer", "mits"]
  static let furtherAdo: Set<String> = ["zomaar", "klakkeloos", "ongezien"]
  static let casePointers: Set<String> = ["dat", "die", "zo'n", "zon", "zulke", "zulk", "dergelijke", "dit", "deze"]
  static let caseNouns: Set<String> = ["geval", "gevallen", "situatie", "situaties"]

  /// In a sentence without negation, blanks the phrase after `zonder` up to the end of the first
  /// role after it, when a report or consent word stands between ("neemt u aan zonder overleg
  /// met uw leidinggevende", "mag je houden zonder toestemming van je leidinggevende"): what is
  /// waived names no recipient and no one whose consent counts. Not "zonder uitstel bij je
  /// leidinggevende" (no report word) and not `zonder dat`, a clause of its own.
  func maskWaived(_ words: inout SentenceWords) {
    let table: WordTable = lexicon.table
    // Under a negator or a word of ban (the lexicon's flags), `zonder` asks what it names ("je
    // neemt niets aan zonder toestemming van je leidinggevende").
    if words.infos.contains(where: { !$0.flags.isDisjoint(with: [.negator, .forbidden]) }) { return }
    var k = 0
    while k < words.count {
      defer { k += 1 }
      guard words.ids[k] == .zonder, k + 1 < words.count, words.ids[k + 1] != .dat else { continue }
      var asks = false
      var j = k + 1
      while j < words.count && j <= k + 8 {
        let id = words.ids[j]
        let info = words.infos[j]
        if info.flags.contains(.reportingNoun) || info.flags.contains(.consentNoun) || id == .overleg
          || table.verbs[Int(info.verbStart)..<Int(info.verbEnd)].contains(where: \.reporting)
        {
          asks = true
        } else if id == .comma || id == .semicolon || id == .period || info.flags.contains(.finite) && !asks {
          break
        } else if asks, let (_, length) = table.role(at: j, in: words) {
          for m in (k + 1)..<(j + length) {
            words.ids[m] = RuleWord.unknown.rawValue
            words.infos[m] = WordInfo()
          }
          k = j + length - 1
          break
        }
        j += 1
      }
    }
  }

  /// Whether the condition `c` is concessive: `ook` or `zelfs` (with at most `niet` between)
  /// stands just before its first word ("ook niet als het onbetaald is", "zelfs als").
  static func concessive(_ c: Clause, _ ids: [WordID]) -> Bool {
    guard let first = c.indices.first else { return false }
    // "of het nu betaald of onbetaald is".
    if ids[first] == .of && c.indices.count > 2 && ids[c.indices[2]] == .nu { return true }
    var k = first - 1
    if k >= 0 && ids[k] == .comma { k -= 1 }
    if k >= 0 && ids[k] == .niet { k -= 1 }
    return k >= 0 && (ids[k] == .ook || ids[k] == .zelfs)
  }

  /// A clause's words split at `en`, `maar` and `of` (the coordinated parts of a condition).
  static func coordinatedParts(_ indices: [Int], _ ids: [WordID]) -> [[Int]] {
    var parts: [[Int]] = [[]]
    for k in indices {
      if ids[k] == .en || ids[k] == .maar || ids[k] == .of {
        if !parts[parts.count - 1].isEmpty { parts.append([]) }
      } else {
        parts[parts.count - 1].append(k)
      }
    }
    return parts.filter { !$0.isEmpty }
  }

  /// The folded words of `tokens` (no punctuation), each with a space before and after.
  static func wordText(_ tokens: [Token], _ bytes: [UInt8]) -> String {
    var size = 2
    for t in tokens where t.kind != .punctuation { size += t.end - t.start + 1 }
    return bytes.withUnsafeBufferPointer { source in
      String(unsafeUninitializedCapacity: size) { out in
        var n = 0
        out[n] = 0x20
        n += 1
        var first = true
        for t in tokens where t.kind != .punctuation {
          if !first {
            out[n] = 0x20
            n += 1
          }
          first = false
          // Each word's bytes copied at once, not byte by byte.
          let word = UnsafeBufferPointer(rebasing: source[t.start..<t.end])
          _ = UnsafeMutableBufferPointer(rebasing: out[n..<(n + word.count)]).initialize(from: word)
          n += word.count
        }
        out[n] = 0x20
        n += 1
        return n
      }
    }
  }
}
