import AmbtDiff
import AmbtLint
import AmbtModel

/// Connects `ambt compare` to the linter's obligations catalogue: which obligations of the
/// Ambtenarenwet 2017 and the Wbk each code covers, and by which rules.
struct LintCoverageProvider: ObligationCoverageProvider {
  /// The day whose law the codes are compared against.
  var today: Day = TodayOption.systemToday()

  func obligations(in document: Document) -> [ObligationStatus] {
    let context = LintContext(document: document, source: "", today: today)
    return context.coverage().compactMap { entry in
      if entry.status == .implicit { return nil }
      // Rule keys (`2.3`, also for codes numbered per chapter), then regulations, each once.
      var labels: [String] = []
      for l in entry.articles.map(\.key) + entry.regulations.map({ $0.article?.key ?? $0.regulation }) where !labels.contains(l) {
        labels.append(l)
      }
      return ObligationStatus(
        id: entry.obligation.id, title: entry.obligation.title, covered: entry.status != .missing,
        articles: labels.isEmpty && !entry.mentions.isEmpty ? entry.mentions : labels)
    }
  }
}
