import AmbtDiff
import AmbtModel
import Testing

/// Changes of meaning met in version pairs written for the purpose (session of 5 December 2026,
/// sixth), each in wordings of its own.
@Suite struct VersionPairTests {
  func rule(_ text: String) -> String { "# 1. Regels\n\n§ 1.1. \(text)\n@onderwerp geschenken\n" }

  func semantic(_ old: String, _ new: String) -> [SemanticChange] {
    let d = Differ().diff(Support.code(rule(old)), Support.code(rule(new)))
    #expect(d.changes.count == 1 && d.changes.first?.status == .matched, "the two versions of the rule must be matched")
    return d.changes.first?.semantic ?? []
  }

  @Test("an exception that comes frees a ban's cases (looser); one that goes from a permission frees them too")
  func exceptionComesOrGoes() {
    let added = semantic(
      "Je verricht geen betaald werk voor bedrijven die subsidie krijgen.",
      "Je verricht geen betaald werk voor bedrijven die subsidie krijgen, tenzij het om een eenmalige lezing gaat.")
    let e = added.first { $0.kind == "uitzondering" }
    #expect(e?.old == nil && e?.new == "tenzij het om een eenmalige lezing gaat" && e?.direction == .soepeler, "\(added)")
    #expect(e?.basis == .inferred)
    let removed = semantic(
      "Je meldt elk geschenk, met uitzondering van bloemen.",
      "Je meldt elk geschenk.")
    #expect(removed.first { $0.kind == "uitzondering" }?.direction == .strenger, "\(removed)")
    let fromPermission = semantic(
      "Je mag een lunch aannemen, behalve van een partij in een lopende aanbesteding.",
      "Je mag een lunch aannemen.")
    #expect(fromPermission.first { $0.kind == "uitzondering" }?.direction == .soepeler, "\(fromPermission)")
    // (The same exception in both versions is no change of it.)
    #expect(
      semantic(
        "Je meldt elk geschenk binnen een week, tenzij het bloemen zijn.",
        "Je meldt elk geschenk binnen twee weken, tenzij het bloemen zijn."
      ).allSatisfy { $0.kind != "uitzondering" })
  }

  @Test("a limit in the condition of 'alleen … als' names what is allowed: a higher limit is looser")
  func limitInOnlyIf() {
    let inline = semantic(
      "Een uitnodiging neem je alleen aan als de kosten ten hoogste € 60 bedragen.",
      "Een uitnodiging neem je alleen aan als de kosten ten hoogste € 90 bedragen.")
    #expect(inline.first { $0.kind == "drempel" }?.direction == .soepeler, "\(inline)")
    let listed = semantic(
      "Een uitnodiging neem je alleen aan als:\n- het etentje een zakelijk doel heeft;\n- de kosten ten hoogste € 60 bedragen.",
      "Een uitnodiging neem je alleen aan als:\n- het etentje een zakelijk doel heeft;\n- de kosten ten hoogste € 40 bedragen.")
    #expect(listed.first { $0.kind == "drempel" }?.direction == .strenger, "\(listed)")
    // (A prohibition's own limit keeps its reading: a lower limit widens the ban.)
    let ban = semantic(
      "Geschenken van meer dan € 60 neem je niet aan.",
      "Geschenken van meer dan € 40 neem je niet aan.")
    #expect(ban.first { $0.kind == "drempel" }?.direction == .strenger, "\(ban)")
  }

  @Test("an explanation reworded is no change of norm; a permission it turns into a ban is")
  func explanationNorms() {
    let reworded = semantic(
      "Je meldt elk geschenk.\n\nUitleg:\nEen cadeau kan de indruk wekken dat de gever er iets voor terug verwacht. Daarom leggen we vast welke cadeaus je mag aannemen.",
      "Je meldt elk geschenk.\n\nUitleg:\nEen cadeau kan de schijn wekken dat de gever er iets voor terug verwacht. Daarom staat hieronder welke cadeaus je mag aannemen."
    )
    #expect(reworded.allSatisfy { $0.kind != "norm" }, "\(reworded)")
    let flipped = semantic(
      "Je meldt elk geschenk.\n\nUitleg:\nBloemen mag je zelf houden.",
      "Je meldt elk geschenk.\n\nUitleg:\nBloemen mag je niet zelf houden.")
    #expect(flipped.contains { $0.kind == "norm" && $0.direction == .strenger }, "\(flipped)")
  }

  @Test("an amount's rate 'per maand' written in figures or in words is no change")
  func rateNotation() {
    let s = semantic(
      "Privégebruik boven € 15,- per maand verreken je met je salaris.",
      "Privégebruik boven vijftien euro per maand verreken je met je salaris.")
    #expect(s.isEmpty, "\(s)")
  }

  @Test("the staff a norm binds, narrowed to a team or widened to all, is named")
  func whoIsBound() {
    let narrowed = semantic(
      "Alle medewerkers geven hun aandelen in leveranciers op aan de controller.",
      "Medewerkers van de afdeling Vastgoed geven hun aandelen in leveranciers op aan de controller.")
    let g = narrowed.first { $0.kind == "gebonden" }
    #expect(g?.old == "Alle medewerkers" && g?.new == "Medewerkers van de afdeling Vastgoed", "\(narrowed)")
    #expect(g?.direction == .soepeler && g?.basis == .inferred)
    let permission = semantic(
      "Alle ambtenaren mogen een lunch van een leverancier aannemen als die een zakelijk doel heeft.",
      "Ambtenaren van team Inkoop en Contractbeheer mogen een lunch van een leverancier aannemen als die een zakelijk doel heeft."
    )
    #expect(permission.first { $0.kind == "gebonden" }?.direction == .strenger, "\(permission)")
    // (The same staff in other words is no change of who is bound.)
    #expect(
      semantic(
        "Alle medewerkers melden hun nevenwerk vooraf bij de afdeling P&O.",
        "Iedere medewerker meldt zijn nevenwerk vooraf bij de afdeling P&O."
      ).allSatisfy {
        $0.kind != "gebonden"
      })
  }

  @Test("a cap on what one takes or claims is a limit: lower is stricter; a range in words is the range in figures")
  func capsAndRanges() {
    let cap = semantic(
      "Per jaar neem je van één gever niet meer dan € 120 aan geschenken aan.",
      "Per jaar neem je van één gever niet meer dan € 80 aan geschenken aan.")
    #expect(cap.first { $0.kind == "drempel" }?.direction == .strenger, "\(cap)")
    // (A duty on the cases below a value keeps its reading: fewer cases is looser.)
    let duty = semantic(
      "Geschenken met een waarde van ten hoogste € 30 lever je in bij het secretariaat.",
      "Geschenken met een waarde van ten hoogste € 20 lever je in bij het secretariaat.")
    #expect(duty.first { $0.kind == "drempel" }?.direction == .soepeler, "\(duty)")
    let range = semantic(
      "Een cadeau met een waarde tussen € 20 en € 40 meld je bij je teamleider.",
      "Een cadeau met een waarde tussen twintig en veertig euro meld je bij je teamleider.")
    #expect(range.isEmpty, "\(range)")
  }

  @Test("a condition after the norm that comes, goes or gets another part is named")
  func conditionChanges() {
    let extended = semantic(
      "Je mag een kaartje voor een concert aannemen, als je leidinggevende vooraf instemt.",
      "Je mag een kaartje voor een concert aannemen, als je leidinggevende vooraf instemt en de gever geen offerte heeft lopen.")
    let c = extended.first { $0.kind == "voorwaarde" }
    #expect(c?.new?.hasSuffix("en de gever geen offerte heeft lopen") == true && c?.direction == .strenger, "\(extended)")
    let gone = semantic(
      "Je mag een lunch aannemen, mits je teamleider ervan weet.",
      "Je mag een lunch aannemen.")
    #expect(gone.first { $0.kind == "voorwaarde" }?.direction == .soepeler, "\(gone)")
    // (The same condition in other words of the norm is no change of it.)
    #expect(
      semantic(
        "Je mag een lunch aannemen, mits je teamleider ervan weet.",
        "Een lunch mag je aannemen, mits je teamleider ervan weet."
      ).allSatisfy { $0.kind != "voorwaarde" })
  }

  @Test("an answer is read with the question of the rule's title: 'Ja, als …' → 'Nee, ook niet als …' is a ban")
  func answerUnderQuestion() {
    let d = Differ().diff(
      Support.code(
        "# 4. Media\n\n§ 4.1. [Mag ik foto's van het werk online zetten?] Ja, als er geen collega's, dossiers of beveiligde ruimtes op staan.\n"
      ),
      Support.code(
        "# 4. Media\n\n§ 4.1. [Mag ik foto's van het werk online zetten?] Nee, ook niet als er geen collega's, dossiers of beveiligde ruimtes op staan.\n"
      ))
    let norm = d.changes.first?.semantic.first { $0.kind == "norm" }
    #expect(
      norm?.old == "toestemming" && norm?.new == "verbod" && norm?.direction == .strenger, "\(d.changes.first?.semantic ?? [])")
  }

  @Test("the staff narrowed to a kind of function, and a duty of another role removed, are named")
  func functionAndOtherRole() {
    let g = semantic(
      "Alle medewerkers melden hun aandelen in leveranciers aan de controller.",
      "Medewerkers in een aangewezen functie melden hun aandelen in leveranciers aan de controller.")
    #expect(g.first { $0.kind == "gebonden" }?.new == "Medewerkers in een aangewezen functie", "\(g)")
    let removed = semantic(
      "De teamleider beslist binnen een week. De teamleider legt zijn besluit schriftelijk vast.",
      "De teamleider beslist binnen een week.")
    #expect(removed.contains { $0.kind == "norm" && $0.new == nil }, "\(removed)")
  }

  @Test("who is bound changed through a definition of the staff, or by a team added, is named")
  func staffDefinitionAndTeams() {
    let d = Differ().diff(
      Support.code(
        "# 1. Begrippen\n\n§ 1.1. [Begrippen] In deze code wordt verstaan onder:\na. medewerker: de ambtenaar, de stagiair en de uitzendkracht;\nb. gemeente: de gemeente Proefstad.\n"
      ),
      Support.code(
        "# 1. Begrippen\n\n§ 1.1. [Begrippen] In deze code wordt verstaan onder:\na. medewerker: de ambtenaar en de stagiair;\nb. gemeente: de gemeente Proefstad.\n"
      ))
    let g = d.changes.first?.semantic.first { $0.kind == "gebonden" }
    #expect(
      g?.old == "ambtenaren, stagiairs, uitzendkrachten" && g?.new == "ambtenaren, stagiairs",
      "\(d.changes.first?.semantic ?? [])")
    let teams = semantic(
      "Medewerkers van team Inkoop geven hun aandelen op aan de controller.",
      "Medewerkers van team Inkoop en team Vastgoed geven hun aandelen op aan de controller.")
    #expect(teams.first { $0.kind == "gebonden" }?.direction == .strenger, "\(teams)")
  }

  @Test("a fragment that names only the time scope is the scope of the norm before it")
  func scopeInFragment() {
    let s = semantic(
      "Vertrouwelijke gegevens: geheimhouden. Ook na het einde van het dienstverband.",
      "Vertrouwelijke gegevens: geheimhouden. Zolang het dienstverband duurt.")
    #expect(s.first { $0.kind == "tijd" }?.direction == .soepeler, "\(s)")
  }
}

