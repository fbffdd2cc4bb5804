import AmbtModel

/// `--format junit`: JUnit XML as CI systems read test results (GitLab `artifacts:reports:junit`,
/// Jenkins, Azure). One `<testsuite>` per file and one `<testcase>` per file and check: a case
/// fails when the check has findings at or above `--fail-on`; findings below it are listed in
/// `<system-out>`. Valid against the Jenkins JUnit schema (`.ci/steps/validate-junit.sh`).
public struct JUnitReporter: Reporter {
  public let format = "junit"

  public init() {}

  public func render(_ report: FindingSet, _ options: ReportOptions) -> String {
    let lang = options.language
    let byFile = Dictionary(grouping: report.findings, by: \.file)
    var files = report.files
    for f in report.findings where !files.contains(f.file) { files.append(f.file) }
    var suites = ""
    var total = (tests: 0, failures: 0)
    for (index, file) in files.enumerated() {
      let findings = byFile[file] ?? []
      var checks = report.checks
      for f in findings where !checks.contains(f.check) { checks.append(f.check) }
      var cases = ""
      var failures = 0
      for check in checks {
        let mine = findings.filter { $0.check == check }
        let failing = mine.filter { $0.severity >= options.failOn }
        let passing = mine.filter { $0.severity < options.failOn }
        // The file and line are in the failure text: the Jenkins schema allows neither on a test case.
        cases += "    <testcase name=\"\(XML.attribute(check))\" classname=\"\(XML.attribute(file))\" time=\"0\""
        if mine.isEmpty {
          cases += "/>\n"
          continue
        }
        cases += ">\n"
        if !failing.isEmpty {
          failures += 1
          let summary =
            failing.count == 1
            ? failing[0].message
            : (lang.text("junit.count-findings", ["count": "\(failing.count)"])) + ": " + failing[0].message
          cases += "      <failure message=\"\(XML.attribute(summary))\" type=\"\(XML.attribute(failing[0].severity.rawValue))\">"
          cases += XML.text(failing.map(Self.line).joined(separator: "\n")) + "</failure>\n"
        }
        if !passing.isEmpty {
          cases += "      <system-out>" + XML.text(passing.map(Self.line).joined(separator: "\n")) + "</system-out>\n"
        }
        cases += "    </testcase>\n"
      }
      total.tests += checks.count
      total.failures += failures
      suites += "  <testsuite name=\"\(XML.attribute(file))\" id=\"\(index)\" package=\"\(XML.attribute(report.command))\""
      suites += " file=\"\(XML.attribute(file))\""
      suites += " tests=\"\(checks.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
      suites += cases + "  </testsuite>\n"
    }
    var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    s +=
      "<testsuites name=\"\(XML.attribute(report.command))\" tests=\"\(total.tests)\" failures=\"\(total.failures)\" errors=\"0\" time=\"0\">\n"
    return s + suites + "</testsuites>\n"
  }

  /// `file:line:column: severity: message [check]`, as compilers print it.
  static func line(_ f: Finding) -> String {
    "\(f.file):\(f.line):\(f.column): \(f.severity.rawValue): \(f.message) [\(f.check)]"
  }
}

/// Escaping for XML 1.0: markup characters as entities, and characters XML cannot carry at all
/// (C0 controls but tab, CR and LF; U+FFFE, U+FFFF) as U+FFFD, so no document text breaks the file.
public enum XML {
  public static func text(_ s: String) -> String { escape(s, attribute: false) }
  public static func attribute(_ s: String) -> String { escape(s, attribute: true) }

  static func escape(_ s: String, attribute: Bool) -> String {
    var out = ""
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t" where attribute: out += "&#9;"
      default:
        let v = u.value
        if (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0xFFFE || v == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }
}
