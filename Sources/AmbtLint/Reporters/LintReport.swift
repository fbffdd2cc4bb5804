import AmbtModel

/// The results of one `ambt lint` run, as reporters see them.
public struct LintReport: Sendable {
  public var results: [LintResult]
  public var language: Language
  public var toolVersion: String
  /// Where the documentation of ambt is published (a folder holding `rules.md` and
  /// `language.md`), or nil: there is no public address, so links are left out unless a
  /// deployment names one (`AMBT_DOCS_URL`, `docs-url` in the configuration).
  public var documentationURL: String?

  public init(results: [LintResult], language: Language, toolVersion: String, documentationURL: String? = nil) {
    self.results = results
    self.language = language
    self.toolVersion = toolVersion
    self.documentationURL = documentationURL.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Every diagnostic with its file's line table, in output order (files in input order).
  public var entries: [(Diagnostic, LineTable)] {
    results.flatMap { r in r.diagnostics.map { ($0, r.lineTable) } }
  }

  /// Where a rule is documented, or nil without a documentation address.
  public func helpUri(_ id: String) -> String? {
    guard let base = documentationURL.map({ $0.hasSuffix("/") ? String($0.dropLast()) : $0 }) else { return nil }
    return LintRules.ids.contains(id) ? "\(base)/rules.md#\(id)" : "\(base)/language.md"
  }
}

/// `ambt lint --format json` and `ambt check --format json`: one object with a `diagnostics`
/// array (Schemas/lint.schema.json); `kind` says which command wrote it.
///
/// Written file by file (`Stream`): the keys are sorted, so `diagnostics` comes first and
/// `files` and `summary`, which need every file, come after it; a run holds only the counts and
/// the file names, never the findings of files already written.
public enum JSONLintReporter {
  public static let schemaVersion = 1

  public static func render(_ report: LintReport, kind: String = "lint") -> String {
    var stream = Stream(language: report.language, toolVersion: report.toolVersion, kind: kind)
    var out = stream.begin()
    for r in report.results { out += stream.add(r) }
    return out + stream.finish()
  }

  /// The report in pieces: `begin()`, then `add` for each file in output order, then `finish()`;
  /// the pieces joined are what `render` writes.
  public struct Stream: Sendable {
    let language: Language
    let toolVersion: String
    let kind: String
    var files: [String] = []
    var counts: [String: Int] = ["error": 0, "warning": 0, "info": 0]
    var written = 0

    public init(language: Language, toolVersion: String, kind: String = "lint") {
      self.language = language
      self.toolVersion = toolVersion
      self.kind = kind
    }

    public func begin() -> String { "{\n  \"diagnostics\": " }

    /// The diagnostics of one file, as members of the `diagnostics` array.
    public mutating func add(_ result: LintResult) -> String {
      files.append(result.document.file)
      var out = ""
      for d in result.diagnostics {
        counts[d.severity.rawValue, default: 0] += 1
        out += written == 0 ? "[\n    " : ",\n    "
        out += JSONLintReporter.item(d, lines: result.lineTable, language: language).serialized(indent: 2, level: 2)
        written += 1
      }
      return out
    }

    /// The end of the array and the members that need every file: `files`, `summary`.
    public func finish() -> String {
      let rest: JSON = .object([
        "schemaVersion": .int(schemaVersion), "kind": .string(kind),
        "tool": .object(["name": .string("ambt"), "version": .string(toolVersion)]),
        "files": .array(files.map { .string($0) }), "summary": .object(counts.mapValues { .int($0) }),
      ])
      // `rest` serialised starts with "{"; its members continue the root object.
      return (written == 0 ? "[]" : "\n  ]") + "," + rest.serialized().dropFirst() + "\n"
    }
  }

  /// One diagnostic as a member of `diagnostics`.
  static func item(_ d: Diagnostic, lines: LineTable, language: Language) -> JSON {
    let s = lines.position(of: d.range.start)
    let e = lines.position(of: d.range.end)
    var o: [String: JSON] = [
      "rule": .string(d.id), "severity": .string(d.severity.rawValue), "message": .string(d.message.text(language)),
      "file": .string(d.file), "line": .int(s.line), "column": .int(s.column), "endLine": .int(e.line),
      "endColumn": .int(e.column), "offset": .int(d.range.start), "endOffset": .int(d.range.end),
      "article": .optional(d.article), "citation": .optional(d.citation),
      "hint": .optional(d.hint?.text(language)), "basis": .string(d.inferred ? "inferred" : "confirmed"),
      "lawChangedOn": .optional(d.lawChangedOn),
    ]
    if !d.notes.isEmpty {
      o["notes"] = .array(
        d.notes.map { n in
          let p = lines.position(of: n.range.start)
          return .object(["message": .string(n.message.text(language)), "line": .int(p.line), "column": .int(p.column)])
        })
    }
    if !d.fixIts.isEmpty {
      o["fixIts"] = .array(d.fixIts.map { fixItJSON($0, lines: lines, language: language) })
    }
    return .object(o)
  }
}

extension JSONLintReporter {
  /// A fix-it as JSON: the range it replaces (offsets, lines and columns as for the finding), the
  /// new text, whether `ambt fix` applies it (`safe`) and what it does in words.
  public static func fixItJSON(_ f: FixIt, lines: LineTable, language: Language) -> JSON {
    let s = lines.position(of: f.range.start)
    let e = lines.position(of: f.range.end)
    return .object([
      "offset": .int(f.range.start), "endOffset": .int(f.range.end), "line": .int(s.line), "column": .int(s.column),
      "endLine": .int(e.line), "endColumn": .int(e.column), "replacement": .string(f.replacement),
      "safe": .bool(f.isSafe), "description": .string(f.description(in: lines.bytes).text(language)),
    ])
  }
}

/// `ambt lint --format github`: workflow commands that GitHub Actions shows as annotations.
///
/// GitHub shows at most 10 annotations of each level from one step and drops the rest without a
/// word; so after 10 of a level (9 notices) the others are counted in one last notice that points
/// to the job summary and the SARIF upload, where every finding is.
public enum GitHubLintReporter {
  /// Annotations GitHub shows per level and step.
  public static let shownPerLevel = 10

