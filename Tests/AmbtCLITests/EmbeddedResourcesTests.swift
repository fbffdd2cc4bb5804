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

  @Test("the lexicon compiled in as values (Lexicon.embeddedFiles) is what JSONDecoder reads from its files")
  func lexiconNotStale() throws {
    let folder = cliRepositoryRoot.appendingPathComponent("Sources/AmbtSemantics/Resources")
    func read<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
      try JSONDecoder().decode(type, from: Data(contentsOf: folder.appendingPathComponent(name + ".json")))
    }
    let files = Lexicon.embeddedFiles
    let hint = "is stale; run scripts/embed-resources.py"
    #expect(try read("modals", as: Lexicon.ModalsFile.self) == files.modals, "modals \(hint)")
    #expect(try read("negators", as: Lexicon.NegatorsFile.self) == files.negators, "negators \(hint)")
    #expect(try read("conjunctions", as: Lexicon.ConjunctionsFile.self) == files.conjunctions, "conjunctions \(hint)")
    #expect(try read("numbers", as: Lexicon.NumbersFile.self) == files.numbers, "numbers \(hint)")
    #expect(try read("verbs", as: Lexicon.VerbsFile.self) == files.verbs, "verbs \(hint)")
    #expect(try read("roles", as: Lexicon.RolesFile.self) == files.roles, "roles \(hint)")
    #expect(try read("topics", as: Lexicon.TopicsFile.self) == files.topics, "topics \(hint)")
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