/// Changes met in the version pairs of the seventh session of 5 December 2026, each in wordings
/// of their own.
extension VersionPairTests {
  @Test("a figure restated in brackets is the same figure; its value changed is named")
  func restatedInBrackets() {
    let same = semantic(
      "Een attentie tot € 40,00 mag je houden. Je meldt haar binnen 10 dagen.",
      "Een attentie tot veertig (40) euro mag je houden. Je meldt haar binnen 10 (tien) dagen.")
    #expect(same.isEmpty, "\(same)")
    let longer = semantic("Je meldt een geschenk binnen 1 (één) week.", "Je meldt een geschenk binnen 3 (drie) weken.")
    #expect(longer.contains { $0.kind == "binnen" && $0.direction == .soepeler }, "\(longer)")
    let boundary = semantic(
      "Een geschenk van meer dan EUR 200 meld je bij de secretaris.", "Een geschenk vanaf EUR 200 meld je bij de secretaris.")
    #expect(boundary.contains { $0.kind == "drempel" }, "\(boundary)")
  }

  @Test("'Als medewerker met een inkoopfunctie' to 'Als medewerker' widens who is bound")
  func capacityWidened() {
    let s = semantic(
      "Als medewerker met een inkoopfunctie meld je jaarlijks je aandelen bij de controller.",
      "Als medewerker meld je jaarlijks je aandelen bij de controller.")
    #expect(s.contains { $0.kind == "gebonden" }, "\(s)")
  }

