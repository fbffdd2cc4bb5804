import AmbtModel

/// The rule, else the chapter, else the whole code a position belongs to, by binary search.
struct Scopes {
  let articles: [Article]
  let chapters: [Chapter]

  init(articles: [Article], chapters: [Chapter]) {
    // Rules come in document order: sorting (a copy of every rule) only when they do not.
    func ordered<T>(_ items: [T], _ start: (T) -> Int) -> [T] {
      items.indices.dropFirst().allSatisfy { start(items[$0 - 1]) <= start(items[$0]) }
        ? items : items.sorted { start($0) < start($1) }
    }
    self.articles = ordered(articles) { $0.range.start }
    self.chapters = ordered(chapters) { $0.range.start }
  }

  /// The last element starting at or before `offset` that also contains it.
  static func containing<T>(_ items: [T], _ offset: Int, _ range: (T) -> SourceRange) -> T? {
    var lo = 0
    var hi = items.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if range(items[mid]).start <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo > 0, offset < range(items[lo - 1]).end else { return nil }
    return items[lo - 1]
  }

  func article(at offset: Int) -> Article? { Scopes.containing(articles, offset, \.range) }

  func key(of offset: Int) -> String {
    if let a = article(at: offset) { return "a:\(a.range.start)" }
    if let c = Scopes.containing(chapters, offset, \.range) { return "c:\(c.range.start)" }
    return "doc"
  }
}
