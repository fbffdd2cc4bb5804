import AmbtModel

/// One line of a word diff as the views print it: a title, a paragraph or a list item of the
/// text (`TextBlocks`), or a `…` line that stands for unchanged lines left out.
struct DiffLine: Equatable {
  /// Where the line starts in the text; nil for a line of left-out text.
  var start: LineStart?
  var runs: [DiffRun]

  var changed: Bool { runs.contains { $0.op != .equal } }
  var isGap: Bool { start == nil && runs.count == 1 && runs[0].tokens.count == 1 && runs[0].tokens[0].text == "…" }

  static let gap = DiffLine(start: nil, runs: [DiffRun(op: .equal, tokens: [DiffLines.ellipsis(space: false)])])
}

/// Cuts a word diff into the lines of its text and, for the terminal and Markdown views, keeps
/// only a window around the changes, as git does: every changed line (with `context` words on
/// either side of each change inside it), the unchanged lines next to it cut to `context` words,
/// the title and the explanation's label; other unchanged lines collapse into one `…` line.
enum DiffLines {
  static func ellipsis(space: Bool) -> Token { Token(text: "…", kind: .punctuation, spaceBefore: space) }

  /// The lines of a word diff. A replacement at the start of a line (`[-De-]{+Een+} ambtenaar`)
  /// stays one line: an inserted line start right after a line of only deletions joins it.
  static func split(_ runs: [DiffRun]) -> [DiffLine] {
    var lines: [DiffLine] = []
    var current = DiffLine(start: nil, runs: [])
    func flush() {
      if !current.runs.isEmpty { lines.append(current) }
    }
    for run in runs {
      var piece = DiffRun(op: run.op, tokens: [], followsRenumbering: run.followsRenumbering)
      for token in run.tokens {
        if let start = token.line {
          let onlyDeleted = !current.runs.isEmpty && current.runs.allSatisfy { $0.op == .delete }
          if run.op == .insert && piece.tokens.isEmpty && onlyDeleted && current.start != nil {
            current.start = start
          } else {
            if !piece.tokens.isEmpty { current.runs.append(piece) }
            piece.tokens = []
            flush()
            current = DiffLine(start: start, runs: [])
          }
        }
        piece.tokens.append(token)
      }
      if !piece.tokens.isEmpty { current.runs.append(piece) }
    }
    flush()
    return lines
  }

  /// The window around the changes (see the type's summary).
  static func window(_ runs: [DiffRun], context: Int = 8) -> [DiffLine] {
    let lines = split(runs)
    var out: [DiffLine] = []
    for (k, line) in lines.enumerated() {
      let before = k + 1 < lines.count && lines[k + 1].changed
      let after = k > 0 && lines[k - 1].changed
      let kind = line.start?.kind
      if line.changed {
        out.append(DiffLine(start: line.start, runs: cut(line.runs, context: context, head: true, tail: true)))
      } else if before || after || kind == .title || kind == .label {
        // Unchanged: the words next to the change, or the start of a title or label.
        let keepHead = after || (!before)
        let keepTail = before
        out.append(DiffLine(start: line.start, runs: trim(line.runs, context: context, head: keepHead, tail: keepTail)))
      } else if out.last?.isGap != true {
        out.append(.gap)
      }
    }
    return out
  }

  /// Long unchanged stretches inside a changed line cut to `context` words either side of each
  /// change; at the ends of the line only the side that touches a change is kept.
  static func cut(_ runs: [DiffRun], context: Int, head: Bool, tail: Bool) -> [DiffRun] {
    var out: [DiffRun] = []
    for (k, r) in runs.enumerated() {
      guard r.op == .equal, r.tokens.count > 2 * context + 1 else {
        out.append(r)
        continue
      }
      let first = k == 0
      let last = k == runs.count - 1
      var tokens: [Token] = []
      if !first { tokens += r.tokens.prefix(context) }
      var dots = ellipsis(space: !first || r.tokens[0].spaceBefore)
      if first { dots.line = r.tokens[0].line }
      tokens.append(dots)
      if !last { tokens += r.tokens.suffix(context) }
      out.append(DiffRun(op: .equal, tokens: tokens, followsRenumbering: false))
    }
    return out
  }

