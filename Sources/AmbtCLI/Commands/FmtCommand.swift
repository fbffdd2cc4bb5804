import AmbtModel
import AmbtParser

/// `ambt fmt`: the canonical layout.
public enum FmtCommand: Command {
  public static let spec = CommandSpec(
    name: "fmt",
    summary: LocalizedText(nl: "zet .ambt-bestanden in de vaste opmaak", en: "put .ambt files in the canonical layout"),
    usage: "ambt fmt [--check | --write] <bestand|map|->...",
    arguments: [
      (
        "<bestand|map|->",
        LocalizedText(nl: "bestanden of mappen; - leest standaardinvoer", en: "files or directories; - reads standard input")
      )
    ],
    options: [
      OptionSpec(
        ["--check"],
        help: LocalizedText(
          nl: "schrijf niets; afsluitcode 1 als een bestand niet in de vaste opmaak staat",
          en: "write nothing; exit code 1 when a file is not in the canonical layout")),
      OptionSpec(
        ["--write"],
        help: LocalizedText(
          nl: "herschrijf de bestanden (atomair: tijdelijk bestand, dan hernoemen)",
          en: "rewrite the files (atomically: temporary file, then rename)")),
    ],
    discussion: LocalizedText(
      nl:
        "Zonder --check of --write gaat de opgemaakte tekst naar standaarduitvoer. Een bestand met fouten wordt nooit herschreven.",
      en: "Without --check or --write the formatted text goes to standard output. A file with errors is never rewritten."),
    minArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    if args.conflict("--check", "--write", context) { return ExitCode.usage }
    let files: [InputFile]
    switch Files.collect(args.positionals, io: context.io, language: context.language) {
    case .failure(let e):
      context.fail(e.message)
      return ExitCode.usage
    case .success(let f): files = f
    }
    let renderer = DiagnosticRenderer(language: context.language, style: Style(enabled: false))
    var status = ExitCode.clean
    var unformatted: [String] = []
    var writeFailed = false
    for file in files {
      let result = Checker.check(bytes: file.bytes, file: file.displayName)
      // A name found in a folder can hold anything; the terminal gets a safe form.
      let name = TerminalText.sanitize(file.displayName)
      guard let formatted = Formatter.format(result) else {
        for d in result.diagnostics.sortedForOutput() where d.severity == .error {
          context.io.err(renderer.render(d, lines: result.lineTable))
        }
        context.io.err(
          context.t(
            "ambt: '\(name)' heeft fouten en is niet opgemaakt\n", "ambt: '\(name)' has errors and was not formatted\n"))
        status = ExitCode.findings
        continue
      }
      let original = String(decoding: file.bytes, as: UTF8.self)
      let same = formatted == original
      if args.flag("--check") {
        if !same {
          unformatted.append(file.displayName)
          context.io.out(name + "\n")
          status = ExitCode.findings
        }
      } else if args.flag("--write") {
        if file.path == "-" {
          context.io.out(formatted)
        } else if !same {
          // Only if the file still holds what was read: an edit saved meanwhile is never lost.
          if let e = Files.writeAtomically(formatted, to: file.path, policy: Files.WritePolicy(expected: file)) {
            context.fail(e.message)
            writeFailed = true
            continue
          }
          context.io.err(context.t("opgemaakt: \(name)\n", "formatted: \(name)\n"))
        }
      } else {
        context.io.out(formatted)
      }
    }
    if args.flag("--check") && !unformatted.isEmpty {
      context.io.err(
        context.t(
          "\(unformatted.count) \(unformatted.count == 1 ? "bestand staat" : "bestanden staan") niet in de vaste opmaak; 'ambt fmt --write' herstelt dat\n",
          "\(unformatted.count) \(unformatted.count == 1 ? "file is" : "files are") not in the canonical layout; 'ambt fmt --write' fixes that\n"
        ))
    }
    return writeFailed ? ExitCode.usage : status
  }
}
