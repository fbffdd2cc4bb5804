import AmbtModel

/// `ambt lint --format sarif`: SARIF 2.1.0 as GitHub code scanning reads it.
///
/// Paths are made relative to the working directory (`uriBaseId` `%SRCROOT%`), columns count
/// Unicode code points (`columnKind` `unicodeCodePoints`) from 1, and each result has a
/// fingerprint that does not depend on its line number, so moving text does not reopen alerts.
public enum SARIFReporter {
  public static func render(_ report: LintReport, currentDirectory: String) -> String {
    var stream = Stream(report: report, currentDirectory: currentDirectory)
    for r in report.results { stream.add(r) }
    return stream.finish()
  }

  /// The log gathered file by file. SARIF's keys are sorted, and `artifacts` (the files with
  /// results) and `tool.driver.rules` (which grows with the parse-error ids met) frame the
  /// `results`, so the log is written at the end; until then it holds the results, serialised
  /// (about a kilobyte each), not the files.
  public struct Stream: Sendable {
    /// The report's settings; its `results` are not used.
    let report: LintReport
    let currentDirectory: String
    var ruleIDs = LintRules.all.map(\.descriptor.id)
    var artifacts: [String] = []
    var seenArtifacts: Set<String> = []
    /// Each result serialised at its depth in the log (`runs[0].results[k]`).
    var results: [String] = []

    public init(report: LintReport, currentDirectory: String) {
      var settings = report
      settings.results = []
      self.report = settings
      self.currentDirectory = currentDirectory
    }

    public mutating func add(_ file: LintResult) {
      let lang = report.language
      let lines = file.lineTable
      for d in file.diagnostics {
        if !ruleIDs.contains(d.id) { ruleIDs.append(d.id) }
        let uri = relativeURI(d.file, currentDirectory: currentDirectory)
        if seenArtifacts.insert(uri).inserted { artifacts.append(uri) }
        let s = lines.position(of: d.range.start)
        let e = lines.position(of: d.range.end)
        var message = d.message.text(lang)
        if let c = d.citation { message += " [" + c + "]" }
        var result: [String: JSON] = [
          "ruleId": .string(d.id), "ruleIndex": .int(ruleIDs.firstIndex(of: d.id) ?? 0), "level": .string(level(d.severity)),
          "message": .object(["text": .string(message)]),
          "locations": .array([
            .object([
              "physicalLocation": .object([
                "artifactLocation": .object(["uri": .string(uri), "uriBaseId": .string("%SRCROOT%")]),
                "region": .object([
                  "startLine": .int(max(1, s.line)), "startColumn": .int(max(1, s.column)),
                  "endLine": .int(max(s.line, e.line)),
                  "endColumn": .int(e.line > s.line ? max(1, e.column) : max(s.column, e.column)),
                ]),
              ])
            ])
          ]),
          "properties": .object(
            ["basis": .string(d.inferred ? "inferred" : "confirmed")].merging(
              d.lawChangedOn.map { ["lawChangedOn": JSON.string($0)] } ?? [:], uniquingKeysWith: { a, _ in a })),
          "partialFingerprints": .object(["ambtFinding/v2": .string(findingFingerprint(d, uri: uri, lines: lines))]),
        ]
        if !d.fixIts.isEmpty {
          result["fixes"] = .array(d.fixIts.map { fix($0, uri: uri, lines: lines, language: lang) })
        }
        if !d.notes.isEmpty {
          result["relatedLocations"] = .array(
            d.notes.enumerated().map { k, n in
              let p = lines.position(of: n.range.start)
              return .object([
                "id": .int(k),
                "message": .object(["text": .string(n.message.text(lang))]),
                "physicalLocation": .object([
                  "artifactLocation": .object(["uri": .string(uri), "uriBaseId": .string("%SRCROOT%")]),
                  "region": .object(["startLine": .int(max(1, p.line)), "startColumn": .int(max(1, p.column))]),
                ]),
              ])
            })
        }
        results.append(JSON.object(result).serialized(indent: 2, level: 4))
        hasResults = true
      }
    }

    public func finish() -> String {
      var out = ""
      finish(write: { out += $0 }, results: { emit in results.forEach(emit) })
      return out
    }

    /// Whether a result has been added (kept here or taken by `takeResults`).
    var hasResults = false

