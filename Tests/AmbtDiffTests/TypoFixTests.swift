import AmbtDiff
import AmbtModel
import Testing

/// A typo fixed is a change of form: it gets no meaning, even where the misspelt word was one the
/// analyser could not read. Two words the analyser knows, a letter apart, are two words.
@Suite struct TypoFixTests {
  static func rule(_ text: String) -> Document { Support.code("# 1. Regels\n\n§ 1.1. [Overleg] \(text)\n") }

  @Test("a misspelt verb corrected gives no change of meaning and is editorial")
  func misspeltVerb() {
    let d = Differ().diff(
      Self.rule("Iedere teamleider bespeekt de gedragscode eenmaal per jaar met de afdelingsmanagers van zijn directie."),
      Self.rule("Iedere teamleider bespreekt de gedragscode eenmaal per jaar met de afdelingsmanagers van zijn directie."))
    #expect(d.changes.count == 1)
    #expect(d.changes.allSatisfy { $0.semantic.isEmpty && $0.editorialText }, "\(d.changes.map(\.semantic))")
  }

  @Test("two known words a letter apart, or two amounts in words, are not a typo")
  func notATypo() {
    let flip = Differ().diff(
      Self.rule("Het gebruik van de dienstauto voor privéritten is verboden."),
      Self.rule("Het gebruik van de dienstauto voor privéritten is verbonden aan regels."))
    #expect(flip.changes.contains { !$0.editorialText })
    let amount = Differ().diff(
      Self.rule("Een geschenk tot vijfendertig euro mag je houden."),
      Self.rule("Een geschenk tot vijfenveertig euro mag je houden."))
    #expect(amount.changes.contains { !$0.editorialText && !$0.semantic.isEmpty }, "\(amount.changes.map(\.semantic))")
  }
}
