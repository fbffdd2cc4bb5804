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
  @discardableResult
  static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil) -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program)
    p.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    for (k, v) in environment { env[k] = v }
    p.environment = env
    p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    let err = Pipe()
    p.standardError = err
    if let stdin {
      let input = Pipe()
      p.standardInput = input
      try? p.run()
      input.fileHandleForWriting.write(Data(stdin.utf8))
      try? input.fileHandleForWriting.close()
    } else {
      p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
      do { try p.run() } catch { return (127, "\(error)") }
    }
    let data = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
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
