import AmbtModel

/// The annotation keys of the language (docs/language.md § 7) with what each means, for hover
/// and completion. The parser has its own list; `AnnotationKeysTests` checks the two agree.
struct AnnotationKeyInfo: Sendable {
  /// The canonical spelling: `melden bij`.
  var key: String
  var meaning: LocalizedText
  var example: String
  /// What the values are, for completion.
  var values: ValueKind

  enum ValueKind: Sendable {
    case topics, norms, roles, references, laws, obligations, ruleIDs, text, quantity
  }

  static let all: [AnnotationKeyInfo] = [
    .init(
      key: "onderwerp",
      meaning: LocalizedText("lsp.annotation.onderwerp"),
      example: "@onderwerp geschenken, uitnodigingen-en-reizen", values: .topics),
    .init(
      key: "norm",
      meaning: LocalizedText("lsp.annotation.norm"),
      example: "@norm verbod", values: .norms),
    .init(
      key: "drempel",
      meaning: LocalizedText("lsp.annotation.drempel"),
      example: "@drempel € 50", values: .quantity),
    .init(
      key: "termijn",
      meaning: LocalizedText("lsp.annotation.termijn"),
      example: "@termijn 2 jaar", values: .quantity),
    .init(
      key: "binnen",
      meaning: LocalizedText("lsp.annotation.binnen"),
      example: "@binnen 7 dagen", values: .quantity),
    .init(
      key: "melden bij",
      meaning: LocalizedText("lsp.annotation.melden-bij"),
      example: "@melden bij leidinggevende, integriteitscoördinator", values: .roles),
    .init(
      key: "wie",
      meaning: LocalizedText("lsp.annotation.wie"),
      example: "@wie leidinggevende", values: .roles),
    .init(
      key: "uitzondering op",
      meaning: LocalizedText("lsp.annotation.uitzondering-op"),
      example: "@uitzondering op 7.1", values: .references),
    .init(
      key: "zie",
      meaning: LocalizedText("lsp.annotation.zie"),
      example: "@zie 2.2, 4.3 lid 2", values: .references),
    .init(
      key: "wet",
      meaning: LocalizedText("lsp.annotation.wet"),
      example: "@wet Ambtenarenwet 2017, art. 8 lid 1 onder e", values: .laws),
    .init(
      key: "regeling",
      meaning: LocalizedText("lsp.annotation.regeling"),
      example: "@regeling Klokkenluidersregeling gemeente Leek", values: .text),
    .init(
      key: "dekt",
      meaning: LocalizedText("lsp.annotation.dekt"),
      example: "@dekt AW17-5-1e", values: .obligations),
    .init(
      key: "concept",
      meaning: LocalizedText("lsp.annotation.concept"),
      example: "@concept nog aanvullen met de eigen termijn", values: .text),
    .init(
      key: "negeer",
      meaning: LocalizedText("lsp.annotation.negeer"),
      example: "@negeer gift-requires-consent: toestemming staat in de giftenregeling", values: .ruleIDs),
  ]

  /// Longest first, so `melden bij` is tried before a one-word key.
  static let byLength = all.sorted { $0.key.count > $1.key.count }

  static func named(_ key: String) -> AnnotationKeyInfo? { all.first { $0.key == key } }
}

/// The layout of one annotation line: where the key is, whether it is inferred, where the value
/// starts. Read from the line's bytes with the parser's rule (the key folded, `-` as a space).
struct AnnotationLine {
  var info: AnnotationKeyInfo
  /// From the `@` to the end of the key, including a `?`.
  var keyRange: SourceRange
  /// The byte offset of the `?` of an inferred annotation.
  var questionMark: Int?
  /// Where the value starts (after the spaces).
  var valueStart: Int
  /// The end of the line's content.
  var end: Int

  var inferred: Bool { questionMark != nil }

  /// The annotation on the line holding `offset`, or nil.
  static func at(_ offset: Int, in bytes: [UInt8]) -> AnnotationLine? {
    var start = min(max(offset, 0), bytes.count)
    while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
    return read(lineStart: start, bytes)
  }

  /// Reads the line starting at `lineStart`.
  static func read(lineStart: Int, _ bytes: [UInt8]) -> AnnotationLine? {
    var end = lineStart
    while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
    var at = lineStart
    while at < end, bytes[at] == 0x20 || bytes[at] == 0x09 { at += 1 }
    guard at < end, bytes[at] == UInt8(ascii: "@") else { return nil }
    let headEnd = min(end, at + 1 + 24)
    let head = String(decoding: bytes[(at + 1)..<headEnd], as: UTF8.self)
    // Keys are ASCII; fold case and hyphens on the bytes only, so offsets stay the line's.
    let folded = Array(head.utf8).map { b -> UInt8 in
      if b == UInt8(ascii: "-") { return 0x20 }
      return (0x41...0x5A).contains(b) ? b | 0x20 : b
    }
    for info in AnnotationKeyInfo.byLength {
      let k = Array(info.key.utf8)
      guard folded.count >= k.count, folded[0..<k.count].elementsEqual(k) else { continue }
      guard folded.count == k.count || folded[k.count] == 0x20 || folded[k.count] == UInt8(ascii: "?") else { continue }
      var keyEnd = at + 1 + k.count
      var question: Int?
      if keyEnd < end, bytes[keyEnd] == UInt8(ascii: "?") {
        question = keyEnd
        keyEnd += 1
      }
      var valueStart = keyEnd
      while valueStart < end, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 { valueStart += 1 }
      var contentEnd = end
      while contentEnd > valueStart, bytes[contentEnd - 1] == 0x20 || bytes[contentEnd - 1] == 0x09 { contentEnd -= 1 }
      return AnnotationLine(
        info: info, keyRange: SourceRange(start: at, end: keyEnd), questionMark: question, valueStart: valueStart,
        end: contentEnd)
    }
    return nil
  }
}
