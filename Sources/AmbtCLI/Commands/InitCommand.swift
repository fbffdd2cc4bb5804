import AmbtLint
import AmbtModel
import Foundation

/// `ambt init`: the files a repository of codes needs for ambt: `.ambt-lint` with a comment on
/// each setting and, with `--ci`, the CI file for GitHub Actions or GitLab CI.
public enum InitCommand: Command {
  public static let spec = CommandSpec(
    name: "init",
    summary: LocalizedText("cli.init.summary"),
    usage: "ambt init [--ci github|gitlab|none] [--source REPO@REF] [--fail-on ERNST] [--dir MAP] [--force]",
    options: [
      OptionSpec(
        ["--ci"], value: "CI",
        help: LocalizedText("cli.init.help.also-write-github-workflows"),
        choices: ["github", "gitlab", "none"], default: "none"),
      OptionSpec(
        ["--source"], value: "REPO@REF",
        help: LocalizedText("cli.init.help.where-ambt-hosted-github")),
      OptionSpec(
        ["--fail-on"], value: "ERNST",
        help: LocalizedText("cli.init.help.value-fail-on-in"),
        choices: ["error", "warning", "info"], default: "error"),
      OptionSpec(
        ["--dir"], value: "MAP",
        help: LocalizedText("cli.init.help.repository-s-folder-default")),
      OptionSpec(["--force"], help: LocalizedText("cli.init.help.overwrite-existing-files")),
    ],
    discussion: LocalizedText("cli.init.discussion", ["version": "\(CLI.version)"]),
    maxArguments: 0)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let dir = args.value("--dir") ?? "."
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
      context.fail(LocalizedText("cli.init.dir-not-folder", ["dir": "\(dir)"]))
      return ExitCode.usage
    }
    let source = args.value("--source") ?? context.io.environment["AMBT_SOURCE"]
    let reference = InitTemplates.Reference(source ?? "OWNER/ambt@v\(CLI.version)")
    guard let reference else {
      context.fail(
        LocalizedText("cli.init.invalid-source-source-for", ["source": "\(source ?? "")"]))
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
          LocalizedText("cli.init.path-exists-not-overwritten", ["path": "\(path)"]))
        continue
      }
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
      if let e = Files.writeAtomically(text, to: path, overwrite: true) {
        context.fail(e.message)
        return ExitCode.usage
      }
      context.io.err(context.t("cli.init.written-path", ["path": "\(path)"]))
      written += 1
    }
    if source == nil && args.value("--ci").map({ $0 != "none" }) == true {
      context.warn(
        LocalizedText("cli.init.replace-owner-in-ci"))
    }
    return ExitCode.clean
  }
}
