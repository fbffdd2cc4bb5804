import AmbtDiff
import AmbtLint
import AmbtModel
import AmbtParser

/// Everything the integrity officer needs for the periodic review of one code, gathered once
/// and rendered as HTML, Markdown or JSON by `ambt review`: the status of the review cycle,
/// what changed in the law since the last review, the findings grouped by what to do, the
/// coverage under the law at adoption and today, what changed in the code itself, how it
/// compares with its peers, and the decisions to take.
struct ReviewDossier {
  /// What a finding asks of the reviewer.
  enum Action: String, CaseIterable {
    /// Conflicts with the law, and errors.
    case mustChange = "must-change"
    /// Gaps, superseded references, an overdue review, inconsistencies.
    case shouldChange = "should-change"
    /// Information.
    case consider

    func title(_ lang: Language) -> String {
      switch self {
      case .mustChange: return lang.text("review.must-change")
      case .shouldChange: return lang.text("review.should-change")
      case .consider: return lang.text("review.consider.consider")
      }
    }

    func explanation(_ lang: Language) -> String {
      switch self {
      case .mustChange:
        return lang == .en
          ? "Conflicts with the law, and errors in the code." : "Strijd met de wet, en fouten in de code."
      case .shouldChange:
        return lang == .en
          ? "Gaps against the law, superseded references, the review cycle, the code's own consistency."
          : "Gaten ten opzichte van de wet, vervallen verwijzingen, de herzieningscyclus, de samenhang van de code."
      case .consider: return lang.text("review.consider.information-for-review")
      }
    }
  }

  struct Finding {
    var diagnostic: Diagnostic
    var line: Int
    var column: Int
    var action: Action
  }

  /// A value of this code that differs from its peers, or a topic the peers cover and it does not.
  struct PeerNote {
    var subject: String
    var text: LocalizedText
  }

  struct ChecklistItem {
    var id: String
    var text: LocalizedText
  }

  var file: String
  var title: String
  var organisation: String?
  var today: Day
  var metadata: Metadata
  var status: ReviewStatus?
  /// The day the law changes count from, and its metadata key.
  var lawSince: (day: Day, key: String)?
  var lawChanges: [LawChange]
  var findings: [Finding]
  var coverage: CoverageTable
  var previous: String?
  var diff: DocumentDiff?
  var peerFiles: [String]
  var peerNotes: [PeerNote]
  var checklist: [ChecklistItem]

  func findings(_ action: Action) -> [Finding] { findings.filter { $0.action == action } }

  var hasErrors: Bool { findings.contains { $0.diagnostic.severity == .error } }

  /// The action for a finding: conflicts with the law and errors must change, warnings should,
  /// information is to consider.
  static func action(for d: Diagnostic) -> Action {
    if d.severity == .error { return .mustChange }
    if d.severity == .info { return .consider }
    return LintRules.rule(d.id)?.descriptor.family == .conflict ? .mustChange : .shouldChange
  }

  /// The changes of the diff that matter first: rules added or removed, and changes of meaning;
  /// then the editorial rest (renumbering, moves, text without a named change of meaning).
  static func ordered(_ diff: DocumentDiff) -> (substantive: [ArticleChange], editorial: [ArticleChange]) {
    let changes = diff.changes.filter(\.isChange)
    let substantive = changes.filter { $0.status != .matched || $0.semantic.contains { !$0.followsRenumbering } }
    let editorial = changes.filter { c in !substantive.contains { $0 == c } }
    return (substantive, editorial)
  }
}

