import AmbtSemantics
import Testing

/// Needs denied across a noun phrase and duties that stop applying, met in the twenty-sixth and
/// later batches of whole codes, each in wordings of its own.
@Suite struct NeedAndLapseTests {
  let analyser = NormAnalyser.shared

  @Test("'geen <noun phrase> nodig' denies the need: a permission not to act")
  func needDeniedAcrossPhrase() {
    for text in [
      "Voor een kleine attentie is verder geen actie van je nodig.",
      "Bij een boek of een bos bloemen is geen enkele melding vooraf vereist.",
      "Een melding is niet nodig.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .toestemming && s.negated, "\(text): \(s.modality) \(s.negated)")
    }
    // The need stands: the negation is in another clause or behind a verb.
    for text in [
      "Toestemming van je leidinggevende is nodig.",
      "Als je twijfelt of je geen fout maakt, is overleg nodig.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(!(s.modality == .toestemming && s.negated), "\(text): \(s.modality) \(s.negated)")
    }
  }

  @Test("duties that no longer apply are no duty (not a ban); a duty that applies stays one")
  func dutiesThatStopApplying() {
    for text in [
      "Na je vertrek gelden de verplichtingen van dit hoofdstuk niet meer.",
      "Na afloop van het dienstverband gelden deze plichten niet langer.",
    ] {
      let s = analyser.analyseSentence(text)
      #expect(s.modality == .toestemming && s.negated, "\(text): \(s.modality)")
      #expect(s.temporal == .na, "\(text)")
    }
    let applies = analyser.analyseSentence("Voor jou gelden dezelfde verplichtingen als voor een ambtenaar.")
    #expect(applies.modality == .gebod)
  }

  @Test("a colon after a clause with a person as subject starts a second clause; 'hij of zij' is one subject")
  func colonAndPronounPair() {
    let colon = analyser.analyseSentence(
      "Daarom houd je je ook privé afzijdig: je neemt niet deel aan politieke campagnes.")
    #expect(colon.norms.contains { $0.modality == .verbod && $0.action == "deelnemen" })
    // Without a person before the colon, the clause after it carries the norm.
    let answer = analyser.analyseSentence("Het antwoord is nee: zij draagt de zaak over aan een collega.")
    #expect(answer.modality == .gebod)
    let pair = analyser.analyseSentence(
      "Als de medewerker betrokken is, bijvoorbeeld doordat een neef, een buurvrouw of een vriend belang heeft, meldt hij of zij dit aan de afdelingsmanager."
    )
    #expect(pair.modality == .meldplicht && pair.action == "melden")
    #expect(!pair.reportTo.isEmpty)
  }

  @Test("'hoger is dan', 'niet te boven gaat': the boundary of an amount with a copula or a negated verb of exceeding")
  func boundariesWithVerbs() {
    let above = analyser.analyseSentence("Je mag het houden, ook als de waarde hoger is dan € 40.")
    #expect(above.amounts.first?.boundary == .gt)
    let below = analyser.analyseSentence("Een attentie die de € 30 niet te boven gaat, mag je houden.")
    #expect(below.amounts.first?.boundary == .le)
    let lower = analyser.analyseSentence("Je neemt niets aan, ook niet als de waarde lager is dan vijftien euro.")
    #expect(lower.amounts.first?.boundary == .lt)
  }

  @Test("verb-first conditions with a listed noun and a clause inside end at ', dan'")
  func verbFirstConditions() {
    let s = analyser.analyseSentence(
      "Heb je bij een aanvraag, subsidie of opdracht die je behandelt een eigen belang, of kan die schijn ontstaan, dan meld je dat meteen aan je teamleider."
    )
    #expect(s.modality == .meldplicht && s.action == "melden")
    #expect(s.conditional)
    #expect(s.reportTo == ["leidinggevende"])
  }

  @Test("a document as the subject of a verb of stating says what it contains; a person who states reports")
  func documentStates() {
    for text in ["De publicatie vermeldt de aard van de functie.", "Het formulier bevat de naam van de gever."] {
      #expect(analyser.analyseSentence(text).modality != .meldplicht, "\(text)")
    }
    #expect(analyser.analyseSentence("De ambtenaar vermeldt de aard van zijn nevenwerk.").modality == .meldplicht)
  }
}
