import AmbtLint
import AmbtModel
import AmbtParser

/// `ambt check`: parse and validate files, report every problem.
public enum CheckCommand: Command {
  public static let spec = CommandSpec(
    name: "check",
    summary: LocalizedText(nl: "controleer .ambt-bestanden op fouten", en: "check .ambt files for errors"),
    usage: "ambt check [--strict] [--unconfirmed] [--format FORMAAT] <bestand|map|->...",
    arguments: [
      (
        "<bestand|map|->",
        LocalizedText(
          nl: "een .ambt-bestand, een map (alle .ambt-bestanden daarin) of - voor standaardinvoer",
          en: "an .ambt file, a directory (all .ambt files in it) or - for standard input")
      )
    ],
    options: [
      OptionSpec(
        ["--strict"], help: LocalizedText(nl: "ook waarschuwingen geven afsluitcode 1", en: "warnings also give exit code 1")),
      OptionSpec(
        ["--unconfirmed"],
        help: LocalizedText(
          nl: "toon afgeleide annotaties (@sleutel?) die nog bevestigd moeten worden",
          en: "list inferred annotations (@key?) still to be confirmed")),
      OptionSpec(
        ["--format"], value: "FORMAAT",
        help: LocalizedText(
          nl: "uitvoer: text, of json (Schemas/lint.schema.json, met de fix-its)",
          en: "output: text, or json (Schemas/lint.schema.json, with the fix-its)"),
        choices: ["text", "json"], default: "text"),
    ],
    discussion: LocalizedText(
      nl:
        "Afsluitcode 0 als er geen fouten zijn, 1 bij fouten (met --strict ook bij waarschuwingen), 2 als een bestand niet te lezen is.",
      en: "Exit code 0 when there are no errors, 1 with errors (with --strict also with warnings), 2 when a file cannot be read."),
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
        if json { checked.result = LintResult(document: result.document, diagnostics: sorted, lineTable: result.lineTable) }
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
    let summary = context.t(
      "\(checkedCount) \(checkedCount == 1 ? "bestand" : "bestanden") gecontroleerd: \(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")",
      "\(checkedCount) \(checkedCount == 1 ? "file" : "files") checked: \(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    )
    context.io.err(summary + (infos > 0 ? context.t(", \(infos) info", ", \(infos) info") : "") + "\n")
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
          message: LocalizedText(
            nl: "afgeleide annotatie @\(what) '\(value)' is nog niet bevestigd",
            en: "inferred annotation @\(what) '\(value)' is not confirmed yet"),
          hint: LocalizedText(
            nl: "controleer de waarde en haal het '?' na de sleutel weg", en: "check the value and remove the '?' after the key"),
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
