import Foundation

/// Runs programs and measures them: best-of-N wall time and peak resident memory.
enum Measure {
  /// Wall time of one run of `body`, in seconds.
  static func time(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The best of `repeats` runs, which is the figure least disturbed by other load.
  static func best(_ repeats: Int, _ body: () -> Void) -> Double {
    (0..<max(1, repeats)).map { _ in time(body) }.min()!
  }

  /// Runs a program to completion with stdout discarded; returns its exit status and stderr.
  /// posix_spawn, not Foundation's Process, whose own start-up (about 50 ms here) would swamp
  /// the start-up being measured.
  @discardableResult
  static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) -> (Int32, String) {
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    let errPath = NSTemporaryDirectory() + "ambt-bench-stderr-\(getpid())"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var pid = pid_t()
    guard posix_spawn(&pid, program, &actions, nil, argv, envp) == 0 else { return (127, "cannot run \(program)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    unlink(errPath)
    // WIFEXITED / WEXITSTATUS, spelled out (the macros are not imported).
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (code, err)
  }

  /// Best-of-N wall time of a program run.
  static func program(_ repeats: Int, _ program: String, _ arguments: [String], environment: [String: String] = [:]) -> Double {
    best(repeats) { run(program, arguments, environment: environment) }
  }

  /// Peak resident set size in MB, from `/usr/bin/time -v`.
  static func peakMemoryMB(_ program: String, _ arguments: [String], environment: [String: String] = [:]) -> Double? {
    let (_, err) = run("/usr/bin/time", ["-v", program] + arguments, environment: environment)
    guard let line = err.split(separator: "\n").first(where: { $0.contains("Maximum resident set size") }),
      let kb = Double(line.split(separator: ":").last!.trimmingCharacters(in: .whitespaces))
    else { return nil }
    return kb / 1024
  }
}
