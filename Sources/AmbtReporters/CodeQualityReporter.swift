import AmbtModel

/// `--format codequality`: the GitLab Code Quality report (`artifacts:reports:codequality`), a
/// JSON array of issues with the fields GitLab documents: `description`, `check_name`,
/// `fingerprint` (unique per issue), `severity` (`info`, `minor`, `major`, `critical`,
/// `blocker`) and `location.path` with `location.lines.begin`. Schema: Schemas/codequality.schema.json.
public struct CodeQualityReporter: Reporter {
  public let format = "codequality"

  public init() {}

  public func render(_ report: FindingSet, _ options: ReportOptions) -> String {
    var stream = Stream()
    return stream.add(report.findings) + stream.finish()
  }

  /// The report written as findings come (`ambt lint` adds each file's): the array's members
  /// one by one, so a run holds no finding, only the count of each fingerprint seen so far.
  /// `add` then `finish` write exactly what `render` writes.
  public struct Stream: Sendable {
    // GitLab shows one issue per fingerprint: equal findings (the same words twice in a file)
    // are told apart by their occurrence, which survives moving the lines.
    private var seen: [String: Int] = [:]
    private var written = 0

    public init() {}

    public mutating func add(_ findings: [Finding]) -> String {
      var out = ""
      for f in findings {
        let n = seen[f.fingerprint, default: 0]
        seen[f.fingerprint] = n + 1
        let issue: JSON = .object([
          "type": .string("issue"),
          "check_name": .string(f.check),
          "description": .string(f.message),
          "categories": .array([.string(f.severity == .error ? "Bug Risk" : "Clarity")]),
          "fingerprint": .string(FindingSet.fingerprint([f.fingerprint, String(n)]) + f.fingerprint),
          "severity": .string(CodeQualityReporter.severity(f.severity)),
          "location": .object([
            "path": .string(f.file),
            "lines": .object(["begin": .int(f.line), "end": .int(f.endLine)]),
          ]),
        ])
        out += (written == 0 ? "[\n  " : ",\n  ") + issue.serialized(indent: 2, level: 1)
        written += 1
      }
      return out
    }

    public func finish() -> String { written == 0 ? "[]\n" : "\n]\n" }
  }

  /// error → major, warning → minor, info → info: a lint error is serious but not a broken build.
  static func severity(_ s: Severity) -> String {
    switch s {
    case .error: return "major"
    case .warning: return "minor"
    case .info: return "info"
    }
  }
}
