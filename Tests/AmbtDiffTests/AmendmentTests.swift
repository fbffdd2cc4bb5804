import AmbtDiff
import AmbtModel
import AmbtParser
import Testing

/// Reading and carrying out decisions written by hand, and the problems they can have.
@Suite struct AmendmentTests {
  static let code = """
    ---
    titel: Gedragscode ambtenaren gemeente Voorbeeld
    organisatie: Voorbeeld (GM9999)
    vastgesteld door: college van burgemeester en wethouders
    vastgesteld op: 2025-03-11
    grondslag: Ambtenarenwet 2017, art. 4 lid 3
    ---

    Deze gedragscode geldt voor iedereen die voor de gemeente werkt.

    # 1. Geschenken

    § 1.1. Je neemt geen geschenken aan met een waarde van meer dan € 50.
    @onderwerp geschenken
    @norm verbod
    @drempel € 50

    § 1.2. Een geschenk meld je bij je leidinggevende.
    @onderwerp geschenken
    @norm meldplicht
    @melden bij leidinggevende

    Uitleg:
    Een geschenk kan je onafhankelijkheid aantasten.

    # 2. Nevenwerkzaamheden

    § 2.1. Je meldt nevenwerkzaamheden:

    1. vooraf, bij je leidinggevende;
    2. schriftelijk, met:
      a. de aard van het werk;
      b. de tijd die het kost.
    @onderwerp nevenwerkzaamheden
    @norm meldplicht

    § 2.2. Risico’s bespreek je met je leidinggevende.
    @onderwerp nevenwerkzaamheden
    @norm gebod

    # Slot

    Aldus vastgesteld in de vergadering van 11 maart 2025.

    """

  /// Reads and carries out a decision on `code`: the new source, or the problems.
  static func apply(_ decision: String, to source: String = code) -> (String?, [Diagnostic]) {
    let (read, problems) = AmendmentParser.parse(decision, file: "besluit.txt")
    if !problems.isEmpty { return (nil, problems) }
    switch AmendmentApplier().apply(read, to: source, file: "code.ambt", decisionFile: "besluit.txt") {
    case .success(let text): return (text, [])
    case .failure(let f): return (nil, f.diagnostics)
    }
  }

  /// `line:column` of a problem in the decision.
  static func place(_ d: Diagnostic, in decision: String) -> String {
    let p = LineTable(decision).position(of: d.range.start)
    return "\(p.line):\(p.column)"
  }

  @Test("a decision typed by hand: curly and straight quotes, wrapped sentences, lid and onderdeel, unindented and quoted text")
  func handWritten() throws {
    let decision = """
      Besluit van het college van burgemeester en wethouders van Voorbeeld

      ARTIKEL I

      De Gedragscode ambtenaren gemeente Voorbeeld wordt als volgt gewijzigd:

      A.

      In artikel 1.1 wordt ‘meer dan € 50’ vervangen
      door ‘meer dan € 25’.

      B
        artikel 1.1 wordt als volgt gewijzigd:
        1. “@drempel € 50” wordt vervangen door “@drempel € 25”.

      C
      In artikel 2.1, tweede lid, onderdeel b, wordt "de tijd" vervangen door "het aantal uren".

      D
      Artikel 2.2 komt te luiden:

      „§ 2.2. Risico’s bespreek je vooraf met je leidinggevende.
      @onderwerp nevenwerkzaamheden
      @norm gebod”

      E
      Na artikel 1.2 worden twee artikelen ingevoegd, luidende:

              § 1.3. Een uitnodiging voor een diner meld je vooraf.
              @onderwerp uitnodigingen-en-reizen
              @norm meldplicht

              § 1.4. Een reis betaald door een ander neem je niet aan.
              @onderwerp uitnodigingen-en-reizen
              @norm verbod

      F
      Het gegeven 'vastgesteld op' komt te luiden: '2026-01-01'.

      G
      Het slot vervalt.

      H
      In artikel 2.2 wordt 'Risico's' vervangen door 'Kansen en risico's'.

      I
      Artikel 2.1 wordt als volgt gewijzigd:

      1. In het eerste lid vervalt "vooraf,".
      2. Het artikel wordt vernummerd tot artikel 2.3.

      ARTIKEL II

      Dit besluit treedt in werking met ingang van 1 januari 2026.

      Artikel 1.1 vervalt.
      """
    let (result, problems) = Self.apply(decision)
    #expect(problems.isEmpty, "\(problems.map { "\(Self.place($0, in: decision)) \($0.message.en)" })")
    let text = try #require(result)
    #expect(text.contains("§ 1.1. Je neemt geen geschenken aan met een waarde van meer dan € 25.\n"))
    #expect(text.contains("@drempel € 25\n"))
    #expect(text.contains("\n  b. het aantal uren die het kost.\n"))
    #expect(text.contains("§ 2.2. Kansen en risico's bespreek je vooraf met je leidinggevende."))
    #expect(text.contains("§ 1.3. Een uitnodiging") && text.contains("§ 1.4. Een reis"))
    #expect(text.range(of: "§ 1.2.")!.lowerBound < text.range(of: "§ 1.3.")!.lowerBound)
    #expect(text.contains("vastgesteld op: 2026-01-01\n"))
    #expect(!text.contains("# Slot"))
    #expect(text.contains("§ 2.3. Je meldt nevenwerkzaamheden:") && text.contains("1. bij je leidinggevende;"))
    #expect(AmendmentApplier.canonical(text) == text, "the result is in the canonical layout")
  }

