import AmbtLint
import AmbtModel
import Testing

/// The general changes of the twenty-fifth measuring round (the two-hundred-and-seventy-first
/// batch), each in wordings of its own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("a column of whom after a dash names the route of the rule's report")
  func contactColumn() {
    for column in ["— Je teamleider.", "— HR, dat het overzicht bijhoudt.", "– De integriteitsfunctionaris of de secretaris."] {
      let rule = "Je krijgt een cadeau van een aannemer. — Je meldt het binnen drie dagen. \(column)"
      #expect(!Self.has(lint(Self.code("Geschenken", rule)), "report-without-addressee"), "\(column)")
    }
    // A dash before a time, or before no one, is no route.
    for column in ["— Meteen, nog voor je het uitpakt.", "— Altijd, ook bij twijfel."] {
      let rule = "Je krijgt een cadeau van een aannemer. — Je meldt het binnen drie dagen. \(column)"
      #expect(Self.has(lint(Self.code("Geschenken", rule)), "report-without-addressee"), "\(column)")
    }
  }

  @Test("not bound to report internally first allows going outside directly")
  func notBoundInternalFirst() {
    let free =
      "Een vermoeden van een misstand meld je bij de vertrouwenspersoon of bij het Huis voor Klokkenluiders. Je bent niet gehouden het vermoeden eerst intern te melden voordat je je tot het Huis wendt."
    #expect(!Self.has(lint(Self.code("Misstanden", free)), "internal-reporting-first"))
  }

  @Test("a duty to report joined to a ban with a modal of its own needs a recipient")
  func reportJoinedToBan() {
    let joined = "Je behandelt de aanvraag van een buurman niet en je moet je band met hem melden."
    #expect(Self.has(lint(Self.code("Belangen", joined)), "report-without-addressee"))
    let told = "Je behandelt de aanvraag van een buurman niet en je moet je band met hem melden bij je teamleider."
    #expect(!Self.has(lint(Self.code("Belangen", told)), "report-without-addressee"))
  }

  @Test("a norm under a title of good conduct covers art. 6, whatever the sentence is about")
  func goodConductUnderHeading() {
    let rule = "Medewerkers zetten hun bevoegdheden uitsluitend in voor het doel waarvoor die zijn gegeven."
    #expect(!Self.missing(lint(Self.code("Goed ambtenaarschap", rule)), "AW17-6"))
    #expect(Self.missing(lint(Self.code("Bevoegdheden", rule)), "AW17-6"))
  }

  @Test("a situation in the perfect ('Je hebt … gemeld') is no duty to report")
  func situationInThePerfect() {
    let situation = "Je hebt een vermoeden van fraude gemeld. Je ondervindt daarvan geen nadeel."
    #expect(!Self.has(lint(Self.code("Melden", situation)), "report-without-addressee"))
    let duty = "Een vermoeden van fraude meld je direct."
    #expect(Self.has(lint(Self.code("Melden", duty)), "report-without-addressee"))
  }
}
