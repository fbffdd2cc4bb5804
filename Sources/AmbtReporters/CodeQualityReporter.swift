import AmbtModel

/// `--format codequality`: the GitLab Code Quality report (`artifacts:reports:codequality`), a
/// JSON array of issues with the fields GitLab documents: `description`, `check_name`,
/// `fingerprint` (unique per issue), `severity` (`info`, `minor`, `major`, `critical`,
/// `blocker`) and `location.path` with `location.lines.begin`. Schema: Schemas/codequality.schema.json.
public struct CodeQualityReporter: Reporter {
  public let format = "codequality"

  public init() {}

  public func render(_ report: FindingSet, _ options: ReportOptions) -> String {
    // GitLab shows one issue per fingerprint: equal findings (the same words twice in a file)
    // are told apart by their occurrence, which survives moving the lines.
    var seen: [String: Int] = [:]
    let issues: [JSON] = report.findings.map { f in
      let n = seen[f.fingerprint, default: 0]
      seen[f.fingerprint] = n + 1
      return .object([
        "type": .string("issue"),
        "check_name": .string(f.check),
        "description": .string(f.message),
        "categories": .array([.string(f.severity == .error ? "Bug Risk" : "Clarity")]),
        "fingerprint": .string(FindingSet.fingerprint([f.fingerprint, String(n)]) + f.fingerprint),
        "severity": .string(Self.severity(f.severity)),
        "location": .object([
          "path": .string(f.file),
          "lines": .object(["begin": .int(f.line), "end": .int(f.endLine)]),
        ]),
      ])
    }
    return JSON.array(issues).serialized() + "\n"
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
