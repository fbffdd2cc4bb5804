import AmbtLint
import AmbtModel
import Testing

/// The general changes of the eighteenth measuring round (the two-hundred-and-fifty-first to
/// two-hundred-and-fifty-third batches), each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  /// The labels of the rules a finding `id` is reported on.
  static func labels(_ found: [Diagnostic], _ id: String) -> [String] {
    func label(_ t: LocalizedText) -> String? { t.args["label"] ?? t.messages.values.lazy.compactMap(label).first }
    return found.filter { $0.id == id }.compactMap { label($0.message) }
  }

  @Test("'niet langer dan nodig' before a superseded law compares; it tells no history")
  func comparativeIsNoHistory() {
    let current =
      "Dossiers bewaar je niet langer dan nodig en niet meer dan vijf jaar, volgens de Wet bescherming persoonsgegevens."
    #expect(Self.has(lint(Self.code("Privacy", current)), "superseded-law"))
    let history = "De Wet bescherming persoonsgegevens geldt niet langer; sinds 2018 volg je de AVG."
    #expect(!Self.has(lint(Self.code("Privacy", history)), "superseded-law"))
  }

  @Test("a fragment after a report that only says where ('Bij je teamleider, of …') names the recipient")
  func whereInAFragment() {
    for text in [
      "Zie je dat een collega fraudeert, dan is het de bedoeling dat je het meldt. Bij je teamleider, of bij de vertrouwenspersoon als je dat liever hebt.",
      "Is er een datalek? Meld het meteen. Niet bij je teamleider, maar bij de functionaris gegevensbescherming.",
    ] {
      #expect(!Self.has(lint(Self.code("Melden", text)), "report-without-addressee"), "\(text)")
    }
    #expect(
      Self.has(
        lint(Self.code("Melden", "Zie je dat een collega fraudeert, dan is het de bedoeling dat je het meldt.")),
        "report-without-addressee"))
  }

  @Test("a report made 'volgens' another rule goes where that rule says; 'een functie als bedoeld in' names who")
  func reportFollowingAnotherRule() {
    let found = lint(
      Self.rules(
        "Nevenwerk",
        [
          "Nevenwerk dat je werk kan raken, geef je op.",
          "Een zetel in een gemeenteraad geef je ook op volgens 1.1, zodra je gekozen bent.",
          "Medewerkers in een functie als bedoeld in 1.1 dienen hun aandelen te melden.",
        ]))
    #expect(
      Self.labels(found, "report-without-addressee") == ["1.1.", "1.3."], "\(Self.labels(found, "report-without-addressee"))")
  }

  @Test("a ban on some kinds of side work followed by 'ander nevenwerk mag wel' bans not all")
  func othersAllowedAfterBan() {
    let text =
      "Een inspecteur verricht geen adviswerk voor bedrijven in de regio, betaald of onbetaald; ander nevenwerk mag hij gewoon doen."
    #expect(!Self.has(lint(Self.code("Nevenwerk", text)), "side-activities-beyond-act"))
    let all = "Een inspecteur verricht geen nevenwerk, betaald of onbetaald."
    #expect(Self.has(lint(Self.code("Nevenwerk", all)), "side-activities-beyond-act"))
  }
}
