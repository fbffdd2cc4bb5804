import AmbtDiff
import AmbtModel
import AmbtParser
import Foundation
import Testing

/// The property of the wijzigingsbesluit: carrying out the decision that `diff` writes on the
/// old version gives the new one (the same text in the canonical layout, comments aside).
@Suite struct AmendmentPropertyTests {
  static let codes = [
    "Codes/leek.ambt", "Codes/alphen-aan-den-rijn-2014.ambt", "Codes/aalsmeer-2025.ambt", "Codes/leiderdorp-2025.ambt",
    "Codes/maastricht.ambt",
  ]

  /// Writes the decision, reads it back, carries it out; nil when all went well, else what failed.
  static func roundTrip(_ old: String, _ new: String, checked: Bool = true) -> String? {
    guard
      let decision = AmendmentGenerator().decision(
        old: old, oldFile: "oud.ambt", new: new, newFile: "nieuw.ambt", checked: checked)
    else { return "no decision" }
    return roundTrip(old, new, decision)
  }

  static func roundTrip(_ old: String, _ new: String, _ decision: AmendmentDecision, canonical: Bool = false) -> String? {
    let text = AmendmentRenderer().render(decision)
    let (read, problems) = AmendmentParser.parse(text, file: "besluit.txt")
    if let p = problems.first { return "the decision does not read back: \(p.message.en)\n\(text)" }
    switch AmendmentApplier().apply(read, to: old, file: "oud.ambt", decisionFile: "besluit.txt") {
    case .failure(let f): return "the decision cannot be carried out: \(f.diagnostics.first?.message.en ?? "")\n\(text)"
    case .success(let result):
      guard let expected = canonical ? new : AmendmentApplier.canonical(new) else { return "the new version has errors" }
      if AmendmentApplier.comparable(result) != AmendmentApplier.comparable(expected) {
        return "the result differs from the new version\n\(text)"
      }
      return nil
    }
  }

  @Test("the decisions for the real version pairs carry the old version into the new one", arguments: ["leek", "alphen"])
  func realPairs(name: String) {
    let old = Support.read(name == "leek" ? "Codes/leek.ambt" : "Codes/alphen-aan-den-rijn-2014.ambt")
    let new = Support.read("Tests/AmbtDiffTests/Fixtures/\(name)-v2.ambt")
    #expect(Self.roundTrip(old, new) == nil)
    #expect(Self.roundTrip(new, old) == nil, "and back")
  }

  @Test("every real code against every other: the decision still yields the new code", arguments: codes)
  func crossCodes(path: String) {
    let old = Support.read(path)
    for other in Self.codes where other != path {
      #expect(Self.roundTrip(old, Support.read(other)) == nil, "\(path) → \(other)")
    }
  }

  /// How many new versions the property test makes (`AMBT_AMENDMENT_CASES` for more).
  static let cases = Int(ProcessInfo.processInfo.environment["AMBT_AMENDMENT_CASES"] ?? "") ?? 340

  /// A version with four to ten random edits of a real code (the ones that keep it valid),
  /// parsed in the canonical layout.
  static func version(of base: String, seed: UInt64) -> (parsed: ParseResult, edits: [String]) {
    var m = CodeMutator(base, seed: seed)
    var states: [(CodeMutator, String)] = []
    for _ in 0..<(4 + Int(seed % 7)) {
      for _ in 0..<4 {
        guard let kind = m.pick(CodeMutator.kinds) else { break }
        var attempt = m
        if attempt.edit(kind) {
          states.append((m, kind))
          m = attempt
          break
        }
        m.rng = attempt.rng
      }
    }
    // An edit that made the code invalid (a reference to a removed rule) is taken back.
    while true {
      if let parsed = AmendmentGenerator.canonical(m.text, file: "nieuw.ambt") { return (parsed, states.map(\.1)) }
      guard let (before, _) = states.popLast() else { return (AmendmentGenerator.canonical(base, file: "nieuw.ambt")!, []) }
      m = before
    }
  }

  @Test("random edits of real codes: the decision, carried out, gives the new version (builder unchecked)")
  func randomEdits() {
    let bases = Self.codes.map { AmendmentGenerator.canonical(Support.read($0), file: "oud.ambt")! }
    let start = Date()
    let cpu = clock()
    // Each seed stands alone, so they run on every core; issues are recorded afterwards, in order.
    let results = Outcomes(count: Self.cases)
    DispatchQueue.concurrentPerform(iterations: Self.cases) { k in
      let seed = UInt64(k + 1)
      let base = bases[k % bases.count]
      let (new, applied) = Self.version(of: base.text, seed: seed)
      let name = "seed \(seed) (\(applied.joined(separator: ", ")))"
      // Unchecked: the builder's own decision, not the fallback a check would put in its place.
      guard let decision = AmendmentGenerator().decision(old: base, new: new, checked: false) else {
        results.put(k, edits: applied.count, failure: "\(name): no decision")
        return
      }
      var failure = Self.roundTrip(base.text, new.text, decision, canonical: true).map { "\(name): \($0.prefix(6000))" }
      if decision.instructions.contains(where: { $0.target == .document }) {
        failure = "\(name): the builder gave the whole text anew"
      }
      results.put(k, edits: applied.count, failure: decision.parts.isEmpty ? nil : failure)
    }
    for f in results.failures { Issue.record(Comment(rawValue: f)) }
    let seconds = Int(Date().timeIntervalSince(start))
    let processor = Int(Double(clock() - cpu) / Double(CLOCKS_PER_SEC))
    print(
      "amendment property: \(Self.cases) versions, \(results.edits) edits, \(results.failures.count) failures, \(seconds) s (\(processor) s of processor time)"
    )
    #expect(results.edits >= 2 * Self.cases)
  }
}

/// What each seed of the property test found, written from several threads.
final class Outcomes: @unchecked Sendable {
  private var slots: [(edits: Int, failure: String?)]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: (0, nil), count: count) }

  func put(_ k: Int, edits: Int, failure: String?) {
    lock.lock()
    slots[k] = (edits, failure)
    lock.unlock()
  }

  var edits: Int { slots.reduce(0) { $0 + $1.edits } }
  var failures: [String] { slots.compactMap(\.failure) }
}