    /// The results added since the last call, removed from the stream: a caller that holds them
    /// elsewhere (lint spills them to a temporary file) gives them back to `finish` in order.
    public mutating func takeResults() -> [String] {
      defer { results = [] }
      return results
    }

    /// Writes the log in pieces: everything before the results, each result (`results` calls its
    /// argument with each in order), and the rest; no piece holds more than one result.
    public func finish(write: (String) -> Void, results: ((String) -> Void) -> Void) {
      let lang = report.language
      let rules: [JSON] = ruleIDs.map { id in
        let help = report.helpUri(id)
        guard let r = LintRules.rule(id)?.descriptor else {
          return .object([
            "id": .string(id), "name": .string(camel(id)),
            "shortDescription": .object(["text": .string("ambt check: \(id)")]),
            "fullDescription": .object([
              "text": .string(
                lang == .en
                  ? "A problem found while reading the file (see the language reference)."
                  : "Een probleem bij het lezen van het bestand (zie de taalbeschrijving).")
            ]),
            "helpUri": .optional(help), "defaultConfiguration": .object(["level": .string("error")]),
          ])
        }
        var full = r.summary.text(lang) + " " + r.rationale.text(lang)
        if let c = r.citation { full += " (" + c.display + ")" }
        return .object([
          "id": .string(id), "name": .string(camel(id)), "shortDescription": .object(["text": .string(r.title.text(lang))]),
          "fullDescription": .object(["text": .string(full)]), "helpUri": .optional(help),
          "help": .object([
            "text": .string(r.summary.text(lang)),
            "markdown": .string(help.map { "[\(id)](\($0))" } ?? "`\(id)`: " + r.summary.text(lang)),
          ]),
          "defaultConfiguration": .object(["level": .string(level(r.defaultSeverity))]),
          "properties": .object(["tags": .array([.string(r.family.rawValue)])]),
        ])
      }
      let run: JSON = .object([
        "tool": .object([
          "driver": .object([
            "name": .string("ambt"), "version": .string(report.toolVersion), "semanticVersion": .string(report.toolVersion),
            "informationUri": .optional(report.documentationURL), "rules": .array(rules),
          ])
        ]),
        "columnKind": .string("unicodeCodePoints"),
        "originalUriBaseIds": .object([
          "%SRCROOT%": .object(["description": .object(["text": .string("The directory ambt lint ran in.")])])
        ]),
        "artifacts": .array(
          artifacts.map { .object(["location": .object(["uri": .string($0), "uriBaseId": .string("%SRCROOT%")])]) }),
        "results": .array([]),
      ])
      let root: JSON = .object([
        "$schema": .string("https://json.schemastore.org/sarif-2.1.0.json"), "version": .string("2.1.0"), "runs": .array([run]),
      ])
      // SARIF has no nulls: an absent address (helpUri, informationUri) is left out.
      let log = root.droppingNulls().serialized() + "\n"
      // The serialised results go where the empty array is: the first `"results": []`, as only
      // `artifacts`, `columnKind` and `originalUriBaseIds` (no document text) come before it.
      let empty = Array("\"results\": []".utf8)
      let bytes = Array(log.utf8)
      guard hasResults,
        let at = (0...(bytes.count - empty.count)).first(where: { bytes[$0..<$0 + empty.count].elementsEqual(empty) })
      else { return write(log) }
      write(String(decoding: bytes[..<at], as: UTF8.self) + "\"results\": [")
      var first = true
      withoutActuallyEscaping(write) { write in
        results { result in
          write((first ? "\n        " : ",\n        ") + result)
          first = false
        }
      }
      write("\n      ]" + String(decoding: bytes[(at + empty.count)...], as: UTF8.self))
    }
  }

