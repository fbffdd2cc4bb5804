import AmbtModel
import Testing

@testable import AmbtParser

/// `Validator.validate(_:)` reads the rules where they stand (`RulesInPlace`); it finds what
/// validating a list of copies of them (`Document.articles`, as the linter passes) finds.
@Suite struct ValidatorTests {
  /// Duplicates, broken references, leden and onderdelen, a preamble, a closing and annexes.
  static let source = """
    ---
    titel: Gedragscode
    organisatie: Gemeente
    vastgesteld op: 2024-01-01
    geldt voor: ambtenaren
    ---
    @zie 9.9

    # 1. Eerste

    § 1.1. Tekst.
    @zie 1.2 lid 3, 2.1 onder b, 1.3 t/m 1.9
    @uitzondering op 1.1

    § 1.2. Tekst.
    1. Eerste lid.
    2. Tweede lid.
       a. onderdeel

    § 1.1. Nog eens.
    @zie 1.2 lid 2 onder c, 1.2 lid 1, 7.7

    # 2. Tweede
    @zie 1.4

    § 2.1. Tekst.
    a. een
    b. twee

    # Slot
    @zie 3.3

    # Bijlage 1. Extra

    § 3.1. Tekst.
    @zie 2.1 onder c, 3.1
    """

  @Test("rules read in place are the document's rules, and validate alike", arguments: Repo.codes + [""])
  func inPlace(path: String) {
    let bytes = path.isEmpty ? Array(Self.source.utf8) : Repo.bytes(path)
    let doc = AmbtParser.parse(bytes: bytes, file: "x.ambt").document
    let rules = Validator.RulesInPlace(doc)
    #expect(Array(rules) == doc.articles)
    let found = Validator.validate(doc)
    #expect(found == Validator.validate(doc, articles: doc.articles))
    if path.isEmpty { #expect(found.count > 5) }
  }
}
