import AmbtModel
import AmbtSemantics

/// What the gift rules ask of a rule's meaning: does it permit gifts, and does the code ask a
/// report or consent for them.
extension GiftRequiresConsent {
  /// The sentence of a gift rule that permits accepting or keeping gifts, or waives the report or
  /// consent for them ("je hoeft geen toestemming te vragen voor het aannemen van een geschenk"),
  /// with whether that rests on inferred meaning. Nil when the permission is about givers outside
  /// official dealings (colleagues, the employer itself), which art. 8 lid 1 e does not cover.
  static func permission(in m: RuleMeaning) -> (SentenceAnalysis, inferred: Bool)? {
    if m.normsConfirmed {
      // Confirmed annotations: a permission without a duty to report, and no mechanism in the text.
      guard m.norms.contains(.toestemming), !m.norms.contains(.verbod), !m.norms.contains(.meldplicht), !m.reportToConfirmed,
        let first = m.sentences.first
      else { return nil }
      return (first, !m.topicsConfirmed)
    }
    // A rule about gifts from colleagues or the employer (a farewell, a jubilee) is outside it.
    if m.allSentences.contains(where: { $0.mentions(outsideDealings) }) { return nil }
    let found = m.sentences.first { s in
      // A sentence without topics of its own ("je mag ze daarna houden") is about the rule's.
      let onGifts =
        s.topics.contains("geschenken") || (m.topicsConfirmed || s.topics.isEmpty) && m.topics.contains("geschenken")
      let accepts = s.action.map { Self.accepting.contains($0) } ?? !s.amounts.isEmpty
      // "…; je mag ze daarna houden": a permission in a coordinated clause counts too.
      let coordinated = s.norms.contains { n in
        n.role == .coordinate && n.modality == .toestemming && !n.negated && n.action.map { Self.accepting.contains($0) } == true
      }
      let permission = s.modality == .toestemming && !s.negated && accepts || coordinated
      let waiver = s.modality == .toestemming && s.negated && s.mentions(safeguardWords)
      return onGifts && (permission || waiver)
    }
    return found.map { ($0, true) }
  }

  /// Whether the rule asks a report or consent for gifts (in the rule itself any duty to report
  /// counts: "Je meldt ze bij …"; elsewhere only one on gifts).
  static func safeguards(_ m: RuleMeaning, sameRule: Bool) -> Bool {
    if m.normsConfirmed && m.norms.contains(.meldplicht) && !m.reportTo.isEmpty { return true }
    return m.allSentences.contains { s in
      s.requiresReportOrConsent && (sameRule || s.topics.contains("geschenken") || m.topicsConfirmed)
    }
  }

  /// Whether the rule says a report or consent is not needed.
  static func waives(_ m: RuleMeaning) -> Bool {
    m.allSentences.contains { s in s.modality == .toestemming && s.negated && s.mentions(safeguardWords) }
  }

  /// Whether the rule asks the employer's consent (not only a report) for gifts.
  static func asksConsent(_ m: RuleMeaning) -> Bool {
    m.allSentences.contains { s in
      guard !s.negated, s.topics.contains("geschenken") || m.topics.contains("geschenken") else { return false }
      return !s.consentBy.isEmpty || s.norms.contains { !$0.negated && !$0.consentBy.isEmpty }
        || s.modality != .toestemming && s.mentions(consentWords)
    }
  }
}
