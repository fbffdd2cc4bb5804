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

  /// The same phrases, with the ids of a word table (by spelling).
  func encoded(_ ids: [String: WordID]) -> PhraseSet {
    var copy = self
    copy.byFirst = [:]
    for p in phrases {
      let ids = p.map { ids[$0] ?? RuleWord.unknown.rawValue }
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
  /// base (`neemt` → `aannemen` with particle `aan`, and `nemen`).
  public let verbForms: [String: [VerbForm]]
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

  /// Problems reading the files, reported by `ambt` once rather than failing silently.
  public let loadErrors: [String]

  public static let shared = Lexicon.load(vocabulary: .shared)

  static func fold(_ s: String) -> String { TextFold.fold(s) }
  static func phrase(_ s: String) -> [String] { fold(s).split(separator: " ").map(String.init) }
}

extension Lexicon {
  struct ModalsFile: Decodable {
    struct Frames: Decodable { var gebod: [String]; var verbod: [String]; var toestemming: [String] }
    var must, may, can, needNot, forbidden, abstain, principle, definition, powerVerbs, sanctions, violations: [String]
    var frames: Frames
  }
  struct NegatorsFile: Decodable { var negators, without, notNegating: [String] }
  struct ConjunctionsFile: Decodable {
    var condition, exception, proviso, temporal, cause, complement, relative, coordinating: [String]
  }
  struct NumbersFile: Decodable {
    var units, teens, tens, multipliers, ordinals, fractions: [String: Double]
  }
  struct Irregular: Decodable {
    var stem: String
    var third: String?
    var also: [String]?
    var past: [String]
    var participle: String
  }
  struct VerbsFile: Decodable {
    var verbs: [String]
    var irregular: [String: Irregular]
    var reporting, weakReporting, reportingNouns, consentNouns, copula, auxiliary, employerActions: [String]
    var stative: [String]?
  }
  struct RolesFile: Decodable {
    var roles: [String: [String]]
    var employee: [String]
  }
  struct TopicsFile: Decodable {
    var topics: [String: [String]]
    var ignoredSynonyms: [String]
  }

  static func load(vocabulary: Vocabulary) -> Lexicon {
    var errors: [String] = []
    func read<T: Decodable>(_ name: String, _ type: T.Type) -> T? {
      guard let data = SemanticsResources.data(name + ".json") else {
        errors.append("\(name).json not found in the resources")
        return nil
      }
      do { return try JSONDecoder().decode(T.self, from: data) } catch {
        errors.append("\(name).json cannot be read: \(error)")
        return nil
      }
    }
    let modals = read("modals", ModalsFile.self)
    let negators = read("negators", NegatorsFile.self)
    let conjunctions = read("conjunctions", ConjunctionsFile.self)
    let numbers = read("numbers", NumbersFile.self)
    let verbs = read("verbs", VerbsFile.self)
    let roles = read("roles", RolesFile.self)
    let topics = read("topics", TopicsFile.self)
    func set(_ a: [String]?) -> Set<String> { Set((a ?? []).map(fold)) }
    func phrases(_ a: [String]?) -> [[String]] { (a ?? []).map(phrase).filter { !$0.isEmpty } }
    func numbersTable(_ t: [String: Double]?) -> [String: Double] {
      Dictionary((t ?? [:]).map { (fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    // Role names: the vocabulary's labels and synonyms plus roles.json's extra names.
    var names: [(words: [String], id: String)] = []
    for term in vocabulary.roles.terms where term.id != "medewerker" && term.id != "collega" {
      for n in [term.nl] + term.synonyms where n.count >= 2 {
        names.append((phrase(n.replacingOccurrences(of: "/", with: " ")), term.id))
      }
    }
    names.append((["collega"], "collega"))
    names.append((["collegas"], "collega"))
    names.append((["collega's"], "collega"))
    for (id, extra) in roles?.roles ?? [:] {
      for n in extra { names.append((phrase(n), id)) }
    }
    // "gemeente" is no recipient: the guide's generic municipality.
    names.removeAll { $0.words == ["gemeente"] || $0.words == ["huis"] || $0.words.isEmpty }
    names.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.joined() < $1.words.joined() }

    // Topic terms: the vocabulary's labels and synonyms (whole words) and topics.json's stems.
    let ignored = set(topics?.ignoredSynonyms)
    var terms: [(id: String, terms: [[String]])] = []
    for t in vocabulary.topics.terms {
      var list: [[String]] = []
      for w in [t.nl] + t.synonyms where w.count >= 4 && !ignored.contains(fold(w)) {
        var p = phrase(w)
        if !p.isEmpty { p[p.count - 1] += "~" }
        list.append(p)
      }
      for stem in topics?.topics[t.id] ?? [] { list.append(phrase(stem)) }
      terms.append((t.id, list))
    }

    var byStart: [String: [(topic: Int, term: [String])]] = [:]
    var byEnd: [String: [(topic: Int, term: String)]] = [:]
    for (index, entry) in terms.enumerated() {
      for term in entry.terms {
        guard let first = term.first else { continue }
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
      verbForms: buildVerbForms(verbs), reportingVerbs: set(verbs?.reporting), weakReportingVerbs: set(verbs?.weakReporting),
      reportingNouns: set(verbs?.reportingNouns),
      consentNouns: set(verbs?.consentNouns), copulas: set(verbs?.copula), employerActions: set(verbs?.employerActions),
      stativeVerbs: set(verbs?.stative),
      auxiliaries: set(verbs?.auxiliary),
      must: set(modals?.must), may: set(modals?.may), can: set(modals?.can), needNot: set(modals?.needNot),
      allModals: set(modals?.must).union(set(modals?.may)).union(set(modals?.can)).union(set(modals?.needNot)),
      forbidden: set(modals?.forbidden), abstain: set(modals?.abstain),
      principle: PhraseSet(phrases(modals?.principle), flag: .principleStart),
      definition: PhraseSet(phrases(modals?.definition), flag: .definitionStart),
      powerVerbs: PhraseSet(phrases(modals?.powerVerbs), flag: .powerStart),
      sanctions: set(modals?.sanctions),
      violations: PhraseSet(phrases(modals?.violations), flag: .violationStart),
      frameGebod: PhraseSet(phrases(modals?.frames.gebod), flag: .frameGebodStart),
      frameVerbod: PhraseSet(phrases(modals?.frames.verbod), flag: .frameVerbodStart),
      frameToestemming: PhraseSet(phrases(modals?.frames.toestemming), flag: .frameToestemmingStart),
      negators: set(negators?.negators),
      without: set(negators?.without), notNegating: phrases(negators?.notNegating), condition: phrases(conjunctions?.condition),
      exception: phrases(conjunctions?.exception), proviso: set(conjunctions?.proviso), temporal: set(conjunctions?.temporal),
      cause: phrases(conjunctions?.cause), relative: set(conjunctions?.relative), numberUnits: numbersTable(numbers?.units),
      numberTeens: numbersTable(numbers?.teens), numberTens: numbersTable(numbers?.tens),
      numberMultipliers: numbersTable(numbers?.multipliers), fractions: numbersTable(numbers?.fractions), roleNames: names,
      employeeWords: set(roles?.employee), topicTerms: terms, topicTermsByStart: byStart, topicTermsByEnd: byEnd,
      roleNamesByFirstWord: rolesByFirst, loadErrors: errors)
    lexicon.table = WordTable(lexicon)
    return lexicon
  }

  /// Every form of every verb, regular forms made by the spelling rules of Dutch (ANS 2.3).
  static func buildVerbForms(_ file: VerbsFile?) -> [String: [VerbForm]] {
    guard let file else { return [:] }
    var table: [String: [VerbForm]] = [:]
    // Forms that are far more often a function word (`uit` of uiten, `door` of doren) are left out.
    let functionWords: Set<String> = [
      "uit", "aan", "op", "in", "om", "af", "door", "mee", "toe", "voor", "na", "bij", "over", "tegen", "los", "dan", "als",
      "wel",
      "een", "de", "het", "te", "en", "of", "is", "die", "dat", "wat",
    ]
    func add(_ form: String, _ lemma: String, _ kind: FormKind, particle: String? = nil) {
      let f = fold(form)
      if kind == .finite && functionWords.contains(f) && lemma != "zijn" { return }
      let entry = VerbForm(lemma: lemma, kind: kind, particle: particle)
      func appendNew(_ list: inout [VerbForm]) { if !list.contains(entry) { list.append(entry) } }
      appendNew(&table[f, default: []])
    }
    let irregular = Dictionary(file.irregular.map { (fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    for written in file.verbs {
      let parts = fold(written).split(separator: "+").map(String.init)
      guard let base = parts.last, !base.isEmpty else { continue }
      let particle = parts.count > 1 ? parts.dropLast().joined() : nil
      let lemma = (particle ?? "") + base
      let forms = conjugate(base, irregular: irregular[base])
      if let particle {
        for f in forms.finite + [base] { add(f, lemma, .finite, particle: particle) }
        // In a subordinate clause the particle is joined to the finite verb ("dat je het aanneemt").
        for f in forms.finite { add(particle + f, lemma, .finite) }
        add(lemma, lemma, .infinitive)
        add(particle + "te" + base, lemma, .infinitive)
        // The participle: particle + ge + base form (`aangenomen`), or without ge- after a prefix.
        add(particle + forms.participle, lemma, .participle)
      } else {
        for f in forms.finite { add(f, lemma, .finite) }
        add(lemma, lemma, .infinitive)
        add(forms.participle, lemma, .participle)
      }
    }
    return table
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
    return verbForms[word] ?? []
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
