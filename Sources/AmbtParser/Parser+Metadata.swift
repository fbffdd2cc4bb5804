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
          "metadata-syntax", "verwacht 'sleutel: waarde' in het metadatablok", "expected 'key: value' in the metadata block",
          at: line.contentRange, hintNL: "bijvoorbeeld 'titel: Gedragscode ambtenaren'",
          hintEN: "for example 'titel: Gedragscode ambtenaren'")
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
          "unknown-metadata-key", "onbekende sleutel '\(rawKey)' in het metadatablok",
          "unknown key '\(rawKey)' in the metadata block", at: keyRange,
          hintNL: suggestion.map { "bedoelde je '\($0)'?" } ?? "zie docs/language.md voor de sleutels",
          hintEN: suggestion.map { "did you mean '\($0)'?" } ?? "see docs/language.md for the keys",
          fixIts: fixIt(
            keyRange, suggestion, correction: clearCorrection(String(rawKey), MetadataKey.allCases.map(\.rawValue))))
        i += 1
        continue
      }
      if let first = seen[key] {
        error(
          "duplicate-metadata-key", "sleutel '\(key.rawValue)' staat er twee keer", "key '\(key.rawValue)' appears twice",
          at: keyRange, notes: [DiagnosticNote(message: LocalizedText(nl: "eerste keer hier", en: "first here"), range: first)])
      }
      seen[key] = keyRange
      var canonicalValue = collapse(String(value))
      let text = canonicalValue
      if text.isEmpty {
        error(
          "empty-metadata-value", "'\(key.rawValue)' heeft geen waarde", "'\(key.rawValue)' has no value", at: keyRange,
          hintNL: "vul een waarde in of laat de regel weg", hintEN: "give a value or leave the line out")
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
            "invalid-cbs-code", "'\(text)' is geen CBS-code", "'\(text)' is not a CBS code", at: valueRange,
            hintNL: "een gemeentecode is 'GM' met vier cijfers, bijvoorbeeld GM0358",
            hintEN: "a municipality code is 'GM' and four digits, for example GM0358")
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
            "invalid-date", "'\(abbreviated(text))' is geen datum in de vorm jaar-maand-dag",
            "'\(abbreviated(text))' is not a date in the form year-month-day", at: valueRange,
            hintNL: "bedoelde je \(meant)? Schrijf 2025-03-11, 2025-03, 2025 of 11 maart 2025",
            hintEN: "did you mean \(meant)? Write 2025-03-11, 2025-03, 2025 or 11 maart 2025",
            fixIts: [FixIt(range: valueRange, replacement: meant.description, safe: true)])
        case .yearOutOfRange:
          error(
            "date-out-of-range",
            "'\(abbreviated(text))' valt buiten het bereik van de jaren \(PartialDate.years.lowerBound) tot en met \(PartialDate.years.upperBound)",
            "'\(abbreviated(text))' is outside the range of years \(PartialDate.years.lowerBound) to \(PartialDate.years.upperBound)",
            at: valueRange, hintNL: "schrijf het jaar met vier cijfers, bijvoorbeeld 2025-03-11",
            hintEN: "write the year with four digits, for example 2025-03-11")
        case .invalid:
          error(
            "invalid-date", "'\(abbreviated(text))' is geen datum", "'\(abbreviated(text))' is not a date", at: valueRange,
            hintNL: "schrijf 2025-03-11, 2025-03, 2025 of 11 maart 2025",
            hintEN: "write 2025-03-11, 2025-03, 2025 or 11 maart 2025")
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
              "interval-out-of-range",
              "herzieningstermijn '\(abbreviated(text))' valt buiten het bereik van 1 maand tot en met 100 jaar (1.200 maanden)",
              "review interval '\(abbreviated(text))' is outside the range 1 month to 100 years (1,200 months)",
              at: valueRange, hintNL: "een code wordt meestal elke 2 tot 4 jaar herzien; schrijf bijvoorbeeld '24 maanden'",
              hintEN: "a code is usually reviewed every 2 to 4 years; write for example '24 maanden'")
          }
        } else {
          error(
            "invalid-interval", "'\(text)' is geen termijn", "'\(text)' is not a period", at: valueRange,
            hintNL: "schrijf bijvoorbeeld '24 maanden' of '2 jaar'", hintEN: "write for example '24 maanden' or '2 jaar'")
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
              "unknown-group", "onbekende groep '\(piece)'", "unknown group '\(piece)'", at: range,
              hintNL: s.map { "bedoelde je '\($0)'?" } ?? "zie 'ambt vocab groepen'",
              hintEN: s.map { "did you mean '\($0)'?" } ?? "see 'ambt vocab groups'",
              fixIts: fixIt(range, s, in: vocabulary.groups, for: piece))
          }
        }
      case .nummering:
        switch TextFolding.foldHyphensAsSpaces(text) {
        case "doorlopend": meta.numbering = .doorlopend
        case "per hoofdstuk", "per thema": meta.numbering = .perHoofdstuk
        default:
          error(
            "invalid-numbering", "onbekende nummering '\(text)'", "unknown numbering '\(text)'", at: valueRange,
            hintNL: "kies 'doorlopend' of 'per hoofdstuk'", hintEN: "choose 'doorlopend' or 'per hoofdstuk'")
        }
      }
      roles[i] = .metadata(key: key.rawValue, value: canonicalValue)
      i += 1
    }
    if !closed {
      error(
        "unclosed-metadata", "het metadatablok is niet afgesloten met '---'", "the metadata block is not closed with '---'",
        at: open.contentRange, hintNL: "zet een regel '---' na de laatste sleutel", hintEN: "put a line '---' after the last key")
      meta.range = SourceRange(start: open.range.start, end: i < lines.count ? lines[i].range.start : byteCount)
    }
    for required in [MetadataKey.titel, .organisatie] where seen[required] == nil {
      error(
        "missing-metadata-key", "verplichte sleutel '\(required.rawValue)' ontbreekt in het metadatablok",
        "required key '\(required.rawValue)' is missing from the metadata block", at: open.contentRange,
        hintNL: "voeg '\(required.rawValue): …' toe", hintEN: "add '\(required.rawValue): …'")
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
    var result: [(Substring, SourceRange)] = []
    let bytes = value.utf8
    let sep = separator.asciiValue ?? UInt8(ascii: ",")
    func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
    var start = bytes.startIndex
    func flush(_ end: Substring.Index) {
      var lo = start
      while lo < end, isBlank(bytes[lo]) { lo = bytes.index(after: lo) }
      var hi = end
      while hi > lo {
        let before = bytes.index(before: hi)
        guard isBlank(bytes[before]) else { break }
        hi = before
      }
      if lo < hi {
        let sub = value[lo..<hi]
        result.append((sub, line.range(of: sub)))
      }
    }
    var idx = bytes.startIndex
    while idx < bytes.endIndex {
      if bytes[idx] == sep {
        flush(idx)
        start = bytes.index(after: idx)
      }
      idx = bytes.index(after: idx)
    }
    flush(bytes.endIndex)
    return result
  }
}

extension String {
  var trimmingSpaces: String {
    String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
