import AmbtModel
import AmbtParser
import Testing

/// `Fixer`: which fix-its are safe, what applying them gives, and that it settles.
@Suite struct FixerTests {
  static let head = "---\ntitel: T\norganisatie: O\n---\n\n# 1. A\n\n"

  /// The text `ambt fix` makes of `source`.
  func fixed(_ source: String) -> String {
    String(decoding: Fixer.fix(bytes: Array(source.utf8), file: "x.ambt").bytes, as: UTF8.self)
  }

  /// The fix-its of the diagnostic `id` in `source`: replacement and whether it is safe.
  func fixIts(_ source: String, _ id: String) -> [String] {
    Checker.check(bytes: Array(source.utf8), file: "x.ambt").diagnostics.filter { $0.id == id }
      .flatMap(\.fixIts).map { "\($0.replacement) \($0.isSafe ? "safe" : "suggestion")" }
  }

  @Test("a day-first date becomes year-month-day")
  func date() {
    let source =
      "---\ntitel: T\norganisatie: O\nvastgesteld op: 01-07-2026\nin werking: 1/7/2026\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n"
    #expect(fixIts(source, "invalid-date") == ["2026-07-01 safe", "2026-07-01 safe"])
    #expect(
      fixed(source)
        == "---\ntitel: T\norganisatie: O\nvastgesteld op: 2026-07-01\nin werking: 2026-07-01\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n")
  }

  @Test("a misspelt metadata key with one clear candidate is fixed")
  func metadataKey() {
    let source = "---\ntitel: T\norganisatie: O\nvastgestld op: 2026\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n"
    #expect(fixIts(source, "unknown-metadata-key") == ["vastgesteld op safe"])
    #expect(fixed(source) == "---\ntitel: T\norganisatie: O\nvastgesteld op: 2026\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n")
  }

  @Test("a misspelt annotation key, topic, norm kind and role are fixed; the rest of the line stays")
  func annotations() {
    let source =
      Self.head + "§ 1.1. Tekst.\n@onderwrp geschenken, belangenverstrenging\n@norm verbood\n@melden bij integriteitscoördinatr\n"
    #expect(fixIts(source, "unknown-annotation") == ["onderwerp safe"])
    #expect(fixIts(source, "unknown-norm") == ["verbod safe"])
    #expect(
      fixed(source)
        == Self.head
        + "§ 1.1. Tekst.\n@onderwerp geschenken, belangenverstrengeling\n@norm verbod\n@melden bij integriteitscoordinator\n")
  }

  @Test("a topic is written as its id, in a list, with é before it (byte offsets)")
  func topicInList() {
    let source = Self.head + "§ 1.1. Café é.\n@onderwerp geschenken, nevenwerkzaamhedn\n"
    #expect(fixIts(source, "unknown-topic") == ["nevenwerkzaamheden safe"])
    #expect(fixed(source) == Self.head + "§ 1.1. Café é.\n@onderwerp geschenken, nevenwerkzaamheden\n")
  }

  @Test("suggestions that are not safe are not applied")
  func notSafe() {
    // 'xie': 'wie' and 'zie' are equally near. 'leidinggevend': 'leidinggevende' (a role) and
    // 'leidinggevenden' (management) are both near. 'manager': a word from the alternatives,
    // not a slip. 'Uitleg' without colon: adding one changes what the line is.
    let source = Self.head + "§ 1.1. Tekst.\n@xie 1.1\n@melden bij leidinggevend, manager\nUitleg\n"
    #expect(fixIts(source, "unknown-annotation") == ["wie suggestion"])
    #expect(fixIts(source, "unknown-role") == ["leidinggevende suggestion", "leidinggevende suggestion"])
    #expect(fixIts(source, "label-without-colon") == [": suggestion"])
    let outcome = Fixer.fix(bytes: Array(source.utf8), file: "x.ambt")
    #expect(outcome.bytes == Array(source.utf8))
    #expect(outcome.applied.isEmpty && !outcome.formatted && outcome.stable)
  }

  @Test("overlapping fix-its: the first is taken, the other waits for the next round")
  func overlapping() {
    let bytes = Array("abcdefgh".utf8)
    let a = FixIt(range: SourceRange(start: 1, end: 4), replacement: "X", safe: true)
    let b = FixIt(range: SourceRange(start: 3, end: 6), replacement: "Y", safe: true)
    let c = FixIt(range: SourceRange(start: 6, end: 6), replacement: "+", safe: true)
    let d = FixIt(range: SourceRange(start: 6, end: 6), replacement: "-", safe: true)
    let e = FixIt(range: SourceRange(start: 7, end: 99), replacement: "Z", safe: true)
    #expect(Fixer.compatible([b, a, c, d, a], byteCount: bytes.count) == [a, c])
    #expect(String(decoding: Fixer.apply([b, a, d, e], to: bytes), as: UTF8.self) == "aXef-gh")
    // Never inside a UTF-8 sequence: 'é' is two bytes.
    let accented = Array("é".utf8)
    #expect(Fixer.apply([FixIt(range: SourceRange(start: 1, end: 2), replacement: "e")], to: accented) == accented)
    // Two rounds: a key and a topic on one line are separate fix-its; both end up applied.
    let source = Self.head + "§ 1.1. Tekst.\n@onderwrp geschenkn\n"
    #expect(fixed(source) == Self.head + "§ 1.1. Tekst.\n@onderwerp geschenken\n")
    #expect(Fixer.fix(bytes: Array(source.utf8), file: "x.ambt").applied.count == 2)
  }

  @Test("the layout is applied once no errors are left")
  func layout() {
    let source =
      "---\ntitel: T\norganisatie: O\nvastgesteld op: 01-07-2026\n---\n# 1. A\n§ 1.1. Tekst\nover twee regels.\n@norm verbood\n\n\n"
    let outcome = Fixer.fix(bytes: Array(source.utf8), file: "x.ambt")
    #expect(outcome.formatted && outcome.stable)
    #expect(
      String(decoding: outcome.bytes, as: UTF8.self)
        == "---\ntitel: T\norganisatie: O\nvastgesteld op: 2026-07-01\n---\n\n# 1. A\n\n§ 1.1. Tekst over twee regels.\n@norm verbod\n"
    )
  }

  @Test(
    "fixing is idempotent, and the real codes come out unchanged",
    arguments: Repo.codes + [Repo.path("Tests/Fixtures/fix/misspellings.ambt")])
  func idempotent(path: String) {
    let input = Repo.bytes(path)
    let once = Fixer.fix(bytes: input, file: path)
    #expect(once.stable)
    let twice = Fixer.fix(bytes: once.bytes, file: path)
    #expect(twice.bytes == once.bytes && twice.applied.isEmpty)
    if path.contains("/Codes/") { #expect(once.bytes == input && once.applied.isEmpty) }
  }
}