  @Test("a single change without letters, and the frame and toelichting are not read")
  func unlettered() {
    let (result, problems) = Self.apply("ARTIKEL I\n\nArtikel 1.2 vervalt.\n\nARTIKEL II\n\nIn artikel 9 wordt niets gedaan.\n")
    #expect(problems.isEmpty)
    #expect(result?.contains("§ 1.2.") == false)
  }

  @Test("an article that does not exist: its place, what was expected, a suggestion")
  func unknownArticle() throws {
    let decision = "ARTIKEL I\n\nA\n\nArtikel 1.3 vervalt.\n\nB\n\n  Artikel 7 komt te luiden:\n\n    § 7. Tekst.\n"
    let (_, problems) = Self.apply(decision)
    try #require(problems.count == 2)
    #expect(problems[0].id == "amendment-unknown-article" && Self.place(problems[0], in: decision) == "5:1")
    #expect(problems[0].message.nl == "artikel 1.3 bestaat niet in de gedragscode zoals die nu luidt")
    #expect(problems[0].hint?.nl.hasPrefix("bedoelde je artikel 1.") == true)
    #expect(Self.place(problems[1], in: decision) == "9:3")
    #expect(problems.allSatisfy { $0.file == "besluit.txt" })
  }

  @Test("text to replace that does not occur, or occurs twice: the quote is pointed at")
  func textProblems() throws {
    let decision = """
      ARTIKEL I

      A
      In artikel 1.1 wordt "meer dan €50" vervangen door "meer dan € 25".

      B
      In artikel 1.1 wordt "€ 50" vervangen door "€ 25".

      C
      In artikel 1.2 wordt "Leidinggevende" vervangen door "manager".
      """
    let (_, problems) = Self.apply(decision)
    try #require(problems.count == 3)
    #expect(problems[0].id == "amendment-text-not-found" && Self.place(problems[0], in: decision) == "4:23")
    #expect(problems[0].message.en.contains("expected text that stands there exactly like this"))
    #expect(problems[1].id == "amendment-text-ambiguous" && problems[1].message.nl.contains("komt 2 keer voor in artikel 1.1"))
    #expect(problems[1].hint?.nl.contains("citeer meer woorden") == true)
    #expect(problems[2].hint?.nl == "bedoelde je 'leidinggevende'? Hoofdletters tellen mee")
  }

  @Test("an unknown phrase: what was read, what was expected there")
  func unknownPhrase() throws {
    let decision = "ARTIKEL I\n\nA\n\nIn artikel 1.1 wordt \"€ 50\" veranderd in \"€ 25\".\n\nB\n\nArtikel 1.1 verdwijnt.\n"
    let (_, problems) = Self.apply(decision)
    try #require(problems.count == 2)
    #expect(problems[0].id == "amendment-unknown-phrase")
    #expect(problems[0].message.nl.contains("verwacht een sluitend aanhalingsteken gevolgd door 'vervangen door'"))
    #expect(problems[1].message.nl == "onbekende opdracht: na 'Artikel 1.1' verwacht 'vervalt' of 'wordt vernummerd tot'")
    #expect(Self.place(problems[1], in: decision) == "9:13")
  }

