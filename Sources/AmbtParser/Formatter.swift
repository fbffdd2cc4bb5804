import AmbtModel

/// Writes a parsed file in the one canonical layout.
///
/// The layout: LF line ends; each paragraph and list item on one line; list items indented two
/// spaces per level; one blank line before and after `#` and `##` headings and before every `§`
/// rule and explanation word (a comment directly above such a line stays attached to it); runs of blank lines collapsed to one; canonical spelling of
/// metadata keys, dates and annotation keys. Comments are kept. Formatting never changes the
/// model (tests check this on every fixture) and is idempotent.
public enum Formatter {
  /// The canonical text, or nil when the file has errors (the caller reports them and writes nothing).
  public static func format(_ result: ParseResult) -> String? {
    if result.diagnostics.contains(where: { $0.severity == .error }) { return nil }
    if !result.lineRolesRecorded {
      // Parsed for reading only: read again with the record of each line's role.
      var again = AmbtParser.parse(bytes: result.lineTable.bytes, file: result.document.file)
      again.diagnostics = result.diagnostics
      return format(again)
    }
    if result.lineRoles.contains(.invalid) { return nil }
    var out: [String] = []
    var pendingBlank = false
    var blankAfterPrevious = false
    var previousWasComment = false
    var fences = 0
    for (index, role) in result.lineRoles.enumerated() {
      let line: String
      var structural = false
      var heading = false
      switch role {
      case .blank:
        pendingBlank = true
        continue
      case .continuation(let t):
        if !t.isEmpty, let last = out.last {
          out[out.count - 1] = last.isEmpty ? t : last + " " + t
        }
        continue
      case .invalid:
        return nil
      case .comment:
        line = result.lineTable.lineText(index + 1).trimmingSpaces
      case .fence:
        fences += 1
        line = "---"
      case .metadata(let key, let value):
        line = key + ": " + value
      case .heading1(let t), .heading2(let t):
        line = t
        structural = true
        heading = true
      case .articleHeader(let prefix, let text):
        line = text.isEmpty ? prefix : prefix + " " + text
        structural = true
      case .annotation(let key, let inferred, let value):
        line = "@" + key + (inferred ? "?" : "") + (value.isEmpty ? "" : " " + value)
      case .label(let word):
        line = word + ":"
        structural = true
      case .listItem(let depth, let marker, let text):
        line = String(repeating: "  ", count: depth) + marker + (text.isEmpty ? "" : " " + text)
      case .paragraph(let t):
        line = t
      }
      let insideMetadata = fences == 1 && role != .fence
      let closingFence = fences == 2 && role == .fence
      // A comment directly above a structural line stays attached to it.
      let attachedComment = previousWasComment && !pendingBlank
      if !out.isEmpty && !insideMetadata && !closingFence
        && (pendingBlank || blankAfterPrevious || (structural && !attachedComment))
      {
        out.append("")
      }
      out.append(line)
      pendingBlank = false
      blankAfterPrevious = heading || closingFence
      previousWasComment = role == .comment
    }
    return out.joined(separator: "\n") + (out.isEmpty ? "" : "\n")
  }
}
