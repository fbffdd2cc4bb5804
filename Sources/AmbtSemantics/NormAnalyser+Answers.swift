import AmbtModel

/// Codes written as questions and answers ("Mag ik nevenwerk doen? Nee.", "Mag ik meedoen aan
/// een aanbesteding? Alleen met toestemming van het college.") put the norm in the question and
/// only its polarity or its limits in the answer. Read alone, the answer binds no one.
extension NormAnalyser {
  /// Question words that leave a yes/no question once dropped ("Waar meld ik een misstand?"
  /// answered "Bij de vertrouwenspersoon."). Questions on what or who are not read: their
  /// answer is the missing argument, not a limit.
  static let questionAdverbs: Set<String> = ["wanneer", "waar", "hoe", "hoelang"]
  /// The first person of the asker, as the reader of a code is addressed.
  static let askerWords: [String: String] = [
    "ik": "je", "mij": "je", "me": "je", "mijn": "je", "mezelf": "jezelf", "mijzelf": "jezelf",
  ]
  static let subjectsOfQuestion: Set<String> = ["ik", "je", "jij", "u", "we", "wij"]
  static let determinersOfQuestion: Set<String> = ["mijn", "de", "het", "deze", "die", "dit", "onze"]

  /// `answer` read as the answer to `question`, when `question` is a yes/no question (or one
  /// on when, where or how) addressed to the asker and `answer` carries no norm of its own: a
  /// bare "Ja." or "Nee.", or a fragment without a main clause ("Alleen met toestemming van het
  /// college.", "Ja, zolang je functie daar niet onder lijdt."). The question is turned into a
  /// statement ("Dan mag je nevenwerk doen"), negated after "Nee", with the fragment after it,
  /// and that is analysed; the result keeps the answer's range, amounts, periods and
  /// references (they point into the source) and has the question and answer as its text.
  /// Nil when the pair is not such a question and answer.
  public func answer(_ answer: SentenceAnalysis, to question: SentenceAnalysis, context: TextContext = .rule)
    -> SentenceAnalysis?
  {
    guard question.question, !answer.question, answer.modality == .geen else { return nil }
    var words = question.text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
    guard var last = words.popLast() else { return nil }
    while last.hasSuffix("?") { last.removeLast() }
    if !last.isEmpty { words.append(last) }
    // "Hoe lang geldt …?" asks how long, as `hoelang` does.
    if words.count > 1, words[0].lowercased() == "hoe", words[1].lowercased() == "lang" {
      words.removeFirst(2)
    } else if let first = words.first, Self.questionAdverbs.contains(first.lowercased()) {
      words.removeFirst()
    }
    if let read = infinitiveAnswer(answer, to: question, words: words, context: context) { return read }
    if let read = whatAnswer(answer, to: question, words: words, context: context) { return read }
    guard words.count >= 3 else { return nil }
    // The subject: the asker ("Mag ik …"), or a noun phrase of two words ("Geldt mijn
    // geheimhoudingsplicht …", "Geldt de regel …"), which keeps its place before a negation.
    // ("Mag ik, of een bedrijf waarin ik een belang heb, …": the comma after it is not part of it.)
    let second = words[1].lowercased().trimmingCharacters(in: [","])
    let pronoun = Self.subjectsOfQuestion.contains(second)
    guard pronoun || Self.determinersOfQuestion.contains(second) && words.count >= 3 else { return nil }
    let verb = words[0].lowercased()
    guard lexicon.verbs(verb).contains(where: { $0.kind == .finite }) else { return nil }
    let subject =
      pronoun
      ? (words[1].hasSuffix(",") ? "je," : "je")
      : words[1...2].map { Self.askerWords[$0.lowercased()] ?? $0 }.joined(separator: " ")
    var rest = words.dropFirst(pronoun ? 2 : 3).map { Self.askerWords[$0.lowercased()] ?? $0 }
    // "Mag je naast je werk geen ander werk doen? Natuurlijk wel.": `wel` contradicts the
    // question's negation, so the statement is the question without it.
    let lowered = answer.text.lowercased()
    if Self.contradicting.contains(where: { lowered.hasPrefix($0) }),
      let n = rest.firstIndex(where: { ["niet", "geen", "nooit"].contains($0.lowercased()) })
    {
      rest.remove(at: n)
    }

    // "Ja", "Nee" and the fragment after them.
    let (_, no, fragment) = Self.split(answer.text, heads: Self.yesOrNoHeads)
    let yesOrNo = fragment.count < answer.text.count
    guard yesOrNo || !fragment.isEmpty else { return nil }
    // A fragment with a main clause of its own is a statement, not a limit of the question.
    if !fragment.isEmpty && hasMainClause(String(fragment)) { return nil }
    return reading(
      statementFor: question, answer, subject: subject, verb: verb, rest: rest, no: no, fragment: fragment,
      context: context)
  }

