/// Finds web addresses in running text, so renderers can link them.
enum Autolink {
  enum Segment: Equatable {
    case text(String)
    case url(String)
  }

  /// Characters that end a sentence rather than an address.
  static let trailing: Set<Character> = [".", ",", ";", ":", ")", "!", "?", "\u{201D}", "\u{2019}", "\"", "'"]

  /// Splits `text` into plain runs and `http(s)://` addresses (which start after a space or an
  /// opening bracket and end at white space, minus trailing punctuation).
  static func segments(_ text: String) -> [Segment] {
    var out: [Segment] = []
    var plain = ""
    let chars = Array(text)
    var k = 0
    while k < chars.count {
      let atWordStart = k == 0 || chars[k - 1].isWhitespace || chars[k - 1] == "(" || chars[k - 1] == "<"
      if atWordStart, startsURL(chars, k) {
        var end = k
        while end < chars.count && !chars[end].isWhitespace && chars[end] != "<" && chars[end] != ">" { end += 1 }
        var urlEnd = end
        while urlEnd > k && trailing.contains(chars[urlEnd - 1]) { urlEnd -= 1 }
        let url = String(chars[k..<urlEnd])
        if Escaping.isSafeURL(url) && url.count > 8 {
          if !plain.isEmpty { out.append(.text(plain)) }
          plain = ""
          out.append(.url(url))
          k = urlEnd
          continue
        }
      }
      plain.append(chars[k])
      k += 1
    }
    if !plain.isEmpty { out.append(.text(plain)) }
    return out
  }

  static func startsURL(_ chars: [Character], _ k: Int) -> Bool {
    for prefix in ["https://", "http://"] {
      let p = Array(prefix)
      if k + p.count <= chars.count && chars[k..<(k + p.count)].map({ Character($0.lowercased()) }) == p { return true }
    }
    return false
  }
}