  @Test("a typing slip corrected (a d/t slip, a bracket closed) is no change of meaning")
  func slipsCorrected() {
    let dt = semantic("Je discrimineerd niet en je intimideert niet.", "Je discrimineert niet en je intimideert niet.")
    #expect(dt.isEmpty, "\(dt)")
    let bracket = semantic(
      "Je meldt een (mogelijk datalek direct bij de functionaris gegevensbescherming.",
      "Je meldt een (mogelijk) datalek direct bij de functionaris gegevensbescherming.")
    #expect(bracket.isEmpty, "\(bracket)")
  }

  @Test("a part taken from a condition, 'dan wel' between teams, 'de medewerker' after a team, 'een tientje'")
  func roundFour() {
    let part = semantic(
      "Een etentje mag je alleen aannemen als je leidinggevende instemt en het etentje een zakelijk doel dient.",
      "Een etentje mag je alleen aannemen als je leidinggevende instemt.")
    #expect(part.contains { $0.kind == "voorwaarde" && $0.direction == .soepeler }, "\(part)")
    let teams = semantic(
      "Medewerkers van team Inkoop dan wel team Vastgoed kopen geen grond van de gemeente.",
      "Medewerkers van team Inkoop kopen geen grond van de gemeente.")
    #expect(teams.contains { $0.kind == "gebonden" }, "\(teams)")
    let all = semantic(
      "Het is medewerkers van het team Inkoop niet toegestaan privé bij leveranciers te kopen.",
      "Het is de medewerker niet toegestaan privé bij leveranciers te kopen.")
    #expect(all.contains { $0.kind == "gebonden" }, "\(all)")
    let tenner = semantic("Een attentie tot een tientje mag je houden.", "Een attentie tot tien euro mag je houden.")
    #expect(tenner.isEmpty, "\(tenner)")
  }
}