  @Test("no ARTIKEL I, an empty onderdeel, text of the wrong kind")
  func structure() {
    #expect(Self.apply("Het college besluit iets.\n").1.first?.id == "amendment-no-article")
    #expect(Self.apply("ARTIKEL I\n\nA\n\nB\n\nArtikel 1.2 vervalt.\n").1.first?.id == "amendment-empty-part")
    let wrong = "ARTIKEL I\n\nNa artikel 1.2 worden twee artikelen ingevoegd, luidende:\n\n    § 1.3. Alleen een.\n"
    let (_, problems) = Self.apply(wrong)
    #expect(problems.first?.message.nl == "verwacht twee artikelen, gevonden 1" && Self.place(problems[0], in: wrong) == "5:5")
    let heading = "ARTIKEL I\n\nArtikel 1.2 komt te luiden:\n\n    # 3. Geen artikel\n"
    #expect(Self.apply(heading).1.first?.message.nl.hasPrefix("verwacht een artikel dat begint met '§'") == true)
  }

  @Test("conflicts and a result with errors point at the instruction")
  func conflictsAndResult() throws {
    let twice = "ARTIKEL I\n\nA\n\nArtikel 1.2 vervalt.\n\nB\n\nIn artikel 1.2 wordt \"Een\" vervangen door \"Elk\".\n"
    let (_, p1) = Self.apply(twice)
    #expect(p1.first?.id == "amendment-conflict" && p1.first?.notes.count == 1 && Self.place(p1[0], in: twice) == "9:1")
    let code = Self.code.replacingOccurrences(of: "@norm gebod\n", with: "@norm gebod\n@zie 1.2\n")
    let dangling = "ARTIKEL I\n\nA\n\nArtikel 1.2 vervalt.\n"
    let (_, p2) = Self.apply(dangling, to: code)
    let d = try #require(p2.first)
    #expect(d.id == "amendment-result-invalid" && d.message.nl.hasPrefix("na het uitvoeren van het besluit:"))
    #expect(d.message.nl.contains("1.2"))
  }

  @Test("renumbering a run, chapters, annexes and metadata by hand")
  func numbering() throws {
    let decision = """
      ARTIKEL I

      A

      De artikelen 1.1 tot en met 1.2 worden vernummerd tot 3.1 tot en met 3.2.

      B

      Hoofdstuk 1 wordt vernummerd tot hoofdstuk 3.

      C

      Het opschrift van hoofdstuk 2 komt te luiden:

          # 2. Nevenwerk

      D

      Er wordt een bijlage toegevoegd, luidende:

          # Bijlage 1 Formulier

          Naam en functie.

      E

      Het gegeven "bron" komt te luiden: "https://example.org/code".
      """
    let (result, problems) = Self.apply(decision)
    #expect(problems.isEmpty, "\(problems.map(\.message.en))")
    let text = try #require(result)
    #expect(text.contains("# 3. Geschenken\n\n§ 3.1. Je neemt") && text.contains("§ 3.2. Een geschenk"))
    #expect(text.contains("# 2. Nevenwerk\n"))
    #expect(text.hasSuffix("# Bijlage 1 Formulier\n\nNaam en functie.\n"))
    #expect(text.contains("grondslag: Ambtenarenwet 2017, art. 4 lid 3\nbron: https://example.org/code\n---"))
    let gap = "ARTIKEL I\n\nDe artikelen 1.1 tot en met 2.2 worden vernummerd tot 4.1 tot en met 4.4.\n"
    #expect(Self.apply(gap).1.first?.id == "amendment-numbering")
  }
}

/// A decision is text from anywhere: no input may crash the reader or the applier.
@Suite struct AmendmentRobustnessTests {
  @Test("CRLF line ends, a byte order mark, tabs and runs of spaces are all fine")
  func layout() throws {
    let decision =
      "\u{FEFF}ARTIKEL I\r\n\r\nA\r\n\r\nIn   artikel\t1.1 wordt  \"meer dan € 50\"  vervangen door \"meer dan € 25\" .\r\n\r\nB\r\n\r\nArtikel 1.2 komt te luiden:\r\n\r\n\t§ 1.2. Een geschenk meld je.\r\n\t@norm meldplicht\r\n"
    let (result, problems) = AmendmentTests.apply(decision)
    #expect(problems.isEmpty, "\(problems.map(\.message.en))")
    let text = try #require(result)
    #expect(text.contains("meer dan € 25.") && text.contains("§ 1.2. Een geschenk meld je.\n@norm meldplicht\n"))
  }

