import Foundation

// ambt-bench: builds a synthetic national corpus from the real codes and measures ambt against
// baselines measured in the same run. `scripts/bench.sh` builds release and runs it.
//
//   ambt-bench run --ambt <binary> [--repeats N] [--codes N] [--quick] [--keep] [--docs FILE]
//   ambt-bench memory --ambt <binary> [--quick] [--docs FILE]   peak memory (scripts/bench-memory.sh)
//   ambt-bench corpus <dir> [--codes N] [--seed N]
//   ambt-bench bigfile <path> <MB>
//   ambt-bench [diff] [OLD NEW]      the differ's benchmark (scripts/bench-diff.sh, docs/diff.md)
//   ambt-bench lsp [--ambt <binary>] [--repeats N]   the language server (scripts/bench-lsp.sh)

let args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
  return args[i + 1]
}
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data(("ambt-bench: " + message + "\n").utf8))
  exit(2)
}

let repoRoot = FileManager.default.currentDirectoryPath
let realCodePaths = ((try? FileManager.default.contentsOfDirectory(atPath: repoRoot + "/Codes")) ?? [])
  .filter { $0.hasSuffix(".ambt") }.sorted().map { repoRoot + "/Codes/" + $0 }
guard !realCodePaths.isEmpty else { fail("run from the repository root (Codes/ not found)") }
let corpus = Corpus(codes: realCodePaths.map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" })

/// Writes the synthetic corpus into `dir`; returns the paths and total bytes.
func writeCorpus(_ dir: String, codes: Int, seed: UInt64) -> [String] {
  try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  var rng = SplitMix(state: seed)
  let counts = Corpus.articleCounts(codes: codes, rng: &rng)
  return counts.enumerated().map { i, n in
    let path = dir + "/code-\(String(format: "%04d", i))-\(n).ambt"
    try? corpus.code(index: i, articles: n, rng: &rng).write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }
}

func size(_ paths: [String]) -> Int {
  paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
}

switch args.first {
case "corpus":
  // (An option in the place of the folder, "corpus --help", is no folder to write into.)
  guard args.count > 1, !args[1].hasPrefix("-") else { fail("usage: ambt-bench corpus <dir> [--codes N] [--seed N]") }
  let paths = writeCorpus(args[1], codes: Int(option("--codes") ?? "") ?? 1_200, seed: UInt64(option("--seed") ?? "") ?? 7)
  print("\(paths.count) codes, \(String(format: "%.1f", Double(size(paths)) / 1e6)) MB in \(args[1])")
case "bigfile":
  guard args.count > 2, !args[1].hasPrefix("-"), let megabytes = Int(args[2]) else {
    fail("usage: ambt-bench bigfile <path> <MB>")
  }
  var rng = SplitMix(state: 99)
  let text = corpus.code(megabytes: megabytes, rng: &rng)
  try? text.write(toFile: args[1], atomically: false, encoding: .utf8)
  print("\(String(format: "%.1f", Double(text.utf8.count) / 1e6)) MB in \(args[1])")
case "run":
  guard let ambt = option("--ambt") else { fail("usage: ambt-bench run --ambt <binary>") }
  var bench = Bench(
    ambt: ambt, repeats: Int(option("--repeats") ?? "") ?? 5, codes: Int(option("--codes") ?? "") ?? 1_200,
    quick: args.contains("--quick"), keep: args.contains("--keep"), docs: option("--docs"))
  bench.run()
case "lsp":
  LSPBench.run(Array(args.dropFirst()), codes: realCodePaths)
case "memory":
  guard let ambt = option("--ambt") else { fail("usage: ambt-bench memory --ambt <binary> [--quick] [--docs FILE]") }
  var bench = MemoryBench(ambt: ambt, docs: option("--docs"))
  defer { _ = bench }
  if args.contains("--quick") {
    bench.scales = [1, 10]
    bench.fileSizes = [1]
  }
  bench.run()
case "diff":
  DiffBench.run(Array(args.dropFirst()))
default:
  // No subcommand: the differ's benchmark, `ambt-bench [OLD NEW]` (scripts/bench-diff.sh).
  DiffBench.run(args)
}
