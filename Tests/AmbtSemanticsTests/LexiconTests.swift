import AmbtModel
import Testing

@testable import AmbtSemantics

/// The lexicon loads fast (values compiled in, verb forms and the word table made on bytes); these
/// check that it holds the same words as the plain way of making them would.
@Suite struct LexiconTests {
  /// The verb forms as the lexicon made them on characters, in a dictionary of lists (the way
  /// before the word table made them on bytes), for comparison.
  static func referenceVerbForms(_ file: Lexicon.VerbsFile) -> [String: [Lexicon.VerbForm]] {
    var table: [String: [Lexicon.VerbForm]] = [:]
    func add(_ form: String, _ lemma: String, _ kind: Lexicon.FormKind, particle: String? = nil) {
      let f = TextFold.fold(form)
      if kind == .finite && Lexicon.functionWords.contains(f) && lemma != "zijn" { return }
      let entry = Lexicon.VerbForm(lemma: lemma, kind: kind, particle: particle)
      if !(table[f] ?? []).contains(entry) { table[f, default: []].append(entry) }
    }
    let irregular = Dictionary(file.irregular.map { (TextFold.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    for written in file.verbs {
      let parts = TextFold.fold(written).split(separator: "+").map(String.init)
      guard let base = parts.last, !base.isEmpty else { continue }
      let particle = parts.count > 1 ? parts.dropLast().joined() : nil
      let lemma = (particle ?? "") + base
      let forms = Lexicon.conjugate(base, irregular: irregular[base])
      if let particle {
        for f in forms.finite + [base] { add(f, lemma, .finite, particle: particle) }
        for f in forms.finite { add(particle + f, lemma, .finite) }
        add(lemma, lemma, .infinitive)
        add(particle + "te" + base, lemma, .infinitive)
        add(particle + forms.participle, lemma, .participle)
      } else {
        for f in forms.finite { add(f, lemma, .finite) }
        add(lemma, lemma, .infinitive)
        add(forms.participle, lemma, .participle)
      }
    }
    return table
  }

  @Test("the word table's verb forms are those made on characters, each form's verbs in the same order")
  func verbFormsAsOnCharacters() {
    let reference = Self.referenceVerbForms(Lexicon.embeddedFiles.verbs)
    let made = Lexicon.shared.verbForms
    #expect(made.count == reference.count)
    for (form, verbs) in reference where made[form] != verbs {
      Issue.record("\(form): \(made[form] ?? []) instead of \(verbs)")
    }
    #expect(Lexicon.shared.verbs("neemt").contains(Lexicon.VerbForm(lemma: "aannemen", kind: .finite, particle: "aan")))
    #expect(Lexicon.shared.verbs("uit\u{2009}") == [Lexicon.VerbForm(lemma: "uiten", kind: .finite, particle: nil)])
    #expect(Lexicon.shared.verbs("tafel").isEmpty)
  }

  /// Verbs for the byte functions: the lexicon's bases and lemmas, and made-up ones for every
  /// branch of the spelling rules (open syllables, unstressed -el/-en/-er, doubled consonants,
  /// v/z at the end, prefixes, 't kofschip, words too short or without -en).
  static var verbsToConjugate: [String] {
    var words: Set<String> = []
    for written in Lexicon.embeddedFiles.verbs.verbs {
      let parts = TextFold.fold(written).split(separator: "+").map(String.init)
      words.formUnion(parts)
      words.insert(parts.joined())
    }
    words.formUnion(Lexicon.embeddedFiles.verbs.irregular.keys)
    let stems = [
      "nemen", "geven", "reizen", "zeggen", "handelen", "wandelen", "openen", "tekenen", "leveren", "luisteren", "accepteren",
      "registreren", "kloppen", "maken", "stoppen", "fietsen", "lachen", "koken", "zien", "doen", "gaan", "en", "ven", "zen",
      "een", "xen", "aen", "ieen", "ooien", "bren", "beren", "geren", "heren", "ontren", "veren", "eren", "kleuren", "ouderen",
    ]
    for prefix in ["", "be", "ge", "her", "ont", "ver", "er", "aan", "uit", "a", "e+"] {
      for s in stems { words.insert(prefix + s) }
    }
    return words.sorted()
  }

  @Test("stems and conjugations on bytes are those on characters")
  func bytesAsCharacters() {
    var checked = 0
    for w in Self.verbsToConjugate where VerbBytes.plain(w) {
      checked += 1
      #expect(String(decoding: VerbBytes.stem(Array(w.utf8)), as: UTF8.self) == Lexicon.stemOf(w), "stem of \(w)")
      for irregular in [nil] + [Lexicon.embeddedFiles.verbs.irregular[w]].compactMap({ $0 }) {
        var arena = Array(w.utf8)
        var finite: [Range<Int>] = []
        let participle = VerbBytes.conjugate(0..<arena.count, irregular: irregular, arena: &arena, finite: &finite)
        let expected = Lexicon.conjugate(w, irregular: irregular)
        #expect(finite.map { String(decoding: arena[$0], as: UTF8.self) } == expected.finite, "finite forms of \(w)")
        #expect(String(decoding: arena[participle], as: UTF8.self) == expected.participle, "participle of \(w)")
      }
    }
    #expect(checked > 1000)
    #expect(!VerbBytes.plain("Nemen") && !VerbBytes.plain("ne men") && !VerbBytes.plain("beïnvloeden"))
  }

  @Test("a phrase is split on bytes as on characters")
  func phrases() {
    let files = Lexicon.embeddedFiles
    var texts = files.topics.topics.values.flatMap { $0 } + files.roles.roles.values.flatMap { $0 } + files.modals.principle
    texts += ["  twee  woorden ", "", " ", "Één Woord", "e\u{301}n", "a\r\nb", "geschenk~"]
    for t in texts {
      #expect(Lexicon.phrase(t) == TextFold.fold(t).split(separator: " ").map(String.init), "\(t)")
    }
  }

  @Test("the table's words are distinct to Swift's comparison of strings, and lookup finds them as a Dictionary would")
  func lookup() {
    let table = Lexicon.shared.table!
    var byString: [String: WordID] = [:]
    for id in 1..<table.count {
      let s = table.spelling(of: WordID(id))
      #expect(byString[s] == nil, "'\(s)' twice")
      byString[s] = WordID(id)
    }
    for (s, id) in byString where table.lookup(s) != id { Issue.record("lookup('\(s)')") }
    // Canonically equal spellings: a decomposed é, the Kelvin sign (K), the Greek question mark
    // (;), the Greek varia (a backtick); the thin space of `uit` as a verb.
    var texts = [
      "uit\u{2009}", "uit", "e\u{301}", "\u{E9}", "\u{212A}", "K", "\u{37E}", ";", "\u{1FEF}", "`", "cafe\u{301}", "ee\u{308}n",
      "\u{212A}\u{301}", "wel\u{37E}", "", " ", "tafel",
    ]
    texts += byString.keys.prefix(200).flatMap { [$0 + "x", $0.uppercased(), $0 + "\u{301}"] }
    for t in texts { #expect(table.lookup(t) == byString[t], "lookup('\(t)')") }
    #expect(table.lookup("\u{37E}") == RuleWord.semicolon.rawValue)
    #expect(table.lookup("uit\u{2009}") == RuleWord.uitVerb.rawValue)
  }
}
