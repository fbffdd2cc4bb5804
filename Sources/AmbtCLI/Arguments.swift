import AmbtModel

/// One option of a command: drives both parsing and help.
public struct OptionSpec: Sendable {
  public var names: [String]
  /// Name of the value (`FORMAT`); nil for a flag.
  public var value: String?
  public var help: LocalizedText
  /// Allowed values, checked while parsing.
  public var choices: [String]?
  public var defaultValue: String?

  public init(
    _ names: [String], value: String? = nil, help: LocalizedText, choices: [String]? = nil, default defaultValue: String? = nil
  ) {
    self.names = names
    self.value = value
    self.help = help
    self.choices = choices
    self.defaultValue = defaultValue
  }

  var primary: String { names.last! }
}

/// What a command accepts, and its help text.
public struct CommandSpec: Sendable {
  public var name: String
  public var summary: LocalizedText
  public var usage: String
  public var arguments: [(String, LocalizedText)]
  public var options: [OptionSpec]
  public var discussion: LocalizedText?
  /// Minimum number of positional arguments.
  public var minArguments: Int
  public var maxArguments: Int?

  public init(
    name: String, summary: LocalizedText, usage: String, arguments: [(String, LocalizedText)] = [],
    options: [OptionSpec], discussion: LocalizedText? = nil, minArguments: Int = 0, maxArguments: Int? = nil
  ) {
    self.name = name
    self.summary = summary
    self.usage = usage
    self.arguments = arguments
    self.options = options + CommandSpec.common
    self.discussion = discussion
    self.minArguments = minArguments
    self.maxArguments = maxArguments
  }

  static let common: [OptionSpec] = [
    OptionSpec(
      ["--lang"], value: "TAAL",
      help: LocalizedText("cli.usage.help.language-messages-nl-default"),
      choices: ["nl", "en"]),
    OptionSpec(["-h", "--help"], help: LocalizedText("cli.usage.help.show-this-help")),
  ]

  /// The usage line with its placeholders in `lang`.
  public func localizedUsage(_ lang: Language) -> String { Placeholders.localize(usage, lang) }

  public func help(_ lang: Language) -> String {
    var s = summary.text(lang) + "\n\n"
    s += (lang.text("cli.usage.usage")) + localizedUsage(lang) + "\n"
    if !arguments.isEmpty {
      s += "\n" + (lang.text("cli.usage.arguments")) + "\n"
      for (name, help) in arguments {
        s += "  " + Placeholders.localize(name, lang).padding(toLength: 22) + help.text(lang) + "\n"
      }
    }
    s += "\n" + (lang.text("cli.usage.options")) + "\n"
    for o in options {
      var left = o.names.joined(separator: ", ")
      if let v = o.value { left += " <\(Placeholders.localize(v, lang))>" }
      var help = o.help.text(lang)
      if let c = o.choices, o.primary != "--lang" { help += " (" + c.joined(separator: ", ") + ")" }
      if let d = o.defaultValue { help += lang.text("cli.usage.default-value", ["value": "\(d)"]) }
      if left.count >= 22 {
        s += "  " + left + "\n" + String(repeating: " ", count: 24) + help + "\n"
      } else {
        s += "  " + left.padding(toLength: 22) + help + "\n"
      }
    }
    if let d = discussion { s += "\n" + d.text(lang) + "\n" }
    return s
  }
}

extension String {
  func padding(toLength n: Int) -> String {
    count >= n ? self + " " : self + String(repeating: " ", count: n - count)
  }
}

/// Parsed command line of one command.
public struct ParsedArguments: Sendable {
  public var values: [String: String] = [:]
  public var flags: Set<String> = []
  public var positionals: [String] = []

  public func value(_ name: String) -> String? { values[name] }
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// Whether both options were given (`--check` with `--write`): then says so and returns true,
  /// and the command exits with the usage code.
  func conflict(_ a: String, _ b: String, _ context: Context) -> Bool {
    func given(_ name: String) -> Bool { flag(name) || value(name) != nil }
    guard given(a) && given(b) else { return false }
    context.fail(LocalizedText("cli.usage.value-value2-cannot-be", ["value": "\(a)", "value2": "\(b)"]))
    return true
  }
}

/// A usage error: printed with the command's usage line, exit code 2.
public struct UsageError: Error, Sendable {
  public var message: LocalizedText
}

enum ArgumentScanner {
  /// Scans `args` against `spec`. `--opt=value` and `--opt value` both work; `--` ends options;
  /// `-` alone is a positional (standard input).
  static func scan(_ args: [String], spec: CommandSpec) -> Result<ParsedArguments, UsageError> {
    var parsed = ParsedArguments()
    var k = 0
    var onlyPositionals = false
    while k < args.count {
      let a = args[k]
      k += 1
      if onlyPositionals || a == "-" || !a.hasPrefix("-") {
        parsed.positionals.append(a)
        continue
      }
      if a == "--" {
        onlyPositionals = true
        continue
      }
      var name = a
      var inline: String?
      if let eq = a.firstIndex(of: "="), a.hasPrefix("--") {
        name = String(a[..<eq])
        inline = String(a[a.index(after: eq)...])
      }
      guard let option = spec.options.first(where: { $0.names.contains(name) }) else {
        let s = TextFolding.suggestion(for: name, among: spec.options.flatMap(\.names))
        return .failure(
          UsageError(
            message: (s.map { LocalizedText("cli.usage.unknown-option.did-you-mean", ["option": name, "suggestion": $0]) }
              ?? LocalizedText("cli.usage.unknown-option", ["option": name]))))
      }
      if option.value == nil {
        if inline != nil {
          return .failure(
            UsageError(message: LocalizedText("cli.usage.message.name-takes-no-value", ["name": "\(name)"])))
        }
        parsed.flags.insert(option.primary)
        continue
      }
      let value: String
      if let inline {
        value = inline
      } else if k < args.count {
        value = args[k]
        k += 1
      } else {
        return .failure(
          UsageError(
            message: LocalizedText(
              "cli.usage.option-needs-value", ["option": name],
              messages: [
                "value": LocalizedText(each: { Placeholders.localize(option.value ?? "", $0) })
              ])))
      }
      if let choices = option.choices, !choices.contains(value) {
        return .failure(
          UsageError(
            message: LocalizedText(
              "cli.usage.message.invalid-value-value-for",
              ["value": "\(value)", "name": "\(name)", "choices": "\(choices.joined(separator: ", "))"])))
      }
      parsed.values[option.primary] = value
    }
    if parsed.flags.contains("--help") { return .success(parsed) }
    if parsed.positionals.count < spec.minArguments {
      return .failure(
        UsageError(
          message: LocalizedText.plural(
            spec.minArguments, one: "cli.usage.at-least-files.one", many: "cli.usage.at-least-files.many")))
    }
    if let max = spec.maxArguments, parsed.positionals.count > max {
      return .failure(
        UsageError(
          message: LocalizedText("cli.usage.message.too-many-arguments-expected", ["max": "\(max)"])))
    }
    return .success(parsed)
  }
}
