import AmbtModel
import AmbtParser
import AmbtRender
import Testing

@Suite struct RobustnessTests {
  /// The renderers take any document the parser can produce, also one from a broken file.
  @Test("renderers never trap on truncated or damaged codes", arguments: TestSupport.codes)
  func damaged(_ name: String) throws {
    let bytes = Array(try TestSupport.code(name).text.utf8)
    var generator = SplitMix(seed: UInt64(bytes.count))
    for _ in 0..<25 {
      var damaged = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count + 1))))
      if !damaged.isEmpty {
        let k = Int(generator.next() % UInt64(damaged.count))
        damaged.insert(contentsOf: Array("\n§ \n# \n## \n@zie 99\n<script>&\"'\n".utf8), at: k)
      }
      let doc = Checker.check(bytes: damaged, file: "x.ambt").document
      let html = HTMLRenderer(options: RenderOptions(showAnnotations: true)).render(doc)
      let levels = TestSupport.headingLevels(html)
      for (previous, next) in zip(levels, levels.dropFirst()) { #expect(next <= previous + 1) }
      #expect(!html.contains("<script"))
      _ = MarkdownRenderer(options: RenderOptions(showAnnotations: true)).render(doc)
    }
  }
}

/// A small deterministic generator, so failures reproduce.
struct SplitMix {
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
