import AmbtModel

/// Lists the differences in the `---` block, the preamble and the closing.
enum MetadataComparer {
  static func compare(_ a: Document, _ b: Document) -> [SemanticChange] {
    let x = a.metadata
    let y = b.metadata
    var out: [SemanticChange] = []
    func field(_ kind: String, _ old: String?, _ new: String?, direction: Direction? = nil) {
      if old.map(TextFolding.fold) != new.map(TextFolding.fold) {
        out.append(SemanticChange(kind: kind, old: old, new: new, direction: direction))
      }
    }
    field("titel", x.title?.value, y.title?.value)
    field("organisatie", x.organisation?.value, y.organisation?.value)
    field("cbs-code", x.cbsCode?.value, y.cbsCode?.value)
    field("vastgesteld-door", x.adoptedBy?.value, y.adoptedBy?.value)
    field("vastgesteld-op", x.adoptedOn?.value.description, y.adoptedOn?.value.description)
    field("in-werking", x.inForce?.value.description, y.inForce?.value.description)
    field("vervangt", x.replaces?.value, y.replaces?.value)
    field("grondslag", list(x.legalBasis.map(\.text)), list(y.legalBasis.map(\.text)))
    let groupsA = Set(x.appliesTo.map(\.value))
    let groupsB = Set(y.appliesTo.map(\.value))
    if groupsA != groupsB {
      // More groups bound by the code is a wider scope.
      let direction: Direction =
        groupsA.isSubset(of: groupsB) ? .strenger : groupsB.isSubset(of: groupsA) ? .soepeler : .onbepaald
      out.append(
        SemanticChange(
          kind: "geldt-voor", old: list(x.appliesTo.map(\.value)), new: list(y.appliesTo.map(\.value)), direction: direction))
    }
    field("laatste-herziening", x.lastReview?.value.description, y.lastReview?.value.description)
    field("herzien-door", x.lastReviewBy?.value, y.lastReviewBy?.value)
    field("geldig-tot", x.validUntil?.value.description, y.validUntil?.value.description)
    field("vervallen-per", x.lapsedOn?.value.description, y.lapsedOn?.value.description)
    let ia = x.reviewIntervalMonths?.value
    let ib = y.reviewIntervalMonths?.value
    if ia != ib {
      let ea = x.effectiveReviewIntervalMonths
      let eb = y.effectiveReviewIntervalMonths
      out.append(
        SemanticChange(
          kind: "herzieningstermijn", old: ia.map { "\($0) maanden" }, new: ib.map { "\($0) maanden" },
          direction: ea == eb ? nil : (eb < ea ? .strenger : .soepeler)))
    }
    field("bron", x.source?.value, y.source?.value)
    field("cvdr", x.cvdr?.value, y.cvdr?.value)
    field("nummering", x.numbering.rawValue, y.numbering.rawValue)
    if text(a.preamble.items) != text(b.preamble.items) {
      out.append(
        SemanticChange(
          kind: "preambule", old: nil, new: nil,
          note: LocalizedText("diff.metadata-comparer.note.text-before-first-chapter")))
    }
    if text(a.closing?.items ?? []) != text(b.closing?.items ?? []) {
      out.append(
        SemanticChange(
          kind: "slot", old: nil, new: nil, note: LocalizedText("diff.metadata-comparer.note.closing-text-changed")))
    }
    return out
  }

  static func list(_ items: [String]) -> String? { items.isEmpty ? nil : items.joined(separator: ", ") }

  static func text(_ items: [Item]) -> String {
    var parts: [String] = []
    for i in items { i.collectText(into: &parts, includeExplanations: true) }
    return TextFolding.fold(parts.joined(separator: " "))
  }
}
