import AmbtSemantics
import Testing

/// Readings met in the ninety-second to ninety-fifth batches of whole codes, each in wordings of
/// its own.
@Suite struct InstructionsAndClustersTests {
  let analyser = NormAnalyser.shared

  @Test("an instruction with an infinitive and no finite verb directs the reader; a stem before it is a noun")
  func instructions() {
    let oath = analyser.analyseSentence("De ambtseed afleggen bij de directeur, in de eerste week.")
    #expect(oath.modality == .gebod && oath.action == "afleggen" && oath.addressee == "medewerker", "\(oath.norms)")
    let never = analyser.analyseSentence("Nooit contant geld of waardebonnen aannemen.")
    #expect(never.modality == .verbod && never.negated && never.action == "aannemen", "\(never.norms)")
    // (A plural verb of holding is no instruction.)
    let holds = analyser.analyseSentence("Als richtlijnen voor die afweging gelden:")
    #expect(holds.modality != .gebod, "\(holds.norms)")
  }

  @Test("items under a lead-in that only announces examples bind no one")
  func exampleLeadIn() {
    let item = analyser.analyse(
      "bouwbedrijven adviseren over een vergunning die zij bij ons aanvragen;",
      leadIn: "Dat is onder meer bijvoorbeeld zo bij:")
    #expect(item.first?.modality == .geen, "\(item.first?.norms ?? [])")
  }

  @Test("a relative clause closes at 'zijn' before a full verb's infinitive, and at its infinitive before 'worden'")
  func clusters() {
    let know = analyser.analyseSentence("De regels die op deze code gebaseerd zijn kennen en toepassen.")
    #expect(know.modality == .gebod && know.action == "kennen", "\(know.norms)")
    let given = analyser.analyseSentence(
      "Elk jaar moeten je aandelen en opties die het werk van de dienst kunnen raken worden opgegeven.")
    #expect(given.modality == .meldplicht && given.action == "opgeven", "\(given.norms)")
  }

  @Test("'deze' before a plural form is a determiner, before a form in -t a pronoun")
  func demonstrativeOrPronoun() {
    let noun = analyser.analyseSentence("Bewaring van deze opgaven: apart van het personeelsdossier.")
    #expect(noun.modality != .meldplicht, "\(noun.norms)")
    let pronoun = analyser.analyseSentence("Een duurder geschenk mag de medewerker houden, mits hij deze meldt.")
    #expect(pronoun.norms.contains { $0.modality == .meldplicht }, "\(pronoun.norms)")
  }

  @Test("a particle's word inside a phrase before 'of' is a preposition")
  func particleInPhrase() {
    let s = analyser.analyseSentence("Kleine attenties: aannemen en zelf houden, zonder melding aan of overleg met iemand.")
    #expect(s.action == "aannemen", "\(s.norms)")
  }

  @Test("'kan … worden verboden' is a power; 'bent vrij … te' permits; 'is niet van toepassing' bans nothing")
  func powersAndFreedoms() {
    let power = analyser.analyseSentence("Alleen in zo'n geval kan het nevenwerk worden verboden.")
    #expect(power.modality == .bevoegdheid && !power.negated, "\(power.norms)")
    #expect(power.conditional, "\(power.norms)")
    let free = analyser.analyseSentence("Je bent vrij je mening te geven over het beleid van de provincie.")
    #expect(free.modality == .toestemming && !free.negated, "\(free.norms)")
    let reach = analyser.analyseSentence("Het derde lid is niet van toepassing op vrijwilligerswerk.")
    #expect(reach.modality == .geen, "\(reach.norms)")
  }
}
