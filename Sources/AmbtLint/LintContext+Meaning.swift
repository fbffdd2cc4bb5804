import AmbtModel
import AmbtSemantics

/// What a rule of the code means: its sentences as the norm analyser reads them, with the
/// rule's confirmed annotations beside them. A confirmed annotation always wins over the
/// analyser; what rests only on the analyser (or on an `@key?` annotation) is inferred.
///
/// A class: the rules and the coverage walk the meanings many times, and passing one around
/// costs a reference count instead of a copy of every field; it never changes once made.
public final class RuleMeaning: Sendable {
  public let article: Article
  /// The chapter's start offset (rules of one chapter share it).
  public let chapterStart: Int
  /// Whether the rule stands in an annex (which often quotes the law rather than imposing it).
  public let inAnnex: Bool
  /// Sentences of the binding text.
  public let sentences: [SentenceAnalysis]
  /// Sentences of explanations, examples and notes.
  public let explanation: [SentenceAnalysis]
  /// Topics: the confirmed `@onderwerp` (the rule's, else its chapter's), else the inferred
  /// ones and what the analyser reads in the text and the chapter title.
  public let topics: [String]
  public let topicsConfirmed: Bool
  /// Norm kinds: the confirmed `@norm`, else what the analyser reads.
  public let norms: Set<NormKind>
  public let normsConfirmed: Bool
  /// `@melden bij` (confirmed) or the recipients the text names.
  public let reportTo: [String]
  public let reportToConfirmed: Bool

  /// The binding text's sentences, then the explanation's.
  public let allSentences: [SentenceAnalysis]
  /// The topics its own title and its chapter's title name ("Artikel 4 [Goed ambtenaarschap]").
  public let headingTopics: [String]

  public init(
    article: Article, chapterStart: Int, inAnnex: Bool, sentences: [SentenceAnalysis], explanation: [SentenceAnalysis],
    topics: [String], topicsConfirmed: Bool, norms: Set<NormKind>, normsConfirmed: Bool, reportTo: [String],
    reportToConfirmed: Bool, allSentences: [SentenceAnalysis], headingTopics: [String] = []
  ) {
    self.headingTopics = headingTopics
    self.article = article
    self.chapterStart = chapterStart
    self.inAnnex = inAnnex
    self.sentences = sentences
    self.explanation = explanation
    self.topics = topics
    self.topicsConfirmed = topicsConfirmed
    self.norms = norms
    self.normsConfirmed = normsConfirmed
    self.reportTo = reportTo
    self.reportToConfirmed = reportToConfirmed
    self.allSentences = allSentences
  }

  /// Whether the rule is about `topic`, by its topics or by a sentence's.
  public func isAbout(_ topic: String) -> Bool {
    topics.contains(topic) || sentences.contains { $0.topics.contains(topic) }
  }
}

extension LintContext {
  /// Every rule's meaning, in document order; computed once per document.
  public var meanings: [RuleMeaning] {
    meaningCache.value { computeMeanings() }
  }

  /// Computes every rule's meaning on `workers` threads (a large file); `meanings` then returns
  /// them without further work. The order is the document's, whatever the number of workers.
  public func prepareMeanings(workers: Int) {
    _ = meaningCache.value { computeMeanings(workers: workers) }
  }

  func computeMeanings(workers: Int = 1) -> [RuleMeaning] {
    let analyser = NormAnalyser.shared
    // The rules as (chapter, item) positions: a rule is a large value, copied once, into its meaning.
    var work: [(chapter: Int, item: Int)] = []
    var chapterItems: [[Item]] = []
    var chapters: [(topics: [String], titleTopics: [String], start: Int, annex: Bool)] = []
    for chapter in document.allChapters {
      chapters.append(
        (
          chapter.annotations.topics.filter { !$0.inferred }.map(\.value),
          analyser.analyse(chapter.title, context: .explanation).flatMap(\.topics), chapter.range.start,
          chapter.kind == .annex
        ))
      chapterItems.append(chapter.items)
      for k in chapter.items.indices {
        if case .article = chapter.items[k] { work.append((chapters.count - 1, k)) }
      }
    }
    let chapterFacts = chapters
    let items = chapterItems
    return ParallelRules.map(work, workers: workers) { w in
      let c = chapterFacts[w.chapter]
      guard case .article(let a) = items[w.chapter][w.item] else { preconditionFailure("work lists only rules") }
      return meaning(
        of: a, chapterTopics: c.topics, titleTopics: c.titleTopics, chapterStart: c.start, inAnnex: c.annex,
        analyser: analyser)
    }
  }

