import AmbtModel

/// Writes an amendment decision in the form Dutch regulations use: the decision frame, ARTIKEL I
/// with its lettered onderdelen, ARTIKEL II on entry into force, and a short toelichting.
///
/// New text follows its instruction as an indented block, as it reads in the `.ambt` language
/// (Aanwijzing 6.9: after `komt te luiden:` the text is not quoted and begins with the element's
/// designation). Replaced words stand in quotation marks. The decision is Dutch whatever the
/// language of messages: it is the document the college adopts.
public struct AmendmentRenderer: Sendable {
  public init() {}

  public func render(_ decision: AmendmentDecision) -> String {
    var out: [String] = []
    let frame = decision.frame
    let title = frame.map { Self.titleAfterDe($0.title) } ?? "gedragscode"
    if let frame {
      let college = Self.body(frame)
      out += ["Besluit van \(college.lowercasedFirst) tot wijziging van de \(title)", "", "\(college);", ""]
      if !frame.legalBasis.isEmpty { out += ["gelet op \(frame.legalBasis.joined(separator: " en "));", ""] }
      out += ["besluit:", "", "vast te stellen het besluit tot wijziging van de \(title).", ""]
    }
    guard !decision.parts.isEmpty else {
      out += ["Er zijn geen verschillen; er is geen wijzigingsbesluit nodig."]
      return out.joined(separator: "\n") + "\n"
    }
    out += ["ARTIKEL I", "", "De \(title) wordt als volgt gewijzigd:", ""]
    for part in decision.parts {
      if !part.letter.isEmpty { out += [part.letter, ""] }
      out += lines(of: part)
    }
    if let frame {
      let date = frame.inForce.flatMap(AmendmentWording.longDate)
      out += [
        "ARTIKEL II", "",
        "Dit besluit treedt in werking "
          + (date.map { "met ingang van \($0)." } ?? "met ingang van de dag na die waarop het is bekendgemaakt."), "",
        "Aldus vastgesteld in de vergadering van \(frame.adoptedOn.flatMap(AmendmentWording.longDate) ?? "[datum]").", "",
      ]
      if !frame.notes.isEmpty { out += ["Toelichting", ""] + frame.notes.flatMap { [$0, ""] } }
    }
    while out.last == "" { out.removeLast() }
    return out.joined(separator: "\n") + "\n"
  }

  /// `Het college van burgemeester en wethouders van Leek`.
  static func body(_ frame: DecisionFrame) -> String {
    let who = frame.adoptedBy.trimmingSpaces
    let article = TextFolding.fold(who).hasPrefix("college") ? "Het" : "De"
    guard let org = frame.organisation?.trimmingSpaces, !org.isEmpty else { return "\(article) \(who)" }
    let folded = TextFolding.fold(org)
    let place = folded.hasPrefix("gemeente ") ? "de gemeente " + org.dropFirst(9) : org
    return "\(article) \(who) van \(place)"
  }

  /// The title as it follows `de`: `Gedragscode ambtenaren gemeente Leek` (a leading `De` dropped).
  static func titleAfterDe(_ title: String) -> String {
    let t = title.trimmingSpaces
    return TextFolding.fold(t).hasPrefix("de ") ? String(t.dropFirst(3)) : t
  }

  /// An onderdeel: one sentence, `… wordt als volgt gewijzigd:` with numbered items, or
  /// several sentences.
  func lines(of part: AmendmentPart) -> [String] {
    let items = part.instructions
    if items.count > 1, items.allSatisfy(\.isOneLine), Set(items.map(\.target)).count == 1 {
      var out = [Self.name(items[0].target).capitalizedFirst + " " + Self.verb(items[0].target) + " als volgt gewijzigd:", ""]
      for (k, i) in items.enumerated() { out.append("\(k + 1). " + Self.item(i)) }
      return out + [""]
    }
    return items.flatMap(sentence)
  }

