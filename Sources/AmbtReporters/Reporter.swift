import AmbtModel

/// An output format of a command: turns what the command found into text for stdout or a file.
///
/// `ambt lint`, `ambt diff` and `ambt coverage` each keep a `ReporterTable` of their formats; the
/// table gives the choices of `--format` (so help, completions and the man page list them) and
/// picks the reporter, so no command has a switch of its own. Formats that CI systems read
/// (`codequality`, `junit`) work on a `FindingSet`, which lint and coverage both produce.
public protocol Reporter<Report>: Sendable {
  associatedtype Report
  /// The name `--format` takes: `sarif`, `junit`.
  var format: String { get }
  func render(_ report: Report, _ options: ReportOptions) -> String
}

/// What every reporter may need besides the report itself.
public struct ReportOptions: Sendable {
  public var language: Language
  /// ANSI colour (text formats only, on a terminal, without NO_COLOR).
  public var colour: Bool
  /// The folder paths are made relative to.
  public var currentDirectory: String
  /// Findings at or above this severity fail (`--fail-on`): JUnit failures, the exit code.
  public var failOn: Severity
  /// Where the documentation is published, for links; nil leaves links out.
  public var documentationURL: String?

  public init(
    language: Language, colour: Bool = false, currentDirectory: String = "", failOn: Severity = .error,
    documentationURL: String? = nil
  ) {
    self.language = language
    self.colour = colour
    self.currentDirectory = currentDirectory
    self.failOn = failOn
    self.documentationURL = documentationURL
  }
}

/// The formats of one command, in the order help lists them.
public struct ReporterTable<Report>: Sendable {
  public let reporters: [any Reporter<Report>]

  public init(_ reporters: [any Reporter<Report>]) { self.reporters = reporters }

  /// The names `--format` accepts.
  public var formats: [String] { reporters.map(\.format) }

  public func reporter(_ format: String) -> (any Reporter<Report>)? { reporters.first { $0.format == format } }

  /// Renders with the reporter of `format`, or the first (the default) for an unknown name;
  /// the argument scanner has already refused names not in `formats`.
  public func render(_ report: Report, format: String?, _ options: ReportOptions) -> String {
    let r = format.flatMap(reporter) ?? reporters[0]
    return r.render(report, options)
  }
}

/// A reporter made of a closure: for the formats of a command that need nothing of their own.
public struct ClosureReporter<Report>: Reporter {
  public let format: String
  let body: @Sendable (Report, ReportOptions) -> String

  public init(_ format: String, _ body: @escaping @Sendable (Report, ReportOptions) -> String) {
    self.format = format
    self.body = body
  }

  public func render(_ report: Report, _ options: ReportOptions) -> String { body(report, options) }
}
