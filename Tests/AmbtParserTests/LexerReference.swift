import AmbtModel
import Foundation

@testable import AmbtParser

extension Lexer {
  /// Splits `text` (decoded from `bytes` with the same byte layout) into classified lines: the
  /// whole-file definition `Lines` follows. The parser reads lines one at a time through `Lines`;
  /// this reference stays in the tests, which compare the two.
  static func lines(of bytes: [UInt8], text: String) -> [Line] {
    var result: [Line] = []
    let n = bytes.count
    guard n > 0 else { return result }
    var pos = 0
    if n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { pos = 3 }
    var lineStart = 0
    let utf8 = text.utf8
    var cursor = utf8.startIndex
    var cursorOffset = 0
    // Without carriage returns (nearly always) a line ends at the next line feed: memchr.
    let lineFeedsOnly = bytes.withUnsafeBufferPointer { memchr($0.baseAddress!, 0x0D, n) == nil }
    while true {
      var end = pos
      if lineFeedsOnly {
        end = bytes.withUnsafeBufferPointer { b in
          memchr(b.baseAddress! + pos, 0x0A, n - pos).map { b.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            ?? n
        }
      } else {
        while end < n && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
      }
      var next = end
      if next < n {
        next += (bytes[next] == 0x0D && next + 1 < n && bytes[next + 1] == 0x0A) ? 2 : 1
      }
      var indent = 0
      var tab = false
      var c = pos
      while c < end && (bytes[c] == 0x20 || bytes[c] == 0x09) {
        if bytes[c] == 0x09 { tab = true }
        indent += bytes[c] == 0x09 ? 4 : 1
        c += 1
      }
      var trimmedEnd = end
      while trimmedEnd > c && (bytes[trimmedEnd - 1] == 0x20 || bytes[trimmedEnd - 1] == 0x09) { trimmedEnd -= 1 }
      let lo = utf8.index(cursor, offsetBy: c - cursorOffset)
      let hi = utf8.index(lo, offsetBy: trimmedEnd - c)
      cursor = hi
      cursorOffset = trimmedEnd
      let content = text[lo..<hi]
      result.append(
        Line(
          range: SourceRange(start: lineStart, end: next), contentStart: c, indent: indent, indentHasTab: tab,
          content: content, kind: classify(content)))
      if next >= n { break }
      lineStart = next
      pos = next
    }
    return result
  }

}
