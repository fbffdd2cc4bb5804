import Testing

@Suite struct PlaceholderLintTests {
  @Test("module builds") func builds() { #expect(Bool(true)) }
}
