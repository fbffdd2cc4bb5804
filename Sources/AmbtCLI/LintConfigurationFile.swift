import AmbtLint
import AmbtModel
import Foundation

/// Where `ambt lint` gets its configuration: `--config FILE`, else the first `.ambt-lint` in the
/// working folder or one of its parents (as linters find theirs), else the defaults
/// (`--no-config` skips the search). Paths in the file are relative to the file's folder.
struct LintConfigurationFile {
  /// The name looked for.
  static let name = ".ambt-lint"

  var configuration: LintConfiguration
  /// The file read, or nil for the defaults.
  var path: String?

  /// A path from the configuration, relative to its folder, as a path to open.
  func resolve(_ written: String) -> String {
    guard let path, !written.hasPrefix("/") else { return written }
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty || folder == "." ? written : folder + "/" + written
  }

  /// Finds and reads the configuration; reports a problem and returns nil (exit 2).
  static func load(_ args: ParsedArguments, _ context: Context) -> LintConfigurationFile? {
    var path = args.value("--config")
    if path == nil && !args.flag("--no-config") {
      path = discover(from: context.io.currentDirectory)
    }
    guard let path else { return LintConfigurationFile(configuration: LintConfiguration(), path: nil) }
    switch Files.read(path) {
    case .failure(let e):
      context.fail(e.message)
      return nil
    case .success(let bytes):
      switch LintConfiguration.parse(String(decoding: bytes, as: UTF8.self), knownRules: LintRules.ids) {
      case .failure(let e):
        context.fail(LocalizedText("cli.config-problem", ["file": path, "line": "\(e.line)"], messages: ["message": e.message]))
        return nil
      case .success(let c): return LintConfigurationFile(configuration: c, path: path)
      }
    }
  }

  /// The first `.ambt-lint` in `folder` or a parent, as a path relative to `folder` when it is
  /// there (`.ambt-lint`, `../.ambt-lint`), so messages stay short.
  static func discover(from folder: String) -> String? {
    guard !folder.isEmpty else { return nil }
    var current = URL(fileURLWithPath: folder).standardizedFileURL
    var up = ""
    for _ in 0..<64 {
      let candidate = current.appendingPathComponent(name).path
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue {
        // Relative to the working folder when that is the process's own (always, outside tests).
        return FileManager.default.currentDirectoryPath == folder ? up + name : candidate
      }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { return nil }
      current = parent
      up += "../"
    }
    return nil
  }
}
