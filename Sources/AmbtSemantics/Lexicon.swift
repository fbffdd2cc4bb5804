import AmbtModel
import Foundation

/// Phrases (sequences of folded words) indexed by their first word, so a clause is searched in
/// one pass over its words rather than once per phrase. Each phrase set has a word flag that marks
/// the words a phrase starts with, so most words cost one bit test.
public struct PhraseSet: Sendable {
  /// The phrases as written in the lexicon (folded).
  let phrases: [[String]]
  let firstWords: Set<String>
  /// The flag of the words a phrase of this set starts with.
  let flag: WordFlags
  /// The phrases as word ids, by first word.
  var byFirst: [WordID: [[WordID]]] = [:]

  init(_ phrases: [[String]], flag: WordFlags) {
    self.phrases = phrases.filter { !$0.isEmpty }
    self.firstWords = Set(self.phrases.map { $0[0] })
    self.flag = flag
  }

  /// The same phrases, with the ids of a word table (`id` gives a word's).
  func encoded(_ id: (String) -> WordID?) -> PhraseSet {
    var copy = self
    copy.byFirst = [:]
    for p in phrases {
      let ids = p.map { id($0) ?? RuleWord.unknown.rawValue }
      copy.byFirst[ids[0], default: []].append(ids)
    }
    return copy
  }

  /// Whether one of the phrases occurs in the words at `indices` (in a row).
  func occurs(in words: SentenceWords, at indices: [Int]) -> Bool {
    for (n, k) in indices.enumerated() where words.infos[k].flags.contains(flag) {
      guard let list = byFirst[words.ids[k]] else { continue }
      for p in list where n + p.count <= indices.count {
        var ok = true
        for m in 1..<max(1, p.count) where words.ids[indices[n + m]] != p[m] {
          ok = false
          break
        }
        if ok { return true }
      }
    }
    return false
  }
}

/// The analyser's words, loaded once from the JSON files in `Resources/` (each file says where
/// its words come from). Every word is folded by the text layer, as the text it meets is.
public struct Lexicon: Sendable {
  /// What a verb form is.
  public enum FormKind: Sendable, Hashable {
    /// Present singular (`meld`, `meldt`) or past.
    case finite
    /// The infinitive (`melden`), also the present plural.
    case infinitive
    /// The past participle (`gemeld`).
    case participle
  }

  public struct VerbForm: Sendable, Hashable {
    public var lemma: String
    public var kind: FormKind
    /// For a separable verb's finite form: the particle that stands apart (`aan` for `neemt`).
    public var particle: String?
  }

  /// Folded form → the verbs it can be. A finite form of a separable verb is listed under its
  /// base (`neemt` → `aannemen` with particle `aan`, and `nemen`). Made from the word table,
  /// which holds the forms (`makeVerbForms`), on each call.
  public var verbForms: [String: [VerbForm]] { table.verbForms() }
  /// Lemmas whose action is bringing something to someone's knowledge.
  public let reportingVerbs: Set<String>
  /// Lemmas that report only when a recipient is named (`bespreken met je leidinggevende`).
  public let weakReportingVerbs: Set<String>
  public let reportingNouns: Set<String>
  public let consentNouns: Set<String>
  public let copulas: Set<String>
  /// Acts the employer performs: a passive of one of them binds the employer
  /// ("uitgaven worden vergoed", "de nevenfuncties worden openbaar gemaakt").
  public let employerActions: Set<String>
  /// Verbs that say what something is, holds or amounts to (`bevatten`, `bedragen`): a plain
  /// statement with one of them and no person as subject describes rather than binds.
  public let stativeVerbs: Set<String>
  public let auxiliaries: Set<String>

  public let must: Set<String>
  public let may: Set<String>
  public let can: Set<String>
  public let needNot: Set<String>
  /// must ∪ may ∪ can ∪ needNot, computed once.
  public let allModals: Set<String>
  public let forbidden: Set<String>
  public let abstain: Set<String>
  /// Predicates that deny what a dat-clause before them says ("Dat … hoeft niet, is een
  /// misverstand").
  public let denials: Set<String>
  /// Verbs of belonging or fitting whose negation rejects ("Discriminatie hoort hier niet thuis").
  public let unfitting: Set<String>
  /// Verbs of preventing whose negation allows ("Niets belet je om …").
  public let preventing: Set<String>
  public let principle: PhraseSet
  public let definition: PhraseSet
  public let powerVerbs: PhraseSet
  public let sanctions: Set<String>
  /// Predicates that call an act a breach (`is een overtreding`, `is strafbaar`).
  public let violations: PhraseSet
  public let frameGebod: PhraseSet
  public let frameVerbod: PhraseSet
  public let frameToestemming: PhraseSet

