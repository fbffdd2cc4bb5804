import AmbtModel

/// Everything a command needs: streams, language, styling.
public struct Context {
  public let io: IO
  public let language: Language
  public let style: Style

  public init(io: IO, language: Language, style: Style) {
    self.io = io
    self.language = language
    self.style = style
  }

  public func t(_ id: String, _ args: [String: String] = [:]) -> String { language.text(id, args) }

  /// Prints an error line on stderr: `ambt: fout: …`. File names and document text in the
  /// message are made safe for a terminal.
  public func fail(_ message: LocalizedText) {
    io.err("ambt: " + (language.text("cli.error")) + ": " + TerminalText.sanitize(message.text(language)) + "\n")
  }

  /// Prints a warning line on stderr: `ambt: waarschuwing: …`.
  public func warn(_ message: LocalizedText) {
    io.err(
      "ambt: " + (language.text("cli.warning")) + ": " + TerminalText.sanitize(message.text(language)) + "\n")
  }
}

/// A subcommand of `ambt`.
public protocol Command: Sendable {
  static var spec: CommandSpec { get }
  /// Runs with parsed arguments; returns the exit code.
  static func run(_ args: ParsedArguments, _ context: Context) -> Int32
}

/// Exit codes, as every command uses them.
public enum ExitCode {
  public static let clean: Int32 = 0
  public static let findings: Int32 = 1
  public static let usage: Int32 = 2
}
