import AmbtModel
import AmbtParser
import Foundation
import Testing

/// Numbers taken from a document are range-checked where they are parsed (issue 16, items 1, 2
/// and 6): amounts, periods, review intervals and years. Out of range is a diagnostic with the
/// accepted range, never a trap, an infinity or a silently changed value.
@Suite struct NumberRangeTests {
  static func code(metadata: String = "", annotation: String = "") -> String {
    "---\ntitel: T\norganisatie: O\n\(metadata)---\n\n# 1. A\n\n§ 1.1. Tekst.\n@onderwerp geschenken\n@norm verbod\n\(annotation)"
  }

  /// `line:column: id: message | hint` of every diagnostic, in the given language.
  static func rendered(_ r: ParseResult, _ language: Language = .nl) -> [String] {
    r.diagnostics.sortedForOutput().map { d in
      let p = r.lineTable.position(of: d.range.start)
      return "\(p.line):\(p.column): \(d.id): \(d.message.text(language)) | \(d.hint?.text(language) ?? "")"
    }
  }

  @Test("a review interval of 10^20 years or 7·10^17 months is out of range, not a trap")
  func hugeInterval() {
    let years = parse(Self.code(metadata: "herzieningstermijn: 99999999999999999999 jaar\n"))
    #expect(
      Self.rendered(years) == [
        "4:21: interval-out-of-range: herzieningstermijn '99999999999999999999 jaar' valt buiten het bereik van 1 maand tot en met 100 jaar (1.200 maanden) | een code wordt meestal elke 2 tot 4 jaar herzien; schrijf bijvoorbeeld '24 maanden'"
      ])
    #expect(years.document.metadata.reviewIntervalMonths == nil)
    let months = parse(Self.code(metadata: "herzieningstermijn: 700000000000000000 maanden\n"))
    #expect(
      Self.rendered(months, .en) == [
        "4:21: interval-out-of-range: review interval '700000000000000000 maanden' is outside the range 1 month to 100 years (1,200 months) | a code is usually reviewed every 2 to 4 years; write for example '24 maanden'"
      ])
    // The bounds themselves are accepted; a week rounds to no month at all.
    #expect(parse(Self.code(metadata: "herzieningstermijn: 100 jaar\n")).document.metadata.reviewIntervalMonths?.value == 1200)
    #expect(parse(Self.code(metadata: "herzieningstermijn: 1 maand\n")).document.metadata.reviewIntervalMonths?.value == 1)
    #expect(parse(Self.code(metadata: "herzieningstermijn: 101 jaar\n")).diagnostics.map(\.id) == ["interval-out-of-range"])
    #expect(parse(Self.code(metadata: "herzieningstermijn: 1 week\n")).diagnostics.map(\.id) == ["interval-out-of-range"])
  }

  @Test("an amount of 400 digits is out of range; the message quotes it shortened")
  func hugeAmount() throws {
    let digits = String(repeating: "9", count: 400)
    let r = parse(Self.code(annotation: "@drempel €\(digits)\n"))
    #expect(
      Self.rendered(r) == [
        "11:10: quantity-out-of-range: '€\(String(repeating: "9", count: 38))…' valt buiten het bereik van € 0 tot en met € 1.000.000.000 | schrijf het bedrag of de periode zoals de code die noemt, bijvoorbeeld '€ 50' of '2 jaar'"
      ])
    #expect(r.document.articles[0].annotations.quantities.isEmpty)
    let json = r.document.json(lines: r.lineTable).serialized()
    #expect(!json.contains(": inf") && !json.contains("\"amount\""))
  }

  @Test(
    "each unit has its maximum, stated in the message",
    arguments: [
      ("@drempel € 1 miljard", true), ("@drempel € 1.000.000.001", false), ("@drempel € 2 miljard", false),
      ("@termijn 100 jaar", true), ("@termijn 101 jaar", false), ("@binnen 36500 dagen", true), ("@binnen 36501 dagen", false),
      ("@termijn 1200 maanden", true), ("@termijn 1201 maanden", false), ("@drempel 10001 keer", false),
    ])
  func unitMaximum(annotation: String, accepted: Bool) {
    let r = parse(Self.code(annotation: annotation + "\n"))
    #expect(r.diagnostics.contains { $0.id == "quantity-out-of-range" } == !accepted, "\(annotation)")
  }

  @Test("the period message names the unit's range in both languages")
  func periodMessage() {
    let r = parse(Self.code(annotation: "@termijn 101 jaar\n"))
    #expect(r.diagnostics.first?.message.nl == "'101 jaar' valt buiten het bereik van 0 tot en met 100 jaar")
    #expect(r.diagnostics.first?.message.en == "'101 jaar' is outside the range 0 to 100 years")
  }

  @Test("a year outside 1–9999 is rejected with the range; the minus is never dropped")
  func yearRange() {
    let minus = parse(Self.code(metadata: "vastgesteld op: -0001-01-01\n"))
    #expect(
      Self.rendered(minus) == [
        "4:17: date-out-of-range: '-0001-01-01' valt buiten het bereik van de jaren 1 tot en met 9999 | schrijf het jaar met vier cijfers, bijvoorbeeld 2025-03-11"
      ])
    #expect(minus.document.metadata.adoptedOn == nil)
    #expect(Formatter.format(minus) == nil)
    for text in ["0000-01-01", "0000", "12025-01-01", "11 maart 0000", "99999999999999999999-01-01"] {
      let r = parse(Self.code(metadata: "laatste herziening: \(text)\n"))
      #expect(r.diagnostics.map(\.id) == ["date-out-of-range"], "\(text)")
      #expect(r.diagnostics.first?.message.en == "'\(text)' is outside the range of years 1 to 9999")
    }
    #expect(parse(Self.code(metadata: "laatste herziening: 0001-01-01\n")).diagnostics.isEmpty)
    #expect(parse(Self.code(metadata: "laatste herziening: 9999-12-31\n")).diagnostics.isEmpty)
  }

  @Test("a Dutch date 01-07-2026 asks 'bedoelde je 2026-07-01?' with a fix-it")
  func dayFirstDate() throws {
    let r = parse(Self.code(metadata: "vastgesteld op: 01-07-2026\n"))
    #expect(
      Self.rendered(r) == [
        "4:17: invalid-date: '01-07-2026' is geen datum in de vorm jaar-maand-dag | bedoelde je 2026-07-01? Schrijf 2025-03-11, 2025-03, 2025 of 11 maart 2025"
      ])
    #expect(
      Self.rendered(r, .en) == [
        "4:17: invalid-date: '01-07-2026' is not a date in the form year-month-day | did you mean 2026-07-01? Write 2025-03-11, 2025-03, 2025 or 11 maart 2025"
      ])
    #expect(try #require(r.diagnostics.first).fixIts.map(\.replacement) == ["2026-07-01"])
    for (text, meant) in [
      ("1-7-2026", "2026-07-01"), ("01/07/2026", "2026-07-01"), ("1.7.2026", "2026-07-01"), ("2026-7-1", "2026-07-01"),
    ] {
      #expect(DateParser.read(text) == .otherForm(DateParser.parse(meant)!), "\(text)")
    }
    // No guess for an impossible day.
    #expect(DateParser.read("31-02-2026") == .invalid)
    #expect(DateParser.read("11 maart 2025") == .date(PartialDate(year: 2025, month: 3, day: 11)))
  }
}

/// The JSON writer's own guard: whatever a model holds, the output is valid JSON.
@Suite struct JSONNumberTests {
  @Test("non-finite numbers are written as null, never as inf or nan")
  func nonFinite() {
    let json = JSON.object(["a": .double(.infinity), "b": .double(-.infinity), "c": .double(.nan), "d": .double(2.5)])
    #expect(json.serialized(indent: nil) == #"{"a":null,"b":null,"c":null,"d":2.5}"#)
  }
}
