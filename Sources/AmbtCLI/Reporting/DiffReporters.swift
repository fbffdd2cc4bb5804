import AmbtDiff
import AmbtModel
import AmbtReporters

/// The formats of `ambt diff`, in the order help lists them; the first is the default.
enum DiffReporters {
  /// `showUnchanged` is `--all`: the text format also lists unchanged rules.
  static func table(showUnchanged: Bool = false) -> ReporterTable<DocumentDiff> {
    ReporterTable<DocumentDiff>([
      ClosureReporter("text") { diff, options in
        var r = DiffTextRenderer(language: options.language, colour: options.colour)
        r.showUnchanged = showUnchanged
        return r.render(diff)
      },
      ClosureReporter("markdown") { diff, options in DiffMarkdownRenderer(language: options.language).render(diff) },
      ClosureReporter("html") { diff, options in DiffHTMLRenderer(language: options.language).render(diff) },
      ClosureReporter("json") { diff, options in diff.json(language: options.language).serialized() + "\n" },
    ])
  }
}
