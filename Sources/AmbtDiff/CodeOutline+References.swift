import AmbtModel
import AmbtParser

/// A problem with one instruction: what is wrong, what was expected, and a hint.
struct AmendmentProblem: Error {
  var id: String
  var message: LocalizedText
  var hint: LocalizedText?
  /// Where in the decision; the instruction's own range when nil.
  var range: SourceRange?
  var notes: [DiagnosticNote] = []

  init(
    _ id: String, nl: String, en: String, hintNL: String? = nil, hintEN: String? = nil, range: SourceRange? = nil,
    notes: [DiagnosticNote] = []
  ) {
    self.id = id
    self.message = LocalizedText(nl: nl, en: en)
    self.hint = hintNL.map { LocalizedText(nl: $0, en: hintEN ?? $0) }
    self.range = range
    self.notes = notes
  }
}

extension CodeOutline {
  /// The old chapter or annex a reference names (an index into `chapters`).
  func resolve(_ ref: ChapterReference) throws(AmendmentProblem) -> Int {
    let noun = AmendmentWording.noun(ref.kind)
    let nounEN = ref.kind == .annex ? "annex" : "chapter"
    let candidates = chapters.indices.filter { chapters[$0].kind == ref.kind }
    var found: [Int]
    let name: String
    if let key = ref.key {
      found = candidates.filter { chapters[$0].key == AmendmentWording.normalizedNumber(key) }
      name = "\(noun) \(key)"
    } else if let title = ref.title {
      found = candidates.filter { TextFolding.fold(chapters[$0].title) == TextFolding.fold(title) }
      name = "\(noun) '\(title)'"
    } else {
      found = candidates
      name = "de \(noun)"
    }
    if found.count == 1 { return found[0] }
    let known = candidates.compactMap { chapters[$0].key ?? (chapters[$0].title.isEmpty ? nil : "'\(chapters[$0].title)'") }
    if found.isEmpty {
      let s = ref.key.flatMap { TextFolding.suggestion(for: $0, among: known) }
      throw AmendmentProblem(
        "amendment-unknown-chapter", nl: "\(name) bestaat niet in de gedragscode zoals die nu luidt",
        en: "\(name) does not exist in the code as it reads now",
        hintNL: s.map { "bedoelde je \(noun) \($0)?" }
          ?? "noem een \(noun) met het nummer dat hij nu heeft\(known.isEmpty ? "" : ": " + known.prefix(12).joined(separator: ", "))",
        hintEN: s.map { "did you mean \(nounEN) \($0)?" }
          ?? "name a \(nounEN) by its current number\(known.isEmpty ? "" : ": " + known.prefix(12).joined(separator: ", "))")
    }
    throw AmendmentProblem(
      "amendment-ambiguous-chapter", nl: "\(name) is niet eenduidig: de gedragscode heeft er \(found.count)",
      en: "\(name) is ambiguous: the code has \(found.count)",
      hintNL: "noem de \(noun) met nummer, of met de titel tussen aanhalingstekens",
      hintEN: "name the \(nounEN) by number, or by its title in quotation marks")
  }

