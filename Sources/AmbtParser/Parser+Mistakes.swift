import AmbtModel

/// Mistakes a newcomer makes that the grammar accepts but that almost certainly do not mean what
/// the author intended (issue 16, item 5). Each is a warning with a hint: the document still
/// parses as before, but not silently.
extension DocumentParser {
  /// A list item nested under the one above by a tab or four or more spaces: in a code copied
  /// from Word that is usually the next item, not a sub-item. Two spaces (what `ambt fmt`
  /// writes) nest without a word.
  mutating func checkNestingByIndent(_ child: Line, under parent: ListItem, step: Int) {
    guard step >= 4, case .listItem(let marker) = child.kind else { return }
    let markerRange = SourceRange(start: child.contentStart, end: child.contentStart + marker.marker.utf8.count)
    let how =
      child.indentHasTab
      ? LocalizedText("check.list-nested-by-indent.tab")
      : LocalizedText("check.list-nested-by-indent.spaces", ["step": "\(step)"])
    error(
      "list-nested-by-indent",
      LocalizedText(
        "check.list-nested-by-indent", ["marker": marker.marker, "parent": parent.marker], messages: ["indentation": how]),
      at: markerRange,
      hint: LocalizedText("check.list-nested-by-indent.hint", ["marker": "\(parent.marker)"]),
      severity: .warning)
  }

  /// `Uitleg` (or another explanation word) alone on a line of a rule without its colon: the text
  /// after it is read as binding text of the rule. (Inside an explanation it changes nothing.)
  mutating func checkLabelWithoutColon(_ line: Line) {
    guard place == .article, line.kind == .text, line.content.utf8.count <= 24, line.content.first?.isLetter == true,
      Lexer.labelWords[TextFolding.fold(String(line.content))] != nil
    else { return }
    let word = String(line.content)
    let end = line.contentRange.end
    error(
      "label-without-colon", LocalizedText("check.label-without-colon", ["word": "\(word)"]), at: line.contentRange,
      hint: LocalizedText("check.label-without-colon.hint", ["word": "\(word)"]),
      severity: .warning, fixIts: [FixIt(range: SourceRange(start: end, end: end), replacement: ":")])
  }

  /// `Uitleg: …` (or another explanation word with its colon) with text after it on the same
  /// line of a rule: the label starts an explanation only on a line of its own, so the text is
  /// read as binding text of the rule. The fix puts the text on the next line.
  mutating func checkLabelWithText(_ line: Line) {
    guard place == .article, line.kind == .text else { return }
    let content = line.content
    // Every label word starts with a letter and is short; most lines have no colon early on.
    guard let colon = content.utf8.prefix(16).firstIndex(of: 0x3A) else { return }
    let head = String(content[content.startIndex..<colon])
    guard let label = Lexer.labelWords[TextFolding.fold(head)] else { return }
    _ = label
    let after = content[content.index(after: colon)...]
    guard after.contains(where: { !$0.isWhitespace }) else { return }
    let start = line.contentStart
    let colonEnd = start + content.utf8.distance(from: content.startIndex, to: colon) + 1
    let textStart = colonEnd + after.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
    error(
      "label-with-text", LocalizedText("check.label-with-text", ["word": "\(head)"]),
      at: SourceRange(start: start, end: colonEnd),
      hint: LocalizedText("check.label-with-text.hint", ["word": "\(head)"]),
      severity: .warning, fixIts: [FixIt(range: SourceRange(start: colonEnd, end: textStart), replacement: "\n")])
  }

  /// Leden written on one line ("§ 1.1. [Titel] 1. Het college … 2. Het beleid …"): only a
  /// numbered line of its own is a lid, so this is one paragraph, and "het tweede lid" points at
  /// nothing. Reported when a text of a rule starts with `1. ` and a capital, and ` 2. ` and a
  /// capital follow (then ` 3. `, …); the fix-its put each lid on a line of its own.
  mutating func checkInlineLeden(_ text: Substring, at start: Int) {
    guard place == .article else { return }
    let u = text.utf8
    func isCapital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    var it = u.makeIterator()
    guard it.next() == 0x31, it.next() == 0x2E, it.next() == 0x20, let c = it.next(), isCapital(c) else { return }
    // One pass: the offsets of " N. X" for N = 2, 3, … (single digits), in order.
    var breaks: [Int] = []
    var i = u.startIndex
    var offset = 0
    while let space = u[i...].firstIndex(of: 0x20) {
      offset += u.distance(from: i, to: space)
      let next = UInt8(0x32 + breaks.count)
      guard next <= 0x39 else { break }
      var j = u.index(after: space)
      if j != u.endIndex, u[j] == next {
        j = u.index(after: j)
        if j != u.endIndex, u[j] == 0x2E {
          j = u.index(after: j)
          if j != u.endIndex, u[j] == 0x20 {
            j = u.index(after: j)
            if j != u.endIndex, isCapital(u[j]) { breaks.append(offset) }
          }
        }
      }
      i = u.index(after: space)
      offset += 1
    }
    guard !breaks.isEmpty else { return }
    error(
      "inline-leden", LocalizedText("check.inline-leden", ["last": "\(breaks.count + 1)"]),
      at: SourceRange(start: start, end: start + 2),
      hint: LocalizedText("check.inline-leden.hint"),
      severity: .warning,
      fixIts: breaks.map { FixIt(range: SourceRange(start: start + $0, end: start + $0 + 1), replacement: "\n") })
  }

  /// A paragraph that starts like a Word heading of an article (`Artikel 1.1 Geschenken`,
  /// `Artikel 3`) but has no `§`, so it is text, not a rule. A sentence that merely begins with a
  /// reference (`Artikel 8 van de wet …`, `Artikel 2.3 is …`) is left alone: after the number
  /// comes a lowercase word. So are annexes and explanations, which quote laws article by article.
  mutating func checkArticleWithoutSectionSign(_ line: Line) {
    guard line.kind == .text, let place, place != .annex else { return }
    let content = line.content
    // Every word this looks for starts with `A`; most lines do not (no split then). The line's
    // content starts with no space, so its first word starts with its first byte.
    guard content.utf8.first == 0x41 else { return }
    let words = content.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
    guard words.count >= 2, ["Artikel", "ARTIKEL", "Art."].contains(words[0]) else { return }
    var number = words[1]
    var separated = false
    if let last = number.last, last == ":" || last == "-" || last == "–" {
      number = number.dropLast()
      separated = true
    }
    guard !number.isEmpty, NumberToken.length(in: number) == number.count else { return }
    if words.count == 3 {
      let rest = words[2].drop { $0 == " " }
      if let first = rest.first, first == "-" || first == "–" || first == ":" {
        separated = true
      } else if !(rest.first?.isUppercase ?? false) && !separated {
        return
      }
    }
    let headText = content[..<words[1].endIndex]
    let head = String(headText)
    let start = line.contentStart
    error(
      "article-without-section-sign",
      LocalizedText("check.article-without-section-sign", ["abbreviated": "\(abbreviated(head))"]), at: line.range(of: headText),
      hint: LocalizedText("check.article-without-section-sign.hint", ["abbreviated": "\(abbreviated(head))"]),
      severity: .warning, fixIts: [FixIt(range: SourceRange(start: start, end: start), replacement: "§ ")])
  }
}
