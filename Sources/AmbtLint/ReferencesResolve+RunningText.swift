import AmbtModel
import AmbtParser
import AmbtSemantics
import Foundation

extension ReferencesResolve {
  /// References in the running text, read by the analyser: an article, a chapter, a lid of
  /// another rule, or a lid of this one. `annotated` holds the offsets an annotation's finding
  /// already covers.
  func runningTextFindings(_ context: LintContext, annotated: Set<Int>) -> [Diagnostic] {
    var out: [Diagnostic] = []
    let doc = context.document
    var keys: [String: Int] = [:]
    let articles = context.articles
    for k in articles.indices {
      keys[articles[k].key.lowercased()] = k
      keys[articles[k].number.lowercased()] = k
    }
    // A chapter's key exists too (-1: no rule, so no leden to check).
    for c in doc.allChapters { if let k = c.key, keys[k.lowercased()] == nil { keys[k.lowercased()] = -1 } }
    func find(_ n: String) -> Int? { keys[n.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))] }
    func exists(_ n: String) -> Bool { find(n) != nil }
    // "Zie ook vraag 20": a question number is a rule's only in a code written as questions
    // (at least half its rules ask one first, in the title or the text).
    let meanings = context.meanings
    // (A question after a situation counts: "Vraag: Een inwoner geeft me … Mag ik die houden?")
    let asking = meanings.filter { m in
      m.article.title?.hasSuffix("?") == true || m.sentences.prefix(2).contains(where: \.question)
    }
    let questions = !meanings.isEmpty && asking.count * 2 >= meanings.count
    // ("Afspraak 12" in a code whose rules are "§ Afspraak N", or whose rule 12 exists.)
    let agreements = meanings.contains { $0.article.label.lowercased().hasPrefix("afspraak") }
    for m in meanings {
      let leden = m.article.leden
      // The last sentence that named a law: references after it in its paragraph are to that law
      // ("… (artikel 8, eerste lid, onder a, Ambtenarenwet 2017). De ambtenaar doet opgave …
      // (artikel 8, tweede lid, onder a)."), as a lawyer reads a quotation of the law.
      var citing: SourceRange?
      for s in m.allSentences {
        if Self.namesLaw(s) { citing = s.range }
        // (Not one that says it is the code's own: "artikel 8.5 van deze gedragscode".)
        if let c = citing, ReportingDutyHasAddressee.sameParagraph(context.source, c, s.range), !s.mentions(Self.ownCode) {
          continue
        }
        for r in s.references {
          guard let first = r.article else {
            // "lid 5", "het vorige lid", "het derde lid" in a rule with numbered leden.
            if let missing = Self.missingLid(r.text, at: r.range.start, leden: leden), !annotated.contains(r.range.start) {
              out.append(
                context.finding(
                  descriptor,
                  LocalizedText(
                    "lint.broken-reference.message-lid", ["label": "\(m.article.label)", "value": "\(missing)"]),
                  hint: LocalizedText("lint.broken-reference.hint-lid", ["count": "\(leden.count)"]),
                  at: r.range, article: m.article, inferred: true))
            }
            continue
          }
          // ("op de manier die in afspraak 13, derde lid, is beschreven", in a code that calls its
          // numbered rules afspraken: a rule of its own number is the one meant.)
          if r.text.hasPrefix("vraag ") && !questions || r.text.hasPrefix("afspraak ") && !agreements && !exists(first) {
            continue
          }
          let missing = [first, r.through].compactMap { $0 }.filter { !exists($0) }
          // "het tweede lid van artikel 1.4": the rule exists, its lid must too.
          if missing.isEmpty, let lid = r.lid, let t = find(first), t >= 0, !annotated.contains(r.range.start),
            !articles[t].leden.contains(where: { $0.label?.lowercased() == lid })
          {
            let target = articles[t]
            out.append(
              context.finding(
                descriptor,
                LocalizedText("lint.broken-reference.message-lid-of", ["label": m.article.label, "value": r.text]),
                hint: LocalizedText(
                  "lint.broken-reference.hint-lid-of", ["target": target.label, "count": "\(target.leden.count)"]),
                at: r.range, article: m.article, inferred: true))
          }
          guard let n = missing.first, !annotated.contains(r.range.start) else { continue }
          out.append(
            context.finding(
              descriptor,
              LocalizedText(
                "lint.broken-reference.message",
                [
                  "label": "\(m.article.label)",
                  "value": r.text.hasPrefix("hoofdstuk ") ? "hoofdstuk \(n)" : r.text.hasPrefix("vraag ") ? "vraag \(n)" : "\(n)",
                ]),
              hint: LocalizedText("lint.broken-reference.hint"),
              at: r.range, article: m.article, inferred: true))
        }
      }
    }
    return out
  }

  /// Whether a sentence names a law ("Ambtenarenwet 2017", "de Gemeentewet", "Wet bescherming
  /// klokkenluiders") or opens a paragraph on the legal framework ("Wettelijk kader: …").
  static func namesLaw(_ s: SentenceAnalysis) -> Bool {
    s.wordText.hasPrefix(" wettelijk kader") || s.wordText.hasPrefix(" wettelijke basis")
      || s.mentions(lawNames)
      // (A law's compound name, not the law in general: "het overtreden van de wet".)
      || compoundLawName(s.wordText)
  }

  /// Whether a word of at least six letters ends in `wet` ("ambtenarenwet", "gemeentewet"), read
  /// on the bytes without splitting the sentence into strings.
  static func compoundLawName(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { b in
      var start = 0
      for i in 0...b.count where i == b.count || b[i] == 0x20 {
        if i - start >= 6 && b[i - 3] == 0x77 && b[i - 2] == 0x65 && b[i - 1] == 0x74 { return true }
        start = i + 1
      }
      return false
    }
  }

  static let ownCode = PhraseList(["deze gedragscode", "deze code", "deze regeling", "deze regels"])
  static let lawNames = PhraseList(["wet bescherming", "wet open overheid", "wet op de", "wet op het", "wetboek"])

  /// The lid a reference without an article names, when the rule's numbered leden do not have it:
  /// `lid N` beyond the leden, an ordinal (`het derde lid`) beyond them, or `het vorige lid` in
  /// the first lid. Nil when it resolves, or when the rule has no numbered leden (the reference
  /// may be to a law's lid).
  static func missingLid(_ text: String, at offset: Int, leden: [ListItem]) -> String? {
    guard !leden.isEmpty else { return nil }
    let labels = Set(leden.compactMap { $0.label?.lowercased() })
    let words = text.lowercased().split(separator: " ").map(String.init)
    if words.count == 2, words[0] == "lid" {
      return labels.contains(words[1]) ? nil : text
    }
    if words.count == 2, words[1] == "lid" {
      if let n = TextReference.lidOrdinals[words[0]] { return labels.contains(String(n)) ? nil : text }
      if words[0] == "vorige" || words[0] == "voorgaande" {
        // In the first lid, or before it, there is no previous lid.
        let first = leden[0].range
        if offset < first.end { return text }
      }
    }
    return nil
  }
}
