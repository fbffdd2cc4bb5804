import AmbtModel
import AmbtParser

/// Carries out an amendment decision on the source of the version it amends.
///
/// The old source is put in the canonical layout and cut into pieces (`CodeOutline`); every
/// instruction is resolved against the old numbering and carried out; the result is parsed and
/// validated, and written in the canonical layout. An instruction that cannot be carried out is
/// a diagnostic at its place in the decision; all of them are reported, and nothing is produced.
public struct AmendmentApplier: Sendable {
  /// Every problem that kept a decision from being carried out.
  public struct Failure: Error, Sendable {
    public var diagnostics: [Diagnostic]
  }

  public init() {}

  /// The new source, or the problems: in the decision (`decisionFile`), or in the old source
  /// when that has errors of its own.
  public func apply(_ decision: AmendmentDecision, to source: String, file: String, decisionFile: String) -> Result<
    String, Failure
  > {
    guard let parsed = AmendmentGenerator.canonical(source, file: file) else {
      let errors = Checker.check(bytes: Array(source.utf8), file: file).diagnostics.filter { $0.severity == .error }
      return .failure(Failure(diagnostics: errors))
    }
    var outline = CodeOutline(canonical: parsed)
    var problems: [Diagnostic] = []
    for instruction in decision.instructions {
      do {
        try outline.apply(instruction)
      } catch {
        let at = error.id.hasPrefix("amendment-text-") ? instruction.quoteRange ?? instruction.range : instruction.range
        problems.append(diagnostic(error, at, decisionFile))
      }
    }
    guard problems.isEmpty else { return .failure(Failure(diagnostics: problems)) }
    return result(of: outline, file: file, decisionFile: decisionFile, fallback: decision.instructions.first?.range)
  }

  /// The problem as a diagnostic in the decision.
  func diagnostic(_ p: AmendmentProblem, _ range: SourceRange, _ file: String) -> Diagnostic {
    Diagnostic(id: p.id, severity: .error, message: p.message, hint: p.hint, range: p.range ?? range, file: file, notes: p.notes)
  }

  /// The outline written out, checked and formatted; an error in the result points at the
  /// instruction that made the line it is on.
  func result(of outline: CodeOutline, file: String, decisionFile: String, fallback: SourceRange?) -> Result<String, Failure> {
    let (text, origins) = outline.serialized()
    let checked = Checker.check(bytes: Array(text.utf8), file: file)
    let errors = checked.diagnostics.filter { $0.severity == .error }
    if !errors.isEmpty {
      return .failure(
        Failure(
          diagnostics: errors.map { d in
            let line = checked.lineTable.position(of: d.range.start).line
            let origin = line - 1 < origins.count ? origins[line - 1] : nil
            return Diagnostic(
              id: "amendment-result-invalid",
              severity: .error,
              message: LocalizedText(
                "amend.apply.result-invalid", ["line": "\(line)"], messages: ["message": d.message]),
              hint: d.hint ?? LocalizedText("amend.apply.change-instruction"),
              range: origin ?? fallback ?? .empty, file: decisionFile)
          }))
    }
    guard let formatted = Formatter.format(checked) else { return .failure(Failure(diagnostics: [])) }
    return .success(formatted)
  }

  /// The source in the canonical layout, or nil when it has errors.
  public static func canonical(_ source: String, file: String = "-") -> String? {
    let parsed = Checker.check(bytes: Array(source.utf8), file: file)
    guard !parsed.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    return Formatter.format(parsed)
  }

  /// The canonical text as a decision carries it: without comments (which are not part of the
  /// code), blank lines collapsed, metadata lines in a fixed order. Two sources with the same
  /// comparable text read the same: same rules, texts, numbering and annotations.
  public static func comparable(_ canonical: String) -> String {
    var out: [String] = []
    var metadata: [String] = []
    var fences = 0
    for line in canonical.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line == "---", fences < 2 {
        fences += 1
        if fences == 2 { out += metadata.sorted() + ["---"] } else { out.append(line) }
        continue
      }
      if CodeOutline.isComment(line) { continue }
      if fences == 1 {
        if !line.isEmpty { metadata.append(line) }
        continue
      }
      if line.isEmpty, out.last?.isEmpty ?? true { continue }
      out.append(line)
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }
}
