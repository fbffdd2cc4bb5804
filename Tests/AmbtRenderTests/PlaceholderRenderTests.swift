import Testing

@Suite struct PlaceholderRenderTests {
  @Test("module builds") func builds() { #expect(Bool(true)) }
}
