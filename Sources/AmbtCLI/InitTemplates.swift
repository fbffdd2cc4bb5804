import AmbtLint
import AmbtModel

/// The files `ambt init` writes. The CI files call the reusable steps of this repository
/// (`action.yml`, `ci/ambt.gitlab-ci.yml`), so a repository of codes holds a few lines only.
enum InitTemplates {
  /// `OWNER/REPO@REF`: where the action or the GitLab template is hosted.
  struct Reference {
    var repository: String
    var ref: String

    init?(_ text: String) {
      let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
      guard parts.count == 2, parts[0].split(separator: "/").count >= 2, !parts[1].isEmpty,
        !text.contains(where: { $0 == " " || $0 == "\"" || $0 == "'" || $0 == "\n" || $0 == "#" })
      else { return nil }
      repository = parts[0]
      ref = parts[1]
    }
  }

  /// `.ambt-lint` with a comment on each setting and every rule listed, switched off by `#`.
  static func configuration(failOn: String, _ lang: Language) -> String {
    let en = lang == .en
    func t(_ nl: String, _ e: String) -> String { en ? e : nl }
    var s = t(
      """
      # Instellingen voor 'ambt lint'. ambt vindt dit bestand in de huidige map of een bovenliggende
      # map; '--config BESTAND' kiest een ander, '--no-config' geen. Eén instelling per regel,
      # '#' begint een opmerking. Paden gelden vanaf de map van dit bestand.

      # Wat 'ambt lint' zonder argumenten toetst: bestanden of mappen, gescheiden door spaties.
      # Mappen worden doorzocht op .ambt-bestanden (niet in verborgen mappen zoals .git).
      paths = .

      # Vanaf welke ernst de controle faalt (afsluitcode 1): error, warning of info.
      # '--fail-on' op de opdrachtregel gaat voor.
      fail-on = \(failOn)

      # Bevindingen die al bekend zijn en niet opnieuw gemeld worden. Maak de basislijn met
      # 'ambt lint --write-baseline .ambt-baseline.json' en zet dan het # hieronder weg.
      # baseline = .ambt-baseline.json

      # Adres waar de documentatie van ambt gepubliceerd is, voor links in SARIF. Leeg: geen links.
      # docs-url = https://voorbeeld.nl/ambt/docs

      # Regels uitzetten of hun ernst wijzigen: <regel-id> = off | error | warning | info.
      # Hieronder elke regel met zijn standaardernst; zet het # weg om hem te wijzigen.
      # 'ambt explain <regel-id>' legt een regel uit.

      """,
      """
      # Settings for 'ambt lint'. ambt finds this file in the current folder or a parent;
      # '--config FILE' chooses another, '--no-config' none. One setting per line, '#' starts a
      # comment. Paths are relative to the folder of this file.

      # What 'ambt lint' checks without arguments: files or folders, separated by spaces.
      # Folders are searched for .ambt files (not in hidden folders such as .git).
      paths = .

      # From which severity the check fails (exit code 1): error, warning or info.
      # '--fail-on' on the command line comes first.
      fail-on = \(failOn)

      # Findings already known, not reported again. Make the baseline with
      # 'ambt lint --write-baseline .ambt-baseline.json', then remove the # below.
      # baseline = .ambt-baseline.json

      # Where the documentation of ambt is published, for links in SARIF. Empty: no links.
      # docs-url = https://example.org/ambt/docs

      # Switch rules off or change their severity: <rule-id> = off | error | warning | info.
      # Below, every rule with its default severity; remove the # to change it.
      # 'ambt explain <rule-id>' explains a rule.

      """)
    for r in LintRules.all.map(\.descriptor) {
      s += "# \(r.id) = \(r.defaultSeverity.rawValue)".padding(toLength: 52) + "# " + r.title.text(lang) + "\n"
    }
    return s
  }

  /// `.github/workflows/ambt.yml`: the composite action on every push and pull request.
  static func githubWorkflow(_ r: Reference, _ lang: Language) -> String {
    let en = lang == .en
    return """
      # \(en ? "Lints the codes on every push and pull request (written by 'ambt init --ci github')." : "Toetst de codes bij elke push en pull request (geschreven door 'ambt init --ci github').")
      # \(en ? "Settings: .ambt-lint. Findings: annotations, the job summary and code scanning." : "Instellingen: .ambt-lint. Bevindingen: annotaties, de samenvatting van de job en code scanning.")
      name: ambt
      on:
        push:
        pull_request:
      permissions:
        contents: read
        security-events: write
      jobs:
        lint:
          runs-on: ubuntu-latest
          steps:
            - uses: actions/checkout@v5
            - uses: \(r.repository)@\(r.ref)
              with:
                # \(en ? "empty: the paths of .ambt-lint" : "leeg: de paths uit .ambt-lint")
                paths: ""

      """
  }

  /// `.gitlab-ci.yml`: the template included from the project that hosts ambt.
  static func gitlabCI(_ r: Reference, _ lang: Language) -> String {
    let en = lang == .en
    return """
      # \(en ? "Lints the codes in every pipeline (written by 'ambt init --ci gitlab')." : "Toetst de codes in elke pipeline (geschreven door 'ambt init --ci gitlab').")
      # \(en ? "Settings: .ambt-lint. Reports: Code Quality, JUnit, SARIF and JSON, also when lint fails." : "Instellingen: .ambt-lint. Rapporten: Code Quality, JUnit, SARIF en JSON, ook als lint faalt.")
      stages:
        - test
      include:
        - project: \(r.repository)
          ref: \(r.ref)
          file: /ci/ambt.gitlab-ci.yml
      variables:
        AMBT_PROJECT: \(r.repository)
        AMBT_VERSION: \(r.ref)

      """
  }
}
