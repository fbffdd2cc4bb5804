import AmbtModel
import Testing

/// `Annotations` keeps the annotations few rules carry in a shared box (nil when all are
/// empty); read and written, it behaves as the plain struct of stored fields it was: every
/// field reads back what was written, copies are independent, and equality and hashing follow
/// the values, however they were built.
@Suite struct AnnotationsStorageTests {
  static let range = SourceRange(start: 1, end: 2)
  static let tag = Tag(value: "x", range: range)
  static let reference = ArticleReference(text: "1.1", key: "1.1", range: range)
  static let law = LawReference(text: "Ambtenarenwet", law: "aw", name: "Ambtenarenwet", range: range)
  static let quantity = Quantity(kind: .drempel, amount: 50, unit: .euro, text: "€ 50", range: range)
  static let suppression = Suppression(rule: "r", reason: "why", range: range)

  static func full() -> Annotations {
    Annotations(
      topics: [tag], norms: [tag], quantities: [quantity], reportTo: [tag], actors: [tag], exceptionTo: [reference],
      references: [reference], laws: [law], regulations: [tag], covers: [tag], draft: tag, suppressions: [suppression])
  }

  @Test("fields written one by one equal the same fields given at once")
  func writes() {
    var a = Annotations()
    a.topics.append(Self.tag)
    a.norms.append(Self.tag)
    a.quantities.append(Self.quantity)
    a.reportTo.append(Self.tag)
    a.actors.append(Self.tag)
    a.exceptionTo.append(Self.reference)
    a.references.append(Self.reference)
    a.laws.append(Self.law)
    a.regulations.append(Self.tag)
    a.covers.append(Self.tag)
    a.draft = Self.tag
    a.suppressions.append(Self.suppression)
    let b = Self.full()
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(a.quantities == [Self.quantity] && a.exceptionTo == [Self.reference] && a.references == [Self.reference])
    #expect(a.laws == [Self.law] && a.regulations == [Self.tag] && a.covers == [Self.tag] && a.draft == Self.tag)
    #expect(a.suppressions == [Self.suppression] && !a.isEmpty)
  }

  @Test("a copy is independent, and emptied annotations are empty")
  func copies() {
    let original = Self.full()
    var copy = original
    copy.references.append(Self.reference)
    #expect(original.references.count == 1 && copy.references.count == 2)
    #expect(original != copy)
    var emptied = original
    emptied.topics = []
    emptied.norms = []
    emptied.quantities = []
    emptied.reportTo = []
    emptied.actors = []
    emptied.exceptionTo = []
    emptied.references = []
    emptied.laws = []
    emptied.regulations = []
    emptied.covers = []
    emptied.draft = nil
    emptied.suppressions = []
    #expect(emptied.isEmpty)
    #expect(emptied == Annotations() && emptied.hashValue == Annotations().hashValue)
    #expect(Set([emptied, Annotations(), original, Self.full()]).count == 2)
  }
}
