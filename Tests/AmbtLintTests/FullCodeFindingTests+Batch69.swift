import AmbtLint
import AmbtModel
import Testing

/// The general changes the sixty-ninth and seventieth batches of whole codes led to, each in
/// wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'kernafspraak 12' refers to a rule of the code; 'waar u … meldt' is an indirect question, no report")
  func coreAgreementAndWhere() {
    let code =
      Self.header
      + "# 1. Afspraken\n\n§ 1. [Sancties] Wie deze afspraken schendt, krijgt een maatregel volgens de procedure van kernafspraak 12.\n"
    #expect(Self.has(lint(code), "broken-reference"))
    let choice = "U kiest zelf waar u een vermoeden van fraude meldt."
    #expect(!Self.has(lint(Self.code("Melden", choice)), "report-without-addressee"))
  }

  @Test("'kleinere attenties … zonder meer' are below the amount and kept without a safeguard")
  func smallerOnes() {
    let text =
      "Is een geschenk meer dan dertig euro waard, dan vraag je je teamleider om goedkeuring; kleinere attenties mag je zonder meer houden."
    #expect(Self.has(lint(Self.code("Geschenken", text)), "gift-requires-consent"))
  }

  @Test("a reason before a plural subject is cut off; 'helemaal geen' widens a ban")
  func reasonBeforeSubjectAndNoneAtAll() {
    let reason =
      "Omdat inwoners op onze onpartijdigheid moeten kunnen rekenen, doen medewerkers in het openbaar geen uitspraken over politieke kwesties."
    #expect(Self.has(lint(Self.code("Politiek", reason)), "blanket-political-ban"))
    let none = "Werk je bij Vergunningen, dan mag je naast je baan helemaal geen ander werk doen."
    #expect(Self.has(lint(Self.code("Nevenwerk", none)), "side-activities-beyond-act"))
  }

  @Test("'je gebruikt je functie niet om …' is about misuse of powers")
  func misuseOfPosition() {
    let text = "Je gebruikt je functie niet om een vriend of jezelf voordeel te bezorgen."
    #expect(!Self.missing(lint(Self.code("Integriteit", text)), "AW17-4-1-misbruik"))
  }
}