  /// The first words of an answer to a yes/no question, each with whether it says no.
  /// ("Mag u niet … leveren? Dat klopt, tenzij …": agreeing with the question as it is asked.)
  static let yesOrNoHeads: [(String, Bool)] = [
    ("natuurlijk wel", false), ("zeker wel", false), ("jawel", false), ("ja", false), ("nee", true), ("dat klopt", false),
    ("klopt", false), ("inderdaad", false), ("wel", false),
  ]
  /// Answers that say yes against a negated question ("Mag je geen …? Jawel.").
  static let contradicting = ["natuurlijk wel", "zeker wel", "jawel", "wel,", "wel.", "wel!"]
  /// The first words of an answer that say yes or no to an act asked about as an infinitive
  /// phrase ("Op sociale media je mening geven? Prima, zolang …"), longest first ("dat mag niet"
  /// before "dat mag").
  static let approving: [(String, Bool)] = [
    ("ja", false), ("jazeker", false), ("prima", false), ("zeker", false), ("natuurlijk", false), ("uiteraard", false),
    ("geen probleem", false), ("dat mag", false), ("dat kan", false), ("mag", false), ("akkoord", false),
    ("nee", true), ("liever niet", true), ("niet doen", true), ("dat mag niet", true), ("dat kan niet", true),
  ].sorted { $0.0.count > $1.0.count }
  static let subjectPronouns: Set<String> = ["ik", "jij", "hij", "zij", "ze", "wij", "we", "jullie", "men"]
  static let questionOpeners: Set<String> = [
    "wat", "wie", "waar", "wanneer", "hoe", "welke", "waarom", "hoeveel", "als", "stel", "je", "u",
  ]

  /// An answer split at its first words: whether one of `heads` opens it (followed by
  /// punctuation or nothing), whether that one says no, and the fragment after it without its
  /// closing punctuation. ("… als ik vertrek? — NEE.": a dash before the answer is no part of it.)
  static func split(_ text: String, heads: [(String, Bool)]) -> (headed: Bool, no: Bool, fragment: Substring) {
    var fragment = Substring(text).drop { "—–- ".contains($0) }
    var headed = false
    var no = false
    for (word, negative) in heads {
      guard fragment.prefix(word.count).lowercased() == word else { continue }
      let after = fragment.dropFirst(word.count)
      guard after.isEmpty || after.first.map({ ",.!;: ".contains($0) }) == true else { continue }
      (headed, no) = (true, negative)
      fragment = after.drop { ",.!;: ".contains($0) }
      break
    }
    while let l = fragment.last, ".!; ".contains(l) { fragment = fragment.dropLast() }
    return (headed, no, fragment)
  }

