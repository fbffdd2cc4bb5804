import Foundation

/// The whole benchmark: corpus, measurements, baselines and a table with ratios.
@MainActor struct Bench {
  var ambt: String
  var repeats: Int
  var codes: Int
  var quick: Bool
  var keep: Bool
  /// A Markdown file whose text between `<!-- bench:begin -->` and `<!-- bench:end -->` is
  /// replaced by the machine line, the table and the notes (docs/performance.md).
  var docs: String? = nil

  /// One line of the results table.
  struct Row {
    var what: String
    var input: String
    var seconds: Double
    var rate: String = ""
    var baseline: String = ""
    var target: String = ""
  }

  var rows: [Row] = []
  var notes: [String] = []

  func mb(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }
  func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }
  func verdict(_ ok: Bool, _ goal: String) -> String { (ok ? "met: " : "MISSED: ") + goal }

  mutating func run() {
    let work = NSTemporaryDirectory() + "ambt-bench-\(getpid())"
    defer { if !keep { try? FileManager.default.removeItem(atPath: work) } }
    let fm = FileManager.default
    let wc = "/usr/bin/wc"
    let commands = Set(["lint", "diff", "compare", "import"].filter { Measure.run(ambt, ["help", $0]).0 == 0 })
    machine()

    // The corpus, and 1× / 10× / 100× slices of it (every 100th, every 10th, all codes).
    let all = writeCorpus(work + "/corpus", codes: codes, seed: 7)
    let bytes = size(all)
    let counts = all.map { Int($0.split(separator: "-").last!.dropLast(5))! }
    print(
      "corpus: \(all.count) codes, \(counts.min()!)–\(counts.max()!) articles (median \(counts.sorted()[counts.count / 2])), "
        + "\(counts.reduce(0, +)) articles, \(String(format: "%.1f", mb(bytes))) MB\n")
    let (status, err) = Measure.run(ambt, ["check", work + "/corpus"])
    notes.append("`ambt check` on the corpus: exit \(status), \(err.split(separator: "\n").last ?? "")")

    let tWc = Measure.program(repeats, wc, ["-w"] + all)
    rows.append(Row(what: "wc -w (baseline)", input: "corpus", seconds: tWc, rate: rate(bytes, tWc)))
    let tParse = InProcess.parse(all.map { [UInt8](fm.contents(atPath: $0)!) }, repeats: quick ? 1 : 3)
    rows.append(
      Row(
        what: "parse+validate in process, 1 thread", input: "corpus", seconds: tParse, rate: rate(bytes, tParse),
        baseline: ratio(tParse, tWc, "wc -w"), target: verdict(mb(bytes) / tParse >= 20, "≥ 20 MB/s per core")))
    for (command, present) in [("check", true), ("lint", commands.contains("lint"))] {
      guard present else {
        notes.append("`ambt \(command)` does not exist in this build: not measured.")
        continue
      }
      let t1 = Measure.program(repeats, ambt, [command, work + "/corpus"], environment: ["AMBT_JOBS": "1"])
      let t2 = Measure.program(repeats, ambt, [command, work + "/corpus"])
      rows.append(
        Row(
          what: "ambt \(command), 1 core", input: "corpus", seconds: t1, rate: rate(bytes, t1),
          baseline: ratio(t1, tWc, "wc -w"), target: verdict(mb(bytes) / t1 >= 20, "≥ 20 MB/s per core")))
      rows.append(
        Row(
          what: "ambt \(command), 2 cores", input: "corpus", seconds: t2, rate: rate(bytes, t2),
          baseline: ratio(t2, tWc, "wc -w") + String(format: "; %.2f× faster than 1 core", t1 / t2),
          target: verdict(t2 < 3, "whole corpus < 3 s")))
    }

    // Scale: time per MB for 1×, 10×, 100× the data, across files and within one file.
    var previous: (t: Double, b: Int)?
    for (label, step) in [("1× (every 100th code)", 100), ("10× (every 10th code)", 10), ("100× (all codes)", 1)] {
      let dir = work + "/scale-\(step)"
      try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
      let slice = stride(from: 0, to: all.count, by: step).map { all[$0] }
      for p in slice { link(p, dir + "/" + (p as NSString).lastPathComponent) }
      let b = size(slice)
      let t = Measure.program(repeats, ambt, ["check", dir])
      // The marginal cost (from the previous size) separates the per-MB cost from fixed start-up.
      let marginal = previous.map { String(format: "; marginal %.1f ms/MB", (t - $0.t) * 1000 / (mb(b) - mb($0.b))) } ?? ""
      rows.append(
        Row(
          what: "ambt check, 2 cores", input: "\(label), \(String(format: "%.1f", mb(b))) MB", seconds: t,
          rate: String(format: "%.1f ms/MB", t * 1000 / mb(b)) + marginal))
      previous = (t, b)
    }
    var bigRng = SplitMix(state: 99)
    for target in quick ? [1, 10] : [1, 10, 100] {
      let path = work + "/big-\(target)mb.ambt"
      let text = corpus.code(megabytes: target, rng: &bigRng)
      let articles = text.components(separatedBy: "\n§ ").count - 1
      try? text.write(toFile: path, atomically: false, encoding: .utf8)
      let b = size([path])
      let t = Measure.program(target == 100 ? 1 : repeats, ambt, ["check", path])
      var row = Row(
        what: "ambt check, one file", input: "\(articles) articles, \(String(format: "%.1f", mb(b))) MB", seconds: t,
        rate: String(format: "%.1f ms/MB", t * 1000 / mb(b)))
      if target == 100, let peak = Measure.peakMemoryMB(ambt, ["check", path]) {
        row.target = String(format: "peak %.0f MB", peak)
      }
      rows.append(row)
      if commands.contains("lint") {
        let tl = Measure.program(target == 100 ? 1 : repeats, ambt, ["lint", "--no-config", "--today", "2026-12-01", path])
        rows.append(
          Row(
            what: "ambt lint, one file, all cores", input: "\(articles) articles, \(String(format: "%.1f", mb(b))) MB",
            seconds: tl, rate: rate(b, tl), target: target == 100 ? verdict(tl < 15, "< 15 s") : ""))
      }
      try? fm.removeItem(atPath: path)
    }

    // Diff: two real codes, and a 1,000-article code against a revision of it.
    var rng = SplitMix(state: 11)
    let bigOld = work + "/big-old.ambt"
    let bigNew = work + "/big-new.ambt"
    let bigText = corpus.code(index: 1, articles: 1_000, rng: &rng)
    try? bigText.write(toFile: bigOld, atomically: false, encoding: .utf8)
    try? corpus.revise(bigText, rng: &rng).write(toFile: bigNew, atomically: false, encoding: .utf8)
    // A real version pair: Leek and its revision from the differ's fixtures.
    let realPair = (repoRoot + "/Codes/leek.ambt", repoRoot + "/Tests/AmbtDiffTests/Fixtures/leek-v2.ambt")
    for (label, a, b, goal) in [
      ("two real codes", realPair.0, realPair.1, 0.020), ("two 1,000-article codes", bigOld, bigNew, 1.0),
    ] {
      let tGit = Measure.program(repeats, "/usr/bin/git", ["diff", "--no-index", "--word-diff", a, b])
      let input = "\(label), \(String(format: "%.0f", Double(size([a, b])) / 1024)) KB"
      rows.append(Row(what: "git diff --no-index --word-diff (baseline)", input: input, seconds: tGit))
      if let t = InProcess.diff([UInt8](fm.contents(atPath: a)!), [UInt8](fm.contents(atPath: b)!), repeats: repeats) {
        rows.append(
          Row(
            what: "AmbtDiff in process (parse both + diff)", input: input, seconds: t,
            baseline: ratio(t, tGit, "git diff"), target: verdict(t < goal, "< \(ms(goal))")))
      }
      if commands.contains("diff") {
        let t = Measure.program(repeats, ambt, ["diff", a, b])
        rows.append(Row(what: "ambt diff (process)", input: input, seconds: t, baseline: ratio(t, tGit, "git diff")))
      } else {
        notes.append("`ambt diff` / AmbtDiff not in this build: diff of \(label) not measured.")
      }
    }
    if commands.contains("compare") {
      let set = stride(from: 0, to: all.count, by: max(1, all.count / 350)).prefix(350).map { all[$0] }
      let t = Measure.program(repeats, ambt, ["compare"] + set)
      let tw = Measure.program(repeats, wc, ["-w"] + set)
      rows.append(
        Row(
          what: "ambt compare", input: "\(set.count) codes, \(String(format: "%.1f", mb(size(set)))) MB", seconds: t,
          baseline: ratio(t, tw, "wc -w")))
    } else {
      notes.append("`ambt compare` not in this build: not measured.")
    }
    if commands.contains("import") {
      importRows(work: work, all: all)
    } else {
      notes.append("`ambt import` not in this build: import throughput not measured.")
    }

    // Start-up and memory.
    let tStart = Measure.program(max(repeats, 20), ambt, ["--version"])
    let tTrue = Measure.program(max(repeats, 20), wc, ["-w", "/dev/null"])
    rows.append(
      Row(
        what: "ambt --version (start-up)", input: "", seconds: tStart, baseline: ratio(tStart, tTrue, "wc -w /dev/null"),
        target: verdict(tStart < 0.020, "< 20 ms")))
    for command in ["check"] + (commands.contains("lint") ? ["lint"] : []) {
      if let peak = Measure.peakMemoryMB(ambt, [command, work + "/corpus"]) {
        rows.append(
          Row(
            what: "peak memory, ambt \(command) on the corpus", input: "corpus", seconds: .nan,
            rate: String(format: "%.0f MB", peak), target: verdict(peak < 300, "< 300 MB")))
      }
    }
    printTable()
  }

  mutating func importRows(work: String, all: [String]) {
    // Plain text made from the codes: markers and annotations removed, as a PDF would give it.
    let dir = work + "/plain"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    var paths: [String] = []
    for p in stride(from: 0, to: all.count, by: 20).map({ all[$0] }) {
      let text = (try? String(contentsOfFile: p, encoding: .utf8)) ?? ""
      let plain = text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { !$0.hasPrefix("@") && !$0.hasPrefix("//") }
        .map { $0.hasPrefix("§ ") ? "Artikel " + $0.dropFirst(2) : $0.hasPrefix("# ") ? String($0.dropFirst(2)) : String($0) }
        .joined(separator: "\n")
      let out = dir + "/" + ((p as NSString).lastPathComponent as NSString).deletingPathExtension + ".txt"
      try? plain.write(toFile: out, atomically: false, encoding: .utf8)
      paths.append(out)
    }
    let b = size(paths)
    let t = Measure.best(repeats) { for p in paths { Measure.run(ambt, ["import", p]) } }
    let tw = Measure.best(repeats) { for p in paths { Measure.run("/usr/bin/wc", ["-w", p]) } }
    rows.append(
      Row(
        what: "ambt import, one process per file", input: "\(paths.count) texts, \(String(format: "%.1f", mb(b))) MB",
        seconds: t, rate: rate(b, t), baseline: ratio(t, tw, "wc -w per file"),
        target: verdict(mb(b) / t >= 1, "≥ 1 MB/s")))
  }

  func rate(_ bytes: Int, _ seconds: Double) -> String { String(format: "%.1f MB/s", mb(bytes) / seconds) }
  func ratio(_ t: Double, _ base: Double, _ name: String) -> String { String(format: "%.1f× %@", t / base, name) }

  mutating func machine() {
    machineText =
      "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Machine.cpu), \(Machine.memory) memory; "
      + "load average at start \(Machine.load)\n"
      + "timings: best of \(repeats) wall-clock runs, release build\n"
    print(machineText)
  }

  /// What `machine()` printed, for the docs.
  var machineText = ""

  func printTable() {
    var out = "| measurement | input | time | rate | vs baseline | target |\n|---|---|---:|---:|---|---|\n"
    for r in rows {
      out += "| \(r.what) | \(r.input) | \(r.seconds.isNaN ? "" : ms(r.seconds)) | \(r.rate) | \(r.baseline) | \(r.target) |\n"
    }
    out += "\n"
    for n in notes { out += "- " + n + "\n" }
    print(out, terminator: "")
    if let docs {
      let load = Machine.load
      let command =
        "`scripts/bench.sh "
        + CommandLine.arguments.dropFirst(2).filter { $0 != "--ambt" && !$0.hasSuffix("/ambt") }
        .joined(separator: " ") + "`"
      splice(
        "Written by \(command) on \(Self.today()); " + machineText.replacingOccurrences(of: "\n", with: "; ")
          + "load average at the end \(load).\n\n" + out, into: docs, marker: "bench")
    }
  }

  static func today() -> String {
    let f = DateFormatter()
    f.dateFormat = "yyyy-MM-dd"
    f.timeZone = TimeZone(identifier: "UTC")
    return f.string(from: Date())
  }
}
