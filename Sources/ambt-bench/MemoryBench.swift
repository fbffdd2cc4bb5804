import Foundation

/// The memory benchmark (issue 16, item 8): peak resident memory and time of each command over
/// 1×, 10×, 100× and 1,000× a base set of codes, and over one file of 1, 10 and 100 MB, with
/// `wc -w` on the same input in the same run as the baseline. `scripts/bench-memory.sh` runs it;
/// with `--docs FILE` the table replaces the part of FILE between the two markers
/// `<!-- bench-memory:begin -->` and `<!-- bench-memory:end -->` (docs/performance.md).
///
/// The base (1×) is the real codes in Codes/; k× is k hard links to each of them in one folder,
/// so 1,000× costs no disk space and every scale reads the same text.
@MainActor struct MemoryBench {
  var ambt: String
  var scales = [1, 10, 100, 1_000]
  var fileSizes = [1, 10, 100]
  var docs: String?

  struct Row {
    var command: String
    var input: String
    var bytes: Int
    var peakMB: Double
    var seconds: Double
    var baseline: Double
  }

  func run() {
    let work = NSTemporaryDirectory() + "ambt-bench-memory-\(getpid())"
    let fm = FileManager.default
    defer { try? fm.removeItem(atPath: work) }
    var out = machineLine() + "\n\n" + Self.header
    FileHandle.standardOutput.write(Data(out.utf8))
    let commands: [[String]] = [["check"], ["lint"], ["lint", "--format", "json"], ["lint", "--format", "sarif"]]

    for scale in scales {
      let dir = work + "/scale-\(scale)"
      try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
      var paths: [String] = []
      for k in 0..<scale {
        for code in realCodePaths {
          let target = dir + "/\(String(format: "%04d", k))-" + (code as NSString).lastPathComponent
          link(code, target)
          paths.append(target)
        }
      }
      let bytes = size(paths)
      let wc = measure("/usr/bin/wc", ["-w"] + paths).seconds
      for c in commands {
        let (peak, t) = measure(ambt, c + options(c) + [dir])
        add(
          Row(
            command: "ambt " + c.joined(separator: " "), input: "\(scale)× (\(paths.count) files)", bytes: bytes,
            peakMB: peak, seconds: t, baseline: wc), to: &out)
      }
      try? fm.removeItem(atPath: dir)
    }
    var rng = SplitMix(state: 99)
    for megabytes in fileSizes {
      let path = work + "/one-\(megabytes)mb.ambt"
      try? corpus.code(megabytes: megabytes, rng: &rng).write(toFile: path, atomically: false, encoding: .utf8)
      let bytes = size([path])
      let wc = measure("/usr/bin/wc", ["-w", path]).seconds
      // One file is one file in every format: SARIF is measured over many files only.
      for c in commands.filter({ !$0.contains("sarif") }) + [["fmt", "--check"]] {
        let (peak, t) = measure(ambt, c + options(c) + [path])
        add(
          Row(
            command: "ambt " + c.joined(separator: " "), input: "one file of \(megabytes) MB", bytes: bytes, peakMB: peak,
            seconds: t, baseline: wc), to: &out)
      }
      try? fm.removeItem(atPath: path)
    }
    if let docs { splice(out, into: docs, marker: "bench-memory") }
  }

  /// Peak resident memory (MB) and wall time (s) of one run, from `/usr/bin/time -v`.
  func measure(_ program: String, _ arguments: [String]) -> (peak: Double, seconds: Double) {
    let (_, err) = Measure.run("/usr/bin/time", ["-v", program] + arguments)
    func field(_ name: String) -> String? {
      err.split(separator: "\n").first { $0.contains(name) }.map {
        String($0.split(separator: ":", maxSplits: 1).last!).trimmingCharacters(in: .whitespaces)
      }
    }
    let kb = field("Maximum resident set size").flatMap(Double.init) ?? .nan
    // "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"
    var seconds = Double.nan
    if let line = err.split(separator: "\n").first(where: { $0.contains("Elapsed (wall clock)") }),
      let value = line.split(separator: " ").last
    {
      seconds = value.split(separator: ":").reduce(0) { $0 * 60 + (Double($1) ?? 0) }
    }
    return (kb / 1024, seconds)
  }

  /// Lint runs on a fixed day and without the repository's configuration.
  func options(_ command: [String]) -> [String] {
    command[0] == "lint" ? ["--today", "2026-12-01", "--no-config"] : []
  }

  static let header =
    "| command | input | MB | peak memory | peak / input | time | vs `wc -w` | MB/s |\n|---|---|---:|---:|---:|---:|---:|---:|\n"

  /// Prints the row at once (a long run shows its progress) and adds it to the table.
  func add(_ r: Row, to out: inout String) {
    let mb = Double(r.bytes) / 1_048_576
    let line =
      "| `\(r.command)` | \(r.input) | \(String(format: "%.1f", mb)) | \(String(format: "%.0f MB", r.peakMB)) | "
      + "\(String(format: "%.1f×", r.peakMB / mb)) | \(String(format: "%.2f s", r.seconds)) | "
      + "\(r.baseline > 0 ? String(format: "%.0f×", r.seconds / r.baseline) : "") | "
      + "\(String(format: "%.1f", mb / r.seconds)) |\n"
    FileHandle.standardOutput.write(Data(line.utf8))
    out += line
  }

  func machineLine() -> String {
    let base = size(realCodePaths)
    return "Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores (\(Machine.cpu)), load average at the start "
      + "\(Machine.load) (other builds share the cores: times are one run each and noisy; memory is not). "
      + "1× is the \(realCodePaths.count) real codes in Codes/ (\(base / 1024) KB), linked k times into one folder; "
      + "one file is a synthetic code of the benchmark's corpus. Peak memory and time from `/usr/bin/time -v`, "
      + "release build, all cores (`AMBT_JOBS` unset), `--today 2026-12-01`, output to /dev/null."
  }

}
