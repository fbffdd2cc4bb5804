import AmbtModel
import AmbtParser
import AmbtSemantics

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a lint rule sees: the document, its source, the date the linter treats as today and
/// the catalogues.
public struct LintContext: Sendable {
  public let document: Document
  /// The decoded source text, for rules that point at words in it.
  public let source: String
  public let today: Day
  public let catalogue: ObligationCatalogue
  public let vocabulary: Vocabulary
  /// The obligations' coverage, computed on first use and shared by the rules that need it.
  let coverageCache = Memo<[CoverageEntry]>()
  /// Facts many rules ask for, computed once per document (issue 7: recomputing them was a
  /// third of lint time).
  let topicsCache = Memo<[(article: Article, topics: [String])]>()
  let articleTextCache = Memo<[String]>()
  let articlesCache = Memo<[Article]>()
  let validatorCache = Memo<[Diagnostic]>()
  let outsideTextCache = Memo<[String]>()
  let meaningCache = Memo<[RuleMeaning]>()
  let outsideSentenceCache = Memo<[SentenceAnalysis]>()
  let reviewPromiseCache = Memo<ReviewPromise?>()

  /// The parser's whole-document checks (duplicates, references), run once for the rules that
  /// report them.
  public var validatorFindings: [Diagnostic] {
    validatorCache.value { Validator.validate(document, articles: articles) }
  }

  /// Every rule of the document, built once (`Document.articles` builds a new array each call).
  public var articles: [Article] { articlesCache.value { document.articles } }

  public init(
    document: Document, source: String, today: Day, catalogue: ObligationCatalogue = .shared, vocabulary: Vocabulary = .shared
  ) {
    self.document = document
    self.source = source
    self.today = today
    self.catalogue = catalogue
    self.vocabulary = vocabulary
  }

  public var file: String { document.file }

  /// A finding of `rule`; the linter fills in the severity.
  public func finding(
    _ rule: RuleDescriptor, _ message: LocalizedText, hint: LocalizedText? = nil, at range: SourceRange,
    article: Article? = nil, citation: String? = nil, notes: [DiagnosticNote] = [], inferred: Bool = false
  ) -> Diagnostic {
    var d = Diagnostic(
      id: rule.id, severity: rule.defaultSeverity, message: message, hint: hint, range: range, file: file,
      notes: notes, article: article?.label, citation: citation ?? rule.citation?.display)
    d.inferred = inferred
    return d
  }

  /// Where document-level findings point: the metadata block, else the start of the file.
  public var documentRange: SourceRange {
    let m = document.metadata.range
    return m == .empty ? SourceRange(start: 0, end: 0) : SourceRange(start: m.start, end: m.start + 3)
  }

  /// Rules with the topics that apply to them: their own, else their chapter's defaults.
  public var articlesWithTopics: [(article: Article, topics: [String])] {
    topicsCache.value {
      // A loop over the chapters' items: `Document.articlesWithChapters` copies the chapter
      // into every pair, which was a twentieth of lint time (issue 7).
      var rules: [(article: Article, topics: [String])] = []
      for chapter in document.allChapters {
        let defaults = chapter.annotations.topicIDs
        for item in chapter.items {
          guard case .article(let a) = item else { continue }
          let own = a.annotations.topicIDs
          rules.append((a, own.isEmpty ? defaults : own))
        }
      }
      return rules
    }
  }

  /// The folded full text (explanations included) of each rule, in the order of `articlesWithTopics`.
  public var foldedArticleTexts: [String] {
    articleTextCache.value { articlesWithTopics.map { TextFolding.fold($0.article.fullText) } }
  }

  /// The rules on a topic.
  public func articles(onTopic topic: String) -> [Article] {
    articlesWithTopics.filter { $0.topics.contains(topic) }.map(\.article)
  }

