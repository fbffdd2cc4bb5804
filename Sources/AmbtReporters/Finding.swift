import AmbtModel

/// One finding in a form every CI format can take: what was checked, where, how bad.
public struct Finding: Sendable, Hashable {
  /// The rule or check: `superseded-law`, an obligation id for coverage.
  public var check: String
  public var severity: Severity
  /// The message in the report's language, with its basis when there is one.
  public var message: String
  /// The file as shown to the user, relative to the working folder when it is under it.
  public var file: String
  public var line: Int
  public var column: Int
  public var endLine: Int
  /// Stable across runs and line moves (rule, file, article, message, text of the line), as
  /// SARIF's `partialFingerprints`; equal findings share it.
  public var fingerprint: String

  public init(
    check: String, severity: Severity, message: String, file: String, line: Int, column: Int, endLine: Int? = nil,
    fingerprint: String
  ) {
    self.check = check
    self.severity = severity
    self.message = message
    self.file = file
    self.line = max(1, line)
    self.column = max(1, column)
    self.endLine = max(self.line, endLine ?? line)
    self.fingerprint = fingerprint
  }
}

/// The findings of one run with what was checked, so a report can also say what passed.
public struct FindingSet: Sendable {
  /// `ambt lint`, `ambt coverage`: names the JUnit test suites.
  public var command: String
  public var toolVersion: String
  /// Every file checked, in input order (also those without findings).
  public var files: [String]
  /// Every check run on each file, in a stable order (rules, obligations).
  public var checks: [String]
  public var findings: [Finding]

  public init(command: String, toolVersion: String, files: [String], checks: [String], findings: [Finding]) {
    self.command = command
    self.toolVersion = toolVersion
    self.files = files
    self.checks = checks
    self.findings = findings
  }

  /// FNV-1a 64-bit over the parts, as 16 hex digits: stable across runs and platforms.
  public static func fingerprint(_ parts: [String]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in parts {
      for b in part.utf8 {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
      }
      h ^= 0x1f
      h = h &* 0x100_0000_01b3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
