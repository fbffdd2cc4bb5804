import Testing

@Suite struct PlaceholderImportTests {
  @Test("module builds") func builds() { #expect(Bool(true)) }
}
