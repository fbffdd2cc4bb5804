import AmbtSemantics
import Testing

/// Verb forms, clause boundaries and amount boundaries met in the nineteenth batch of whole
/// codes, each in wordings of its own.
@Suite struct ClauseAndFormTests {
  let analyser = NormAnalyser.shared

  @Test("verbs whose -elen or -enen ends a stressed long syllable keep the long vowel")
  func longVowelStems() {
    for (text, lemma) in [
      ("De leidinggevende verleent de toestemming.", "verlenen"),
      ("De teamleider beoordeelt de aanvraag.", "beoordelen"),
      ("De secretaris verdeelt het werk.", "verdelen"),
      ("Een melder wordt niet benadeeld.", "benadelen"),
    ] {
      #expect(analyser.analyseSentence(text).action == lemma, "\(text)")
    }
  }

  @Test("a passive of harming a person binds the employer")
  func passiveHarm() {
    let s = analyser.analyseSentence("Wie te goeder trouw meldt, mag daardoor niet worden benadeeld.")
    #expect(s.modality == .verbod)
    #expect(s.addressee == "werkgever")
  }

  @Test("a subject that undergoes the act ('geen nadeel ondervinden') is protected: the norm binds the employer")
  func undergoing() {
    let s = analyser.analyseSentence("Wie een misstand meldt, mag daarvan geen nadeel ondervinden.")
    #expect(s.modality == .verbod)
    #expect(s.addressee == "werkgever")
    #expect(analyser.analyseSentence("Je mag geen geschenken aannemen.").addressee == "medewerker")
  }

  @Test("'of' after a verb of asking or judging opens an indirect question; 'weet of vermoedt' joins two verbs")
  func indirectQuestion() {
    let judged = analyser.analyseSentence("Er wordt onderzocht of er sprake is van een belangenconflict.")
    #expect(judged.modality != .definitie)
    #expect(judged.action == "onderzoeken")
    let joined = analyser.analyseSentence(
      "Als je weet of vermoedt dat een collega fraude pleegt, meld je dat bij de vertrouwenspersoon.")
    #expect(joined.modality == .meldplicht)
    #expect(joined.reportTo == ["vertrouwenspersoon"])
  }

  @Test("a comma between listed words keeps a verb-final clause open; a stem after an article is a noun")
  func listCommaInClause() {
    let s = analyser.analyseSentence("Je mag het houden, mits de gever geen vergunning, subsidie of opdracht heeft aangevraagd.")
    #expect(s.action == "houden")
    #expect(s.modality == .toestemming)
    let noun = analyser.analyseSentence("Je mag het houden, als de gever geen aanvraag, offerte of klacht heeft lopen.")
    #expect(noun.action == "houden")
  }

  @Test("'ter sprake brengen bij' someone named is a report to them")
  func raiseWith() {
    let s = analyser.analyseSentence("Twijfel je over een geschenk, dan breng je dat ter sprake bij je leidinggevende.")
    #expect(s.modality == .meldplicht)
    #expect(s.reportTo == ["leidinggevende"])
  }

  @Test("a verb form after an article or a possessive is a noun; after 'zijn' or 'dit' only a bare stem is")
  func nounsAfterDeterminers() {
    let s = analyser.analyseSentence("Van u wordt verwacht dat u uw bezit die de gemeente kan raken, jaarlijks meldt.")
    #expect(s.modality == .meldplicht)
    let relative = analyser.analyseSentence("Geschenken die meer dan € 50 waard zijn accepteert u niet.")
    #expect(relative.modality == .verbod)
    #expect(relative.action == "accepteren")
    #expect(analyser.analyseSentence("Dit meld je bij de secretaris.").modality == .meldplicht)
    #expect(analyser.analyseSentence("Deze meldt het bij de secretaris.").modality == .meldplicht)
  }

  @Test("'niet slechts' and 'niet enkel' do not negate ('niet slechts …, maar ook')")
  func notOnly() {
    let s = analyser.analyseSentence(
      "Niet slechts bij twijfel, maar altijd staat het je vrij een misstand direct extern te melden.")
    #expect(s.modality == .toestemming)
    #expect(!s.negated)
  }

  @Test("an amount before 'te boven gaat' or 'overschrijdt' is a lower bound")
  func exceeding() {
    for text in ["Een geschenk dat € 50 te boven gaat, meld je.", "Een geschenk dat € 50 overschrijdt, meld je."] {
      let s = analyser.analyseSentence(text)
      #expect(s.amounts.first?.boundary == .gt, "\(text)")
      #expect(s.amounts.first?.value == 50, "\(text)")
    }
  }