extension ReviewDossier {
  /// Builds the dossier of `document` (its source `bytes`), linted on `today`.
  static func build(
    document: Document, result: LintResult, source: String, today: Day, previous: (label: String, document: Document)?,
    peers: [Document]
  ) -> ReviewDossier {
    let context = LintContext(document: document, source: source, today: today)
    let status = context.reviewStatus
    // The law changes since the last review, else since the code took effect.
    var since: (Day, String)?
    if let last = document.metadata.lastReview?.value.latest {
      since = (Day(year: last.0, month: last.1, day: last.2), "laatste herziening")
    } else if let a = context.adoption {
      since = (a.day, a.key)
    }
    // Of the laws that began or ended, those the obligations rest on and those the code names;
    // a baseline for water boards is no news to a municipality.
    let named = result.diagnostics.filter { $0.id == "superseded-law" }.map { $0.message.text(.nl) }
    let obligationLaws = Set(ObligationCatalogue.shared.obligations.map(\.law))
    let changes = (since.map { LawChange.between($0.0, today) } ?? []).filter { c in
      guard c.kind == .lawEnded || c.kind == .lawBegan else { return true }
      return obligationLaws.contains(c.subject) || named.contains { $0.contains(c.subject) }
    }
    let findings = result.diagnostics.map { d in
      let p = result.lineTable.position(of: d.range.start)
      return Finding(diagnostic: d, line: p.line, column: p.column, action: action(for: d))
    }
    let coverage = CoverageTable(context: context, today: today, adoption: context.adoption?.day)
    let diff = previous.map { Differ().diff($0.document, document) }
    var notes: [PeerNote] = []
    if !peers.isEmpty {
      let comparison = Comparison(documents: [document] + peers, coverage: LintCoverageProvider(today: today))
      for row in comparison.values where row.outliers.first == true {
        let mine = row.values.first?.map(\.display).joined(separator: ", ") ?? ""
        let median = Comparison.medianDisplay(row) ?? "?"
        notes.append(
          PeerNote(
            subject: Comparison.rowLabel(row, .nl),
            text: LocalizedText("review.text.this-code-mine-median", ["mine": "\(mine)", "median": "\(median)"])))
      }
      for topic in comparison.missingTopics(0) {
        let label = Vocabulary.shared.topics.label(topic, .nl)
        notes.append(
          PeerNote(
            subject: label,
            text: LocalizedText(
              "review.peer.missing-topic",
              messages: ["topic": LocalizedText(each: { Vocabulary.shared.topics.label(topic, $0) })])))
      }
    }
    var dossier = ReviewDossier(
      file: document.file, title: document.metadata.title?.value ?? document.file,
      organisation: document.metadata.organisation?.value, today: today, metadata: document.metadata, status: status,
      lawSince: since.map { (day: $0.0, key: $0.1) }, lawChanges: changes, findings: findings, coverage: coverage,
      previous: previous?.label, diff: diff, peerFiles: peers.map(\.file), peerNotes: notes, checklist: [])
    dossier.checklist = dossier.decisions()
    return dossier
  }

  /// The decisions to take: one per group of findings (per rule), one per change in the law
  /// since the last review, one per peer note, and recording the review.
  func decisions() -> [ChecklistItem] {
    var items: [ChecklistItem] = []
    for action in [Action.mustChange, .shouldChange] {
      var byRule: [String: [Finding]] = [:]
      var order: [String] = []
      for f in findings(action) {
        if byRule[f.diagnostic.id] == nil { order.append(f.diagnostic.id) }
        byRule[f.diagnostic.id, default: []].append(f)
      }
      for id in order {
        let group = byRule[id] ?? []
        let title = LintRules.rule(id)?.descriptor.title ?? LocalizedText("text.verbatim", ["text": id])
        let places = group.map { $0.diagnostic.article.map { "regel \($0)" } ?? "r. \($0.line)" }
        let unique = places.reduce(into: [String]()) { if !$1.isEmpty && !$0.contains($1) { $0.append($1) } }
        let shown = unique.prefix(8).joined(separator: ", ") + (unique.count > 8 ? ", …" : "")
        items.append(
          ChecklistItem(
            id: id,
            text: LocalizedText(
              "review.checklist.rule", ["count": "\(group.count)"],
              messages: [
                "title": title,
                "places": LocalizedText(wording: [.nl: shown, .en: shown.replacingOccurrences(of: "regel ", with: "rule ")]),
              ])))
      }
    }
    for c in lawChanges where c.kind != .lawBegan {
      items.append(
        ChecklistItem(
          id: "law:" + c.subject,
          text: LocalizedText(
            "review.checklist.law-change", ["day": "\(c.day)", "subject": c.subject], messages: ["description": c.description])))
    }
    for n in peerNotes {
      items.append(
        ChecklistItem(
          id: "peers:" + n.subject,
          text: LocalizedText("review.checklist.peer", ["subject": n.subject], messages: ["text": n.text])))
    }
    items.append(
      ChecklistItem(
        id: "complete",
        text: LocalizedText("review.text.record-review-ambt-review", ["file": "\(file)"])))
    return items
  }
}
