import AmbtModel
import Foundation

/// A rule found in the source, with what inference needs.
struct RuleRecord {
  var key: String
  var label: String
  /// Index in `Structurer.body` of the `§` line; annotations go right after it.
  var headerIndex: Int
  var normative: [String] = []
  var chapterTitle: String
}

/// Stage 2 of the import: decides what each logical line is and writes `.ambt` lines.
struct Structurer {
  var body: [String] = []
  var rules: [RuleRecord] = []
  var perChapterNumbering = false
  /// Sentences of the closing and preamble, for metadata inference.
  var closingText: [String] = []
  var preambleText: [String] = []
  var firstTitleLine: String?

  private var logical: [Logical] = []
  private var i = 0
  private enum Part { case preamble, chapter, closing, annex }
  private var part = Part.preamble
  private var chapterNumber: Int?
  private var chapterKey: String?
  private var chapterTitle = ""
  private var introChapter = false
  private var inRule = false
  private var inExplanation = false
  private var themeRules = false
  private var contentSeen = false
  /// Whether numbered top-level sentences are rules even without a chapter (flat codes).
  private let flatRules: Bool

  static let introTitles: Set<String> = [
    "inleiding", "voorwoord", "introductie", "leeswijzer", "preambule", "aanleiding", "leeshulp",
  ]

  init(_ logical: [Logical], flatRules: Bool = false) {
    self.logical = logical
    self.flatRules = flatRules
    run()
  }

  // MARK: Output helpers

  private mutating func emit(_ line: String, _ repairs: [Repair], blankBefore: Bool = true) {
    if blankBefore && !(body.last?.isEmpty ?? true) { body.append("") }
    for r in repairs { body.append(r.comment) }
    body.append(line)
  }

  private mutating func paragraph(_ l: Logical) {
    emitText(l.text, l.repairs)
  }

  private mutating func emitText(_ text: String, _ repairs: [Repair]) {
    emit(LineShape.needsEscape(text) ? "\\" + text : text, repairs)
    collect(text)
  }

  private mutating func collect(_ text: String) {
    if inRule && !inExplanation, !rules.isEmpty { rules[rules.count - 1].normative.append(text) }
    switch part {
    case .preamble: preambleText.append(text)
    case .closing: closingText.append(text)
    default: break
    }
  }

  private mutating func listItem(_ marker: String, _ rest: String, _ repairs: [Repair]) {
    emit(rest.isEmpty ? marker : marker + " " + rest, repairs, blankBefore: !(body.last.map(Structurer.isListLine) ?? false))
    collect(rest)
  }

  static func isListLine(_ s: String) -> Bool {
    LinePattern.listLine(s)
  }

  private mutating func subheading(_ text: String, _ repairs: [Repair]) {
    inRule = false
    inExplanation = false
    themeRules = false
    emit("## " + text, repairs)
    if part == .preamble { preambleText.append(text) }
  }

  private mutating func chapter(_ heading: String, number: Int?, key: String?, title: String, _ repairs: [Repair]) {
    part = .chapter
    contentSeen = true
    chapterNumber = number
    chapterKey = key
    chapterTitle = title
    introChapter = Structurer.introTitles.contains(TextFolding.fold(title))
    inRule = false
    inExplanation = false
    themeRules = false
    emit("# " + heading, repairs)
  }

  private mutating func rule(label: String, title: String?, text: String, _ repairs: [Repair]) {
    if part == .preamble {
      // Rules before any chapter: the model keeps rules in chapters, so open one.
      chapter("Regels", number: nil, key: nil, title: "Regels", [])
      body.insert("// ambt import: de bron heeft hier geen hoofdstukkop; kop ingevoegd", at: body.count - 1)
    }
    contentSeen = true
    inRule = true
    inExplanation = false
    var number = label
    while number.hasSuffix(".") { number.removeLast() }
    if let sp = number.lastIndex(of: " ") { number = String(number[number.index(after: sp)...]) }
    number = number.lowercased()
    var key = number
    if themeRules, !number.contains("."), let ck = chapterKey {
      key = ck + "." + number
      perChapterNumbering = true
    }
    var header = "§ " + label
    var textLine = text
    if let title, !title.isEmpty, !title.contains("]") {
      header += " [" + title + "]"
    } else if let title, !title.isEmpty {
      textLine = title + (text.isEmpty ? "" : " " + text)
    }
    var pendingText: String?
    if textLine.hasPrefix("[") {
      pendingText = textLine
      textLine = ""
    }
    emit(textLine.isEmpty ? header : header + " " + textLine, repairs)
    rules.append(RuleRecord(key: key, label: label, headerIndex: body.count - 1, chapterTitle: chapterTitle))
    if let title, !title.isEmpty { rules[rules.count - 1].normative.append(title) }
    if !textLine.isEmpty { rules[rules.count - 1].normative.append(textLine) }
    if let p = pendingText { emitText(p, []) }
  }

