import AmbtLint
import AmbtModel
import Foundation

/// `--today DATE`, shared by the commands that judge a code against the law of a day (lint,
/// coverage, review): the option's spec and its reading, in one place.
enum TodayOption {
  static let spec = OptionSpec(
    ["--today"], value: "DATUM",
    help: LocalizedText("cli.today-option.help"))

  /// The day given with `--today`, else the clock; nil (after saying why) for a date that
  /// cannot be read, so the command exits 2.
  static func read(_ args: ParsedArguments, _ context: Context) -> Day? {
    guard let t = args.value("--today") else { return systemToday() }
    guard let d = Day.parse(t) else {
      context.fail(
        LocalizedText("cli.today-option.invalid-date-value-for", ["value": "\(t)"]))
      return nil
    }
    return d
  }

  /// Today by the system clock (UTC).
  static func systemToday() -> Day {
    Day(dayNumber: Int((Date().timeIntervalSince1970 / 86400).rounded(.down)))
  }
}
