import Testing

@Suite struct PlaceholderParserTests {
  @Test("module builds") func builds() { #expect(Bool(true)) }
}
