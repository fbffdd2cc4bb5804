import AmbtDiff
import AmbtModel
import Testing

/// Changes of meaning read from the text by the norm analyser, on version pairs of one rule.
/// The rules carry only a confirmed topic, so amounts, periods, norms and recipients come from
/// the text, unless a case adds confirmed annotations to both versions.
@Suite struct TextSemanticsTests {
  func rule(_ text: String, _ annotations: String) -> String {
    "# 1. Geschenken\n\n§ 1.1. \(text)\n@onderwerp geschenken\n\(annotations)\n"
  }

  /// The semantic changes of the one matched rule.
  func semantic(_ old: String, _ new: String, old oldAnnotations: String = "", new newAnnotations: String = "")
    -> [SemanticChange]
  {
    let d = Differ().diff(Support.code(rule(old, oldAnnotations)), Support.code(rule(new, newAnnotations)))
    #expect(d.changes.count == 1 && d.changes.first?.status == .matched, "the two versions of the rule must be matched")
    return d.changes.first?.semantic ?? []
  }

  /// The one change of `kind`; records an issue when there is not exactly one.
  func only(_ kind: String, _ changes: [SemanticChange]) -> SemanticChange? {
    let found = changes.filter { $0.kind == kind }
    #expect(found.count == 1, "expected one \(kind) change, got \(found.map { "\($0.old ?? "-") → \($0.new ?? "-")" })")
    return found.first
  }

  // MARK: Time scope

