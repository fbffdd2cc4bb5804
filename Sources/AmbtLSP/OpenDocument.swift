import AmbtLint
import AmbtModel
import AmbtParser

/// A document the editor has open: its text as the editor holds it (full sync), parsed on
/// demand and kept until the next change.
final class OpenDocument {
  let uri: String
  /// The file path of a `file:` URI, or nil.
  let path: String?
  var version: Int?
  private(set) var bytes: [UInt8]
  /// Set when the editor sent more than the document limit; the text is then not kept.
  private(set) var tooLarge: Int?
  /// The findings last published, for code actions.
  var published: [Diagnostic] = []
  private var cachedParse: ParseResult?
  /// The linter's reading of this version (its meanings are cached inside), for references in prose.
  var lintContext: LintContext?
  private var cachedValidation: [Diagnostic]?
  private var cachedPositions: PositionMap?

  init(uri: String, version: Int?, text: String, limit: Int) {
    self.uri = uri
    self.path = DocumentURI.path(uri)
    self.version = version
    self.bytes = []
    replace(text, limit: limit)
  }

  /// The name findings carry: the path, else the URI.
  var fileName: String { path ?? uri }

  func replace(_ text: String, limit: Int) {
    let count = text.utf8.count
    tooLarge = count > limit ? count : nil
    bytes = tooLarge == nil ? Array(text.utf8) : []
    cachedParse = nil
    lintContext = nil
    cachedValidation = nil
    cachedPositions = nil
    published = []
  }

  /// Parsed (the parser's findings only).
  var parsed: ParseResult {
    if let c = cachedParse { return c }
    let c = AmbtParser.parse(bytes: bytes, file: fileName)
    cachedParse = c
    return c
  }

  /// The validator's findings, which `ambt check` adds to the parser's.
  var validation: [Diagnostic] {
    if let v = cachedValidation { return v }
    let v = Validator.validate(parsed.document)
    cachedValidation = v
    return v
  }

  /// Parsed and validated, as `ambt check` and `ambt fmt` read it.
  var checked: ParseResult {
    var c = parsed
    c.diagnostics += validation
    return c
  }

  var positions: PositionMap {
    if let p = cachedPositions { return p }
    let p = PositionMap(LineTable(bytes: bytes))
    cachedPositions = p
    return p
  }
}

/// `file:` URIs to paths and back (RFC 8089, percent-encoding of UTF-8 bytes).
enum DocumentURI {
  static func path(_ uri: String) -> String? {
    guard uri.hasPrefix("file://") else { return nil }
    var rest = Substring(uri.dropFirst(7))
    // `file://host/path`: only an empty host or localhost is a local file.
    if !rest.hasPrefix("/") {
      guard rest.hasPrefix("localhost/") else { return nil }
      rest = rest.dropFirst(9)
    }
    var out: [UInt8] = []
    var bytes = Array(rest.utf8)[...]
    while let b = bytes.first {
      bytes = bytes.dropFirst()
      if b == UInt8(ascii: "%"), bytes.count >= 2, let v = UInt8(String(decoding: bytes.prefix(2), as: UTF8.self), radix: 16) {
        out.append(v)
        bytes = bytes.dropFirst(2)
      } else {
        out.append(b)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func uri(_ path: String) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
    var out = "file://"
    for b in path.utf8 {
      if allowed.contains(b) {
        out.unicodeScalars.append(Unicode.Scalar(b))
      } else {
        out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
      }
    }
    return out
  }
}

extension String {
  func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
