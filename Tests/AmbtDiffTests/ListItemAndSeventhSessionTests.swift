import AmbtDiff
import AmbtModel
import Testing

/// Changes of the seventh session of 6 December 2026 (version pairs 58 and 59), each in wordings
/// of its own: list items under a lead-in that carries the norm, a verb between "alleen" and its
/// phrase, a register's keeper in the active and the passive, a separable verb's particle after a
/// relative clause's phrase, and "een etmaal".
@Suite struct ListItemAndSeventhSessionTests {
  /// The semantic changes of rule 1.1 between two texts of it.
  func changes(_ old: String, _ new: String) -> [SemanticChange] { Support.ruleChanges(old, new) }

  @Test("an item added to a list whose lead-in bans is a change; items reordered are none")
  func listItems() {
    let lead = "Het is medewerkers niet toegestaan om:\n- giften in geld aan te nemen;\n- "
    let added = changes(
      lead + "privé zaken te doen met leveranciers.",
      lead + "privé zaken te doen met leveranciers;\n- een leverancier thuis te ontvangen.")
    #expect(
      added.contains {
        $0.kind == "reikwijdte" && $0.old == nil && $0.new?.hasPrefix("een leverancier thuis") == true
          && $0.direction == .strenger
      },
      "\(added)")
    let removed = changes(
      lead + "privé zaken te doen met leveranciers;\n- een leverancier thuis te ontvangen.",
      lead + "privé zaken te doen met leveranciers.")
    #expect(removed.contains { $0.kind == "reikwijdte" && $0.new == nil && $0.direction == .soepeler }, "\(removed)")
    // Under a permission, an item more allows more.
    let allowed = changes(
      "Zonder toestemming mag je:\n- een boek aannemen;\n- een bos bloemen aannemen.",
      "Zonder toestemming mag je:\n- een boek aannemen;\n- een bos bloemen aannemen;\n- een fles wijn aannemen.")
    #expect(allowed.contains { $0.kind == "reikwijdte" && $0.direction == .soepeler }, "\(allowed)")
    let reordered = changes(
      lead + "privé zaken te doen met leveranciers;\n- een leverancier thuis te ontvangen.",
      "Het is medewerkers niet toegestaan om:\n- een leverancier thuis te ontvangen;\n- giften in geld aan te nemen;\n- privé zaken te doen met leveranciers."
    )
    #expect(!reordered.contains { $0.kind == "reikwijdte" }, "\(reordered)")
  }

  @Test("'Deel … alleen met' and 'Je dient … alleen te delen met' restrict the same")
  func verbAfterOnly() {
    let same = changes(
      "Bespreek een vertrouwelijk dossier alleen met de collega's van je eigen team.",
      "Je dient een vertrouwelijk dossier alleen te bespreken met de collega's van je eigen team.")
    #expect(!same.contains { $0.kind == "reikwijdte" }, "\(same)")
  }

  @Test("a keeper who records the reports, active or passive, is no recipient and no report")
  func keeperRecords() {
    let same = changes(
      "De vertrouwenspersoon registreert iedere melding in een afgeschermd register.",
      "Iedere melding wordt door de vertrouwenspersoon geregistreerd in een afgeschermd register.")
    #expect(!same.contains { $0.kind == "norm" || $0.kind == "melden-bij" }, "\(same)")
  }

  @Test("a particle after the phrase a relative clause ends with is the main verb's: 'Geef … op aan' reports")
  func particleAfterPhrase() {
    let same = changes(
      "Geef je aandelen in bedrijven die werken voor de provincie op aan de compliance officer.",
      "Je moet je aandelen in bedrijven die werken voor de provincie opgeven aan de compliance officer.")
    #expect(!same.contains { $0.kind == "norm" }, "\(same)")
  }

  @Test("'een etmaal' is a day: '24 uur' → 'een etmaal' is editorial, → 'twee etmalen' is not")
  func etmaal() {
    let same = changes(
      "Een datalek meld je binnen 24 uur bij de privacy officer.", "Een datalek meld je binnen een etmaal bij de privacy officer."
    )
    #expect(same.isEmpty, "\(same)")
    let longer = changes(
      "Een datalek meld je binnen 24 uur bij de privacy officer.",
      "Een datalek meld je binnen twee etmalen bij de privacy officer.")
    #expect(longer.contains { $0.direction == .soepeler }, "\(longer)")
  }
}
