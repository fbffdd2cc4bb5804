import Foundation

/// The user-facing texts of ambt in one language, by message id.
///
/// The texts live in `Resources/messages.<language>.json` (compiled in by
/// scripts/embed-resources.py): a flat JSON object from a dotted id (`review.status.heading`) to
/// a template whose named placeholders (`{rule}`, `{count}`) are filled in by `text(_:_:)`. A
/// literal brace is written `{{` or `}}`. See docs/architecture.md ("Messages").
public struct MessageCatalogue: Sendable {
  public let language: Language
  /// Every template by id.
  public let templates: [String: String]

  public init(language: Language, templates: [String: String]) {
    self.language = language
    self.templates = templates
  }

  /// The compiled-in catalogue of a language, read once on first use.
  public static func `for`(_ language: Language) -> MessageCatalogue {
    switch language {
    case .nl: return dutch
    case .en: return english
    }
  }

  private static let dutch = load(.nl)
  private static let english = load(.en)

  /// The catalogue in `messages.<code>.json`; empty (every look-up then returns its id) when the
  /// file is missing or not a JSON object of strings.
  static func load(_ language: Language) -> MessageCatalogue {
    let data = ModelResources.data("messages.\(language.rawValue).json") ?? Data()
    let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    return MessageCatalogue(language: language, templates: object.compactMapValues { $0 as? String })
  }

  /// The text of `id` with its placeholders filled in; the id itself when the catalogue has no
  /// such message (never a crash: MessageCatalogueTests guarantees every id used is present).
  public func text(_ id: String, _ args: [String: String] = [:]) -> String {
    guard let template = templates[id] else { return id }
    return MessageCatalogue.fill(template, args)
  }

  /// `template` with `{name}` replaced by `args[name]`, `{{` by `{` and `}}` by `}`. A
  /// placeholder without a value stays as written.
  public static func fill(_ template: String, _ args: [String: String]) -> String {
    // On bytes: a template without braces is its own text, and one whose braces all stand
    // between ASCII characters (where a brace is a character of its own) is filled byte by byte.
    var t = template
    let bytes = t.withUTF8 { u -> [UInt8]?? in
      var braces = false
      for k in 0..<u.count where u[k] == 0x7B || u[k] == 0x7D {
        braces = true
        if k > 0 && u[k - 1] >= 0x80 || k + 1 < u.count && u[k + 1] >= 0x80 { return nil }
      }
      return braces ? .some(fillBytes(u, args)) : .some(nil)
    }
    switch bytes {
    case .some(.none): return template
    case .some(.some(let out)): return String(decoding: out, as: UTF8.self)
    case .none: return fillCharacters(template, args)
    }
  }

  /// `fill` on the UTF-8 of a template whose braces are ASCII characters of their own.
  static func fillBytes(_ u: UnsafeBufferPointer<UInt8>, _ args: [String: String]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(u.count + 64)
    var i = 0
    let n = u.count
    while i < n {
      let c = u[i]
      if c == 0x7B || c == 0x7D, i + 1 < n, u[i + 1] == c {
        out.append(c)
        i += 2
        continue
      }
      if c == 0x7B, let close = (i + 1..<n).first(where: { u[$0] == 0x7D }) {
        let name = String(decoding: UnsafeBufferPointer(rebasing: u[(i + 1)..<close]), as: UTF8.self)
        if let value = args[name] {
          out.append(contentsOf: value.utf8)
        } else {
          out.append(contentsOf: u[i...close])
        }
        i = close + 1
        continue
      }
      out.append(c)
      i += 1
    }
    return out
  }

  /// `fill` character by character (templates with a brace beside a non-ASCII character).
  static func fillCharacters(_ template: String, _ args: [String: String]) -> String {
    guard template.contains("{") || template.contains("}") else { return template }
    var out = ""
    var i = template.startIndex
    while i < template.endIndex {
      let c = template[i]
      let next = template.index(after: i)
      if c == "{" || c == "}", next < template.endIndex, template[next] == c {
        out.append(c)
        i = template.index(after: next)
        continue
      }
      if c == "{", let close = template[next...].firstIndex(of: "}") {
        let name = String(template[next..<close])
        if let value = args[name] {
          out += value
        } else {
          out += "{" + name + "}"
        }
        i = template.index(after: close)
        continue
      }
      out.append(c)
      i = next
    }
    return out
  }

  /// The names of the placeholders of a template, in order of first use.
  public static func placeholders(_ template: String) -> [String] {
    var names: [String] = []
    var i = template.startIndex
    while i < template.endIndex {
      let c = template[i]
      let next = template.index(after: i)
      if c == "{" || c == "}", next < template.endIndex, template[next] == c {
        i = template.index(after: next)
        continue
      }
      if c == "{", let close = template[next...].firstIndex(of: "}") {
        let name = String(template[next..<close])
        if !names.contains(name) { names.append(name) }
        i = template.index(after: close)
        continue
      }
      i = next
    }
    return names
  }
}
