extension FixIt {
  /// What the fix-it does, for a person: `vervang 'onderwrp' door 'onderwerp'`, `voeg ':' in`,
  /// `verwijder 'x'`. `source` is the file's bytes the range points into; document text is
  /// quoted as it is (reporters escape it for their format).
  public func description(in source: [UInt8]) -> LocalizedText {
    let start = min(max(0, range.start), source.count)
    let end = min(max(start, range.end), source.count)
    let old = String(decoding: source[start..<end], as: UTF8.self)
    if old.isEmpty {
      return LocalizedText("fixit.insert-replacement", ["replacement": "\(replacement)"])
    }
    if replacement.isEmpty {
      return LocalizedText("fixit.delete-old", ["old": "\(old)"])
    }
    return LocalizedText("fixit.replace-old-with-replacement", ["old": "\(old)", "replacement": "\(replacement)"])
  }
}