  @Test("a duty limited to the employment, or continued after it, changes its time scope")
  func timeScope() {
    let narrowed = only(
      "tijd",
      semantic(
        "Je houdt vertrouwelijke informatie geheim, ook nadat je uit dienst bent getreden.",
        "Je houdt vertrouwelijke informatie geheim zolang je in dienst bent."))
    #expect(narrowed?.old == "tijdens-en-na" && narrowed?.new == "tijdens")
    #expect(narrowed?.direction == .soepeler && narrowed?.basis == .inferred)

    let widened = only(
      "tijd",
      semantic(
        "Je houdt vertrouwelijke informatie geheim zolang je in dienst bent.",
        "Je houdt vertrouwelijke informatie geheim, ook na het einde van je dienstverband."))
    #expect(widened?.old == "tijdens" && widened?.new == "tijdens-en-na" && widened?.direction == .strenger)

    // The same scope in other words is no change of it.
    #expect(
      semantic(
        "Je houdt vertrouwelijke informatie geheim, ook nadat je uit dienst bent getreden.",
        "Ook na je vertrek houd je vertrouwelijke informatie geheim."
      ).allSatisfy { $0.kind != "tijd" })
  }

  @Test("a report due after the act instead of before it is looser; the reverse stricter")
  func moment() {
    let later = only(
      "moment",
      semantic(
        "Geschenken meld je bij je leidinggevende voordat je ze aanneemt.",
        "Geschenken meld je bij je leidinggevende nadat je ze hebt aangenomen."))
    #expect(later?.old == "vooraf" && later?.new == "achteraf" && later?.direction == .soepeler)
    let earlier = only(
      "moment",
      semantic(
        "Geschenken meld je achteraf bij je leidinggevende.", "Geschenken meld je vooraf bij je leidinggevende."))
    #expect(earlier?.direction == .strenger)
  }

  @Test("consent that goes from a ban is stricter, from a permission looser")
  func consentDirection() {
    let ban = only(
      "toestemming-van",
      semantic(
        "Je neemt geen geschenken aan, tenzij je leidinggevende vooraf toestemming geeft.",
        "Je neemt geen geschenken aan."))
    #expect(ban?.old == "leidinggevende" && ban?.new == nil && ban?.direction == .strenger)
    let permission = only(
      "toestemming-van",
      semantic(
        "Je mag geschenken aannemen met toestemming van je leidinggevende.", "Je mag geschenken aannemen."))
    #expect(permission?.direction == .soepeler)
    // Another consent giver is no direction.
    let other = only(
      "toestemming-van",
      semantic(
        "Je mag geschenken aannemen met toestemming van je leidinggevende.",
        "Je mag geschenken aannemen met toestemming van de directeur."))
    #expect(other?.direction == nil)
  }

  // MARK: Amounts

  @Test(
    "the same amount written another way is no change of meaning",
    arguments: [
      ("Geschenken met een waarde tot € 50,- mag je aannemen.", "Geschenken met een waarde tot 50 euro mag je aannemen."),
      ("Geschenken met een waarde tot € 50,- mag je aannemen.", "Geschenken met een waarde tot vijftig euro mag je aannemen."),
      ("Je mag geschenken tot vijfentwintig euro aannemen.", "Je mag geschenken tot € 25 aannemen."),
      ("Je neemt geen geschenken aan van meer dan € 1.000,00.", "Je neemt geen geschenken aan van meer dan duizend euro."),
    ])
  func sameAmount(old: String, new: String) {
    #expect(semantic(old, new).isEmpty)
  }

  @Test("a lower gift limit is stricter: in a prohibition, in a permission and as a bare amount")
  func lowerLimit() {
    let ban = only(
      "drempel",
      semantic(
        "Je neemt geen geschenken aan met een waarde van meer dan € 50.",
        "Je neemt geen geschenken aan met een waarde van meer dan € 25."))
    #expect(ban?.old == "> € 50" && ban?.new == "> € 25")
    #expect(ban?.direction == .strenger && ban?.basis == .inferred)

    let permission = only("drempel", semantic("Je mag geschenken tot € 50 aannemen.", "Je mag geschenken tot € 25 aannemen."))
    #expect(permission?.old == "< € 50" && permission?.new == "< € 25")
    #expect(permission?.direction == .strenger && permission?.basis == .inferred)

    let bare = only("drempel", semantic("De grens voor geschenken is € 50.", "De grens voor geschenken is € 25."))
    #expect(bare?.old == "€ 50" && bare?.new == "€ 25" && bare?.direction == .strenger)

    let higher = only("drempel", semantic("Je mag geschenken tot € 50 aannemen.", "Je mag geschenken tot € 75 aannemen."))
    #expect(higher?.direction == .soepeler)
  }

  @Test("a boundary change: 'minder dan' → 'tot en met' widens a permission, 'meer dan' → 'vanaf' a prohibition")
  func boundary() {
    let permission = only(
      "drempel",
      semantic(
        "Geschenken met een waarde van minder dan € 50 mag je aannemen.",
        "Geschenken met een waarde tot en met € 50 mag je aannemen."))
    #expect(permission?.old == "< € 50" && permission?.new == "≤ € 50")
    #expect(permission?.direction == .soepeler && permission?.basis == .inferred)

    let ban = only(
      "drempel",
      semantic(
        "Je neemt geen geschenken aan met een waarde van meer dan € 50.",
        "Je neemt geen geschenken aan met een waarde vanaf € 50."))
    #expect(ban?.old == "> € 50" && ban?.new == "≥ € 50" && ban?.direction == .strenger)

    // Inside an exception the prohibition frees what the bound names: a higher limit is looser.
    let exception = only(
      "drempel",
      semantic(
        "Je neemt geen geschenken aan, tenzij de waarde minder dan € 50 is.",
        "Je neemt geen geschenken aan, tenzij de waarde minder dan € 75 is."))
    #expect(exception?.old == "< € 50" && exception?.new == "< € 75" && exception?.direction == .soepeler)
  }

  @Test("a limit added to a permission narrows it; one added to a prohibition narrows that")
  func addedLimit() {
    let permission = only("drempel", semantic("Je mag geschenken aannemen.", "Je mag geschenken tot € 50 aannemen."))
    #expect(permission?.old == nil && permission?.new == "< € 50" && permission?.direction == .strenger)
    let ban = only(
      "drempel", semantic("Je neemt geen geschenken aan.", "Je neemt geen geschenken aan met een waarde van meer dan € 50."))
    #expect(ban?.old == nil && ban?.new == "> € 50" && ban?.direction == .soepeler)
  }

  // MARK: Periods

  @Test("periods are compared in days, per kind")
  func periods() {
    let deadline = only(
      "binnen",
      semantic(
        "Je meldt een geschenk binnen vier weken bij je leidinggevende.",
        "Je meldt een geschenk binnen twee weken bij je leidinggevende."))
    #expect(deadline?.old == "4 weken" && deadline?.new == "2 weken")
    #expect(deadline?.direction == .strenger && deadline?.basis == .inferred)

    let frequency = only(
      "frequentie",
      semantic(
        "Eenmaal per jaar bespreek je je nevenwerk met je leidinggevende.",
        "Eenmaal per twee jaar bespreek je je nevenwerk met je leidinggevende."))
    #expect(frequency?.old == "per jaar" && frequency?.new == "per 2 jaar")
    // A duty that comes round less often is looser.
    #expect(frequency?.direction == .soepeler && frequency?.basis == .inferred)

    let revolvingDoor = only(
      "termijn",
      semantic(
        "Gedurende een jaar na je vertrek werk je niet voor leveranciers van de gemeente.",
        "Gedurende twee jaar na je vertrek werk je niet voor leveranciers van de gemeente."))
    #expect(revolvingDoor?.old == "1 jaar" && revolvingDoor?.new == "2 jaar" && revolvingDoor?.direction == .strenger)

    #expect(
      semantic(
        "Jaarlijks bespreek je je nevenwerk met je leidinggevende.",
        "Eenmaal per jaar bespreek je je nevenwerk met je leidinggevende."
      ).isEmpty)
  }

  // MARK: Norms

  @Test("'mag je aannemen' → 'mag je niet aannemen' is a norm flip in the main clause, and back")
  func mainClauseFlip() {
    let s = semantic("Geschenken van relaties mag je aannemen.", "Geschenken van relaties mag je niet aannemen.")
    let flip = only("norm", s)
    #expect(flip?.old == "toestemming" && flip?.new == "verbod")
    #expect(flip?.direction == .strenger && flip?.basis == .inferred && flip?.note == nil)
    #expect(s.count == 1)

    let back = only("norm", semantic("Geschenken van relaties mag je niet aannemen.", "Geschenken van relaties mag je aannemen."))
    #expect(back?.old == "verbod" && back?.new == "toestemming" && back?.direction == .soepeler)
  }

  @Test(
    "a flip inside a dat-clause is a norm change",
    arguments: [
      "We verwachten niet dat je geschenken meldt.",
      "We verwachten dat je geen geschenken meldt.",
    ])
  func datClauseFlip(new: String) {
    let flip = only("norm", semantic("We verwachten dat je geschenken meldt.", new))
    #expect(flip?.old == "meldplicht" && flip?.new == "verbod")
    // A duty turned into a prohibition of the same act asks the opposite conduct: neither is stricter.
    #expect(flip?.direction == .onbepaald && flip?.basis == .inferred)
  }

  @Test("a permission in a dat-clause that becomes a prohibition is stricter")
  func datClausePermission() {
    let flip = only(
      "norm", semantic("Het is toegestaan dat je een geschenk aanneemt.", "Het is niet toegestaan dat je een geschenk aanneemt."))
    #expect(flip?.old == "toestemming" && flip?.new == "verbod" && flip?.direction == .strenger)
  }

  @Test(
    "a modal in the dat-clause of a main clause that binds no one carries the norm",
    arguments: ["Het is duidelijk dat", "Het spreekt voor zich dat", "Iedereen weet dat"])
  func datClauseAfterStatement(opening: String) {
    let flip = only(
      "norm", semantic("\(opening) je geschenken mag aannemen.", "\(opening) je geschenken niet mag aannemen."))
    #expect(flip?.old == "toestemming" && flip?.new == "verbod" && flip?.direction == .strenger)
  }

  @Test("an exception with an amount that goes as a whole frees the permission it limited; one that comes limits it")
  func exceptionRemoved() {
    let gone = only(
      "drempel", semantic("Je mag geschenken aannemen, tenzij de waarde hoger is dan € 50.", "Je mag geschenken aannemen."))
    // ("hoger is dan": the copula between the comparative and `dan` keeps the boundary.)
    #expect(gone?.old == "> € 50" && gone?.new == nil && gone?.direction == .soepeler)
    let added = only(
      "drempel", semantic("Je mag geschenken aannemen.", "Je mag geschenken aannemen, tenzij de waarde hoger is dan € 50."))
    #expect(added?.new == "> € 50" && added?.direction == .strenger)
    // Within an exception that stays, a higher amount frees more of the permission's cases.
    let higher = only(
      "drempel",
      semantic(
        "Je mag geschenken aannemen, tenzij de waarde hoger is dan € 50.",
        "Je mag geschenken aannemen, tenzij de waarde hoger is dan € 75."))
    #expect(higher?.direction == .soepeler)
  }

  @Test("a negation in a condition is a norm change in the condition")
  func conditionFlip() {
    let s = semantic(
      "Je mag een geschenk aannemen als je het meldt bij je leidinggevende.",
      "Je mag een geschenk aannemen als je het niet meldt bij je leidinggevende.")
    let flip = only("norm", s)
    #expect(flip?.old == "meldplicht" && flip?.new == "meldplicht (ontkend)")
    #expect(flip?.note?.nl == "in een voorwaarde" && flip?.direction == .onbepaald && flip?.basis == .inferred)
  }

  @Test("a meldplicht added is stricter, one removed looser")
  func meldplicht() {
    let added = semantic(
      "Geschenken neem je niet aan.", "Geschenken neem je niet aan. Je meldt een aangeboden geschenk bij je leidinggevende.")
    #expect(only("norm", added).map { [$0.old, $0.new] } == [nil, "meldplicht"])
    #expect(only("norm", added)?.direction == .strenger)
    #expect(only("melden-bij", added).map { [$0.old, $0.new] } == [nil, "leidinggevende"])
    let removed = semantic(
      "Geschenken neem je niet aan. Je meldt een aangeboden geschenk bij je leidinggevende.", "Geschenken neem je niet aan.")
    #expect(only("norm", removed).map { [$0.old, $0.new] } == ["meldplicht", nil])
    #expect(only("norm", removed)?.direction == .soepeler)
  }

  // MARK: Recipients and consent

  @Test("a changed recipient and a changed consent giver")
  func recipients() {
    let s = semantic("Je meldt nevenwerk bij je leidinggevende.", "Je meldt nevenwerk bij de gemeentesecretaris.")
    let report = only("melden-bij", s)
    #expect(report?.old == "leidinggevende" && report?.new == "gemeentesecretaris")
    #expect(report?.direction == nil && report?.basis == .inferred)
    #expect(s.count == 1, "the norm did not change")

    let consent = only(
      "toestemming-van",
      semantic(
        "Nevenwerkzaamheden mogen alleen met toestemming van de gemeentesecretaris.",
        "Nevenwerkzaamheden mogen alleen met toestemming van het college."))
    #expect(consent?.old == "gemeentesecretaris" && consent?.new == "college" && consent?.basis == .inferred)
  }

  // MARK: Confirmed annotations win

  @Test("where both versions have confirmed annotations of a kind, they decide that kind")
  func confirmedWins() {
    // The annotations say € 50 → € 30 while the text says vijftig → 25: the annotations are compared.
    let s = semantic(
      "Je mag geschenken tot vijftig euro aannemen.", "Je mag geschenken tot € 25 aannemen.", old: "@drempel € 50",
      new: "@drempel € 30")
    let limit = only("drempel", s)
    #expect(limit?.old == "€ 50" && limit?.new == "€ 30")
    #expect(limit?.direction == .strenger && limit?.basis == .confirmed)

    // The same @norm in both versions: the flip the text shows is not reported as a change of norm.
    let norm = semantic(
      "Geschenken van relaties mag je aannemen.", "Geschenken van relaties mag je niet aannemen.", old: "@norm toestemming",
      new: "@norm toestemming")
    #expect(norm.filter { $0.kind == "norm" }.isEmpty)

    // Both @melden bij confirmed and equal: the text's recipients are not compared.
    let report = semantic(
      "Je meldt nevenwerk bij je leidinggevende.", "Je meldt nevenwerk bij de gemeentesecretaris.",
      old: "@melden bij leidinggevende",
      new: "@melden bij leidinggevende")
    #expect(report.isEmpty)
  }

  @Test("with confirmed norms, only units that name an amount, period or role are read, and none of those is missed")
  func confirmedNormsReadLess() {
    let s = semantic(
      "Je meldt nevenwerk binnen vier weken bij je leidinggevende. Dat is belangrijk.",
      "Je meldt nevenwerk binnen twee weken bij de gemeentesecretaris. Dat is erg belangrijk.", old: "@norm meldplicht",
      new: "@norm meldplicht")
    #expect(only("binnen", s).map { [$0.old, $0.new] } == ["4 weken", "2 weken"])
    #expect(only("melden-bij", s).map { [$0.old, $0.new] } == ["leidinggevende", "gemeentesecretaris"])
    #expect(s.filter { $0.kind == "norm" }.isEmpty)
    let words = semantic(
      "Je mag geschenken tot vijftig euro aannemen.", "Je mag geschenken tot vijfentwintig euro aannemen.",
      old: "@norm toestemming",
      new: "@norm toestemming")
    #expect(only("drempel", words).map { [$0.old, $0.new] } == ["< € 50", "< € 25"])
    // A list item read with its lead-in: the recipient stands in the lead-in.
    let list = semantic(
      "Je meldt bij je leidinggevende:\n\n- nevenwerk;\n- geschenken.",
      "Je meldt bij de integriteitscoördinator:\n\n- nevenwerk;\n- geschenken.", old: "@norm meldplicht", new: "@norm meldplicht")
    #expect(only("melden-bij", list).map { [$0.old, $0.new] } == ["leidinggevende", "integriteitscoordinator"])
  }

  @Test("an inferred annotation (@key?) or one missing in one version leaves the kind to the text")
  func inferredAnnotations() {
    let s = semantic(
      "Je mag geschenken tot vijftig euro aannemen.", "Je mag geschenken tot vijfentwintig euro aannemen.", old: "@drempel? € 50",
      new: "")
    let limit = only("drempel", s)
    #expect(limit?.old == "< € 50" && limit?.new == "< € 25")
    #expect(limit?.direction == .strenger && limit?.basis == .inferred)

    let oneSided = semantic(
      "Geschenken van relaties mag je aannemen.", "Geschenken van relaties mag je niet aannemen.", old: "",
      new: "@norm verbod")
    let flip = only("norm", oneSided)
    #expect(flip?.old == "toestemming" && flip?.new == "verbod" && flip?.basis == .inferred)
  }

  // MARK: Explanations and output

  @Test("a change in the explanation says so")
  func explanation() {
    let s = semantic(
      "Je neemt geen geschenken aan.\n\nUitleg:\nEen attentie tot € 20 mag je houden.",
      "Je neemt geen geschenken aan.\n\nUitleg:\nEen attentie tot € 10 mag je houden.")
    let limit = only("drempel", s)
    #expect(limit?.old == "< € 20" && limit?.new == "< € 10" && limit?.direction == .strenger)
    #expect(limit?.note?.nl == "in de toelichting" && limit?.note?.en == "in the explanation")
  }

  @Test("the basis is shown in every format: Dutch by default, English with --lang en, and in JSON")
  func rendering() {
    let d = Differ().diff(
      Support.code(rule("Je mag geschenken tot € 50 aannemen.", "")),
      Support.code(rule("Je mag geschenken tot € 25 aannemen.", "")))
    let nl = DiffTextRenderer(language: .nl, colour: false).render(d)
    #expect(nl.contains("• drempel: < € 50 → < € 25 (strenger) (afgeleid uit de tekst)"))
    #expect(nl.contains("Regel 1.1: tekst gewijzigd (hoofdstuk '"), "no 'annotaties gewijzigd' for what the text says")
    #expect(!nl.contains("annotaties gewijzigd"))
    let en = DiffTextRenderer(language: .en, colour: false).render(d)
    #expect(en.contains("• threshold: < € 50 → < € 25 (stricter) (inferred from the text)"))
    #expect(DiffMarkdownRenderer(language: .nl).render(d).contains("(afgeleid uit de tekst)"))
    #expect(DiffHTMLRenderer(language: .en).render(d).contains("(inferred from the text)"))
    let json = d.json().serialized()
    #expect(json.contains("\"basis\": \"inferred\""))
    let confirmed = Differ().diff(
      Support.code(rule("Je mag geschenken tot € 50 aannemen.", "@drempel € 50")),
      Support.code(rule("Je mag geschenken tot € 25 aannemen.", "@drempel € 25")))
    #expect(confirmed.json().serialized().contains("\"basis\": \"confirmed\""))
    #expect(!DiffTextRenderer(language: .nl, colour: false).render(confirmed).contains("afgeleid"))
  }
}
