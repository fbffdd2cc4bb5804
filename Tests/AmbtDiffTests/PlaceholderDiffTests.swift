import Testing

@Suite struct PlaceholderDiffTests {
  @Test("module builds") func builds() { #expect(Bool(true)) }
}
