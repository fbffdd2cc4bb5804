import AmbtSemantics

extension SecrecyContinuesAfterEmployment {
  /// Words of a duty's end, and of the duty, for `noDutyAfter`.
  static let ending = ["einde", "eindigt", "vervalt"]
  static let duties = ["plicht", "verplichting", "geheimhoudingsplicht"]
  /// Words of a duty that remains in force.
  static let remaining = PhraseList(["blijft", "blijven", "loopt door", "gaat door", "van kracht"])
  /// The end of the employment ("…, maar je geheimhoudingsplicht vervalt op de dag dat je
  /// arbeidsovereenkomst eindigt").
  static let employmentEnds = PhraseList([
    "einde van je dienstverband", "einde van uw dienstverband", "einde van het dienstverband", "uit dienst",
    "arbeidsovereenkomst met de gemeente eindigt", "je arbeidsovereenkomst eindigt", "je dienstverband eindigt",
  ])

  /// "…, maar je geheimhoudingsplicht vervalt op de dag dat je arbeidsovereenkomst eindigt": the
  /// duty named before its verb of ending, read as during the employment only, and no `niet`
  /// after that verb ("Die plicht eindigt niet op je laatste werkdag" goes on).
  static func lapsesWithEmployment(_ s: SentenceAnalysis) -> Bool {
    s.temporal == .tijdens && !s.negated && s.mentions(duties, within: 2, ending)
      && !s.mentions(["eindigt niet", "vervalt niet", "einde niet"]) && s.mentions(employmentEnds)
  }
}
