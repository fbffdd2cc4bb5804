import AmbtLint
import AmbtModel
import Testing

/// The general changes of the session of 5 December 2026 (fifth): leftovers of the
/// hundred-and-sixteenth to hundred-and-nineteenth batches and the batches from the
/// hundred-and-twentieth on, each in wordings of their own, not the codes' sentences.
extension FullCodeFindingTests {
  @Test("'het is van (groot) belang dat' frames the norm of its dat-clause like 'belangrijk'")
  func vanBelangFrame() {
    let ban = "Het is van groot belang dat je je in het openbaar onthoudt van elke uitlating over politiek."
    #expect(Self.has(lint(Self.code("Politiek", ban)), "blanket-political-ban"))
    let lawful =
      "Het is van belang dat je je in het openbaar onthoudt van uitlatingen over politiek die de goede vervulling van je functie kunnen schaden."
    #expect(!Self.has(lint(Self.code("Politiek", lawful)), "blanket-political-ban"))
  }
}