  /// `answer` read as allowing or forbidding the act of a question that is an infinitive phrase
  /// without a finite verb ("In het openbaar je mening geven? Prima, zolang je functie …"): "Je
  /// mag …" (or "Je mag niet …") with the question's words and the answer's fragment after them.
  func infinitiveAnswer(_ answer: SentenceAnalysis, to question: SentenceAnalysis, words: [String], context: TextContext)
    -> SentenceAnalysis?
  {
    let lowered = words.map { $0.lowercased().trimmingCharacters(in: [",", ";", ":"]) }
    // An infinitive before the first comma; the first word no finite verb, question word or
    // subject, and no pronoun that stands as a subject.
    let segmentEnd = words.firstIndex(where: { $0.hasSuffix(",") }) ?? words.count - 1
    guard words.count >= 2, !lexicon.verbs(lowered[0]).contains(where: { $0.kind == .finite }),
      !Self.questionOpeners.contains(lowered[0]), !lowered.contains(where: { Self.subjectPronouns.contains($0) }),
      lowered[...segmentEnd].contains(where: { w in lexicon.verbs(w).contains { $0.kind == .infinitive } })
    else { return nil }
    let (headed, no, fragment) = Self.split(answer.text, heads: Self.approving)
    guard headed else { return nil }
    if !fragment.isEmpty && hasMainClause(String(fragment)) { return nil }
    var phrase = words
    phrase[0] = phrase[0].lowercased()
    if let last = phrase.last, last.hasSuffix(",") { phrase[phrase.count - 1] = String(last.dropLast()) }
    var statement = "Je mag " + (no ? "niet " : "") + phrase.joined(separator: " ")
    if !fragment.isEmpty { statement += ", " + fragment }
    statement += "."
    return reading(of: statement, question: question, answer: answer, context: context)
  }

  /// `answer` read as what a question on what one does asks for ("En wat meld je dan, als je
  /// zo'n functie hebt? Je financiële belangen en …"): the answer, a phrase without a main clause,
  /// is the object of the question's verb ("Dan meld je je financiële belangen en …, als je zo'n
  /// functie hebt").
  func whatAnswer(_ answer: SentenceAnalysis, to question: SentenceAnalysis, words: [String], context: TextContext)
    -> SentenceAnalysis?
  {
    var words = words
    if words.first?.lowercased() == "en" { words.removeFirst() }
    // (Or to whom: "Bij wie meld je een nevenfunctie? Bij de integriteitscoördinator.")
    let opener =
      words.count >= 4 && ["bij", "aan", "van"].contains(words[0].lowercased()) && words[1].lowercased() == "wie" ? 2 : 1
    guard words.count >= opener + 2, opener == 2 || words[0].lowercased() == "wat" else { return nil }
    words.removeFirst(opener - 1)
    let verb = words[1].lowercased()
    let subject = words[2].lowercased().trimmingCharacters(in: [","])
    guard Self.subjectsOfQuestion.contains(subject), lexicon.verbs(verb).contains(where: { $0.kind == .finite }) else {
      return nil
    }
    var fragment = Substring(answer.text)
    while let l = fragment.last, ".!; ".contains(l) { fragment = fragment.dropLast() }
    guard !fragment.isEmpty, !hasMainClause(String(fragment)) else { return nil }
    // (The question's own `dan` goes; what else it says, a condition, follows the answer.)
    var rest = words.dropFirst(3).map { Self.askerWords[$0.lowercased()] ?? $0 }
    if let first = rest.first, first.lowercased().trimmingCharacters(in: [","]) == "dan" { rest.removeFirst() }
    var statement = "Dan \(verb) je "
    if opener == 2 {
      // ("Dan meld je een nevenfunctie bij de integriteitscoördinator".)
      statement += rest.joined(separator: " ") + " " + fragment.prefix(1).lowercased() + fragment.dropFirst()
    } else {
      statement += fragment.prefix(1).lowercased() + fragment.dropFirst()
      if !rest.isEmpty { statement += ", " + rest.joined(separator: " ") }
    }
    statement += "."
    return reading(of: statement, question: question, answer: answer, context: context)
  }

  /// The question and answer read as `statement`: its norm, with the answer's range, amounts,
  /// periods and references. Nil when the statement binds no one.
  func reading(of statement: String, question: SentenceAnalysis, answer: SentenceAnalysis, context: TextContext)
    -> SentenceAnalysis?
  {
    let read = analyseSentence(statement, context: context)
    guard read.modality != .geen else { return nil }
    return SentenceAnalysis(
      text: question.text + " " + answer.text, range: answer.range, modality: read.modality, modalities: read.modalities,
      negated: read.negated, addressee: read.addressee, reportTo: read.reportTo, consentBy: read.consentBy,
      action: read.action,
      topics: Array(Set(read.topics + answer.topics)).sorted { a, b in
        (read.topics.firstIndex(of: a) ?? Int.max, a) < (read.topics.firstIndex(of: b) ?? Int.max, b)
      }, amounts: answer.amounts, periods: answer.periods, temporal: read.temporal ?? answer.temporal,
      references: answer.references, clause: read.clause, norms: read.norms, question: false, qualified: read.qualified,
      wordText: read.wordText, conditional: read.conditional)
  }

