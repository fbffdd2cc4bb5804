import AmbtDiff
import Testing

@Suite struct WordDiffTests {
  func runs(_ a: String, _ b: String) -> [String] {
    WordDiff.diff(Tokenizer.tokenize(a), Tokenizer.tokenize(b)).map { r in
      switch r.op {
      case .equal: return r.text
      case .delete: return "[-" + r.text + "-]"
      case .insert: return "{+" + r.text + "+}"
      }
    }
  }

  @Test("a changed amount is one replaced token")
  func amount() {
    #expect(
      runs("geschenken boven € 50 weigeren", "geschenken boven € 25 weigeren") == [
        "geschenken boven", "[-€ 50-]", "{+€ 25+}", "weigeren",
      ])
  }

  @Test("insertions and deletions of words")
  func words() {
    #expect(
      runs("is niet toegestaan.", "is toegestaan met toestemming.") == [
        "is", "[-niet-]", "toegestaan", "{+met toestemming+}", ".",
      ])
    #expect(runs("", "nieuw") == ["{+nieuw+}"])
    #expect(runs("oud", "") == ["[-oud-]"])
    #expect(runs("gelijk", "gelijk") == ["gelijk"])
  }

  @Test("the script is minimal (Myers)")
  func minimal() {
    let a = Array("ABCABBA")
    let b = Array("CBABAC")
    let ops = WordDiff.script(a, b)
    #expect(ops.filter { $0 != .equal }.count == 5)
    // Applying the script to a gives b.
    var i = 0
    var j = 0
    var out: [Character] = []
    for op in ops {
      switch op {
      case .equal:
        out.append(a[i])
        i += 1
        j += 1
      case .delete: i += 1
      case .insert:
        out.append(b[j])
        j += 1
      }
    }
    #expect(out == b)
  }

  @Test("gives up gracefully above the edit limit")
  func limit() {
    let a = (0..<300).map { "a\($0)" }
    let b = (0..<300).map { "b\($0)" }
    let ops = WordDiff.script(a, b, maxEdits: 10)
    #expect(ops.filter { $0 == .delete }.count == 300)
    #expect(ops.filter { $0 == .insert }.count == 300)
  }
}