  /// The folded text outside the rules: the preamble, each chapter's and annex's title and
  /// loose text, and the closing, one piece each.
  public var foldedTextsOutsideRules: [String] {
    outsideTextCache.value {
      func text(_ items: [Item]) -> String {
        var parts: [String] = []
        for item in items {
          if case .article = item { continue }
          item.collectText(into: &parts, includeExplanations: true)
        }
        return parts.joined(separator: " ")
      }
      var pieces = [text(document.preamble.items)]
      for c in document.allChapters { pieces.append(c.title + " " + text(c.items)) }
      pieces.append(text(document.closing?.items ?? []))
      return pieces.map(TextFolding.fold)
    }
  }
}

/// A calendar day (proleptic Gregorian, UTC).
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  public var number: Int { PartialDate.dayNumber(year, month, day) }
  public static func < (a: Day, b: Day) -> Bool { a.number < b.number }
  public var description: String {
    String(format4: year) + "-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
  }

  /// Reads `YYYY-MM-DD`; nil for anything else or an impossible date.
  public static func parse(_ s: String) -> Day? {
    // `YYYY-MM-DD` in ASCII digits (every date ambt writes): read on bytes, without splitting.
    var text = s
    let digits = text.withUTF8 { u -> (Int, Int, Int)? in
      guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
      func number(_ from: Int, _ to: Int) -> Int? {
        var value = 0
        for k in from..<to {
          guard u[k] >= 0x30 && u[k] <= 0x39 else { return nil }
          value = value * 10 + Int(u[k] - 0x30)
        }
        return value
      }
      guard let y = number(0, 4), let m = number(5, 7), let d = number(8, 10) else { return nil }
      return (y, m, d)
    }
    if let (y, m, d) = digits {
      guard (1...12).contains(m), d >= 1, d <= PartialDate.daysIn(month: m, year: y) else { return nil }
      return Day(year: y, month: m, day: d)
    }
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
      d >= 1, d <= PartialDate.daysIn(month: m, year: y)
    else { return nil }
    return Day(year: y, month: m, day: d)
  }

  /// The day with the given number of days since 1970-01-01 (H. Hinnant's civil_from_days).
  public init(dayNumber z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// The first and last day a date can be (years 1–9999): `adding(months:)` stops there.
  public static let first = Day(year: PartialDate.years.lowerBound, month: 1, day: 1)
  public static let last = Day(year: PartialDate.years.upperBound, month: 12, day: 31)

  /// The same day `months` later, clamped to the end of the month. Checked arithmetic: a result
  /// beyond 9999-12-31 or before 0001-01-01, or one that would overflow, is that day, never a trap.
  public func adding(months: Int) -> Day {
    let (yearMonths, o1) = year.multipliedReportingOverflow(by: 12)
    let (base, o2) = yearMonths.addingReportingOverflow(month - 1)
    let (total, o3) = base.addingReportingOverflow(months)
    let y = total / 12
    if o1 || o2 || o3 { return months < 0 ? Day.first : Day.last }
    if y > PartialDate.years.upperBound { return Day.last }
    if total < 0 || y < PartialDate.years.lowerBound { return Day.first }
    let m = total % 12 + 1
    return Day(year: y, month: m, day: min(day, PartialDate.daysIn(month: m, year: y)))
  }
}

extension String {
  init(format4 v: Int) {
    let digits = "\(v)"
    let pad = digits.count < 4 ? 4 - digits.count : 0
    self.init(repeating: "0", count: pad)
    self.append(digits)
  }
}

/// A value computed once, on first use, by whichever thread asks first.
final class Memo<Value: Sendable>: @unchecked Sendable {
  private var stored: Value?
  private let lock = PthreadLock()

  func value(_ compute: () -> Value) -> Value {
    lock.withLock {
      if let stored { return stored }
      let v = compute()
      stored = v
      return v
    }
  }
}

/// A mutual-exclusion lock (a pthread mutex: threads wait, it is not lock-free), so AmbtLint
/// needs no Foundation lock. The mutex lives in its own allocation, so its address never moves.
final class PthreadLock: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  init() {
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }
  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }
  func withLock<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body()
  }
}
