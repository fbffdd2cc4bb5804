import AmbtModel

/// Known metadata keys: canonical spelling by folded key.
enum MetadataKey: String, CaseIterable {
  case titel, organisatie
  case cbsCode = "cbs-code"
  case vastgesteldDoor = "vastgesteld door"
  case vastgesteldOp = "vastgesteld op"
  case inWerking = "in werking"
  case vervangt, grondslag
  case geldtVoor = "geldt voor"
  case laatsteHerziening = "laatste herziening"
  case herzienDoor = "herzien door"
  case geldigTot = "geldig tot"
  case vervallenPer = "vervallen per"
  case herzieningstermijn, bron, cvdr, nummering

  static func lookup(_ raw: String) -> MetadataKey? {
    let f = TextFolding.foldHyphensAsSpaces(raw)
    return allCases.first { TextFolding.foldHyphensAsSpaces($0.rawValue) == f }
  }
}

extension DocumentParser {
  mutating func parseMetadata() -> Metadata {
    var meta = Metadata()
    let open = lines[i]
    roles[i] = .fence
    i += 1
    var seen: [MetadataKey: SourceRange] = [:]
    var closed = false
    while i < lines.count {
      let line = lines[i]
      if line.kind == .fence {
        roles[i] = .fence
        meta.range = SourceRange(start: open.range.start, end: line.contentRange.end)
        i += 1
        closed = true
        break
      }
      if line.kind == .blank {
        roles[i] = .blank
        i += 1
        continue
      }
      if line.kind == .comment {
        roles[i] = .comment
        i += 1
        continue
      }
      if line.kind == .heading1 || line.kind == .article {
        break  // a forgotten closing fence: report below and parse the rest normally
      }
      guard let colon = line.content.firstIndex(of: ":") else {
        roles[i] = .invalid
        error(
          "metadata-syntax", LocalizedText("check.metadata-syntax"),
          at: line.contentRange, hint: LocalizedText("check.metadata-syntax.hint"))
        i += 1
        continue
      }
      let rawKey = line.content[..<colon]
      let value = line.content[line.content.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
      let keyRange = line.range(of: rawKey)
      let valueRange = line.range(of: value)
      guard let key = MetadataKey.lookup(String(rawKey)) else {
        roles[i] = .invalid
        let suggestion =
          Alternatives.lookup(String(rawKey), in: vocabulary.alternatives.metadataKeys)
          ?? TextFolding.suggestion(for: String(rawKey), among: SuggestionLists.metadataKeys)
        error(
          "unknown-metadata-key", LocalizedText("check.unknown-metadata-key", ["rawKey": "\(rawKey)"]), at: keyRange,
          hint: suggestion.map { LocalizedText("check.hint.did-you-mean", ["suggestion": $0]) }
            ?? LocalizedText("check.unknown-metadata-key.hint"),
          fixIts: fixIt(
            keyRange, suggestion, correction: clearCorrection(String(rawKey), MetadataKey.allCases.map(\.rawValue))))
        i += 1
        continue
      }
      if let first = seen[key] {
        error(
          "duplicate-metadata-key", LocalizedText("check.duplicate-metadata-key", ["key": "\(key.rawValue)"]),
          at: keyRange, notes: [DiagnosticNote(message: LocalizedText("check.message.first-here"), range: first)])
      }
      seen[key] = keyRange
      var canonicalValue = collapse(String(value))
      let text = canonicalValue
      if text.isEmpty {
        error(
          "empty-metadata-value", LocalizedText("check.empty-metadata-value", ["key": "\(key.rawValue)"]), at: keyRange,
          hint: LocalizedText("check.empty-metadata-value.hint"))
        roles[i] = .metadata(key: key.rawValue, value: canonicalValue)
        i += 1
        continue
      }
      switch key {
      case .titel: meta.title = Field(text, range: valueRange)
      case .organisatie:
        // "Leek (GM0022)": the CBS code may be given in brackets.
        if let open = text.lastIndex(of: "("), text.hasSuffix(")") {
          let code = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmingSpaces
          let name = String(text[..<open]).trimmingSpaces
          meta.organisation = Field(name, range: valueRange)
          if isCBSCode(code) {
            meta.cbsCode = Field(code.uppercased(), range: valueRange)
          } else {
            meta.organisation = Field(text, range: valueRange)
          }
        } else {
          meta.organisation = Field(text, range: valueRange)
        }
      case .cbsCode:
        if isCBSCode(text) {
          meta.cbsCode = Field(text.uppercased(), range: valueRange)
          canonicalValue = text.uppercased()
        } else {
          error(
            "invalid-cbs-code", LocalizedText("check.invalid-cbs-code", ["text": "\(text)"]), at: valueRange,
            hint: LocalizedText("check.invalid-cbs-code.hint"))
        }
      case .vastgesteldDoor: meta.adoptedBy = Field(text, range: valueRange)
      case .herzienDoor: meta.lastReviewBy = Field(text, range: valueRange)
      case .vervangt: meta.replaces = Field(text, range: valueRange)
      case .bron: meta.source = Field(text, range: valueRange)
      case .cvdr: meta.cvdr = Field(text, range: valueRange)
      case .vastgesteldOp, .inWerking, .laatsteHerziening, .geldigTot, .vervallenPer:
        switch DateParser.read(text) {
        case .date(let date):
          canonicalValue = date.description
          let f = Field(date, range: valueRange)
          switch key {
          case .vastgesteldOp: meta.adoptedOn = f
          case .inWerking: meta.inForce = f
          case .geldigTot: meta.validUntil = f
          case .vervallenPer: meta.lapsedOn = f
          default: meta.lastReview = f
          }
        case .otherForm(let meant):
          error(
            "invalid-date", LocalizedText("check.invalid-date.abbreviated-not-date-in", ["abbreviated": "\(abbreviated(text))"]),
            at: valueRange,
            hint: LocalizedText("check.invalid-date.hint.did-you-mean-meant", ["meant": "\(meant)"]),
            fixIts: [FixIt(range: valueRange, replacement: meant.description, safe: true)])
        case .yearOutOfRange:
          error(
            "date-out-of-range",
            LocalizedText(
              "check.date-out-of-range",
              [
                "abbreviated": "\(abbreviated(text))", "lowerBound": "\(PartialDate.years.lowerBound)",
                "upperBound": "\(PartialDate.years.upperBound)",
              ]),
            at: valueRange, hint: LocalizedText("check.date-out-of-range.hint"))
        case .invalid:
          error(
            "invalid-date", LocalizedText("check.invalid-date.abbreviated-not-date", ["abbreviated": "\(abbreviated(text))"]),
            at: valueRange,
            hint: LocalizedText("check.invalid-date.hint.write-2025-03-11"))
        }
      case .herzieningstermijn:
        if let q = QuantityParser.parse(Substring(text)), let days = q.unit.days, q.unit != .uur {
          // In Double first: a 20-digit number of years is no Int, and must not trap.
          let months = (q.amount * days / (365.0 / 12.0)).rounded()
          let allowed = Metadata.reviewIntervalMonthsRange
          if months.isFinite, months >= Double(allowed.lowerBound), months <= Double(allowed.upperBound) {
            meta.reviewIntervalMonths = Field(Int(months), range: valueRange)
          } else {
            error(
              "interval-out-of-range", LocalizedText("check.interval-out-of-range", ["abbreviated": "\(abbreviated(text))"]),
              at: valueRange, hint: LocalizedText("check.interval-out-of-range.hint"))
          }
        } else {
          error(
            "invalid-interval", LocalizedText("check.invalid-interval", ["text": "\(text)"]), at: valueRange,
            hint: LocalizedText("check.invalid-interval.hint"))
        }
      case .grondslag:
        // Several bases are separated by ';' (a law reference itself may contain commas).
        for (piece, range) in splitList(value, line: line, separator: ";") {
          if let ref = parseLawReference(piece, range: range, inferred: false) { meta.legalBasis.append(ref) }
        }
      case .geldtVoor:
        for (piece, range) in splitList(value, line: line) {
          if let id = vocabulary.groups.resolve(String(piece)) {
            meta.appliesTo.append(Tag(value: id, range: range))
          } else {
            let s = vocabulary.groups.suggestion(for: String(piece))
            error(
              "unknown-group", LocalizedText("check.unknown-group", ["piece": "\(piece)"]), at: range,
              hint: s.map { LocalizedText("check.hint.did-you-mean", ["suggestion": $0]) }
                ?? LocalizedText("check.unknown-group.hint"),
              fixIts: fixIt(range, s, in: vocabulary.groups, for: piece))
          }
        }
      case .nummering:
        switch TextFolding.foldHyphensAsSpaces(text) {
        case "doorlopend": meta.numbering = .doorlopend
        case "per hoofdstuk", "per thema": meta.numbering = .perHoofdstuk
        default:
          error(
            "invalid-numbering", LocalizedText("check.invalid-numbering", ["text": "\(text)"]), at: valueRange,
            hint: LocalizedText("check.invalid-numbering.hint"))
        }
      }
      roles[i] = .metadata(key: key.rawValue, value: canonicalValue)
      i += 1
    }
    if !closed {
      error(
        "unclosed-metadata", LocalizedText("check.unclosed-metadata"),
        at: open.contentRange, hint: LocalizedText("check.unclosed-metadata.hint"))
      meta.range = SourceRange(start: open.range.start, end: i < lines.count ? lines[i].range.start : byteCount)
    }
    for required in [MetadataKey.titel, .organisatie] where seen[required] == nil {
      error(
        "missing-metadata-key", LocalizedText("check.missing-metadata-key", ["required": "\(required.rawValue)"]),
        at: open.contentRange,
        hint: LocalizedText("check.missing-metadata-key.hint", ["required": "\(required.rawValue)"]))
    }
    return meta
  }

  func isCBSCode(_ s: String) -> Bool {
    let u = s.uppercased()
    return u.count == 6 && u.hasPrefix("GM") && u.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Splits a comma-separated value into trimmed pieces with their ranges.
  func splitList(_ value: Substring, line: Line, separator: Character = ",") -> [(Substring, SourceRange)] {
    // On UTF-8 bytes: the separator, space and tab are ASCII, so every cut is a scalar boundary,
    // and this runs for every annotation, where walking characters was a tenth of all parse time.
    let sep = separator.asciiValue ?? UInt8(ascii: ",")
    let cuts =
      value.utf8.withContiguousStorageIfAvailable { Self.listCuts($0, separator: sep) }
      ?? Array(value.utf8).withUnsafeBufferPointer { Self.listCuts($0, separator: sep) }
    let base = line.offset(of: value.startIndex)
    let u = value.utf8
    var result: [(Substring, SourceRange)] = []
    result.reserveCapacity(cuts.count)
    var index = u.startIndex
    var at = 0
    for (lo, hi) in cuts {
      let a = u.index(index, offsetBy: lo - at)
      let b = u.index(a, offsetBy: hi - lo)
      index = b
      at = hi
      result.append((value[a..<b], SourceRange(start: base + lo, end: base + hi)))
    }
    return result
  }

  /// The pieces of a list between separators, trimmed of blanks, as byte offsets.
  static func listCuts(_ u: UnsafeBufferPointer<UInt8>, separator sep: UInt8) -> [(Int, Int)] {
    var cuts: [(Int, Int)] = []
    func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    var start = 0
    func flush(_ end: Int) {
      var lo = start
      while lo < end, isBlank(u[lo]) { lo += 1 }
      var hi = end
      while hi > lo, isBlank(u[hi - 1]) { hi -= 1 }
      if lo < hi { cuts.append((lo, hi)) }
    }
    for k in 0..<u.count where u[k] == sep {
      flush(k)
      start = k + 1
    }
    flush(u.count)
    return cuts
  }
}

extension String {
  var trimmingSpaces: String {
    // On bytes when the characters beside the blanks are ASCII (a blank is then a character of
    // its own); otherwise by characters.
    var s = self
    let cut = s.withUTF8 { u -> (Int, Int)? in
      var start = 0
      var end = u.count
      while start < end && (u[start] == 0x20 || u[start] == 0x09) { start += 1 }
      while end > start && (u[end - 1] == 0x20 || u[end - 1] == 0x09) { end -= 1 }
      if start > 0 && start < u.count && u[start] >= 0x80 { return nil }
      if end < u.count && end > 0 && u[end - 1] >= 0x80 { return nil }
      return (start, end)
    }
    if let (start, end) = cut {
      if start == 0 && end == utf8.count { return self }
      let u = utf8
      let a = u.index(u.startIndex, offsetBy: start)
      return String(self[a..<u.index(a, offsetBy: end - start)])
    }
    return String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
