import Testing

@Suite struct PlaceholderCLITests {
  @Test("module builds") func builds() { #expect(Bool(true)) }
}
