import AmbtModel
import AmbtParser
import AmbtSemantics
import Foundation

/// What `ambt import` produced.
public struct ImportResult: Sendable {
  /// The `.ambt` source, canonical and free of parse errors.
  public var text: String
  /// Every repair and removal, in source order (also written as comments in `text`).
  public var repairs: [Repair]
  /// The parsed output.
  public var document: Document
  /// Number of rules found and of inferred annotations proposed.
  public var ruleCount: Int
  public var inferredCount: Int
  /// True when structure recognition failed and the text was imported as plain paragraphs.
  public var degraded: Bool
}

public struct ImportOptions: Sendable {
  /// Overrides the municipality found in the text.
  public var organisation: String?
  /// The name used in diagnostics and the header comment.
  public var file: String
  /// Whether to propose annotations (on by default).
  public var inferAnnotations: Bool

  public init(organisation: String? = nil, file: String = "-", inferAnnotations: Bool = true) {
    self.organisation = organisation
    self.file = file
    self.inferAnnotations = inferAnnotations
  }
}

/// Plain text of a code of conduct (from a PDF or a web page) → `.ambt` source.
///
/// Never traps and never throws: whatever the input, the result parses without errors. The
/// stages: `Cleaner` (artefacts), `Logical` (hard line breaks), `Structurer` (chapters, rules,
/// lists), `Inference` and `MetadataInference` (proposed annotations, all marked `?`).
public enum Importer {
  public static func run(bytes: [UInt8], options: ImportOptions = ImportOptions()) -> ImportResult {
    let cleaner = Cleaner(bytes: bytes)
    let logical = Logical.build(cleaner.lines)
    var structure = Structurer(logical)
    if structure.rules.isEmpty {
      // A flat code: numbered sentences without chapters are its rules.
      let flat = Structurer(logical, flatRules: true)
      if !flat.rules.isEmpty { structure = flat }
    }
    let repairs = cleaner.lines.flatMap(\.repairs) + cleaner.trailing
    let metadata = metadataLines(cleaner: cleaner, structure: structure, options: options)
    var annotations: [Int: [String]] = [:]
    var inferred = 0
    if options.inferAnnotations {
      let keys = Set(structure.rules.map(\.key))
      for r in structure.rules {
        let p = Inference.shared.propose(
          text: r.normative.joined(separator: " "), chapterTitle: r.chapterTitle, ruleKeys: keys, ownKey: r.key,
          references: !structure.perChapterNumbering)
        annotations[r.headerIndex] = p.lines
        inferred += p.lines.count
      }
    }
    var attempt = assemble(
      metadata: metadata, structure: structure, annotations: annotations, trailing: cleaner.trailing, file: options.file)
    // Whatever the inference proposed must not make the file invalid: drop offending lines.
    for _ in 0..<4 {
      let result = Checker.check(bytes: Array(attempt.utf8), file: options.file)
      let errors = result.diagnostics.filter { $0.severity == .error }
      if errors.isEmpty, let formatted = Formatter.format(result) {
        // Text that is already in canonical form parses as it did (a parse depends on the bytes only).
        let final = formatted == attempt ? result : Checker.check(bytes: Array(formatted.utf8), file: options.file)
        return ImportResult(
          text: formatted, repairs: repairs, document: final.document, ruleCount: final.document.articles.count,
          inferredCount: inferred, degraded: false)
      }
      var lines = attempt.components(separatedBy: "\n")
      var bad: Set<Int> = []
      for e in errors {
        let line = result.lineTable.position(of: e.range.start).line - 1
        if line >= 0 && line < lines.count { bad.insert(line) }
      }
      if bad.isEmpty { break }
      for b in bad.sorted(by: >) {
        let t = lines[b]
        if t.hasPrefix("@") {
          lines.remove(at: b)
          inferred -= 1
        } else if t.hasPrefix("§ ") || t.hasPrefix("# ") || t.hasPrefix("## ") {
          // A duplicate rule number or a heading that cannot be read: keep it as text.
          lines[b] = "\\" + t
        }
      }
      attempt = lines.joined(separator: "\n")
    }
    return degradedImport(bytes: bytes, metadata: metadata, repairs: repairs, options: options)
  }

  static func assemble(metadata: [String], structure: Structurer, annotations: [Int: [String]], trailing: [Repair], file: String)
    -> String
  {
    var out = metadata
    out.append("")
    for (k, line) in structure.body.enumerated() {
      out.append(line)
      if let a = annotations[k] { out += a }
    }
    for r in trailing { out.append(r.comment) }
    return out.joined(separator: "\n") + "\n"
  }

  /// Last resort: every line as literal text, so the result still parses.
  static func degradedImport(bytes: [UInt8], metadata: [String], repairs: [Repair], options: ImportOptions) -> ImportResult {
    var out = ["---", "titel: Gedragscode", "organisatie: " + sanitize(options.organisation ?? "onbekend"), "---", ""]
    if metadata.count > 4 { out = metadata.filter { !$0.hasPrefix("nummering") } + [""] }
    for line in Cleaner.normalizedLines(bytes) where !line.isEmpty {
      out.append("\\" + line)
      out.append("")
    }
    let text = out.joined(separator: "\n")
    let result = Checker.check(bytes: Array(text.utf8), file: options.file)
    let formatted = Formatter.format(result) ?? text
    let final = formatted == text ? result : Checker.check(bytes: Array(formatted.utf8), file: options.file)
    return ImportResult(text: formatted, repairs: [], document: final.document, ruleCount: 0, inferredCount: 0, degraded: true)
  }

