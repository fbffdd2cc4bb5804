import AmbtDiff
import AmbtModel
import Testing

/// Issue 12, items 1, 2 and 4: the text outside the rules, explanations, the order of the
/// chapters, editorial against substantive changes, and a window of context.
@Suite struct AllTextDiffTests {
  static let base = """
    Deze code geldt voor alle medewerkers.

    # 1. Melden

    Uitleg:
    Een vermoeden van een misstand meld je bij de vertrouwenspersoon.

    § 1.1. Je meldt nevenwerkzaamheden bij je leidinggevende.
    @onderwerp nevenwerkzaamheden

    # 2. Geschenken

    § 2.1. Geschenken tot € 50 mag je houden.
    @onderwerp geschenken
    @drempel € 50

    Uitleg:
    Een geschenk tot € 50 meld je wel bij je leidinggevende.

    # 3. Informatie

    § 3.1. Je houdt vertrouwelijke informatie geheim.
    @onderwerp geheimhouding

    """

  static func diff(_ new: String) -> DocumentDiff {
    Differ().diff(Support.code(base), Support.code(new))
  }

  @Test("a rule rewritten in other words, with its number and title kept, is one changed rule with the same meaning")
  func rewrittenRule() {
    let old = Support.code(
      "# 1. Regels\n\n§ 1.1. [Verbod] U mag geen geschenken aannemen van leveranciers.\n\n§ 1.2. [Geheim] Je houdt vertrouwelijke informatie geheim, ook na je vertrek.\n"
    )
    let new = Support.code(
      "# 1. Regels\n\n§ 1.1. [Verbod] Het is u niet toegestaan geschenken van leveranciers aan te nemen.\n\n§ 1.2. [Geheim] Ook nadat je de gemeente hebt verlaten, houd je vertrouwelijke informatie geheim.\n"
    )
    let d = Differ().diff(old, new)
    #expect(d.changes.count == 2)
    #expect(d.changes.allSatisfy { $0.status == .matched })
    #expect(d.changes.allSatisfy { $0.semantic.isEmpty }, "\(d.changes.map(\.semantic))")
    // Another title with the same number is another rule.
    let other = Support.code(
      "# 1. Regels\n\n§ 1.1. [Melden] Het is u niet toegestaan geschenken van leveranciers aan te nemen.\n")
    #expect(!Differ().diff(old, other).changes.contains { $0.status == .matched })
  }

  @Test("'alleen na overleg met uw leidinggevende' → 'zonder overleg met uw leidinggevende': the report and its recipient go")
  func withoutConsultation() {
    let old = Support.code(
      "# 1. Regels\n\n§ 1.2. [Diners] Uitnodigingen voor diners neemt u alleen aan na overleg met uw leidinggevende.\n")
    let new = Support.code(
      "# 1. Regels\n\n§ 1.2. [Diners] Uitnodigingen voor diners neemt u aan zonder overleg met uw leidinggevende.\n")
    let semantic = Differ().diff(old, new).changes.flatMap(\.semantic)
    let report = semantic.first { $0.kind == "melden-bij" }
    #expect(report?.old == "leidinggevende" && report?.new == nil, "\(semantic)")
    #expect(report?.basis == .inferred)
    // Under a ban, `zonder` asks what it names: the recipient stays.
    let ban = Support.code(
      "# 1. Regels\n\n§ 1.2. [Diners] Uitnodigingen voor diners neemt u niet aan zonder overleg met uw leidinggevende.\n")
    #expect(!Differ().diff(old, ban).changes.flatMap(\.semantic).contains { $0.kind == "melden-bij" })
  }