  public let negators: Set<String>
  public let without: Set<String>
  public let notNegating: [[String]]

  public let condition: [[String]]
  public let exception: [[String]]
  public let proviso: Set<String>
  public let temporal: Set<String>
  public let cause: [[String]]
  public let relative: Set<String>

  public let numberUnits: [String: Double]
  public let numberTeens: [String: Double]
  public let numberTens: [String: Double]
  public let numberMultipliers: [String: Double]
  public let fractions: [String: Double]

  /// Role nouns (folded, one or more words) → role id, longest first.
  public let roleNames: [(words: [String], id: String)]
  /// Words that stand for the employee (`je`, `medewerker`, `ambtenaren`).
  public let employeeWords: Set<String>
  /// Topic id → its terms: whole words (`~`: with an inflection ending), or prefixes of a word.
  public let topicTerms: [(id: String, terms: [[String]])]
  /// Topic terms by the first three letters of their first word: (topic index, term).
  let topicTermsByStart: [String: [(topic: Int, term: [String])]]
  /// Single-word topic terms of five letters or more by their last three letters, for the heads
  /// of compounds (`eindejaarsgeschenk`).
  let topicTermsByEnd: [String: [(topic: Int, term: String)]]
  /// Role names by their first word, as indices into `roleNames`.
  let roleNamesByFirstWord: [String: [Int]]
  /// Every word with an id, and what the analyser knows of each (`WordTable`), built from the
  /// lists above once they are loaded.
  var table: WordTable!

  /// Problems reading the files: none, as they are compiled in (`embeddedFiles`, checked by
  /// EmbeddedResourcesTests against the JSON files they are made from).
  public let loadErrors: [String]

  public static let shared = Lexicon.load(vocabulary: .shared)

  /// `TextFold.fold`, without its look at every character when `s` is plainly folded already.
  static func fold(_ s: String) -> String { isFoldedASCII(s) ? s : TextFold.fold(s) }

  /// ASCII without capitals, controls, backticks or a space at either end or two in a row:
  /// text that folds to itself (the test `TextFold.fold` makes first, on bytes).
  static func isFoldedASCII(_ s: String) -> Bool {
    var t = s
    return t.withUTF8 { b in
      var previousSpace = true
      for c in b {
        if c >= 0x80 || (c >= 0x41 && c <= 0x5A) || c < 0x20 || c == 0x60 { return false }
        if c == 0x20 {
          if previousSpace { return false }
          previousSpace = true
        } else {
          previousSpace = false
        }
      }
      return !previousSpace || b.isEmpty
    }
  }
  /// The folded words of `s`. (Folded ASCII text is split on its bytes: each of its characters is
  /// one byte, as folding leaves no line end.)
  static func phrase(_ s: String) -> [String] {
    var f = fold(s)
    guard isASCII(f) else { return f.split(separator: " ").map(String.init) }
    return f.withUTF8 { b in
      var words: [String] = []
      var start = 0
      for i in 0...b.count where i == b.count || b[i] == 0x20 {
        if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
        start = i + 1
      }
      return words
    }
  }

  static func isASCII(_ s: String) -> Bool {
    var t = s
    return t.withUTF8 { b in
      for c in b where c >= 0x80 { return false }
      return true
    }
  }
}

