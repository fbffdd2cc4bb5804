import AmbtModel

/// Per-project settings for `ambt lint --config FILE`: rules switched off and severities changed.
///
/// The file is plain text, one setting per line, `#` starts a comment:
///
///     # rule-id = off | error | warning | info
///     scope-excludes-hired-staff = off
///     review-due-soon = error
public struct LintConfiguration: Hashable, Sendable {
  public enum Setting: Hashable, Sendable {
    case off
    case severity(Severity)
  }

  public var settings: [String: Setting]

  public init(settings: [String: Setting] = [:]) { self.settings = settings }

  public func isEnabled(_ id: String) -> Bool { settings[id] != .off }

  public func severity(for rule: RuleDescriptor) -> Severity {
    if case .severity(let s) = settings[rule.id] { return s }
    return rule.defaultSeverity
  }

  /// Reads a configuration; errors name the line and what was expected.
  public static func parse(_ text: String, knownRules: Set<String>) -> Result<LintConfiguration, ConfigurationError> {
    var settings: [String: Setting] = [:]
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
            message: LocalizedText(
              nl: "verwacht '<regel-id> = off|error|warning|info', niet '\(trimmed)'",
              en: "expected '<rule-id> = off|error|warning|info', not '\(trimmed)'")))
      }
      guard knownRules.contains(parts[0]) else {
        let s = TextFolding.suggestion(for: parts[0], among: Array(knownRules))
        return .failure(
          ConfigurationError(
            line: k + 1,
            message: LocalizedText(
              nl: "onbekende regel '\(parts[0])'" + (s.map { "; bedoelde je '\($0)'?" } ?? ""),
              en: "unknown rule '\(parts[0])'" + (s.map { "; did you mean '\($0)'?" } ?? ""))))
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
            message: LocalizedText(
              nl: "onbekende instelling '\(parts[1])'; kies off, error, warning of info",
              en: "unknown setting '\(parts[1])'; choose off, error, warning or info")))
      }
    }
    return .success(LintConfiguration(settings: settings))
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
