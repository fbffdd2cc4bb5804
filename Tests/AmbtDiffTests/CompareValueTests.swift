import AmbtCLI
import AmbtDiff
import AmbtModel
import Testing

/// The values of `ambt compare`: from confirmed annotations, with the bound and kind the text
/// gives them, else read from the text and marked inferred.
@Suite struct CompareValueTests {
  static let names = ["aalsmeer-2025", "alphen-aan-den-rijn-2014", "leek", "leiderdorp-2025", "maastricht"]

  func row(_ c: Comparison, _ topic: String, _ kind: ValueKind) -> Comparison.ValueRow? {
    c.values.first { $0.topic == topic && $0.kind == kind }
  }

  @Test("the five codes: gift limits with their bound, yearly checks as frequencies, nothing inferred")
  func realCodes() {
    let c = Comparison(documents: Self.names.map { Support.load("Codes/\($0).ambt") })
    let gifts = row(c, "geschenken", .drempel)
    func cell(_ code: String) -> [String] {
      let k = Self.names.firstIndex(of: code)!
      return gifts?.values[k].map { "\($0.display) (\($0.article)) \($0.boundary?.rawValue ?? "-") \($0.basis.rawValue)" } ?? []
    }
    // Alphen: "Geschenken die … meer dan €50 waard zijn accepteert u niet": allowed up to and including € 50.
    #expect(cell("alphen-aan-den-rijn-2014") == ["≤ € 50 (8.1) le confirmed"])
    // Leiderdorp: "… tenzij … de geschatte waarde van het geschenk minder dan € 50 is".
    #expect(cell("leiderdorp-2025") == ["< € 50 (4.3) lt confirmed"])
    // Maastricht: "is de waarde van het geschenk minder dan 50 euro? Dan mag je …".
    #expect(cell("maastricht") == ["< € 50 (3.2) lt confirmed"])
    #expect(cell("aalsmeer-2025").isEmpty && cell("leek").isEmpty)
    #expect(gifts?.median == 50)

    // "Eenmaal per jaar … komt dit onderdeel aan de orde" (Aalsmeer 4.6) and "jaarlijks
    // geactualiseerd" (Leek 1.5) are annotated @binnen 1 jaar: shown as frequencies.
    // Each under the topic of the sentence that states it, not under every topic of the rule.
    let talks = row(c, "bespreekbaarheid", .frequentie)
    #expect(talks?.values[0].map(\.display) == ["per jaar"] && talks?.values[0].first?.article == "4.6")
    let yearly = row(c, "verantwoording", .frequentie)
    #expect(yearly?.values[0].isEmpty == true)
    #expect(yearly?.values[2].map(\.display) == ["per jaar"] && yearly?.values[2].first?.article == "1.5")
    #expect(row(c, "nevenwerkzaamheden", .frequentie) == nil)
    // Leiderdorp 4.3 is on gifts and invitations; its limit is a gift limit only.
    #expect(row(c, "uitnodigingen-en-reizen", .drempel) == nil)
    // Alphen 4.3 "(richtlijn: meer dan € 1 miljoen)" is a guideline, not a limit.
    #expect(row(c, "aannemingen-en-leveringen", .drempel) == nil)
    #expect(row(c, "aannemingen-en-leveringen", .richtlijn)?.values[1].first?.display == "> € 1.000.000")
    // The review interval, from the metadata.
    #expect(row(c, Comparison.reviewTopic, .frequentie)?.values[4].map(\.display) == ["elke 2 jaar"])
    #expect(c.values.allSatisfy { $0.kind != .binnen })
    #expect(row(c, "draaideur", .termijn)?.values[2].map(\.display) == ["1 jaar"])
    // Every value of the real codes rests on a confirmed annotation.
    #expect(c.values.allSatisfy { $0.values.allSatisfy { $0.allSatisfy { $0.basis == .confirmed } } })
  }

  @Test("a value read from the text says so, in every format")
  func inferred() {
    let a = Support.code(
      """
      # 1. Geschenken

      § 1.1. Geschenken met een waarde van meer dan € 75 neem je niet aan.
      @onderwerp geschenken

      § 1.2. Jaarlijks bespreek je je nevenwerk met je leidinggevende.
      @onderwerp nevenwerkzaamheden

      § 1.3. Je meldt een geschenk binnen tien werkdagen.
      @onderwerp verantwoording

      Uitleg:
      Een fles wijn van € 20 mag je houden.
      """)
    let b = Support.code(
      "# 1. Geschenken\n\n§ 1.1. Geschenken tot en met vijftig euro mag je aannemen.\n@onderwerp geschenken\n@drempel € 50\n")
    let c = Comparison(documents: [a, b])
    let gifts = row(c, "geschenken", .drempel)
    #expect(gifts?.values[0].map(\.display) == ["≤ € 75"])
    #expect(gifts?.values[0].first?.basis == .inferred && gifts?.values[0].first?.written == "€ 75")
    #expect(gifts?.values[1].map(\.display) == ["≤ € 50"] && gifts?.values[1].first?.basis == .confirmed)
    let yearly = row(c, "nevenwerkzaamheden", .frequentie)?.values[0].first
    #expect(yearly?.display == "per jaar" && yearly?.basis == .inferred && yearly?.written == "Jaarlijks")
    let deadline = row(c, "verantwoording", .binnen)?.values[0].first
    #expect(deadline?.display == "10 werkdagen" && deadline?.unit == "werkdag" && deadline?.normalized == 14)
    // The explanation's example is no value of the code.
    #expect(row(c, "verantwoording", .drempel) == nil)

    let nl = ComparisonRenderer(language: .nl).render(c, format: .text)
    #expect(nl.contains("≤ € 75 (1.1, afgeleid)") && nl.contains("≤ € 50 (1.1)"))
    #expect(nl.contains("afgeleid = gelezen uit de tekst, niet uit een bevestigde annotatie."))
    #expect(nl.contains("nevenwerkzaamheden: frequentie") && nl.contains("per jaar (1.2, afgeleid)"))
    let en = ComparisonRenderer(language: .en).render(c, format: .markdown)
    #expect(en.contains("≤ € 75 (1.1, inferred)") && en.contains("outside activities: frequency"))
    let json = ComparisonRenderer(language: .nl).render(c, format: .json)
    #expect(
      json.contains("\"basis\": \"inferred\"") && json.contains("\"kind\": \"frequentie\"")
        && json.contains("\"boundary\": \"le\""))
    #expect(ComparisonRenderer(language: .nl).render(c, format: .html).contains("≤ € 75 (1.1, afgeleid)"))
  }

  @Test("--vs sets one code against the median of the others")
  func versus() throws {
    let io = BufferIO()
    let code = CLI.run(["compare", Support.path("Codes"), "--vs", Support.path("Codes/leek.ambt")], io: io)
    #expect(code == 0)
    let out = io.stdoutText
    #expect(out.hasPrefix("Vergelijking van Leek met 4 andere codes\n"))
    let line = try #require(out.split(separator: "\n").first { $0.hasPrefix("draaideurtermijn") })
    #expect(line.contains("1 jaar (1.6)") && line.contains("2 jaar") && line.hasSuffix("lager dan de mediaan !"))
    #expect(out.contains("grens voor geschenken") && out.contains("ontbreekt in deze code"))
    #expect(out.contains("Verplichtingen die hier ontbreken en in de meeste andere codes gedekt zijn: AW17-4-1-discriminatie"))
  }
}