extension Lexicon {
  static func load(vocabulary: Vocabulary) -> Lexicon {
    let files = embeddedFiles
    let modals = files.modals
    let negators = files.negators
    let conjunctions = files.conjunctions
    let numbers = files.numbers
    let verbs = files.verbs
    let roles = files.roles
    let topics = files.topics
    func set(_ a: [String]) -> Set<String> { Set(a.map(fold)) }
    func phrases(_ a: [String]) -> [[String]] { a.map(phrase).filter { !$0.isEmpty } }
    func numbersTable(_ t: [String: Double]) -> [String: Double] {
      Dictionary(t.map { (fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    // Role names: the vocabulary's labels and synonyms plus roles.json's extra names.
    var names: [(words: [String], id: String)] = []
    for term in vocabulary.roles.terms where term.id != "medewerker" && term.id != "collega" {
      for n in [term.nl] + term.synonyms where n.count >= 2 {
        names.append((phrase(n.utf8.contains(0x2F) ? n.replacingOccurrences(of: "/", with: " ") : n), term.id))
      }
    }
    names.append((["collega"], "collega"))
    names.append((["collegas"], "collega"))
    names.append((["collega's"], "collega"))
    for (id, extra) in roles.roles {
      for n in extra { names.append((phrase(n), id)) }
    }
    // "gemeente" is no recipient: the guide's generic municipality.
    names.removeAll { $0.words == ["gemeente"] || $0.words == ["huis"] || $0.words.isEmpty }
    // Longest first, then by spelling (each name's words joined once, not at every comparison).
    var keyed = names.map { (name: $0, key: $0.words.joined()) }
    keyed.sort { $0.name.words.count != $1.name.words.count ? $0.name.words.count > $1.name.words.count : $0.key < $1.key }
    names = keyed.map(\.name)

    // Topic terms: the vocabulary's labels and synonyms (whole words) and topics.json's stems.
    let ignored = set(topics.ignoredSynonyms)
    var terms: [(id: String, terms: [[String]])] = []
    for t in vocabulary.topics.terms {
      var list: [[String]] = []
      // (Characters counted as bytes in ASCII without a carriage return, which could make one with a line feed.)
      for w in [t.nl] + t.synonyms
      where (isASCII(w) && !w.utf8.contains(0x0D) ? w.utf8.count : w.count) >= 4 && !ignored.contains(fold(w)) {
        var p = phrase(w)
        if !p.isEmpty { p[p.count - 1] += "~" }
        list.append(p)
      }
      for stem in topics.topics[t.id] ?? [] { list.append(phrase(stem)) }
      terms.append((t.id, list))
    }

    var byStart: [String: [(topic: Int, term: [String])]] = [:]
    var byEnd: [String: [(topic: Int, term: String)]] = [:]
    for (index, entry) in terms.enumerated() {
      for term in entry.terms {
        guard let first = term.first else { continue }
        if isASCII(first) {
          // The same on bytes (a folded word has no line end, so each character is a byte).
          let b = first.utf8
          byStart[String(Substring(b.prefix(3))), default: []].append((index, term))
          var word = b[...]
          while let c = word.first, c == 0x7E || c == 0x3D { word = word.dropFirst() }
          while let c = word.last, c == 0x7E || c == 0x3D { word = word.dropLast() }
          if term.count == 1 && b.last != 0x3D && b.last != 0x7E && word.count >= 6 {
            byEnd[String(Substring(word.suffix(3))), default: []].append((index, String(Substring(word))))
          }
          continue
        }
        byStart[String(first.prefix(3)), default: []].append((index, term))
        // The word without its marks (as trimming the characters `~` and `=` from both ends).
        var word = Substring(first)
        while let c = word.first, c == "~" || c == "=" { word = word.dropFirst() }
        while let c = word.last, c == "~" || c == "=" { word = word.dropLast() }
        // Compound heads of six letters or more (`geschenk` in `kerstgeschenk`); shorter terms
        // end too many unrelated words (`uiten` in `uitsluiten`).
        if term.count == 1 && !first.hasSuffix("=") && !first.hasSuffix("~") && word.count >= 6 {
          byEnd[String(word.suffix(3)), default: []].append((index, String(word)))
        }
      }
    }
    var rolesByFirst: [String: [Int]] = [:]
    for (i, n) in names.enumerated() { rolesByFirst[n.words[0], default: []].append(i) }
    var lexicon = Lexicon(
      reportingVerbs: set(verbs.reporting), weakReportingVerbs: set(verbs.weakReporting),
      reportingNouns: set(verbs.reportingNouns),
      consentNouns: set(verbs.consentNouns), copulas: set(verbs.copula), employerActions: set(verbs.employerActions),
      stativeVerbs: set(verbs.stative),
      auxiliaries: set(verbs.auxiliary),
      must: set(modals.must), may: set(modals.may), can: set(modals.can), needNot: set(modals.needNot),
      allModals: set(modals.must).union(set(modals.may)).union(set(modals.can)).union(set(modals.needNot)),
      forbidden: set(modals.forbidden), abstain: set(modals.abstain), denials: set(modals.denials),
      unfitting: set(modals.unfitting), preventing: set(modals.preventing),
      principle: PhraseSet(phrases(modals.principle), flag: .principleStart),
      definition: PhraseSet(phrases(modals.definition), flag: .definitionStart),
      powerVerbs: PhraseSet(phrases(modals.powerVerbs), flag: .powerStart),
      sanctions: set(modals.sanctions),
      violations: PhraseSet(phrases(modals.violations), flag: .violationStart),
      frameGebod: PhraseSet(phrases(modals.frames.gebod), flag: .frameGebodStart),
      frameVerbod: PhraseSet(phrases(modals.frames.verbod), flag: .frameVerbodStart),
      frameToestemming: PhraseSet(phrases(modals.frames.toestemming), flag: .frameToestemmingStart),
      negators: set(negators.negators),
      without: set(negators.without), notNegating: phrases(negators.notNegating), condition: phrases(conjunctions.condition),
      exception: phrases(conjunctions.exception), proviso: set(conjunctions.proviso), temporal: set(conjunctions.temporal),
      cause: phrases(conjunctions.cause), relative: set(conjunctions.relative), numberUnits: numbersTable(numbers.units),
      numberTeens: numbersTable(numbers.teens), numberTens: numbersTable(numbers.tens),
      numberMultipliers: numbersTable(numbers.multipliers), fractions: numbersTable(numbers.fractions), roleNames: names,
      employeeWords: set(roles.employee), topicTerms: terms, topicTermsByStart: byStart, topicTermsByEnd: byEnd,
      roleNamesByFirstWord: rolesByFirst, loadErrors: [])
    lexicon.table = WordTable(lexicon, verbs: verbs)
    return lexicon
  }

  /// Forms that are far more often a function word (`uit` of uiten, `door` of doren): never a
  /// finite verb form (except of `zijn`).
  static let functionWords: Set<String> = [
    "uit", "aan", "op", "in", "om", "af", "door", "mee", "toe", "voor", "na", "bij", "over", "tegen", "los", "dan", "als",
    "wel",
    "een", "de", "het", "te", "en", "of", "is", "die", "dat", "wat",
  ]
  /// `functionWords` as `VerbBytes.shortKey`s (none is longer than five letters).
  static let functionWordKeys: [UInt64] = functionWords.map { VerbBytes.shortKey(Array($0.utf8)[...])! }

  /// Makes every form of every verb, regular forms by the spelling rules of Dutch (ANS 2.3), and
  /// hands each to `sink` (folded, as bytes) after the verb it belongs to. A form may come twice
  /// for one verb; finite forms that are function words are left out.
  ///
  /// A verb whose spellings are plain (`VerbBytes.plain`: what folding leaves as it is) is
  /// conjugated on bytes; any other goes through `conjugate` and `stemOf` on characters, which
  /// give the same forms for the plain ones (LexiconTests compares them).
  static func makeVerbForms<Sink: VerbFormSink>(_ file: VerbsFile, into sink: inout Sink) {
    let irregular = Dictionary(file.irregular.map { (fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    // The forms of one verb, in `arena`; a form with its particle in `scratch`.
    var arena: [UInt8] = []
    arena.reserveCapacity(512)
    var finite: [Range<Int>] = []
    var scratch: [UInt8] = []
    scratch.reserveCapacity(128)
    for written in file.verbs {
      var folded = fold(written)
      guard VerbBytes.plain(folded) else {
        makeForms(folded, irregular: irregular, &sink)
        continue
      }
      // A plain text's characters are its bytes: the parts between `+` (none empty), the last
      // the base, the others joined the particle.
      arena.removeAll(keepingCapacity: true)
      finite.removeAll(keepingCapacity: true)
      var parts = 0
      var lastStart = 0
      folded.withUTF8 { w in
        var start = 0
        for i in 0...w.count where i == w.count || w[i] == 0x2B {
          if i > start {
            lastStart = arena.count
            arena.append(contentsOf: UnsafeBufferPointer(rebasing: w[start..<i]))
            parts += 1
          }
          start = i + 1
        }
      }
      guard parts > 0 else { continue }
      // The arena: the particle, the base, the lemma's stem, then the forms.
      let p = 0..<lastStart
      let b = lastStart..<arena.count
      let lemmaRange = 0..<arena.count
      let particle = parts > 1 ? String(decoding: arena[p], as: UTF8.self) : nil
      let irregularForms = irregular[String(decoding: arena[b], as: UTF8.self)]
      guard irregularForms.map(VerbBytes.plain) ?? true else {
        makeForms(folded, irregular: irregular, &sink)
        continue
      }
      let isZijn = arena[lemmaRange].elementsEqual("zijn".utf8)
      let stem = VerbBytes.appendStem(lemmaRange, &arena)
      arena.withUnsafeBufferPointer { a in
        sink.verb(
          lemma: UnsafeBufferPointer(rebasing: a[lemmaRange]), stem: UnsafeBufferPointer(rebasing: a[stem]), particle: particle)
      }
      let participle = VerbBytes.conjugate(b, irregular: irregularForms, arena: &arena, finite: &finite)
      /// The particle, then `a` and `b`, as one form.
      func emit(_ kind: FormKind, _ a: Range<Int>, _ b: Range<Int>? = nil) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: arena[p])
        scratch.append(contentsOf: arena[a])
        if let b { scratch.append(contentsOf: arena[b]) }
        deliver(scratch, kind, apart: false, isZijn: isZijn, &sink)
      }
      if particle != nil {
        for f in finite { deliver(arena[f], .finite, apart: true, isZijn: isZijn, &sink) }
        deliver(arena[b], .finite, apart: true, isZijn: isZijn, &sink)
        // In a subordinate clause the particle is joined to the finite verb ("dat je het aanneemt").
        for f in finite { emit(.finite, f) }
        emit(.infinitive, b)
        let te = arena.count
        arena.append(contentsOf: [0x74, 0x65])
        emit(.infinitive, te..<(te + 2), b)
        // The participle: particle + ge + base form (`aangenomen`), or without ge- after a prefix.
        emit(.participle, participle)
      } else {
        for f in finite { deliver(arena[f], .finite, apart: false, isZijn: isZijn, &sink) }
        deliver(arena[b], .infinitive, apart: false, isZijn: isZijn, &sink)
        deliver(arena[participle], .participle, apart: false, isZijn: isZijn, &sink)
      }
    }
  }

  /// `makeVerbForms` for a verb written (folded) as `folded` that is not plain: on characters,
  /// each form folded.
  static func makeForms<Sink: VerbFormSink>(_ folded: String, irregular: [String: Irregular], _ sink: inout Sink) {
    let parts = folded.split(separator: "+")
    guard let last = parts.last, !last.isEmpty else { return }
    let base = String(last)
    let particle = parts.count > 1 ? parts.dropLast().joined() : nil
    let lemma = (particle ?? "") + base
    let isZijn = lemma == "zijn"
    var l = lemma
    var stem = stemOf(lemma)
    l.withUTF8 { l in stem.withUTF8 { sink.verb(lemma: l, stem: $0, particle: particle) } }
    func add(_ s: String, _ kind: FormKind, apart: Bool = false) {
      deliver(Array(fold(s).utf8)[...], kind, apart: apart, isZijn: isZijn, &sink)
    }
    let forms = conjugate(base, irregular: irregular[base])
    if let particle {
      for f in forms.finite + [base] { add(f, .finite, apart: true) }
      for f in forms.finite { add(particle + f, .finite) }
      add(lemma, .infinitive)
      add(particle + "te" + base, .infinitive)
      add(particle + forms.participle, .participle)
    } else {
      for f in forms.finite { add(f, .finite) }
      add(lemma, .infinitive)
      add(forms.participle, .participle)
    }
  }

  /// Hands a form to `sink`, unless it is a finite form that is a function word.
  @inline(__always)
  static func deliver<C: Collection<UInt8>, Sink: VerbFormSink>(
    _ form: C, _ kind: FormKind, apart: Bool, isZijn: Bool, _ sink: inout Sink
  ) where C.SubSequence == ArraySlice<UInt8> {
    if kind == .finite && !isZijn, let key = VerbBytes.shortKey(form[...]), functionWordKeys.contains(key) { return }
    form[...].withUnsafeBufferPointer { sink.form($0, kind: kind, apart: apart) }
  }

  /// Finite forms and participle of a base verb (no particle).
  static func conjugate(_ verb: String, irregular: Irregular?) -> (finite: [String], participle: String) {
    if let irregular {
      var finite = [irregular.stem, irregular.third ?? (irregular.stem.hasSuffix("t") ? irregular.stem : irregular.stem + "t")]
      finite += irregular.also ?? []
      finite += irregular.past
      return (finite, irregular.participle)
    }
    let stem = stemOf(verb)
    let third = stem.hasSuffix("t") ? stem : stem + "t"
    // 't kofschip: the consonant before -en in the infinitive decides -te or -de.
    let beforeEn = verb.hasSuffix("en") ? verb.dropLast(2).last : stem.last
    let voiceless = beforeEn.map { "tkfschp".contains($0) } ?? false
    let ending = voiceless ? "t" : "d"
    let pastSingular = stem + (voiceless ? "te" : "de")
    let prefixed = ["be", "ge", "her", "ont", "ver", "er"].contains { verb.hasPrefix($0) && verb.count > $0.count + 3 }
    var participle = (prefixed ? "" : "ge") + stem
    if !(stem.hasSuffix("t") || stem.hasSuffix("d")) { participle += ending }
    return ([stem, third, pastSingular, pastSingular + "n"], participle)
  }

  /// Native verbs in -eren, whose -er- is unstressed (ANS 2.3.2): their compounds too.
  static let nativeEren: Set<String> = [
    "leveren", "luisteren", "veranderen", "verbeteren", "herinneren", "vergaderen", "hinderen", "verzekeren", "bewonderen",
    "plunderen", "verminderen", "verhinderen", "slingeren", "schilderen", "weigeren", "bemoederen", "verbijsteren", "huiveren",
    "vorderen", "bevorderen", "verouderen", "ouderen", "kleuren",
  ]

  /// The stem of a regular verb: `melden` → `meld`, `nemen` → `neem`, `geven` → `geef`,
  /// `zeggen` → `zeg`, `gebruiken` → `gebruik`.
  static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

  static func stemOf(_ verb: String) -> String {
    guard verb.hasSuffix("en"), verb.count > 3 else { return verb }
    var s = Array(verb.dropLast(2))
    let vowels = Self.vowels
    if s.count >= 2, s[s.count - 1] == s[s.count - 2], !vowels.contains(s[s.count - 1]) {
      s.removeLast()
    } else if s.count >= 3, !vowels.contains(s[s.count - 1]), "aeou".contains(s[s.count - 2]), !vowels.contains(s[s.count - 3]) {
      // An open syllable keeps its long vowel: nem-en → neem; an unstressed -el-, -er-, -en-
      // after a consonant cluster does not (behandel-en → behandel, wandel-en → wandel).
      // -eren is stressed in the many loanwords (accepteren → accepteer, registreren →
      // registreer) and unstressed in native verbs (leveren → lever, veranderen → verander).
      let last = s[s.count - 1]
      let earlierVowel = s[0..<(s.count - 3)].contains { vowels.contains($0) }
      let unstressed =
        s[s.count - 2] == "e" && earlierVowel
        && (last == "l" || last == "n"
          || last == "r" && (nativeEren.contains(verb) || nativeEren.contains { verb.hasSuffix($0) }))
      if !unstressed { s.insert(s[s.count - 2], at: s.count - 1) }
    }
    if s.last == "v" { s[s.count - 1] = "f" }
    if s.last == "z" { s[s.count - 1] = "s" }
    return String(s)
  }

  /// The verbs a folded word can be. (`uit` followed by a thin space is the verb `uiten`, as the
  /// analyser marks it after a subject pronoun.)
  public func verbs(_ word: String) -> [VerbForm] {
    if word == "uit\u{2009}" { return [VerbForm(lemma: "uiten", kind: .finite, particle: nil)] }
    return table.verbForms(of: word)
  }

  /// The role names that may start at a word, in the order they are tried (indices into
  /// `roleNames`): those whose first word it is, then one-word names of which it is a plural or
  /// inflected form ("leidinggevenden", "collega's").
  func roleCandidates(_ word: String) -> [Int] {
    var w = word
    var candidates = roleNamesByFirstWord[w] ?? []
    for ending in ["s", "n", "en"] where w.hasSuffix(ending) && w.count > ending.count + 2 {
      w = String(word.dropLast(ending.count))
      candidates += roleNamesByFirstWord[w]?.filter { roleNames[$0].words.count == 1 } ?? []
    }
    return candidates
  }

  /// The role a sequence of folded words starts with, and how many words it takes.
  public func role(at k: Int, in words: [String]) -> (id: String, length: Int)? {
    guard k < words.count else { return nil }
    for (name, id) in roleCandidates(words[k]).map({ roleNames[$0] }) where k + name.count <= words.count {
      var ok = true
      for (n, p) in name.enumerated() {
        let w = words[k + n]
        let last = n == name.count - 1
        if !(w == p || last && (w == p + "s" || w == p + "n" || w == p + "en")) {
          ok = false
          break
        }
      }
      if ok { return (id, name.count) }
    }
    return nil
  }

}

/// Receives the verb forms that `Lexicon.makeVerbForms` makes.
protocol VerbFormSink {
  /// The next verb: its lemma, the lemma's stem (`Lexicon.stemOf`) and, for a separable verb,
  /// its particle.
  mutating func verb(lemma: UnsafeBufferPointer<UInt8>, stem: UnsafeBufferPointer<UInt8>, particle: String?)
  /// A form (folded) of the last verb; `apart`: a finite form that stands apart from the
  /// particle (`neemt` … `aan`).
  mutating func form(_ spelling: UnsafeBufferPointer<UInt8>, kind: Lexicon.FormKind, apart: Bool)
}

/// `Lexicon.conjugate` and `Lexicon.stemOf` on the bytes of a plain verb (`plain`), whose
/// characters are its bytes: the same forms, made in one buffer.
enum VerbBytes {
  /// ASCII without spaces, controls, capitals or the backtick: text that folding leaves as it is,
  /// and so does it with any two such texts joined.
  static func plain(_ s: String) -> Bool {
    var t = s
    return t.withUTF8 { b in
      for c in b where c <= 0x20 || c >= 0x7F || (c >= 0x41 && c <= 0x5A) || c == 0x60 { return false }
      return true
    }
  }

  static func plain(_ i: Lexicon.Irregular) -> Bool {
    plain(i.stem) && (i.third.map(plain) ?? true) && (i.also ?? []).allSatisfy(plain) && i.past.allSatisfy(plain)
      && plain(i.participle)
  }

  /// Up to five bytes and their count as one number, or nil for a longer text.
  @inline(__always) static func shortKey(_ b: ArraySlice<UInt8>) -> UInt64? {
    guard b.count <= 5 else { return nil }
    var k = UInt64(b.count)
    for x in b { k = k << 8 | UInt64(x) }
    return k
  }

  @inline(__always) static func isVowel(_ b: UInt8) -> Bool {
    b == 0x61 || b == 0x65 || b == 0x69 || b == 0x6F || b == 0x75 || b == 0x79  // a e i o u y
  }

  @inline(__always) static func endsEn(_ a: [UInt8], _ r: Range<Int>) -> Bool {
    r.count >= 2 && a[r.upperBound - 2] == 0x65 && a[r.upperBound - 1] == 0x6E
  }

  static let nativeEren: [[UInt8]] = Lexicon.nativeEren.map { Array($0.utf8) }
  static let prefixes: [[UInt8]] = ["be", "ge", "her", "ont", "ver", "er"].map { Array($0.utf8) }

  /// Appends `a[r]` to `a` (a copy of the bytes, not of the array).
  @inline(__always) static func appendCopy(_ a: inout [UInt8], _ r: Range<Int>) {
    for i in r { a.append(a[i]) }
  }

  /// Appends the stem of the verb `a[verb]` (`Lexicon.stemOf`) to `a`, and returns its range.
  static func appendStem(_ verb: Range<Int>, _ a: inout [UInt8]) -> Range<Int> {
    let start = a.count
    guard endsEn(a, verb), verb.count > 3 else {
      appendCopy(&a, verb)
      return start..<a.count
    }
    appendCopy(&a, verb.lowerBound..<(verb.upperBound - 2))
    let n = a.count
    if n - start >= 2, a[n - 1] == a[n - 2], !isVowel(a[n - 1]) {
      a.removeLast()
    } else if n - start >= 3, !isVowel(a[n - 1]), a[n - 2] == 0x61 || a[n - 2] == 0x65 || a[n - 2] == 0x6F || a[n - 2] == 0x75,
      !isVowel(a[n - 3])
    {
      // An open syllable keeps its long vowel (`Lexicon.stemOf`).
      let last = a[n - 1]
      let earlierVowel = a[start..<(n - 3)].contains(where: isVowel)
      let unstressed =
        a[n - 2] == 0x65 && earlierVowel
        && (last == 0x6C || last == 0x6E
          || last == 0x72
            && nativeEren.contains {
              $0.count <= verb.count && a[(verb.upperBound - $0.count)..<verb.upperBound].elementsEqual($0)
            })
      if !unstressed { a.insert(a[n - 2], at: n - 1) }
    }
    if a.count > start && a[a.count - 1] == 0x76 { a[a.count - 1] = 0x66 }  // v → f
    if a.count > start && a[a.count - 1] == 0x7A { a[a.count - 1] = 0x73 }  // z → s
    return start..<a.count
  }

  /// `Lexicon.stemOf` of a plain verb.
  static func stem(_ verb: [UInt8]) -> [UInt8] {
    var a = verb
    let r = appendStem(0..<verb.count, &a)
    return Array(a[r])
  }

  /// `Lexicon.conjugate` of the base verb `arena[verb]`: appends the forms to `arena`, their
  /// ranges to `finite`, and returns the participle's range.
  static func conjugate(
    _ verb: Range<Int>, irregular: Lexicon.Irregular?, arena a: inout [UInt8], finite: inout [Range<Int>]
  ) -> Range<Int> {
    let t: UInt8 = 0x74
    let d: UInt8 = 0x64
    func add(_ s: String) -> Range<Int> {
      let start = a.count
      a.append(contentsOf: s.utf8)
      return start..<a.count
    }
    if let irregular {
      let stem = add(irregular.stem)
      finite.append(stem)
      if let third = irregular.third {
        finite.append(add(third))
      } else if stem.count > 0 && a[stem.upperBound - 1] == t {
        finite.append(stem)
      } else {
        appendCopy(&a, stem)
        a.append(t)
        finite.append(stem.upperBound..<a.count)
      }
      for f in irregular.also ?? [] { finite.append(add(f)) }
      for f in irregular.past { finite.append(add(f)) }
      return add(irregular.participle)
    }
    let stem = appendStem(verb, &a)
    let stemLast = stem.isEmpty ? nil : a[stem.upperBound - 1]
    finite.append(stem)
    if stemLast == t {
      finite.append(stem)
    } else {
      let start = a.count
      appendCopy(&a, stem)
      a.append(t)
      finite.append(start..<a.count)
    }
    // 't kofschip: the consonant before -en in the infinitive decides -te or -de.
    let beforeEn = endsEn(a, verb) ? (verb.count > 2 ? a[verb.upperBound - 3] : nil) : stemLast
    let voiceless =
      beforeEn.map { b in
        b == t || b == 0x6B || b == 0x66 || b == 0x73 || b == 0x63 || b == 0x68 || b == 0x70  // t k f s c h p
      } ?? false
    // The past singular (stem + te/de), and the plural with an n after it.
    let past = a.count
    appendCopy(&a, stem)
    a.append(voiceless ? t : d)
    a.append(0x65)
    finite.append(past..<a.count)
    a.append(0x6E)
    finite.append(past..<a.count)
    let prefixed = prefixes.contains { p in
      verb.count > p.count + 3 && a[verb.lowerBound..<(verb.lowerBound + p.count)].elementsEqual(p)
    }
    let participle = a.count
    if !prefixed { a.append(contentsOf: [0x67, 0x65]) }
    appendCopy(&a, stem)
    if !(stemLast == t || stemLast == d) { a.append(voiceless ? t : d) }
    return participle..<a.count
  }
}
