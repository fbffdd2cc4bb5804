import AmbtModel
import AmbtParser

/// Builds the amendment decision (wijzigingsbesluit) that turns one version of a code into the
/// next, from the differ's alignment of the two.
///
/// The decision is checked before it is returned: it is written out, read back with
/// `AmendmentParser` and carried out with `AmendmentApplier` on the old version, and the result
/// must read the same as the new version (`AmendmentApplier.comparable`). Should that fail, the
/// decision falls back to giving the whole text anew (`De tekst van de gedragscode komt te
/// luiden:`), which is checked the same way.
public struct AmendmentGenerator: Sendable {
  public init() {}

  /// The decision, or nil when a version has errors (or, which the tests rule out, no decision
  /// could be checked). `diff`, the differ's result for the two versions, adds the changes of
  /// meaning to the toelichting. With `checked: false` the decision is returned as built, without
  /// the check and the fallback (the property tests look at the builder's own work that way).
  public func decision(
    old: String, oldFile: String, new: String, newFile: String, diff: DocumentDiff? = nil, checked: Bool = true
  ) -> AmendmentDecision? {
    guard let pa = Self.canonical(old, file: oldFile), let pb = Self.canonical(new, file: newFile) else { return nil }
    return decision(old: pa, new: pb, diff: diff, checked: checked)
  }

  /// The decision for two versions parsed from text in the canonical layout (`canonical`).
  public func decision(old pa: ParseResult, new pb: ParseResult, diff: DocumentDiff? = nil, checked: Bool = true)
    -> AmendmentDecision?
  {
    let (a, b) = (pa.text, pb.text)
    let oldFile = pa.document.file
    let oldOutline = CodeOutline(canonical: pa)
    let newOutline = CodeOutline(canonical: pb)
    // The differ's alignment: rules paired by content, chapters by where their rules went.
    let alignment = Aligner().align(
      ArticleProfile.profiles(of: pa.document), ArticleProfile.profiles(of: pb.document), oldDoc: pa.document, newDoc: pb.document
    )
    let target = checked ? AmendmentApplier.comparable(b) : ""
    // The same code (comments aside): a decision without onderdelen.
    if AmendmentApplier.comparable(a) == AmendmentApplier.comparable(b) {
      return AmendmentDecision(parts: [], frame: Self.frame(pa.document, pb.document))
    }
    let frame = Self.frame(pa.document, pb.document)

    var builder = AmendmentBuilder(old: oldOutline, new: newOutline, alignment: alignment)
    builder.metadata()
    builder.part(preamble: true)
    var ok = builder.sections(kind: .chapter)
    builder.part(preamble: false)
    ok = ok && builder.sections(kind: .annex)
    if ok {
      var decision = AmendmentDecision(parts: Self.lettered(builder.parts), frame: frame)
      let lines = notes(builder, decision, diff)
      decision.frame?.notes = lines
      if !checked || verify(decision, old: a, file: oldFile, target: target) { return decision }
    }
    var coarse = AmendmentBuilder(old: oldOutline, new: newOutline, alignment: alignment)
    coarse.metadata()
    let lines = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let body = lines.indices.filter { lines[$0] == "---" }.dropFirst().first.map { Array(lines[($0 + 1)...]) } ?? []
    coarse.add([AmendmentInstruction(.document, .rewrite(QuotedText(lines: AmendmentBuilder.code(body)), renumberTo: nil))])
    let decision = AmendmentDecision(parts: Self.lettered(coarse.parts), frame: frame)
    return !checked || verify(decision, old: a, file: oldFile, target: target) ? decision : nil
  }

  /// The source parsed in the canonical layout (parsed once more only when formatting changed
  /// it), or nil when it has errors.
  public static func canonical(_ source: String, file: String) -> ParseResult? {
    let checked = Checker.check(bytes: Array(source.utf8), file: file)
    guard !checked.diagnostics.contains(where: { $0.severity == .error }), let text = Formatter.format(checked) else {
      return nil
    }
    return text == source ? checked : AmbtParser.parse(text, file: file)
  }

