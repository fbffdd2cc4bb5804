import AmbtModel

/// A logical line: physical lines of one sentence or item joined, with its shape and context.
struct Logical {
  var text: String
  var blankBefore: Bool
  var repairs: [Repair]
  var start: LineStart?
  /// Short, unpunctuated and set apart: a heading or a title, if the structure agrees.
  var titleLike: Bool

  /// Joins hard-wrapped lines: consecutive lines of one sentence, and lines separated by a blank
  /// line when the sentence clearly goes on (no closing punctuation, next line lowercase).
  static func build(_ lines: [CleanLine]) -> [Logical] {
    var out: [Logical] = []
    for (k, line) in lines.enumerated() {
      let start = LineShape.classify(line.text)
      let next = k + 1 < lines.count ? lines[k + 1] : nil
      let titleText: String
      switch start {
      case .ruleNumber(_, let r), .number(_, _, let r), .artikel(_, _, let r), .chapterWord(_, _, let r): titleText = r
      case .bullet, .letter, .parenNumber: titleText = ""
      default: titleText = line.text
      }
      var titleLike = false
      if !titleText.isEmpty && LineShape.looksLikeTitle(titleText) {
        let prevEnds =
          k == 0 || LineShape.endsSentence(lines[k - 1].text) || (out.last?.titleLike ?? false)
          || (out.last.map(\.isBareHeading) ?? false)
        let separatedBefore = line.blankBefore || prevEnds
        let nextOK = next.map { $0.blankBefore || !LineShape.startsLowercase($0.text) } ?? true
        titleLike = separatedBefore && nextOK
      }
      if let cur = out.last, shouldJoin(cur, line, start: start, titleLike: titleLike) {
        out[out.count - 1].text = cur.text.isEmpty ? line.text : cur.text + " " + line.text
        out[out.count - 1].repairs += line.repairs
        if cur.start != nil { out[out.count - 1].start = LineShape.classify(out[out.count - 1].text) }
        if cur.isBareNumber { out[out.count - 1].titleLike = titleLike }
        continue
      }
      out.append(
        Logical(text: line.text, blankBefore: line.blankBefore, repairs: line.repairs, start: start, titleLike: titleLike))
    }
    return out
  }

  /// `Artikel 5`, `HOOFDSTUK 2`, `Bijlage 1` without a title on the line: the title follows.
  var isBareHeading: Bool {
    switch start {
    case .artikel(_, _, let r), .chapterWord(_, _, let r): return r.isEmpty
    case .bijlage(let r): return r.isEmpty || r.split(separator: " ").count == 1 && r.first?.isNumber == true
    default: return false
    }
  }

  var isBareNumber: Bool {
    switch start {
    case .number(_, _, let r), .ruleNumber(_, let r): return r.isEmpty
    default: return false
    }
  }

  static func shouldJoin(_ cur: Logical, _ line: CleanLine, start: LineStart?, titleLike: Bool) -> Bool {
    if cur.isBareNumber { return start == nil }
    if start != nil { return false }
    switch cur.start {
    case .label?, .deRegels?: return false
    default: break
    }
    let lower = LineShape.startsLowercase(line.text)
    if cur.titleLike { return lower && !LineShape.endsSentence(cur.text) }
    if titleLike { return false }
    if line.blankBefore { return !LineShape.endsSentence(cur.text) && lower }
    return true
  }
}
