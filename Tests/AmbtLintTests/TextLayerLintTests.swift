import AmbtLint
import AmbtModel
import Testing

/// The linter reads text through the one text layer (issue 10): decomposed diacritics, thin
/// spaces and collapsed spaces do not change what it finds.
@Suite struct TextLayerLintTests {
  static func lint(_ body: String) -> [Diagnostic] {
    let source = RuleExample.header + body
    return Linter.lint(bytes: Array(source.utf8), file: "x.ambt", options: LintOptions(today: Day(year: 2026, month: 1, day: 1)))
      .diagnostics
  }

  @Test("'na beëindiging' written decomposed still continues the secrecy")
  func decomposedSecrecy() {
    for e in ["\u{EB}", "e\u{308}"] {
      let found = Self.lint(
        "# 1. Informatie\n\n§ 1.1. Tijdens je dienstverband en na be\(e)indiging daarvan houd je vertrouwelijke informatie geheim.\n@onderwerp geheimhouding\n"
      )
      #expect(!found.contains { $0.id == "secrecy-limited-to-employment" }, "\(e.unicodeScalars.map(\.value))")
    }
  }

  @Test("a superseded law written with thin or narrow no-break spaces is found, at its exact bytes")
  func thinSpaces() throws {
    for space in ["\u{2009}", "\u{202F}", "\u{A0}"] {
      let name = "Wet\(space)bescherming\(space)persoonsgegevens"
      let body = "# 1. Privacy\n\n§ 1.1. Je houdt je aan de \(name).\n"
      let found = Self.lint(body).filter { $0.id == "superseded-law" }
      let d = try #require(found.first, "no finding with U+\(String(space.unicodeScalars.first!.value, radix: 16))")
      let bytes = Array((RuleExample.header + body).utf8)
      #expect(String(decoding: bytes[d.range.start..<d.range.end], as: UTF8.self) == name)
    }
  }

  @Test("an inferred finding says so and is at most a warning; a confirmed annotation wins")
  func inferredFindings() throws {
    let text = "# 1. Informatie\n\n§ 1.1. Deze geheimhoudingsplicht geldt zolang je bij de gemeente in dienst bent.\n"
    let d = try #require(Self.lint(text).first { $0.id == "secrecy-limited-to-employment" })
    #expect(d.inferred && d.severity == .warning)
    #expect(d.message.nl.hasSuffix("(afgeleid uit de tekst)") && d.message.en.hasSuffix("(inferred from the text)"))
    // The analyser reads a permission to keep gifts without a report; a confirmed '@norm verbod'
    // says the rule forbids, and wins.
    let gifts = "# 1. Geschenken\n\n§ 1.1. Geschenken tot € 35 mag je behouden; een melding is daarbij niet nodig.\n"
    #expect(Self.lint(gifts).contains { $0.id == "gift-requires-consent" && $0.inferred })
    #expect(!Self.lint(gifts + "@onderwerp geschenken\n@norm verbod\n").contains { $0.id == "gift-requires-consent" })
  }
}
