import AmbtLint
import AmbtModel
import AmbtRender
import AmbtSemantics
import Foundation
import Testing

/// The data files are compiled into the binary; the JSON files in Resources/ stay the source.
@Suite struct EmbeddedResourcesTests {
  static let embedded: [(module: String, files: [String: String])] = [
    ("AmbtModel", ModelResources.files), ("AmbtLint", LintResources.files),
    ("AmbtSemantics", SemanticsResources.files), ("AmbtRender", RenderResources.files),
  ]

  @Test("every embedded copy equals its file in Resources/ (else run scripts/embed-resources.py)")
  func notStale() throws {
    for (module, files) in Self.embedded {
      let folder = cliRepositoryRoot.appendingPathComponent("Sources/\(module)/Resources")
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
      #expect(names == files.keys.sorted(), "\(module): files added or removed; run scripts/embed-resources.py")
      for name in names {
        let onDisk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        #expect(files[name] == onDisk, "\(module)/Resources/\(name) is stale; run scripts/embed-resources.py")
      }
    }
  }

  @Test("the embedded JSON is what the loaders read: no load errors")
  func loaded() {
    #expect(ObligationCatalogue.shared.loadError == nil)
    #expect(!ObligationCatalogue.shared.obligations.isEmpty)
    #expect(CodeTemplate.rawText()?.contains("{{organisatie}}") == true)
    for (_, files) in Self.embedded {
      for (name, text) in files where name.hasSuffix(".json") {
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(name) is valid JSON")
      }
    }
  }
}
