import AmbtCLI
import AmbtLint
import AmbtModel
import AmbtTestSupport
import Foundation
import Testing

/// Compares `actual` with the snapshot `name` (`AmbtTestSupport`'s `Snapshot`: `AMBT_RECORD=1`
/// writes it and fails the test, so recording is never silent).
func assertSnapshot(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  Snapshot.check(actual, file: testsDirectory.appendingPathComponent("Snapshots/\(name)"), sourceLocation: sourceLocation)
}

let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let repositoryRoot = RepositoryRoot.url

/// Runs `ambt` in process from the repository root.
func ambt(_ args: [String]) -> (Int32, String, String) {
  let io = BufferIO(environment: ["NO_COLOR": "1"], currentDirectory: repositoryRoot.path)
  let previous = FileManager.default.currentDirectoryPath
  _ = FileManager.default.changeCurrentDirectoryPath(repositoryRoot.path)
  defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
  let code = CLI.run(args, io: io)
  return (code, io.stdoutText, io.stderrText)
}

@Suite(.serialized) struct GoldenTests {
  /// The warnings of one whole code in lint's text output, each as "line rule" ("37
  /// gift-requires-consent"), in their order.
  static func warnings(in out: String, of file: String) -> [String] {
    out.split(separator: "\n").filter { $0.contains("fullcodes/\(file).ambt:") && $0.contains(": warning: ") }
      .map { line -> String in "\(line.split(separator: ":")[1]) \(line.split(separator: "[").last?.dropLast() ?? "")" }
  }

  static func warnings(in out: FullCodeOutput, of file: String) -> [String] {
    out.lines(of: file).filter { $0.contains(": warning: ") }
      .map { line -> String in "\(line.split(separator: ":")[1]) \(line.split(separator: "[").last?.dropLast() ?? "")" }
  }

  static let fixture = "Tests/AmbtLintTests/Fixtures/sample.ambt"

  @Test("text output", arguments: ["nl", "en"])
  func text(_ lang: String) throws {
    let (code, out, _) = ambt(["lint", GoldenTests.fixture, "--today", "2026-11-24", "--lang", lang, "--fail-on", "warning"])
    #expect(code == 1)
    try assertSnapshot(out, "sample.\(lang).txt")
  }

  @Test("json output")
  func json() throws {
    let (code, out, _) = ambt(["lint", GoldenTests.fixture, "--today", "2026-11-24", "--format", "json", "--fail-on", "warning"])
    #expect(code == 1)
    try assertSnapshot(out, "sample.json")
  }

  @Test("sarif output")
  func sarif() throws {
    let (_, out, _) = ambt(["lint", GoldenTests.fixture, "--today", "2026-11-24", "--format", "sarif"])
    try assertSnapshot(out, "sample.sarif")
    #expect(out.contains("\"columnKind\": \"unicodeCodePoints\""))
  }

  @Test("github annotations")
  func github() throws {
    let (_, out, _) = ambt(["lint", GoldenTests.fixture, "--today", "2026-11-24", "--format", "github", "--lang", "en"])
    try assertSnapshot(out, "sample.github.txt")
    #expect(GitHubLintReporter.property("a:b,c%\nd") == "a%3Ab%2Cc%25%0Ad")
    #expect(GitHubLintReporter.data("a:b,c%\r\nd") == "a:b,c%25%0D%0Ad")
  }

  @Test("exit codes follow --fail-on; usage errors give 2")
  func exitCodes() {
    // The sample has warnings and no errors: the default --fail-on error passes, warning fails.
    #expect(ambt(["lint", GoldenTests.fixture, "--today", "2026-11-24"]).0 == 0)
    #expect(ambt(["lint", GoldenTests.fixture, "--today", "2026-11-24", "--fail-on", "warning"]).0 == 1)
    #expect(ambt(["lint", "Tests/AmbtLintTests/Fixtures/invalid-date.ambt", "--today", "2026-11-24"]).0 == 1)
    #expect(ambt(["lint", "Tests/AmbtLintTests/Fixtures/clean.ambt", "--today", "2026-11-24"]).0 == 0)
    #expect(ambt(["lint", "Tests/AmbtLintTests/Fixtures/clean.ambt", "--today", "2026-11-24", "--fail-on", "info"]).0 == 0)
    #expect(
      ambt(["lint", GoldenTests.fixture, "--today", "2026-11-24", "--config", "Tests/AmbtLintTests/Fixtures/missing.conf"]).0 == 2
    )
    #expect(ambt(["lint", "does-not-exist.ambt"]).0 == 2)
    #expect(ambt(["lint", GoldenTests.fixture, "--today", "24-11-2026"]).0 == 2)
    #expect(ambt(["lint", GoldenTests.fixture, "--format", "xml"]).0 == 2)
    #expect(ambt(["explain", "no-such-rule"]).0 == 2)
    #expect(ambt(["explain", "superseded-law"]).1.contains("Wbp"))
  }

  @Test("docs/rules.md is generated from the descriptors")
  func rulesDocs() throws {
    let (_, out, _) = ambt(["rules", "--format", "markdown", "--lang", "en"])
    let url = repositoryRoot.appendingPathComponent("docs/rules.md")
    if ProcessInfo.processInfo.environment["AMBT_RECORD"] == "1" {
      try out.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("regenerated docs/rules.md")
      return
    }
    let onDisk = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    #expect(onDisk == out, "docs/rules.md is stale: run 'ambt rules --format markdown --lang en > docs/rules.md'")
  }

  /// Whole codes written in wordings the five real codes do not use (Fixtures/fullcodes, each
  /// saying what was planted in it): the findings, reviewed by hand. They were tuned on, so they
  /// guard against regressions; they are not a held-out measure.
  @Test("the reviewed findings on the whole codes in new wordings")
  func fullCodes() throws {
    let (code, text, _) = ambt([
      "lint", "Tests/AmbtLintTests/Fixtures/fullcodes", "--today", "2026-01-01", "--lang", "en", "--fail-on", "warning",
    ])
    #expect(code == 1)
    try assertSnapshot(text, "fullcodes-findings.txt")
    // Some eight hundred files' findings: split once by file, so that each question below reads
    // one file's lines rather than the whole output.
    let out = FullCodeOutput(text)
    #expect(out.lines.count == text.split(separator: "\n").count && out.fileCount > 100)
    // The codes written with no planted problem give no finding.
    #expect(!out.contains("fullcodes/lageveld.ambt"))
    #expect(!out.contains("fullcodes/effenwolde-werkorganisatie.ambt"))
    #expect(!out.contains("fullcodes/jelsterveen.ambt"))
    #expect(!out.contains("fullcodes/omgevingsdienst-rekkenwolde.ambt"))
    #expect(!out.contains("fullcodes/pruimendaal.ambt"))
    for file in [
      "aldervliet-waterschap", "drechtervenen-provincie", "raamvliet-werkorganisatie", "zwinderhoek-2026",
      "ggd-brinkenland", "mijnderswoude-2025", "omgevingsdienst-nederlinge-2026", "twijnsterland-belastingsamenwerking",
      "dievervliet-waterschap", "kalverdijk-2026", "prinsenvliet-vr", "twellerbroek-2026",
      "escherwaard-omgevingsdienst", "hekelwaarde-2026", "oostvenne-sociale-dienst",
      "eggenwaard-ggd-2026", "omgevingsdienst-pollemarken",
      "jorwerdam-2026", "ommerzand-2026", "veldermonde-2025",
      "egelshoven-2026", "oldemarsch-2026", "sparrendaal-2026", "elspermade-2025",
      "brammervliet-2025", "dellenmark-2025", "lubbersveen-2024", "nijvervliet-waterschap-2026", "poelsterwoude-2026",
      "roggelerbeek-2024", "trekvaartlanden-2024", "uitervoorde-2026",
      "doornstroom-2026", "ebbinghorst-2025", "kolderwaard-2025", "luttemonde-2026", "pollendam-2024",
      "uitvoeringsdienst-zwetteland-2026",
      "eskerwoude-2024", "halsterbroek-2025", "nollenbroek-2024", "schaapsvenen-2026", "waterschap-zoutwaarden-2025",
      "brinkwolde-2024", "haverwijk-2024", "rekkelmade-2025", "sluinerveld-2026", "vriezenwaard-2024",
      "gortelwijk-lisselmade-2026", "helderloo-kolmerwijk-2024", "peddelstroom-2024", "schelfhorst-2026", "vonkeveld-2024",
      "wedderhoven-2026",
      "bokkelveen-2024", "corlemade-2026", "echtenwaard-2024", "harderhoeve-2025", "kesterwolde-2026", "mollenhoek-2026",
      "varsenwolde-2026", "zeldermark-vr-2024", "wulverdam-2026", "hoogheemraadschap-dwerslanden-2024", "lierwoude-2025",
      "lepelstede-2025", "tjonkerveen-2025", "elderwolde-2024", "polderwijde-2025", "quintenvoorde-2026",
      "borkelwijde-2024", "belastingsamenwerking-dommerveen-2026", "hunnerveen-2024", "geldermaas-2026", "ippelmade-2024",
      "kempervliet-waterschap-2026", "pelmerdijk-erfgoed-2025", "mankelwoude-2024", "rusthoven-2024",
      "sociale-dienst-vechtmarken-2025", "zwinkelhoeve-2026", "cluwerveen-2024", "ammerzande-2026", "hoogerkamp-2024",
      "fennerzijl-2026", "nolsterhaven-2025", "pijpelvliet-waterschap-2026", "tuchemwaard-2026",
      "plaggenwolde-2024", "rietvennen-waterschap-2026", "ict-dienst-vennekamp-2025", "stuwerveen-2024",
      "provincie-wadmerland-2025", "oolderveen-2026",
      "caldervoort-2026", "heggerdonk-2024", "ludingerveen-2026", "rodenwierde-2024", "ottingerveen-2026",
      "ggd-velmerwaard-2025", "usselwijde-2026", "kwinkelveen-2026", "waterschap-hunnestroom-2024",
      "elderswaal-2024", "hessingveen-2026", "schelmerland-afvalschap-2025", "pettelwaarde-2026", "tessenbroek-2026",
      "waterschap-zandervliet-2024", "sterrewaard-2026",
      "dollerwaard-2025", "bekkerveld-2026", "meeuwenoog-2025", "lindervoort-2026", "salderveen-werkbedrijf-2026",
      "oudstervelde-2024", "wolsumerland-omgevingsdienst-2025", "vlierdammen-2024", "kleiwaarde-2026", "lommerstroom-2024",
      "delvenland-ict-2025", "eldervenne-2026", "schalkewier-2025", "velderzijl-belastingen-2025", "ypenwolde-2026",
      // (Artikel 5's opgave handed in, "Je levert het in bij de afdeling P&O", read as its route
      // since the session of 6 December.)
      "kindervoorde-2026",
      "duisterwaard-2026", "lindermonde-2025", "jolmerveen-2026", "schollerveen-2024", "tolsterhoek-2026",
      "heukelwaarde-2025", "ameringe-2026", "jellemarke-2024", "oterdijk-2026", "schokkerveen-2024", "vossendrecht-2026",
      "mirdenhoeve-2026", "wespermaar-2024", "ruinerwaarde-2026",
      // (The third measuring round's compliant codes; Hallumerwaard's, Brakkenoog's, Paddenwaard's,
      // Sleuwerzand's and Terkelmonde's false findings before it, mended: see each file's first line.)
      "hallumerwaard-2024", "brakkenoog-2026", "ingersloot-2024", "paddenwaard-2026", "sleuwerzand-2025",
      "terkelmonde-2025",
      // (The fourth measuring round's; Anneswaard's and Zuurdervliet's false findings before it,
      // mended.)
      "gasterlo-2024", "anneswaard-2026", "zuurdervliet-2025", "ruskemade-2026",
      // (The fifth measuring round's; Vlakkerveen's and Terpenwolde's false findings before it,
      // mended.)
      "bremerwijde-2024", "geldervenne-2026", "vlakkerveen-2026", "terpenwolde-2024",
      // (The sixth measuring round's; Dorpelwaard's, Markhaven's and Tjeukerwaard's false findings
      // before it, mended.)
      "brevelland-2025", "dorpelwaard-2026", "markhaven-2025", "ilperwolde-2025", "tjeukerwaard-2025",
      // (The seventh measuring round's; Brinkelmonde's and Sennewijde's false findings before it,
      // mended.)
      "brinkelmonde-kredietbank-2025", "lintelwaarde-2025", "pelderwijk-2024", "sennewijde-2024", "wolfkamp-2026",
      // (The eighth measuring round's; Ekkelwoude's, Pluimermeer's, Tammerwolde's and Vemmerdijk's
      // false findings before it, mended.)
      "ekkelwoude-2026", "pluimermeer-2024", "jonkerhoven-2026", "tammerwolde-2025", "vemmerdijk-2026",
      // (The ninth measuring round's; Pellinkveen's and Stoppelwijde's false findings before it,
      // mended.)
      "hemerzande-2026", "pellinkveen-2026", "stoppelwijde-2024", "tramselveen-2026",
      // (The tenth measuring round's; Hessenkamp's and Vierhoutermade's false findings before it,
      // mended.)
      "hessenkamp-2024", "brunsvoorde-2026", "jelsterhove-2024", "vierhoutermade-2026",
      // (Older false findings gone in the session of 6 December (third): Varsselmonde's "Hij die …,
      // ondervindt …" read as a free relative clause; Coldervoort's "meldt dat bij een van de
      // volgenden:" reports to the roles of its items i. to iii.)
      "varsselmonde-2026", "coldervoort-2026",
      // (The eleventh measuring round's; Jipsingwolde's and Tarwewolde's false findings before it,
      // mended.)
      "gerkesvoort-2025", "hazelmonde-2026", "jipsingwolde-2025", "wintelmade-2026", "tjemmerwoude-2025", "ellerwijde-2024",
      "kapelrode-2026", "tarwewolde-2025", "luttelwiede-2024",
      // (The twelfth measuring round's; their false findings before it mended.)
      "prinsenwolde-2024", "stokkumerveen-2024", "ulrumervaart-2026",
      // (The thirteenth measuring round's; Pruisenwaard's and Zuilenvoorde's false findings before it
      // mended.)
      "fonkelwaarde-2025", "pruisenwaard-2024", "zuilenvoorde-2026",
      // (The fourteenth and fifteenth measuring rounds'; their false findings before them mended.)
      "oldervenne-2025", "lakervelde-2025", "tuddelwoude-2025", "merzelhoven-2025", "wissenvoorde-waterschap-2026",
      "pommerveld-2026",
      // (The sixteenth measuring round's; their false findings before it mended.)
      "zandelwaarde-2025", "quadewolde-waterschap-2026", "olsmerland-2026",
      // (The seventeenth measuring round's; their false findings before it mended.)
      "wippelmonde-2026", "peltervliet-waterschap", "hiddelwaarde-2026",
      // (The eighteenth measuring round's; Vrekelstromen's false finding left then mended in the
      // nineteenth.)
      "mardenwolde-2025", "vrekelstromen-waterschap-2025",
      // (The nineteenth measuring round's; their false findings before it mended.)
      "nokkerwijde-2026", "tjoenmarken-2025", "dubbelmarken-2026", "spindelwaard-2025",
      // (The twentieth measuring round's.)
      "pesserwolde-2026",
      // (The twenty-first measuring round's.)
      "rosmerwaarden-2025", "zinkelwaard-omgevingsdienst", "baaldervoort-2025", "sluimerwaard-2026",
      // (The twenty-second measuring round's; their false findings before it mended.)
      "lokkerwolde-2025", "paardenvliet-waterschap-2026",
      // (The twenty-third measuring round's; their false findings before it mended.)
      "kwelmerhoven-2025", "mispelwaard-2026", "sneldervoort-2026", "nettenhoeve-2026",
    ] as [String] {
      #expect(!out.contains("fullcodes/\(file).ambt"), "\(file)")
    }
    for file in [
      "ellemerland-ggd", "lierdonk-waterschap-2024", "ploegmarken-vr", "sociale-dienst-weerselland-2024",
      "gouwestroom-waterschap", "klinkerland-provincie-2026", "rietlanden-werkorganisatie-2024", "veiligheidsregio-waalhorst",
      "fennelanden-ggd", "merkelhoven-2024", "ommelwaard-belastingkantoor", "werkorganisatie-uffelterland-2024",
      "beerzeland-waterschap", "reestermonde-vr", "wolkenrade",
      "dravenstroom-waterschap-2024", "grollemade-2024", "rijpervenen-belastingsamenwerking", "werkorganisatie-stroeverland",
      "ameronde-2025", "idskerwolde-2025", "pelkwijde-2025", "tollenwaard-2025",
      "gerstenbroek-2025", "rijnvoorde-2024", "waterschap-schuttersvliet-2024", "ggd-jolderland-2026",
      "kollumerveen-2025",
    ] as [String] {
      #expect(out.contains("fullcodes/\(file).ambt:2:1: warning: obligation AW17-5-1a is not covered"), "\(file)")
    }
    #expect(out.contains("fullcodes/ggd-hunselmarken.ambt:3:1: warning: obligation AW17-5-1a is not covered"))
    #expect(!out.contains("fullcodes/waterschap-venkelwaarden.ambt"))
    #expect(!out.contains("fullcodes/belastingsamenwerking-dreumelwaard.ambt"))
    #expect(!out.contains("fullcodes/omgevingsdienst-nijmerland.ambt"))
    #expect(!out.contains("fullcodes/werkorganisatie-sonnewijde.ambt"))
    #expect(!out.contains("fullcodes/hagewolde.ambt:"))
    #expect(!out.contains("fullcodes/veiligheidsregio-brakenland.ambt"))
    #expect(!out.contains("fullcodes/gaarvliet-waterschap.ambt"))
    #expect(!out.contains("fullcodes/kroonwijde.ambt"))
    #expect(!out.contains("fullcodes/gelderhoek-isd.ambt"))
    #expect(!out.contains("fullcodes/oudekempen.ambt"))
    #expect(!out.contains("fullcodes/veiligheidsregio-zwinmonde.ambt"))
    // (Ottersweide's procedure for misstanden is the regulation its rule 8.2 names: the info that
    // asks to review that regulation with the code is right, as for Gastelwijde and Heuvelzoom.)
    #expect(
      !out.split(separator: "\n").contains {
        $0.contains("fullcodes/ottersweide-ggd.ambt:") && !$0.contains(": info: obligation") && !$0.contains("-regulation]")
      })
    #expect(!out.contains("fullcodes/rud-stellendal.ambt"))
    #expect(!out.contains("fullcodes/wolderwijk.ambt"))
    #expect(!out.contains("fullcodes/meerstad.ambt"))
    #expect(!out.contains("fullcodes/zuiderzand.ambt"))
    #expect(!out.contains("fullcodes/bronkhaven.ambt"))
    #expect(!out.contains("fullcodes/lindenhof.ambt"))
    #expect(!out.contains("fullcodes/wilgenrode.ambt"))
    #expect(!out.contains("fullcodes/esdoorn.ambt"))
    #expect(!out.contains("fullcodes/klaverveen.ambt"))
    #expect(!out.contains("fullcodes/lindehoeve.ambt"))
    #expect(!out.contains("fullcodes/zuidervaart.ambt"))
    #expect(!out.contains("fullcodes/zandmere.ambt"))
    #expect(!out.contains("fullcodes/stroominge.ambt"))
    #expect(!out.contains("fullcodes/fleddervoort.ambt"))
    #expect(!out.contains("fullcodes/pauwenlanden.ambt"))
    #expect(!out.contains("fullcodes/sterrenmade.ambt"))
    #expect(!out.contains("fullcodes/fabersloot.ambt"))
    #expect(!out.contains("fullcodes/ekelmonde.ambt"))
    #expect(!out.contains("fullcodes/wulpenstede.ambt"))
    #expect(!out.contains("fullcodes/twiskeloo.ambt"))
    #expect(!out.contains("fullcodes/hemmelhuizen.ambt"))
    #expect(!out.contains("fullcodes/werkorganisatie-mergeldal.ambt"))
    // Each planted problem is found.
    for (file, rule) in [
      ("bergveld", "side-activities-beyond-act"), ("bergveld", "gift-requires-consent"),
      ("bergveld", "secrecy-limited-to-employment"), ("bergveld", "blanket-political-ban"),
      ("bergveld", "internal-reporting-first"), ("bergveld", "superseded-law"), ("lindewaard", "broken-reference"),
      ("lindewaard", "report-without-addressee"), ("lindewaard", "superseded-law"), ("oosterbeek", "blanket-political-ban"),
      ("rivierstad", "broken-reference"), ("rivierstad", "gift-requires-consent"),
      ("kanaaldorp", "side-activities-beyond-act"), ("kanaaldorp", "blanket-political-ban"),
      ("heidemeer", "gift-requires-consent"), ("heidemeer", "internal-reporting-first"), ("heidemeer", "broken-reference"),
      ("heidemeer", "secrecy-limited-to-employment"), ("heidemeer", "superseded-law"),
      ("duinhoven", "broken-reference"), ("duinhoven", "secrecy-limited-to-employment"),
      ("duinhoven", "internal-reporting-first"), ("ooststroom", "gift-requires-consent"),
      ("ooststroom", "blanket-political-ban"), ("ooststroom", "report-without-addressee"),
      ("ooststroom", "missing-obligation"), ("zandhove", "side-activities-beyond-act"),
      ("zandhove", "missing-obligation"), ("zandhove", "yearly-account-not-mentioned"),
      ("beekdal", "gift-requires-consent"), ("beekdal", "secrecy-limited-to-employment"),
      ("beekdal", "blanket-political-ban"), ("hoogeind", "broken-reference"), ("hoogeind", "report-without-addressee"),
      ("hoogeind", "internal-reporting-first"), ("rietmond", "missing-obligation"),
      ("rietmond", "yearly-account-not-mentioned"), ("rietmond", "side-activities-beyond-act"),
      ("rietmond", "gift-notification-only"), ("rietmond", "secrecy-limited-to-employment"),
      ("rietmond", "internal-reporting-first"), ("rietmond", "blanket-political-ban"),
      ("vennebroek", "side-activities-beyond-act"), ("vennebroek", "secrecy-limited-to-employment"),
      ("vennebroek", "internal-reporting-first"), ("bosveen", "gift-requires-consent"), ("bosveen", "broken-reference"),
      ("bosveen", "missing-obligation"), ("waterlinde", "report-without-addressee"),
      ("waterlinde", "blanket-political-ban"), ("waterlinde", "internal-reporting-first"),
      ("heggedal", "side-activities-beyond-act"), ("heggedal", "secrecy-limited-to-employment"),
      ("heggedal", "superseded-law"), ("heggedal", "yearly-account-not-mentioned"),
      ("torenveld", "side-activities-beyond-act"), ("torenveld", "gift-requires-consent"),
      ("dijkzicht", "secrecy-limited-to-employment"), ("dijkzicht", "blanket-political-ban"),
      ("dijkzicht", "internal-reporting-first"), ("ravenhorst", "report-without-addressee"),
      ("ravenhorst", "gift-requires-consent"), ("ravenhorst", "blanket-political-ban"), ("ravenhorst", "superseded-law"),
      ("kwakelveen", "secrecy-limited-to-employment"), ("kwakelveen", "missing-obligation"),
      ("kwakelveen", "internal-reporting-first"), ("brakwater", "side-activities-beyond-act"),
      ("brakwater", "gift-requires-consent"), ("brakwater", "secrecy-limited-to-employment"),
      ("brakwater", "blanket-political-ban"), ("brakwater", "internal-reporting-first"), ("brakwater", "missing-obligation"),
      ("hazelaar", "report-without-addressee"), ("hazelaar", "missing-obligation"),
      ("populierendal", "side-activities-beyond-act"), ("populierendal", "gift-requires-consent"),
      ("populierendal", "secrecy-limited-to-employment"), ("populierendal", "internal-reporting-first"),
      ("ruigveld", "broken-reference"), ("ruigveld", "report-without-addressee"), ("ruigveld", "gift-requires-consent"),
      ("ruigveld", "blanket-political-ban"), ("meerhoven", "side-activities-beyond-act"),
      ("meerhoven", "secrecy-limited-to-employment"), ("akkerveld", "report-without-addressee"),
      ("akkerveld", "internal-reporting-first"),
    ] as [(String, String)] {
      #expect(out.split(separator: "\n").contains { $0.contains("fullcodes/\(file).ambt") && $0.hasSuffix("[\(rule)]") })
    }
    // The sixteenth batch, written by a helper who did not see the analyser: its warnings are its
    // planted problems, each on the line where it was planted.
    for (file, planted) in [
      (
        "heuvelzoom",
        ["37 report-without-addressee", "61 gift-requires-consent", "76 blanket-political-ban", "86 internal-reporting-first"]
      ),
      (
        "breevoort",
        [
          "55 side-activities-beyond-act", "74 gift-requires-consent", "85 secrecy-limited-to-employment",
          "90 report-without-addressee",
        ]
      ),
      (
        "marsdijk",
        [
          "29 side-activities-beyond-act", "55 secrecy-limited-to-employment", "59 blanket-political-ban",
          "69 internal-reporting-first",
        ]
      ),
      // The seventeenth batch, by the same kind of helper.
      (
        "ommerkerk",
        [
          "4 missing-obligation", "61 side-activities-beyond-act", "69 broken-reference",
          "105 secrecy-limited-to-employment", "109 superseded-law",
        ]
      ),
      (
        "hollemeer",
        [
          "2 missing-obligation", "55 gift-requires-consent", "63 report-without-addressee", "79 broken-reference",
          "81 internal-reporting-first",
        ]
      ),
      (
        "brederwiel",
        [
          "58 report-without-addressee", "68 gift-requires-consent", "80 secrecy-limited-to-employment",
          "87 superseded-law", "95 blanket-political-ban",
        ]
      ),
    ] as [(String, [String])] {
      let warnings = Self.warnings(in: out, of: file)
      #expect(warnings == planted, "\(file)")
    }
    // The eighteenth batch: every planted problem found on its line (Noorderhaven's 5.2 on line 84
    // since its list item is read without the lead-in that only frames it), and no warning on the
    // compliant code. Ravensloot's finding on an unstated relation (2.1 and 2.3) remains.
    for (file, planted) in [
      (
        "ravensloot",
        ["40 gift-requires-consent", "49 report-without-addressee", "61 broken-reference", "72 secrecy-limited-to-employment"]
      ),
      (
        "lindeberg",
        ["2 missing-obligation", "65 side-activities-beyond-act", "109 superseded-law", "133 internal-reporting-first"]
      ),
      ("noorderhaven", ["2 missing-obligation", "37 gift-requires-consent", "84 blanket-political-ban", "112 superseded-law"]),
    ] as [(String, [String])] {
      let warnings = Self.warnings(in: out, of: file)
      for p in planted { #expect(warnings.contains(p), "\(file): \(p)") }
      if file != "ravensloot" { #expect(warnings.count == planted.count, "\(file): \(warnings)") }
    }
    #expect(out.contains("fullcodes/noorderhaven.ambt:2:1: warning: obligation AW17-8-1b is not covered"))
    #expect(
      out.lines(of: "werkorganisatie-hbz").filter { $0.contains(": warning: ") }
        .isEmpty)
    // The nineteenth to twenty-seventh batches, each code's warnings exactly, in order:
    // - 19: every planted problem on its line (Oosterbeemd's 'vraag 20' since a question number
    //   counts in a code written as questions), no warning on the compliant codes but Meerstede's
    //   two rightly missing obligations (nothing on integrity awareness or meetings);
    // - 20: every planted problem on its line, nothing on the compliant code, and one unstated
    //   relation next to Scharnegoor's planted ban (4.3 and 4.4);
    // - 21: every planted problem on its line, nothing on the compliant code; Elsterbroek's
    //   integrity awareness is rightly missing, and its gift permission (4) stands next to the ban
    //   on money (5);
    // - 22: every planted problem on its line, nothing on the compliant code;
    // - 23: every planted problem on its line but Heerveldam's political ban in 5.3 (line 64), and
    //   nothing on the compliant code.
    for (file, found) in [
      (
        "wolderveen",
        [
          "30 prohibition-permission-unlinked", "30 gift-requires-consent", "59 secrecy-limited-to-employment",
          "63 superseded-law", "73 broken-reference", "79 internal-reporting-first",
        ]
      ),
      (
        "gravenlo",
        [
          "2 missing-obligation", "2 missing-obligation", "26 superseded-law", "43 side-activities-beyond-act",
          "52 report-without-addressee", "62 blanket-political-ban",
        ]
      ),
      ("valkenwoude", []),
      ("meerstede", ["2 missing-obligation", "2 missing-obligation"]),
      (
        "lingeweide",
        [
          "2 missing-obligation", "61 gift-requires-consent", "73 secrecy-limited-to-employment", "80 superseded-law",
          "94 report-without-addressee",
        ]
      ),
      (
        "wolderbroek",
        [
          "2 missing-obligation", "2 missing-obligation", "36 superseded-law", "69 broken-reference", "80 blanket-political-ban",
          "93 internal-reporting-first",
        ]
      ),
      // (The pair of 4.3's freedom to give one's opinion and 4.4's ban on party membership is gone
      // since the sixty-third batch: they share only the adjective "politiek", and a ban on
      // membership does not contradict a freedom of opinion.)
      (
        "scharnegoor",
        [
          "36 gift-requires-consent", "69 blanket-political-ban",
          "77 report-without-addressee", "82 superseded-law", "88 broken-reference",
        ]
      ),
      ("valkenrode", []),
      (
        "omgevingsdienst-loosterveen",
        [
          "2 missing-obligation", "50 broken-reference", "69 secrecy-limited-to-employment", "74 report-without-addressee",
          "78 superseded-law",
        ]
      ),
      (
        "elsterbroek",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "26 gift-requires-consent", "54 broken-reference", "58 blanket-political-ban",
          "67 internal-reporting-first",
        ]
      ),
      (
        "kortevoorde",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "36 side-activities-beyond-act", "55 gift-requires-consent", "97 report-without-addressee", "112 superseded-law",
        ]
      ),
      ("vinkenhove", []),
      (
        "broekhorst",
        [
          "2 missing-obligation", "2 missing-obligation", "31 gift-requires-consent", "50 broken-reference",
          "71 internal-reporting-first",
        ]
      ),
      (
        "oudewaarde",
        [
          "2 missing-obligation", "42 side-activities-beyond-act", "59 report-without-addressee",
          "65 secrecy-limited-to-employment", "68 superseded-law", "72 blanket-political-ban",
        ]
      ),
      ("zevenmeren", []),
      (
        "heerveldam",
        [
          "52 gift-requires-consent", "56 broken-reference", "62 superseded-law",
          "64 blanket-political-ban", "74 internal-reporting-first",
        ]
      ),
      (
        "brakelzande",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "54 report-without-addressee", "59 secrecy-limited-to-employment", "61 superseded-law",
        ]
      ),
      ("oostvlierden", []),
      (
        "molenkreek",
        [
          "60 gift-requires-consent", "65 broken-reference", "69 secrecy-limited-to-employment", "71 superseded-law",
          "80 blanket-political-ban",
        ]
      ),
      (
        "sluisveen",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "50 report-without-addressee", "92 internal-reporting-first", "99 superseded-law",
        ]
      ),
      ("waterschap-zilverstroom", []),
      (
        "roerdamme",
        [
          "2 missing-obligation", "59 gift-requires-consent", "77 superseded-law", "89 broken-reference",
          "93 internal-reporting-first",
        ]
      ),
      (
        "veiligheidsregio-sluisveen",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "41 report-without-addressee",
          "73 secrecy-limited-to-employment", "77 superseded-law", "81 blanket-political-ban",
        ]
      ),
      ("zwaluwdonk", []),
      (
        "dalwijk",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "42 report-without-addressee",
          "54 gift-requires-consent", "60 broken-reference",
        ]
      ),
      (
        "belastingsamenwerking-geulvallei",
        [
          "2 missing-obligation", "2 missing-obligation", "74 superseded-law", "81 blanket-political-ban",
          "94 internal-reporting-first",
        ]
      ),
      ("fransbergen", []),
      (
        "reigersmeer",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "59 gift-requires-consent",
          "61 broken-reference", "70 secrecy-limited-to-employment", "85 internal-reporting-first",
        ]
      ),
      (
        "waterschap-wierlanden",
        [
          "2 missing-obligation", "2 missing-obligation", "56 report-without-addressee", "74 superseded-law",
          "79 blanket-political-ban",
        ]
      ),
      // (The reader's false finding left until the seventh session of 5 December 2026, conflicts of
      // interest reported missing, went when a sentence that refers to one other rule became about
      // that rule's topics: Artikel 7 lid 5 "dan geldt daarnaast artikel 6, tweede lid" now covers
      // it. The right answer, for a reason that is only partly the code's own.)
      ("schoutenburg", []),
      (
        "rijnsterwolde",
        [
          "57 report-without-addressee", "71 gift-requires-consent", "104 secrecy-limited-to-employment",
          "114 blanket-political-ban", "119 broken-reference",
        ]
      ),
      // (Still reported: the relation of 4.1 and 4.2.)
      (
        "waterschap-vliedstromen",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "68 gift-requires-consent", "82 side-activities-beyond-act", "110 broken-reference",
          "124 internal-reporting-first",
        ]
      ),
      // (Gifts up to € 50 kept without a report: the gift rule's design, not a reader's error.)
      ("steenwaarde", ["46 gift-requires-consent"]),
      (
        "dorrewaard",
        [
          "2 missing-obligation", "55 report-without-addressee",
          "67 gift-requires-consent", "87 secrecy-limited-to-employment", "103 blanket-political-ban",
          "105 broken-reference",
        ]
      ),
      (
        "eikenloo",
        [
          "2 missing-obligation", "2 missing-obligation", "61 side-activities-beyond-act", "71 report-without-addressee",
          "75 secrecy-limited-to-employment", "85 internal-reporting-first",
        ]
      ),
      // (Still reported: a permission and a prohibition on expression whose relation is not stated.)
      ("hunzedal", ["103 prohibition-permission-unlinked"]),
      // (Still reported: the designation of functions, where 3.3 asks 'Werk je bij inkoop, …?'. Since
      // the seventieth batch "je gebruikt je functie niet om iemand voordeel te geven" covers misuse
      // of powers, which was reported missing.)
      (
        "lommerveld",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          // (71: the answer to an example's situation read as every employee's report; false, left.)
          "66 report-without-addressee", "71 financial-interest-duty-beyond-act", "80 gift-requires-consent",
          "112 secrecy-limited-to-employment", "131 internal-reporting-first", "149 broken-reference",
        ]
      ),
      (
        "werkorganisatie-oeverland",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "65 report-without-addressee", "92 side-activities-beyond-act", "105 secrecy-limited-to-employment",
          "120 blanket-political-ban",
        ]
      ),
      // (Gifts up to € 50 kept without a report: the gift rule's design.)
      ("tolderhoek", ["2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "65 gift-requires-consent"]),
      // (Still reported: the relation of 4.1 and 4.2.)
      (
        "omgevingsdienst-hamerland",
        [
          "57 report-without-addressee", "71 gift-requires-consent",
          "79 side-activities-beyond-act", "116 broken-reference", "124 internal-reporting-first",
        ]
      ),
      (
        "ellenwoude",
        [
          "2 missing-obligation", "75 report-without-addressee", "100 gift-requires-consent",
          "110 secrecy-limited-to-employment", "122 blanket-political-ban",
        ]
      ),
      // (Gifts up to € 50 kept without a report: the gift rule's design.)
      ("aldenbraak", ["66 gift-requires-consent"]),
      // (Still reported: the relation of 4.2 to 4.1, 4.3 and 4.4.)
      (
        "nieuwkerspel",
        [
          "63 report-without-addressee", "69 gift-requires-consent",
          "73 broken-reference", "87 secrecy-limited-to-employment", "105 internal-reporting-first",
        ]
      ),
      // ('Daarbij wordt vermeld …' in Artikel 15, reported as a report without recipient until the
      // hundred-and-fourth batch's work, is the employer's act: an agentless passive of 'vermelden'.)
      (
        "waterschap-slenkvallei",
        [
          "2 missing-obligation", "101 broken-reference", "106 side-activities-beyond-act",
          "142 blanket-political-ban", "157 internal-reporting-first",
        ]
      ),
      // (Still reported: the relation of 9.3 and 9.4.)
      ("vossenbroek", ["89 prohibition-permission-unlinked"]),
      // (4.1, gifts up to € 50 kept without a report: the gift rule's design.)
      (
        "gansvoorde",
        [
          "47 report-without-addressee", "53 gift-requires-consent", "55 gift-requires-consent",
          "79 secrecy-limited-to-employment", "81 broken-reference", "87 blanket-political-ban",
        ]
      ),
      (
        "dommelzand",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "91 gift-requires-consent",
          "105 side-activities-beyond-act", "146 broken-reference", "161 internal-reporting-first",
        ]
      ),
      // (Gifts up to € 50 kept without a report: the gift rule's design.)
      ("hazenpolder", ["49 gift-requires-consent"]),
      // (Still missed: Artikel 8 lid 3, a lid that switches another lid's report off.)
      (
        "haverdonk",
        [
          "2 missing-obligation", "70 report-without-addressee", "109 secrecy-limited-to-employment",
          "126 blanket-political-ban", "132 broken-reference",
        ]
      ),
      // (4.1, 'Dit geldt niet voor een bedankje …: dat mag je gewoon houden', found since the session of 4 December 2026 (afternoon).)
      // (No forbidden interests for designated functions, art. 8 lid 1 d, gone since the seventy-second batch: 5.2's report
      // of the designated functions' interests, 'je financiële belangen en je bezit van aandelen', is read whole and covers
      // the obligation, which asks no forbidden interests of its own.)
      (
        "ganzewaarde",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "68 report-without-addressee", "79 gift-requires-consent", "95 side-activities-beyond-act",
          "136 internal-reporting-first",
        ]
      ),
      ("fennewoude", []),
      // (4.2 still missed; the unstated pair of 4.2 and 4.1 is a reader's false finding, left.)
      (
        "everloo",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "54 report-without-addressee",
          "97 secrecy-limited-to-employment", "110 broken-reference",
        ]
      ),
      (
        "ggd-grevenbroek",
        [
          "2 missing-obligation", "2 missing-obligation", "77 report-without-addressee", "100 side-activities-beyond-act",
          "132 blanket-political-ban", "155 internal-reporting-first",
        ]
      ),
      ("kerkewaard", []),
      // (The unstated pair, a reader's false finding, is gone since the sixtieth batch: a permission
      // on another topic meets no ban.)
      (
        "pelgrimsveld",
        [
          "57 gift-requires-consent", "73 report-without-addressee",
          "77 secrecy-limited-to-employment", "79 broken-reference", "85 blanket-political-ban",
        ]
      ),
      // (Artikel 18 lid 3, internal first, found since its own changes.)
      (
        "waterschap-zoutmeden",
        [
          "2 missing-obligation", "64 report-without-addressee", "77 side-activities-beyond-act", "86 gift-requires-consent",
          "124 internal-reporting-first",
        ]
      ),
      // (A reader's false finding, left; 5.1's 'geen ondergrens waaronder u een geschenk niet hoeft te melden' is read
      // since the eighty-fourth batch.)
      ("veiligheidsregio-zuidwaarden", ["71 report-without-addressee"]),
      // (Artikel 8 lid 2, gifts up to € 75 kept, found since 'met toestemming van de werkgever'
      // no longer reads as a gift from the employer.)
      (
        "catersloot",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "68 gift-requires-consent",
          "82 secrecy-limited-to-employment", "87 blanket-political-ban", "100 broken-reference",
        ]
      ),
      // (Publication and designation reported missing: answers to questions, a reader's false findings, left; designation
      // gone since the seventy-first batch: 'Welke functies dat zijn, staat in bijlage 1' is an indirect question before
      // its main clause.)
      (
        "ivendrecht",
        [
          "2 missing-obligation", "2 missing-obligation", "25 side-activities-beyond-act",
          "33 report-without-addressee", "51 secrecy-limited-to-employment", "63 internal-reporting-first",
        ]
      ),
      ("fleddervoort", []),
      // (4.3, handing in keys, as a report to no one is a reader's false finding, left.)
      (
        "nettelmeer",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "51 gift-requires-consent",
          "62 secrecy-limited-to-employment", "68 report-without-addressee", "84 internal-reporting-first",
          "92 broken-reference",
        ]
      ),
      // (6.2's permission of other expression beside 6.1's ban, a relation not stated: read since the
      // session of 7 December, when "Vragen van journalisten … verwijst zij door" stopped being read
      // as a report.)
      (
        "steggerwoude",
        [
          "2 missing-obligation", "2 missing-obligation", "31 side-activities-beyond-act", "47 report-without-addressee",
          "73 secrecy-limited-to-employment", "85 blanket-political-ban", "89 prohibition-permission-unlinked",
        ]
      ),
      ("pauwenlanden", []),
      // (2.3's recipients read since `je` before a noun is a possessive after `en`.)
      (
        "omgevingsdienst-dinkelmark",
        [
          "39 side-activities-beyond-act", "53 report-without-addressee", "66 gift-requires-consent",
          "79 secrecy-limited-to-employment", "104 broken-reference",
        ]
      ),
      // (Misuse of powers and 3.2 are a reader's false findings, left; 3.2 gone since the fifty-fifth batch, misuse of
      // powers since the seventy-first: the object of 'Wij gebruiken onze bevoegdheden …' names the topic.)
      (
        "iepenrode",
        [
          "2 missing-obligation", "56 gift-requires-consent", "74 blanket-political-ban",
          "83 internal-reporting-first", "85 broken-reference",
        ]
      ),
      ("haarzande", []),
      // (The unstated pair is a reader's false finding, left; so was 7.2, "wordt de melder …
      // geïnformeerd" read as a report to no one, gone in the second session of 6 December.)
      (
        "wendelsloot",
        [
          "36 report-without-addressee", "45 side-activities-beyond-act", "62 prohibition-permission-unlinked",
          "62 gift-requires-consent", "70 secrecy-limited-to-employment", "88 broken-reference",
        ]
      ),
      // (3, 'aan de bel trekken' to no one, found since; one obligation its 'Wel:' lists cover is
      // reported missing, a reader's false finding, left; the other, art. 8 lid 2 a, is covered
      // since the sixty-fifth batch: "nevenwerk dat … kan raken doorgeven aan …" reads to its verb.)
      (
        "pluimerhoek",
        [
          "2 missing-obligation", "32 report-without-addressee", "72 gift-requires-consent",
          "99 blanket-political-ban", "110 internal-reporting-first",
        ]
      ),
      ("sterrenmade", []),
      (
        "veiligheidsregio-ganterwolde",
        [
          "40 report-without-addressee", "64 gift-requires-consent", "70 broken-reference", "77 secrecy-limited-to-employment",
          "92 side-activities-beyond-act",
        ]
      ),
      // (The unstated pair of 6.1 and 6.2 is a reader's false finding, left.)
      (
        "juttersveen",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "41 gift-requires-consent",
          "55 report-without-addressee", "77 blanket-political-ban",
          "89 internal-reporting-first",
        ]
      ),
      ("fabersloot", []),
      (
        "tjalkerwoude",
        [
          "57 report-without-addressee", "66 gift-requires-consent", "78 secrecy-limited-to-employment",
          "83 blanket-political-ban", "103 broken-reference",
        ]
      ),
      // (The intended side activities of 3.2 are a reader's false finding, left.)
      (
        "wispelbroek",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "27 broken-reference",
          "37 side-activities-beyond-act", "48 gift-requires-consent", "72 internal-reporting-first",
        ]
      ),
      // (Art. 6: "je bent loyaal aan alle drie, en je bent er voor iedere inwoner" in the preamble
      // covers it since a second main clause's norm counts.)
      ("werkorganisatie-mergeldal", []),
      // (5.2, gifts up to € 75 kept, still missed; 3.1's listed case and 8.4's optional advice are a
      // reader's false findings, left. Since the sixty-first batch 7.1 reads as the freedom with its
      // limit, no longer as a ban, and 7.2's blanket ban contradicts it without saying so: the pair
      // is a true finding.)
      (
        "regio-ardenvliet",
        [
          "81 broken-reference", "93 report-without-addressee", "114 secrecy-limited-to-employment",
          "124 prohibition-permission-unlinked", "128 blanket-political-ban", "143 internal-reporting-first",
        ]
      ),
      // (Publication and the unstated pair are a reader's false findings, left.)
      (
        "cromvoorde",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "2 missing-obligation", "24 side-activities-beyond-act",
          "30 gift-requires-consent", "32 report-without-addressee", "48 internal-reporting-first",
        ]
      ),
      ("ekelmonde", []),
      // (5.2 still missed; 3.4 and the unstated pair are a reader's false findings, left; 3.3's
      // register entry read as a report is gone since the session of 5 December 2026 (fifth), and
      // 9.2's "De betrokken medewerker wordt daarover geïnformeerd" since the seventh: the reader
      // is told.)
      (
        "belastingen-tichelwaard",
        [
          "2 missing-obligation", "2 missing-obligation",
          "47 side-activities-beyond-act", "51 prohibition-permission-unlinked", "61 gift-requires-consent",
          "65 broken-reference",
          "69 secrecy-limited-to-employment", "79 blanket-political-ban",
        ]
      ),
      // (4.2, only gifts over € 75 reported, still missed.)
      (
        "plevierkamp",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "34 report-without-addressee",
          "45 side-activities-beyond-act", "82 internal-reporting-first",
        ]
      ),
      ("wulpenstede", []),
      // (Its art. 10 gap, reported while 5.2's ban was read as being about social media, is gone:
      // the ban on political statements is on expression, and the blanket ban is its finding.)
      (
        "kelbergen",
        [
          "38 report-without-addressee", "53 broken-reference", "64 gift-requires-consent",
          "75 secrecy-limited-to-employment", "77 blanket-political-ban",
        ]
      ),
      (
        "dorvelingen",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "50 report-without-addressee",
          "59 side-activities-beyond-act", "84 internal-reporting-first", "94 broken-reference",
        ]
      ),
      ("hemmelhuizen", []),
      // (6.1, politically neutral 'ook in hun vrije tijd', still missed.)
      (
        "ulvenhaven",
        [
          "63 gift-requires-consent", "77 secrecy-limited-to-employment", "81 report-without-addressee",
          "87 blanket-political-ban", "111 broken-reference",
        ]
      ),
      (
        "nabbelrade",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "29 side-activities-beyond-act", "47 gift-requires-consent", "79 internal-reporting-first", "82 broken-reference",
        ]
      ),
      ("twiskeloo", []),
      (
        "samenwerkingsverband-rhederwold",
        [
          "2 missing-obligation", "85 gift-requires-consent", "99 broken-reference", "109 report-without-addressee",
          "116 secrecy-limited-to-employment", "149 internal-reporting-first",
        ]
      ),
      (
        "oldenzande",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "48 report-without-addressee",
          "68 gift-requires-consent", "74 side-activities-beyond-act", "95 blanket-political-ban",
        ]
      ),
      ("vlasmeer", ["2 missing-obligation", "2 missing-obligation"]),
      (
        "fluitendam",
        [
          "58 report-without-addressee", "67 gift-requires-consent", "75 broken-reference", "105 secrecy-limited-to-employment",
          "113 blanket-political-ban",
        ]
      ),
      (
        "jonkerswaard",
        [
          "2 missing-obligation", "72 report-without-addressee", "79 side-activities-beyond-act", "93 gift-requires-consent",
          "137 internal-reporting-first",
        ]
      ),
      ("calvershoek", []),
      // (The unstated pair of 8.1 and 8.3 is a reader's false finding, left.)
      (
        "peelhorst",
        [
          "2 missing-obligation", "66 gift-requires-consent", "81 report-without-addressee", "93 secrecy-limited-to-employment",
          "103 broken-reference",
        ]
      ),
      (
        "werkorganisatie-vechtzoom",
        [
          "71 report-without-addressee", "92 side-activities-beyond-act", "107 secrecy-limited-to-employment",
          "126 internal-reporting-first", "134 blanket-political-ban",
        ]
      ),
      // (4.1: the gift rule's reading by design of gifts up to € 50 kept without a report.)
      ("ruisvoorde", ["56 gift-requires-consent"]),
      (
        "eemsvoorde",
        [
          "75 report-without-addressee", "83 gift-requires-consent", "107 secrecy-limited-to-employment",
          "117 blanket-political-ban", "122 broken-reference",
        ]
      ),
      (
        "gastelwijde",
        [
          "2 missing-obligation", "62 report-without-addressee", "93 side-activities-beyond-act",
          "105 secrecy-limited-to-employment", "130 internal-reporting-first",
        ]
      ),
      ("ilpenhove", []),
      (
        "mosterveen",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "57 report-without-addressee",
          "72 gift-requires-consent", "91 broken-reference", "101 secrecy-limited-to-employment",
        ]
      ),
      (
        "veiligheidsregio-tilmerland",
        [
          "2 missing-obligation", "64 report-without-addressee", "81 side-activities-beyond-act", "104 blanket-political-ban",
          "118 internal-reporting-first",
        ]
      ),
      ("rozendonk", []),
      (
        "hoogheemraadschap-kreekwaarden",
        [
          "2 missing-obligation", "41 report-without-addressee", "47 gift-requires-consent", "55 broken-reference",
          "75 secrecy-limited-to-employment",
        ]
      ),
      (
        "hoekenrade",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "60 side-activities-beyond-act",
          "91 blanket-political-ban", "109 internal-reporting-first", "114 report-without-addressee",
        ]
      ),
      ("belastingsamenwerking-bremmeland", []),
      (
        "tesselwijde",
        [
          "68 secrecy-limited-to-employment", "82 gift-requires-consent", "84 broken-reference", "88 report-without-addressee",
          "96 blanket-political-ban",
        ]
      ),
      (
        "veiligheidsregio-noordergouw",
        [
          "2 missing-obligation", "60 broken-reference", "65 side-activities-beyond-act", "76 gift-requires-consent",
          "111 internal-reporting-first",
        ]
      ),
      ("nijenvoorde", []),
      (
        "beukenrade",
        [
          "66 gift-requires-consent", "76 secrecy-limited-to-employment", "88 report-without-addressee",
          "106 blanket-political-ban", "112 broken-reference",
        ]
      ),
      (
        "dijkmarken",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "53 side-activities-beyond-act",
          "72 broken-reference", "105 internal-reporting-first", "112 report-without-addressee",
        ]
      ),
      ("werkorganisatie-grienland", []),
      (
        "stapelvoorde",
        [
          "39 broken-reference", "53 report-without-addressee", "60 gift-requires-consent", "73 secrecy-limited-to-employment",
          "82 blanket-political-ban",
        ]
      ),
      (
        "omgevingsdienst-walstervoort",
        [
          "2 missing-obligation", "42 side-activities-beyond-act", "120 report-without-addressee",
          "123 secrecy-limited-to-employment", "126 internal-reporting-first",
        ]
      ),
      ("vorstermolen", []),
      (
        "grijpenwolde",
        [
          // (96: private use that "is geen probleem" beside 9.2's claims, an unstated pair a reader
          // would not ask for, since the session of 5 December 2026 (fifth); left.)
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "52 report-without-addressee",
          "60 gift-requires-consent", "64 broken-reference", "80 blanket-political-ban", "96 prohibition-permission-unlinked",
        ]
      ),
      (
        "ggd-kempenwaard",
        [
          "2 missing-obligation", "52 report-without-addressee", "61 side-activities-beyond-act",
          "89 secrecy-limited-to-employment", "106 internal-reporting-first",
        ]
      ),
      ("helmervoort", []),
      (
        "pekelwoude",
        [
          "50 report-without-addressee", "59 gift-requires-consent", "75 secrecy-limited-to-employment",
          "89 blanket-political-ban", "121 broken-reference",
        ]
      ),
      (
        "ssc-zwaneveld",
        [
          "2 missing-obligation", "55 side-activities-beyond-act", "86 broken-reference", "93 report-without-addressee",
          "113 internal-reporting-first",
        ]
      ),
      ("waterschap-ottervliet", []),
      (
        "lemmerzijl",
        [
          "2 missing-obligation", "30 secrecy-limited-to-employment", "71 report-without-addressee", "87 blanket-political-ban",
          "94 broken-reference",
        ]
      ),
      (
        "belastingsamenwerking-gaasterweide",
        [
          "45 report-without-addressee", "49 side-activities-beyond-act", "60 broken-reference", "65 gift-requires-consent",
          "96 internal-reporting-first",
        ]
      ),
      // (4.4's freedom and 4.2's 'De geheimhouding staat niet in de weg aan …' are no longer read as an unstated pair
      // since the eighty-sixth batch.)
      ("hulsterwaard", []),
      (
        "veiligheidsregio-tessingerland",
        [
          "48 report-without-addressee", "72 secrecy-limited-to-employment", "104 blanket-political-ban",
          "120 gift-requires-consent", "126 broken-reference",
        ]
      ),
      // (§ 6, 'wat minder dan vijftig euro waard is mag je gewoon houden', found since the seventy-second batch: in '…
      // meld je bij je leidinggevende, die beslist of je het mag aannemen' the consent is a relative clause's, not the
      // permission's.)
      (
        "sleeuwerhoek",
        [
          // (Misuse of powers, "Je gebruikt je functie, je bevoegdheden en de informatie … nooit om
          // jezelf, familie, vrienden … voordeel te bezorgen", said missing until the twentieth round.)
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          // (71, the lost laptop that "moet … nadat je het ontdekt gemeld zijn" to no one: found
          // since the session of 5 December 2026 (sixth), the clause of time ending at its verb.)
          "39 gift-requires-consent", "50 side-activities-beyond-act", "71 report-without-addressee",
          "92 internal-reporting-first",
        ]
      ),
      // (Its last false finding, the report of side activities missing, went with the
      // hundred-and-fourth batch's readings of asides and relative clauses before a main clause's
      // verb.)
      ("vliermonde", []),
      // The sixtieth to sixty-second batches (every planted problem found since their own changes).
      (
        "ggd-dwingelmark",
        [
          "49 report-without-addressee", "70 side-activities-beyond-act", "78 gift-requires-consent",
          "88 broken-reference", "114 internal-reporting-first",
        ]
      ),
      (
        "ebbenwaard",
        [
          "2 missing-obligation", "46 report-without-addressee", "68 broken-reference",
          "87 secrecy-limited-to-employment", "96 blanket-political-ban",
        ]
      ),
      ("dekkerswolde", []),
      (
        "provincie-lauwerland",
        [
          "2 missing-obligation", "47 report-without-addressee", "86 broken-reference",
          "91 secrecy-limited-to-employment", "102 blanket-political-ban",
        ]
      ),
      (
        "menkeveen",
        [
          "39 gift-requires-consent", "47 report-without-addressee", "54 side-activities-beyond-act",
          "88 internal-reporting-first", "94 broken-reference",
        ]
      ),
      ("waterschap-kromlede", []),
      (
        "werkorganisatie-vennevliet",
        [
          "42 gift-requires-consent", "74 report-without-addressee", "84 secrecy-limited-to-employment",
          "96 broken-reference", "110 internal-reporting-first",
        ]
      ),
      (
        "sassenwaard",
        [
          "2 missing-obligation", "50 report-without-addressee", "54 side-activities-beyond-act",
          "60 broken-reference", "78 blanket-political-ban",
        ]
      ),
      ("veiligheidsregio-velsterland", []),
      // The sixty-third to sixty-fifth batches (every planted problem found since their own
      // changes; Bolderwijk's unstated pair of 5.1 and 5.2 is a reader's false finding, left).
      (
        "archiefdienst-dinxelwaard",
        [
          "2 missing-obligation", "76 gift-requires-consent", "88 secrecy-limited-to-employment",
          "113 report-without-addressee", "128 broken-reference",
        ]
      ),
      (
        "bolderwijk",
        [
          "2 missing-obligation", "38 side-activities-beyond-act", "52 report-without-addressee",
          "83 prohibition-permission-unlinked", "85 blanket-political-ban", "102 internal-reporting-first",
        ]
      ),
      ("dwarsveen", []),
      (
        "kempenwolde",
        [
          "43 report-without-addressee", "64 gift-requires-consent", "69 broken-reference",
          "81 secrecy-limited-to-employment", "89 blanket-political-ban",
        ]
      ),
      (
        "omgevingsdienst-maasheuvel",
        [
          "2 missing-obligation", "56 report-without-addressee", "61 side-activities-beyond-act",
          "82 gift-requires-consent", "110 internal-reporting-first",
        ]
      ),
      ("pieterzande", []),
      (
        "querenbeek",
        [
          "2 missing-obligation", "18 broken-reference", "48 side-activities-beyond-act", "71 gift-requires-consent",
          "105 blanket-political-ban",
        ]
      ),
      (
        "waterschap-rodenvliet",
        [
          "53 report-without-addressee", "69 gift-requires-consent", "80 secrecy-limited-to-employment",
          "91 broken-reference", "103 internal-reporting-first",
        ]
      ),
      ("werkorganisatie-stroomdal", []),
      // The sixty-sixth to sixty-eighth batches (every planted problem found since their own
      // changes but Veiligheidsregio Wadvliet's 8.2, a ban framed by 'geldt … dat').
      (
        "dienst-werk-en-inkomen-ansterlande",
        [
          "47 report-without-addressee", "84 gift-requires-consent", "95 secrecy-limited-to-employment",
          "107 blanket-political-ban", "111 broken-reference",
        ]
      ),
      (
        "castelree",
        [
          "2 missing-obligation", "50 side-activities-beyond-act", "89 broken-reference", "100 report-without-addressee",
          "106 internal-reporting-first",
        ]
      ),
      ("hoogheemraadschap-elsvliet", []),
      (
        "nuwendam",
        [
          "49 broken-reference", "55 report-without-addressee", "62 gift-requires-consent",
          "73 secrecy-limited-to-employment", "79 blanket-political-ban",
        ]
      ),
      (
        "omgevingsdienst-kroonenwaard",
        [
          "2 missing-obligation", "35 report-without-addressee", "53 broken-reference", "70 side-activities-beyond-act",
          "111 internal-reporting-first",
        ]
      ),
      ("ketelmonde", []),
      (
        "veiligheidsregio-wadvliet",
        [
          "56 report-without-addressee", "83 side-activities-beyond-act", "94 broken-reference",
          "100 secrecy-limited-to-employment",
        ]
      ),
      (
        "quakeldijk",
        [
          "2 missing-obligation", "44 gift-requires-consent", "74 broken-reference", "81 report-without-addressee",
          "126 internal-reporting-first",
        ]
      ),
      ("waterschap-zegerwaarden", []),
      // The sixty-ninth and seventieth batches.
      (
        "abbenwoude",
        [
          "56 report-without-addressee", "65 gift-requires-consent", "75 secrecy-limited-to-employment",
          "85 blanket-political-ban", "105 broken-reference",
        ]
      ),
      (
        "belastingkantoor-carnewaard",
        [
          "2 missing-obligation", "53 report-without-addressee", "60 side-activities-beyond-act",
          "116 internal-reporting-first", "124 broken-reference",
        ]
      ),
      ("meulenhorst", []),
      (
        "ommerlo-vr",
        [
          "37 report-without-addressee", "69 gift-requires-consent", "84 broken-reference", "90 blanket-political-ban",
          "96 internal-reporting-first",
        ]
      ),
      (
        "wessenhem",
        [
          "2 missing-obligation", "45 side-activities-beyond-act", "71 secrecy-limited-to-employment",
          "75 report-without-addressee", "88 broken-reference",
        ]
      ),
      ("noordzele-provincie", []),
      (
        "aarlevliet-isd",
        [
          "34 broken-reference", "48 side-activities-beyond-act", "50 report-without-addressee", "60 gift-requires-consent",
          "92 internal-reporting-first",
        ]
      ),
      // (Conflicts of interest reported missing before the second session of 6 December: 2.1's
      // sentence names family, not the conflict; family relations count for it since.)
      (
        "fokkelmade",
        [
          "2 missing-obligation", "54 broken-reference", "62 gift-requires-consent",
          "70 secrecy-limited-to-employment", "80 blanket-political-ban",
        ]
      ),
      ("belastingsamenwerking-dreumelwaard", []),
      (
        "kolkenland",
        [
          "41 report-without-addressee", "51 broken-reference", "73 gift-requires-consent", "92 secrecy-limited-to-employment",
          "98 blanket-political-ban",
        ]
      ),
      (
        "provincie-oostergouw",
        [
          "2 missing-obligation", "56 side-activities-beyond-act", "64 broken-reference", "70 gift-requires-consent",
          "108 internal-reporting-first",
        ]
      ),
      ("omgevingsdienst-nijmerland", []),
      // (The pair at 5.3, a reader's false finding, went in the session of 5 December 2026 (third).)
      (
        "ulmerwaard-ggd",
        [
          "57 report-without-addressee", "67 gift-requires-consent", "73 broken-reference",
          "77 secrecy-limited-to-employment", "91 blanket-political-ban",
        ]
      ),
      (
        "wezelkamp",
        [
          "3 missing-obligation", "44 side-activities-beyond-act", "66 gift-requires-consent", "95 broken-reference",
          "105 internal-reporting-first",
        ]
      ),
      ("werkorganisatie-sonnewijde", []),
      // (8.1 paired with 8.3 is a reader's false finding, left: a reaction on social media and a call from a journalist.)
      (
        "dennenvoorde",
        [
          "40 report-without-addressee", "60 gift-requires-consent", "83 prohibition-permission-unlinked",
          "85 blanket-political-ban", "91 broken-reference", "101 internal-reporting-first",
        ]
      ),
      // (Artikel 10 lid 3, 'artikel 9, lid 3 onder d', is missed: references are checked to the lid, not the onderdeel.)
      (
        "archiefdienst-elsenwaard",
        [
          "2 missing-obligation", "47 side-activities-beyond-act", "67 report-without-addressee",
          "88 secrecy-limited-to-employment", "113 internal-reporting-first",
        ]
      ),
      ("hagewolde", []),
      (
        "lutterzand-boa",
        [
          "36 report-without-addressee", "45 secrecy-limited-to-employment", "64 gift-requires-consent", "89 broken-reference",
          "100 internal-reporting-first",
        ]
      ),
      (
        "nessewaard-hoogheemraadschap",
        [
          "2 missing-obligation", "54 side-activities-beyond-act", "71 report-without-addressee", "75 blanket-political-ban",
          "81 broken-reference",
        ]
      ),
      ("provincie-maasvenen", []),
      (
        "ruttersdijk",
        [
          "74 gift-requires-consent", "88 secrecy-limited-to-employment", "93 blanket-political-ban",
          "99 report-without-addressee", "123 broken-reference",
        ]
      ),
      (
        "ssc-wittevenen",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "60 side-activities-beyond-act",
          "95 report-without-addressee", "114 internal-reporting-first", "127 broken-reference",
        ]
      ),
      ("veiligheidsregio-brakenland", []),
      (
        "bunderwolde",
        [
          "35 report-without-addressee", "59 broken-reference", "65 gift-requires-consent", "71 secrecy-limited-to-employment",
          "75 blanket-political-ban",
        ]
      ),
      (
        "eemsterland-omgevingsdienst",
        [
          "2 missing-obligation", "39 side-activities-beyond-act", "67 report-without-addressee", "71 broken-reference",
          "73 internal-reporting-first",
        ]
      ),
      ("gaarvliet-waterschap", []),
      // (Artikel 13 is missed; Artikel 19, the yearly account 'waarbij … worden vermeld', a reader's false finding, went in
      // the twentieth round: another role that records the reports makes no report.)
      (
        "provincie-merwelanden",
        [
          "44 report-without-addressee", "52 gift-requires-consent", "59 secrecy-limited-to-employment", "84 broken-reference",
        ]
      ),
      // (The registration gap is a reader's false finding; left. The secrecy gap went in the eighty-ninth batch.)
      (
        "isd-nijverwaard",
        [
          "2 missing-obligation", "2 missing-obligation", "30 report-without-addressee",
          "38 side-activities-beyond-act", "67 broken-reference", "69 internal-reporting-first",
        ]
      ),
      ("kroonwijde", []),
      // (9.3 is missed; the pair at 5.4 is a reader's false finding; left. 3.6's permission regime,
      // a false finding, is no longer reported since 3.4, the planted ban, is found first.)
      (
        "veiligheidsregio-weerdenmark",
        [
          "52 side-activities-beyond-act", "65 report-without-addressee", "85 prohibition-permission-unlinked",
          "85 gift-requires-consent", "130 broken-reference",
        ]
      ),
      // (Artikel 8 lid 3 is missed.)
      (
        "werkorganisatie-zwanevliet",
        ["2 missing-obligation", "56 broken-reference", "82 secrecy-limited-to-employment", "88 blanket-political-ban"]
      ),
      // (4.3 'Nee, melden is voldoende.' was a reader's false finding, gone in the session of
      // 6 December (third): "De afdeling HRM registreert uw melding" names the role that records it.)
      ("ruiterswaard", []),
      (
        "elzenmoer",
        [
          "67 gift-requires-consent", "71 report-without-addressee", "75 secrecy-limited-to-employment",
          "83 blanket-political-ban", "95 broken-reference",
        ]
      ),
      (
        "belastingsamenwerking-bovenlinge",
        [
          "2 missing-obligation", "39 report-without-addressee", "45 side-activities-beyond-act", "76 gift-requires-consent",
          "111 internal-reporting-first",
        ]
      ),
      ("gelderhoek-isd", []),
      (
        "provincie-linderwaard",
        [
          "2 missing-obligation", "59 broken-reference", "66 gift-requires-consent", "78 secrecy-limited-to-employment",
          "84 blanket-political-ban",
        ]
      ),
      // (Good conduct as a civil servant, art. 6, reported missing is a reader's false finding: the code says it only in
      // its preamble, 'onafhankelijk, onpartijdig en zorgvuldig'; left.)
      (
        "omgevingsdienst-oudemarken",
        [
          "2 missing-obligation", "2 missing-obligation", "54 side-activities-beyond-act", "78 report-without-addressee",
          "107 broken-reference", "115 internal-reporting-first",
        ]
      ),
      ("oudekempen", []),
      (
        "waterschap-tjongervliet",
        [
          "51 report-without-addressee", "61 broken-reference", "77 gift-requires-consent", "89 secrecy-limited-to-employment",
          "99 blanket-political-ban",
        ]
      ),
      (
        "zuidervenen-ggd",
        [
          "2 missing-obligation", "47 report-without-addressee", "51 side-activities-beyond-act", "75 broken-reference",
          "97 internal-reporting-first",
        ]
      ),
      ("veiligheidsregio-zwinmonde", []),
      (
        "bremhorst",
        [
          "43 report-without-addressee", "59 broken-reference", "65 gift-requires-consent", "75 secrecy-limited-to-employment",
          "91 blanket-political-ban",
        ]
      ),
      // (Conflicts of interest reported missing, a reader's false finding, gone in the second session
      // of 6 December. The pair 4.2/4.4 went in the session of 5 December 2026 (third).)
      (
        "dalmerwaard-werkorganisatie",
        [
          "2 missing-obligation", "42 side-activities-beyond-act", "54 gift-requires-consent",
          "62 broken-reference", "90 internal-reporting-first",
        ]
      ),
      ("heukelvenen-provincie", []),
      // (Art. 10 reported missing beside the planted blanket ban, the code's only rule on expression.)
      (
        "loenerbroek",
        [
          "2 missing-obligation", "57 broken-reference", "67 report-without-addressee", "75 gift-requires-consent",
          "87 secrecy-limited-to-employment", "99 blanket-political-ban",
        ]
      ),
      (
        "noordermaas-belastingen",
        [
          "2 missing-obligation", "49 side-activities-beyond-act", "65 gift-requires-consent", "73 broken-reference",
          "84 internal-reporting-first",
        ]
      ),
      ("ottersweide-ggd", []),
      (
        "veiligheidsregio-wolmerland",
        [
          "43 secrecy-limited-to-employment", "61 gift-requires-consent", "83 report-without-addressee",
          "87 blanket-political-ban", "95 broken-reference",
        ]
      ),
      // (The designated functions' report reported missing is a reader's false finding: it stands in the second of three
      // dat-clauses under one frame; left.)
      (
        "waterschap-veenstromen",
        [
          "2 missing-obligation", "2 missing-obligation", "50 report-without-addressee", "71 broken-reference",
          "76 side-activities-beyond-act", "103 internal-reporting-first",
        ]
      ),
      ("rud-stellendal", []),
      (
        "fierlingen",
        [
          "39 report-without-addressee", "61 gift-requires-consent", "65 broken-reference", "71 secrecy-limited-to-employment",
          "89 blanket-political-ban",
        ]
      ),
      (
        "dienst-sociale-zaken-ameldrecht",
        [
          "2 missing-obligation", "58 side-activities-beyond-act", "65 report-without-addressee", "83 broken-reference",
          "107 internal-reporting-first",
        ]
      ),
      ("haaksveen", []),
      (
        "provincie-nedervelden",
        [
          "29 report-without-addressee", "77 gift-requires-consent", "85 broken-reference", "93 secrecy-limited-to-employment",
          "103 blanket-political-ban",
        ]
      ),
      (
        "meerwoldingen-werkorganisatie",
        [
          "2 missing-obligation", "38 side-activities-beyond-act", "67 gift-requires-consent", "71 broken-reference",
          "107 internal-reporting-first",
        ]
      ),
      ("ilmerstroom-waterschap", []),
      // (The pair 7.2/7.1 is a reader's false finding; left. The kept thank-you is found at its own
      // sentence, 3.2, since the hundred-and-fourth batch's work; before, a false finding at 3.3,
      // whose permission asks consent, stood for it.)
      (
        "veiligheidsregio-uitermarken",
        [
          "49 report-without-addressee", "55 gift-requires-consent", "65 secrecy-limited-to-employment",
          "75 blanket-political-ban", "95 prohibition-permission-unlinked", "95 broken-reference",
        ]
      ),
      (
        "rid-vorstenmade",
        [
          "2 missing-obligation", "45 side-activities-beyond-act", "58 gift-requires-consent", "78 broken-reference",
          "86 internal-reporting-first",
        ]
      ),
      ("wijnkerveen", []),
      // (The publication gap is a reader's false finding: 4.4 'Openbaarmaking. …' says it; left.)
      (
        "achterwolde",
        [
          "2 missing-obligation", "41 report-without-addressee", "61 gift-requires-consent", "67 broken-reference",
          "71 secrecy-limited-to-employment", "83 blanket-political-ban",
        ]
      ),
      (
        "afvalinzameling-hettelland",
        [
          "2 missing-obligation", "48 side-activities-beyond-act", "63 gift-requires-consent", "69 broken-reference",
          "98 internal-reporting-first",
        ]
      ),
      ("giessenrade", []),
      // (5.3 is missed.)
      (
        "provincie-peelmarken",
        [
          "47 broken-reference", "69 report-without-addressee", "75 gift-requires-consent", "93 secrecy-limited-to-employment",
        ]
      ),
      (
        "omgevingsdienst-lindermeer",
        [
          "2 missing-obligation", "42 report-without-addressee", "46 side-activities-beyond-act", "69 broken-reference",
          "94 internal-reporting-first",
        ]
      ),
      ("kastelmeer-ggd", []),
      (
        "waterschap-schoonevliet",
        [
          "2 missing-obligation", "56 side-activities-beyond-act", "65 report-without-addressee", "75 gift-requires-consent",
          "102 internal-reporting-first",
        ]
      ),
      (
        "ruischerwolde-handhaving",
        [
          "2 missing-obligation", "48 broken-reference", "55 secrecy-limited-to-employment", "74 blanket-political-ban",
          "100 report-without-addressee",
        ]
      ),
      ("wervelingen-belastingkantoor", []),
      // The ninety-second to ninety-fifth batches (session of 5 December 2026, third). (Brummelveen:
      // integrity awareness and its place in meetings reported missing beside verbless items are a
      // reader's false findings; left. Good conduct, under the rule's title "Goed ambtenaarschap",
      // is covered since the second session of 7 December.)
      (
        "brummelveen",
        [
          "2 missing-obligation", "2 missing-obligation", "62 gift-requires-consent",
          "75 report-without-addressee", "81 secrecy-limited-to-employment", "92 blanket-political-ban", "120 broken-reference",
        ]
      ),
      (
        "faldersland-vr",
        [
          "2 missing-obligation", "50 side-activities-beyond-act", "68 report-without-addressee", "88 internal-reporting-first",
          "96 broken-reference",
        ]
      ),
      ("effenwolde-werkorganisatie", []),
      (
        "ggd-holtermarken",
        [
          "2 missing-obligation", "56 report-without-addressee", "66 gift-requires-consent",
          "68 broken-reference", "74 secrecy-limited-to-employment",
        ]
      ),
      (
        "hoogvelden-provincie",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "49 side-activities-beyond-act",
          "77 report-without-addressee", "83 blanket-political-ban", "91 internal-reporting-first",
        ]
      ),
      ("jelsterveen", []),
      // (The designated functions' duties, reported missing until the hundred-and-fourth batch's
      // work: a dat-clause's verb after a clause of time, are found.)
      (
        "ossenvliet-waterschap",
        [
          "60 gift-requires-consent", "67 secrecy-limited-to-employment", "72 blanket-political-ban",
          "77 report-without-addressee", "96 broken-reference",
        ]
      ),
      (
        "pannenwaard-belastingsamenwerking",
        [
          "2 missing-obligation", "35 report-without-addressee", "45 side-activities-beyond-act", "59 broken-reference",
          "75 internal-reporting-first",
        ]
      ),
      ("omgevingsdienst-rekkenwolde", []),
      (
        "tolkenhorst",
        [
          "55 report-without-addressee", "61 gift-requires-consent", "65 broken-reference", "72 secrecy-limited-to-employment",
          "86 blanket-political-ban",
        ]
      ),
      // (Good conduct was reported missing, a reader's false finding, until the second session of 7
      // December: the rule's title "Goed ambtenaarschap" names it.)
      (
        "werkorganisatie-schelpenwaard",
        [
          "2 missing-obligation", "54 side-activities-beyond-act", "67 broken-reference",
          "73 gift-requires-consent", "104 internal-reporting-first",
        ]
      ),
      // (The pair 6.1/6.3 is a reader's false finding; left.)
      ("veiligheidsregio-tweelanden", ["91 prohibition-permission-unlinked"]),
      // The ninety-sixth to ninety-ninth batches (same session).
      (
        "beltershoek",
        [
          "2 missing-obligation", "43 report-without-addressee", "58 gift-requires-consent", "72 side-activities-beyond-act",
          "89 secrecy-limited-to-employment",
        ]
      ),
      (
        "crommenland-omgevingsdienst",
        [
          "2 missing-obligation", "55 blanket-political-ban", "81 broken-reference", "88 gift-requires-consent",
          "122 internal-reporting-first",
        ]
      ),
      ("aldervliet-waterschap", []),
      (
        "ggd-gelmerland-2025",
        [
          "2 missing-obligation", "61 report-without-addressee", "79 secrecy-limited-to-employment", "91 blanket-political-ban",
          "115 broken-reference",
        ]
      ),
      // (The missing vertrouwenspersoon is missed: no obligation of the catalogue asks for one.)
      (
        "hoornemade-2024",
        ["48 gift-requires-consent", "58 side-activities-beyond-act", "71 broken-reference", "102 internal-reporting-first"]
      ),
      ("kampervelden-provincie-2026", []),
      (
        "noorderzijl-vr",
        [
          "2 missing-obligation", "34 report-without-addressee", "53 broken-reference", "70 gift-requires-consent",
          // (22, "Uitnodiging …: alleen na vooraf akkoord leidinggevende", a permission beside 19's ban.)
          "78 prohibition-permission-unlinked", "84 secrecy-limited-to-employment",
        ]
      ),
      (
        "ravenswoude-sociale-dienst",
        [
          "36 report-without-addressee", "46 side-activities-beyond-act", "62 broken-reference", "80 blanket-political-ban",
          "90 internal-reporting-first",
        ]
      ),
      ("pruimendaal", []),
      // (2.3, "Beschouw … als iets wat je zonder overleg mag houden", missed until the
      // session of the hundred-and-fourth batch: `als` after a verb of regarding is no condition.)
      (
        "uddelerwaard-belastingsamenwerking",
        [
          "46 gift-requires-consent", "52 broken-reference", "78 secrecy-limited-to-employment", "84 report-without-addressee",
          "92 blanket-political-ban",
        ]
      ),
      (
        "werkorganisatie-wouterskamp",
        [
          "2 missing-obligation", "51 side-activities-beyond-act", "69 broken-reference", "85 report-without-addressee",
          "99 internal-reporting-first",
        ]
      ),
      ("waterschap-venkelwaarden", []),
      // The hundredth to hundred-and-third batches (same session).
      (
        "bredewaarde",
        [
          "63 gift-requires-consent", "73 broken-reference", "79 secrecy-limited-to-employment", "87 report-without-addressee",
          "107 internal-reporting-first",
        ]
      ),
      // (4.2, a report only above an amount inside 'Wij beloven dat …', missed until the session of
      // the hundred-and-fourth batch: 'meer waard is dan' bounds the amount, and the dat-clause's
      // verb follows the comparison; the designated functions' duties, reported missing until then
      // ('belooft … te melden' after a relative clause), are found.)
      (
        "ellemerland-ggd",
        [
          "2 missing-obligation", "40 side-activities-beyond-act", "52 gift-requires-consent", "80 broken-reference",
          "84 blanket-political-ban",
        ]
      ),
      ("drechtervenen-provincie", []),
      // (Contracts and supplies were reported missing, a reader's false finding, until the second
      // session of 7 December: "leveren aan de provincie" is a public supply wherever the employer is.)
      (
        "kievitsdal-omgevingsdienst-2025",
        [
          "40 gift-requires-consent", "62 secrecy-limited-to-employment", "68 blanket-political-ban",
          "72 report-without-addressee", "84 broken-reference",
        ]
      ),
      (
        "lierdonk-waterschap-2024",
        [
          "2 missing-obligation", "62 side-activities-beyond-act", "74 gift-requires-consent", "81 broken-reference",
          "104 internal-reporting-first",
        ]
      ),
      // (8.4, an option for integrity violations, is a reader's false finding; left.)
      ("grubbenveen-2026", ["106 internal-reporting-first"]),
      // (8.2 as a report to no one is a reader's false finding; left.)
      (
        "nolderwaard-belastingsamenwerking",
        [
          "51 report-without-addressee", "61 side-activities-beyond-act", "86 gift-requires-consent", "89 broken-reference",
          "93 secrecy-limited-to-employment", "121 report-without-addressee",
        ]
      ),
      // (The designated functions' duties, reported missing until the hundred-and-fourth batch's
      // work ('zult u … melden' after a relative clause), are found.)
      (
        "ploegmarken-vr",
        [
          "2 missing-obligation", "63 gift-requires-consent", "82 blanket-political-ban",
          "92 internal-reporting-first", "101 broken-reference",
        ]
      ),
      ("raamvliet-werkorganisatie", []),
      // (5.5, 'Dan stel je dat uit zolang …', is missed.)
      (
        "stavermeer-2025",
        [
          "41 report-without-addressee", "49 side-activities-beyond-act", "57 gift-requires-consent", "63 broken-reference",
          "69 secrecy-limited-to-employment",
        ]
      ),
      (
        "sociale-dienst-weerselland-2024",
        [
          "2 missing-obligation", "50 side-activities-beyond-act", "67 gift-requires-consent", "89 report-without-addressee",
          "98 internal-reporting-first",
        ]
      ),
      ("zwinderhoek-2026", []),
      // The hundred-and-fourth to hundred-and-seventh batches (every planted problem found since
      // their own changes; no finding a reader would not give is left).
      (
        "bleiswaard",
        [
          "53 broken-reference", "61 report-without-addressee", "67 gift-requires-consent",
          "79 secrecy-limited-to-employment", "87 blanket-political-ban",
        ]
      ),
      (
        "gouwestroom-waterschap",
        [
          "2 missing-obligation", "43 side-activities-beyond-act", "61 report-without-addressee", "70 broken-reference",
          "86 internal-reporting-first",
        ]
      ),
      ("ggd-brinkenland", []),
      (
        "lutkemade-2025",
        [
          "61 report-without-addressee", "71 gift-requires-consent", "85 broken-reference", "89 secrecy-limited-to-employment",
          "103 blanket-political-ban",
        ]
      ),
      (
        "klinkerland-provincie-2026",
        [
          "2 missing-obligation", "46 report-without-addressee", "73 broken-reference", "78 secrecy-limited-to-employment",
          "96 internal-reporting-first",
        ]
      ),
      ("mijnderswoude-2025", []),
      (
        "petersweerd-2025",
        [
          "69 gift-requires-consent", "71 broken-reference", "83 secrecy-limited-to-employment", "94 blanket-political-ban",
          "99 report-without-addressee",
        ]
      ),
      (
        "rietlanden-werkorganisatie-2024",
        [
          "2 missing-obligation", "40 side-activities-beyond-act", "74 gift-requires-consent", "81 report-without-addressee",
          "109 internal-reporting-first",
        ]
      ),
      ("omgevingsdienst-nederlinge-2026", []),
      (
        "stokkerwaard",
        [
          "71 report-without-addressee", "79 gift-requires-consent", "91 secrecy-limited-to-employment",
          "101 blanket-political-ban", "123 broken-reference",
        ]
      ),
      (
        "veiligheidsregio-waalhorst",
        [
          "2 missing-obligation", "50 side-activities-beyond-act", "92 report-without-addressee",
          "108 internal-reporting-first", "119 broken-reference",
        ]
      ),
      ("twijnsterland-belastingsamenwerking", []),
      // The hundred-and-eighth to hundred-and-eleventh batches (every planted problem found since
      // their own changes; one finding a reader would not give is left: Zeggeloo's policy against
      // conflicts of interest reported missing, where the examples 'familie, vrienden' outweigh
      // 'eigen belangen'; Uffelterland's kept attentie is found at 19, not at its own 18).
      (
        "coevermonde",
        [
          "72 gift-requires-consent", "77 broken-reference", "85 report-without-addressee",
          "89 secrecy-limited-to-employment", "114 internal-reporting-first",
        ]
      ),
      (
        "fennelanden-ggd",
        [
          "2 missing-obligation", "53 side-activities-beyond-act", "65 gift-requires-consent", "75 report-without-addressee",
          "83 blanket-political-ban",
        ]
      ),
      ("dievervliet-waterschap", []),
      (
        "kennemerwolde-provincie-2025",
        [
          "59 secrecy-limited-to-employment", "72 blanket-political-ban", "89 report-without-addressee",
          "112 internal-reporting-first", "120 broken-reference",
        ]
      ),
      (
        "merkelhoven-2024",
        [
          "2 missing-obligation", "60 side-activities-beyond-act", "68 gift-requires-consent", "82 report-without-addressee",
          "110 broken-reference",
        ]
      ),
      ("kalverdijk-2026", []),
      (
        "pelsterwaard-sociale-dienst",
        [
          "39 report-without-addressee", "83 gift-requires-consent", "93 secrecy-limited-to-employment",
          "99 blanket-political-ban", "107 broken-reference",
        ]
      ),
      (
        "ommelwaard-belastingkantoor",
        [
          "2 missing-obligation", "52 side-activities-beyond-act", "83 broken-reference", "92 report-without-addressee",
          "110 internal-reporting-first",
        ]
      ),
      ("prinsenvliet-vr", []),
      (
        "zeggeloo-2025",
        [
          "44 report-without-addressee", "71 gift-requires-consent", "83 secrecy-limited-to-employment",
          "93 blanket-political-ban", "113 broken-reference",
        ]
      ),
      (
        "werkorganisatie-uffelterland-2024",
        [
          "2 missing-obligation", "38 side-activities-beyond-act", "52 report-without-addressee", "64 gift-requires-consent",
          "86 internal-reporting-first",
        ]
      ),
      ("twellerbroek-2026", []),
      // The hundred-and-twelfth to hundred-and-fifteenth batches (36 of their 40 planted problems
      // found since their own changes; missed: Beerzeland's ban as a consequence, Kwelderland's
      // attentie beside a general consent, Hunselmarken's ban given as a reason, Wolkenrade's
      // report only above an amount; findings a reader would not give left: Beerzeland's two
      // consequences read as gaps, the pairs of Drievenhoven and Reestermonde, Hunselmarken's
      // policy against misuse, good conduct and HR's registration, Tuindersveld's publication,
      // Zeeverland's report of side activities after a colon).
      (
        "drievenhoven",
        [
          "46 report-without-addressee", "54 prohibition-permission-unlinked", "54 gift-requires-consent",
          "62 secrecy-limited-to-employment", "72 blanket-political-ban", "92 broken-reference",
        ]
      ),
      (
        "beerzeland-waterschap",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "66 report-without-addressee",
          "80 secrecy-limited-to-employment", "89 blanket-political-ban", "95 internal-reporting-first", "109 broken-reference",
        ]
      ),
      ("escherwaard-omgevingsdienst", []),
      (
        "kwelderland-provincie",
        [
          "51 blanket-political-ban", "73 broken-reference", "92 secrecy-limited-to-employment", "118 report-without-addressee",
        ]
      ),
      (
        "ggd-hunselmarken",
        [
          "3 missing-obligation", "3 missing-obligation", "3 missing-obligation", "35 broken-reference",
          "82 report-without-addressee", "104 internal-reporting-first",
        ]
      ),
      ("hekelwaarde-2026", []),
      (
        "melderwaard-belastingsamenwerking",
        [
          "40 report-without-addressee", "44 side-activities-beyond-act", "63 secrecy-limited-to-employment",
          "71 blanket-political-ban", "86 broken-reference",
        ]
      ),
      (
        "reestermonde-vr",
        [
          "2 missing-obligation", "38 report-without-addressee", "52 prohibition-permission-unlinked", "52 gift-requires-consent",
          "92 broken-reference", "105 internal-reporting-first",
        ]
      ),
      ("oostvenne-sociale-dienst", []),
      (
        "werkorganisatie-tuindersveld",
        [
          "2 missing-obligation", "51 gift-requires-consent", "57 broken-reference", "63 side-activities-beyond-act",
          "85 secrecy-limited-to-employment", "91 report-without-addressee",
        ]
      ),
      (
        "wolkenrade",
        [
          "2 missing-obligation", "54 report-without-addressee", "96 blanket-political-ban", "112 internal-reporting-first",
        ]
      ),
      ("zeeverland-provincie", ["2 missing-obligation"]),
      // The hundred-and-sixteenth to hundred-and-nineteenth batches, measured at the end of the
      // session with one change of their own (', niet' after an instruction): what is left is
      // named in each fixture's first line.
      (
        "beukelwijde-2025",
        [
          // (85, "… niet je mening zo uiten dat de goede vervulling … niet meer in redelijkheid
          // verzekerd is", read as a blanket ban until the seventh session of 5 December 2026: the
          // Act's own test anywhere in the sentence bounds it.)
          "2 missing-obligation", "65 broken-reference", "69 secrecy-limited-to-employment", "95 internal-reporting-first",
        ]
      ),
      (
        "dravenstroom-waterschap-2024",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "59 gift-requires-consent", "77 blanket-political-ban", "86 internal-reporting-first", "95 broken-reference",
        ]
      ),
      ("eggenwaard-ggd-2026", []),
      (
        "heuvelgouw-provincie-2025",
        [
          "75 report-without-addressee", "81 gift-requires-consent", "92 secrecy-limited-to-employment",
          "98 blanket-political-ban", "103 broken-reference",
        ]
      ),
      (
        "grollemade-2024",
        // (Its secrecy, "Wat houd je voor jezelf? Alles wat …", read since the session of 6 December
        // (fourth); the eed, planted, still missing.)
        [
          "2 missing-obligation", "34 broken-reference",
          "38 gift-requires-consent", "76 report-without-addressee", "82 internal-reporting-first",
        ]
      ),
      ("lemselanden-vr-2026", ["2 missing-obligation"]),
      ("maarsvelden-sociale-dienst", ["47 broken-reference", "75 gift-requires-consent", "86 secrecy-limited-to-employment"]),
      (
        "rijpervenen-belastingsamenwerking",
        ["2 missing-obligation", "43 side-activities-beyond-act", "46 broken-reference", "83 internal-reporting-first"]
      ),
      ("omgevingsdienst-pollemarken", []),
      (
        "werkorganisatie-stroeverland",
        [
          // (50: the leidinggevende's duty read as the reader's report, false, gone in the session of
          // 6 December (third): "het team HRM legt iedere opgave vast" names the role that records it.)
          "2 missing-obligation", "74 gift-requires-consent",
          "82 secrecy-limited-to-employment", "94 blanket-political-ban", "100 report-without-addressee",
        ]
      ),
      (
        "vreeswijde",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "65 side-activities-beyond-act",
          "84 broken-reference", "101 report-without-addressee", "118 internal-reporting-first",
        ]
      ),
      // (Registration, reported missing until the seventh session of 5 December 2026, is covered by
      // "registreert elke opgave als bedoeld in het eerste lid van 3.2"; publication stays a false
      // finding: "Slechts de nevenwerkzaamheden van … worden openbaar gemaakt" is read as limited.)
      ("waterschap-sterkenvliet", ["2 missing-obligation"]),
      // The hundred-and-twentieth to hundred-and-twenty-third batches (session of 5 December 2026,
      // fifth): every planted problem found before their changes.
      (
        "ameronde-2025",
        [
          "2 missing-obligation", "49 report-without-addressee", "53 prohibition-permission-unlinked",
          "53 gift-requires-consent", "61 secrecy-limited-to-employment", "73 internal-reporting-first",
        ]
      ),
      (
        "brouwersdijk-2024",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "56 side-activities-beyond-act",
          "63 broken-reference", "73 broken-reference", "84 blanket-political-ban",
        ]
      ),
      // (2: the publication of designated functions' side activities, and 61: 'Ook een doos bonbons
      // meld je.' as a report to no one; both false, left.)
      ("cortenhoeve-2026", ["2 missing-obligation", "61 report-without-addressee", "63 prohibition-permission-unlinked"]),
      (
        "idskerwolde-2025",
        [
          "2 missing-obligation", "55 report-without-addressee", "65 gift-requires-consent",
          "75 secrecy-limited-to-employment", "85 blanket-political-ban",
        ]
      ),
      (
        "larenvoorde-2025",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "44 side-activities-beyond-act",
          "62 report-without-addressee", "73 broken-reference", "86 internal-reporting-first",
        ]
      ),
      (
        "waterschap-moerbeken-2025",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "58 broken-reference",
          "61 report-without-addressee", "66 secrecy-limited-to-employment", "82 internal-reporting-first",
        ]
      ),
      (
        "pelkwijde-2025",
        [
          "2 missing-obligation", "46 side-activities-beyond-act", "56 gift-requires-consent", "62 broken-reference",
          "74 blanket-political-ban",
        ]
      ),
      (
        "tollenwaard-2025",
        [
          "2 missing-obligation", "52 broken-reference", "60 gift-requires-consent", "78 report-without-addressee",
          "82 secrecy-limited-to-employment",
        ]
      ),
      (
        "ulsterveen-2024",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "50 broken-reference",
          "53 side-activities-beyond-act", "84 blanket-political-ban", "95 internal-reporting-first",
        ]
      ),
      // The hundred-and-twenty-fourth to hundred-and-twenty-seventh batches (same session): 38 of 40
      // planted problems found before their changes, all 40 after.
      (
        "heerenzijl-2025",
        [
          "51 report-without-addressee", "67 gift-requires-consent", "72 broken-reference",
          "78 secrecy-limited-to-employment", "89 blanket-political-ban",
        ]
      ),
      // (The second 2: publication of designated functions' side activities, 'zetten we op
      // gerstenbroek.nl'; false, left.)
      (
        "gerstenbroek-2025",
        [
          "2 missing-obligation", "2 missing-obligation", "46 side-activities-beyond-act", "59 broken-reference",
          "71 report-without-addressee", "88 internal-reporting-first",
        ]
      ),
      (
        "pottendijk-2025",
        [
          "38 report-without-addressee", "63 gift-requires-consent", "75 secrecy-limited-to-employment",
          "83 prohibition-permission-unlinked", "91 broken-reference", "97 blanket-political-ban",
        ]
      ),
      (
        "rijnvoorde-2024",
        [
          "2 missing-obligation", "52 side-activities-beyond-act", "66 report-without-addressee", "79 broken-reference",
          "98 internal-reporting-first",
        ]
      ),
      (
        "wierdenhove-2025",
        [
          "55 report-without-addressee", "63 gift-requires-consent",
          "73 secrecy-limited-to-employment", "95 internal-reporting-first", "103 broken-reference",
        ]
      ),
      (
        "waterschap-schuttersvliet-2024",
        [
          "2 missing-obligation", "7 review-due-soon", "41 report-without-addressee", "47 side-activities-beyond-act",
          "80 blanket-political-ban", "91 broken-reference",
        ]
      ),
      (
        "harkelwaard-2025",
        [
          "37 secrecy-limited-to-employment", "64 report-without-addressee", "72 broken-reference",
          "82 blanket-political-ban", "90 internal-reporting-first",
        ]
      ),
      (
        "ggd-jolderland-2026",
        [
          "2 missing-obligation", "33 side-activities-beyond-act", "34 report-without-addressee",
          "52 gift-requires-consent", "61 broken-reference",
        ]
      ),
      // The hundred-and-twenty-eighth to hundred-and-thirty-first batches (same session; one code
      // with five planted problems and two compliant ones each): 18 of 20 found before their
      // changes, all 20 after.
      (
        "arkelmonde-2025",
        [
          "40 report-without-addressee", "53 broken-reference", "63 gift-requires-consent",
          "74 secrecy-limited-to-employment", "89 internal-reporting-first",
        ]
      ),
      (
        "korsenwaarde-2025",
        [
          "37 report-without-addressee", "56 gift-requires-consent", "58 broken-reference",
          "62 secrecy-limited-to-employment", "76 prohibition-permission-unlinked", "86 internal-reporting-first",
        ]
      ),
      (
        "sibbelsmeer-2025",
        [
          "47 report-without-addressee", "64 gift-requires-consent", "72 secrecy-limited-to-employment",
          "82 internal-reporting-first", "90 broken-reference",
        ]
      ),
      (
        "zwarteweide-2025",
        [
          "44 report-without-addressee", "56 gift-requires-consent", "58 broken-reference",
          "64 secrecy-limited-to-employment", "76 internal-reporting-first",
        ]
      ),
      // The hundred-and-thirty-second to hundred-and-thirty-fifth batches (same session, the same
      // protocol): 19 of 20 found before their changes.
      (
        "caspelwoude-2025",
        [
          "36 secrecy-limited-to-employment", "53 broken-reference", "82 gift-requires-consent",
          "97 blanket-political-ban", "105 internal-reporting-first",
        ]
      ),
      // (2.4's change in side activities, reported to no one, is still missed.)
      (
        "haspelwoude-2025",
        [
          "49 gift-requires-consent", "51 broken-reference", "59 secrecy-limited-to-employment",
          "71 internal-reporting-first",
        ]
      ),
      (
        "mirnsterveld-2025",
        [
          "55 report-without-addressee", "65 gift-requires-consent", "75 secrecy-limited-to-employment",
          "93 internal-reporting-first", "101 broken-reference",
        ]
      ),
      // (Nothing on personal conflicts of interest: reported, and fair.)
      ("oudevliet-2026", ["2 missing-obligation"]),
      // (Its ban on opinions 'als daardoor …' is read as bounded since the session of 5 December
      // 2026 (sixth), so the unstated pair with 6.1's permission is gone.)
      ("samenwerkingsorganisatie-schuilenwaard-2024", []),
      (
        "werkorganisatie-vlonderwaard-2025",
        [
          "60 gift-requires-consent", "71 secrecy-limited-to-employment", "75 blanket-political-ban",
          "81 internal-reporting-first", "89 broken-reference",
        ]
      ),
      // The hundred-and-thirty-sixth to hundred-and-thirty-ninth batches (same session and
      // protocol): 20 of 20 found before their changes.
      ("belkerwaard-2026", ["68 prohibition-permission-unlinked"]),
      // (Info only: hired staff outside 'geldt voor'; designated functions covered via a condition.)
      ("ggd-ingelwaard-2026", []),
      ("provincie-ysselmarken-2026", []),
      (
        "corvelde-2025",
        [
          "37 prohibition-permission-unlinked", "51 side-activities-beyond-act", "63 gift-requires-consent",
          "78 report-without-addressee", "100 broken-reference",
        ]
      ),
      (
        "ladderveen-2025",
        [
          "53 report-without-addressee", "59 gift-requires-consent", "69 secrecy-limited-to-employment",
          "89 broken-reference", "97 internal-reporting-first",
        ]
      ),
      (
        "ressenwolde-2025",
        [
          "58 secrecy-limited-to-employment", "65 blanket-political-ban", "72 gift-requires-consent",
          "79 broken-reference", "85 internal-reporting-first",
        ]
      ),
      (
        "wanrode-2025",
        [
          "52 broken-reference", "60 report-without-addressee", "68 gift-requires-consent",
          "78 secrecy-limited-to-employment", "92 internal-reporting-first",
        ]
      ),
      // The hundred-and-fortieth to hundred-and-forty-third batches (same session and protocol): 20
      // of 20 found before their changes.
      (
        "aldermeer-2025",
        [
          "63 gift-requires-consent", "66 broken-reference", "70 secrecy-limited-to-employment",
          "78 blanket-political-ban", "88 internal-reporting-first",
        ]
      ),
      // (False until the fifth session of 6 December, then mended: an item's report in doubt, "twijfel
      // je …, dan geef je haar wel op", goes where an item before it names.)
      ("drostervliet-2026", []),
      // (False, left: two dash lines read as a blanket ban and as every employee's report.)
      ("fliedermonde-2026", ["37 blanket-political-ban", "55 financial-interest-duty-beyond-act"]),
      (
        "kollumerveen-2025",
        [
          "2 missing-obligation", "58 broken-reference", "64 gift-requires-consent", "74 secrecy-limited-to-employment",
          "86 internal-reporting-first",
        ]
      ),
      (
        "mardervoort-2025",
        [
          "37 report-without-addressee", "59 gift-requires-consent", "67 secrecy-limited-to-employment",
          "81 internal-reporting-first", "91 broken-reference",
        ]
      ),
      // (The first-name example, "Als Femke … schrijft, dan loopt ze niet mee …", is read as a
      // condition since the session of 5 December 2026 (sixth): no blanket ban.)
      ("werkorganisatie-laarwoude-2026", []),
      (
        "tjepkemade-2025",
        [
          "56 report-without-addressee", "62 gift-requires-consent", "72 broken-reference",
          "76 secrecy-limited-to-employment", "94 internal-reporting-first",
        ]
      ),
      // The hundred-and-forty-fourth to hundred-and-forty-seventh batches (same session and
      // protocol): 19 of 20 found before their changes.
      (
        "belsterkamp-2025",
        [
          "59 report-without-addressee", "65 gift-requires-consent", "69 broken-reference",
          "75 secrecy-limited-to-employment", "91 internal-reporting-first",
        ]
      ),
      ("dassenwijde-2024", []),
      ("fokkerswaal-2026", []),
      (
        "ilsterhoek-jeltingeveen-2025",
        [
          "40 report-without-addressee", "64 broken-reference", "70 gift-requires-consent",
          "80 secrecy-limited-to-employment", "92 internal-reporting-first",
        ]
      ),
      // (In the seventh session of 5 December 2026 4.2's small gift kept without a report, missed
      // until then, is found: a carve-out by value after a sentence on consent; and the false
      // finding on 69, the privacyloket, went: a desk or counter is a recipient.)
      (
        "olderwaarde-2025",
        [
          "43 report-without-addressee", "59 gift-requires-consent", "61 broken-reference",
          "65 secrecy-limited-to-employment", "83 internal-reporting-first",
        ]
      ),
      // The hundred-and-forty-eighth to hundred-and-fifty-first batches (session of 5 December 2026,
      // sixth): every planted problem found; Fivelboezem has only advice (info).
      (
        "aldenwaarde-2025",
        [
          "55 gift-requires-consent", "60 broken-reference", "64 secrecy-limited-to-employment", "72 blanket-political-ban",
          "82 internal-reporting-first",
        ]
      ),
      (
        "duivenmarken-2025",
        [
          "47 broken-reference", "65 gift-requires-consent", "75 secrecy-limited-to-employment", "85 blanket-political-ban",
          "95 internal-reporting-first",
        ]
      ),
      (
        "geestervenen-omgevingsdienst-2025",
        [
          "40 report-without-addressee", "54 prohibition-permission-unlinked", "54 gift-requires-consent",
          "64 secrecy-limited-to-employment", "74 blanket-political-ban", "84 internal-reporting-first",
        ]
      ),
      (
        "quarlesmeer-2025",
        [
          "56 broken-reference", "64 report-without-addressee", "74 gift-requires-consent", "87 blanket-political-ban",
          "95 internal-reporting-first",
        ]
      ),
      ("rodewaarde-2025", ["74 prohibition-permission-unlinked"]),
      ("fivelboezem-waterschap-2025", []),
      (
        "suderwijk-2024",
        [
          "71 report-without-addressee", "80 gift-requires-consent", "88 broken-reference", "93 secrecy-limited-to-employment",
          "107 internal-reporting-first",
        ]
      ),
      (
        "bolsterveen-2025",
        [
          "45 report-without-addressee", "53 gift-requires-consent", "61 secrecy-limited-to-employment",
          "69 blanket-political-ban", "77 internal-reporting-first",
        ]
      ),
      // (Art. 4 lid 1 on conflicts of interest reported missing before the second session of 6
      // December: "een persoonlijk belang (of hebben je partner, familie of vrienden dat)" reads as
      // family relations, which count for conflicts of interest since.)
      ("calderstroom-waterschap-2026", ["51 prohibition-permission-unlinked"]),
      (
        "sonderwaard-belastingen-2025",
        [
          "49 report-without-addressee", "79 gift-requires-consent", "83 broken-reference", "87 secrecy-limited-to-employment",
          "103 internal-reporting-first",
        ]
      ),
      (
        "garstervoort-2025",
        [
          "48 broken-reference", "62 gift-requires-consent", "70 secrecy-limited-to-employment", "82 blanket-political-ban",
          "90 internal-reporting-first",
        ]
      ),
      // (2: the report of intended side activities taken as missing from 3.1, whose sentence is
      // read for the topic of its example ("omdat de club subsidie … krijgt"); false, left.)
      ("ameldonk-2025", ["2 missing-obligation"]),
      (
        "pannerhove-2026",
        [
          "2 missing-obligation", "54 gift-requires-consent", "60 broken-reference", "66 secrecy-limited-to-employment",
          "80 internal-reporting-first",
        ]
      ),
      (
        "wezemonde-2025",
        [
          "2 missing-obligation", "56 gift-requires-consent", "64 secrecy-limited-to-employment", "80 internal-reporting-first",
          "82 broken-reference",
        ]
      ),
      (
        "tweelsterhoek-2025",
        [
          "35 report-without-addressee", "61 prohibition-permission-unlinked", "61 gift-requires-consent",
          "71 secrecy-limited-to-employment", "75 broken-reference", "89 internal-reporting-first",
        ]
      ),
      (
        "avelmonde-2025",
        [
          "50 broken-reference", "58 gift-requires-consent", "66 secrecy-limited-to-employment", "78 report-without-addressee",
          "86 internal-reporting-first",
        ]
      ),
      (
        "eversmade-2025",
        [
          "64 report-without-addressee", "74 gift-requires-consent", "80 broken-reference", "84 secrecy-limited-to-employment",
          "102 internal-reporting-first",
        ]
      ),
      (
        "lankerwolde-2025",
        [
          "54 secrecy-limited-to-employment", "79 report-without-addressee", "89 gift-requires-consent",
          "105 internal-reporting-first", "121 broken-reference",
        ]
      ),
      (
        "ossenkamp-2026",
        [
          "54 broken-reference", "60 gift-requires-consent", "70 secrecy-limited-to-employment",
          "76 prohibition-permission-unlinked", "78 blanket-political-ban", "86 internal-reporting-first",
        ]
      ),
      (
        "querendonk-2025",
        [
          "44 report-without-addressee", "52 gift-requires-consent", "62 secrecy-limited-to-employment",
          "76 internal-reporting-first", "82 broken-reference",
        ]
      ),
      ("rud-sleenerland-2026", []),
      (
        "wilsterveld-2024",
        [
          "35 report-without-addressee", "39 blanket-political-ban", "63 gift-requires-consent",
          "73 secrecy-limited-to-employment", "81 internal-reporting-first",
        ]
      ),
      (
        "brekelzijl-2025",
        [
          "75 gift-requires-consent", "83 secrecy-limited-to-employment", "84 broken-reference", "98 report-without-addressee",
          "106 internal-reporting-first",
        ]
      ),
      (
        "kollerdam-2025",
        [
          "42 gift-requires-consent", "68 report-without-addressee", "72 secrecy-limited-to-employment",
          "90 internal-reporting-first", "98 broken-reference",
        ]
      ),
      (
        "merkenvoort-2024",
        [
          "2 missing-obligation", "50 report-without-addressee", "56 gift-requires-consent", "64 secrecy-limited-to-employment",
          "82 internal-reporting-first",
        ]
      ),
      (
        "rottemerveen-2024",
        [
          "73 report-without-addressee", "79 gift-requires-consent", "90 secrecy-limited-to-employment",
          "107 internal-reporting-first", "115 broken-reference",
        ]
      ),
      ("stellingwoude-vr-2025", []),
      // The hundred-and-sixty-eighth to hundred-and-seventy-second batches (same session): every
      // planted problem found; three of the reader's false findings left.
      (
        "dobbelwaard-2025",
        [
          "50 report-without-addressee", "56 gift-requires-consent", "59 broken-reference", "65 secrecy-limited-to-employment",
          "83 internal-reporting-first",
        ]
      ),
      // (1.4, "bij hem of haar leggen we die melding ook neer" after the leidinggevende is named in
      // the clause before: false, left.)
      ("bakkerzijl-2024", ["28 report-without-addressee"]),
      // (Good conduct was reported missing, its sentence's topic drowned by the grounds of
      // discrimination listed after it, until the second session of 7 December: the rule's title
      // "Goed ambtenaarschap en integriteitsbeleid" names it.)
      ("ekkersland-ggd-2026", []),
      (
        "lokerhaven-2025",
        [
          "42 gift-requires-consent", "68 secrecy-limited-to-employment", "76 blanket-political-ban",
          "82 internal-reporting-first", "88 broken-reference",
        ]
      ),
      ("jisterwaal-2024", ["62 prohibition-permission-unlinked"]),
      (
        "morsinkveen-2025",
        [
          "34 gift-requires-consent", "59 broken-reference", "64 secrecy-limited-to-employment", "72 blanket-political-ban",
          "82 internal-reporting-first",
        ]
      ),
      (
        "ulverdonk-2026",
        [
          "51 broken-reference", "59 prohibition-permission-unlinked", "59 gift-requires-consent",
          "69 secrecy-limited-to-employment", "79 blanket-political-ban", "87 internal-reporting-first",
        ]
      ),
      (
        "jeverhoek-2025",
        [
          "37 report-without-addressee", "43 broken-reference", "57 gift-requires-consent", "69 secrecy-limited-to-employment",
          "79 internal-reporting-first",
        ]
      ),
      // The hundred-and-seventy-third to hundred-and-seventy-seventh batches (same session).
      (
        "dormerveen-kredietbank-2025",
        [
          "37 broken-reference", "52 prohibition-permission-unlinked", "52 gift-requires-consent",
          "63 secrecy-limited-to-employment", "67 blanket-political-ban", "76 internal-reporting-first",
        ]
      ),
      // (Artikel 12, donations to the collection "geen geschenk aan de werknemer in de zin van
      // artikel 11": false, left.)
      ("glindervaart-streekarchief-2024", ["95 gift-requires-consent"]),
      // (49's financial-interest regime for all staff is a reader's false finding, left.)
      (
        "kempelrade-2025",
        [
          "49 financial-interest-duty-beyond-act", "49 report-without-addressee", "57 gift-requires-consent",
          "63 broken-reference", "67 secrecy-limited-to-employment", "87 internal-reporting-first",
        ]
      ),
      // (The political ban of Artikel 11 lid 2, a duty to end a membership under a condition that
      // names it, missed until the eighth session; found since.)
      (
        "tirsenwaarde-2025",
        [
          "69 gift-requires-consent", "80 secrecy-limited-to-employment", "87 blanket-political-ban",
          "93 internal-reporting-first", "102 report-without-addressee",
        ]
      ),
      (
        "ypelmonde-2024",
        [
          "30 secrecy-limited-to-employment", "36 blanket-political-ban", "63 gift-requires-consent",
          "71 report-without-addressee", "79 internal-reporting-first",
        ]
      ),
      (
        "oldeschoor-2025",
        [
          "51 broken-reference", "59 gift-requires-consent", "68 secrecy-limited-to-employment", "80 blanket-political-ban",
          "90 internal-reporting-first",
        ]
      ),
      // The hundred-and-seventy-eighth to hundred-and-eighty-second batches (same session), a
      // measuring round: 22 of 25 found, 9 findings a reader would not give; the few changes it led
      // to (an answer after a dash, a norm after "maar", the Act's test anywhere bounding a
      // restraint) leave 24 of 25 found and 6 of those findings. Each false one is named here.
      (
        "fraanwolde-2025",
        [
          "49 report-without-addressee", "69 prohibition-permission-unlinked", "69 gift-requires-consent",
          "75 broken-reference", "81 secrecy-limited-to-employment", "95 internal-reporting-first",
        ]
      ),
      // (6.4, a restraint bounded by the functioning test after "ook buiten je dienst", read as a
      // blanket ban before this round's changes: the Act's test anywhere in the sentence bounds it.)
      ("bollenwaarden-vr-2026", []),
      (
        "kappelwaard-2025",
        [
          "34 report-without-addressee", "52 broken-reference", "60 gift-requires-consent", "70 secrecy-limited-to-employment",
          "82 internal-reporting-first",
        ]
      ),
      // (Both false, left: "Een directie hebben we niet" read as a ban; 4.3 a report whose recipient
      // the answer after a dash names. 3.4's "Die toestemming geeft je leidinggevende" names who
      // gives the consent asked since 6 December (third).)
      ("grevelzijl-2024", ["48 side-activities-beyond-act", "76 report-without-addressee"]),
      (
        "nuttelwolde-2024",
        [
          "47 broken-reference", "65 report-without-addressee", "76 gift-requires-consent", "87 secrecy-limited-to-employment",
          "98 internal-reporting-first",
        ]
      ),
      // (6.1's secrecy and 8.2's internal reporting first, each in a clause after "maar", missed
      // before this round's changes; found since.)
      (
        "welsterhoven-2025",
        [
          "37 report-without-addressee", "56 gift-requires-consent", "62 broken-reference", "66 secrecy-limited-to-employment",
          "82 internal-reporting-first",
        ]
      ),
      // (2: side activities reported missing where 3.2 asks them reported to no one: false, and
      // the planted report without recipient missed; left.)
      (
        "kwartelveen-2024",
        [
          "2 missing-obligation", "49 broken-reference", "60 gift-requires-consent", "73 secrecy-limited-to-employment",
          "89 internal-reporting-first",
        ]
      ),
      // (Both false: Artikel 6's recipient, "je clustermanager", known since the session of 6
      // December; "dat raakt je lidmaatschap van een partij niet" read as a ban, left.)
      ("havenstede-2025", ["91 blanket-political-ban"]),
      // (4.3's report to no one missed before this session's hyphen change; found since.)
      (
        "dintelhove-2025",
        [
          "51 report-without-addressee", "59 gift-requires-consent", "69 secrecy-limited-to-employment",
          "86 internal-reporting-first", "94 broken-reference",
        ]
      ),
      // (74: the ban and the permission on gifts without a stated relation: advice a reader gives.)
      (
        "kessenwaarde-2024",
        [
          "50 report-without-addressee", "65 broken-reference", "74 prohibition-permission-unlinked",
          "75 gift-requires-consent", "84 secrecy-limited-to-employment", "107 internal-reporting-first",
        ]
      ),
      (
        "nortenhove-2025",
        [
          "64 gift-requires-consent", "70 broken-reference", "76 secrecy-limited-to-employment", "87 blanket-political-ban",
          "98 internal-reporting-first",
        ]
      ),
      (
        "twenkelo-2025",
        [
          "2 missing-obligation", "26 broken-reference", "56 gift-requires-consent", "64 secrecy-limited-to-employment",
          "80 internal-reporting-first",
        ]
      ),
      (
        "harselwijde-2025",
        [
          "39 gift-requires-consent", "49 secrecy-limited-to-employment", "55 blanket-political-ban", "63 broken-reference",
          "79 internal-reporting-first",
        ]
      ),
      // (2: the designation of functions reported missing, 5.2's state not read as it: false, left.
      // 74: advice a reader gives.)
      (
        "brekersveen-2024",
        [
          "2 missing-obligation", "34 secrecy-limited-to-employment", "58 broken-reference", "66 report-without-addressee",
          "74 prohibition-permission-unlinked", "74 gift-requires-consent", "84 internal-reporting-first",
        ]
      ),
      (
        "heimerdijk-2025",
        [
          "46 gift-requires-consent", "49 broken-reference", "64 report-without-addressee", "72 secrecy-limited-to-employment",
          "88 internal-reporting-first",
        ]
      ),
      // (False: a restriction to one's own cases, named by a relative clause; gone in the session of 6
      // December.)
      ("kaagmonde-2025", []),
      // (False before: the form "in het personeelsportaal, dat bij je leidinggevende en bij team HRM
      // binnenkomt"; gone in the session of 7 December, a report lodged in a system.)
      ("fintelwaard-2026", []),
      // (Artikel 12 lid 1's secrecy limited to the employment missed before the eighth session's last
      // change: records kept "tot vijf jaar na het einde van de functie" read as secrecy that continues.)
      (
        "nijlerveen-2025",
        [
          "54 broken-reference", "61 report-without-addressee", "71 gift-requires-consent", "80 secrecy-limited-to-employment",
          "96 internal-reporting-first",
        ]
      ),
      // (False, left: "dezelfde weg … als in artikel 2.2: via de leidinggevende naar het team HRM".)
      ("pesselwijk-2024", ["40 report-without-addressee"]),
      // (Its § 3, "Je toegang tot het depot … gebruik je alleen voor je werk", speaks of misuse of
      // powers: the finding the session of 5 December (eighth) took for fair went in the session
      // of 6 December (fourth), as the helper who wrote the code meant.)
      ("molderwaard-streekarchief-2026", []),
      (
        "ruwaldsmeer-2025",
        [
          "46 broken-reference", "56 report-without-addressee", "66 gift-requires-consent", "74 secrecy-limited-to-employment",
          "90 internal-reporting-first",
        ]
      ),
      // ("Wil je eerst sparren, neem dan contact op met …" as internal reporting first gone, and "dat
      // is dus niet zomaar verboden" in the session of 6 December: "niet zomaar" negates, and narrows
      // the norm. 3.2's report has its route since 6 December (third): "Het cluster Bedrijfsvoering
      // registreert elke opgave" (3.3) names the role that records it.)
      ("quarnestad-2026", []),
      // (7.1's political ban after "Wanneer je voor de gemeente werkt," missed before this round's
      // changes; found since.)
      (
        "wessingveen-2024",
        [
          "49 broken-reference", "69 gift-requires-consent", "79 secrecy-limited-to-employment", "91 blanket-political-ban",
          "99 internal-reporting-first",
        ]
      ),
      // The hundred-and-ninety-third to hundred-and-ninety-seventh batches (session of 6 December
      // 2026), run after the session's first change, before any of their own: 24 of 25 planted
      // problems found, 24 findings a reader would not give (17 on the ten compliant codes; ten of
      // them roles the lexicon did not know). Since: 25 of 25 and 3 left.
      // (13's report to no one missed before this batch's changes, after "hoort het erbij dat";
      // found since.)
      (
        "boterwaarde-2025",
        [
          "45 report-without-addressee", "55 gift-requires-consent", "57 broken-reference",
          "61 secrecy-limited-to-employment", "75 internal-reporting-first",
        ]
      ),
      ("cranenmeer-2025", []),
      (
        "hunkerwolde-2025",
        [
          "48 report-without-addressee", "60 gift-requires-consent", "66 broken-reference",
          "76 secrecy-limited-to-employment", "93 internal-reporting-first",
        ]
      ),
      // (Fair: misuse of powers is not spoken of. False, left: 2.4 "Politieke teksten … van een
      // fractie, schrijf je niet" for the griffie's staff, read as a blanket ban.)
      ("elmerstroom-2024", ["2 missing-obligation", "43 blanket-political-ban"]),
      // (False, left: the oath and integrity awareness stated as telegram rules with no verb at all.)
      ("fardervenne-2026", ["2 missing-obligation", "2 missing-obligation"]),
      (
        "kelsterwaard-2025",
        [
          "46 gift-requires-consent", "64 broken-reference", "70 secrecy-limited-to-employment", "74 blanket-political-ban",
          "85 internal-reporting-first",
        ]
      ),
      (
        "oldemeerland-2025",
        [
          "47 broken-reference", "55 report-without-addressee", "65 gift-requires-consent",
          "73 secrecy-limited-to-employment", "99 internal-reporting-first",
        ]
      ),
      ("palmerwoude-2024", ["98 prohibition-permission-unlinked"]),
      ("nijkerwaard-2026", []),
      (
        "rakelwaard-2025",
        [
          "2 missing-obligation", "44 secrecy-limited-to-employment", "60 broken-reference", "77 gift-requires-consent",
          "89 internal-reporting-first",
        ]
      ),
      // A measuring round, the hundred-and-ninety-eighth to two-hundredth batches (same session),
      // run after all of the session's changes before it, before any of their own: 15 of 15 found,
      // 8 findings a reader would not give (4 on the six compliant codes). None left since.
      (
        "dalmsterhoek-2024",
        [
          "63 report-without-addressee", "72 gift-requires-consent", "85 secrecy-limited-to-employment",
          "109 internal-reporting-first", "124 broken-reference",
        ]
      ),
      (
        "lonkervoort-2025",
        [
          "44 broken-reference", "70 gift-requires-consent", "78 secrecy-limited-to-employment", "84 blanket-political-ban",
          "92 internal-reporting-first",
        ]
      ),
      (
        "teerlinghoven-2025",
        [
          "39 secrecy-limited-to-employment", "56 report-without-addressee", "69 gift-requires-consent",
          "83 internal-reporting-first", "89 broken-reference",
        ]
      ),
      // A second measuring round, the two-hundred-and-first to two-hundred-and-third batches, run
      // after all of the session's changes before it, before any of their own: 13 of 15 found, 8
      // findings a reader would not give (7 on the six compliant codes). Since: 15 of 15, none left.
      // (Artikel 7 lid 3's report to no one missed before this round's changes, its duty lost behind
      // two time clauses, and the obligation reported missing instead; found since.)
      (
        "corsloo-2025",
        [
          "66 report-without-addressee", "76 gift-requires-consent", "87 secrecy-limited-to-employment",
          "104 internal-reporting-first", "110 broken-reference",
        ]
      ),
      ("dommelbroek-2024", ["91 prohibition-permission-unlinked"]),
      ("fleerhoven-2026", []),
      ("lonneveld-2024", []),
      // (Artikel 11's gifts kept missed before this round's changes; found since.)
      (
        "kwadendijk-2025",
        [
          "60 report-without-addressee", "73 gift-requires-consent", "86 secrecy-limited-to-employment",
          "98 broken-reference", "108 internal-reporting-first",
        ]
      ),
      (
        "sollerveen-2025",
        [
          "43 report-without-addressee", "60 gift-requires-consent", "67 broken-reference",
          "72 secrecy-limited-to-employment", "84 internal-reporting-first",
        ]
      ),
      // A third measuring round, the two-hundred-and-fourth to two-hundred-and-sixth batches (session
      // of 6 December, second), run after all of the session's changes before it, before any of
      // their own: 15 of 15 found, 9 findings a reader would not give (8 on the six compliant codes).
      // Since: none left.
      (
        "glinsterveen-2025",
        [
          "53 report-without-addressee", "61 gift-requires-consent", "69 secrecy-limited-to-employment",
          "81 internal-reporting-first", "91 broken-reference",
        ]
      ),
      (
        "lammerwolde-2025",
        [
          "68 gift-requires-consent", "78 secrecy-limited-to-employment", "83 blanket-political-ban",
          "90 internal-reporting-first", "97 broken-reference",
        ]
      ),
      (
        "wartenzijl-2025",
        [
          "63 gift-requires-consent", "71 report-without-addressee", "78 secrecy-limited-to-employment",
          "100 internal-reporting-first", "110 broken-reference",
        ]
      ),
      // A fourth measuring round, the two-hundred-and-seventh to two-hundred-and-ninth batches, run
      // after all of the session's changes before it, before any of their own: 15 of 15 found, 4
      // findings a reader would not give (all on the six compliant codes). Since: 1 left.
      (
        "heckerwoude-2025",
        [
          "61 report-without-addressee", "74 gift-requires-consent", "77 broken-reference",
          "90 secrecy-limited-to-employment", "110 internal-reporting-first",
        ]
      ),
      (
        "lindersloot-2025",
        [
          "53 broken-reference", "63 report-without-addressee", "69 gift-requires-consent",
          "79 secrecy-limited-to-employment", "95 internal-reporting-first",
        ]
      ),
      (
        "terwoldermade-2024",
        [
          "54 broken-reference", "73 gift-requires-consent", "84 secrecy-limited-to-employment",
          "92 blanket-political-ban", "108 internal-reporting-first",
        ]
      ),
      // (Its false finding, lid 3's report read as going nowhere, gone in the session of 6 December
      // (fourth): "geef je eerst op" is the declaration lid 1's "doe je opgave" sends to the
      // leidinggevende.)
      ("kempenveld-2025", []),
      ("ommerwolde-2026", []),
      // A fifth measuring round, the two-hundred-and-tenth to two-hundred-and-twelfth batches, run
      // after all of the session's changes before it, before any of their own: 14 of 15 found, 5
      // findings a reader would not give (3 on the six compliant codes). Since: 15 of 15, none left.
      (
        "dalsterveen-2025",
        [
          "61 report-without-addressee", "67 gift-requires-consent", "69 broken-reference",
          "77 secrecy-limited-to-employment", "89 internal-reporting-first",
        ]
      ),
      // (2.1's secrecy missed before this round's changes, "dienstverband/inhuur" one word; found
      // since.)
      (
        "kolsterdam-2025",
        [
          "31 secrecy-limited-to-employment", "57 broken-reference", "66 gift-requires-consent",
          "74 report-without-addressee", "78 internal-reporting-first",
        ]
      ),
      (
        "rundervoorde-2025",
        [
          "52 report-without-addressee", "62 gift-requires-consent", "70 secrecy-limited-to-employment",
          "86 internal-reporting-first", "98 broken-reference",
        ]
      ),
      // (False before the round's changes: "breng je de calamiteitencoördinator van dienst op de
      // hoogte", a title the lexicon does not know; read since.)
      ("ipmerwaard-2024", []),
      ("pekelmarken-2026", []),
      // A sixth measuring round, the two-hundred-and-thirteenth to two-hundred-and-fifteenth
      // batches, run after all of the session's changes before it, before any of their own: 15 of
      // 15 found, 6 findings a reader would not give (5 on the six compliant codes). Since: 1 left.
      (
        "hardenmark-2024",
        [
          "30 prohibition-permission-unlinked", "40 side-activities-beyond-act", "50 gift-requires-consent",
          "64 broken-reference", "72 blanket-political-ban", "82 internal-reporting-first",
        ]
      ),
      (
        "jorkeveen-2026",
        [
          "42 broken-reference", "56 report-without-addressee", "64 gift-requires-consent",
          "74 secrecy-limited-to-employment", "92 internal-reporting-first",
        ]
      ),
      // (4.2's "doet niet ter zake" read as a ban on side work before this round's changes; gone.)
      (
        "wierumerhout-2024",
        [
          "63 gift-requires-consent", "67 broken-reference", "71 secrecy-limited-to-employment",
          "81 blanket-political-ban", "89 internal-reporting-first",
        ]
      ),
      // A seventh measuring round, the two-hundred-and-sixteenth to two-hundred-and-eighteenth
      // batches, run after all of the session's changes before it, before any of their own: 15 of
      // 15 found, 6 findings a reader would not give (4 on the six compliant codes). Since: 1 left.
      (
        "feddersloot-2025",
        [
          "54 broken-reference", "60 gift-requires-consent", "68 secrecy-limited-to-employment",
          "72 blanket-political-ban", "80 internal-reporting-first",
        ]
      ),
      (
        "marskerveen-2025",
        [
          "48 secrecy-limited-to-employment", "52 blanket-political-ban", "72 gift-requires-consent",
          "78 broken-reference", "85 internal-reporting-first",
        ]
      ),
      // (5.3 and 7.3, reports to "je ploegbaas", read as going nowhere before this round's changes.)
      (
        "ruggerveen-2025",
        [
          "49 report-without-addressee", "57 gift-requires-consent", "67 secrecy-limited-to-employment",
          "87 internal-reporting-first", "91 broken-reference",
        ]
      ),
      // An eighth measuring round, the two-hundred-and-nineteenth to two-hundred-and-twenty-first
      // batches, run after all of the session's changes before it, before any of their own: 14 of
      // 15 found, 12 findings a reader would not give (11 on the six compliant codes). Since: none
      // left. (Brederzand 5.2's prohibition-permission-unlinked is counted fair, as before.)
      (
        "brederzand-2025",
        [
          "54 report-without-addressee", "66 broken-reference", "72 prohibition-permission-unlinked",
          "72 gift-requires-consent", "82 secrecy-limited-to-employment", "100 internal-reporting-first",
        ]
      ),
      // (Garrelsmade has an info of its own, its 'geldt voor' without temporary agency workers.)
      ("garrelsmade-2026", []),
      (
        "kloostervenne-2025",
        [
          "40 broken-reference", "54 gift-requires-consent", "62 secrecy-limited-to-employment", "72 blanket-political-ban",
          "80 internal-reporting-first",
        ]
      ),
      (
        "wammerveen-2024",
        [
          "47 broken-reference", "54 report-without-addressee", "63 gift-requires-consent",
          "75 secrecy-limited-to-employment", "87 internal-reporting-first",
        ]
      ),
      // A ninth measuring round, the two-hundred-and-twenty-second to two-hundred-and-twenty-fourth
      // batches, run after all of the session's changes before it, before any of their own: 14 of
      // 15 found (Jortwolde 8.2, "Je stapt … niet naar het Huis voor Klokkenluiders … voordat …",
      // missed), 3 findings a reader would not give (2 on the six compliant codes). Since: none
      // left. (Caldermark's prohibition-permission-unlinked is counted fair, as before.)
      (
        "baldersvenne-2025",
        [
          "35 broken-reference", "52 gift-requires-consent", "63 secrecy-limited-to-employment", "68 blanket-political-ban",
          "76 internal-reporting-first",
        ]
      ),
      ("caldermark-2024", ["75 prohibition-permission-unlinked"]),
      (
        "jortwolde-2025",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "45 gift-requires-consent",
          "63 broken-reference", "69 secrecy-limited-to-employment", "89 internal-reporting-first",
        ]
      ),
      ("lemsterwaarde-2024", []),
      (
        "rommelwaard-2025",
        [
          "44 gift-requires-consent", "72 secrecy-limited-to-employment", "80 blanket-political-ban",
          "88 internal-reporting-first", "94 broken-reference",
        ]
      ),
      // A tenth measuring round, the two-hundred-and-twenty-fifth to two-hundred-and-twenty-seventh
      // batches, run after all of the session's changes before it, before any of their own: 14 of 15
      // found (Sebbelwaarde 5.1, the time in a "Wanneer:" line of its own, missed), 6 findings a
      // reader would not give (5 on the six compliant codes). Since: 1 left.
      (
        "gastervoorde-2025",
        [
          "55 broken-reference", "66 report-without-addressee", "72 gift-requires-consent",
          "80 secrecy-limited-to-employment", "93 internal-reporting-first",
        ]
      ),
      (
        "ossenmade-2025",
        [
          "59 report-without-addressee", "66 gift-requires-consent", "72 broken-reference",
          "78 secrecy-limited-to-employment", "93 internal-reporting-first",
        ]
      ),
      (
        "sebbelwaarde-2025",
        [
          "66 report-without-addressee", "76 gift-requires-consent", "93 secrecy-limited-to-employment",
          "113 internal-reporting-first", "124 broken-reference",
        ]
      ),
      // (False, left: "Een bestuursfunctie … geef je wel op", its recipient in 3.3, and 3.5 "De
      // afdeling HR registreert alle opgaven"; Tjallemonde has an info of its own.)
      ("kievelwaard-2025", ["52 report-without-addressee"]),
      ("tjallemonde-2024", []),
      // An eleventh measuring round, the two-hundred-and-twenty-eighth to two-hundred-and-thirty-
      // second batches, run after all of the session's changes before it, before any of their own:
      // 22 of 25 found (Beltermolen 3.3, Marnewoude 7.1 and Velsterdonk 7.2 missed), 9 findings a
      // reader would not give (5 on the ten compliant codes). Since: 25 of 25 found, 2 left.
      (
        "beltermolen-2025",
        [
          "2 missing-obligation", "46 report-without-addressee", "60 gift-requires-consent", "78 blanket-political-ban",
          "84 internal-reporting-first",
        ]
      ),
      (
        "marnewoude-2025",
        [
          "45 broken-reference", "68 prohibition-permission-unlinked", "69 gift-requires-consent",
          "84 secrecy-limited-to-employment", "94 blanket-political-ban", "106 internal-reporting-first",
        ]
      ),
      // (False, left: 2.2 b, a case "… die … een vergunning … aanvraagt" read as a permission regime.)
      ("kortenwijde-2026", ["40 side-activities-beyond-act", "102 prohibition-permission-unlinked"]),
      // (False, left: misuse of powers said missing; 1.2 "De toegang die je hebt tot de burgemeester
      // … gebruik je nooit om iets te regelen voor jezelf, voor familie …" is taken for relations.)
      (
        "velsterdonk-2025",
        [
          "2 missing-obligation", "35 report-without-addressee", "53 gift-requires-consent",
          "63 secrecy-limited-to-employment", "75 blanket-political-ban", "77 prohibition-permission-unlinked",
          "87 broken-reference",
        ]
      ),
      (
        "doornhaar-2025",
        [
          "38 broken-reference", "42 side-activities-beyond-act", "62 gift-requires-consent",
          "72 secrecy-limited-to-employment", "84 internal-reporting-first",
        ]
      ),
      (
        "sprokkelveen-2025",
        [
          "56 broken-reference", "62 gift-requires-consent", "70 secrecy-limited-to-employment", "78 blanket-political-ban",
          "88 internal-reporting-first",
        ]
      ),
      // A twelfth measuring round, the two-hundred-and-thirty-third to two-hundred-and-thirty-fifth
      // batches, run after all of the session's changes before it, before any of their own: 12 of
      // 15 found (Dalvenhorst 2.1, Isselwoude 8.3 and Wielsterdam 2.2 missed), 10 findings a reader
      // would not give (8 on the six compliant codes). Since: 15 of 15 found, 2 left.
      (
        "dalvenhorst-2025",
        [
          "30 gift-requires-consent", "34 broken-reference", "60 secrecy-limited-to-employment",
          "81 internal-reporting-first", "87 report-without-addressee",
        ]
      ),
      // (Their false findings before this round mended; an info of their own on hired staff.)
      ("brakelmeer-2024", []),
      ("kerspelmarken-erfgoed-2025", []),
      // (False, left: § 13 "Worden nevenfuncties openbaar? Alleen die van …", publication said missing.)
      ("hoornwierde-2026", ["2 missing-obligation"]),
      (
        "isselwoude-2025",
        [
          "55 gift-requires-consent", "61 broken-reference", "67 secrecy-limited-to-employment", "73 blanket-political-ban",
          "84 internal-reporting-first",
        ]
      ),
      // (False, left: 7.1, neutrality "In het stembureau en tijdens de telling", read as a blanket ban.)
      (
        "wielsterdam-2025",
        [
          "32 report-without-addressee", "58 gift-requires-consent", "66 secrecy-limited-to-employment",
          "74 blanket-political-ban", "76 blanket-political-ban", "84 internal-reporting-first",
        ]
      ),
      // A thirteenth measuring round, the two-hundred-and-thirty-sixth to two-hundred-and-thirty-
      // eighth batches, run after all of the session's changes before it, before any of their own:
      // 15 of 15 found, 10 findings a reader would not give (all on the six compliant codes).
      // Since: 2 left.
      (
        "bormerhoek-2025",
        [
          "2 missing-obligation", "58 gift-requires-consent", "72 secrecy-limited-to-employment", "86 broken-reference",
          "90 internal-reporting-first",
        ]
      ),
      // (False, left: Artikel 5 lid 3's report "die je al verricht of wilt gaan verrichten" cut short.)
      ("gaverdonk-2026", ["2 missing-obligation"]),
      ("kwestervoort-2026", ["84 prohibition-permission-unlinked"]),
      (
        "lommerzande-2025",
        [
          "37 report-without-addressee", "52 broken-reference", "64 gift-requires-consent",
          "79 secrecy-limited-to-employment", "89 internal-reporting-first",
        ]
      ),
      // (Artikel 14 lid 3, a consequence of a report "volgens artikel 6", false before, mended in the
      // eighteenth measuring round: a report made the way another rule says goes where that rule says.)
      ("sprengelwaard-jongerenwerk-2025", []),
      (
        "wolvenzijl-2025",
        [
          "54 broken-reference", "61 gift-requires-consent", "70 secrecy-limited-to-employment", "78 blanket-political-ban",
          "84 internal-reporting-first",
        ]
      ),
      // A fourteenth and a fifteenth measuring round, the two-hundred-and-thirty-ninth to two-
      // hundred-and-forty-fourth batches, run before any change of the session to the linter: 30
      // of 30 found, 14 findings a reader would not give (13 on the twelve compliant codes). Since:
      // 2 left.
      (
        "hengelwaarde-2026",
        [
          "48 broken-reference", "63 gift-requires-consent", "74 secrecy-limited-to-employment", "78 superseded-law",
          "114 internal-reporting-first",
        ]
      ),
      // (False, left: 2.5's "Wel: integriteit bespreken …" read as a permission. Fair: 5.1, a gift
      // allowance with no report or consent below the limit.)
      (
        "rietzande-2025",
        [
          "2 missing-obligation", "21 prohibition-permission-unlinked", "39 prohibition-permission-unlinked",
          "46 prohibition-permission-unlinked", "64 prohibition-permission-unlinked", "64 gift-requires-consent",
          "82 prohibition-permission-unlinked", "91 prohibition-permission-unlinked",
        ]
      ),
      (
        "dokkelstroom-2026",
        [
          "2 missing-obligation", "55 gift-requires-consent", "68 secrecy-limited-to-employment", "71 superseded-law",
          "87 internal-reporting-first",
        ]
      ),
      (
        "bokkerwijde-omgevingsdienst-2026",
        [
          "62 broken-reference", "77 gift-requires-consent", "88 secrecy-limited-to-employment", "92 superseded-law",
          "111 internal-reporting-first",
        ]
      ),
      ("kolkerveld-werkorganisatie-2026", ["66 prohibition-permission-unlinked"]),
      ("stelkerwolde-2025", ["52 prohibition-permission-unlinked"]),
      (
        "averswolde-sportbedrijf-2026",
        [
          "39 broken-reference", "49 gift-requires-consent", "77 secrecy-limited-to-employment", "81 superseded-law",
          "97 internal-reporting-first",
        ]
      ),
      // (Fair: art. 6 is said nowhere in these two.)
      ("nierhoven-omgevingsdienst-2025", ["2 missing-obligation"]),
      ("vriesenloo-2026", ["2 missing-obligation"]),
      (
        "ebbelwolde-belastingen-2026",
        [
          "71 gift-requires-consent", "81 secrecy-limited-to-employment", "83 superseded-law", "94 broken-reference",
          "107 internal-reporting-first",
        ]
      ),
      (
        "carsterland-ggd-2026",
        [
          "38 prohibition-permission-unlinked", "68 gift-requires-consent", "72 broken-reference",
          "78 secrecy-limited-to-employment", "80 superseded-law", "106 internal-reporting-first",
        ]
      ),
      // (Misuse of powers in 1.2, taken for relations by the words of family, false before; mended
      // in the twentieth measuring round: every item of a listed object keeps its topic.)
      ("gerdersloot-2026", []),
      // A sixteenth measuring round, the two-hundred-and-forty-fifth to -seventh batches, run after
      // all of the session's changes before it, before any of their own: 15 of 15 found, 7 findings
      // a reader would not give (all on the six compliant codes). Since: 5 left.
      (
        "yperveen-2025",
        [
          "2 missing-obligation", "45 report-without-addressee", "67 gift-requires-consent",
          "83 secrecy-limited-to-employment", "93 blanket-political-ban",
        ]
      ),
      // (False, left: the coach's answers on registering and publishing side activities and on harmful
      // side work, and the Wob of the question its answer corrects. Fair: art. 6 said nowhere.)
      (
        "isperwaal-2026",
        ["2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "72 superseded-law"]
      ),
      // (False, left: a restriction to one's own cases in a relative clause.)
      ("jorvelde-2026", ["77 blanket-political-ban"]),
      // (3.5's report in doubt, false before the round's changes, mended; its notices remain.)
      ("elsmerwijde-2025", []),
      (
        "falsterwijde-ict-2026",
        [
          "2 missing-obligation", "69 secrecy-limited-to-employment", "79 blanket-political-ban",
          "91 report-without-addressee", "99 internal-reporting-first",
        ]
      ),
      // (Fair: intended side activities not reported follows from the planted ban on all of them.)
      (
        "cremmerland-2026",
        [
          "2 missing-obligation", "2 missing-obligation", "51 side-activities-beyond-act", "72 secrecy-limited-to-employment",
          "86 report-without-addressee", "91 prohibition-permission-unlinked", "94 blanket-political-ban",
        ]
      ),
      // A seventeenth measuring round, the two-hundred-and-forty-eighth to -fiftieth batches, run after
      // all of the session's changes before it, before any of their own: 14 of 15 found, 6 findings
      // a reader would not give (all on the six compliant codes). Since: 15 of 15, 1 left.
      (
        "waterschap-beltervenen-2025",
        [
          "2 missing-obligation", "52 report-without-addressee", "93 secrecy-limited-to-employment",
          "102 blanket-political-ban", "111 internal-reporting-first",
        ]
      ),
      // (Fair: art. 6, and preventing discrimination, said nowhere.)
      ("laarsterveen-2026", ["2 missing-obligation", "2 missing-obligation"]),
      // (False, left: the secretary's duty to register reported side activities read as the
      // employee's report to no one.)
      ("tappenwolde-2025", ["57 report-without-addressee"]),
      (
        "gommelwaard-omgevingsdienst",
        [
          "2 missing-obligation", "47 report-without-addressee", "87 secrecy-limited-to-employment", "91 superseded-law",
          "102 blanket-political-ban",
        ]
      ),
      (
        "fladdermonde-2025",
        [
          "2 missing-obligation", "40 report-without-addressee", "48 side-activities-beyond-act",
          "81 secrecy-limited-to-employment", "91 blanket-political-ban",
        ]
      ),
      // (Counted fair as before: a permission and a ban on gifts without their relation stated.)
      ("stevelwolde-2026", ["75 prohibition-permission-unlinked"]),
      // An eighteenth measuring round, the two-hundred-and-fifty-first to -third batches, run after
      // all of the session's changes before it, before any of their own: 11 of 15 found, 9 findings
      // a reader would not give (8 on the six compliant codes). Since: 12 of 15, 3 left.
      // (Missed, left: a report in the first person whose condition's relative clause names a
      // team; the ban on membership in the first person found since the nineteenth round.)
      (
        "aldenmarken-2026",
        ["2 missing-obligation", "79 secrecy-limited-to-employment", "94 blanket-political-ban", "107 internal-reporting-first"]
      ),
      // (Fair: art. 6 said nowhere.)
      ("rossenwaard-2025", ["2 missing-obligation"]),
      // (False, left: Artikel 5 lid 4's recipient read inside a relative clause that no comma
      // closes; the political ban after a ground with no comma found since the nineteenth round.)
      (
        "dekselmonde-belastingsamenwerking-2026",
        [
          "2 missing-obligation", "37 report-without-addressee", "50 report-without-addressee",
          "65 secrecy-limited-to-employment", "71 blanket-political-ban", "88 internal-reporting-first",
        ]
      ),
      // (Fair: art. 6 and the misuse of powers said nowhere; a permission and a ban on gifts.)
      ("nobbelveen-2026", ["2 missing-obligation", "2 missing-obligation", "73 prohibition-permission-unlinked"]),
      (
        "kroosmarken-ggd-2025",
        [
          "2 missing-obligation", "40 superseded-law", "50 report-without-addressee", "76 prohibition-permission-unlinked",
          "76 gift-requires-consent", "86 blanket-political-ban",
        ]
      ),
      // (8.1's recipient in a fragment after the report, false before the round's changes, mended;
      // its notices remain.)
      ("ilsenwaarde-2026", []),
      ("zwerlingen-2026", []),
      // A nineteenth measuring round, the two-hundred-and-fifty-fourth to -sixth batches, run after
      // the session's changes before each batch, before any of its own (session of 6 December 2026,
      // seventh): 13 of 15 planted problems found, 5 findings a reader would not give on the six
      // compliant codes; after its changes 15 of 15 and none.
      (
        "borgelwaarde-2025",
        [
          "2 missing-obligation", "37 report-without-addressee", "66 secrecy-limited-to-employment",
          "76 blanket-political-ban", "88 internal-reporting-first",
        ]
      ),
      (
        "holtermeden-rud-2026",
        [
          "2 missing-obligation", "34 report-without-addressee", "70 secrecy-limited-to-employment", "72 superseded-law",
          "80 blanket-political-ban",
        ]
      ),
      (
        "gerstenwolde-2026",
        [
          "2 missing-obligation", "40 report-without-addressee", "74 secrecy-limited-to-employment",
          "86 blanket-political-ban", "94 prohibition-permission-unlinked", "104 internal-reporting-first",
        ]
      ),
      // (Notices only.)
      ("hakkelvoort-2025", []),
      // (A permission and a ban on the same kind of thing, twice: not counted in a measuring round.)
      ("osterwaarde-2026", ["36 prohibition-permission-unlinked", "81 prohibition-permission-unlinked"]),
      // A twentieth measuring round, the two-hundred-and-fifty-seventh to -ninth batches (session of
      // 6 December 2026, seventh): 13 of 15 planted problems found and 9 findings a reader would not
      // give (7 on the six compliant codes) before its changes; after them 15 of 15 and 3 left.
      (
        "kobbelmeer-recreatieschap",
        [
          "2 missing-obligation", "36 prohibition-permission-unlinked", "41 blanket-political-ban",
          "60 report-without-addressee", "78 prohibition-permission-unlinked", "78 gift-requires-consent",
          "93 secrecy-limited-to-employment",
        ]
      ),
      // (Fair: art. 6 said nowhere. False, left: the prevention of conflicts of interest said missing
      // in a code whose rules on side activities, interests and gifts prevent them.)
      ("verkelzande-2025", ["2 missing-obligation", "2 missing-obligation"]),
      // (Fair: art. 6 said nowhere.)
      ("calmerveen-omgevingsdienst", ["2 missing-obligation", "28 prohibition-permission-unlinked"]),
      (
        "elsterdonk-2025",
        [
          "2 missing-obligation", "43 report-without-addressee", "79 secrecy-limited-to-employment",
          "91 blanket-political-ban", "113 internal-reporting-first",
        ]
      ),
      // (Fair: the prevention of discrimination said nowhere.)
      ("laverwijde", ["2 missing-obligation"]),
      (
        "fimmerstroom-waterschap-2025",
        [
          "2 missing-obligation", "57 report-without-addressee", "77 secrecy-limited-to-employment",
          "91 blanket-political-ban", "115 internal-reporting-first",
        ]
      ),
      // (Fair: art. 6, the misuse of powers and the prevention of discrimination said nowhere. False,
      // left: 2.9's recipient after the verb of a clause of time.)
      (
        "jeldermonde-2025",
        ["2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "45 report-without-addressee"]
      ),
      // (Fair: art. 6 and art. 8 lid 1 b said nowhere, consent asked only above € 25.)
      ("ummerwolde", ["2 missing-obligation", "2 missing-obligation", "50 gift-requires-consent"]),
      (
        "arkelvenne-2026",
        [
          "2 missing-obligation", "32 report-without-addressee", "62 secrecy-limited-to-employment",
          "71 blanket-political-ban", "79 internal-reporting-first",
        ]
      ),
      // (Fair: art. 6 said nowhere.)
      ("molsterwaarde-2025", ["2 missing-obligation"]),
      // (Fair: art. 6 said nowhere, beside the eed or belofte left out.)
      (
        "holsterdonk-vr-2025",
        [
          "2 missing-obligation", "2 missing-obligation", "47 report-without-addressee", "73 secrecy-limited-to-employment",
          "83 blanket-political-ban", "103 internal-reporting-first",
        ]
      ),
      // (Fair: art. 6 said nowhere.)
      ("immerwolde-2026", ["2 missing-obligation", "110 prohibition-permission-unlinked"]),
      (
        "drevelmaas-2025",
        [
          "2 missing-obligation", "34 report-without-addressee", "59 gift-requires-consent", "70 secrecy-limited-to-employment",
          "83 prohibition-permission-unlinked", "85 blanket-political-ban",
        ]
      ),
      (
        "geestmerland-2026",
        [
          "2 missing-obligation", "54 report-without-addressee", "78 secrecy-limited-to-employment", "81 superseded-law",
          "91 blanket-political-ban",
        ]
      ),
      // (Fair: art. 6 and the prevention of discrimination said nowhere.)
      ("elzendijk-2026", ["2 missing-obligation", "2 missing-obligation", "66 prohibition-permission-unlinked"]),
      // (Fair: art. 8 lid 2 a said missing in a code that bans all side activities.)
      (
        "flierenmark-ggd-2026",
        [
          "2 missing-obligation", "2 missing-obligation", "45 secrecy-limited-to-employment",
          "59 side-activities-beyond-act", "70 report-without-addressee", "89 blanket-political-ban",
        ]
      ),
      // (False, left: 2.1's "wij verwachten niet dat je dat vermijdt", a duty denied, read as a ban
      // on all side activities; the Adviespunt Klokkenluiders named as the body replaced.)
      (
        "orkelvenne-2026",
        ["19 prohibition-permission-unlinked", "31 side-activities-beyond-act", "88 superseded-law"]
      ),
      // (Missed, left: 3.1's report, the colleague one hands a case over to taken for its recipient.)
      (
        "jisperstromen-waterschap-2025",
        [
          "2 missing-obligation", "70 secrecy-limited-to-employment", "72 superseded-law", "76 blanket-political-ban",
        ]
      ),
      ("nuddewijk-2026", ["87 prohibition-permission-unlinked", "89 prohibition-permission-unlinked"]),
      // (Fair: art. 6 said nowhere.)
      ("tjalmerland-omgevingsdienst", ["2 missing-obligation"]),
      // A twenty-third measuring round, the two-hundred-and-sixty-sixth to -eighth batches (session
      // of 7 December 2026): 15 of 15 planted problems found and 5 findings a reader would not give
      // (3 on the six compliant codes) before its changes; after them 15 of 15 and none left.
      (
        "alverdonk-2026",
        [
          "2 missing-obligation", "43 report-without-addressee", "91 secrecy-limited-to-employment",
          "103 blanket-political-ban", "119 internal-reporting-first",
        ]
      ),
      // (Fair: the register and the reporting of side activities, in a code that bans them all.)
      (
        "bommelvenne-2026",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "39 side-activities-beyond-act",
          "45 secrecy-limited-to-employment", "57 blanket-political-ban", "77 report-without-addressee",
          "83 prohibition-permission-unlinked",
        ]
      ),
      // (Fair: art. 6 said nowhere.)
      ("hasselterdam-2025", ["2 missing-obligation", "103 prohibition-permission-unlinked"]),
      // (Notices only: two obligations covered via the regulation it names.)
      ("dorsmerland-vr-2025", []),
      // A twenty-fourth measuring round, the two-hundred-and-sixty-ninth and -seventieth batches
      // (same session): 10 of 10 planted problems found and 4 findings a reader would not give (1 on
      // the four compliant codes) before its changes; after them 10 of 10 and 1 left.
      (
        "joppenland-provincie-2026",
        [
          "2 missing-obligation", "45 report-without-addressee", "61 secrecy-limited-to-employment", "65 superseded-law",
          "71 blanket-political-ban",
        ]
      ),
      ("corbelwaard-2025", []),
      // (False, left: 2.4's delivery to the organisation asked in a question, not read as a public
      // supply.)
      ("prummerdal-werkorganisatie-2026", ["2 missing-obligation"]),
      // (Fair: the register, publication and reporting of side activities, in a code that bans them
      // all.)
      (
        "ettelstromen-waterschap-2026",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "43 report-without-addressee", "48 side-activities-beyond-act", "91 superseded-law", "103 blanket-political-ban",
        ]
      ),
      ("loddervoort-2025", []),
      // (Fair: gifts up to € 25 kept with no report, as Rietzande 5.1.)
      ("trekkelmade-2026", ["56 gift-requires-consent"]),
      // A twenty-fifth measuring round, the two-hundred-and-seventy-first and -second batches
      // (session of 7 December, second): 9 of 10 planted problems found and 8 findings a reader
      // would not give (1 on the four compliant codes) before their changes; after them 10 of 10
      // and 1 left. (False, left: art. 8 lid 1 d and lid 2 b beside 2.4 and its annex. Fair: the
      // register of intended side activities, in a code that bans them all.)
      (
        "bruinemeer-omgevingsdienst-2026",
        [
          "2 missing-obligation", "2 missing-obligation", "2 missing-obligation",
          "35 report-without-addressee", "47 side-activities-beyond-act", "69 secrecy-limited-to-employment",
          "81 blanket-political-ban",
        ]
      ),
      ("nijvelstad-2025", []),
      // (Fair: art. 6 said nowhere.)
      ("wadderhem-2026", ["2 missing-obligation"]),
      (
        "ansmerland-provincie-2026",
        [
          "2 missing-obligation", "37 prohibition-permission-unlinked", "49 report-without-addressee",
          "90 secrecy-limited-to-employment", "93 superseded-law", "104 blanket-political-ban",
        ]
      ),
      ("gulderwaard-belastingen-2025", []),
      ("spekkelwolde-2026", []),
      // (The two-hundred-and-seventy-third batch: 5 of 5 planted problems found, the secrecy as
      // art. 9 not covered; 2 findings a reader would not give on the two compliant codes before
      // its changes, art. 6 beside a title "goed ambtenaarschap"; none after.)
      (
        "helsterland-ggd-2026",
        [
          "2 missing-obligation", "2 missing-obligation", "53 report-without-addressee", "83 blanket-political-ban",
          "115 internal-reporting-first",
        ]
      ),
      ("morrelwijde-2026", []),
      ("olmerstreek-werkorganisatie-2025", []),
      (
        "ruitenmarken-omgevingsdienst-2025",
        [
          "2 missing-obligation", "32 secrecy-limited-to-employment", "38 internal-reporting-first",
          "76 blanket-political-ban", "88 report-without-addressee",
        ]
      ),
    ] as [(String, [String])] {
      let warnings = Self.warnings(in: out, of: file)
      #expect(warnings == found, "\(file): \(warnings)")
    }
    for file in [
      "faldersland-vr", "ggd-holtermarken", "pannenwaard-belastingsamenwerking", "werkorganisatie-schelpenwaard", "beltershoek",
      "ggd-gelmerland-2025", "noorderzijl-vr", "werkorganisatie-wouterskamp", "rakelwaard-2025",
    ] {
      #expect(out.contains("fullcodes/\(file).ambt:2:1: warning: obligation AW17-5-1a is not covered"), "\(file)")
    }
    #expect(out.contains("fullcodes/hoogvelden-provincie.ambt:2:1: warning: obligation AW17-8-1c is not covered"))
    #expect(out.contains("fullcodes/crommenland-omgevingsdienst.ambt:2:1: warning: obligation AW17-5-1c is not covered"))
    // (The helper put '# Slot' after the annexes in the ninety-seventh batch: an error of the language.)
    for file in ["ggd-gelmerland-2025", "hoornemade-2024", "kampervelden-provincie-2026"] {
      #expect(
        out.split(separator: "\n").contains {
          $0.contains("fullcodes/\(file).ambt:") && $0.contains(": error: '# Slot' after an annex")
        }, "\(file)")
    }
    #expect(!out.contains("fullcodes/brummelveen.ambt:2:1: warning: obligation AW17-5-1a is not covered"))
    #expect(out.contains("fullcodes/gravenlo.ambt:2:1: warning: obligation AW17-5-1a is not covered"))
    #expect(out.contains("fullcodes/archiefdienst-dinxelwaard.ambt:2:1: warning: obligation AW17-5-1c is not covered"))
    #expect(out.contains("fullcodes/omgevingsdienst-oudemarken.ambt:2:1: warning: obligation AW17-5-1c is not covered"))
    #expect(out.contains("fullcodes/ruischerwolde-handhaving.ambt:2:1: warning: obligation AW17-5-1c is not covered"))
    for file in [
      "ebbenwaard", "provincie-lauwerland", "sassenwaard", "bolderwijk", "omgevingsdienst-maasheuvel", "querenbeek",
      "castelree", "omgevingsdienst-kroonenwaard", "quakeldijk", "fokkelmade", "provincie-oostergouw",
      "nessewaard-hoogheemraadschap", "archiefdienst-elsenwaard", "eemsterland-omgevingsdienst", "isd-nijverwaard",
      "werkorganisatie-zwanevliet", "belastingsamenwerking-bovenlinge", "provincie-linderwaard", "zuidervenen-ggd",
      "dalmerwaard-werkorganisatie", "noordermaas-belastingen", "waterschap-veenstromen", "dienst-sociale-zaken-ameldrecht",
      "meerwoldingen-werkorganisatie", "rid-vorstenmade", "afvalinzameling-hettelland", "omgevingsdienst-lindermeer",
      "waterschap-schoonevliet",
    ] as [String] {
      #expect(out.contains("fullcodes/\(file).ambt:2:1: warning: obligation AW17-5-1a is not covered"), "\(file)")
    }
    #expect(out.contains("fullcodes/lingeweide.ambt:2:1: warning: obligation AW17-5-1a is not covered"))
    #expect(
      out.contains(
        "fullcodes/omgevingsdienst-loosterveen.ambt:2:1: warning: obligation AW17-8-2a is covered only in part by rule 'Artikel 4'"
      ))
    #expect(out.contains("fullcodes/kortevoorde.ambt:2:1: warning: obligation AW17-9 is not covered"))
    #expect(
      out.contains("fullcodes/broekhorst.ambt:2:1: warning: obligation AW17-8-2a is covered only in part by rule '3.1.'"))
    #expect(out.contains("fullcodes/broekhorst.ambt:2:1: warning: obligation AW17-5-1a is not covered"))
    #expect(
      out.contains("fullcodes/brakelzande.ambt:2:1: warning: obligation AW17-8-2a is covered only in part by rule '3.2.'"))
    #expect(out.contains("fullcodes/elsterbroek.ambt:2:1: warning: obligation AW17-8-1c is not covered"))
    #expect(
      out.contains(
        "fullcodes/sluisveen.ambt:2:1: warning: obligation AW17-8-2a is covered only in part by rule 'Artikel 8': unpaid side activities too is missing"
      ))
    #expect(out.contains("fullcodes/sluisveen.ambt:2:1: warning: obligation AW17-8-1c is not covered"))
    #expect(
      out.contains(
        "fullcodes/roerdamme.ambt:2:1: warning: obligation AW17-8-2a is covered only in part by rule 'Artikel 6': unpaid side activities too is missing"
      ))
    #expect(out.contains("fullcodes/veiligheidsregio-sluisveen.ambt:2:1: warning: obligation AW17-8-1c is not covered"))
    for code in ["belastingsamenwerking-geulvallei", "waterschap-wierlanden"] {
      #expect(out.contains("fullcodes/\(code).ambt:2:1: warning: obligation AW17-8-2a is covered only in part"), "\(code)")
      #expect(out.contains("fullcodes/\(code).ambt:2:1: warning: obligation AW17-5-1a is not covered"), "\(code)")
    }
    #expect(!out.contains("fullcodes/schoutenburg.ambt:2:1: warning: obligation AW17-4-1-belangenverstrengeling is not covered"))
    #expect(
      out.contains(
        "fullcodes/wolderbroek.ambt:2:1: warning: obligation AW17-8-2a is covered only in part by rule 'Artikel 5': unpaid side activities too is missing"
      ))
    for p in [
      "29:10: warning: rule '4.' allows gifts", "65:1: warning: rule '14.' contains a blanket ban",
      "76:1: warning: rule '17.' requires internal reporting first",
      "79:77: warning: rule '18.' refers in its text to 'vraag 20'",
    ] {
      #expect(out.contains("fullcodes/oosterbeemd.ambt:\(p)"), "\(p)")
    }
    #expect(!out.contains("fullcodes/oosterbeemd.ambt:2:1: warning: obligation AW17-4-1-belangenverstrengeling"))
    // The obligations the seventeenth batch left out: publication (Ommerkerk), the oath (Hollemeer).
    #expect(out.contains("fullcodes/ommerkerk.ambt:4:1: warning: obligation AW17-5-1c is not covered"))
    #expect(out.contains("fullcodes/hollemeer.ambt:2:1: warning: obligation AW17-5-1a is not covered"))
    // Hazelaar's missing obligations are art. 5 lid 1 c and art. 9 (a register that is not public
    // and a rule on passwords cover neither).
    let hazelaar = out.split(separator: "\n").filter {
      $0.contains("fullcodes/hazelaar.ambt") && $0.hasSuffix("[missing-obligation]")
    }
    #expect(hazelaar.count == 2 && hazelaar[0].contains("AW17-5-1c") && hazelaar[1].contains("AW17-9 "))
    // Torenveld's findings are its two planted problems only.
    #expect(
      out.split(separator: "\n").filter { $0.contains("fullcodes/torenveld.ambt") && $0.contains(": warning: ") }.count == 2)
    // Schelpwijk's three broken references (a lid of another rule, a lid of its own, a rule), and
    // no finding on its correct ones.
    let schelpwijk = out.split(separator: "\n").filter { $0.contains("fullcodes/schelpwijk.ambt") }
    #expect(schelpwijk.filter { $0.hasSuffix("[broken-reference]") }.count == 3)
    #expect(schelpwijk.filter { !$0.hasSuffix("[broken-reference]") }.allSatisfy { $0.hasSuffix("[pre-wnra-terms]") })
  }

  @Test("the reviewed findings on the five real codes")
  func codes() throws {
    let (code, out, _) = ambt(["lint", "Codes", "--today", "2026-11-24", "--lang", "en", "--fail-on", "warning"])
    #expect(code == 1)
    try assertSnapshot(out, "codes-findings.txt")
    let must = [
      "Codes/leek.ambt", "'Wet bescherming persoonsgegevens'", "'Wet openbaarheid van bestuur'", "'CAR/LLUWO'",
    ]
    for m in must { #expect(out.contains(m)) }
    let alphen = out.split(separator: "\n").filter { $0.hasPrefix("Codes/alphen-aan-den-rijn-2014.ambt") }
    #expect(alphen.contains { $0.contains("[superseded-law]") && $0.contains("Wet bescherming persoonsgegevens") })
    #expect(alphen.contains { $0.contains("[superseded-law]") && $0.contains("'GBA'") })
    #expect(alphen.contains { $0.contains("[review-overdue]") })
  }

  @Test("the real codes with a date, linted under the law on the day they took effect")
  func codesAtAdoption() throws {
    var all = ""
    for (file, day) in [("Codes/alphen-aan-den-rijn-2014.ambt", "2014-01-01"), ("Codes/aalsmeer-2025.ambt", "2025-03-11")] {
      all += ambt(["lint", file, "--today", day, "--lang", "en", "--fail-on", "warning"]).1
    }
    try assertSnapshot(all, "codes-at-adoption.txt")
    // In 2014 the Wbp and the GBA were the law, and the Ambtenarenwet 2017 did not exist.
    let alphen = all.split(separator: "\n").filter { $0.hasPrefix("Codes/alphen") }
    #expect(!alphen.isEmpty && !alphen.contains { $0.contains("[superseded-law]") || $0.contains("Ambtenarenwet 2017, art.") })
    #expect(alphen.contains { $0.contains("AW-125quinquies-1a is not covered") })
  }

  @Test("coverage shows the law at adoption beside the law of today")
  func coverageBoth() throws {
    let (code, out, _) = ambt(
      ["coverage", "Codes/alphen-aan-den-rijn-2014.ambt", "--law", "both", "--today", "2026-11-24", "--format", "markdown"])
    #expect(code == 1)
    try assertSnapshot(out, "alphen-coverage-both.md")
    #expect(out.contains("| wet bij vaststelling (2014-01-01) | wet van 2026-11-24 |"))
    #expect(out.contains("| AW17-9 | Ambtenarenwet 2017, art. 9 | geheimhouding, ook na het dienstverband | AW-125a-3: "))
    #expect(out.contains("| WBK-2 |") && out.contains("(niet in die wet)"))
    let json = ambt(["coverage", "Codes/alphen-aan-den-rijn-2014.ambt", "--law", "both", "--format", "json"]).1
    #expect(json.contains("\"atAdoption\"") && json.contains("\"adoption\": \"2014-01-01\""))
    #expect(ambt(["coverage", "Codes/leek.ambt", "--law", "adoption"]).0 == 2)
  }

  @Test("coverage lists every obligation")
  func coverage() throws {
    let (_, out, _) = ambt(["coverage", "Codes/leek.ambt", "--today", "2026-11-24", "--format", "markdown", "--lang", "en"])
    try assertSnapshot(out, "leek-coverage.md")
    #expect(out.contains("missing"))
  }
}

