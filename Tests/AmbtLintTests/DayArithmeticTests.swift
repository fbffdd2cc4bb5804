import AmbtLint
import AmbtModel
import AmbtParser
import Testing

/// Date arithmetic is checked (issue 16, item 1): a review interval no parser would accept, in a
/// model built in code, gives a far-away due date, never an overflow trap.
@Suite struct DayArithmeticTests {
  @Test("adding months saturates at 9999-12-31 and 0001-01-01")
  func saturates() {
    let day = Day(year: 2025, month: 1, day: 31)
    #expect(day.adding(months: 1) == Day(year: 2025, month: 2, day: 28))
    #expect(day.adding(months: 700_000_000_000_000_000) == Day.last)
    #expect(day.adding(months: Int.max) == Day.last)
    #expect(day.adding(months: Int.min) == Day.first)
    #expect(day.adding(months: 12 * 7975) == Day(year: 9999, month: 12, day: 31))
    #expect(Day(year: Int.max, month: 12, day: 31).adding(months: 1) == Day.last)
    #expect(PartialDate.dayNumber(Int.max, Int.max, Int.min) == PartialDate.dayNumber(10_000_000, 12, 1))
  }

  @Test("the review-cycle rules survive an interval of 7·10^17 months set in code")
  func hugeIntervalInModel() {
    let source =
      "---\ntitel: T\norganisatie: O\nlaatste herziening: 2025-01-01\n---\n\n# 1. A\n\n§ 1.1. Tekst.\n@onderwerp geschenken\n@norm verbod\n"
    var parsed = AmbtParser.parse(source, file: "x.ambt")
    parsed.document.metadata.reviewIntervalMonths = Field(700_000_000_000_000_000, range: .empty)
    let context = LintContext(document: parsed.document, source: parsed.text, today: Day(year: 2026, month: 1, day: 1))
    let findings = Linter.run(context, options: LintOptions(today: Day(year: 2026, month: 1, day: 1)))
    #expect(!findings.contains { $0.id == "review-overdue" || $0.id == "review-due-soon" })
  }
}