  /// An unchanged line cut to its first (`head`) or last (`tail`) `context` words, or both.
  static func trim(_ runs: [DiffRun], context: Int, head: Bool, tail: Bool) -> [DiffRun] {
    let tokens = runs.flatMap(\.tokens)
    guard tokens.count > (head && tail ? 2 * context + 1 : context + 1) else { return runs }
    var kept: [Token] = []
    if head { kept += tokens.prefix(context) }
    var dots = ellipsis(space: head)
    if !head { dots.line = tokens[0].line }
    kept.append(dots)
    if tail { kept += tokens.suffix(context) }
    return [DiffRun(op: .equal, tokens: kept, followsRenumbering: false)]
  }

  /// The first line of a rule (its title, or the start of its first paragraph), cut to twice
  /// `context` words: the heading for a rule whose own text did not change.
  static func opening(_ article: Article, context: Int = 8) -> DiffLine? {
    guard let line = split([DiffRun(op: .equal, tokens: TextBlocks.normative(article))]).first else { return nil }
    return DiffLine(start: line.start, runs: trim(line.runs, context: 2 * context, head: true, tail: false))
  }

  /// The whole text of a rule as one run of `op` (an added or removed rule), in lines.
  static func whole(_ tokens: [Token], _ op: DiffRun.Op) -> [DiffLine] {
    split([DiffRun(op: op, tokens: tokens)])
  }

  /// What goes before the words of a line in plain text: two spaces per level and the marker
  /// of a list item.
  static func prefix(_ start: LineStart?) -> String {
    guard let start, start.kind == .item else { return "" }
    return String(repeating: "  ", count: start.depth) + start.marker + " "
  }
}

extension DiffLines {
  /// Moves an inserted or deleted stretch that crosses a line start so that it ends where a line
  /// ends: `Geldbedragen {+en cadeaubonnen.+} ¶ {+Kortingen op reizen+}.` becomes
  /// `Geldbedragen {+en cadeaubonnen+}. ¶ {+Kortingen op reizen.+}`. Both scripts have the same
  /// edits; the word diff cannot tell them apart, the reader can.
  static func endAtLines(_ runs: [DiffRun]) -> [DiffRun] {
    var out: [DiffRun] = []
    var k = 0
    while k < runs.count {
      let x = runs[k]
      guard x.op != .equal, !x.followsRenumbering, k + 1 < runs.count, runs[k + 1].op == .equal,
        !runs[k + 1].followsRenumbering, let moved = slide(x, runs[k + 1], last: k + 2 == runs.count)
      else {
        out.append(x)
        k += 1
        continue
      }
      for r in moved where !r.tokens.isEmpty {
        if let last = out.last, last.op == r.op, last.followsRenumbering == r.followsRenumbering {
          out[out.count - 1].tokens += r.tokens
        } else {
          out.append(r)
        }
      }
      k += 2
    }
    return out
  }

  /// `x` followed by the equal run `e`: when the words of `x` just before one of its line starts
  /// are the first words of `e`, and a line starts right after them in `e`, those words become
  /// the equal ones and the rest of `x` follows them.
  static func slide(_ x: DiffRun, _ e: DiffRun, last: Bool) -> [DiffRun]? {
    let t = x.tokens
    let f = e.tokens
    for p in t.indices.dropFirst() where t[p].line != nil {
      for q in 1...min(p, f.count, 8) {
        let ends = q == f.count ? last : f[q].line != nil
        guard ends, t[(p - q)..<p].map(\.text) == f[0..<q].map(\.text),
          !t[(p - q)..<p].contains(where: { $0.line != nil }), !f[0..<q].contains(where: { $0.line != nil })
        else { continue }
        return [
          DiffRun(op: x.op, tokens: Array(t[0..<(p - q)])),
          DiffRun(op: .equal, tokens: Array(t[(p - q)..<p])),
          DiffRun(op: x.op, tokens: Array(t[p...]) + Array(f[0..<q])),
          DiffRun(op: .equal, tokens: Array(f[q...])),
        ]
      }
    }
    return nil
  }
}