/// Changes of meaning met in the version pairs of the session of 5 December 2026 (eighth), each in
/// wordings of their own.
extension VersionPairTests {
  @Test("who decides, one role replaced by another, is named; the same role in other words is not")
  func deciderReplaced() {
    let replaced = semantic(
      "De directeur beslist of je een nevenfunctie mag aanvaarden.", "Het college beslist of je een nevenfunctie mag aanvaarden.")
    let w = replaced.first { $0.kind == "wie" }
    #expect(w?.old == "directie" && w?.new == "college" && w?.basis == .inferred, "\(replaced)")
    let same = semantic(
      "De directeur beslist of je een nevenfunctie mag aanvaarden.",
      "De directeur besluit of je een nevenfunctie mag aanvaarden.")
    #expect(same.allSatisfy { $0.kind != "wie" }, "\(same)")
  }

  @Test("'niet nalaten om … te bespreken met' and 'bespreek altijd met' are the same duty")
  func notFailingIsDoing() {
    let changes = semantic(
      "Je laat niet na om je twijfel te bespreken met je leidinggevende.",
      "Je bespreekt die twijfel altijd met je leidinggevende.")
    #expect(changes.allSatisfy { $0.kind != "norm" && $0.kind != "melden-bij" }, "\(changes)")
  }
}
