import Foundation

/// The starting code that `ambt new` writes: `Resources/template.ambt.in` with the organisation filled in.
///
/// The template is a data file so that policy advisors and lawyers can read and improve it without
/// touching Swift. Placeholders are `{{organisatie}}` (the metadata value, optionally with a CBS code
/// in brackets) and `{{gemeente}}` (the name as it reads in a sentence: `gemeente Leek`).
public enum CodeTemplate {
  /// The organisation used when the author gives none.
  public static let defaultOrganisation = "Voorbeeld"

  /// Words that already name the kind of body, so `{{gemeente}}` does not prefix "gemeente".
  static let bodyWords = [
    "gemeente", "provincie", "waterschap", "hoogheemraadschap", "wetterskip", "omgevingsdienst",
    "veiligheidsregio", "gemeenschappelijke", "werkorganisatie", "regio", "stichting",
  ]

  /// The raw template text (compiled in from `Resources/template.ambt.in`), or nil when it is missing.
  public static func rawText() -> String? {
    RenderResources.files["template.ambt.in"]
  }

  /// Makes an organisation name safe for one metadata line and one sentence: control characters
  /// and line breaks become spaces, runs of spaces collapse, the ends are trimmed.
  public static func sanitise(_ name: String) -> String {
    var out = ""
    var lastSpace = true
    for scalar in name.unicodeScalars {
      let isSpace =
        scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
        || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
      if isSpace {
        if !lastSpace { out.append(" ") }
        lastSpace = true
      } else {
        out.unicodeScalars.append(scalar)
        lastSpace = false
      }
    }
    if out.hasSuffix(" ") { out.removeLast() }
    return out
  }

  /// The name without a trailing CBS code: `Leek (GM0022)` → `Leek`.
  static func plainName(_ organisation: String) -> String {
    guard organisation.hasSuffix(")"), let open = organisation.lastIndex(of: "(") else { return organisation }
    let inner = organisation[organisation.index(after: open)..<organisation.index(before: organisation.endIndex)]
    let looksLikeCode = inner.count >= 3 && inner.allSatisfy { $0.isLetter || $0.isNumber } && inner.contains { $0.isNumber }
    guard looksLikeCode else { return organisation }
    let name = organisation[..<open].trimmingCharacters(in: .whitespaces)
    return name.isEmpty ? organisation : name
  }

  /// `Leek` → `gemeente Leek`; `Provincie Groningen` stays as it is.
  static func inSentence(_ organisation: String) -> String {
    let name = plainName(organisation)
    let first = name.split(separator: " ").first.map { $0.lowercased() } ?? ""
    return bodyWords.contains(first) ? name : "gemeente " + name
  }

  /// The template with the placeholders filled in; nil when the template is missing.
  public static func render(organisation: String) -> String? {
    guard let raw = rawText() else { return nil }
    return fill(raw, organisation: organisation)
  }

  /// Fills the placeholders of `template`; exposed for tests.
  public static func fill(_ template: String, organisation: String) -> String {
    var org = sanitise(organisation)
    if org.isEmpty { org = defaultOrganisation }
    // A value must not start with a character the metadata reader treats specially.
    if org.hasPrefix("-") || org.hasPrefix("#") || org.hasPrefix("@") { org = "gemeente " + org }
    return
      template
      .replacingOccurrences(of: "{{organisatie}}", with: org)
      .replacingOccurrences(of: "{{gemeente}}", with: inSentence(org))
  }
}