  /// A fix-it as a SARIF `fix`: one artifact change with one replacement. The deleted region is
  /// given in lines and columns (code points, as `columnKind` says) and in bytes; an insertion
  /// is a region of length 0. `properties.safe` says whether `ambt fix` applies it.
  static func fix(_ f: FixIt, uri: String, lines: LineTable, language: Language) -> JSON {
    let s = lines.position(of: f.range.start)
    let e = lines.position(of: f.range.end)
    return .object([
      "description": .object(["text": .string(f.description(in: lines.bytes).text(language))]),
      "artifactChanges": .array([
        .object([
          "artifactLocation": .object(["uri": .string(uri), "uriBaseId": .string("%SRCROOT%")]),
          "replacements": .array([
            .object([
              "deletedRegion": .object([
                "startLine": .int(max(1, s.line)), "startColumn": .int(max(1, s.column)),
                "endLine": .int(max(1, s.line, e.line)),
                "endColumn": .int(e.line > s.line ? max(1, e.column) : max(1, s.column, e.column)),
                "byteOffset": .int(max(0, f.range.start)), "byteLength": .int(max(0, f.range.end - f.range.start)),
              ]),
              "insertedContent": .object(["text": .string(f.replacement)]),
            ])
          ]),
        ])
      ]),
      "properties": .object(["safe": .bool(f.isSafe)]),
    ])
  }

  static func level(_ s: Severity) -> String {
    switch s {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// `superseded-law` → `SupersededLaw`.
  static func camel(_ id: String) -> String {
    id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
  }

  /// A path relative to `currentDirectory`, percent-encoded as a URI reference.
  public static func relativeURI(_ path: String, currentDirectory: String) -> String {
    var p = path
    let base = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
    if p.hasPrefix(base) { p = String(p.dropFirst(base.count)) }
    while p.hasPrefix("./") { p = String(p.dropFirst(2)) }
    var out = ""
    for b in p.utf8 {
      let c = Character(Unicode.Scalar(b))
      if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
        out.append(c)
      } else {
        let hex = String(b, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return out
  }

  /// The fingerprint of a finding, shared by SARIF, the CI formats and the baseline: the rule,
  /// the file, the article, the Dutch message and the text the finding marks (its whole line when
  /// it marks nothing), never the line number. Moving text keeps it; editing other words on the
  /// same line keeps it too (v1 hashed the whole line).
  public static func findingFingerprint(_ d: Diagnostic, uri: String, lines: LineTable) -> String {
    let count = lines.bytes.count
    let start = min(max(0, d.range.start), count)
    let end = min(max(start, d.range.end), count, start + 512)
    let marked =
      end > start
      ? String(decoding: lines.bytes[start..<end], as: UTF8.self) : lines.lineText(lines.position(of: start).line)
    return fingerprint([d.id, uri, d.article ?? "", stableMessage(d.message.text(.nl)), marked])
  }

  /// The message without what changes from day to day: ISO dates become `DATE` ("vandaag is
  /// 2026-12-02") and a count of days becomes `N` ("over 12 dagen"), so a finding about the review
  /// keeps its fingerprint (and its place in a baseline) while time passes.
  static func stableMessage(_ message: String) -> String {
    let c = Array(message.unicodeScalars)
    func digit(_ k: Int) -> Bool { k < c.count && ("0"..."9").contains(c[k]) }
    var out = String.UnicodeScalarView()
    var k = 0
    while k < c.count {
      let isDate =
        (0..<4).allSatisfy { digit(k + $0) } && k + 9 < c.count && c[k + 4] == "-" && digit(k + 5) && digit(k + 6)
        && c[k + 7] == "-" && digit(k + 8) && digit(k + 9) && (k == 0 || !digit(k - 1))
      if isDate {
        out.append(contentsOf: "DATE".unicodeScalars)
        k += 10
        continue
      }
      if digit(k) && (k == 0 || !digit(k - 1)) {
        var e = k
        while digit(e) { e += 1 }
        let rest = String(String.UnicodeScalarView(c[e..<min(c.count, e + 4)]))
        if rest == " dag" || rest == " day" {
          out.append("N")
          k = e
          continue
        }
      }
      out.append(c[k])
      k += 1
    }
    return String(out)
  }

  /// FNV-1a 64-bit over the parts, as 16 hex digits: stable across runs and platforms.
  static func fingerprint(_ parts: [String]) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for part in parts {
      for b in part.utf8 {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
      }
      h ^= 0x1f
      h = h &* 0x100_0000_01b3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}

extension JSON {
  /// The value with every `null` member of an object left out, at any depth.
  func droppingNulls() -> JSON {
    switch self {
    case .array(let items): return .array(items.map { $0.droppingNulls() })
    case .object(let members):
      return .object(members.filter { $0.value != .null }.mapValues { $0.droppingNulls() })
    default: return self
    }
  }
}
