import AmbtDiff
import Testing

@Suite struct TokenizerTests {
  func texts(_ s: String) -> [String] { Tokenizer.tokenize(s).map(\.text) }

  @Test("keeps amounts, thousands and numbers whole")
  func amounts() {
    #expect(texts("meer dan € 50 per jaar") == ["meer", "dan", "€ 50", "per", "jaar"])
    #expect(texts("€1.000,- of 1.000 euro") == ["€1.000,-", "of", "1.000", "euro"])
    #expect(texts("artikel 10.1 t/m 10.6.") == ["artikel", "10.1", "t/m", "10.6", "."])
  }

  @Test("splits Dutch words and punctuation")
  func words() {
    #expect(
      texts("risico’s, e-mail (vertrouwelijke) gesprekken; ‘schijn’") == [
        "risico’s", ",", "e-mail", "(", "vertrouwelijke", ")", "gesprekken", ";", "‘", "schijn", "’",
      ])
    #expect(texts("Nevenfuncties en -werkzaamheden") == ["Nevenfuncties", "en", "-werkzaamheden"])
    #expect(texts("financiële belangen: 3a") == ["financiële", "belangen", ":", "3a"])
  }

  @Test("joins tokens back with the spacing they had")
  func join() {
    let s = "Je neemt geen geschenken aan (boven € 50), tenzij: je meldt het."
    #expect(Tokenizer.join(Tokenizer.tokenize(s)) == s)
  }

  @Test("an emoji or stray symbol is a token of its own and never traps")
  func symbols() {
    #expect(texts("ok 👍 §§") == ["ok", "👍", "§", "§"])
    #expect(texts("") == [])
    #expect(texts("€") == ["€"])
  }
}