  /// A top-level instruction, with its block when it has one.
  func sentence(_ i: AmendmentInstruction) -> [String] {
    let name = Self.name(i.target)
    let Name = name.capitalizedFirst
    var head: String
    var block: QuotedText?
    switch i.action {
    case .replace(let old, let new):
      head =
        new.isEmpty
        ? "In \(name) vervalt \(Self.quote(old, [old]))."
        : "In \(name) wordt \(Self.quote(old, [old, new])) vervangen door \(Self.quote(new, [old, new]))."
    case .rewrite(let text, let to):
      let noun = Self.noun(i.target)
      head =
        to.map { "\(Name) wordt vernummerd tot \(noun) \($0) en komt te luiden:" }
        ?? "\(Name) \(Self.verb(i.target, komen: true)) te luiden:"
      block = text
    case .renumber(let to, let last):
      let noun = Self.noun(i.target)
      head = last.map { "\(Name) worden vernummerd tot \(to) tot en met \($0)." } ?? "\(Name) wordt vernummerd tot \(noun) \(to)."
    case .retitle(let text):
      head = "Het opschrift van \(name) komt te luiden:"
      block = text
    case .remove:
      head = "\(Name) vervalt."
    case .insert(let kind, let count, let place, let text):
      let what =
        (count == 1 ? "wordt een " : "worden \(AmendmentWording.count(count)) ") + AmendmentWording.noun(kind, plural: count != 1)
      switch (place, i.target) {
      case (.end, .document): head = "Er \(what) \(kind == .preamble ? "ingevoegd" : "toegevoegd"), luidende:"
      case (.end, _): head = "Aan \(name) \(what) toegevoegd, luidende:"
      case (.before, _):
        let verb = count == 1 ? "wordt" : "worden"
        let things = (count == 1 ? "een " : "\(AmendmentWording.count(count)) ") + AmendmentWording.noun(kind, plural: count != 1)
        // `In hoofdstuk 3 wordt vóór artikel 1 …`: the rule without `van hoofdstuk 3` again.
        var rule = i.target
        if case .article(var r) = rule, r.chapter == i.chapter {
          r.chapter = nil
          rule = .article(r)
        }
        let within = i.chapter.map { "In " + Self.name(.chapter($0)) + " \(verb) vóór \(Self.name(rule)) \(things)" }
        head = (within ?? "Vóór \(name) \(what)") + " ingevoegd, luidende:"
      case (.after, _): head = "Na \(name) \(what) ingevoegd, luidende:"
      }
      block = text
    case .setMetadata:
      head = Self.item(i)
    }
    var out = [head, ""]
    if let block { out += block.lines.map { $0.isEmpty ? "" : "    " + $0 } + [""] }
    return out
  }

  /// An item of `… wordt als volgt gewijzigd:` (the target is the onderdeel's).
  static func item(_ i: AmendmentInstruction) -> String {
    switch i.action {
    case .replace(let old, let new):
      return new.isEmpty
        ? "\(quote(old, [old]).capitalizedFirst) vervalt."
        : "\(quote(old, [old, new])) wordt vervangen door \(quote(new, [old, new]))."
    case .renumber(let to, _):
      let the = noun(i.target) == "bijlage" ? "De" : "Het"
      return "\(the) \(noun(i.target)) wordt vernummerd tot \(noun(i.target)) \(to)."
    case .remove: return "\(name(i.target).capitalizedFirst) vervalt."
    case .setMetadata(let key, let value?):
      return "Het gegeven \(quote(key, [key, value])) komt te luiden: \(quote(value, [key, value]))."
    case .setMetadata(let key, nil): return "Het gegeven \(quote(key, [key])) vervalt."
    default: return ""
    }
  }

  /// `"tekst"` in the first quotation marks none of the texts contains.
  static func quote(_ s: String, _ all: [String]) -> String {
    let (open, close) = AmendmentWording.quoteStyle(for: all) ?? ("\"", "\"")
    return String(open) + s + String(close)
  }

  /// The target in a sentence: `artikel 3.1`, `hoofdstuk 3`, `de preambule`.
  static func name(_ target: AmendmentTarget) -> String {
    switch target {
    case .article(let r):
      var s = "artikel \(r.number)" + (r.chapter.map { " van " + chapterName($0) } ?? "")
      if let lid = r.lid {
        s += ", " + (Int(lid).flatMap { $0 >= 1 && $0 <= 20 ? AmendmentWording.ordinals[$0 - 1] : nil } ?? lid) + " lid"
      }
      if let o = r.onderdeel { s += ", onderdeel \(o)" }
      return s + (r.lid != nil || r.onderdeel != nil ? "," : "")
    case .articles(let a, let b): return "de artikelen \(a.number) tot en met \(b.number)"
    case .chapter(let c): return chapterName(c)
    case .chapters(let a, let b):
      return "de \(AmendmentWording.noun(a.kind, plural: true)) \(a.key ?? "") tot en met \(b.key ?? "")"
    case .preamble: return "de preambule"
    case .closing: return "het slot"
    case .metadata: return "de gegevens van de gedragscode"
    case .document: return "de tekst van de gedragscode"
    }
  }

  static func chapterName(_ c: ChapterReference) -> String {
    let noun = AmendmentWording.noun(c.kind)
    if let key = c.key { return "\(noun) \(key)" }
    if let title = c.title { return "\(noun) \(quote(title, [title]))" }
    return "de \(noun)"
  }

  static func noun(_ target: AmendmentTarget) -> String {
    switch target {
    case .article, .articles: return "artikel"
    case .chapter(let c), .chapters(let c, _): return AmendmentWording.noun(c.kind)
    default: return ""
    }
  }

  /// `wordt`, or `worden` for plural targets (`komen` with `komt te luiden`).
  static func verb(_ target: AmendmentTarget, komen: Bool = false) -> String {
    switch target {
    case .metadata, .articles, .chapters: return komen ? "komen" : "worden"
    default: return komen ? "komt" : "wordt"
    }
  }
}

extension String {
  var trimmingSpaces: String {
    var s = Substring(self)
    while s.first?.isWhitespace == true { s = s.dropFirst() }
    while s.last?.isWhitespace == true { s = s.dropLast() }
    return String(s)
  }

  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