  @Test("a change only in a chapter's explanation is a difference, read for its meaning")
  func chapterText() throws {
    let d = Self.diff(Self.base.replacingOccurrences(of: "bij de vertrouwenspersoon", with: "bij de integriteitscoördinator"))
    #expect(d.hasDifferences)
    let p = try #require(d.passages.first)
    #expect(p.place.nl == "hoofdstuk 1. Melden (tekst buiten de regels)")
    #expect(p.words.contains { $0.op == .insert && $0.text == "integriteitscoördinator" })
    let text = DiffTextRenderer(language: .nl, colour: false).render(d)
    #expect(text.contains("Tekst buiten de regels"))
    #expect(text.contains("[-vertrouwenspersoon-]{+integriteitscoördinator+}"))
    #expect(!text.contains("Geen verschillen"))
    // The preamble too.
    let preamble = Self.diff(Self.base.replacingOccurrences(of: "alle medewerkers", with: "alle medewerkers en inhuurkrachten"))
    #expect(preamble.passages.map(\.place.nl) == ["preambule"])
    #expect(preamble.passages.first?.substantive == true)
  }

  @Test("a norm flip in the preamble is named in the summary; a limit dropped with it has no direction of its own")
  func preambleNorm() throws {
    let old = "Medewerkers mogen geschenken tot € 50 aannemen als zij die melden.\n\n" + Self.base
    let new = "Medewerkers mogen geen geschenken aannemen.\n\n" + Self.base
    let d = Differ().diff(Support.code(old), Support.code(new))
    let p = try #require(d.passages.first)
    let norm = try #require(p.semantic.first { $0.kind == "norm" })
    #expect(norm.old == "toestemming" && norm.new == "verbod" && norm.direction == .strenger)
    let limit = try #require(p.semantic.first { $0.kind == "drempel" })
    #expect(limit.old == "< € 50" && limit.new == nil && limit.direction == .onbepaald)
    let text = DiffTextRenderer(language: .nl, colour: false).render(d)
    #expect(text.contains("  • preambule: drempel: < € 50 → (geen) (richting onbepaald)"))
    #expect(text.contains("normsoort: toestemming → verbod (strenger)"))
  }

