import AmbtLint
import Foundation
import Testing

/// `docs/law.md` is generated from the data files; this test fails when it is stale.
@Suite struct LawDocumentationTests {
  @Test("docs/law.md is the dated catalogue generated from the data")
  func current() throws {
    let generated = LawDocumentation.markdown()
    let url = repositoryRoot.appendingPathComponent("docs/law.md")
    if ProcessInfo.processInfo.environment["AMBT_RECORD"] == "1" {
      try generated.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("regenerated docs/law.md")
      return
    }
    let onDisk = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    #expect(onDisk == generated, "docs/law.md is stale: run AMBT_RECORD=1 swift test --filter LawDocumentationTests")
    #expect(generated.contains("| Wet bescherming klokkenluiders | 2023-02-18 |"))
    #expect(generated.contains("| Wet melding klokkenluiders |  | no such law |"))
  }
}
