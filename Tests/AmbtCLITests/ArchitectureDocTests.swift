import Foundation
import Testing

/// docs/architecture.md's module table is the package's graph: the same modules, each with the
/// dependencies Package.swift declares, and each importing exactly those (no dependency that no
/// `import` uses). The model and the parser do no I/O of their own.
@Suite struct ArchitectureDocTests {
  static func read(_ path: String) throws -> String {
    try String(contentsOf: cliRepositoryRoot.appendingPathComponent(path), encoding: .utf8)
  }

  /// `| module | a, b |` rows of the table after "| module | depends on |".
  static func documented() throws -> [String: Set<String>] {
    let lines = try read("docs/architecture.md").split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex { $0.hasPrefix("| module | depends on |") })
    var graph: [String: Set<String>] = [:]
    for line in lines[(start + 2)...] {
      guard line.hasPrefix("|") else { break }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      graph[cells[1]] = Set(cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
    }
    return graph
  }

  /// Targets and their dependencies as Package.swift declares them (the unconditional part:
  /// the fuzz targets exist only with AMBT_FUZZ=1).
  static func declared() throws -> [String: (kind: String, dependencies: Set<String>)] {
    let package = try read("Package.swift")
    let main = package.components(separatedBy: "if Context.environment")[0]
    var targets: [String: (kind: String, dependencies: Set<String>)] = [:]
    for kind in ["target", "executableTarget", "testTarget"] {
      for chunk in main.components(separatedBy: "." + kind + "(").dropFirst() {
        let name = try #require(chunk.components(separatedBy: "name: \"").dropFirst().first?.split(separator: "\"").first)
        var dependencies: Set<String> = []
        let head = [".target(", ".testTarget(", ".executableTarget("].reduce(chunk) { $0.components(separatedBy: $1)[0] }
        if let list = head.components(separatedBy: "dependencies: [").dropFirst().first?.split(separator: "]").first {
          dependencies = Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(["\""])) })
        }
        targets[String(name)] = (kind, dependencies.filter { !$0.isEmpty })
      }
    }
    return targets
  }

  /// The `Ambt…` modules the Swift files under `folder` import.
  static func imports(_ folder: String) throws -> Set<String> {
    let root = cliRepositoryRoot.appendingPathComponent(folder)
    var found: Set<String> = []
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    while let url = files?.nextObject() as? URL {
      guard url.pathExtension == "swift" else { continue }
      for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
        let words = line.split(separator: " ")
        if let k = words.firstIndex(of: "import"), k + 1 < words.count, k == 0 || words[0] == "@testable",
          words[k + 1].hasPrefix("Ambt")
        {
          found.insert(String(words[k + 1]))
        }
      }
    }
    return found
  }

  @Test("the module table in docs/architecture.md is Package.swift's graph")
  func tableMatchesPackage() throws {
    let doc = try Self.documented()
    let package = try Self.declared().filter { $0.value.kind != "testTarget" }
    #expect(Set(doc.keys) == Set(package.keys), "modules in the doc vs Package.swift")
    for (name, target) in package {
      #expect(doc[name] == target.dependencies, "\(name): docs/architecture.md vs Package.swift")
    }
  }

  @Test("every target imports exactly the Ambt modules it depends on")
  func dependenciesAreUsed() throws {
    for (name, target) in try Self.declared() {
      let inSources = FileManager.default.fileExists(atPath: cliRepositoryRoot.appendingPathComponent("Sources/\(name)").path)
      let folder = target.kind != "testTarget" && inSources ? "Sources/\(name)" : "Tests/\(name)"
      let used = try Self.imports(folder)
      let declared = target.dependencies.filter { $0.hasPrefix("Ambt") }
      #expect(used == declared, "\(name): imports \(used.sorted()), depends on \(declared.sorted())")
    }
  }

  @Test("AmbtModel and AmbtParser do no I/O: no file system, no standard streams")
  func modelAndParserDoNoIO() throws {
    for folder in ["Sources/AmbtModel", "Sources/AmbtParser"] {
      let root = cliRepositoryRoot.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: root.path) where name.hasSuffix(".swift") {
        let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
        for call in [
          "FileManager", "FileHandle", "fopen(", "open(", "print(", "fputs(", "String(contentsOf", "Data(contentsOf",
          "contentsOfFile", "write(to",
        ] {
          #expect(!text.contains(call), "\(folder)/\(name) uses \(call)")
        }
      }
    }
  }
}
