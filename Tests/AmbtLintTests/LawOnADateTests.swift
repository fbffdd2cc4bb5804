import AmbtLint
import AmbtModel
import Testing

/// The law on a date (issue 11): which obligations and which superseded laws apply on the day
/// linted, findings that exist only because the law changed after adoption, and the fixes of the
/// legal review. Every case is a small code written for the test.
@Suite struct LawOnADateTests {
  static func day(_ s: String) -> Day { Day.parse(s)! }

  /// Lints `body` under a metadata block with `meta` lines, on `today`.
  static func lint(_ body: String, meta: String = "", today: String = "2026-06-01") -> [Diagnostic] {
    let source = "---\ntitel: Voorbeeld\norganisatie: Voorbeeld\n\(meta)---\n" + body
    return Linter.lint(bytes: Array(source.utf8), file: "x.ambt", options: LintOptions(today: day(today))).diagnostics
  }

  static func messages(_ found: [Diagnostic], _ id: String) -> [String] {
    found.filter { $0.id == id }.map(\.message.nl)
  }

  static let privacy = "# 1. Informatie\n\n§ 1.1. Je gaat zorgvuldig om met persoonsgegevens volgens de Wbp.\n"

  @Test("on 1 June 2014 the Wbp was the law and the Ambtenarenwet 2017 did not exist")
  func lawOfThatDay() {
    let then = Self.lint(Self.privacy, meta: "vastgesteld op: 2014-05-01\n", today: "2014-06-01")
    #expect(Self.messages(then, "superseded-law").isEmpty)
    let obligations = then.filter { $0.id == "missing-obligation" }.map(\.message.nl)
    #expect(!obligations.isEmpty)
    #expect(obligations.allSatisfy { !$0.contains("Ambtenarenwet 2017") && !$0.contains("Wet bescherming klokkenluiders") })
    #expect(obligations.contains { $0.contains("AW-125quater-a-misbruik") && $0.contains("art. 125quater onder a") })
    // Wet Huis voor klokkenluiders: from 1 July 2016 until 17 February 2023.
    let in2018 = Self.lint(Self.privacy, meta: "vastgesteld op: 2014-05-01\n", today: "2018-01-01")
    #expect(in2018.contains { $0.message.nl.contains("verplichting WHK-2 ontbreekt") })
    #expect(!in2018.contains { $0.message.nl.contains("WBK-2") })
    let now = Self.lint(Self.privacy, meta: "vastgesteld op: 2014-05-01\n", today: "2026-06-01")
    #expect(now.contains { $0.message.nl.contains("verplichting WBK-2 ontbreekt") })
    #expect(!now.contains { $0.message.nl.contains("AW-125") || $0.message.nl.contains("WHK-2") })
  }

