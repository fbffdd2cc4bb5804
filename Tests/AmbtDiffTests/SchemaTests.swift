import AmbtDiff
import AmbtModel
import AmbtParser
import Testing

/// The JSON outputs follow their schemas in `Schemas/`.
@Suite struct SchemaTests {
  @Test(
    "diff JSON follows Schemas/diff.schema.json",
    arguments: [
      ("Codes/leek.ambt", "Tests/AmbtDiffTests/Fixtures/leek-v2.ambt"),
      ("Codes/alphen-aan-den-rijn-2014.ambt", "Tests/AmbtDiffTests/Fixtures/alphen-v2.ambt"),
      ("Codes/maastricht.ambt", "Codes/leiderdorp-2025.ambt"),
      ("Codes/aalsmeer-2025.ambt", "Codes/aalsmeer-2025.ambt"),
    ])
  func diff(old: String, new: String) {
    guard let validator = SchemaValidator(path: Support.path("Schemas/diff.schema.json")) else {
      Issue.record("cannot read the schema")
      return
    }
    let json = Support.diff(old, new).json().serialized()
    #expect(validator.validate(json) == [])
  }

  @Test("compare JSON follows Schemas/compare.schema.json")
  func compare() {
    guard let validator = SchemaValidator(path: Support.path("Schemas/compare.schema.json")) else {
      Issue.record("cannot read the schema")
      return
    }
    let docs = ["leek", "maastricht", "alphen-aan-den-rijn-2014", "leiderdorp-2025", "aalsmeer-2025"].map {
      Support.load("Codes/\($0).ambt")
    }
    let json = ComparisonRenderer(language: .nl).json(Comparison(documents: docs)).serialized()
    #expect(validator.validate(json) == [])
  }

  @Test("the validator rejects what the schema forbids")
  func negative() {
    guard let validator = SchemaValidator(path: Support.path("Schemas/diff.schema.json")) else { return }
    #expect(!validator.validate("{\"schemaVersion\": 1}").isEmpty)
    var json = Support.diff("Codes/leek.ambt", "Codes/leek.ambt").json().serialized()
    json = json.replacingOccurrences(of: "\"status\": \"matched\"", with: "\"status\": \"changed\"")
    #expect(!validator.validate(json).isEmpty)
  }
}
