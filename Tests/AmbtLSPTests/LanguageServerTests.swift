import AmbtLSP
import AmbtModel
import Foundation
import Testing

/// The server's answers on a real code (Codes/leek.ambt), request by request, as an editor
/// sends them.
@Suite struct LanguageServerTests {
  static let uri = "file:///gemeente/leek.ambt"
  static let leek = Repo.text("Codes/leek.ambt")

  /// A session with leek.ambt open and its first diagnostics taken.
  static func opened(_ language: Language = .nl, explicit: Bool = false) -> (Session, [JSON]) {
    let s = Session(language: language, explicit: explicit)
    s.open(uri, leek)
    return (s, s.wait(0))
  }

  /// The 0-based line of the first line of leek.ambt starting with `prefix`.
  static func lineOf(_ prefix: String) -> Int {
    leek.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) } ?? -1
  }

  @Test("initialize answers the capabilities and the server's name")
  func initialize() {
    let s = Session(initialize: false)
    let result = s.request("initialize", ["capabilities": .object([:])])
    #expect(
      line(result)
        == #"{"capabilities":{"codeActionProvider":{"codeActionKinds":["quickfix","refactor.rewrite","source"]},"completionProvider":{"resolveProvider":false,"triggerCharacters":["@"," ",","]},"definitionProvider":true,"documentFormattingProvider":true,"documentSymbolProvider":true,"foldingRangeProvider":true,"hoverProvider":true,"positionEncoding":"utf-16","textDocumentSync":{"change":1,"openClose":true,"save":{"includeText":false}}},"serverInfo":{"name":"ambt","version":"0.1.0"}}"#
    )
  }

  @Test("didOpen publishes check and lint findings with UTF-16 ranges")
  func diagnosticsOnOpen() throws {
    let (_, published) = Self.opened()
    #expect(published.count == 1)
    let params = try #require(published.first?["params"])
    #expect(published.first?["method"] == .string("textDocument/publishDiagnostics"))
    #expect(params["uri"] == .string(Self.uri))
    #expect(params["version"] == .int(1))
    let diagnostics = try #require(params["diagnostics"]?.arrayValue)
    #expect(diagnostics.count == 21)
    #expect(diagnostics.filter { $0["code"] == .string("missing-obligation") }.count == 11)
    // '@wet CAR/LLUWO' is the 20th line; the law's name in the text of the preamble is on line 18.
    let superseded = diagnostics.first { $0["code"] == .string("superseded-law") }
    #expect(
      line(superseded)
        == #"{"code":"superseded-law","message":"'CAR/LLUWO' verwijst naar CAR/UWO, vervallen per 1 januari 2020; vervangen door Cao Gemeenten [Cao Gemeenten (bron: https://vng.nl/nieuws/afspraken-wnra-en-cao-gemeenten-definitief)]\ntip: verwijs naar Cao Gemeenten","range":{"end":{"character":167,"line":17},"start":{"character":158,"line":17}},"severity":2,"source":"ambt"}"#
    )
    // Rule 1.5 has a curly apostrophe and 'ë'-free text before the finding: 7 UTF-16 units in.
    let financial = diagnostics.first { $0["code"] == .string("financial-interest-duty-beyond-act") }
    #expect(line(financial?["range"]) == #"{"end":{"character":154,"line":41},"start":{"character":7,"line":41}}"#)
  }

  @Test("didChange is debounced: nothing before the delay, the new findings after it, with the version")
  func debouncedChange() throws {
    let (s, _) = Self.opened()
    let edited = Self.leek.replacingOccurrences(of: "@onderwerp draaideur", with: "@onderwerp draaideurr")
    s.change(Self.uri, edited, version: 2)
    #expect(s.wait(0.1).isEmpty)
    let published = s.wait(0.2)
    #expect(published.count == 1)
    let params = try #require(published.first?["params"])
    #expect(params["version"] == .int(2))
    let unknown = params["diagnostics"]?.arrayValue?.first { $0["code"] == .string("unknown-topic") }
    let row = Self.lineOf("@onderwerp draaideur")
    #expect(
      line(unknown)
        == #"{"code":"unknown-topic","message":"onbekend onderwerp 'draaideurr'\ntip: bedoelde je 'draaideur'?","range":{"end":{"character":21,"line":\#(row)},"start":{"character":11,"line":\#(row)}},"severity":1,"source":"ambt"}"#
    )
    // Two changes within the delay give one publication, of the last text.
    s.change(Self.uri, Self.leek, version: 3)
    s.change(Self.uri, edited, version: 4)
    let last = s.wait(0.3)
    #expect(last.count == 1 && last.first?["params"]?["version"] == .int(4))
  }

  @Test("didSave lints again at once; didClose clears the findings")
  func saveAndClose() {
    let (s, _) = Self.opened()
    s.notify("textDocument/didSave", ["textDocument": .object(["uri": .string(Self.uri)])])
    #expect(s.wait(0).first?["params"]?["diagnostics"]?.arrayValue?.count == 21)
    s.notify("textDocument/didClose", ["textDocument": .object(["uri": .string(Self.uri)])])
    #expect(
      line(s.connection.take().first)
        == #"{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":[],"uri":"file:///gemeente/leek.ambt"}}"#
    )
    #expect(s.request("textDocument/hover", s.at(Self.uri, 0, 0))["error"]?["code"] == .int(-32602))
  }

  @Test("hover on an annotation key says what it means")
  func hoverKey() {
    let (s, _) = Self.opened()
    let row = Self.lineOf("@onderwerp draaideur")
    #expect(
      line(s.request("textDocument/hover", s.at(Self.uri, row, 3)))
        == #"{"contents":{"kind":"markdown","value":"**@onderwerp**: de onderwerpen van de regel (vaste lijst, 'ambt vocab onderwerpen'); de linter toetst per onderwerp de wettelijke plichten\n\nVoorbeeld: `@onderwerp geschenken, uitnodigingen-en-reizen`\n\n*Bevestigd* (`@onderwerp`)."},"range":{"end":{"character":10,"line":\#(row)},"start":{"character":0,"line":\#(row)}}}"#
    )
  }

  @Test("hover on a topic gives its label and the duties of the law on it")
  func hoverTopic() {
    let (s, _) = Self.opened()
    let row = Self.lineOf("@onderwerp belangenverstrengeling")
    #expect(
      s.request("textDocument/hover", s.at(Self.uri, row, 15))["contents"]?["value"]
        == .string(
          "**belangenverstrengeling**: belangenverstrengeling\n\nPlichten uit de wet over dit onderwerp:\n- `AW17-4-1-belangenverstrengeling` integriteitsbeleid: belangenverstrengeling voorkomen (Ambtenarenwet 2017, art. 4 lid 1)\n\n*Bevestigd* (`@onderwerp`)."
        ))
  }

  @Test("hover on a role, a norm kind and a superseded law")
  func hoverValues() {
    let (s, _) = Self.opened()
    let role = Self.lineOf("@melden bij collega")
    #expect(
      s.request("textDocument/hover", s.at(Self.uri, role, 14))["contents"]?["value"]
        == .string("**collega**: collega — hier meld je of vraag je toestemming\n\n*Bevestigd* (`@melden bij`)."))
    let norm = Self.lineOf("@norm uitgangspunt")
    #expect(
      s.request("textDocument/hover", s.at(Self.uri, norm, 8))["contents"]?["value"]
        == .string(
          "**uitgangspunt** (principle): een beginsel of waarde, niet direct te handhaven\n\n*Bevestigd* (`@norm`)."
        ))
    let law = Self.lineOf("@wet CAR/LLUWO")
    #expect(
      s.request("textDocument/hover", s.at(Self.uri, law, 6))["contents"]?["value"]
        == .string("**CAR/LLUWO**\n\nCAR/UWO\n\nVervangen door Cao Gemeenten op 2020-01-01.\n\n*Bevestigd* (`@wet`).")
    )
    // Plain text is not an annotation.
    #expect(s.request("textDocument/hover", s.at(Self.uri, 0, 3)) == .null)
  }

  @Test("hover on a rule reference shows the referenced rule's text")
  func hoverReference() throws {
    let (s, _) = Self.opened()
    let row = Self.lineOf("@zie 2.2")
    let value = try #require(s.request("textDocument/hover", s.at(Self.uri, row, 6))["contents"]?["value"]?.stringValue)
    #expect(
      value.hasPrefix(
        "Verwijst naar `2.2`\n\n**§ 2.2.**\n\nAanbiedingen voor lunches, diners e.d. worden, eventueel in overleg met de leidinggevende,"
      ))
    #expect(value.hasSuffix("\n\n*Bevestigd* (`@zie`)."))
  }

  @Test("hover and definition on a reference in the prose of a rule, marked as inferred")
  func proseReference() throws {
    let s = Session()
    let uri = "file:///gemeente/alphen.ambt"
    let text = Repo.text("Codes/alphen-aan-den-rijn-2014.ambt")
    s.open(uri, text)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let row = try #require(lines.firstIndex { $0.contains("artikel 2.1") && !$0.hasPrefix("//") })
    let column = try #require(lines[row].range(of: "artikel 2.1")).upperBound
    let character = lines[row][..<column].utf16.count - 1
    // '§ 2.7 U realiseert zich dat de bepalingen in artikel 2.1 tot en met 2.6 voor alle vormen …'
    let hover = s.request("textDocument/hover", s.at(uri, row, character))
    #expect(line(hover["range"]) == #"{"end":{"character":71,"line":\#(row)},"start":{"character":45,"line":\#(row)}}"#)
    let value = try #require(hover["contents"]?["value"]?.stringValue)
    #expect(
      value.hasPrefix("Verwijst naar `2.1 t/m 2.6`\n\n**§ 2.1.**\n\nU gaat binnen en buiten uw werk zorgvuldig om met (politiek)")
    )
    #expect(value.contains("\n\n**§ 2.6**\n\nU reageert uitsluitend op een vraag"))
    #expect(value.hasSuffix("\n\n*Afgeleid uit de tekst*: ambt las deze verwijzing in de zin; met `@zie` leg je haar vast."))
    let definition = s.request("textDocument/definition", s.at(uri, row, character)).arrayValue ?? []
    let starts = definition.map { $0["range"]?["start"]?["line"]?.intValue ?? -1 }
    #expect(starts == [lines.firstIndex { $0.hasPrefix("§ 2.1") } ?? -2, lines.firstIndex { $0.hasPrefix("§ 2.6") } ?? -2])
    // Elsewhere in the sentence: nothing.
    #expect(s.request("textDocument/hover", s.at(uri, row, 10)) == .null)
  }

  @Test("hover in English with --lang en, or with initializationOptions when --lang was not given")
  func hoverEnglish() {
    let (s, _) = Self.opened(.en, explicit: true)
    let row = Self.lineOf("@melden bij collega")
    #expect(
      s.request("textDocument/hover", s.at(Self.uri, row, 14))["contents"]?["value"]
        == .string("**collega**: colleague — reported to or asked for consent\n\n*Confirmed* (`@melden bij`)."))
    let o = Session(initialize: false)
    _ = o.request("initialize", ["initializationOptions": .object(["lang": .string("en")])])
    o.open(Self.uri, Self.leek)
    #expect(
      o.request("textDocument/hover", o.at(Self.uri, row, 2))["contents"]?["value"]?.stringValue?.hasPrefix(
        "**@melden bij**: to whom one reports or asks consent (roles)") == true)
  }

  @Test("an inferred annotation says so on hover and offers 'bevestig'")
  func inferred() throws {
    let s = Session()
    let uri = "file:///x/concept.ambt"
    let text =
      "---\ntitel: Test\norganisatie: Test\n---\n# 1. Giften\n§ 1.1. Geschenken boven € 50 weiger je.\n@onderwerp? geschenken\n@norm verbod\n@wie? leidinggevendee\n"
    s.open(uri, text)
    _ = s.wait(0)
    #expect(
      s.request("textDocument/hover", s.at(uri, 6, 14))["contents"]?["value"]
        == .string(
          "**geschenken**: geschenken\n\nPlichten uit de wet over dit onderwerp:\n- `AW17-8-1e` giften alleen met toestemming van de werkgever (Ambtenarenwet 2017, art. 8 lid 1 onder e)\n\n*Afgeleid* (`@onderwerp?`): door ambt uit de tekst gelezen, nog niet door een mens bevestigd; de linter geeft er hoogstens een waarschuwing op."
        ))
    let actions = try #require(s.request("textDocument/codeAction", codeActionParams(s, uri, 6, 0, 6, 0)).arrayValue)
    #expect(
      line(.array(actions))
        == #"[{"edit":{"changes":{"file:///x/concept.ambt":[{"newText":"","range":{"end":{"character":11,"line":6},"start":{"character":10,"line":6}}}]}},"kind":"refactor.rewrite","title":"Bevestig '@onderwerp' (haal het '?' weg)"}]"#
    )
    // A value the parser could not read is fixed first, not confirmed.
    let unreadable = s.request("textDocument/codeAction", codeActionParams(s, uri, 8, 6, 8, 6)).arrayValue ?? []
    #expect(unreadable.map { $0["title"] } == [.string("Vervang 'leidinggevendee' door 'leidinggevende'")])
  }

  func codeActionParams(_ s: Session, _ uri: String, _ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> [String: JSON] {
    [
      "textDocument": .object(["uri": .string(uri)]), "range": s.range(l1, c1, l2, c2),
      "context": .object(["diagnostics": .array([])]),
    ]
  }

  @Test("code actions offer the parser's fix-its as quick fixes, and 'bevestig alle' for many")
  func quickFixes() throws {
    let s = Session()
    let uri = "file:///x/typo.ambt"
    let text =
      "---\ntitel: Test\norganisatie: Test\n---\n# 1. Giften\n§ 1.1. Geschenken boven € 50 weiger je.\n@onderwerp geschenkenn\n@norm? verbod\n@melden bij? leidinggevende\n@wie manager\n"
    s.open(uri, text)
    _ = s.wait(0)
    let actions = try #require(s.request("textDocument/codeAction", codeActionParams(s, uri, 6, 12, 6, 12)).arrayValue)
    #expect(actions.count == 2)
    #expect(actions.first?["title"] == .string("Vervang 'geschenkenn' door 'geschenken'"))
    #expect(actions.first?["kind"] == .string("quickfix"))
    #expect(actions.first?["isPreferred"] == .bool(true))
    #expect(
      line(actions.first?["edit"])
        == #"{"changes":{"file:///x/typo.ambt":[{"newText":"geschenken","range":{"end":{"character":22,"line":6},"start":{"character":11,"line":6}}}]}}"#
    )
    #expect(actions.first?["diagnostics"]?.arrayValue?.first?["code"] == .string("unknown-topic"))
    #expect(actions.last?["title"] == .string("Bevestig alle 2 afgeleide annotaties in dit document"))
    #expect(actions.last?["edit"]?["changes"]?[uri]?.arrayValue?.count == 2)
    // The role: an alternative from alternatives.json.
    let role = try #require(s.request("textDocument/codeAction", codeActionParams(s, uri, 9, 6, 9, 6)).arrayValue)
    #expect(
      role.map { $0["title"]?.stringValue ?? "" } == [
        "Vervang 'manager' door 'leidinggevende'", "Bevestig alle 2 afgeleide annotaties in dit document",
      ])
    let confirm = try #require(s.request("textDocument/codeAction", codeActionParams(s, uri, 8, 0, 8, 0)).arrayValue)
    #expect(
      confirm.map { $0["title"]?.stringValue ?? "" } == [
        "Bevestig '@melden bij' (haal het '?' weg)", "Bevestig alle 2 afgeleide annotaties in dit document",
      ])
  }

  @Test("a context with 'only' gets only those kinds of action")
  func onlyKinds() throws {
    let s = Session()
    let uri = "file:///x/only.ambt"
    s.open(uri, "---\ntitel: T\norganisatie: T\n---\n# 1. A\n§ 1.1. Je weigert giften.\n@onderwerp? geschenkenn\n")
    var params = codeActionParams(s, uri, 6, 14, 6, 14)
    params["context"] = .object(["diagnostics": .array([]), "only": .array([.string("quickfix")])])
    let actions = try #require(s.request("textDocument/codeAction", params).arrayValue)
    #expect(actions.map { $0["title"] } == [.string("Vervang 'geschenkenn' door 'geschenken'")])
  }

  @Test("ranges count UTF-16 code units: é, €, an emoji and ’ before a finding on its line")
  func utf16Ranges() throws {
    let s = Session(language: .en, explicit: true)
    let uri = "file:///x/utf16.ambt"
    s.open(uri, "---\ntitel: T\norganisatie: T\n---\n# 1. A\n§ 1.1. Je meldt giften.\n@melden bij é€😀’, managerr\n")
    let diagnostics = try #require(s.wait(0).first?["params"]?["diagnostics"]?.arrayValue)
    let roles = diagnostics.filter { $0["code"] == .string("unknown-role") }
    // '@melden bij ' is 12 units; é, € and ’ one each, the emoji two: 'managerr' starts at 19 (18 code points, 26 bytes in).
    #expect(
      line(.array(roles))
        == #"[{"code":"unknown-role","message":"unknown role 'é€😀’'\nhint: see 'ambt vocab roles' for the list","range":{"end":{"character":17,"line":6},"start":{"character":12,"line":6}},"severity":1,"source":"ambt"},{"code":"unknown-role","message":"unknown role 'managerr'\nhint: did you mean 'managers'?","range":{"end":{"character":27,"line":6},"start":{"character":19,"line":6}},"severity":1,"source":"ambt"}]"#
    )
  }

  @Test("an incremental change is applied though full sync was asked for")
  func incrementalChange() throws {
    let s = Session()
    let uri = "file:///x/inc.ambt"
    s.open(uri, "---\ntitel: T\norganisatie: T\n---\n# 1. A\n§ 1.1. Je weigert giften.\n@onderwerp geschenken\n")
    _ = s.wait(0)
    s.notify(
      "textDocument/didChange",
      [
        "textDocument": .object(["uri": .string(uri), "version": .int(2)]),
        "contentChanges": .array([.object(["range": s.range(6, 21, 6, 21), "text": .string("n")])]),
      ])
    let diagnostics = try #require(s.wait(1).first?["params"]?["diagnostics"]?.arrayValue)
    #expect(diagnostics.first { $0["code"] == .string("unknown-topic") }?["range"] == s.range(6, 11, 6, 22))
  }

  @Test("hover on a quantity, a regulation, an obligation, a suppression and a draft")
  func hoverOtherValues() {
    let s = Session()
    let uri = "file:///x/other.ambt"
    let text =
      "---\ntitel: T\norganisatie: T\n---\n# 1. A\n§ 1.1. Geschenken boven € 50 meld je.\n@drempel € 50, per gift\n@regeling Giftenregeling\n@dekt AW17-8-1e\n@negeer gift-requires-consent: staat in de giftenregeling\n@concept nog aanvullen\n"
    s.open(uri, text)
    func hover(_ l: Int, _ c: Int) -> String {
      s.request("textDocument/hover", s.at(uri, l, c))["contents"]?["value"]?.stringValue ?? ""
    }
    #expect(
      hover(6, 11)
        == "**€ 50**, per gift: een bedrag dat een grens is: daarboven is iets verboden of moet het gemeld worden (lager is strenger)\n\n*Bevestigd* (`@drempel`)."
    )
    #expect(hover(7, 12) == "**Giftenregeling**: een aparte regeling (niet in de code zelf)\n\n*Bevestigd* (`@regeling`).")
    #expect(
      hover(8, 8).hasPrefix(
        "**`AW17-8-1e`** giften alleen met toestemming van de werkgever\n\nAmbtenarenwet 2017, art. 8 lid 1 onder e"))
    #expect(hover(9, 10).hasPrefix("**gift-requires-consent**: "))
    #expect(hover(9, 10).hasSuffix("\n\nReden: staat in de giftenregeling"))
    #expect(hover(10, 12) == "**@concept**: nog aanvullen\n\n*Bevestigd* (`@concept`).")
  }

  @Test("go to definition jumps from a reference or an exception to the rule's header")
  func definition() {
    let (s, _) = Self.opened()
    let row = Self.lineOf("@zie 2.2")
    let target = Self.lineOf("§ 2.2.")
    let result = s.request("textDocument/definition", s.at(Self.uri, row, 5))
    #expect(result.arrayValue?.count == 1)
    #expect(result.arrayValue?.first?["uri"] == .string(Self.uri))
    #expect(result.arrayValue?.first?["range"]?["start"] == s.position(target, 0))
    // A range 't/m' names both ends.
    let range = Self.lineOf("@zie 10.1 t/m 10.6")
    let ends = s.request("textDocument/definition", s.at(Self.uri, range, 6)).arrayValue ?? []
    #expect(ends.map { $0["range"]?["start"]?["line"] } == [.int(Self.lineOf("§ 10.1.")), .int(Self.lineOf("§ 10.6."))])
    let exception = Session()
    let text =
      "---\ntitel: T\norganisatie: T\n---\n# 1. A\n§ 1.1. Je meldt giften.\n§ 1.2. Kleine giften hoef je niet te melden.\n@uitzondering op 1.1\n"
    exception.open("file:///x/e.ambt", text)
    #expect(
      line(exception.request("textDocument/definition", exception.at("file:///x/e.ambt", 7, 18)))
        == #"[{"range":{"end":{"character":23,"line":5},"start":{"character":0,"line":5}},"uri":"file:///x/e.ambt"}]"#)
    #expect(s.request("textDocument/definition", s.at(Self.uri, 0, 0)) == .null)
  }

  @Test("document symbols: chapters with their rules")
  func documentSymbols() throws {
    let (s, _) = Self.opened()
    let symbols = try #require(
      s.request("textDocument/documentSymbol", ["textDocument": .object(["uri": .string(Self.uri)])]).arrayValue)
    #expect(symbols.count == 12)
    #expect(symbols.first?["name"] == .string("1. Belangenverstrengeling"))
    #expect(symbols.first?["kind"] == .int(2))
    #expect(symbols.first?["children"]?.arrayValue?.count == 6)
    let first = symbols.first?["children"]?.arrayValue?.first
    #expect(
      line(first)
        == #"{"detail":"belangenverstrengeling","kind":8,"name":"§ 1.1 Ambtenaren zijn zich ervan bewust dat beslissingen risico’s …","range":{"end":{"character":11,"line":25},"start":{"character":0,"line":23}},"selectionRange":{"end":{"character":215,"line":23},"start":{"character":0,"line":23}}}"#
    )
    #expect(symbols.map { $0["children"]?.arrayValue?.count ?? 0 }.reduce(0, +) == 43)
  }

  @Test("folding ranges: the comment at the top, the metadata, chapters and rules")
  func folding() throws {
    let (s, _) = Self.opened()
    let ranges = try #require(
      s.request("textDocument/foldingRange", ["textDocument": .object(["uri": .string(Self.uri)])]).arrayValue)
    #expect(line(ranges.first) == #"{"endLine":7,"kind":"comment","startLine":0}"#)
    #expect(line(ranges[1]) == #"{"endLine":12,"kind":"region","startLine":8}"#)
    #expect(ranges.contains(.object(["startLine": .int(21), "endLine": .int(49)])))
    #expect(ranges.contains(.object(["startLine": .int(23), "endLine": .int(25)])))
  }

  @Test("formatting gives the formatter's text as one edit, none for a formatted code, an error for a code with errors")
  func formatting() {
    let (s, _) = Self.opened()
    let params: [String: JSON] = [
      "textDocument": .object(["uri": .string(Self.uri)]),
      "options": .object(["tabSize": .int(2), "insertSpaces": .bool(true)]),
    ]
    #expect(s.request("textDocument/formatting", params) == .array([]))
    let uri = "file:///x/loose.ambt"
    s.open(uri, "---\ntitel:   Test\norganisatie: Test\n---\n\n\n#  1. Giften\n§1.1.   Je weigert geschenken.\n")
    var p = params
    p["textDocument"] = .object(["uri": .string(uri)])
    #expect(
      line(s.request("textDocument/formatting", p))
        == #"[{"newText":"---\ntitel: Test\norganisatie: Test\n---\n\n# 1. Giften\n\n§ 1.1. Je weigert geschenken.\n","range":{"end":{"character":0,"line":8},"start":{"character":0,"line":0}}}]"#
    )
    s.open("file:///x/bad.ambt", "---\ntitel: Test\n---\n# 1. A\n§ 1.1. Tekst.\n@onderwerp geschenk\n")
    p["textDocument"] = .object(["uri": .string("file:///x/bad.ambt")])
    #expect(
      line(s.request("textDocument/formatting", p)["error"])
        == #"{"code":-32803,"message":"ambt: het document heeft fouten en is niet opgemaakt"}"#)
  }

  @Test("completion of annotation keys, topics, roles, laws and rule numbers")
  func completion() throws {
    let s = Session()
    let uri = "file:///x/c.ambt"
    let text =
      "---\ntitel: T\norganisatie: T\n---\n# 1. A\n§ 1.1. Je meldt giften.\n@\n@onderwerp gesch\n@melden bij leidinggevende, int\n@wet Ambtenarenw\n@zie 1\n@norm? \n"
    s.open(uri, text)
    func items(_ l: Int, _ c: Int) -> [JSON] {
      s.request("textDocument/completion", s.at(uri, l, c))["items"]?.arrayValue ?? []
    }
    let keys = items(6, 1)
    #expect(keys.count == 14)
    #expect(
      line(keys.first)
        == #"{"detail":"de onderwerpen van de regel (vaste lijst, 'ambt vocab onderwerpen'); de linter toetst per onderwerp de wettelijke plichten","filterText":"onderwerp","kind":14,"label":"onderwerp","textEdit":{"newText":"onderwerp ","range":{"end":{"character":1,"line":6},"start":{"character":1,"line":6}}}}"#
    )
    let topics = items(7, 16)
    #expect(topics.count == Vocabulary.shared.topics.terms.count)
    let gifts = topics.first { $0["label"] == .string("geschenken") }
    #expect(
      line(gifts)
        == #"{"detail":"geschenken","filterText":"geschenken","kind":12,"label":"geschenken","textEdit":{"newText":"geschenken","range":{"end":{"character":16,"line":7},"start":{"character":11,"line":7}}}}"#
    )
    let roles = items(8, 31)
    #expect(roles.count == Vocabulary.shared.roles.terms.count)
    #expect(roles.first?["textEdit"]?["range"] == s.range(8, 28, 8, 31))
    let laws = items(9, 16)
    #expect(laws.contains { $0["label"] == .string("Ambtenarenwet 2017") })
    #expect(
      laws.first { $0["label"] == .string("Wet openbaarheid van bestuur") }?["detail"]
        == .string("vervangen door Wet open overheid"))
    #expect(
      line(.array(items(10, 6)))
        == #"[{"detail":"§ 1.1.","filterText":"1.1","kind":18,"label":"1.1","textEdit":{"newText":"1.1","range":{"end":{"character":6,"line":10},"start":{"character":5,"line":10}}}}]"#
    )
    #expect(items(11, 7).map { $0["label"]?.stringValue ?? "" } == NormKind.allCases.map(\.rawValue))
    #expect(items(5, 4).isEmpty)
  }

  @Test("on the real code: a quick fix after a typo, completion of its rule numbers and topics")
  func realCodeEditing() throws {
    let (s, _) = Self.opened()
    let edited = Self.leek.replacingOccurrences(of: "@onderwerp draaideur", with: "@onderwerp draaideurr")
    s.change(Self.uri, edited, version: 2)
    let row = Self.lineOf("@onderwerp draaideur")
    let actions = try #require(
      s.request(
        "textDocument/codeAction",
        [
          "textDocument": .object(["uri": .string(Self.uri)]), "range": s.range(row, 14, row, 14),
          "context": .object(["diagnostics": .array([])]),
        ]
      ).arrayValue)
    #expect(
      line(.array(actions.map { $0["edit"] ?? .null }))
        == #"[{"changes":{"file:///gemeente/leek.ambt":[{"newText":"draaideur","range":{"end":{"character":21,"line":\#(row)},"start":{"character":11,"line":\#(row)}}}]}}]"#
    )
    // The code action computed the findings of version 2 at once; the debounce has nothing left.
    #expect(s.wait(1).isEmpty)
    let see = Self.lineOf("@zie 2.2")
    let numbers = s.request("textDocument/completion", s.at(Self.uri, see, 6))["items"]?.arrayValue ?? []
    #expect(numbers.count == 43)
    #expect(numbers.prefix(3).map { $0["label"]?.stringValue ?? "" } == ["1.1", "1.2", "1.3"])
    #expect(numbers.first?["detail"] == .string("§ 1.1."))
    #expect(numbers.first?["textEdit"]?["range"] == s.range(see, 5, see, 6))
    let topics = s.request("textDocument/completion", s.at(Self.uri, row, 11))["items"]?.arrayValue ?? []
    #expect(topics.first?["label"] == .string("goed-ambtenaarschap"))
  }

  @Test("shutdown, then exit with code 0; exit without shutdown gives 1")
  func lifecycle() {
    let (s, _) = Self.opened()
    #expect(s.request("shutdown", [:]) == .null)
    #expect(
      line(s.request("textDocument/hover", s.at(Self.uri, 0, 0)))
        == #"{"error":{"code":-32600,"message":"the server is shutting down; only 'exit' is accepted"},"id":3,"jsonrpc":"2.0"}"#)
    #expect(s.server.exitCode == nil)
    s.notify("exit", [:])
    #expect(s.server.exitCode == 0)
    let t = Session()
    t.notify("exit", [:])
    #expect(t.server.exitCode == 1)
  }
}