  /// The old rule a reference names (an index into `articles`).
  func resolve(_ ref: RuleReference) throws(AmendmentProblem) -> Int {
    let number = AmendmentWording.normalizedNumber(ref.number)
    if let chapterRef = ref.chapter {
      let c = try resolve(chapterRef)
      let key = chapters[c].key
      if let k = articles.indices.first(where: {
        (articles[$0].chapter.headingRange == chapters[c].headingRange)
          && AmendmentWording.normalizedNumber(articles[$0].article.number) == number
      }) {
        return k
      }
      throw AmendmentProblem(
        "amendment-unknown-article",
        nl: "artikel \(ref.number) van hoofdstuk \(key ?? "?") bestaat niet in de gedragscode zoals die nu luidt",
        en: "article \(ref.number) of chapter \(key ?? "?") does not exist in the code as it reads now",
        hintNL: "noem een artikel met het nummer dat het nu heeft", hintEN: "name an article by its current number")
    }
    if let k = articles.indices.first(where: { articles[$0].article.key == number }) { return k }
    let s = TextFolding.suggestion(for: number, among: articles.map(\.article.key))
    throw AmendmentProblem(
      "amendment-unknown-article", nl: "artikel \(ref.number) bestaat niet in de gedragscode zoals die nu luidt",
      en: "article \(ref.number) does not exist in the code as it reads now",
      hintNL: s.map { "bedoelde je artikel \($0)? Nummers in een wijzigingsbesluit zijn die van vóór het besluit" }
        ?? "nummers in een wijzigingsbesluit zijn die van de gedragscode vóór het besluit",
      hintEN: s.map { "did you mean article \($0)? Numbers in an amendment decision are those before the decision" }
        ?? "numbers in an amendment decision are those of the code before the decision")
  }

  /// A rule's current place; a problem when it or its chapter is gone or rewritten.
  func place(ofArticle origin: Int, _ ref: RuleReference) throws(AmendmentProblem) -> (section: Int, unit: Int) {
    guard let (s, u) = locate(article: origin) else {
      throw AmendmentProblem(
        "amendment-conflict", nl: "artikel \(ref.number) bestaat niet meer", en: "article \(ref.number) no longer exists")
    }
    let section = sections[s]
    if section.removed || section.raw != nil {
      let what = section.removed ? "vervalt" : "krijgt een nieuwe tekst"
      throw AmendmentProblem(
        "amendment-conflict",
        nl: "artikel \(ref.number) staat in een hoofdstuk dat in dit besluit al \(what)",
        en: "article \(ref.number) is in a chapter that this decision already \(section.removed ? "removes" : "rewrites")",
        hintNL: "wijzig het artikel in de nieuwe tekst van het hoofdstuk, of laat deze opdracht weg",
        hintEN: "change the article in the chapter's new text, or leave this instruction out",
        notes: touchedNote(section.touchedBy))
    }
    if section.units[u].removed {
      throw AmendmentProblem(
        "amendment-conflict", nl: "artikel \(ref.number) vervalt in dit besluit al",
        en: "article \(ref.number) is already removed by this decision",
        hintNL: "een artikel dat vervalt kan niet ook gewijzigd worden",
        hintEN: "an article that is removed cannot also be changed", notes: touchedNote(section.units[u].touchedBy))
    }
    return (s, u)
  }

  /// A chapter's current place; a problem when it is gone.
  func place(ofSection origin: Int, _ ref: ChapterReference, allowRewritten: Bool = false) throws(AmendmentProblem) -> Int {
    guard let s = locate(section: origin) else {
      throw AmendmentProblem("amendment-conflict", nl: "het hoofdstuk bestaat niet meer", en: "the chapter no longer exists")
    }
    let name = ref.key.map { "\(AmendmentWording.noun(ref.kind)) \($0)" } ?? AmendmentWording.noun(ref.kind)
    if sections[s].removed || (sections[s].raw != nil && !allowRewritten) {
      throw AmendmentProblem(
        "amendment-conflict",
        nl:
          "\(name) \(sections[s].removed ? "vervalt" : "krijgt") in dit besluit al\(sections[s].removed ? "" : " een nieuwe tekst")",
        en: "\(name) is already \(sections[s].removed ? "removed" : "rewritten") by this decision",
        hintNL: "neem de wijziging op in de nieuwe tekst, of laat deze opdracht weg",
        hintEN: "make the change in the new text, or leave this instruction out", notes: touchedNote(sections[s].touchedBy))
    }
    return s
  }

  func touchedNote(_ range: SourceRange?) -> [DiagnosticNote] {
    guard let range, range != .empty else { return [] }
    return [DiagnosticNote(message: LocalizedText(nl: "de eerdere opdracht", en: "the earlier instruction"), range: range)]
  }
}
