import AmbtModel
import AmbtParser
import Foundation
import Testing

@Suite struct FormatterTests {
  static var validFiles: [String] { Repo.codes }

  @Test("formatting is idempotent and never changes the model", arguments: validFiles)
  func idempotentOnCodes(path: String) throws {
    let r = Checker.check(bytes: Repo.bytes(path), file: path)
    let once = try #require(Formatter.format(r))
    let r2 = parse(once, file: path)
    #expect(r2.diagnostics.isEmpty)
    #expect(modelWithoutRanges(r) == modelWithoutRanges(r2), "formatting changed the model of \(path)")
    let twice = try #require(Formatter.format(r2))
    #expect(once == twice)
  }

  @Test("refuses to format a file with errors")
  func refusesErrors() {
    #expect(Formatter.format(parse("---\ntitel: x\n---\n")) == nil)
  }

  @Test("canonical layout: joined lines, blank lines, keys and dates")
  func layout() throws {
    let messy = """
      // kop
      ---
      Titel: Code
      organisatie:   Voorbeeld
      vastgesteld-op: 11 maart 2025
      ---
      Eerste regel
         tweede regel.



      # 1.   Hoofdstuk
      § 1.1.  Tekst die
      doorloopt.
      @Onderwerp   geschenken
      @melden-bij leidinggevende
      - een
          - twee
      Uitleg:
      Waarom.
      """
    let out = try #require(Formatter.format(parse(messy)))
    let expected = """
      // kop
      ---
      titel: Code
      organisatie: Voorbeeld
      vastgesteld op: 2025-03-11
      ---

      Eerste regel tweede regel.

      # 1. Hoofdstuk

      § 1.1. Tekst die doorloopt.
      @onderwerp geschenken
      @melden bij leidinggevende
      - een
        - twee

      Uitleg:
      Waarom.

      """
    #expect(out == expected)
  }

  // MARK: Property test: random documents survive format → parse unchanged.

  struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let words = [
    "ambtenaar", "geschenk", "€", "50", "café", "financiële", "belangen", "zo’n", "melden", "bij", "de", "leidinggevende",
    "(zie", "2.2)", "niet", "toegestaan", "😀", "c.q.", "e.d.", "-", "mits", "2", "jaar", "‘schijn’", "en/of",
  ]

  static func sentence(_ rng: inout SeededRandom) -> String {
    let n = Int.random(in: 1...14, using: &rng)
    var s = (0..<n).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
    s = s.prefix(1).uppercased() + s.dropFirst()
    return s + "."
  }

  /// Writes text over one or more lines, as a person might wrap it.
  static func wrapped(_ text: String, _ rng: inout SeededRandom) -> String {
    var out = ""
    for (k, w) in text.split(separator: " ").enumerated() {
      if k > 0 { out += Int.random(in: 0..<6, using: &rng) == 0 ? "\n" : " " }
      out += w
    }
    return out
  }

  static func randomDocument(seed: UInt64) -> String {
    var rng = SeededRandom(state: seed)
    var s = "---\ntitel: Code \(seed)\norganisatie: Gemeente\n---\n\n"
    for _ in 0..<Int.random(in: 0...2, using: &rng) { s += wrapped(sentence(&rng), &rng) + "\n\n" }
    let topics = Vocabulary.shared.topics.terms.map(\.id)
    let roles = Vocabulary.shared.roles.terms.map(\.id)
    for c in 1...Int.random(in: 1...4, using: &rng) {
      s += "# \(c). " + sentence(&rng).dropLast() + "\n" + (Bool.random(using: &rng) ? "\n" : "")
      for a in 1...Int.random(in: 1...5, using: &rng) {
        s += "§ \(c).\(a). " + wrapped(sentence(&rng), &rng) + "\n"
        s += "@onderwerp " + topics.randomElement(using: &rng)! + "\n"
        s += "@norm " + NormKind.allCases.randomElement(using: &rng)!.rawValue + "\n"
        if Bool.random(using: &rng) { s += "@melden bij " + roles.randomElement(using: &rng)! + "\n" }
        if Bool.random(using: &rng) { s += "@drempel € \(Int.random(in: 1...500, using: &rng))\n" }
        if Bool.random(using: &rng) {
          var depth = 0
          for _ in 0..<Int.random(in: 1...5, using: &rng) {
            depth = max(0, min(depth + Int.random(in: -1...1, using: &rng), 2))
            let marker = ["-", "a.", "1.", "(2)", "•"].randomElement(using: &rng)!
            s += String(repeating: "  ", count: depth) + marker + " " + wrapped(sentence(&rng), &rng) + "\n"
            if Int.random(in: 0..<4, using: &rng) == 0 { s += "\n" }
          }
        }
        if Bool.random(using: &rng) { s += "\nUitleg:\n" + wrapped(sentence(&rng), &rng) + "\n" }
        if Int.random(in: 0..<3, using: &rng) == 0 { s += "// notitie \(a)\n" }
        s += String(repeating: "\n", count: Int.random(in: 0...2, using: &rng))
      }
    }
    return s
  }

  @Test("random documents: format keeps the model and is idempotent", arguments: 0..<200)
  func roundTrip(seed: Int) throws {
    let source = Self.randomDocument(seed: UInt64(seed))
    let r = parse(source)
    // A wrapped line can start with the word "-" and so become a top-level item; an item two
    // levels deeper after it is then nested by four spaces, which is warned about (and formatted).
    let unexpected = r.diagnostics.filter { $0.id != "list-nested-by-indent" }
    #expect(unexpected.isEmpty, "seed \(seed): \(unexpected.map { $0.message.en })")
    let formatted = try #require(Formatter.format(r))
    let r2 = parse(formatted)
    let same = modelWithoutRanges(r) == modelWithoutRanges(r2)
    #expect(same, "seed \(seed): the model changed; source:\n\(source)\nformatted:\n\(formatted)")
    #expect(Formatter.format(r2) == formatted, "seed \(seed)")
  }
}

/// `check` and `lint` parse without the per-line roles (issue 16, item 8); formatting such a
/// result reads the file again and gives what formatting a full parse gives.
@Suite struct ReadOnlyParseTests {
  @Test("a result parsed without line roles formats as one parsed with them")
  func formatsAfterReadOnlyParse() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let codes = try FileManager.default.contentsOfDirectory(atPath: root.path + "/Codes").filter { $0.hasSuffix(".ambt") }
    #expect(!codes.isEmpty)
    for name in codes {
      let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent("Codes/" + name)))
      let full = Checker.check(bytes: bytes, file: name)
      let lean = Checker.check(bytes: bytes, file: name, lineRoles: false)
      #expect(lean.document == full.document, "\(name)")
      #expect(lean.diagnostics == full.diagnostics, "\(name)")
      let formatted = Formatter.format(full)
      #expect(formatted != nil, "\(name)")
      #expect(Formatter.format(lean) == formatted, "\(name)")
    }
  }
}
