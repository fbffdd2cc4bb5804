/// Norms stated with a noun of action as the subject of a predicate ("Aanvaarding van een
/// relatiegeschenk … is toegestaan", "Voor … is melding van hun financiële belangen verplicht",
/// "Teruggave aan de gever is vereist"): the noun names the act the norm is on, as the
/// nominalised infinitive does ("Het aannemen van geschenken is …").
extension ClauseReader {
  /// Predicates that judge an act named by a noun.
  static let nominalPredicates: WordSet = [
    .toegestaan, .toegelaten, .verboden, .uitgesloten, .vereist, .verplicht, .nodig, .noodzakelijk, .mogelijk,
    .geoorloofd,
  ]

  /// Predicates of duty among them.
  static let dutyPredicates: WordSet = [.vereist, .verplicht, .nodig, .noodzakelijk]

  /// The verb a noun of action derives from, when the table knows it as an infinitive: `-ing`
  /// (melding, aanvaarding, verstrekking), `-atie` (registratie, acceptatie), `-gave` (opgave,
  /// teruggave), `-name` (aanname, deelname), `-vraag` (aanvraag) (ANS 3.3.1.2, nouns of action
  /// derived from verbs).
  func nominalisedVerb(_ k: Int) -> VerbEntry? {
    guard words.kinds[k] == .word, !isVerbForm(k), !flags(k).contains(.consentNoun) else { return nil }
    let s = words.spelling(k)
    var candidates: [String] = []
    if s.count > 5, s.hasSuffix("ing") { candidates.append(String(s.dropLast(3)) + "en") }
    if s.count > 6, s.hasSuffix("atie") { candidates.append(String(s.dropLast(4)) + "eren") }
    if s.count > 5, s.hasSuffix("gave") { candidates.append(String(s.dropLast(4)) + "geven") }
    if s.count > 5, s.hasSuffix("name") { candidates.append(String(s.dropLast(4)) + "nemen") }
    if s.count > 6, s.hasSuffix("vraag") { candidates.append(String(s.dropLast(5)) + "vragen") }
    for c in candidates {
      if let entry = table.joined(c, "") { return entry.kind == .infinitive ? entry : nil }
    }
    return nil
  }

  private func isVerbForm(_ k: Int) -> Bool {
    let f = flags(k)
    return f.contains(.finite) || f.contains(.infinitive) || f.contains(.participle) || f.contains(.modal)
  }

  /// The act a clause with a copula and a predicate of judgement names by its subject noun:
  /// first in the clause (after an article), or right after the copula where a phrase comes
  /// first ("Voor medewerkers … is melding van … verplicht").
  func nominalAction(_ indices: [Int]) -> VerbEntry? {
    guard indices.count >= 3, indices.contains(where: { Self.nominalPredicates.contains(id($0)) }),
      let c = indices.firstIndex(where: { Self.copulaForms.contains(id($0)) && id($0) != .wordt && id($0) != .worden })
    else { return nil }
    var n = 0
    if n < c, Self.articles.contains(id(indices[n])) { n += 1 }
    if n < c, let v = nominalisedVerb(indices[n]) { return v }
    // Inverted after a phrase: the noun right after the copula, before `van` or `aan`.
    if c > 0, c + 2 < indices.count, id(indices[c + 2]) == .van || id(indices[c + 2]) == .aan {
      return nominalisedVerb(indices[c + 1])
    }
    return nil
  }

  /// Texts that describe rather than act ("Deze gedragscode geeft aan …", "Dit hoofdstuk
  /// beschrijft …").
  static let documentNouns: [[UInt8]] = [
    "gedragscode", "code", "integriteitscode", "gedragsregels", "regeling", "artikel", "hoofdstuk", "paragraaf", "bijlage",
    "toelichting", "handreiking", "notitie", "leidraad", "protocol",
  ].map { Array($0.utf8) }

  /// Whether the clause opens with a demonstrative and a text as its subject, then its finite verb.
  func documentSubject(_ indices: [Int]) -> Bool {
    guard indices.count >= 3, [RuleWord.deze, .dit, .de, .het].contains(where: { $0.rawValue == id(indices[0]) }),
      words.spelled(indices[1], oneOf: Self.documentNouns)
    else { return false }
    let f = flags(indices[2])
    return f.contains(.finite) && !f.contains(.modal)
  }
}
