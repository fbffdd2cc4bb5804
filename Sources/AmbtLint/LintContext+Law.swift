import AmbtModel

/// The two dates a lawyer asks about: the law when the code was adopted, and the law today.
extension LintContext {
  /// The day the code took effect, and the metadata key it comes from: `in werking`, else
  /// `vastgesteld op`. A date known only to the month or year counts as its last day.
  public var adoption: (day: Day, key: String)? {
    let m = document.metadata
    guard let (key, field) = [("in werking", m.inForce), ("vastgesteld op", m.adoptedOn)].first(where: { $0.1 != nil }),
      let field
    else { return nil }
    let (y, mo, d) = field.value.latest
    return (Day(year: y, month: mo, day: d), key)
  }

  /// Whether the law changed on `change` after the code was adopted and by today, so a finding
  /// that rests on the change was not one under the law at adoption.
  public func changedAfterAdoption(_ change: Day) -> Bool {
    guard let adoption else { return false }
    return adoption.day < change && change <= today
  }

  /// `(sinds 1 januari 2020, na de vaststelling van de code op 1 maart 2015; naar de wet van toen
  /// was dit in orde)`.
  public func sinceAdoptionNote(_ change: Day) -> LocalizedText? {
    guard changedAfterAdoption(change), let adoption else { return nil }
    let c = DutchDate.long(change.description)
    let a = DutchDate.long(adoption.day.description)
    let key = adoption.key == "in werking" ? "lint.since-adoption.in-force" : "lint.since-adoption.adopted"
    return LocalizedText(key, messages: ["change": c, "adoption": a])
  }

  /// The law entry's end, when it has one and it lies on or before today.
  func supersededByToday(_ law: LawEntry) -> Day? {
    guard let on = law.supersededOn.flatMap(Day.parse), on <= today else { return nil }
    return on
  }
}
