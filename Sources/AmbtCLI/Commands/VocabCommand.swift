import AmbtModel

/// `ambt vocab`: the controlled vocabularies.
public enum VocabCommand: Command {
  public static let spec = CommandSpec(
    name: "vocab",
    summary: LocalizedText("cli.vocab.summary"),
    usage: "ambt vocab [onderwerpen|rollen|groepen|wetten]",
    arguments: [
      (
        "[lijst]",
        LocalizedText("cli.vocab.topics-default-roles-groups")
      )
    ],
    options: [], maxArguments: 1)

  public static func run(_ args: ParsedArguments, _ context: Context) -> Int32 {
    let v = Vocabulary.shared
    let which = args.positionals.first.map { TextFolding.fold($0) } ?? "onderwerpen"
    let list: TermList
    switch which {
    case "onderwerpen", "topics": list = v.topics
    case "rollen", "roles": list = v.roles
    case "groepen", "groups": list = v.groups
    case "wetten", "laws":
      for law in v.laws {
        var line = law.id.padding(toLength: 28) + law.name
        if let by = law.supersededBy {
          line += context.t(
            "cli.vocab.superseded-on-supersededon-by", ["supersededOn": "\(law.supersededOn ?? "?")", "by": "\(by)"])
        }
        context.io.out(line + "\n")
      }
      return ExitCode.clean
    default:
      context.fail(
        LocalizedText("cli.vocab.unknown-list-which-choose", ["which": "\(which)"]))
      return ExitCode.usage
    }
    for t in list.terms {
      var line = t.id.padding(toLength: 36) + (context.language == .en ? t.en : t.nl)
      if !t.synonyms.isEmpty { line += context.t("cli.vocab.also") + t.synonyms.joined(separator: ", ") + ")" }
      context.io.out(line + "\n")
    }
    return ExitCode.clean
  }
}
