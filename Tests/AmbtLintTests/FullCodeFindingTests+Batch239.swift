import AmbtLint
import AmbtModel
import Testing

/// The general changes of the fifth session of 6 December 2026 (the two-hundred-and-thirty-ninth to
/// two-hundred-and-forty-fourth batches), each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a report in doubt or restricted goes where a rule up to three before it, on the same topic, names")
  func presupposedReport() {
    let named = "Nevenwerk dat je functie kan raken, geef je vooraf op bij de teamcoach."
    let between = "Ook betaalde bestuursfuncties in verenigingen geef je op als ze je werk kunnen raken."
    for text in [
      "Werk dat niets met je functie te maken heeft, hoef je niet op te geven. Twijfel je, geef het dan toch op.",
      "Een bestuursfunctie bij de scouting hoef je alleen op te geven als de vereniging subsidie van ons krijgt.",
      "Je wacht niet op toestemming: opgeven is genoeg.",
    ] {
      #expect(!Self.has(lint(Self.rules("Nevenwerk", [named, between, text])), "report-without-addressee"), "\(text)")
      // (With no rule before it that names where the report goes, it asks for one.)
      #expect(Self.has(lint(Self.rules("Nevenwerk", [between, text])), "report-without-addressee"), "\(text)")
    }
    // (A report of its own two rules after another stays one: "Zo'n uitnodiging meld je …".)
    let gifts = "Een geschenk boven € 50 meld je bij je teamcoach."
    let money = "Geld neem je nooit aan."
    #expect(
      Self.has(
        lint(Self.rules("Geschenken", [gifts, money, "Zo'n reis naar een beurs meld je altijd voordat je toezegt."])),
        "report-without-addressee"))
  }

  @Test("'meld je dat aan …' before a preposition takes 'dat' for the object, so the recipient is read")
  func objectDatAfterInvertedSubject() {
    let text =
      "Werk je mee aan een besluit over een familielid? Dan meld je dat aan de teamcoach en behandelt een collega het verder."
    #expect(!Self.has(lint(Self.code("Belangen", text)), "report-without-addressee"))
  }

  @Test("a superseded law named as what an earlier code said is history, not a reference")
  func earlierCodeIsHistory() {
    for text in [
      "Deze code volgt de AVG. In de vorige gedragscode stond hier nog de Wet bescherming persoonsgegevens.",
      "Deze regeling volgt de AVG; in onze vorige versie stonden nog verwijzingen naar de Wbp.",
    ] {
      #expect(!Self.has(lint(Self.code("Privacy", text)), "superseded-law"), "\(text)")
    }
    #expect(
      Self.has(
        lint(Self.code("Privacy", "Persoonsgegevens verwerk je volgens de Wet bescherming persoonsgegevens.")), "superseded-law"))
  }

  @Test("a report in the answer to a case's question ('Wat doe je? Je meldt …') holds in that case only")
  func answerToACase() {
    let text =
      "Je mag aandelen hebben.\n\nVoorbeeld:\nJe werkt bij Grondzaken en een makelaar biedt je aandelen in zijn bouwbedrijf aan. Wat doe je? Je meldt het aanbod bij je teamleider."
    #expect(!Self.has(lint(Self.code("Financiële belangen", text)), "financial-interest-duty-beyond-act"))
    #expect(
      Self.has(
        lint(Self.code("Financiële belangen", "Iedere medewerker meldt zijn aandelen bij de teamleider.")),
        "financial-interest-duty-beyond-act"))
  }

  @Test("after a ban on taking part in contracts and supplies, 'alleen met toestemming mag het' is about the contracts")
  func consentAfterSupplies() {
    let text =
      "Je werkt niet mee aan opdrachten of leveringen voor de gemeente, ook niet via een bedrijf van je partner. Alleen met toestemming van de secretaris mag het wel."
    #expect(!Self.has(lint(Self.code("Nevenwerk en opdrachten", text)), "side-activities-beyond-act"))
  }

  @Test("'Dat betekent:' lets each item be read alone: a later sentence of an item is no ban on expression")
  func unfoldingLeadIn() {
    let text =
      "Je mag je mening geven, ook over de gemeente.\nDat betekent:\n- ben je zelf betrokken bij een besluit, dan uit je je er in het openbaar niet over; wie er niet bij betrokken is, voor die geldt dit niet;\n- je mag lid zijn van een politieke partij."
    #expect(!Self.has(lint(Self.code("Meningsuiting", text)), "blanket-political-ban"))
  }

  @Test("a doubt asked as a question before the report presupposes it; a doubt inside a report of its own does not")
  func doubtAsked() {
    let named = "Nevenwerk dat je functie kan raken, geef je vooraf op bij de teamcoach."
    let between = "Een opgave is niet nodig voor werk dat op geen enkele manier met je functie te maken heeft."
    let asked = "Twijfel je of je vrijwilligerswerk je functie raakt? Geef het dan toch op."
    #expect(!Self.has(lint(Self.rules("Nevenwerk", [named, between, asked])), "report-without-addressee"))
    let own = "Een datalek wordt, ook als er twijfel bestaat, direct na ontdekking gemeld."
    #expect(Self.has(lint(Self.rules("Informatie", [named, between, own])), "report-without-addressee"))
  }

  @Test("a matter in which one 'belang heeft' is about conflicts of interest")
  func interestInAMatter() {
    let text = "Je behandelt geen aanvraag waarbij jij of iemand uit je naaste omgeving belang heeft."
    let found = lint(Self.code("Integriteit", text))
    #expect(
      !found.contains { $0.id == "missing-obligation" && $0.message.args["obligation"] == "AW17-4-1-belangenverstrengeling" })
  }
}
