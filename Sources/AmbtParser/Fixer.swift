import AmbtModel

/// What `ambt fix` does to one file: apply the safe fix-its (see `FixIt`), then put the file in
/// the canonical layout (`Formatter`), and repeat until nothing changes.
///
/// Each round parses the current text, takes the safe fix-its that do not overlap one taken
/// before (in source order), and applies them from the end so the offsets stay valid; the
/// overlapping ones come back in the next round, on the text the first one left. When no safe
/// fix-it is left the layout is applied, which the formatter does only to a file without
/// errors. The number of rounds is bounded (`maxRounds`), so a pair of fix-its that undo each
/// other cannot loop.
public enum Fixer {
  /// The most rounds one file gets; a file that still changes after them is reported unstable.
  public static let maxRounds = 8

  /// The fixed file and what happened to it.
  public struct Outcome: Sendable {
    /// The text after fixing (the input itself when nothing applied).
    public var bytes: [UInt8]
    /// The safe fix-its applied, in the order they were applied (round by round).
    public var applied: [FixIt]
    /// Whether the layout was applied (false when errors remain).
    public var formatted: Bool
    /// Whether the last round changed nothing: false after `maxRounds` rounds that all changed
    /// something.
    public var stable: Bool
    /// The diagnostics of the result: what is left for a person, with their suggestions.
    public var remaining: [Diagnostic]
  }

  public static func fix(bytes input: [UInt8], file: String) -> Outcome {
    var bytes = input
    var applied: [FixIt] = []
    var formatted = false
    for _ in 0..<maxRounds {
      let result = Checker.check(bytes: bytes, file: file)
      let fixes = compatible(result.diagnostics.flatMap(\.fixIts).filter { $0.isSafe && changes($0, bytes) })
      if !fixes.isEmpty {
        bytes = apply(fixes, to: bytes)
        applied += fixes
        continue
      }
      guard let layout = Formatter.format(result) else {
        return Outcome(bytes: bytes, applied: applied, formatted: false, stable: true, remaining: result.diagnostics)
      }
      formatted = true
      let next = Array(layout.utf8)
      if next == bytes {
        return Outcome(bytes: bytes, applied: applied, formatted: true, stable: true, remaining: result.diagnostics)
      }
      bytes = next
    }
    let result = Checker.check(bytes: bytes, file: file)
    return Outcome(bytes: bytes, applied: applied, formatted: formatted, stable: false, remaining: result.diagnostics)
  }

  /// The fix-its that can be applied together: sorted by position, duplicates once, and each
  /// one dropped that overlaps one taken before it or lies outside the text. Two insertions at
  /// the same place conflict (their order would be a guess); an insertion where a replacement
  /// ends does not.
  public static func compatible(_ fixIts: [FixIt], byteCount: Int = .max) -> [FixIt] {
    let sorted = fixIts.sorted {
      ($0.range.start, $0.range.end, $0.replacement) < ($1.range.start, $1.range.end, $1.replacement)
    }
    var taken: [FixIt] = []
    for f in sorted {
      guard f.range.start >= 0, f.range.end >= f.range.start, f.range.end <= byteCount else { continue }
      if let last = taken.last {
        if last.range == f.range && last.replacement == f.replacement { continue }
        if f.range.start < last.range.end { continue }
        if f.range.start == last.range.start && f.range.isEmpty && last.range.isEmpty { continue }
        if f.range.start == last.range.start && last.range.isEmpty && !f.range.isEmpty { continue }
      }
      taken.append(f)
    }
    return taken
  }

  /// `bytes` with the fix-its applied. They must be `compatible`; ones that are not (or that
  /// point outside the text or into a UTF-8 sequence) are left out.
  public static func apply(_ fixIts: [FixIt], to bytes: [UInt8]) -> [UInt8] {
    var out = bytes
    func boundary(_ k: Int) -> Bool { k == bytes.count || (k < bytes.count && bytes[k] & 0xC0 != 0x80) }
    for f in compatible(fixIts, byteCount: bytes.count).reversed()
    where boundary(f.range.start) && boundary(f.range.end) {
      out.replaceSubrange(f.range.start..<f.range.end, with: Array(f.replacement.utf8))
    }
    return out
  }

  /// Whether applying `f` changes the text (a replacement by what is already there does not).
  static func changes(_ f: FixIt, _ bytes: [UInt8]) -> Bool {
    guard f.range.start >= 0, f.range.end <= bytes.count, f.range.start <= f.range.end else { return false }
    return !bytes[f.range.start..<f.range.end].elementsEqual(f.replacement.utf8)
  }
}

extension SourceRange {
  /// Whether the range covers no byte (an insertion point).
  public var isEmpty: Bool { end <= start }
}
