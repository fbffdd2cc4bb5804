import AmbtModel
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The analyses of texts already read, so that a text read again (a model code's article in many
/// municipalities' codes, a rule unchanged between two versions, a paragraph repeated in one file)
/// is analysed once. The analysis is a function of the text, its lead-in and its context only;
/// where a text stands in its file (`base`) moves every range by the same amount, so an entry is
/// kept with the base it was read at and shifted to the new one (`SentenceAnalysis.shifted`).
///
/// Memory stays flat: two generations of at most `generation` texts and `generationBytes` bytes of
/// text each (longer texts are not kept); when the newer fills,
/// the older is dropped and the newer takes its place, and a text found in the older moves up.
/// Shared by the threads of one process behind a mutex (a look-up is a hash of the text).
final class AnalysisCache: Sendable {
  /// Known by its bytes: hashed once, on UTF-8 (a `String` hashes and compares its normalized
  /// form, which costs more than the look-up on text with accents or `€`).
  struct Key: Hashable, Sendable {
    let text: String
    let leadIn: String?
    let context: TextContext
    private let hash: Int

    init(text: String, leadIn: String?, context: TextContext) {
      self.text = text
      self.leadIn = leadIn
      self.context = context
      var h = Hasher()
      for part in [text, leadIn ?? ""] {
        var part = part
        part.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        h.combine(0xFF as UInt8)
      }
      h.combine(context)
      h.combine(leadIn == nil)
      hash = h.finalize()
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (a: Key, b: Key) -> Bool {
      a.hash == b.hash && a.context == b.context && (a.leadIn == nil) == (b.leadIn == nil)
        && Self.sameBytes(a.text, b.text) && Self.sameBytes(a.leadIn ?? "", b.leadIn ?? "")
    }

    /// Whether two strings have the same UTF-8 (memcmp; a generic walk over the views cost more
    /// than the rest of a look-up).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
      guard a.utf8.count == b.utf8.count else { return false }
      var a = a
      var b = b
      return a.withUTF8 { x in b.withUTF8 { y in x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
  }

  struct Entry: Sendable {
    let base: Int
    let analyses: [SentenceAnalysis]
  }

  /// Texts per generation (a paragraph's analyses take a few kilobytes).
  static let generation = 4096
  /// Bytes of text per generation: a file of long, different paragraphs keeps the cache small.
  static let generationBytes = 2 << 20
  /// A text longer than this is not kept (a long passage seldom comes back word for word).
  static let longestText = 8192

  private struct Generations: ~Copyable {
    var recent: [Key: Entry] = [:]
    var older: [Key: Entry] = [:]
    /// The bytes of text in `recent`.
    var recentBytes = 0
  }

  private let state = Mutex(Generations())

  /// Lead-ins prepared before (a model code's "Het is niet toegestaan om:" in many codes), at
  /// most `generation` of them: the store is emptied when it fills.
  private let leads = Mutex([String: NormAnalyser.PreparedLeadIn]())

  /// The prepared lead-in `text`, made by `make` the first time it is asked for.
  func lead(_ text: String, _ make: () -> NormAnalyser.PreparedLeadIn) -> NormAnalyser.PreparedLeadIn {
    guard text.utf8.count <= Self.longestText else { return make() }
    if let known = leads.withLock({ $0[text] }) { return known }
    let made = make()
    leads.withLock { d in
      if d.count >= Self.generation { d.removeAll(keepingCapacity: true) }
      d[text] = made
    }
    return made
  }

  /// The analyses of `key`'s text read at `base`, if it was read before.
  func analyses(_ key: Key, base: Int) -> [SentenceAnalysis]? {
    let entry: Entry? = state.withLock { g in
      if let e = g.recent[key] { return e }
      guard let e = g.older[key] else { return nil }
      Self.insert(key, e, into: &g)
      return e
    }
    guard let entry else { return nil }
    let delta = base - entry.base
    return delta == 0 ? entry.analyses : entry.analyses.map { $0.shifted(by: delta) }
  }

  /// How many texts the cache holds (both generations).
  var count: Int { state.withLock { $0.recent.count + $0.older.count } }

  func store(_ key: Key, base: Int, _ analyses: [SentenceAnalysis]) {
    guard key.text.utf8.count <= Self.longestText else { return }
    state.withLock { g in Self.insert(key, Entry(base: base, analyses: analyses), into: &g) }
  }

  private static func insert(_ key: Key, _ entry: Entry, into g: inout Generations) {
    let bytes = key.text.utf8.count + (key.leadIn?.utf8.count ?? 0)
    if g.recent.count >= generation || g.recentBytes + bytes > generationBytes {
      g.older = g.recent
      g.recent = [:]
      g.recentBytes = 0
    }
    if g.recent.updateValue(entry, forKey: key) == nil { g.recentBytes += bytes }
  }
}

extension SentenceAnalysis {
  /// The same analysis of the same text standing `delta` bytes further on in its file.
  func shifted(by delta: Int) -> SentenceAnalysis {
    func move(_ r: SourceRange) -> SourceRange { SourceRange(start: r.start + delta, end: r.end + delta) }
    return SentenceAnalysis(
      text: text, range: move(range), modality: modality, modalities: modalities, negated: negated, addressee: addressee,
      reportTo: reportTo, consentBy: consentBy, action: action, topics: topics,
      amounts: amounts.map {
        var a = $0; a.range = move(a.range); return a
      },
      periods: periods.map {
        var p = $0; p.range = move(p.range); return p
      }, temporal: temporal,
      references: references.map {
        var r = $0; r.range = move(r.range); return r
      }, clause: clause, norms: norms,
      question: question, qualified: qualified, wordText: wordText, conditional: conditional,
      wordIndex: (wordStarts, wordOffsets))
  }

  /// The same analysis told of the whole sentence it was read from (`text`, `range`): an item's
  /// own label ("Niet: …") is read as a lead-in, but the sentence a finding quotes keeps it.
  func retold(_ text: String, range: SourceRange) -> SentenceAnalysis {
    SentenceAnalysis(
      text: text, range: range, modality: modality, modalities: modalities, negated: negated, addressee: addressee,
      reportTo: reportTo, consentBy: consentBy, action: action, topics: topics, amounts: amounts, periods: periods,
      temporal: temporal, references: references, clause: clause, norms: norms, question: question,
      qualified: qualified, wordText: wordText, conditional: conditional, wordIndex: (wordStarts, wordOffsets))
  }
}