  static func sanitize(_ s: String) -> String {
    let t = s.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    return t.isEmpty ? "onbekend" : String(t.prefix(200))
  }

  // MARK: Metadata

  static func metadataLines(cleaner: Cleaner, structure: Structurer, options: ImportOptions) -> [String] {
    let facts = cleaner.facts
    let all = cleaner.lines.map(\.text)
    var out = ["---", "// Afgeleid door 'ambt import': controleer titel, organisatie, data en 'geldt voor' tegen de bron."]
    // Title.
    var title = facts["citeertitel"] ?? facts["officiele naam regeling"] ?? facts["intitule"]
    if title == nil {
      for s in structure.closingText + all.suffix(40) {
        if let r = LinePattern.citedAs(s) {
          title = s[r].components(separatedBy: CharacterSet(charactersIn: "‘'\"“’”")).dropFirst().first
          break
        }
      }
    }
    if title == nil {
      title = all.prefix(15).first {
        Cleaner.has(TextFolding.fold($0), "gedragscode") && $0.count <= 120 && !LineShape.endsSentence($0)
      }
    }
    if title == nil, let t = structure.firstTitleLine { title = t }
    if let t = title, let r = LinePattern.annexNumber(t) {
      title = String(t[r.upperBound...])
    }
    out.append("titel: " + sanitize(title ?? "Gedragscode"))
    // Organisation.
    var org = options.organisation
    if org == nil, let o = facts["overheidsorganisatie"] {
      var name = o
      if let r = LinePattern.municipalityWord(o) { name.removeSubrange(r) }
      org = name
    }
    if org == nil, let u = facts["uitgave"], let o = MetadataInference.organisation(in: [u]) { org = o }
    if org == nil { org = MetadataInference.organisation(in: all) }
    out.append("organisatie: " + sanitize(org ?? "onbekend"))
    // Adoption: only from a sentence that says so.
    var adoptedBy = facts["vastgesteld door"].flatMap { MetadataInference.adopter(in: $0) }
    var adoptedOn = facts["datum ondertekening"].flatMap { MetadataInference.date(in: $0) }
    for s in structure.closingText + structure.preambleText {
      let f = TextFolding.fold(s)
      guard Cleaner.has(f, "vastgesteld") || Cleaner.has(f, "besloten") else { continue }
      if adoptedBy == nil { adoptedBy = MetadataInference.adopter(in: s) }
      if adoptedOn == nil { adoptedOn = MetadataInference.date(in: s) }
    }
    if let a = adoptedBy { out.append("vastgesteld door: " + a) }
    if let d = adoptedOn { out.append("vastgesteld op: " + d) }
    var inForce = facts["datum inwerkingtreding"].flatMap { MetadataInference.date(in: $0) }
    if inForce == nil {
      for s in structure.closingText + all {
        // The date after the words, when there is one: "Vastgesteld op …; treedt in werking op …".
        let f = TextFolding.fold(s)
        guard Cleaner.has(f, "treedt in werking"), let r = f.range(of: "treedt in werking") else { continue }
        if let d = MetadataInference.date(in: String(f[r.upperBound...])) ?? MetadataInference.date(in: s) {
          inForce = d
          break
        }
      }
    }
    // "Geldend van 01-01-2014 t/m 30-09-2020": the version's first and last day ("t/m heden": current).
    var validUntil: String?
    if let geldend = facts["geldend van"] {
      let parts = TextFolding.fold(geldend).components(separatedBy: " t/m ")
      if inForce == nil { inForce = MetadataInference.date(in: parts[0]) }
      if parts.count > 1 { validUntil = MetadataInference.date(in: parts[1]) }
    }
    if let d = inForce { out.append("in werking: " + d) }
    if let d = validUntil { out.append("geldig tot: " + d) }
    if let d = facts["vervallen per"].flatMap({ MetadataInference.date(in: $0) }) { out.append("vervallen per: " + d) }
    // Legal basis: laws named in a "gelet op" sentence or in the technical information.
    var basis: [String] = []
    let basisSources =
      (facts["wettelijke grondslag(en) van de regeling"] ?? facts["wettelijke grondslagen van de regeling"]).map { [$0] } ?? []
    for s in basisSources + structure.preambleText where basisSources.contains(s) || Cleaner.has(TextFolding.fold(s), "gelet op")
    {
      for l in Inference.shared.laws(s) where !basis.contains(l) { basis.append(l) }
    }
    if !basis.isEmpty { out.append("grondslag: " + basis.joined(separator: "; ")) }
    // Who the code applies to.
    let scope = structure.preambleText + (structure.rules.first.map { _ in [] } ?? [])
    let groups = MetadataInference.groups(in: scope.isEmpty ? Array(all.prefix(40)) : scope, vocabulary: .shared)
    if !groups.isEmpty { out.append("geldt voor: " + groups.joined(separator: ", ")) }
    // Review interval: "(minimaal) elke 2 jaar ... herzien/geëvalueerd/opnieuw gekeken".
    if let promise = (structure.preambleText + structure.closingText).lazy.compactMap({ ReviewPromise.read($0) }).first {
      out.append("herzieningstermijn: \(promise.months) maanden")
    }
    if facts["web"] != nil, let bron = facts["bron"] {
      out.append("bron: " + sanitize(bron))
      if let r = LinePattern.cvdrNumber(bron) { out.append("cvdr: " + bron[r]) }
    }
    if structure.perChapterNumbering { out.append("nummering: per hoofdstuk") }
    out.append("---")
    return out
  }
}
