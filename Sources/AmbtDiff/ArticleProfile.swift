import AmbtModel

/// What the aligner knows about one rule: its place, its words and its features.
struct ArticleProfile {
  var index: Int
  /// Index into `chapters + annexes` of its document.
  var chapterIndex: Int
  var article: Article
  /// Folded content words of the normative text.
  var words: [String]
  /// The folded words joined: identical for texts that differ only in case, accents or spacing.
  var foldedText: String
  /// Hashes of unigrams and word bigrams.
  var features: Set<Int>
  var topics: Set<String>

  init(index: Int, chapterIndex: Int, article: Article, chapterTopics: [String]) {
    self.index = index
    self.chapterIndex = chapterIndex
    self.article = article
    words = Tokenizer.contentWords(article.normativeText)
    foldedText = words.joined(separator: " ")
    var f = Set<Int>()
    f.reserveCapacity(words.count * 2)
    for (k, w) in words.enumerated() {
      f.insert(w.hashValue)
      if k + 1 < words.count {
        var h = Hasher()
        h.combine(w)
        h.combine(words[k + 1])
        f.insert(h.finalize())
      }
    }
    features = f
    topics = Set(article.annotations.topicIDs + chapterTopics)
  }

  /// Dice coefficient on features, blended with topic overlap when both rules have topics.
  func similarity(to other: ArticleProfile) -> Double {
    let text = ArticleProfile.dice(features, other.features)
    guard !topics.isEmpty, !other.topics.isEmpty else { return text }
    let shared = Double(topics.intersection(other.topics).count)
    let topic = shared / Double(topics.union(other.topics).count)
    return 0.85 * text + 0.15 * topic
  }

  /// The share of this rule's features found in `other` (for splits and merges).
  func containment(in other: ArticleProfile) -> Double {
    guard !features.isEmpty else { return 0 }
    let small = features.count <= other.features.count ? features : other.features
    let large = features.count <= other.features.count ? other.features : features
    var shared = 0
    for f in small where large.contains(f) { shared += 1 }
    return Double(shared) / Double(features.count)
  }

  static func dice(_ a: Set<Int>, _ b: Set<Int>) -> Double {
    if a.isEmpty && b.isEmpty { return 1 }
    if a.isEmpty || b.isEmpty { return 0 }
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    var shared = 0
    for f in small where large.contains(f) { shared += 1 }
    return 2 * Double(shared) / Double(a.count + b.count)
  }

  static func profiles(of document: Document) -> [ArticleProfile] {
    var out: [ArticleProfile] = []
    for (c, chapter) in document.allChapters.enumerated() {
      for article in chapter.articles {
        out.append(
          ArticleProfile(index: out.count, chapterIndex: c, article: article, chapterTopics: chapter.annotations.topicIDs))
      }
    }
    return out
  }
}