  private func peek(_ k: Int = 1) -> Logical? { i + k < logical.count ? logical[i + k] : nil }

  // MARK: The pass

  private mutating func run() {
    while i < logical.count {
      let l = logical[i]
      if i == 0, l.titleLike || LineShape.looksLikeTitle(l.text), l.start == nil || isBijlage(l) {
        firstTitleLine = l.text
      }
      handle(l)
      i += 1
    }
  }

  private func isBijlage(_ l: Logical) -> Bool {
    if case .bijlage? = l.start { return true }
    return false
  }

  /// The dots and colons around an article's number.
  static let numberEnds = CharacterSet(charactersIn: ".:")

  static func closingTrigger(_ text: String) -> (heading: Bool, match: Bool) {
    // ASCII: the fold starts with the first byte that is no white space, lowercased; every
    // phrase below starts with a, i, o, s, v or z.
    var t = text
    let mayMatch = t.withUTF8 { b -> Bool in
      for c in b where c != 0x20 && !(c >= 0x09 && c <= 0x0D) {
        if c >= 0x80 { return true }
        let l = c >= 0x41 && c <= 0x5A ? c + 0x20 : c
        return l == 0x61 || l == 0x69 || l == 0x6F || l == 0x73 || l == 0x76 || l == 0x7A
      }
      return false
    }
    if !mayMatch { return (false, false) }
    let f = TextFolding.fold(text)
    for p in ["aldus vastgesteld", "vastgesteld in de vergadering", "aldus besloten", "aldus gedaan", "zo vastgesteld"]
    where f.hasPrefix(p) {
      return (false, true)
    }
    if ["ondertekening", "inwerkingtreding", "slotbepaling", "slotbepalingen", "inwerkingtreding en citeertitel", "slot"]
      .contains(f)
    {
      return (true, true)
    }
    return (false, false)
  }

  private mutating func handle(_ l: Logical) {
    // Annexes: only text, lists, sub-headings and further annexes.
    if part == .annex {
      if case .bijlage(let rest)? = l.start { annex(rest, l); return }
      plain(l, allowHeadings: true)
      return
    }
    if contentSeen, part != .closing {
      let trigger = Structurer.closingTrigger(l.text)
      if trigger.match {
        part = .closing
        inRule = false
        themeRules = false
        emit("# Slot", [])
        if trigger.heading { subheading(l.text, l.repairs) } else { paragraph(l) }
        return
      }
    }
    switch l.start {
    case .bijlage(let rest)?:
      if contentSeen { annex(rest, l) } else { subheading(l.text, l.repairs) }
    case .chapterWord(let word, let number, let rest)? where part != .closing:
      var title = rest
      var repairs = l.repairs
      if title.isEmpty, let n = peek(), n.titleLike, n.start == nil {
        title = n.text
        repairs += n.repairs
        i += 1
      }
      let key = number.trimmingCharacters(in: Structurer.numberEnds).lowercased()
      chapter(
        [word, number, title].filter { !$0.isEmpty }.joined(separator: " "), number: Int(key), key: key, title: title, repairs)
    case .artikel(let word, let number, let rest)? where part != .closing:
      artikel(word: word, number: number, rest: rest, l)
    case .deRegels? where part == .chapter:
      inRule = false
      inExplanation = false
      emit("## " + l.text, l.repairs)
      themeRules = true
      perChapterNumbering = true
    case .label(let word)?:
      let folded = TextFolding.fold(word)
      if inRule && !themeRules && LineShape.languageLabels.contains(folded) {
        emit(word + ":", l.repairs)
        inExplanation = true
      } else if LineShape.languageLabels.contains(folded) || part != .preamble {
        subheading(word, l.repairs)
      } else {
        paragraph(l)
      }
    case .ruleNumber(let label, let rest)? where part != .closing:
      if introChapter {
        subheading(label + (rest.isEmpty ? "" : " " + rest), l.repairs)
      } else {
        rule(label: label, title: nil, text: rest, l.repairs)
      }
    case .number(let value, let marker, let rest)? where part != .closing:
      if !themeRules || LineShape.isAllCaps(rest), isChapterHeading(value: value, marker: marker, rest: rest, l) {
        let key = String(value)
        chapter(marker + " " + rest, number: value, key: key, title: rest, l.repairs)
      } else if themeRules && !rest.isEmpty {
        rule(label: marker, title: nil, text: rest, l.repairs)
      } else if flatRules && part != .annex && !inExplanation && !rest.isEmpty && marker.hasSuffix(".") {
        rule(label: marker, title: nil, text: rest, l.repairs)
      } else {
        listItem(marker, rest, l.repairs)
      }
    default:
      plain(l, allowHeadings: !inRule)
    }
  }

