import AmbtLint
import AmbtModel
import Foundation

/// `ambt init`: the files a repository of codes needs for ambt: `.ambt-lint` with a comment on
/// each setting and, with `--ci`, the CI file for GitHub Actions or GitLab CI.
public enum InitCommand: Command {
  public static let spec = CommandSpec(
    name: "init",
    summary: LocalizedText(
      nl: "maak .ambt-lint en de CI-bestanden voor een repository met codes",
      en: "write .ambt-lint and the CI files for a repository of codes"),
    usage: "ambt init [--ci github|gitlab|none] [--source REPO@REF] [--fail-on ERNST] [--dir MAP] [--force]",
    options: [
      OptionSpec(
        ["--ci"], value: "CI",
        help: LocalizedText(
          nl: "schrijf ook .github/workflows/ambt.yml of .gitlab-ci.yml",
          en: "also write .github/workflows/ambt.yml or .gitlab-ci.yml"),
        choices: ["github", "gitlab", "none"], default: "none"),
      OptionSpec(
        ["--source"], value: "REPO@REF",
        help: LocalizedText(
          nl: "waar ambt staat (de GitHub-action of het GitLab-project), zoals gemeente/ambt@v0.1.0; anders AMBT_SOURCE",
          en: "where ambt is hosted (the GitHub action or the GitLab project), such as council/ambt@v0.1.0; else AMBT_SOURCE")),
      OptionSpec(
        ["--fail-on"], value: "ERNST",
        help: LocalizedText(nl: "de waarde van fail-on in .ambt-lint", en: "the value of fail-on in .ambt-lint"),
        choices: ["error", "warning", "info"], default: "error"),
      OptionSpec(
        ["--dir"], value: "MAP",
        help: LocalizedText(
          nl: "de map van de repository (standaard de huidige)", en: "the repository's folder (default the current one)")),
      OptionSpec(["--force"], help: LocalizedText(nl: "overschrijf bestaande bestanden", en: "overwrite existing files")),
    ],
    discussion: LocalizedText(
      nl:
        "Zonder --source en AMBT_SOURCE staat OWNER/ambt@v\(CLI.version) in het CI-bestand: vervang OWNER door de organisatie die ambt host. Bestaande bestanden blijven staan, tenzij --force.",
      en:
        "Without --source and AMBT_SOURCE the CI file says OWNER/ambt@v\(CLI.version): replace OWNER with the organisation that hosts ambt. Existing files are kept unless --force."
    ),
    maxArguments: 0)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let dir = args.value("--dir") ?? "."
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
      context.fail(LocalizedText(nl: "'\(dir)' is geen map", en: "'\(dir)' is not a folder"))
      return ExitCode.usage
    }
    let source = args.value("--source") ?? context.io.environment["AMBT_SOURCE"]
    let reference = InitTemplates.Reference(source ?? "OWNER/ambt@v\(CLI.version)")
    guard let reference else {
      context.fail(
        LocalizedText(
          nl: "ongeldige bron '\(source ?? "")' voor --source; verwacht EIGENAAR/REPO@REF, zoals gemeente/ambt@v0.1.0",
          en: "invalid source '\(source ?? "")' for --source; expected OWNER/REPO@REF, such as council/ambt@v0.1.0"))
      return ExitCode.usage
    }
    let failOn = args.value("--fail-on") ?? "error"
    var files = [(LintConfigurationFile.name, InitTemplates.configuration(failOn: failOn, context.language))]
    switch args.value("--ci") ?? "none" {
    case "github": files.append((".github/workflows/ambt.yml", InitTemplates.githubWorkflow(reference, context.language)))
    case "gitlab": files.append((".gitlab-ci.yml", InitTemplates.gitlabCI(reference, context.language)))
    default: break
    }
    var written = 0
    for (name, text) in files {
      let path = dir == "." ? name : (dir.hasSuffix("/") ? dir : dir + "/") + name
      if FileManager.default.fileExists(atPath: path) && !args.flag("--force") {
        context.warn(
          LocalizedText(
            nl: "'\(path)' bestaat al; niet overschreven (gebruik --force)", en: "'\(path)' exists; not overwritten (use --force)"
          ))
        continue
      }
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
      if let e = Files.writeAtomically(text, to: path, overwrite: true) {
        context.fail(e.message)
        return ExitCode.usage
      }
      context.io.err(context.t("geschreven: \(path)\n", "written: \(path)\n"))
      written += 1
    }
    if source == nil && args.value("--ci").map({ $0 != "none" }) == true {
      context.warn(
        LocalizedText(
          nl: "vervang OWNER in het CI-bestand door de organisatie die ambt host, of geef --source",
          en: "replace OWNER in the CI file with the organisation that hosts ambt, or give --source"))
    }
    return ExitCode.clean
  }
}