  /// `currentDirectory`: paths under it are written relative to it, as GitHub matches them
  /// against the files of the repository.
  public static func render(_ report: LintReport, currentDirectory: String = "") -> String {
    var stream = Stream(language: report.language, currentDirectory: currentDirectory)
    for r in report.results { stream.add(r) }
    return stream.finish()
  }

  /// The annotations gathered file by file. Whether a notice's place goes to the overflow notice
  /// is known only at the end, so this holds the annotation lines (not the files) until `finish`.
  public struct Stream: Sendable {
    let language: Language
    let currentDirectory: String
    var annotations: [(level: String, line: String)] = []

    public init(language: Language, currentDirectory: String) {
      self.language = language
      self.currentDirectory = currentDirectory
    }

    public mutating func add(_ result: LintResult) {
      let lines = result.lineTable
      for d in result.diagnostics {
        let level = d.severity == .error ? "error" : d.severity == .warning ? "warning" : "notice"
        let s = lines.position(of: d.range.start)
        let e = lines.position(of: d.range.end)
        let title = LintRules.rule(d.id).map { "\(d.id): \($0.descriptor.title.text(language))" } ?? d.id
        var message = d.message.text(language)
        if let c = d.citation { message += "\n" + (language.text("lint.report.basis")) + c }
        if let h = d.hint { message += "\n" + (language.text("lint.report.hint")) + h.text(language) }
        annotations.append(
          (
            level,
            "::\(level) file=\(property(relative(d.file, currentDirectory))),line=\(s.line),col=\(s.column),endLine=\(e.line),endColumn=\(e.column),title=\(property(title))::\(data(message))\n"
          ))
      }
    }

    public func finish() -> String {
      var out = ""
      var shown: [String: Int] = [:]
      var hidden: [String: Int] = [:]
      var perLevel: [String: Int] = [:]
      for a in annotations { perLevel[a.level, default: 0] += 1 }
      let overflow = perLevel.values.contains { $0 > shownPerLevel }
      for (level, line) in annotations {
        // With an overflow notice to come, one notice place is kept for it.
        let room = level == "notice" && overflow ? shownPerLevel - 1 : shownPerLevel
        guard shown[level, default: 0] < room else {
          hidden[level, default: 0] += 1
          continue
        }
        shown[level, default: 0] += 1
        out += line
      }
      if !hidden.isEmpty {
        let parts = [
          ("error", "lint.report.hidden.errors"), ("warning", "lint.report.hidden.warnings"),
          ("notice", "lint.report.hidden.notices"),
        ]
        .compactMap { key, id in hidden[key].map { language.text(id, ["count": "\($0)"]) } }
        let message = language.text(
          "lint.report.hidden", ["parts": parts.joined(separator: ", "), "shown": "\(shownPerLevel)"])
        out += "::notice title=ambt lint::\(data(message))\n"
      }
      return out
    }
  }

  static func relative(_ path: String, _ directory: String) -> String {
    var p = path
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    if !directory.isEmpty, p.hasPrefix(base) { p = String(p.dropFirst(base.count)) }
    while p.hasPrefix("./") { p = String(p.dropFirst(2)) }
    return p
  }

  /// Escapes the message part: `%`, CR and LF; other control characters are made visible
  /// (`TerminalText`), since the log is shown in a terminal-like view.
  public static func data(_ s: String) -> String {
    TerminalText.sanitize(s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A"))
  }

  /// Escapes a property value: as data, plus `:` and `,`.
  public static func property(_ s: String) -> String {
    data(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
  }
}

extension String {
  /// Every occurrence of `a` replaced by `b` (no Foundation needed).
  /// Works on Unicode scalars, so CR in a CR LF pair is replaced too.
  func replacingAll(_ a: Unicode.Scalar, _ b: String) -> String {
    var out = ""
    for u in unicodeScalars { if u == a { out += b } else { out.unicodeScalars.append(u) } }
    return out
  }
}
