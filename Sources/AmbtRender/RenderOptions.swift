/// What a rendering shows.
public struct RenderOptions: Sendable, Equatable {
  /// Show each rule's annotations beside it, for reviewers.
  public var showAnnotations: Bool

  public init(showAnnotations: Bool = false) {
    self.showAnnotations = showAnnotations
  }
}

/// The output formats of `ambt render`.
public enum RenderFormat: String, Sendable, CaseIterable {
  case html, markdown
}
