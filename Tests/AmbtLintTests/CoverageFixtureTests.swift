import AmbtLint
import AmbtModel
import Foundation
import Testing

/// Codes that cover (nearly) every obligation in the wordings municipalities use: coverage must
/// report exactly the obligations they leave out, and no covered one as missing.
@Suite struct CoverageFixtureTests {
  static func missing(_ name: String) throws -> [String] {
    let url = WordingTests.root.appendingPathComponent("Tests/AmbtLintTests/Fixtures/coverage/\(name).ambt")
    let bytes = Array(try Data(contentsOf: url))
    let result = Linter.lint(bytes: bytes, file: name, options: LintOptions(today: Day(year: 2026, month: 12, day: 1)))
    #expect(!result.diagnostics.contains { $0.severity == .error }, "\(name) has errors")
    return result.diagnostics.filter { $0.id == "missing-obligation" }.compactMap { d in
      d.message.text(.en).split(separator: " ").dropFirst().first.map(String.init)
    }.sorted()
  }

  @Test("every obligation covered: u-, hij- and passive wordings, a freedom with its limit")
  func coversAll() throws {
    #expect(try Self.missing("covers-all") == [])
  }

  @Test("everything but the designated functions: exactly art. 5 lid 1 d and art. 8 lid 1 d / lid 2 b missing")
  func coversAllButDesignation() throws {
    #expect(try Self.missing("covers-all-but-designation") == ["AW17-5-1d", "AW17-8-1d-2b"])
  }
}
