/// The registry: every lint rule, in the order of the families in the docs.
public enum LintRules {
  public static let all: [any LintRule] = [
    // Coverage gaps
    MissingObligation(), ObligationViaRegulation(),
    // Conflicts with the law
    GiftRequiresConsent(), GiftConsentNotOnlyNotification(), NoInternalReportingFirst(), SecrecyContinuesAfterEmployment(),
    NoSideActivityRegimeBeyondAct(), NoFinancialInterestDutyBeyondAct(), NoBlanketPoliticalBan(),
    // Superseded references
    NoReferenceToSupersededLaw(), NoPreWnraTerms(),
    // Internal consistency
    ConsistentQuantities(), TextAgreesWithAnnotation(), ProhibitionPermissionLinked(), ReportingDutyHasAddressee(),
    NoSkippedNumbers(), NoDuplicateNumbers(), ReferencesResolve(),
    // Review cycle
    ReviewNotOverdue(), ReviewNotDueSoon(), ReviewDateKnown(), YearlyAccountMentioned(),
    // Scope
    ScopeIncludesHiredStaff(),
    // Workflow
    NoOpenDrafts(), UnusedSuppression(),
  ]

  public static func rule(_ id: String) -> (any LintRule)? { all.first { $0.descriptor.id == id } }
  public static var ids: Set<String> { Set(all.map(\.descriptor.id)) }
}
