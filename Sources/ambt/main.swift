import AmbtCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let io = ProcessIO()
let code = CLI.run(Array(CommandLine.arguments.dropFirst()), io: io)
io.flush()
exit(code)
