#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// Whether `other` occurs in this string, compared byte for byte (the texts rules search are
  /// folded first, so canonical equivalence does not come up). Shadows Foundation's
  /// `contains(_:)`, which goes through NSString and was 40% of lint and a third of import time (issue 7); shared by the linter and the importer. As with
  /// Foundation, the empty string is contained in nothing.
  public func contains(_ other: String) -> Bool {
    if other.isEmpty { return false }
    var haystack = self
    var needle = other
    return haystack.withUTF8 { h in
      needle.withUTF8 { n in
        guard n.count <= h.count, let hp = h.baseAddress, let np = n.baseAddress else { return false }
        let first = np[0]
        var i = 0
        let last = h.count - n.count
        while i <= last {
          // memchr finds the next candidate first byte; memcmp checks the rest.
          guard let hit = memchr(hp + i, Int32(first), last - i + 1) else { return false }
          let at = hp.distance(to: hit.assumingMemoryBound(to: UInt8.self))
          if memcmp(hp + at, np, n.count) == 0 { return true }
          i = at + 1
        }
        return false
      }
    }
  }
}
