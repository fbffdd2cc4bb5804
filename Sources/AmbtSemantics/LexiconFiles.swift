/// The lexicon's files (`Resources/*.json`) as the values they hold. `scripts/embed-resources.py`
/// compiles them into `Lexicon.embeddedFiles` (EmbeddedResources.swift), so that no process
/// parses JSON to load the lexicon; the types stay `Decodable`, and EmbeddedResourcesTests checks
/// that the compiled values are what `JSONDecoder` reads from the files.
extension Lexicon {
  package struct ModalsFile: Decodable, Equatable, Sendable {
    package struct Frames: Decodable, Equatable, Sendable {
      var gebod: [String]
      var verbod: [String]
      var toestemming: [String]
    }
    var must, may, can, needNot, forbidden, abstain, principle, definition, powerVerbs, sanctions, violations, denials,
      unfitting, preventing: [String]
    var frames: Frames
  }
  package struct NegatorsFile: Decodable, Equatable, Sendable { var negators, without, notNegating: [String] }
  package struct ConjunctionsFile: Decodable, Equatable, Sendable {
    var condition, exception, proviso, temporal, cause, complement, relative, coordinating: [String]
  }
  package struct NumbersFile: Decodable, Equatable, Sendable {
    var units, teens, tens, multipliers, ordinals, fractions: [String: Double]
  }
  package struct Irregular: Decodable, Equatable, Sendable {
    var stem: String
    var third: String?
    var also: [String]?
    var past: [String]
    var participle: String
  }
  package struct VerbsFile: Decodable, Equatable, Sendable {
    var verbs: [String]
    var irregular: [String: Irregular]
    var reporting, weakReporting, reportingNouns, consentNouns, copula, auxiliary, employerActions, stative: [String]
  }
  package struct RolesFile: Decodable, Equatable, Sendable {
    var roles: [String: [String]]
    var employee: [String]
  }
  package struct TopicsFile: Decodable, Equatable, Sendable {
    var topics: [String: [String]]
    var ignoredSynonyms: [String]
  }

  /// The seven files.
  package struct Files: Sendable {
    package var modals: ModalsFile
    package var negators: NegatorsFile
    package var conjunctions: ConjunctionsFile
    package var numbers: NumbersFile
    package var verbs: VerbsFile
    package var roles: RolesFile
    package var topics: TopicsFile
  }
}
