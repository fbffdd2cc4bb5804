import AmbtModel
import AmbtParser
import Foundation
import Testing

/// Golden diagnostics for invalid inputs: message, position and hint, in Dutch and English.
@Suite struct DiagnosticsGoldenTests {
  static func render(_ path: String, _ language: Language) -> String {
    let name = (path as NSString).lastPathComponent
    let r = Checker.check(bytes: Repo.bytes(path), file: name)
    return r.diagnostics.sortedForOutput().map { d in
      let p = r.lineTable.position(of: d.range.start)
      var s = "\(name):\(p.line):\(p.column): \(d.severity.label(language)): \(d.message.text(language)) [\(d.id)]"
      if let h = d.hint { s += "\n  hint: " + h.text(language) }
      for n in d.notes {
        let np = r.lineTable.position(of: n.range.start)
        s += "\n  note: \(np.line):\(np.column): " + n.message.text(language)
      }
      return s
    }.joined(separator: "\n") + "\n"
  }

  @Test("diagnostics of the invalid fixtures", arguments: Repo.files(in: "Tests/Fixtures/invalid", ext: "ambt"))
  func golden(path: String) {
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    assertSnapshot(Self.render(path, .nl) + "\n" + Self.render(path, .en), named: "diagnostics-\(name).txt")
  }
}
