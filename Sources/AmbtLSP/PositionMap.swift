import AmbtModel

/// An LSP position: 0-based line and character, where a character is a UTF-16 code unit
/// (the protocol's default `positionEncoding`).
public struct LSPPosition: Hashable, Sendable {
  public var line: Int
  public var character: Int

  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  var json: JSON { .object(["line": .int(line), "character": .int(character)]) }
}

/// Converts between the tree's UTF-8 byte offsets and LSP positions (UTF-16 code units), on
/// the line starts of the model's `LineTable` (LF, CRLF and CR end a line, as in LSP).
struct PositionMap: Sendable {
  let lines: LineTable

  init(_ lines: LineTable) { self.lines = lines }

  /// The position of a byte offset; an offset inside a UTF-8 sequence counts from its start.
  func position(of offset: Int) -> LSPPosition {
    let p = lines.position(of: offset)
    let lineStart = lines.lineStarts[p.line - 1]
    var units = 0
    var i = lineStart
    let bytes = lines.bytes
    while i < p.offset {
      let b = bytes[i]
      if b & 0xC0 != 0x80 { units += b >= 0xF0 ? 2 : 1 }
      i += 1
    }
    return LSPPosition(line: p.line - 1, character: units)
  }

  /// The byte offset of an LSP position. A line past the end gives the end of the text; a
  /// character past the end of its line gives the end of the line (as the protocol asks); a
  /// character inside a surrogate pair gives the start of the pair.
  func offset(of position: LSPPosition) -> Int {
    let bytes = lines.bytes
    guard position.line >= 0 else { return 0 }
    guard position.line < lines.lineStarts.count else { return bytes.count }
    var i = lines.lineStarts[position.line]
    var units = 0
    while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D {
      let b = bytes[i]
      let width = b >= 0xF0 ? 2 : 1
      if units + width > position.character { break }
      units += width
      i += 1
      while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
    }
    return i
  }

  func range(_ r: SourceRange) -> JSON {
    .object(["start": position(of: r.start).json, "end": position(of: r.end).json])
  }

  /// The 0-based line of the last byte before `end` that is not white space, not before `start`.
  func lastContentLine(_ r: SourceRange) -> Int {
    let bytes = lines.bytes
    var e = min(r.end, bytes.count)
    while e > r.start, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[e - 1]) { e -= 1 }
    return position(of: max(r.start, e - 1)).line
  }
}
