import AmbtImport
import AmbtModel
import AmbtParser
import Foundation
import Testing

/// Reads a fixture from `Fixtures/` (copied into the test bundle).
/// The seed texts (`seeds/…`) are the repository's one copy in Tests/Fixtures/seeds, shared with
/// the other targets; the rest are this target's resources.
func fixture(_ path: String) -> [UInt8] {
  let url =
    path.hasPrefix("seeds/")
    ? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/" + path)
    : Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(path)
  return (try? [UInt8](Data(contentsOf: url))) ?? []
}

/// The structure of an imported code: chapter headings and rule labels per chapter.
struct Shape: Equatable, CustomStringConvertible {
  var chapters: [String]
  var rules: [[String]]
  var description: String { zip(chapters, rules).map { "\($0): \($1.joined(separator: " "))" }.joined(separator: "\n") }

  init(_ d: Document) {
    chapters = d.chapters.map { [$0.word, $0.number].compactMap { $0 }.joined(separator: " ") }
    rules = d.chapters.map { $0.articles.map(\.number) }
  }
}

func seq(_ chapter: Int, _ n: Int) -> [String] { (1...n).map { "\(chapter).\($0)" } }

@Suite("Importing the five seed codes")
struct SeedImportTests {
  static let seeds = ["leek", "maastricht", "alphen-aan-den-rijn-2014", "leiderdorp-2025", "aalsmeer-2025"]

  func run(_ name: String) -> (ImportResult, [UInt8]) {
    let bytes = fixture("seeds/\(name).txt")
    return (Importer.run(bytes: bytes, options: ImportOptions(file: name + ".txt")), bytes)
  }

  @Test("every seed parses without errors, is canonical and keeps at least 99.5% of its words", arguments: seeds)
  func recallAndCanonical(_ name: String) {
    let (result, bytes) = run(name)
    #expect(!result.degraded)
    let check = Checker.check(bytes: Array(result.text.utf8), file: name)
    #expect(!check.diagnostics.contains { $0.severity == .error })
    #expect(Formatter.format(check) == result.text)
    let m = WordRecall.measure(input: bytes, output: result.text)
    print("recall \(name): \(m.found)/\(m.total) = \(String(format: "%.2f", m.recall * 100))%; missing: \(m.missing.prefix(12))")
    #expect(m.recall >= 0.995)
  }

  @Test("Leek: chapters 1-12, rules numbered 1.1. per chapter")
  func leek() {
    let d = run("leek").0.document
    let s = Shape(d)
    #expect(s.chapters == (1...12).map { "\($0)." })
    #expect(
      s.rules == [
        seq(1, 6), seq(2, 4), seq(3, 3), seq(4, 2), seq(5, 5), seq(6, 4), seq(7, 2), seq(8, 1), seq(9, 3), seq(10, 7), seq(11, 6),
        [],
      ])
    // 2.2 has the three rules of thumb as a list.
    let r = d.article(withKey: "2.2")!
    #expect(r.items.contains { if case .list(let l) = $0 { return l.items.count == 3 } else { return false } })
    #expect(d.metadata.organisation?.value == "Leek")
  }

  @Test("Maastricht: seven themes with rules numbered per theme, an annex")
  func maastricht() {
    let d = run("maastricht").0.document
    let s = Shape(d)
    #expect(s.chapters == (1...7).map { "\($0)." })
    #expect(d.metadata.numbering == .perHoofdstuk)
    // Theme 2 prints only the number "1." of its rules (the PDF lost 2-4).
    #expect(
      s.rules == [
        ["1", "2", "3", "4", "5"], ["1"], ["1", "2", "3", "4", "5", "6"], ["1", "2", "3"], ["1", "2", "3", "4"], ["1", "2", "3"],
        ["1", "2", "3", "4"],
      ])
    #expect(d.annexes.count == 1)
    #expect(d.article(withKey: "3.3") != nil)
  }

  @Test("Alphen: Artikel 1-15 with rules N.M, closing and annex")
  func alphen() {
    let d = run("alphen-aan-den-rijn-2014").0.document
    let s = Shape(d)
    #expect(s.chapters == (1...15).map { "Artikel \($0)" })
    #expect(
      s.rules == [
        seq(1, 7), seq(2, 8), seq(3, 8), seq(4, 5), seq(5, 4), seq(6, 4), seq(7, 3), seq(8, 9), seq(9, 4), seq(10, 9), seq(11, 4),
        seq(12, 8), seq(13, 3), seq(14, 4), seq(15, 6),
      ])
    #expect(d.chapters[4].title == "Inkoop en inhuur")
    #expect(d.closing != nil)
    #expect(d.annexes.count == 1)
    let list = d.annexes[0].items.compactMap { if case .list(let l) = $0 { return l } else { return nil } }
    #expect(list.first?.items.count == 5)
    #expect(d.metadata.inForce?.value.description == "2014-01-01")
    #expect(d.metadata.organisation?.value == "Alphen aan den Rijn")
  }

  @Test("Leiderdorp: eight chapters; the introduction's sections are sub-headings, rules from chapter 2")
  func leiderdorp() {
    let d = run("leiderdorp-2025").0.document
    let s = Shape(d)
    #expect(s.chapters == (1...8).map { "\($0)." })
    #expect(s.rules == [[], seq(2, 3), seq(3, 6), seq(4, 5), seq(5, 3), seq(6, 3), seq(7, 2), seq(8, 3)])
    #expect(d.chapters[1].title == "Voorkomen van belangenverstrengeling")
  }

  @Test("Aalsmeer: sixteen chapters with '- N.M.' rules, a closing with the adoption date")
  func aalsmeer() {
    let d = run("aalsmeer-2025").0.document
    let s = Shape(d)
    #expect(s.chapters == (1...16).map { "\($0)." })
    #expect(
      s.rules == [
        seq(1, 7), seq(2, 4), seq(3, 2), seq(4, 6), seq(5, 1), seq(6, 4), seq(7, 5), seq(8, 3), seq(9, 3), seq(10, 11),
        seq(11, 5), seq(12, 1), seq(13, 4), seq(14, 5), seq(15, 1), seq(16, 3),
      ])
    #expect(d.closing != nil)
    #expect(d.metadata.adoptedOn?.value.description == "2025-03-11")
    #expect(d.metadata.adoptedBy?.value == "college van burgemeester en wethouders")
  }
}
