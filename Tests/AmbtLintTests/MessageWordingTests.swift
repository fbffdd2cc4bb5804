import AmbtLint
import AmbtModel
import Testing

/// The Dutch of the messages (issue 16, item 5): one number is missing, two are missing.
@Suite struct MessageWordingTests {
  static func messages(_ body: String) -> [String] {
    let source = RuleExample.header + body
    return Linter.lint(bytes: Array(source.utf8), file: "x.ambt", options: LintOptions(today: Day(year: 2026, month: 1, day: 1)))
      .diagnostics.filter { $0.id == "skipped-number" }.map(\.message.nl)
  }

  @Test("'nummer 1.2 ontbreekt', 'nummers 1.2, 1.3 ontbreken'")
  func agreement() {
    #expect(Self.messages("# 1. A\n\n§ 1.1. Een.\n\n§ 1.3. Drie.\n") == ["na regel '1.1.' komt '1.3.': nummer 1.2 ontbreekt"])
    #expect(
      Self.messages("# 1. A\n\n§ 1.1. Een.\n\n§ 1.4. Vier.\n") == ["na regel '1.1.' komt '1.4.': nummers 1.2, 1.3 ontbreken"])
  }
}
