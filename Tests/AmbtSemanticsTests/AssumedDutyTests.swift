import AmbtSemantics
import Testing

/// Readings of the second session of 6 December 2026, each in wordings of its own, not the
/// sentences of the batches that showed the need.
@Suite struct AssumedDutyTests {
  let analyser = NormAnalyser.shared

  @Test("'er wordt (er)van uitgegaan dat' frames its clause as the passive of 'wij gaan ervan uit dat'")
  func assumedInThePassive() {
    let ban = analyser.analyseSentence("Er wordt van uitgegaan dat je geen relatiegeschenken aanneemt van leveranciers.")
    #expect(ban.modality == .verbod && ban.negated && ban.action == "aannemen", "\(ban.norms)")
    let duty = analyser.analyseSentence(
      "Bij de gemeente wordt ervan uitgegaan dat medewerkers hun nevenwerkzaamheden vooraf melden.")
    #expect(duty.modality == .meldplicht, "\(duty.norms)")
    let leave = analyser.analyseSentence(
      "Er wordt van uitgegaan dat de laptop van de zaak ook thuis mag worden gebruikt.")
    #expect(leave.modality == .toestemming && !leave.negated, "\(leave.norms)")
  }
}