  /// Whether the decision, written out and read back, turns `old` into `target`.
  func verify(_ decision: AmendmentDecision, old: String, file: String, target: String) -> Bool {
    let text = AmendmentRenderer().render(decision)
    let (read, problems) = AmendmentParser.parse(text, file: "besluit")
    guard problems.isEmpty,
      case .success(let result) = AmendmentApplier().apply(read, to: old, file: file, decisionFile: "besluit")
    else { return false }
    return AmendmentApplier.comparable(result) == target
  }

  static func lettered(_ parts: [[AmendmentInstruction]]) -> [AmendmentPart] {
    parts.enumerated().map { AmendmentPart(letter: AmendmentWording.letter($0.offset), instructions: $0.element) }
  }

  /// The frame from the metadata: who decides, what is amended, and the dates that changed.
  static func frame(_ a: Document, _ b: Document) -> DecisionFrame {
    let adoptedOn = b.metadata.adoptedOn?.value
    let inForce = b.metadata.inForce?.value
    return DecisionFrame(
      organisation: b.metadata.organisation?.value ?? a.metadata.organisation?.value,
      adoptedBy: b.metadata.adoptedBy?.value ?? a.metadata.adoptedBy?.value ?? "college van burgemeester en wethouders",
      title: a.metadata.title?.value ?? "gedragscode", legalBasis: b.metadata.legalBasis.map(\.text),
      inForce: inForce == a.metadata.inForce?.value ? nil : inForce,
      adoptedOn: adoptedOn == a.metadata.adoptedOn?.value ? nil : adoptedOn)
  }

  /// The toelichting: how to read the numbers, what moved, and what changed in meaning.
  func notes(_ builder: AmendmentBuilder, _ decision: AmendmentDecision, _ diff: DocumentDiff?) -> [String] {
    var out = [
      "De nummers van artikelen en hoofdstukken in artikel I zijn die van de gedragscode zoals die luidde vóór dit besluit."
    ]
    let letters = decision.parts.map(\.letter)
    func letter(_ k: Int?) -> String? { k.flatMap { $0 < letters.count ? letters[$0] : nil } }
    for (o, n) in builder.sectionPairs.sorted(by: { $0.key < $1.key }) {
      guard let r = letter(builder.removalPart["c\(o)"]), let i = letter(builder.insertionPart["c\(n)"]) else { continue }
      let a = builder.old.chapters[o]
      let b = builder.new.chapters[n]
      out.append(
        "\(AmendmentWording.noun(a.kind).capitalizedFirst) \(a.number.map(AmendmentBuilder.stripped) ?? "'\(a.title)'") is verplaatst: onderdeel \(r) laat het vervallen en onderdeel \(i) voegt het in als \(AmendmentWording.noun(b.kind)) \(b.number.map(AmendmentBuilder.stripped) ?? "'\(b.title)'")."
      )
    }
    for (k, g) in builder.rulePairs.sorted(by: { $0.key < $1.key }) {
      guard let r = letter(builder.removalPart["r\(k)"]), let i = letter(builder.insertionPart["r\(g)"]) else { continue }
      out.append(
        "Artikel \(builder.old.articles[k].article.displayNumber) is verplaatst: onderdeel \(r) laat het vervallen en onderdeel \(i) voegt het in als artikel \(builder.new.articles[g].article.displayNumber)."
      )
    }
    var meaning: [String] = []
    for c in diff?.changes ?? [] {
      let changes = c.semantic.filter { !$0.followsRenumbering && ($0.old != nil || $0.new != nil) }
      guard let a = c.old ?? c.new, !changes.isEmpty else { continue }
      let what = changes.map { s in
        "\(s.kindLabel(.nl)) \(s.old ?? "(geen)") → \(s.new ?? "(geen)")" + (s.direction.map { " (\($0.label(.nl)))" } ?? "")
      }
      let status = c.status == .added ? " (nieuw)" : c.status == .removed ? " (vervalt)" : ""
      meaning.append("- artikel \(a.displayNumber)\(status): " + what.joined(separator: "; "))
    }
    if !meaning.isEmpty {
      out.append("Wijzigingen in betekenis (zoals ambt diff ze leest):")
      out.append(meaning.prefix(40).joined(separator: "\n") + (meaning.count > 40 ? "\n- … en \(meaning.count - 40) meer" : ""))
    }
    return out
  }
}
