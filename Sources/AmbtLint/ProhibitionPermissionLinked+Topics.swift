import AmbtModel
import AmbtSemantics

extension ProhibitionPermissionLinked {
  static let duringWork = PhraseList(["tijdens werktijd", "tijdens werkuren", "tijdens je werk", "onder werktijd", "op het werk"])
  static let outsideWork = PhraseList([
    "na werktijd", "buiten werktijd", "buiten werkuren", "na het werk", "in je vrije tijd", "in uw vrije tijd",
  ])

  /// Whether a ban and a permission can apply to the same case: amounts on opposite sides of
  /// a limit (`meer dan € 50` / `tot € 50`) do not.
  static func overlap(_ ban: SentenceAnalysis, _ permission: SentenceAnalysis) -> Bool {
    // During and outside working hours do not meet.
    let during = Self.duringWork
    let outside = Self.outsideWork
    if ban.mentions(during) && permission.mentions(outside) || ban.mentions(outside) && permission.mentions(during) {
      return false
    }
    guard let b = ban.amounts.first, let p = permission.amounts.first else { return true }
    let above: Set<Boundary> = [.gt, .ge]
    let below: Set<Boundary> = [.lt, .le]
    if above.contains(b.boundary) && below.contains(p.boundary) && p.value <= b.value { return false }
    if below.contains(b.boundary) && above.contains(p.boundary) && p.value >= b.value { return false }
    return true
  }

  /// Words of harm to the function or the service (art. 8 and 10's functioning test).
  static let harmWords = PhraseList([
    "vervulling", "functioneren", "functionering", "schaadt", "schaden", "schade", "in gevaar", "in redelijkheid",
    "in de weg",
  ])
  /// Words of a ban that is itself the functioning limit ("Je mening mag je werk niet in de weg
  /// zitten").
  static let obstructing = PhraseList(["in de weg"])

  /// Whether a ban and a permission bind the same people: "Wie meldt, mag daardoor niet worden
  /// benadeeld" binds the employer and leaves the reporter's own permission to report alone.
  static func sameAddressee(_ ban: SentenceAnalysis, _ permission: SentenceAnalysis) -> Bool {
    guard let b = ban.addressee, let p = permission.addressee else { return true }
    return b == p
  }

  /// Whether a permission and a ban are about the same act: the same lemma, or two verbs of
  /// accepting something given ("neemt geen geschenken aan" / "mag … houden"), or an act one of
  /// them does not name.
  static func sameAct(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b, a != b else { return true }
    return accepting.contains(a) && accepting.contains(b)
  }
  static let accepting = GiftRequiresConsent.accepting.subtracting(["zijn"])

  func sharesTopic(_ a: SentenceAnalysis, _ b: SentenceAnalysis, _ topic: String) -> Bool {
    a.topics.contains(topic) && b.topics.contains(topic)
  }
}