  /// One rule's meaning.
  func meaning(
    of a: Article, chapterTopics: [String], titleTopics: [String], chapterStart: Int, inAnnex: Bool, analyser: NormAnalyser
  ) -> RuleMeaning {
    var sentences: [SentenceAnalysis] = []
    var explanation: [SentenceAnalysis] = []
    var headingTopics = titleTopics
    if let title = a.title, !title.isEmpty {
      sentences += analyser.analyse(title, base: a.headerRange.start, context: .heading)
      for t in sentences.flatMap(\.topics) where !headingTopics.contains(t) { headingTopics.append(t) }
    }
    collect(a.items, into: &sentences, explanation: &explanation, analyser: analyser, inExplanation: false)
    // "[Mag ik nevenwerk doen?] Nee.": an answer is read with its question.
    sentences = analyser.readingAnswers(sentences)
    let own = a.annotations
    let confirmedTopics = own.topics.filter { !$0.inferred }.map(\.value)
    var topics: [String]
    var topicsConfirmed = true
    if !confirmedTopics.isEmpty {
      topics = confirmedTopics
    } else if !chapterTopics.isEmpty {
      topics = chapterTopics
    } else {
      topicsConfirmed = false
      topics = own.topics.map(\.value)
      for s in sentences { for t in s.topics where !topics.contains(t) { topics.append(t) } }
      for t in titleTopics where !topics.contains(t) { topics.append(t) }
    }
    let confirmedNorms = own.norms.filter { !$0.inferred }.compactMap { NormKind(rawValue: $0.value) }
    var norms = Set(confirmedNorms)
    let normsConfirmed = !confirmedNorms.isEmpty
    if !normsConfirmed {
      norms = Set(own.norms.compactMap { NormKind(rawValue: $0.value) })
      for s in sentences {
        for n in s.norms where n.role == .primary || n.role == .coordinate {
          if let k = n.modality.normKind { norms.insert(k) }
        }
      }
    }
    let confirmedReport = own.reportTo.filter { !$0.inferred }.map(\.value)
    var reportTo = confirmedReport
    if reportTo.isEmpty {
      reportTo = own.reportTo.map(\.value)
      for s in sentences { for r in s.reportTo + s.consentBy where !reportTo.contains(r) { reportTo.append(r) } }
    }
    return RuleMeaning(
      article: a, chapterStart: chapterStart, inAnnex: inAnnex, sentences: sentences, explanation: explanation,
      topics: topics, topicsConfirmed: topicsConfirmed, norms: norms, normsConfirmed: normsConfirmed, reportTo: reportTo,
      reportToConfirmed: !confirmedReport.isEmpty, allSentences: sentences + explanation, headingTopics: headingTopics)
  }

