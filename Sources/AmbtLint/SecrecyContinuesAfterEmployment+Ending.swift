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

  /// A line that gives only the time of the norm before it under a label ("Wanneer: zolang je bij
  /// de gemeente in dienst bent.", "Hoe lang: …"): the time of that norm.
  static func timeLabelled(_ s: SentenceAnalysis) -> Bool {
    let t = s.text.lowercased()
    return s.modality == .geen && ["wanneer:", "hoe lang:", "looptijd:", "duur:", "geldt:"].contains(where: t.hasPrefix)
  }

  /// Whether the sentence speaks of the norm before it: it opens with a pointing word ("Deze plicht
  /// geldt zolang …") or a time label (`timeLabelled`), or names the duty with a pointing word
  /// further on ("Met de beëindiging van het dienstverband komt deze verplichting te vervallen").
  static func opensWithAnaphor(_ s: SentenceAnalysis) -> Bool {
    let words = s.wordText.split(separator: " ", maxSplits: 1)
    guard let first = words.first else { return false }
    // ("Geldt zolang je hier werkt.": a terse note's verb with its subject left out.)
    return ["deze", "die", "dit", "dat", "zij", "ze", "hij", "geldt", "gelden"].contains(String(first)) || timeLabelled(s)
      || s.mentions(["deze", "die"], within: 1, ["verplichting", "plicht", "zwijgplicht"])
  }
}
