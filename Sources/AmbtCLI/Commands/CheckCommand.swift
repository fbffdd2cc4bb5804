import AmbtLint
import AmbtModel
import AmbtParser

/// `ambt check`: parse and validate files, report every problem.
public enum CheckCommand: Command {
  public static let spec = CommandSpec(
    name: "check",
    summary: LocalizedText("cli.check.summary"),
    usage: "ambt check [--strict] [--unconfirmed] [--format FORMAAT] <bestand|map|->...",
    arguments: [
      (
        "<bestand|map|->",
        LocalizedText("cli.check.ambt-file-directory-all")
      )
    ],
    options: [
      OptionSpec(
        ["--strict"], help: LocalizedText("cli.check.help.warnings-also-give-exit")),
      OptionSpec(
        ["--unconfirmed"],
        help: LocalizedText("cli.check.help.list-inferred-annotations-key")),
      OptionSpec(
        ["--format"], value: "FORMAAT",
        help: LocalizedText("cli.check.help.output-text-json-schemas"),
        choices: ["text", "json"], default: "text"),
    ],
    discussion: LocalizedText("cli.check.discussion"),
    minArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let sources: [InputSource]
    switch Files.list(args.positionals, io: context.io, language: context.language) {
    case .failure(let e):
      context.fail(e.message)
      return ExitCode.usage
    case .success(let s): sources = s
    }
    return check(sources, args, context)
  }

  /// Checks inputs already listed; split from `run` so a test can remove a file between listing
  /// and reading.
  static func check(_ sources: [InputSource], _ args: ParsedArguments, _ context: Context) -> Int32 {
    let renderer = DiagnosticRenderer(language: context.language, style: context.style)
    var errors = 0
    var warnings = 0
    var infos = 0
    var unreadable = 0
    let showUnconfirmed = args.flag("--unconfirmed")
    let json = args.value("--format") == "json"
    var results: [LintResult] = []
    // Files are read and checked on all cores; results are printed in input order as they finish,
    // and only a bounded window of them is held in memory.
    let workers = ParallelMap.defaultWorkers(environment: context.io.environment)
    ParallelMap.forEachOrdered(sources, workers: workers) { source -> Result<CheckedFile, InputError> in
      source.read().map { file in
        let result = Checker.check(bytes: file.bytes, file: file.displayName, lineRoles: false)
        var diagnostics = result.diagnostics
        if showUnconfirmed { diagnostics += unconfirmed(result.document) }
        var checked = CheckedFile()
        let sorted = diagnostics.sortedForOutput()
        for d in sorted {
          checked.count[d.severity, default: 0] += 1
          if !json { checked.output += renderer.render(d, lines: result.lineTable) }
        }
        // The JSON report reads the file's name, its diagnostics and its line table: the model
        // is left here rather than held until the last file is checked.
        if json {
          checked.result = LintResult(
            document: Document(file: result.document.file), diagnostics: sorted, lineTable: result.lineTable)
        }
        return checked
      }
    } consume: { _, outcome in
      switch outcome {
      case .failure(let e):
        unreadable += 1
        context.fail(e.message)
      case .success(let checked):
        errors += checked.count[.error, default: 0]
        warnings += checked.count[.warning, default: 0]
        infos += checked.count[.info, default: 0]
        context.io.out(checked.output)
        if let r = checked.result { results.append(r) }
      }
    }
    if json {
      let report = LintReport(results: results, language: context.language, toolVersion: CLI.version)
      context.io.out(JSONLintReporter.render(report, kind: "check"))
    }
    let checkedCount = sources.count - unreadable
    let summary = LocalizedText(
      "cli.check.totals",
      messages: [
        "files": .plural(checkedCount, one: "count.file.one", many: "count.file.many"),
        "errors": .plural(errors, one: "count.error.one", many: "count.error.many"),
        "warnings": .plural(warnings, one: "count.warning.one", many: "count.warning.many"),
      ]
    ).text(context.language)
    context.io.err(summary + (infos > 0 ? context.t("cli.check.infos-info", ["infos": "\(infos)"]) : "") + "\n")
    if unreadable > 0 { return ExitCode.usage }
    if errors > 0 || (args.flag("--strict") && warnings > 0) { return ExitCode.findings }
    return ExitCode.clean
  }

  /// The rendered diagnostics of one file and how many there are of each severity.
  struct CheckedFile: Sendable {
    var output = ""
    var count: [Severity: Int] = [:]
    /// The diagnostics for `--format json`.
    var result: LintResult?
  }

  /// Info diagnostics for every annotation still marked as inferred.
  static func unconfirmed(_ doc: Document) -> [Diagnostic] {
    var out: [Diagnostic] = []
    func add(_ what: String, _ value: String, _ range: SourceRange, _ article: String?) {
      out.append(
        Diagnostic(
          id: "unconfirmed-annotation", severity: .info,
          message: LocalizedText("cli.check.message", ["what": "\(what)", "value": "\(value)"]),
          hint: LocalizedText("cli.check.hint"),
          range: range, file: doc.file, article: article))
    }
    for a in doc.articles {
      let n = a.annotations
      for t in n.topics where t.inferred { add("onderwerp", t.value, t.range, a.label) }
      for t in n.norms where t.inferred { add("norm", t.value, t.range, a.label) }
      for t in n.reportTo where t.inferred { add("melden bij", t.value, t.range, a.label) }
      for t in n.actors where t.inferred { add("wie", t.value, t.range, a.label) }
      for q in n.quantities where q.inferred { add(q.kind.rawValue, q.text, q.range, a.label) }
      for r in n.references where r.inferred { add("zie", r.text, r.range, a.label) }
      for r in n.exceptionTo where r.inferred { add("uitzondering op", r.text, r.range, a.label) }
      for l in n.laws where l.inferred { add("wet", l.text, l.range, a.label) }
    }
    return out
  }
}