  @Test("a finding that exists only because the law changed after adoption says so, in text and JSON")
  func changedAfterAdoption() throws {
    let found = Self.lint(Self.privacy, meta: "vastgesteld op: 2014-05-01\n")
    let wbp = try #require(found.first { $0.id == "superseded-law" })
    #expect(wbp.lawChangedOn == "2018-05-25")
    #expect(
      wbp.message.nl
        == "'Wbp' verwijst naar Wet bescherming persoonsgegevens, vervallen per 25 mei 2018; vervangen door Algemene verordening gegevensbescherming (sinds 25 mei 2018, na de vaststelling van de code op 1 mei 2014; naar de wet van toen was dit in orde)"
    )
    // Gifts became a duty of the Act on 1 January 2020; the old law had no such article.
    let gifts = try #require(found.first { $0.message.nl.hasPrefix("verplichting AW17-8-1e ontbreekt") })
    #expect(gifts.lawChangedOn == "2020-01-01")
    // Secrecy was a duty under the old art. 125a lid 3 too: the gap is not new.
    let secrecy = try #require(found.first { $0.message.nl.hasPrefix("verplichting AW17-9 ontbreekt") })
    #expect(secrecy.lawChangedOn == nil)
    // A code adopted after the change: nothing to say.
    let recent = Self.lint(Self.privacy, meta: "vastgesteld op: 2021-05-01\n")
    #expect(recent.first { $0.id == "superseded-law" }?.lawChangedOn == nil)
    #expect(!recent.contains { $0.message.nl.contains("naar de wet van toen") })
  }

  @Test("old Ambtenarenwet articles are reported with their successor; the renamed law itself is not")
  func oldArticles() {
    let body = """
      # 1. Grondslag

      § 1.1. Deze code rust op artikel 125quinquies, eerste lid, onder f, van de Ambtenarenwet.

      § 1.2. Zie ook artikel 125 quater sub d Ambtenarenwet en artikel 125a lid 3 van de Ambtenarenwet.

      § 1.3. Geheimhouding volgt uit artikel 9 van de Ambtenarenwet. De Ambtenarenwet geldt. Er zijn 125 medewerkers.

      """
    let found = Self.messages(Self.lint(body), "superseded-law")
    #expect(
      found == [
        "'125quinquies' verwijst naar artikel 125quinquies lid 1 onder f van de Ambtenarenwet (oude nummering), vervallen per 1 januari 2020; nu art. 5 lid 1 onder e Ambtenarenwet 2017",
        "'125 quater' verwijst naar artikel 125 quater onder d van de Ambtenarenwet (oude nummering), vervallen per 1 januari 2020; nu art. 4 lid 4 Ambtenarenwet 2017",
        "'125a' verwijst naar artikel 125a lid 3 van de Ambtenarenwet (oude nummering), vervallen per 1 januari 2020; nu art. 9 Ambtenarenwet 2017",
      ])
    // Before 2020 the old numbering was the law.
    #expect(Self.messages(Self.lint(body, today: "2019-12-31"), "superseded-law").isEmpty)
  }

  @Test("legal review: misnomer, BIR, history, 'Wet Openbaarheid Bestuur'")
  func reviewFixes() {
    let body = """
      # 1. Informatie

      § 1.1. Meldingen gaan volgens de Wet melding klokkenluiders.

      § 1.2. Beveiliging volgt de BIR.

      § 1.3. Verzoeken op grond van de Wet open overheid (Woo, voorheen Wob) stuur je door.

      § 1.4. Verzoeken op grond van de Wet Openbaarheid Bestuur stuur je door.

      """
    let found = Self.messages(Self.lint(body), "superseded-law")
    #expect(
      found == [
        "'Wet melding klokkenluiders' is geen bestaande wet; bedoeld is waarschijnlijk de Wet bescherming klokkenluiders",
        "'BIR' verwijst naar Baseline Informatiebeveiliging Rijksdienst, vervallen per 1 januari 2020; vervangen door Baseline Informatiebeveiliging Overheid",
        "'Wet Openbaarheid Bestuur' verwijst naar Wet openbaarheid van bestuur, vervallen per 1 mei 2022; vervangen door Wet open overheid",
      ])
    let in2020 = Self.messages(Self.lint(body, today: "2020-06-01"), "superseded-law")
    #expect(in2020.first?.hasSuffix("bedoeld is waarschijnlijk de Wet Huis voor klokkenluiders") == true)
  }

  @Test("the review interval is the code's own promise: from metadata, else from its text; overdue is a warning")
  func reviewPromise() throws {
    let body =
      "Deze gedragscode wordt minimaal elke twee jaar geëvalueerd.\n\n# 1. Algemeen\n\n§ 1.1. Je gedraagt je als een goed ambtenaar.\n"
    let found = Self.lint(body, meta: "vastgesteld op: 2020-01-01\n", today: "2022-06-01")
    let d = try #require(found.first { $0.id == "review-overdue" })
    #expect(d.severity == .warning)
    #expect(d.message.nl.contains("plus 24 maanden (de code belooft"))
    #expect(d.citation?.contains("geen wettelijke termijn") == true && d.citation?.contains("art. 4 lid 4") == false)
    let yearly = Self.lint(
      "De code wordt ieder jaar geëvalueerd.\n\n# 1. Algemeen\n\n§ 1.1. Je gedraagt je als een goed ambtenaar.\n",
      meta: "vastgesteld op: 2020-01-01\n", today: "2021-02-01")
    #expect(yearly.first { $0.id == "review-overdue" }?.message.nl.contains("plus 12 maanden") == true)
    // A lapsed code needs no review.
    let lapsed = Self.lint(body, meta: "vastgesteld op: 2020-01-01\nvervallen per: 2021-01-01\n", today: "2022-06-01")
    #expect(!lapsed.contains { $0.id == "review-overdue" })
  }

  @Test("internal-reporting-first applies from 18 February 2023, as a warning sourced to summaries")
  func internalFirst() throws {
    let body = "# 1. Misstanden\n\n§ 1.1. Een vermoeden van een misstand meld je eerst intern bij je leidinggevende.\n"
    #expect(!Self.lint(body, today: "2022-06-01").contains { $0.id == "internal-reporting-first" })
    let d = try #require(
      Self.lint(body, meta: "vastgesteld op: 2021-01-01\n", today: "2024-01-01").first { $0.id == "internal-reporting-first" })
    #expect(d.severity == .warning && d.lawChangedOn == "2023-02-18")
    #expect(d.message.nl.contains("volgens samenvattingen van de Wet bescherming klokkenluiders"))
    #expect(d.citation == "Wet bescherming klokkenluiders")
  }

  @Test("gifts: a report alone is less than consent; colleagues' gifts are outside art. 8 lid 1 e")
  func gifts() {
    let reportOnly = Self.lint(
      "# 1. Geschenken\n\n§ 1.1. Geschenken tot € 50 mag je houden. Je meldt ze bij je leidinggevende.\n")
    #expect(reportOnly.contains { $0.id == "gift-notification-only" && $0.severity == .info })
    #expect(!reportOnly.contains { $0.id == "gift-requires-consent" })
    let consent = Self.lint(
      "# 1. Geschenken\n\n§ 1.1. Geschenken tot € 50 mag je houden met toestemming van je leidinggevende. Je meldt ze bij je leidinggevende.\n"
    )
    #expect(!consent.contains { $0.id.hasPrefix("gift-") })
    let colleagues = Self.lint("# 1. Afscheid\n\n§ 1.1. Bij je afscheid mag je cadeaus van je collega's aannemen.\n")
    #expect(!colleagues.contains { $0.id.hasPrefix("gift-") })
    let none = Self.lint("# 1. Geschenken\n\n§ 1.1. Geschenken tot € 50 mag je houden.\n")
    let d = none.first { $0.id == "gift-requires-consent" }
    #expect(d?.message.nl.contains("art. 8 lid 1 onder e vraagt toestemming voor giften van derden") == true)
    #expect(d?.message.nl.contains("in strijd met de wet") == false)
  }

  @Test("duties beyond the Act: financial interests of everyone, publication; pre-Wnra words after 2020")
  func beyondTheAct() {
    let all = Self.lint(
      "# 1. Belangen\n\n§ 1.1. Ambtenaren doen opgave van al hun financiële belangen. Deze gegevens worden openbaar gemaakt.\n")
    let messages = Self.messages(all, "financial-interest-duty-beyond-act")
    #expect(messages.count == 2)
    #expect(messages.contains { $0.contains("laat alle medewerkers hun financiële belangen melden") })
    #expect(messages.contains { $0.contains("maakt meldingen van financiële belangen openbaar") })
    let designated = Self.lint(
      "# 1. Belangen\n\n§ 1.1. Als je in een aangewezen functie werkt, meld je je financiële belangen bij de gemeentesecretaris.\n"
    )
    #expect(Self.messages(designated, "financial-interest-duty-beyond-act").isEmpty)
    let body =
      "# 1. Algemeen\n\n§ 1.1. De code geldt voor ambtenaren die bij de gemeente zijn aangesteld. Het bevoegd gezag beslist.\n"
    #expect(Self.messages(Self.lint(body, meta: "vastgesteld op: 2022-05-01\n"), "pre-wnra-terms").count == 2)
    #expect(Self.messages(Self.lint(body, meta: "vastgesteld op: 2015-05-01\n"), "pre-wnra-terms").isEmpty)
    #expect(Self.messages(Self.lint(body), "pre-wnra-terms").isEmpty)
  }

  @Test("coverage a lawyer accepts: a procurement procedure, an annex quoting the law, only current side activities")
  func coverage() throws {
    let procurement = Self.lint(
      "# 1. Inkoop\n\n§ 1.1. Bij aanbestedingen volg je altijd de inkoopprocedure van de gemeente.\n@onderwerp aannemingen-en-leveringen\n"
    )
    #expect(procurement.contains { $0.message.nl.hasPrefix("verplichting AW17-8-1b ontbreekt") })
    let annex = Self.lint(
      "# 1. Algemeen\n\n§ 1.1. Je gedraagt je als een goed ambtenaar.\n\n# Bijlage 1. Wettekst\n\n§ 1. De ambtenaar en de gewezen ambtenaar zijn verplicht tot geheimhouding van hetgeen hen in verband met hun functie ter kennis is gekomen.\n"
    )
    let secrecy = try #require(annex.first { $0.message.nl.hasPrefix("verplichting AW17-9") })
    #expect(secrecy.message.nl.contains("staat alleen in bijlage 1"))
    let current = Self.lint(
      "# 1. Nevenwerk\n\n§ 1.1. Je meldt de nevenwerkzaamheden die je verricht bij je leidinggevende.\n@onderwerp nevenwerkzaamheden\n"
    )
    let partial = try #require(current.first { $0.message.nl.hasPrefix("verplichting AW17-8-2a") })
    #expect(partial.message.nl.contains("is maar deels gedekt door regel '1.1.': ook voorgenomen nevenwerkzaamheden ontbreekt"))
    let intended = Self.lint(
      "# 1. Nevenwerk\n\n§ 1.1. Je meldt de nevenwerkzaamheden die je verricht of wilt gaan verrichten bij je leidinggevende.\n")
    #expect(!intended.contains { $0.message.nl.hasPrefix("verplichting AW17-8-2a") })
  }

  @Test("the catalogue: dated, linked to successors, citing official texts")
  func catalogue() throws {
    let c = ObligationCatalogue.shared
    #expect(c.loadError == nil)
    let wbk = try #require(c.obligation("WBK-2"))
    #expect(wbk.citationText == "Wet bescherming klokkenluiders, art. 2 lid 2" && wbk.validFrom == "2023-02-18")
    #expect(c.obligation("AW17-4-1-bewustzijn") != nil)
    #expect(c.obligation("AW17-6")?.confidence == "quoted-in-code")
    for o in c.obligations {
      #expect(o.validFrom != nil || o.validUntil != nil, "\(o.id) has no validity period")
      let url = o.citation.url
      #expect(
        url.hasPrefix("https://wetten.overheid.nl/") || url.hasPrefix("https://zoek.officielebekendmakingen.nl/"),
        "\(o.id) links to \(url)")
      for p in o.predecessors ?? [] {
        #expect(c.obligation(p)?.successor == o.id || c.obligation(p)?.successorAlso?.contains(o.id) == true)
      }
    }
    // Every day has one law: the 2017 Act from 2020, the old articles until 2019.
    #expect(c.obligations(on: Self.day("2019-12-31")).allSatisfy { !$0.id.hasPrefix("AW17") })
    #expect(c.obligations(on: Self.day("2020-01-01")).allSatisfy { !$0.id.hasPrefix("AW-125") })
  }

  @Test("every rule cites an official text: wetten.overheid.nl, officielebekendmakingen.nl or the Tweede Kamer")
  func officialLinks() {
    let official = ["https://wetten.overheid.nl/", "https://zoek.officielebekendmakingen.nl/", "https://www.tweedekamer.nl/"]
    for rule in LintRules.all {
      guard let url = rule.descriptor.citation?.url, url.hasPrefix("http") else { continue }
      #expect(official.contains { url.hasPrefix($0) }, "\(rule.descriptor.id) links to \(url)")
    }
  }
}