/// Lint's text output on many files, its lines split once and grouped by the file they are about.
/// (Described by its size: a failed expectation prints its operands.)
struct FullCodeOutput: CustomStringConvertible {
  let lines: [Substring]
  private let byFile: [Substring: [Substring]]
  private static let marker = "fullcodes/"

  init(_ text: String) {
    lines = text.split(separator: "\n")
    var byFile: [Substring: [Substring]] = [:]
    for line in lines {
      if let name = Self.fileName(in: line) { byFile[name, default: []].append(line) }
    }
    self.byFile = byFile
  }

  var fileCount: Int { byFile.count }
  var description: String { "lint output (\(lines.count) lines on \(byFile.count) files)" }

  /// The name between "fullcodes/" and ".ambt" at the start of `text`'s location, if any.
  private static func fileName<S: StringProtocol>(in text: S) -> Substring? {
    guard let start = text.range(of: marker)?.upperBound, let end = text[start...].range(of: ".ambt")?.lowerBound
    else { return nil }
    return Substring(text[start..<end])
  }

  /// The lines about the whole code `file` ("bergveld").
  func lines(of file: String) -> [Substring] { byFile[Substring(file)] ?? [] }

  /// Whether a line holds `text`, which names its file ("fullcodes/bergveld.ambt:29:10: …"): only
  /// that file's lines are read.
  func contains(_ text: String) -> Bool {
    guard let name = Self.fileName(in: text) else { return lines.contains { $0.contains(text) } }
    return (byFile[name] ?? []).contains { $0.contains(text) }
  }

  /// The lines, as `String.split(separator: "\n")` gives them.
  func split(separator: Character) -> [Substring] { lines }
}
