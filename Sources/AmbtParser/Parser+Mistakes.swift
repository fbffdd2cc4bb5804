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
    let how = child.indentHasTab ? ("een tab", "a tab") : ("\(step) spaties", "\(step) spaces")
    error(
      "list-nested-by-indent",
      "lijstpunt '\(marker.marker)' wordt door de inspringing (\(how.0)) een subpunt van '\(parent.marker)'",
      "list item '\(marker.marker)' becomes a sub-item of '\(parent.marker)' because of its indentation (\(how.1))",
      at: markerRange,
      hintNL:
        "bedoel je een volgend punt, zet het dan recht onder '\(parent.marker)'; bedoel je een subpunt, spring dan twee spaties in (zoals 'ambt fmt' schrijft)",
      hintEN:
        "for the next item, align it with '\(parent.marker)'; for a sub-item, indent it by two spaces (as 'ambt fmt' writes)",
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
      "label-without-colon", "'\(word)' zonder dubbele punt: wat volgt, telt als bindende tekst",
      "'\(word)' without a colon: what follows counts as binding text", at: line.contentRange,
      hintNL: "schrijf '\(word):' om uitleg te beginnen die niet bindt; is het tekst, begin de regel dan met '\\'",
      hintEN: "write '\(word):' to start an explanation that does not bind; if it is text, start the line with '\\'",
      severity: .warning, fixIts: [FixIt(range: SourceRange(start: end, end: end), replacement: ":")])
  }

  /// A paragraph that starts like a Word heading of an article (`Artikel 1.1 Geschenken`,
  /// `Artikel 3`) but has no `§`, so it is text, not a rule. A sentence that merely begins with a
  /// reference (`Artikel 8 van de wet …`, `Artikel 2.3 is …`) is left alone: after the number
  /// comes a lowercase word. So are annexes and explanations, which quote laws article by article.
  mutating func checkArticleWithoutSectionSign(_ line: Line) {
    guard line.kind == .text, let place, place != .annex else { return }
    let content = line.content
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
      "article-without-section-sign", "'\(abbreviated(head))' begint een alinea, maar zonder '§' is het geen regel",
      "'\(abbreviated(head))' starts a paragraph, but without '§' it is not a rule", at: line.range(of: headText),
      hintNL: "begin de regel met '§ ' ('§ \(abbreviated(head))'); is het gewone tekst, begin de regel dan met '\\'",
      hintEN: "start the line with '§ ' ('§ \(abbreviated(head))'); if it is ordinary text, start the line with '\\'",
      severity: .warning, fixIts: [FixIt(range: SourceRange(start: start, end: start), replacement: "§ ")])
  }
}