  private func isChapterHeading(value: Int, marker: String, rest: String, _ l: Logical) -> Bool {
    guard marker.hasSuffix("."), !rest.isEmpty, LineShape.looksLikeTitle(rest) else { return false }
    guard value == (chapterNumber ?? 0) + 1 || (chapterNumber == nil && value <= 1) else { return false }
    if part == .closing || part == .annex { return false }
    // In a list of short items (`1. Omgaan met elkaar.`) the next line is an item too.
    if let n = peek(), case .number(let v, _, _)? = n.start, v == value + 1, !n.blankBefore { return false }
    return true
  }

  private mutating func plain(_ l: Logical, allowHeadings: Bool) {
    switch l.start {
    case .bullet(let marker, let rest)?: listItem(marker, rest, l.repairs)
    case .letter(let marker, let rest)?: listItem(marker, rest, l.repairs)
    case .parenNumber(let marker, let rest)?: listItem(marker, rest, l.repairs)
    case .number(_, let marker, let rest)?: listItem(marker, rest, l.repairs)
    case .ruleNumber(let label, let rest)? where part == .annex || part == .closing:
      paragraph(
        Logical(
          text: label + (rest.isEmpty ? "" : " " + rest), blankBefore: true, repairs: l.repairs, start: nil, titleLike: false))
    default:
      if allowHeadings && l.titleLike && isSubstantialNext() {
        subheading(l.text, l.repairs)
      } else {
        paragraph(l)
      }
    }
  }

  /// A heading needs real text after it, not another short line (a signature, an address).
  private func isSubstantialNext() -> Bool {
    guard let n = peek() else { return false }
    if n.start != nil { return true }
    return n.text.count >= 50 || LineShape.endsSentence(n.text) && n.text.count >= 25
  }

  private mutating func annex(_ rest: String, _ l: Logical) {
    part = .annex
    inRule = false
    themeRules = false
    var title = rest
    var repairs = l.repairs
    if l.isBareHeading, let n = peek(), n.titleLike, n.start == nil {
      title = (title.isEmpty ? "" : title + " ") + n.text
      repairs += n.repairs
      i += 1
    }
    let word = l.text.split(separator: " ").first.map(String.init) ?? "Bijlage"
    emit("# " + ([word, title].filter { !$0.isEmpty }.joined(separator: " ")), repairs)
  }

  private mutating func artikel(word: String, number: String, rest: String, _ l: Logical) {
    var title = ""
    var text = ""
    var repairs = l.repairs
    if rest.isEmpty {
      if let n = peek(), n.titleLike, n.start == nil {
        title = n.text
        repairs += n.repairs
        i += 1
      }
    } else if LineShape.looksLikeTitle(rest) && l.titleLike {
      title = rest
    } else {
      text = rest
    }
    let num = number.trimmingCharacters(in: Structurer.numberEnds).lowercased()
    // An article that holds numbered rules `5.1`, `5.2` is a chapter; otherwise it is a rule.
    var holdsRules = false
    var k = i + 1
    while k < logical.count {
      switch logical[k].start {
      case .artikel?, .chapterWord?, .bijlage?: k = logical.count
      case .ruleNumber(let label, _)?:
        if label.hasPrefix(num + ".") { holdsRules = true; k = logical.count }
      default: break
      }
      k += 1
    }
    if holdsRules {
      let heading = [word, number, title, text].filter { !$0.isEmpty }.joined(separator: " ")
      chapter(heading, number: Int(num), key: num, title: title, repairs)
    } else {
      rule(label: word + " " + number, title: title.isEmpty ? nil : title, text: text, repairs)
    }
  }
}
