import AmbtImport
import AmbtModel
import AmbtParser

/// `ambt import`: plain text of a code (from a PDF or a web page) → `.ambt` source.
public enum ImportCommand: Command {
  public static let spec = CommandSpec(
    name: "import",
    summary: LocalizedText("cli.import.summary"),
    usage: "ambt import <bestand|-> [-o UIT] [--force] [--report] [--organisatie NAAM]",
    arguments: [
      (
        "<bestand|->",
        LocalizedText("cli.import.plain-text-from-pdf")
      )
    ],
    options: [
      OptionSpec(
        ["-o", "--output"], value: "UIT",
        help: LocalizedText("cli.import.help.write-this-file-atomically")),
      OptionSpec(
        ["--force"], help: LocalizedText("cli.import.help.overwrite-existing-output-file")),
      OptionSpec(
        ["--report"],
        help: LocalizedText("cli.import.help.list-removed-artefacts-repairs")),
      OptionSpec(
        ["--organisatie"], value: "NAAM",
        help: LocalizedText("cli.import.help.name-organisation-otherwise-inferred")),
    ],
    discussion: LocalizedText("cli.import.discussion"),
    minArguments: 1, maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let path = args.positionals[0]
    let input: InputFile
    if path == "-" {
      switch context.io.readStandardInput() {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let b): input = InputFile(path: "-", displayName: "<stdin>", bytes: b)
      }
    } else {
      switch Files.readFile(path) {
      case .failure(let e):
        context.fail(e.message)
        return ExitCode.usage
      case .success(let r): input = InputFile(path: path, displayName: path, bytes: r.bytes, stamp: r.stamp)
      }
    }
    let bytes = input.bytes
    // A PDF or Word file would be imported byte for byte as text: refuse it, say what to do.
    if let binary = BinaryInput.detect(bytes) {
      let message = binary.message(input.displayName)
      let hint = binary.hint
      context.fail(LocalizedText("cli.import.binary", messages: ["message": message, "hint": hint]))
      return ExitCode.usage
    }
    let result = Importer.run(bytes: bytes, options: ImportOptions(organisation: args.value("--organisatie"), file: path))
    if let out = args.value("--output") {
      let policy = Files.WritePolicy(overwrite: args.flag("--force"), inputs: [input])
      if let e = Files.writeAtomically(result.text, to: out, policy: policy) {
        context.fail(e.message)
        return ExitCode.usage
      }
    } else {
      context.io.out(result.text)
    }
    if args.flag("--report") {
      let removed = result.repairs.filter { $0.kind == .verwijderd }
      let fixed = result.repairs.filter { $0.kind == .herstel }
      context.io.err(context.t("cli.import.removed-count", ["count": "\(removed.count)"]))
      for r in removed { context.io.err("  \"\(TerminalText.sanitize(r.source))\"\n") }
      context.io.err(context.t("cli.import.repaired-count", ["count": "\(fixed.count)"]))
      for r in fixed {
        context.io.err("  \"\(TerminalText.sanitize(r.source))\" -> \"\(TerminalText.sanitize(r.replacement ?? ""))\"\n")
      }
    }
    let summary = context.t(
      "cli.import.ambt-import-rulecount-rules",
      ["ruleCount": "\(result.ruleCount)", "inferredCount": "\(result.inferredCount)", "count": "\(result.repairs.count)"])
    context.io.err(summary)
    if result.degraded {
      context.io.err(
        context.t("cli.import.ambt-import-no-structure"))
    }
    return ExitCode.clean
  }
}
