import AmbtModel
import AmbtSemantics

/// The median of a row with the bounds of its values, and how a value stands against it.
extension Comparison {
  /// A median on the scale of a row's values. A bound is part of the value: `< € 50` lies just
  /// under `≤ € 50`, `> € 50` just over `≥ € 50`; a bare amount and a period lie on the amount.
  public struct Median: Hashable, Sendable {
    /// Euros, or days for periods.
    public var value: Double
    /// The bound at the median; nil for a bare amount, a period, or the mean of two amounts
    /// with different bounds.
    public var boundary: Boundary?
    /// When the two middle values have the same amount and different bounds (`< € 50` and
    /// `≤ € 50`), the bound of the upper one: the median lies between `boundary` and this.
    public var upper: Boundary?
    /// Where on the bound scale around `value`: -1 just under it (`<`), 1 just over it (`>`),
    /// -0.5 between `<` and `≤`.
    var position: Double
  }

  /// Where a bound puts a value around its amount: `<` just under, `>` just over.
  static func offset(_ b: Boundary?) -> Double {
    switch b {
    case .lt?: return -1
    case .gt?: return 1
    default: return 0
    }
  }

  /// Whether a value has a bound that places it (`<`, `≤`, `>`, `≥`); `€ 50` alone or a period does not.
  static func bounded(_ b: Boundary?) -> Bool { b != nil && b != .eq }

  /// The median of values (the first value per code), with its bound; nil for none.
  public static func median(_ values: [StatedValue]) -> Median? {
    let sorted = values.sorted {
      abs($0.normalized - $1.normalized) >= 0.001 ? $0.normalized < $1.normalized : offset($0.boundary) < offset($1.boundary)
    }
    guard !sorted.isEmpty else { return nil }
    let n = sorted.count
    if n % 2 == 1 {
      let v = sorted[n / 2]
      return Median(value: v.normalized, boundary: v.boundary, upper: nil, position: offset(v.boundary))
    }
    let a = sorted[n / 2 - 1]
    let b = sorted[n / 2]
    let same = a.boundary == b.boundary
    if abs(a.normalized - b.normalized) >= 0.001 {
      return Median(
        value: (a.normalized + b.normalized) / 2, boundary: same ? a.boundary : nil, upper: nil,
        position: same ? offset(a.boundary) : 0)
    }
    if same || offset(a.boundary) == offset(b.boundary) {
      // `≤ € 50` and `€ 50`: the same place, but one of them does not say its bound.
      return Median(value: a.normalized, boundary: same ? a.boundary : nil, upper: nil, position: offset(a.boundary))
    }
    return Median(
      value: a.normalized, boundary: a.boundary, upper: b.boundary, position: (offset(a.boundary) + offset(b.boundary)) / 2)
  }

  /// Whether a higher value of a kind makes the code stricter or looser, as the differ calls a
  /// change (`SemanticComparer.direction`, `TextComparer`): a higher limit allows more (looser),
  /// a longer period restricts longer (stricter), a later deadline or a longer interval between
  /// checks asks less (looser). A guideline binds nothing: nil.
  public static func direction(_ kind: ValueKind, higher: Bool) -> Direction? {
    switch kind {
    case .drempel: return higher ? .soepeler : .strenger
    case .termijn: return higher ? .strenger : .soepeler
    case .binnen, .frequentie: return higher ? .soepeler : .strenger
    case .richtlijn: return nil
    }
  }

  /// How a value stands against a median.
  public enum Standing: Hashable, Sendable {
    case equal
    /// Another amount or period: higher or lower.
    case amount(higher: Bool)
    /// The same amount with another bound: higher (`≤` against `<`) or lower.
    case bound(higher: Bool)
    /// The same amount; one says its bound and the other does not.
    case boundUnknown
  }

  public static func standing(_ v: StatedValue, against m: Median) -> Standing {
    if abs(v.normalized - m.value) >= 0.001 { return .amount(higher: v.normalized > m.value) }
    let medianBounded = bounded(m.boundary) || bounded(m.upper)
    if bounded(v.boundary) != medianBounded { return .boundUnknown }
    let p = offset(v.boundary)
    if abs(p - m.position) < 0.001 { return .equal }
    return .bound(higher: p > m.position)
  }
}
