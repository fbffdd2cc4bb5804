import AmbtModel

/// Generates large, realistic-looking codes for benchmarks and scale tests.
///
/// A code has `articles` rules in chapters of ten; each rule is 20 to 60 words drawn from a
/// pool of Dutch words and generated words, with annotations. `nextVersion` applies the edits a
/// real revision makes: swapped chapters, changed words and thresholds, deleted, added and moved
/// rules. Deterministic for a given seed.
public struct SyntheticCode: Sendable {
  public var articles: Int
  public var seed: UInt64

  public init(articles: Int, seed: UInt64 = 42) {
    self.articles = articles
    self.seed = seed
  }

  struct Rule {
    var words: [String]
    var topic: String
    var limit: Int?
  }

  static let common = [
    "de", "het", "een", "ambtenaar", "gemeente", "je", "niet", "van", "met", "voor", "bij", "leidinggevende", "geschenken",
    "informatie", "melden", "werk", "belangen", "functie", "wordt", "aan", "mag", "geen", "als", "over", "dat",
  ]
  static let topics = ["geschenken", "nevenwerkzaamheden", "geheimhouding", "belangenverstrengeling", "declaraties", "draaideur"]

  /// The old version's source text.
  public func source() -> String { render(rules(), title: "Synthetische code") }

  /// The new version: every fifth pair of chapters swapped, 5% of rules reworded, 2% with a
  /// changed threshold, 2% deleted, 2% added, 1% moved to another chapter.
  public func nextVersion() -> String {
    var rng = SplitMix64(seed: seed &+ 1)
    var chapters = chunk(rules())
    for c in stride(from: 0, to: chapters.count - 1, by: 10) { chapters.swapAt(c, c + 1) }
    var moved: [Rule] = []
    for c in chapters.indices {
      var kept: [Rule] = []
      for var r in chapters[c] {
        let roll = rng.next() % 100
        if roll < 2 { continue }  // deleted
        if roll < 3 {
          moved.append(r)
          continue
        }
        if roll < 8 {
          for _ in 0..<3 { r.words[Int(rng.next() % UInt64(r.words.count))] = word(&rng) }
        }
        if roll >= 8, roll < 10, let l = r.limit { r.limit = l * 2 }
        kept.append(r)
        if roll >= 10, roll < 12 { kept.append(rule(&rng)) }  // added
      }
      chapters[c] = kept
    }
    for (k, r) in moved.enumerated() { chapters[(k * 7 + 3) % chapters.count].append(r) }
    return render(chapters.flatMap { $0 }, title: "Synthetische code (herzien)", chapters: chapters)
  }

  func rules() -> [Rule] {
    var rng = SplitMix64(seed: seed)
    return (0..<articles).map { _ in rule(&rng) }
  }

  func rule(_ rng: inout SplitMix64) -> Rule {
    let n = 20 + Int(rng.next() % 41)
    var words: [String] = []
    for _ in 0..<n {
      words.append(rng.next() % 3 == 0 ? word(&rng) : SyntheticCode.common[Int(rng.next() % UInt64(SyntheticCode.common.count))])
    }
    let topic = SyntheticCode.topics[Int(rng.next() % UInt64(SyntheticCode.topics.count))]
    return Rule(words: words, topic: topic, limit: rng.next() % 5 == 0 ? 25 * (1 + Int(rng.next() % 8)) : nil)
  }

  /// A generated word from Dutch syllables: about 20,000 distinct words.
  func word(_ rng: inout SplitMix64) -> String {
    let syllables = [
      "ver", "ont", "be", "ge", "stel", "ling", "heid", "baar", "schap", "werk", "gift", "taak", "recht", "plicht", "melding",
      "koop", "dienst", "raad", "zaak", "regel", "keur", "wet", "toe", "af", "in", "uit", "na", "door",
    ]
    var s = ""
    for _ in 0..<(2 + Int(rng.next() % 2)) { s += syllables[Int(rng.next() % UInt64(syllables.count))] }
    return s
  }

  func chunk(_ rules: [Rule]) -> [[Rule]] {
    stride(from: 0, to: rules.count, by: 10).map { Array(rules[$0..<min($0 + 10, rules.count)]) }
  }

  func render(_ rules: [Rule], title: String, chapters: [[Rule]]? = nil) -> String {
    var out = "---\ntitel: \(title)\norganisatie: Synthetisch\n---\n\n"
    for (c, chapter) in (chapters ?? chunk(rules)).enumerated() {
      out += "# \(c + 1). Hoofdstuk \(c + 1)\n\n"
      for (k, r) in chapter.enumerated() {
        var text = r.words.joined(separator: " ")
        text = text.prefix(1).uppercased() + text.dropFirst()
        if let l = r.limit { text += " tot € \(l)" }
        out += "§ \(c + 1).\(k + 1). \(text).\n@onderwerp \(r.topic)\n@norm gebod\n"
        if let l = r.limit { out += "@drempel € \(l)\n" }
        out += "\n"
      }
    }
    return out
  }
}

/// A small, fast, deterministic random number generator (Steele, Lea and Flood, 2014).
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