  @Test("an amount changed in an explanation shows its words and says the confirmed annotation was not updated")
  func explanationAmount() throws {
    let d = Self.diff(Self.base.replacingOccurrences(of: "Een geschenk tot € 50 meld", with: "Een geschenk tot € 75 meld"))
    let c = try #require(d.to("2.1"))
    #expect(c.explanationChanged && !c.explanationWords.isEmpty && c.substantive)
    let limit = try #require(c.semantic.first { $0.kind == "drempel" })
    #expect(limit.new == "< € 75" && limit.basis == .inferred)
    #expect(limit.note?.nl == "de tekst zegt nu < € 75, de annotatie @drempel nog € 50")
    let text = DiffTextRenderer(language: .nl, colour: false).render(d)
    #expect(
      text.contains(
        """
          Geschenken tot € 50 mag je houden.
          toelichting:
            Uitleg
            Een geschenk tot [-€ 50-]{+€ 75+} meld je wel bij je leidinggevende.
        """))
  }

  @Test("chapters in another order, with their numbers kept, are a change")
  func chapterOrder() throws {
    let swapped = """
      Deze code geldt voor alle medewerkers.

      # 3. Informatie

      § 3.1. Je houdt vertrouwelijke informatie geheim.
      @onderwerp geheimhouding

      # 1. Melden

      Uitleg:
      Een vermoeden van een misstand meld je bij de vertrouwenspersoon.

      § 1.1. Je meldt nevenwerkzaamheden bij je leidinggevende.
      @onderwerp nevenwerkzaamheden

      # 2. Geschenken

      § 2.1. Geschenken tot € 50 mag je houden.
      @onderwerp geschenken
      @drempel € 50

      Uitleg:
      Een geschenk tot € 50 meld je wel bij je leidinggevende.

      """
    let d = Self.diff(swapped)
    #expect(d.hasDifferences)
    #expect(d.chapters.filter(\.reordered).compactMap { $0.new?.displayTitle } == ["3. Informatie"])
    #expect(
      DiffTextRenderer(language: .nl, colour: false).render(d).contains(
        "3. Informatie → 3. Informatie (andere plaats in de volgorde)"))
    #expect(Differ().diff(Support.code(Self.base), Support.code(Self.base)).hasDifferences == false)
  }

  @Test("editorial changes (punctuation, spelling, the same amount written otherwise) against substantive ones")
  func classification() throws {
    func rule(_ text: String) -> String { "# 1. Geschenken\n\n§ 1.1. \(text)\n@onderwerp geschenken\n" }
    func change(_ a: String, _ b: String) throws -> ArticleChange {
      try #require(Differ().diff(Support.code(rule(a)), Support.code(rule(b))).to("1.1"))
    }
    #expect(try !change("Geschenken tot € 50,- mag je houden.", "Geschenken tot 50 euro mag je houden.").substantive)
    #expect(try !change("Geschenken tot € 50 mag je houden.", "Geschenken tot vijftig euro mag je houden.").substantive)
    #expect(try !change("Geschenken mag je houden, als je ze meldt.", "Geschenken mag je houden als je ze meldt.").substantive)
    #expect(try !change("Je meldt geschenken bij de organistaie.", "Je meldt geschenken bij de organisatie.").substantive)
    #expect(try change("Geschenken tot € 50 mag je houden.", "Geschenken tot € 75 mag je houden.").substantive)
    // A period in another notation: a number in words or figures before an unchanged unit, or the
    // same length in another unit; another length, or working days for days, is a change.
    #expect(try !change("Je meldt geschenken binnen 2 weken.", "Je meldt geschenken binnen twee weken.").substantive)
    #expect(try !change("Je meldt geschenken binnen twee weken.", "Je meldt geschenken binnen veertien dagen.").substantive)
    #expect(try !change("Je meldt geschenken binnen een jaar.", "Je meldt geschenken binnen twaalf maanden.").substantive)
    #expect(try !change("Geschenken tot 50 euro mag je houden.", "Geschenken tot vijftig euro mag je houden.").substantive)
    #expect(try change("Je meldt geschenken binnen 2 weken.", "Je meldt geschenken binnen drie weken.").substantive)
    #expect(try change("Je meldt geschenken binnen 5 dagen.", "Je meldt geschenken binnen 5 werkdagen.").substantive)
    #expect(try change("Je meldt geschenken binnen een jaar.", "Je meldt geschenken binnen elf maanden.").substantive)
    #expect(try change("Geschenken mag je houden.", "Geschenken mag je niet houden.").substantive)
    #expect(try change("Je meldt geschenken bij je leidinggevende.", "Je meldt geschenken bij de secretaris.").substantive)
    // Substantive changes come first in every output; editorial ones are counted.
    let d = Differ().diff(
      Support.code(rule("Geschenken tot € 50,- mag je houden.") + "\n§ 1.2. Je meldt het.\n"),
      Support.code(rule("Geschenken tot 50 euro mag je houden.") + "\n§ 1.2. Je meldt het niet.\n"))
    #expect(d.substantiveChanges.map { $0.new?.key } == ["1.2"])
    let text = DiffTextRenderer(language: .nl, colour: false).render(d)
    let first = try #require(text.range(of: "Inhoudelijke wijzigingen"))
    #expect(text.range(of: "Regel 1.1")!.lowerBound > first.lowerBound)
    #expect(text.contains("1 redactionele wijziging: 1.1"))
    #expect(text.contains("Regel 1.1: tekst gewijzigd (redactioneel)"))
  }

  @Test("a two-word change in a long rule shows a window of context, not the whole rule")
  func window() throws {
    let long = (1...60).map { "woord\($0)" }.joined(separator: " ")
    let d = Differ().diff(
      Support.code("# 1. A\n\n§ 1.1. \(long) Je meldt het bij je leidinggevende.\n"),
      Support.code("# 1. A\n\n§ 1.1. \(long) Je meldt het bij de secretaris.\n"))
    let text = DiffTextRenderer(language: .nl, colour: false).render(d)
    let line = try #require(text.split(separator: "\n").first { $0.contains("{+") })
    #expect(line == "  … woord57 woord58 woord59 woord60 Je meldt het bij [-je leidinggevende-]{+de secretaris+}.")
  }

  @Test("HTML: substantive changes linked first, side by side that stacks on a phone, the new text with changes tracked")
  func htmlViews() throws {
    let d = Self.diff(
      Self.base.replacingOccurrences(of: "Geschenken tot € 50 mag", with: "Geschenken tot € 25 mag")
        .replacingOccurrences(of: "§ 3.1. Je houdt vertrouwelijke informatie geheim.\n@onderwerp geheimhouding\n", with: ""))
    let html = DiffHTMLRenderer(language: .nl).render(d)
    let summary = try #require(html.range(of: "<h3>Inhoudelijke wijzigingen</h3>"))
    let side = try #require(html.range(of: "<h2 id=\"side\">Naast elkaar</h2>"))
    let track = try #require(html.range(of: "<h2 id=\"track\">De nieuwe tekst met wijzigingen</h2>"))
    #expect(summary.lowerBound < side.lowerBound && side.lowerBound < track.lowerBound)
    #expect(html.contains("<td data-label=\"Oud\"><span class=\"ln\">Geschenken tot <del>€ 50</del> mag je houden.</span></td>"))
    #expect(
      html.contains("<td data-label=\"Nieuw\"><span class=\"ln\">Geschenken tot <ins>€ 25</ins> mag je houden.</span></td>"))
    // The removed rule stays in the tracked text, struck through at its place.
    #expect(
      html.contains(
        "<p class=\"rule\"><span class=\"num\"><del>3.1</del></span> <span class=\"ln\"><del>Je houdt vertrouwelijke informatie geheim.</del></span></p>"
      ))
    #expect(html.contains("@media (max-width: 40rem)") && html.contains("@media print"))
    let head = try #require(html.range(of: "</head>"))
    #expect(html.range(of: ".sbs {")!.lowerBound < head.lowerBound, "the view styles belong in the head")
  }

  @Test("a change of numbering style (1.1 → Artikel 1 lid 1) is aligned at the level of leden: renumbering only")
  func leden() throws {
    let flat = """
      # 1. Geschenken

      § 1.1. Geschenken tot € 50 mag je houden.
      @onderwerp geschenken

      § 1.2. Geld neem je nooit aan.
      @onderwerp geschenken

      # 2. Nevenwerk

      § 2.1. Je meldt nevenwerkzaamheden bij je leidinggevende.
      @onderwerp nevenwerkzaamheden

      § 2.2. Je meldt ook nevenwerkzaamheden die je wilt gaan doen.
      @onderwerp nevenwerkzaamheden

      """
    let leden = """
      # Hoofdstuk 1 Geschenken

      § Artikel 1

      1. Geschenken tot € 50 mag je houden.
      2. Geld neem je nooit aan.

      @onderwerp geschenken

      # Hoofdstuk 2 Nevenwerk

      § Artikel 2

      1. Je meldt nevenwerkzaamheden bij je leidinggevende.
      2. Je meldt ook nevenwerkzaamheden die je wilt gaan doen.

      @onderwerp nevenwerkzaamheden

      """
    let d = Differ().diff(Support.code(flat), Support.code(leden))
    #expect(d.changes.allSatisfy { $0.status == .matched && $0.renumbered && !$0.textChanged && !$0.substantive })
    #expect(
      d.changes.map { "\($0.old?.displayNumber ?? "") → \($0.new?.displayNumber ?? "")" } == [
        "1.1 → Artikel 1 lid 1", "1.2 → Artikel 1 lid 2", "2.1 → Artikel 2 lid 1", "2.2 → Artikel 2 lid 2",
      ])
    #expect(d.chapters.allSatisfy { $0.status == .matched })
    // And back.
    let back = Differ().diff(Support.code(leden), Support.code(flat))
    #expect(back.changes.count == 4 && back.changes.allSatisfy { $0.status == .matched && !$0.substantive })
  }
}
