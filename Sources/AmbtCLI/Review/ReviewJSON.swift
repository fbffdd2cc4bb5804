import AmbtDiff
import AmbtLint
import AmbtModel

/// The dossier as JSON (`Schemas/review.schema.json`).
struct ReviewJSON {
  var language: Language

  func render(_ d: ReviewDossier) -> String {
    let lang = language
    var status: JSON = .null
    if let s = d.status {
      status = .object([
        "basis": .string(s.basisKey), "basisDate": .string(s.basisDate.description), "intervalMonths": .int(s.intervalMonths),
        "intervalSource": .string(s.intervalSource), "interval": .string(s.interval.text(lang)),
        "due": .string(s.due.description),
        "daysLeft": .int(s.daysLeft), "lapsed": .bool(s.lapsed),
      ])
    }
    let m = d.metadata
    let law: [JSON] = d.lawChanges.map { c in
      .object([
        "day": .string(c.day.description), "kind": .string(c.kind.rawValue), "subject": .string(c.subject),
        "description": .string(c.description.text(lang)), "source": .optional(c.source), "verified": .bool(c.verified),
      ])
    }
    let findings: [JSON] = d.findings.map { f in
      .object([
        "action": .string(f.action.rawValue), "rule": .string(f.diagnostic.id),
        "severity": .string(f.diagnostic.severity.rawValue),
        "message": .string(f.diagnostic.message.text(lang)), "line": .int(f.line), "column": .int(f.column),
        "article": .optional(f.diagnostic.article), "citation": .optional(f.diagnostic.citation),
        "basis": .string(f.diagnostic.inferred ? "inferred" : "confirmed"), "lawChangedOn": .optional(f.diagnostic.lawChangedOn),
      ])
    }
    var code: JSON = .null
    if let diff = d.diff, let previous = d.previous {
      let (substantive, editorial) = ReviewDossier.ordered(diff)
      code = .object([
        "previous": .string(previous),
        "substantive": .array(substantive.map { .string(ReviewDossier.describe($0, lang)) }),
        "metadata": .array(diff.metadata.map { .string("\($0.kindLabel(lang)): \($0.old ?? "—") → \($0.new ?? "—")") }),
        "editorial": .array(editorial.map { .string(ReviewDossier.describe($0, lang)) }),
      ])
    }
    let coverage: [JSON] = d.coverage.rows.map { r in
      .object([
        "obligation": .string(r.obligation.id), "citation": .string(r.obligation.citationText),
        "atAdoption": d.coverage.adoption == nil ? .null : .string(d.coverage.cells(r, lang)[0]),
        "today": .string(d.coverage.cells(r, lang).last ?? ""),
      ])
    }
    return JSON.object([
      "schemaVersion": .int(1), "kind": .string("review"), "file": .string(d.file), "title": .string(d.title),
      "organisation": .optional(d.organisation), "today": .string(d.today.description),
      "metadata": .object([
        "adoptedOn": .optional(m.adoptedOn?.value.description), "inForce": .optional(m.inForce?.value.description),
        "lastReview": .optional(m.lastReview?.value.description), "lastReviewBy": .optional(m.lastReviewBy?.value),
      ]),
      "status": status,
      "lawSince": d.lawSince.map { .object(["day": .string($0.day.description), "key": .string($0.key)]) } ?? .null,
      "lawChanges": .array(law), "findings": .array(findings), "coverage": .array(coverage), "code": code,
      "peers": .object([
        "files": .array(d.peerFiles.map(JSON.string)),
        "notes": .array(d.peerNotes.map { .object(["subject": .string($0.subject), "text": .string($0.text.text(lang))]) }),
      ]),
      "checklist": .array(
        d.checklist.map {
          .object(["id": .string($0.id), "text": .string($0.text.text(lang)), "decision": .null, "by": .null, "date": .null])
        }),
    ]).serialized() + "\n"
  }
}