  /// The analysed sentences of `items`; a list item is read with the paragraph that leads into
  /// it when that ends with a colon.
  func collect(
    _ items: [Item], into sentences: inout [SentenceAnalysis], explanation: inout [SentenceAnalysis], analyser: NormAnalyser,
    inExplanation: Bool, context outer: TextContext = .rule
  ) {
    let here: TextContext = inExplanation ? .explanation : outer
    var leadIn: String?
    for item in items {
      switch item {
      case .paragraph(let p):
        let found = analyser.analyse(p.text, base: p.range.start, context: here)
        if inExplanation { explanation += found } else { sentences += found }
        leadIn = Self.leadIn(p.text)
      case .list(let l):
        // Each lead-in is read once for all the items it leads.
        func walk(_ list: [ListItem], prepared: NormAnalyser.PreparedLeadIn?) {
          var prepared = prepared
          for li in list {
            let found = analyser.analyse(li.text, base: li.range.start + li.textOffset, prepared: prepared, context: here)
            if inExplanation { explanation += found } else { sentences += found }
            if !li.children.isEmpty {
              walk(li.children, prepared: li.text.hasSuffix(":") ? analyser.prepare(leadIn: li.text) : prepared)
            }
            // "- … betrokken bent.\nWel toegestaan is:\n- …": a lead-in written on the line after an
            // item (without a blank line, so it continues the item) leads the items after it.
            if li.children.isEmpty, let next = Self.trailingLeadIn(li.text) { prepared = analyser.prepare(leadIn: next) }
          }
        }
        walk(l.items, prepared: leadIn.map { analyser.prepare(leadIn: $0) })
        leadIn = nil
      case .explanation(let e):
        collect(e.items, into: &sentences, explanation: &explanation, analyser: analyser, inExplanation: true)
        leadIn = nil
      case .heading, .article:
        leadIn = nil
      }
    }
  }

  /// The last sentence of an item's text when it is a lead-in of its own after another sentence
  /// ("… betrokken bent. Wel toegestaan is:"), else nil.
  static func trailingLeadIn(_ text: String) -> String? {
    guard text.hasSuffix(":") else { return nil }
    let body = text.dropLast()
    guard let stop = body.lastIndex(where: { $0 == "." || $0 == ";" || $0 == "?" || $0 == "!" }) else { return nil }
    let last = text[text.index(after: stop)...].drop { $0 == " " }
    return last.first?.isUppercase == true ? String(last) : nil
  }

  /// The paragraph `text` as the lead-in of a list when it ends with a colon: trimmed of spaces
  /// and tabs (as `trimmingCharacters(in: .whitespaces)`: general category Zs and U+0009), else nil.
  static func leadIn(_ text: String) -> String? {
    // Most paragraphs end in an ASCII character that is not a space or tab: it is the last
    // non-blank scalar, and only a colon makes a lead-in.
    if let last = text.utf8.last, last < 0x80, last != 0x20, last != 0x09, last != 0x3A { return nil }
    return leadInByScalars(text)
  }

  /// `leadIn` scalar by scalar.
  static func leadInByScalars(_ text: String) -> String? {
    func blank(_ u: Unicode.Scalar) -> Bool { u == "\t" || u.properties.generalCategory == .spaceSeparator }
    let scalars = text.unicodeScalars
    guard let end = scalars.lastIndex(where: { !blank($0) }), scalars[end] == ":" else { return nil }
    let start = scalars.firstIndex(where: { !blank($0) }) ?? end
    let trimmed = String(scalars[start...end])
    // A colon that carries a combining mark is not a colon.
    return trimmed.hasSuffix(":") ? trimmed : nil
  }

  /// Sentences outside the rules: the preamble, chapter texts and the closing.
  public var sentencesOutsideRules: [SentenceAnalysis] {
    outsideSentenceCache.value {
      var found: [SentenceAnalysis] = []
      var ignored: [SentenceAnalysis] = []
      let analyser = NormAnalyser.shared
      collect(
        document.preamble.items, into: &found, explanation: &ignored, analyser: analyser, inExplanation: false, context: .preamble
      )
      for c in document.chapters {
        let loose = c.items.filter { if case .article = $0 { return false } else { return true } }
        collect(loose, into: &found, explanation: &ignored, analyser: analyser, inExplanation: false, context: .explanation)
      }
      collect(
        document.closing?.items ?? [], into: &found, explanation: &ignored, analyser: analyser, inExplanation: false,
        context: .closing)
      return found + ignored
    }
  }
}