  @Test("a decision cut, doubled and garbled at random: problems or a result, never a crash")
  func garbled() {
    let old = Support.read("Codes/leek.ambt")
    let new = Support.read("Tests/AmbtDiffTests/Fixtures/leek-v2.ambt")
    guard let d = AmendmentGenerator().decision(old: old, oldFile: "oud", new: new, newFile: "nieuw") else {
      Issue.record("no decision")
      return
    }
    let base = Array(AmendmentRenderer().render(d))
    var rng = SeededGenerator(seed: 2026)
    let noise: [Character] = ["\"", "'", "’", "„", ":", ".", " ", "\n", "\t", "A", "§", "#", "1", "é", "\u{0}", "\u{1B}"]
    for _ in 0..<150 {
      var chars = base
      for _ in 0..<Int.random(in: 1...12, using: &rng) {
        let k = Int.random(in: 0..<chars.count, using: &rng)
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: chars.remove(at: k)
        case 1: chars.insert(noise.randomElement(using: &rng)!, at: k)
        case 2: chars[k] = noise.randomElement(using: &rng)!
        default: chars.removeSubrange(k..<min(chars.count, k + Int.random(in: 1...200, using: &rng)))
        }
        if chars.isEmpty { chars = ["A"] }
      }
      let (read, problems) = AmendmentParser.parse(String(chars), file: "besluit")
      if problems.isEmpty { _ = AmendmentApplier().apply(read, to: old, file: "oud", decisionFile: "besluit") }
    }
  }
}

/// What the generator writes for particular changes.
@Suite struct AmendmentGeneratorTests {
  static func decision(_ old: String, _ new: String) -> String {
    guard let d = AmendmentGenerator().decision(old: old, oldFile: "oud", new: new, newFile: "nieuw") else { return "" }
    if !d.parts.isEmpty { #expect(AmendmentPropertyTests.roundTrip(old, new, d) == nil) }
    return AmendmentRenderer().render(d)
  }

  @Test("a code numbered per chapter: rules named within their chapter, a chapter's own text by replacement")
  func perChapter() {
    let old = Support.read("Codes/maastricht.ambt")
    let start = old.range(of: "§ 1.", range: old.range(of: "# 3. HET TEGENGAAN VAN CORRUPTIE")!.upperBound..<old.endIndex)!
    var new = old
    new.replaceSubrange(start, with: "§ 1. Je neemt nooit geld aan.\n@onderwerp omkoping\n@norm verbod\n\n§ 1a.")
    new = new.replacingOccurrences(
      of: "Bedrijfsmiddelen zijn bedoeld voor je werk.", with: "Bedrijfsmiddelen zijn alleen bedoeld voor je werk.")
    let text = Self.decision(old, new)
    #expect(
      text.contains("In hoofdstuk 3 wordt vóór artikel 1 een artikel ingevoegd, luidende:\n\n    § 1. Je neemt nooit geld aan.\n")
    )
    #expect(text.contains("Artikel 1 van hoofdstuk 3 wordt vernummerd tot artikel 1a."))
    #expect(
      text.contains(
        "In hoofdstuk 5 wordt \"Bedrijfsmiddelen zijn bedoeld voor\" vervangen door \"Bedrijfsmiddelen zijn alleen bedoeld voor\"."
      ))
  }

  @Test("the frame: who decides, gelet op the legal basis, the date of entry into force; no differences, no decision")
  func frame() {
    let old = AmendmentTests.code
    let new = old.replacingOccurrences(
      of: "vastgesteld op: 2025-03-11\n", with: "vastgesteld op: 2026-02-03\nin werking: 2026-03-01\n"
    )
    .replacingOccurrences(of: "# Slot", with: "# Slot\n\nDe gedragscode is herzien in 2026.\n")
    let text = Self.decision(old, new)
    #expect(
      text.hasPrefix(
        "Besluit van het college van burgemeester en wethouders van Voorbeeld tot wijziging van de Gedragscode ambtenaren gemeente Voorbeeld\n\nHet college van burgemeester en wethouders van Voorbeeld;\n\ngelet op Ambtenarenwet 2017, art. 4 lid 3;\n\nbesluit:\n"
      ))
    #expect(text.contains("Het gegeven \"in werking\" komt te luiden: \"2026-03-01\"."))
    #expect(text.contains("Het slot komt te luiden:\n\n    De gedragscode is herzien in 2026.\n\n    Aldus vastgesteld"))
    #expect(
      text.contains("Dit besluit treedt in werking met ingang van 1 maart 2026.")
        && text.contains("vergadering van 3 februari 2026."))
    #expect(Self.decision(old, old).contains("Er zijn geen verschillen; er is geen wijzigingsbesluit nodig."))
  }
}
