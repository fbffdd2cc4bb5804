// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ambt",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "ambt", targets: ["ambt"]),
    .library(
      name: "AmbtKit",
      targets: [
        "AmbtModel", "AmbtParser", "AmbtSemantics", "AmbtLint", "AmbtDiff", "AmbtImport", "AmbtRender", "AmbtReporters",
        "AmbtLSP", "AmbtCLI",
      ]),
  ],
  dependencies: [],
  targets: [
    // Resources/ holds the data files people edit; they are compiled in (EmbeddedResources.swift,
    // scripts/embed-resources.py) so the binary needs nothing beside it.
    .target(name: "AmbtModel", exclude: ["Resources"]),
    .target(name: "AmbtParser", dependencies: ["AmbtModel"]),
    .target(name: "AmbtSemantics", dependencies: ["AmbtModel"], exclude: ["Resources"]),
    .target(name: "AmbtLint", dependencies: ["AmbtModel", "AmbtParser", "AmbtSemantics"], exclude: ["Resources"]),
    .target(name: "AmbtDiff", dependencies: ["AmbtModel", "AmbtParser", "AmbtSemantics"]),
    .target(name: "AmbtImport", dependencies: ["AmbtModel", "AmbtParser", "AmbtSemantics"]),
    .target(name: "AmbtRender", dependencies: ["AmbtModel"], exclude: ["Resources"]),
    // CI formats (JUnit, GitLab Code Quality) and the Reporter protocol the commands share.
    .target(name: "AmbtReporters", dependencies: ["AmbtModel"]),
    // The language server (`ambt lsp`): JSON-RPC over stdio, diagnostics, hover, completion.
    .target(name: "AmbtLSP", dependencies: ["AmbtModel", "AmbtParser", "AmbtSemantics", "AmbtLint"]),
    .target(
      name: "AmbtCLI",
      dependencies: [
        "AmbtModel", "AmbtParser", "AmbtLint", "AmbtDiff", "AmbtImport", "AmbtRender", "AmbtReporters", "AmbtLSP",
      ]),
    .executableTarget(name: "ambt", dependencies: ["AmbtCLI"]),
    // Benchmarks (not tests: timings never fail a build): scripts/bench.sh, scripts/bench-diff.sh.
    .executableTarget(name: "ambt-bench", dependencies: ["AmbtDiff", "AmbtModel", "AmbtParser", "AmbtLSP", "AmbtLint"]),
    // Shared by the test targets: the repository root and golden-file comparison.
    .target(name: "AmbtTestSupport", path: "Tests/AmbtTestSupport"),
    .testTarget(name: "AmbtParserTests", dependencies: ["AmbtModel", "AmbtParser", "AmbtTestSupport"], exclude: ["Snapshots"]),
    .testTarget(
      name: "AmbtSemanticsTests", dependencies: ["AmbtSemantics", "AmbtModel", "AmbtTestSupport"],
      exclude: ["Corpus", "SecondReader"]),
    .testTarget(
      name: "AmbtCLITests",
      dependencies: [
        "AmbtCLI", "AmbtModel", "AmbtParser", "AmbtReporters", "AmbtLint", "AmbtSemantics", "AmbtRender", "AmbtTestSupport",
      ],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "AmbtLintTests", dependencies: ["AmbtLint", "AmbtModel", "AmbtParser", "AmbtCLI", "AmbtTestSupport"],
      exclude: ["Fixtures", "Snapshots", "Wordings"]),
    .testTarget(
      name: "AmbtDiffTests", dependencies: ["AmbtDiff", "AmbtModel", "AmbtParser", "AmbtCLI", "AmbtTestSupport"],
      exclude: ["Fixtures", "Snapshots"]),
    .testTarget(
      name: "AmbtImportTests", dependencies: ["AmbtImport", "AmbtModel", "AmbtParser", "AmbtCLI", "AmbtTestSupport"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "AmbtLSPTests", dependencies: ["AmbtLSP", "AmbtModel", "AmbtLint"]),
    .testTarget(
      name: "AmbtRenderTests", dependencies: ["AmbtRender", "AmbtModel", "AmbtParser", "AmbtCLI", "AmbtTestSupport"],
      exclude: ["Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)

// libFuzzer targets, declared only when AMBT_FUZZ=1 so that a plain `swift build` stays clean.
// Build and run them with scripts/fuzz.sh.
if Context.environment["AMBT_FUZZ"] == "1" {
  package.targets += [
    .target(name: "FuzzDriver", path: "Fuzz/Driver"),
    .executableTarget(
      name: "ambt-fuzz-parser", dependencies: ["AmbtLint", "AmbtModel", "AmbtParser", "FuzzDriver"], path: "Fuzz/Parser",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    .executableTarget(
      name: "ambt-fuzz-import", dependencies: ["AmbtImport", "AmbtModel", "AmbtParser", "FuzzDriver"], path: "Fuzz/Import",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    .executableTarget(
      name: "ambt-fuzz-diff", dependencies: ["AmbtDiff", "AmbtModel", "AmbtParser", "FuzzDriver"], path: "Fuzz/Diff",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
    .executableTarget(
      name: "ambt-fuzz-reporters", dependencies: ["AmbtCLI", "FuzzDriver"], path: "Fuzz/Reporters",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
  ]
}