  /// The statement a yes/no question and its answer make together.
  func reading(
    statementFor question: SentenceAnalysis, _ answer: SentenceAnalysis, subject: String, verb: String, rest: [String],
    no: Bool, fragment: Substring, context: TextContext
  ) -> SentenceAnalysis? {
    // "Moet ik …? Nee." means no duty ("hoeft niet"), not a ban: "Dan ben je niet verplicht …".
    let noDuty = no && (verb == "moet" || verb == "moeten")
    var statement =
      noDuty
      ? "Dan ben \(subject) niet verplicht " + rest.joined(separator: " ")
      : "Dan \(verb) \(subject) " + (no ? "niet " : "") + rest.joined(separator: " ")
    if !fragment.isEmpty { statement += ", " + fragment }
    statement += "."
    return reading(of: statement, question: question, answer: answer, context: context)
  }

  /// Whether `text` has a main clause with a finite verb ("Dat hangt ervan af" has; "Alleen
  /// met toestemming van het college" and "zolang je functie daar niet onder lijdt" do not).
  func hasMainClause(_ text: String) -> Bool {
    let folded = FoldedText(text)
    let tokens = Tokenizer.tokens(folded, source: Array(text.utf8), base: 0, lexicon: lexicon)
    let words = SentenceWords(tokens, bytes: folded.bytes)
    let clauses = ClauseSplitter(table: lexicon.table, words: words).split()
    let reading = ClauseReader(table: lexicon.table, words: words)
    return clauses.contains { ($0.kind == .main || $0.kind == .coordinate) && reading.hasFinite($0.indices) }
  }

  /// The sentences of one rule with every answer read with the question before it
  /// (`answer(_:to:)`): a question in the rule's title answered by its first sentence, or a
  /// question in the text answered by the next.
  public func readingAnswers(_ sentences: [SentenceAnalysis], context: TextContext = .rule) -> [SentenceAnalysis] {
    guard sentences.count > 1, sentences.contains(where: \.question) else { return sentences }
    var out = sentences
    for k in 1..<out.count where out[k - 1].question {
      if let read = answer(out[k], to: out[k - 1], context: context) {
        out[k] = read
      } else if out[k].modality != .geen, out[k].wordText.hasPrefix(" dan "), !out[k - 1].amounts.isEmpty {
        out[k] = Self.conditioned(out[k], on: out[k - 1])
      }
    }
    return out
  }

  /// "Is een cadeau meer waard dan € 25? Dan vraag je toestemming.": a question that states a
  /// case, and a sentence opening with `Dan` that says what holds in it. The sentence is
  /// conditional, with the question's amounts as its own (they bound what it is about).
  static func conditioned(_ s: SentenceAnalysis, on question: SentenceAnalysis) -> SentenceAnalysis {
    SentenceAnalysis(
      text: s.text, range: s.range, modality: s.modality, modalities: s.modalities, negated: s.negated,
      addressee: s.addressee, reportTo: s.reportTo, consentBy: s.consentBy, action: s.action, topics: s.topics,
      amounts: question.amounts + s.amounts, periods: s.periods, temporal: s.temporal, references: s.references,
      clause: s.clause, norms: s.norms, question: false, qualified: s.qualified, wordText: s.wordText, conditional: true)
  }
}

extension NormAnalyser {
  /// Whether a folded word is a compound title of one who leads or coordinates ("projectleider",
  /// "gebiedsmanager", "calamiteitencoördinator"), which the analyser reads as a leidinggevende
  /// where one is told or reported to.
  public static func isLeadingTitle(_ folded: String) -> Bool { RolesReader.isTitle(folded) }
}
