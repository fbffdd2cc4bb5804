import Foundation

/// One change the importer made to the source text, written as a comment in the output.
///
/// The comment forms are fixed (`// herstel: "a" -> "b"` and `// verwijderd: "a"`): the recall
/// measurement and reviewers read them back.
public struct Repair: Hashable, Sendable {
  public enum Kind: String, Hashable, Sendable {
    /// Text was changed (a word joined, an OCR slip fixed, a bullet normalised).
    case herstel
    /// Text was dropped (a page header, a page number, web-site boilerplate).
    case verwijderd
  }

  public var kind: Kind
  /// The text as it stands in the source, with its white space collapsed to single spaces.
  public var source: String
  /// The repaired text; nil for removals.
  public var replacement: String?

  public init(kind: Kind, source: String, replacement: String? = nil) {
    self.kind = kind
    self.source = source
    self.replacement = replacement
  }

  public static func fix(_ source: String, _ replacement: String) -> Repair {
    Repair(kind: .herstel, source: source, replacement: replacement)
  }

  public static func removed(_ source: String) -> Repair { Repair(kind: .verwijderd, source: source) }

  /// The comment line: `// herstel: "daar- om" -> "daarom"` or `// verwijderd: "Nr. 31372"`.
  public var comment: String {
    switch kind {
    case .herstel: return "// herstel: \"\(source)\" -> \"\(replacement ?? "")\""
    case .verwijderd: return "// verwijderd: \"\(source)\""
    }
  }

  /// Reads a comment line back; nil when the line is not a repair comment.
  public static func parse(comment line: String) -> Repair? {
    var s = Substring(line.trimmingCharacters(in: .whitespaces))
    if s.hasPrefix("// herstel: \"") {
      s = s.dropFirst("// herstel: \"".count)
      guard s.hasSuffix("\""), let sep = s.range(of: "\" -> \"") else { return nil }
      let src = s[..<sep.lowerBound]
      let dst = s[sep.upperBound...].dropLast()
      return .fix(String(src), String(dst))
    }
    if s.hasPrefix("// verwijderd: \"") {
      s = s.dropFirst("// verwijderd: \"".count)
      guard s.hasSuffix("\"") else { return nil }
      return .removed(String(s.dropLast()))
    }
    return nil
  }
}
