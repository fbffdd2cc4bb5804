import AmbtLint
import AmbtModel
import Testing

/// The general changes the twenty-fifth batch of whole codes led to (Roerdamme, Veiligheidsregio
/// Sluisveen, Zwaluwdonk), each in wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'uit je je niet over politiek' bans political expression; 'namens een partij' bounds nothing")
  func reflexiveUiten() {
    let ban =
      "Om neutraal te blijven uit u zich nooit publiekelijk over partijpolitiek, en spreekt u niet namens een politieke partij."
    #expect(Self.has(lint(Self.code("Uitingen", ban)), "blanket-political-ban"))
    let official = "Over partijpolitiek uit u zich niet namens de gemeente."
    #expect(!Self.has(lint(Self.code("Uitingen", official)), "blanket-political-ban"))
  }

  @Test("what 'hoort niet thuis' or 'past niet' is rejected: a ban, which covers discrimination")
  func notBelonging() {
    let found = lint(Self.code("Respect", "Racisme en andere discriminatie horen in onze organisatie niet thuis."))
    #expect(!Self.missing(found, "AW17-4-1-discriminatie"))
  }

  @Test("a recipient named for 'dit artikel' in one lid is every lid's")
  func recipientForTheArticle() {
    let named =
      Self.header
      + "# 2. Belangen\n\n§ 2.1. [Financiële belangen]\n1. Meldingen op grond van dit artikel doe je bij de integriteitscoördinator.\n2. Je meldt je aandelen in bedrijven die met de gemeente zakendoen.\n"
    #expect(!Self.has(lint(named), "report-without-addressee"))
    let unnamed = named.replacingOccurrences(
      of: "Meldingen op grond van dit artikel doe je bij de integriteitscoördinator.", with: "Je let op je belangen.")
    #expect(Self.has(lint(unnamed), "report-without-addressee"))
  }

  @Test("'zulke nevenwerkzaamheden' after a qualified sentence bans only those")
  func suchActivities() {
    let qualified =
      "Nevenwerk mag, behalve als het de goede vervulling van je functie in gevaar brengt; dergelijk nevenwerk is verboden."
    #expect(!Self.has(lint(Self.code("Nevenwerk", qualified)), "side-activities-beyond-act"))
    #expect(Self.has(lint(Self.code("Nevenwerk", "Dergelijk nevenwerk is verboden.")), "side-activities-beyond-act"))
  }

  @Test("'tot 2014 de GBA' names the old law as history")
  func untilAYear() {
    let history = "Gegevens uit de BRP (tot 2014 de GBA) raadpleeg je alleen voor je taak."
    #expect(!Self.has(lint(Self.code("Informatie", history)), "superseded-law"))
    let current = "Gegevens uit de GBA raadpleeg je alleen voor je taak."
    #expect(Self.has(lint(Self.code("Informatie", current)), "superseded-law"))
  }

  @Test("a permission to go to the Huis only after the internal report is internal first; 'ook nadat' is not")
  func afterInternalReport() {
    let after =
      "Nadat je je vermoeden intern hebt gemeld en de procedure is afgerond, kun je je melding voorleggen aan het Huis voor Klokkenluiders."
    #expect(Self.has(lint(Self.code("Misstanden", after)), "internal-reporting-first"))
    let also =
      "Je kunt je vermoeden rechtstreeks voorleggen aan het Huis voor Klokkenluiders, ook nadat je het intern hebt gemeld."
    #expect(!Self.has(lint(Self.code("Misstanden", also)), "internal-reporting-first"))
  }

  @Test("after a frame's dat-clause and a colon, a clause with its own verb and subject is a main clause of its own")
  func mainClauseAfterColon() {
    let kept =
      "Het is niet de bedoeling dat je een kleine attentie weigert: een boek dat je na een lezing krijgt en dat minder dan dertig euro kost, mag je houden zonder dat je het hoeft te melden."
    #expect(Self.has(lint(Self.code("Geschenken", kept)), "gift-requires-consent"))
    let reported = kept.replacingOccurrences(
      of: "zonder dat je het hoeft te melden", with: "als je het meldt bij je leidinggevende")
    #expect(!Self.has(lint(Self.code("Geschenken", reported)), "gift-requires-consent"))
  }
}
