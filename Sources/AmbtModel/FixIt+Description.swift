extension FixIt {
  /// What the fix-it does, for a person: `vervang 'onderwrp' door 'onderwerp'`, `voeg ':' in`,
  /// `verwijder 'x'`. `source` is the file's bytes the range points into; document text is
  /// quoted as it is (reporters escape it for their format).
  public func description(in source: [UInt8]) -> LocalizedText {
    let start = min(max(0, range.start), source.count)
    let end = min(max(start, range.end), source.count)
    let old = String(decoding: source[start..<end], as: UTF8.self)
    if old.isEmpty {
      return LocalizedText(nl: "voeg '\(replacement)' in", en: "insert '\(replacement)'")
    }
    if replacement.isEmpty {
      return LocalizedText(nl: "verwijder '\(old)'", en: "delete '\(old)'")
    }
    return LocalizedText(nl: "vervang '\(old)' door '\(replacement)'", en: "replace '\(old)' with '\(replacement)'")
  }
}
