import AmbtCLI
import Foundation
import FoundationXML
import FuzzDriver

/// libFuzzer entry point: any bytes as a code on standard input of `ambt lint`, in every output
/// format. Lint must return with exit code 0, 1 or 2 (never trap), and what the machine-readable
/// formats write must parse: JSON, SARIF and GitLab Code Quality as JSON, JUnit as XML.
@_cdecl("LLVMFuzzerTestOneInput")
public func ambtFuzzReporters(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  for format in ["json", "sarif", "codequality", "junit", "text", "github", "summary"] {
    let io = BufferIO(environment: ["AMBT_JOBS": "1"], currentDirectory: "/fuzz")
    io.stdin = bytes
    let code = CLI.run(["lint", "--no-config", "--today", "2026-12-01", "--format", format, "-"], io: io)
    guard (0...2).contains(code) else { fatalError("lint --format \(format) exited \(code)") }
    let out = Data(io.stdoutText.utf8)
    switch format {
    case "json", "sarif", "codequality":
      do { _ = try JSONSerialization.jsonObject(with: out) } catch {
        fatalError("lint --format \(format) wrote invalid JSON: \(error)")
      }
    case "junit":
      let parser = XMLParser(data: out)
      guard parser.parse() else { fatalError("lint --format junit wrote invalid XML: \(String(describing: parser.parserError))") }
    default: break
    }
  }
  return 0
}

/// The executable's entry point (SwiftPM links `main` to `<module>_main`): run libFuzzer.
@_cdecl("ambt_fuzz_reporters_main")
public func ambtFuzzReportersMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var argc = argc
  var argv = argv
  return LLVMFuzzerRunDriver(&argc, &argv) { data, size in ambtFuzzReporters(data, size) }
}
