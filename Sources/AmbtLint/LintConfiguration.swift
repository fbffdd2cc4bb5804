import AmbtModel

/// Per-project settings for `ambt lint`, from `.ambt-lint` (found in the working folder or a
/// parent) or `--config FILE`: rules switched off and severities changed, plus the settings a
/// project would otherwise repeat on every command line.
///
/// The file is plain text, one setting per line, `#` starts a comment:
///
///     # rule-id = off | error | warning | info
///     scope-excludes-hired-staff = off
///     review-due-soon = error
///     # settings of the run; paths relative to this file
///     fail-on = warning
///     baseline = .ambt-baseline.json
///     paths = codes
///     docs-url = https://example.org/ambt/docs
public struct LintConfiguration: Hashable, Sendable {
  public enum Setting: Hashable, Sendable {
    case off
    case severity(Severity)
  }

  public var settings: [String: Setting]
  /// `fail-on`: the lowest severity that fails the run, unless `--fail-on` is given.
  public var failOn: Severity?
  /// `baseline`: the baseline file, as written (relative to the configuration file).
  public var baseline: String?
  /// `paths`: what to lint when no file is named, separated by spaces (relative to the file).
  public var paths: [String] = []
  /// `docs-url`: where the documentation is published, for links in SARIF.
  public var documentationURL: String?

  /// The names of the run settings, which are not rule ids.
  public static let runSettings = ["fail-on", "baseline", "paths", "docs-url"]

  public init(settings: [String: Setting] = [:]) { self.settings = settings }

  public func isEnabled(_ id: String) -> Bool { settings[id] != .off }

  public func severity(for rule: RuleDescriptor) -> Severity {
    if case .severity(let s) = settings[rule.id] { return s }
    return rule.defaultSeverity
  }

  /// Reads a configuration; errors name the line and what was expected.
  public static func parse(_ text: String, knownRules: Set<String>) -> Result<LintConfiguration, ConfigurationError> {
    var settings: [String: Setting] = [:]
    var failOn: Severity?
    var baseline: String?
    var paths: [String] = []
    var documentationURL: String?
    // Saved by a Windows editor: a byte order mark and CRLF (one Character in Swift, so a split
    // on "\n" alone would see a single line).
    let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
    let lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    for (k, raw) in lines.enumerated() {
      var line = Substring(raw)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let trimmed = line.trimmedBlanks
      if trimmed.isEmpty { continue }
      let parts = trimmed.split(separator: "=", maxSplits: 1).map { $0.trimmedBlanks }
      guard parts.count == 2, !parts[0].isEmpty else {
        return .failure(
          ConfigurationError(
            line: k + 1,
            message: LocalizedText("lint.lint-configuration.message.expected-rule-id-off", ["trimmed": "\(trimmed)"])))
      }
      if runSettings.contains(parts[0]) {
        switch parts[0] {
        case "fail-on":
          guard let s = Severity(rawValue: parts[1].lowercased()) else {
            return .failure(
              ConfigurationError(
                line: k + 1,
                message: LocalizedText("lint.lint-configuration.message.unknown-severity-parts-for", ["parts": "\(parts[1])"])))
          }
          failOn = s
        case "baseline": baseline = parts[1].isEmpty ? nil : parts[1]
        case "paths": paths = parts[1].split(separator: " ").map(String.init)
        default: documentationURL = parts[1].isEmpty ? nil : parts[1]
        }
        continue
      }
      guard knownRules.contains(parts[0]) else {
        let s = TextFolding.suggestion(for: parts[0], among: Array(knownRules) + runSettings)
        return .failure(
          ConfigurationError(
            line: k + 1,
            message: (s.map {
              LocalizedText("lint.configuration.unknown-rule.did-you-mean", ["rule": String(parts[0]), "suggestion": $0])
            }
              ?? LocalizedText("lint.configuration.unknown-rule", ["rule": String(parts[0])]))))
      }
      switch parts[1].lowercased() {
      case "off", "uit": settings[parts[0]] = .off
      case "error", "fout": settings[parts[0]] = .severity(.error)
      case "warning", "waarschuwing": settings[parts[0]] = .severity(.warning)
      case "info": settings[parts[0]] = .severity(.info)
      default:
        return .failure(
          ConfigurationError(
            line: k + 1,
            message: LocalizedText("lint.lint-configuration.message.unknown-setting-parts-choose", ["parts": "\(parts[1])"])))
      }
    }
    var configuration = LintConfiguration(settings: settings)
    configuration.failOn = failOn
    configuration.baseline = baseline
    configuration.paths = paths
    configuration.documentationURL = documentationURL
    return .success(configuration)
  }
}

public struct ConfigurationError: Error, Sendable {
  public var line: Int
  public var message: LocalizedText
}

extension StringProtocol {
  /// Without leading and trailing blanks.
  var trimmedBlanks: String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
    return String(s)
  }
}