  @Test("'tot de dag waarop' the employment ends is during it")
  func untilTheDay() {
    let s = analyser.analyseSentence("Tot de dag waarop je arbeidsovereenkomst met de gemeente eindigt, houd je dit geheim.")
    #expect(s.temporal == .tijdens)
  }

  @Test("a comma and a finite verb of the same person coordinate a second predicate; a listed noun does not")
  func asyndeticPredicates() {
    let s = analyser.analyseSentence(
      "Ambtenaren nemen geen geschenken aan, vragen niet om een uitnodiging en gaan niet in op aanbiedingen.")
    #expect(s.norms.map(\.role) == [.primary, .coordinate, .coordinate])
    #expect(s.norms.allSatisfy { $0.modality == .verbod })
    #expect(s.norms.map(\.action) == ["aannemen", "vragen", "ingaan"])
    let singular = analyser.analyseSentence("U meldt het belang, geeft het dossier af en neemt geen besluit.")
    #expect(singular.norms.count == 3)
    // A plural noun that is also a verb form, before a preposition or a coordinator, is listed.
    for listed in [
      "Medewerkers melden geschenken, reizen naar het buitenland en diners.",
      "De medewerker meldt geschenken, reizen en diners.",
    ] {
      #expect(analyser.analyseSentence(listed).norms.count == 1, "\(listed)")
    }
  }

  @Test("after a fronted phrase with a preposition, the verb before the inverted subject is the finite verb")
  func frontedPhrase() {
    let s = analyser.analyseSentence("Van politieke uitspraken op het werk ziet u af.")
    #expect(s.action == "afzien")
    #expect(s.modality == .verbod)
    // A bare stem after a preposition is a noun ("na afloop"), and so is one first in a list.
    #expect(analyser.analyseSentence("Een boek tot € 20 mag je na afloop van een lezing houden.").action == "houden")
    #expect(analyser.analyseSentence("Geld, waardebonnen en kortingen neem je nooit aan.").action == "aannemen")
  }

  @Test("'afzien van' abstains: a ban")
  func abstaining() {
    #expect(analyser.analyseSentence("U ziet af van nevenwerk voor leveranciers.").modality == .verbod)
    #expect(analyser.analyseSentence("Van zulke afspraken zie je af.").modality == .verbod)
  }

  @Test("a dat-clause first that the main clause calls a misunderstanding is denied")
  func deniedSubjectClause() {
    let waiver = analyser.analyseSentence("Dat vrijwilligerswerk niet hoeft te worden gemeld, is een misverstand.")
    #expect(waiver.modality == .meldplicht)
    #expect(!waiver.negated)
    let ban = analyser.analyseSentence("Dat je nooit een geschenk mag aannemen, klopt niet.")
    #expect(ban.modality == .toestemming)
    // Not denied: the main clause affirms.
    #expect(analyser.analyseSentence("Dat je nooit een geschenk mag aannemen, is duidelijk.").modality != .toestemming)
  }

  @Test("words listed side by side each keep their topic; a derived noun is no compound head")
  func listedTopics() {
    let s = analyser.analyseSentence("Pesten, intimidatie, agressie, discriminatie en geweld tolereren wij niet.")
    #expect(s.topics.contains("discriminatie"))
    #expect(!analyser.analyseSentence("We zorgen voor goede dienstverlening.").topics.contains("financiele-belangen"))
    #expect(analyser.analyseSentence("Een geldlening van een leverancier meld je.").topics.contains("financiele-belangen"))
  }

  @Test("a fronted object before 'kun je' leaves the pronoun the subject; 'kan je', '-t u' do not decide")
  func frontedObject() {
    #expect(analyser.analyseSentence("De vertrouwenspersoon kun je altijd bellen.").addressee == "medewerker")
    #expect(analyser.analyseSentence("De vertrouwenspersoon belt u binnen een week.").addressee == "vertrouwenspersoon")
    #expect(analyser.analyseSentence("Je leidinggevende kan je helpen.").addressee == "leidinggevende")
    #expect(analyser.analyseSentence("Als leidinggevende geeft u het goede voorbeeld.").addressee == "leidinggevende")
  }

  @Test("the first word keeps its topic however many words name another")
  func firstWordTopic() {
    let s = analyser.analyseSentence(
      "Discriminatie, in welke vorm ook, accepteren we niet, net zo min als pesten, intimidatie of agressie.")
    #expect(s.topics.contains("discriminatie"))
  }
}
