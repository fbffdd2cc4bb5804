import AmbtModel
import AmbtTestSupport
import Foundation
import Testing

/// The message catalogues (Sources/AmbtModel/Resources/messages.<language>.json) hold every
/// user-facing text: the languages have the same ids with the same placeholders, every id the
/// sources use exists, every id is used, and no text in two languages is left at a call site.
@Suite struct MessageCatalogueTests {
  /// Ids whose languages take different placeholders on purpose. Dutch spells a small count in
  /// words as an amendment decision does (`drie artikelen`), English writes digits; an English
  /// chapter name leaves out the quoted title the Dutch one repeats.
  static let differentPlaceholders: Set<String> = ["amend.count", "amend.name.title"]

  /// Ids the sources build from a value (`"date.month.\(month)"`), by prefix.
  static let builtPrefixes = ["amend.noun.", "date.month."]

  static let catalogues: [Language: [String: String]] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map { ($0, MessageCatalogue.for($0).templates) })

  /// Every Swift source under Sources/ except the generated resource files, by path.
  static func sources() throws -> [(String, String)] {
    let root = RepositoryRoot.url("Sources")
    guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
    var out: [(String, String)] = []
    for case let path as String in walker
    where path.hasSuffix(".swift") && !path.hasSuffix("EmbeddedResources.swift") {
      out.append((path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)))
    }
    return out.sorted { $0.0 < $1.0 }
  }

  /// The string literals of the sources that look like message ids: dotted, lower case, and
  /// starting with an area of the catalogue (`lint.`, `cli.`, …).
  static func idLiterals() throws -> [(file: String, id: String)] {
    let areas = Set((catalogues[.nl] ?? [:]).keys.compactMap { $0.split(separator: ".").first.map(String.init) })
    let pattern = try NSRegularExpression(pattern: #""([a-z0-9-]+(?:\.[a-z0-9-]+)+)""#)
    var out: [(String, String)] = []
    for (file, text) in try sources() {
      let ns = text as NSString
      for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
        let id = ns.substring(with: m.range(at: 1))
        if let area = id.split(separator: ".").first, areas.contains(String(area)) { out.append((file, id)) }
      }
    }
    return out
  }

  @Test("the catalogues are in the resources, each id with a text")
  func loaded() {
    for language in Language.allCases {
      #expect((Self.catalogues[language]?.count ?? 0) > 500, "messages.\(language.rawValue).json")
    }
  }

  @Test("every language has the same ids")
  func sameIDs() {
    let dutch = Set((Self.catalogues[.nl] ?? [:]).keys)
    for language in Language.allCases {
      let ids = Set((Self.catalogues[language] ?? [:]).keys)
      #expect(ids == dutch, "\(language.rawValue): \(ids.symmetricDifference(dutch).sorted())")
    }
  }

  @Test("every id has the same placeholders in every language")
  func samePlaceholders() {
    let dutch = Self.catalogues[.nl] ?? [:]
    for (id, template) in dutch where !Self.differentPlaceholders.contains(id) {
      let names = Set(MessageCatalogue.placeholders(template))
      for language in Language.allCases {
        let other = Set(MessageCatalogue.placeholders(Self.catalogues[language]?[id] ?? ""))
        #expect(other == names, "\(id) in \(language.rawValue): \(other.sorted()) ≠ \(names.sorted())")
      }
    }
  }

  @Test("every id the sources use is in the catalogue")
  func usedIDsExist() throws {
    let ids = Set((Self.catalogues[.nl] ?? [:]).keys)
    for (file, id) in try Self.idLiterals() where !ids.contains(id) {
      Issue.record("\(file): '\(id)' is not in messages.nl.json")
    }
  }

  @Test("every id in the catalogue is used")
  func everyIDUsed() throws {
    let used = try Set(Self.idLiterals().map(\.id))
    for id in (Self.catalogues[.nl] ?? [:]).keys.sorted()
    where !used.contains(id) && !Self.builtPrefixes.contains(where: { id.hasPrefix($0) }) {
      Issue.record("'\(id)' is not used in Sources")
    }
  }

  @Test("no text in two languages is left at a call site")
  func noPairsLeft() throws {
    let patterns = try [
      #"LocalizedText\(\s*nl:"#,  // the old form of a message
      #"(?<![A-Za-z0-9_])t\(\s*"(?:[^"\\]|\\.)*"\s*,\s*""#,  // t("nl", "en")
      #"== \.en \? ""#,  // language == .en ? "…" : "…"
    ].map { try NSRegularExpression(pattern: $0) }
    for (file, text) in try Self.sources() {
      let range = NSRange(location: 0, length: (text as NSString).length)
      for p in patterns where p.firstMatch(in: text, range: range) != nil {
        Issue.record("\(file) matches \(p.pattern)")
      }
    }
  }

  @Test("text fills placeholders, keeps literal braces, and returns an unknown id as itself")
  func filling() {
    #expect(MessageCatalogue.fill("rule '{rule}' has {count} leden", ["rule": "3.1", "count": "2"]) == "rule '3.1' has 2 leden")
    #expect(MessageCatalogue.fill("{{literal}} {missing}", [:]) == "{literal} {missing}")
    #expect(MessageCatalogue.fill("{a}{a}", ["a": "{b}", "b": "x"]) == "{b}{b}")
    #expect(MessageCatalogue.placeholders("{{x}} {a} {b} {a}") == ["a", "b"])
    #expect(MessageCatalogue.for(.nl).text("no.such.message") == "no.such.message")
    #expect(LocalizedText("no.such.message", ["x": "1"]).text(.en) == "no.such.message")
    #expect(LocalizedText("severity.error").text(.nl) == "fout")
    #expect(LocalizedText("severity.error").text(.en) == "error")
    let nested = LocalizedText("lint.message-inferred", messages: ["message": LocalizedText("severity.warning")])
    #expect(nested.text(.nl) == "waarschuwing (afgeleid uit de tekst)")
    #expect(nested.text(.en) == "warning (inferred from the text)")
  }

  @Test("the catalogue files are sorted, two-space indented, one entry per line")
  func layout() throws {
    for language in Language.allCases {
      let path = "Sources/AmbtModel/Resources/messages.\(language.rawValue).json"
      let text = try String(contentsOf: RepositoryRoot.url(path), encoding: .utf8)
      let lines = text.split(separator: "\n")
      #expect(lines.first == "{" && lines.last == "}", "\(path)")
      let keys = lines.dropFirst().dropLast().map { line -> String in
        #expect(line.hasPrefix("  \"") && !line.hasPrefix("   "), "\(path): \(line)")
        return String(line.dropFirst(3).prefix { $0 != "\"" })
      }
      #expect(keys == keys.sorted(), "\(path) is not sorted")
      for key in keys {
        #expect(key.wholeMatch(of: /[a-z0-9-]+(\.[a-z0-9-]+)+/) != nil, "\(path): id '\(key)' is not dotted lower case")
      }
    }
  }
}
