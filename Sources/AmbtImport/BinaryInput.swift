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
      return LocalizedText(nl: "'\(name)' is een PDF-bestand, geen tekst", en: "'\(name)' is a PDF file, not text")
    case .officeArchive:
      return LocalizedText(
        nl: "'\(name)' is een Word- of OpenDocument-bestand (.docx, .odt), geen tekst",
        en: "'\(name)' is a Word or OpenDocument file (.docx, .odt), not text")
    case .legacyWord:
      return LocalizedText(
        nl: "'\(name)' is een oud Word-bestand (.doc), geen tekst", en: "'\(name)' is an old Word file (.doc), not text")
    case .rtf: return LocalizedText(nl: "'\(name)' is een RTF-bestand, geen tekst", en: "'\(name)' is an RTF file, not text")
    case .utf16:
      return LocalizedText(
        nl: "'\(name)' is tekst in UTF-16, niet in UTF-8", en: "'\(name)' is text in UTF-16, not in UTF-8")
    case .binary:
      return LocalizedText(
        nl: "'\(name)' is geen tekst (het bevat binaire gegevens)", en: "'\(name)' is not text (it holds binary data)")
    }
  }

  /// How to get the text out.
  public var hint: LocalizedText {
    switch self {
    case .pdf:
      return LocalizedText(
        nl: "zet de PDF eerst om naar tekst, bijvoorbeeld met 'pdftotext -layout code.pdf code.txt', en importeer code.txt",
        en: "extract the text first, for example with 'pdftotext -layout code.pdf code.txt', and import code.txt")
    case .officeArchive, .legacyWord, .rtf:
      return LocalizedText(
        nl: "sla het document op als platte tekst (Opslaan als, 'Tekst zonder opmaak (.txt)', UTF-8) en importeer dat bestand",
        en: "save the document as plain text (Save as, 'Plain Text (.txt)', UTF-8) and import that file")
    case .utf16:
      return LocalizedText(
        nl: "sla het bestand op als UTF-8 (in Kladblok: 'Opslaan als', codering UTF-8) en importeer het opnieuw",
        en: "save the file as UTF-8 and import it again")
    case .binary:
      return LocalizedText(
        nl: "importeer de tekst van de code: kopieer die uit de PDF of webpagina, of gebruik 'pdftotext'",
        en: "import the text of the code: copy it from the PDF or web page, or use 'pdftotext'")
    }
  }
}
