import AmbtModel

/// An input that is not text: a PDF, a Word or OpenDocument file, RTF, or other binary data.
///
/// The importer reads text. Given a PDF it would faithfully import the PDF's internals (thousands
/// of lines that even pass `ambt check`), so the command refuses such input with a hint on how
/// to get the text out first.
public enum BinaryInput: String, Sendable, CaseIterable {
  case pdf, officeArchive, legacyWord, rtf, utf16, binary

  /// How many bytes at the start are looked at.
  static let window = 8192

  /// What `bytes` are, when they are not text; nil for text (UTF-8 or a legacy 8-bit encoding).
  public static func detect(_ bytes: [UInt8]) -> BinaryInput? {
    // A few bytes (a BOM, white space) may come before the signature.
    let head = Array(bytes.prefix(window))
    var start = 0
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
    let body = head[start...]
    if body.starts(with: Array("%PDF-".utf8)) { return .pdf }
    if body.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .officeArchive }
    if body.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .legacyWord }
    if body.starts(with: Array("{\\rtf".utf8)) { return .rtf }
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return .utf16 }
    // Text has no NUL bytes and few control characters other than tab, line feed, form feed
    // and carriage return.
    if head.contains(0) { return .binary }
    let controls = head.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }.count
    if head.count >= 64, controls * 10 > head.count { return .binary }
    return nil
  }

  /// Why the input is refused, naming it as `name`.
  public func message(_ name: String) -> LocalizedText {
    switch self {
    case .pdf:
      return LocalizedText("import.name-pdf-file-not", ["name": "\(name)"])
    case .officeArchive:
      return LocalizedText("import.name-word-opendocument-file", ["name": "\(name)"])
    case .legacyWord:
      return LocalizedText("import.name-old-word-file", ["name": "\(name)"])
    case .rtf: return LocalizedText("import.rtf", ["name": "\(name)"])
    case .utf16:
      return LocalizedText("import.name-text-in-utf", ["name": "\(name)"])
    case .binary:
      return LocalizedText("import.name-not-text-holds", ["name": "\(name)"])
    }
  }

  /// How to get the text out.
  public var hint: LocalizedText {
    switch self {
    case .pdf:
      return LocalizedText("import.extract-text-first-for")
    case .officeArchive, .legacyWord, .rtf:
      return LocalizedText("import.save-document-as-plain")
    case .utf16:
      return LocalizedText("import.save-file-as-utf")
    case .binary:
      return LocalizedText("import.import-text-code-copy")
    }
  }
}
