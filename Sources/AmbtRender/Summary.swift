import AmbtModel

/// A piece of inline content in a metadata or annotation summary.
enum Inline: Equatable {
  case text(String)
  /// An external link; only built for safe web addresses.
  case link(String, href: String)
  /// A link to an anchor in the same document.
  case anchor(String, id: String)
  case date(PartialDate)
}

/// A labelled row: `Vastgesteld op: 11 maart 2025`.
struct SummaryRow: Equatable {
  var label: String
  var values: [Inline]
}

/// Builds the metadata block and the reviewer annotations, shared by the HTML and Markdown
/// renderers so both say the same things in the same order.
enum Summary {
  static let months = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
  ]

  /// `11 maart 2025`, `maart 2025`, `2025`.
  static func dutchDate(_ d: PartialDate) -> String {
    guard let m = d.month, (1...12).contains(m) else { return String(d.year) }
    let month = months[m - 1] + " " + String(d.year)
    guard let day = d.day else { return month }
    return String(day) + " " + month
  }

  static func interval(_ months: Int) -> String {
    return months == 1 ? "1 maand" : "\(months) maanden"
  }

  static func law(_ ref: LawReference) -> Inline {
    if let id = ref.law, let url = Vocabulary.shared.law(id)?.url, Escaping.isSafeURL(url) {
      return .link(ref.text, href: url)
    }
    return .text(ref.text)
  }

  static func metadata(_ m: Metadata) -> [SummaryRow] {
    var rows: [SummaryRow] = []
    func add(_ label: String, _ values: [Inline]) { if !values.isEmpty { rows.append(SummaryRow(label: label, values: values)) } }
    add("Organisatie", m.organisation.map { [.text($0.value)] } ?? [])
    add("CBS-code", m.cbsCode.map { [.text($0.value)] } ?? [])
    add("Vastgesteld door", m.adoptedBy.map { [.text($0.value)] } ?? [])
    add("Vastgesteld op", m.adoptedOn.map { [.date($0.value)] } ?? [])
    add("In werking", m.inForce.map { [.date($0.value)] } ?? [])
    add("Vervangt", m.replaces.map { [.text($0.value)] } ?? [])
    add("Grondslag", m.legalBasis.map(law))
    add("Geldt voor", m.appliesTo.map { .text(Vocabulary.shared.groups.label($0.value, .nl)) })
    add("Laatste herziening", m.lastReview.map { [.date($0.value)] } ?? [])
    add("Herzien door", m.lastReviewBy.map { [.text($0.value)] } ?? [])
    add("Geldig tot", m.validUntil.map { [.date($0.value)] } ?? [])
    add("Vervallen per", m.lapsedOn.map { [.date($0.value)] } ?? [])
    add("Herzieningstermijn", m.reviewIntervalMonths.map { [.text(interval($0.value))] } ?? [])
    if let source = m.source {
      add("Bron", [Escaping.isSafeURL(source.value) ? .link(source.value, href: source.value) : .text(source.value)])
    }
    if let cvdr = m.cvdr {
      let id = cvdr.value
      let safe = !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      add(
        "CVDR",
        [safe ? .link(id, href: "https://lokaleregelgeving.overheid.nl/\(id)") : .text(id)])
    }
    return rows
  }

  /// The annotations of a rule as rows for reviewers; references link to the rules they name.
  /// `@concept` is not among them: the renderers show it in the rule itself, for every reader.
  static func annotations(_ a: Annotations, anchors: AnchorAllocator) -> [SummaryRow] {
    var rows: [SummaryRow] = []
    func add(_ label: String, _ values: [Inline]) { if !values.isEmpty { rows.append(SummaryRow(label: label, values: values)) } }
    func reference(_ r: ArticleReference) -> Inline {
      if let id = anchors.ruleID(forKey: r.key) { return .anchor(r.text, id: id) }
      return .text(r.text)
    }
    add("Onderwerp", a.topics.map { .text(Vocabulary.shared.topics.label($0.value, .nl)) })
    add("Norm", a.norms.map { .text($0.value) })
    for kind in QuantityKind.allCases {
      let label: String
      switch kind {
      case .drempel: label = "Drempel"
      case .termijn: label = "Termijn"
      case .binnen: label = "Binnen"
      }
      add(label, a.quantities.filter { $0.kind == kind }.map { .text($0.text + ($0.qualifier.map { ", " + $0 } ?? "")) })
    }
    add("Melden bij", a.reportTo.map { .text(Vocabulary.shared.roles.label($0.value, .nl)) })
    add("Wie", a.actors.map { .text(Vocabulary.shared.roles.label($0.value, .nl)) })
    add("Uitzondering op", a.exceptionTo.map(reference))
    add("Zie", a.references.map(reference))
    add("Wet", a.laws.map(law))
    add("Regeling", a.regulations.map { .text($0.value) })
    add("Dekt", a.covers.map { .text($0.value) })
    add("Negeer", a.suppressions.map { .text($0.rule + ": " + $0.reason) })
    return rows
  }
}
