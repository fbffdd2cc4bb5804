import AmbtModel

/// The fixed lists the parser suggests from ("bedoelde je …?"), folded once per process rather
/// than for every unknown word.
enum SuggestionLists {
  static let annotationKeys = TextFolding.Candidates(AnnotationKey.allCases.map(\.rawValue))
  static let normKinds = TextFolding.Candidates(NormKind.allCases.map(\.rawValue))
  static let metadataKeys = TextFolding.Candidates(MetadataKey.allCases.map(\.rawValue))
}
