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
    var s = lang.text("init.configuration", ["failOn": failOn])
    for r in LintRules.all.map(\.descriptor) {
      s += "# \(r.id) = \(r.defaultSeverity.rawValue)".padding(toLength: 52) + "# " + r.title.text(lang) + "\n"
    }
    return s
  }

  /// `.github/workflows/ambt.yml`: the composite action on every push and pull request.
  static func githubWorkflow(_ r: Reference, _ lang: Language) -> String {
    return """
      # \(lang.text("init.github.comment.lints"))
      # \(lang.text("init.github.comment.settings"))
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
                # \(lang.text("init.github.comment.paths"))
                paths: ""

      """
  }

  /// `.gitlab-ci.yml`: the template included from the project that hosts ambt.
  static func gitlabCI(_ r: Reference, _ lang: Language) -> String {
    return """
      # \(lang.text("init.gitlab.comment.lints"))
      # \(lang.text("init.gitlab.comment.settings"))
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
