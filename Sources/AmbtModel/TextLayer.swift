#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one normalised view of text that every search in ambt goes through.
///
/// Folding is defined once, here, scalar by scalar:
/// - letters are lowercased and lose their diacritics, whether written precomposed (NFC, `ë`) or
///   decomposed (NFD, `e` + U+0308): combining marks are dropped, so both forms fold alike;
/// - every Unicode space (tab, line end, no-break space, thin space U+2009, narrow no-break space
///   U+202F, …) is one space, and runs of spaces collapse; invisible characters (soft hyphen,
///   zero-width space and joiners, byte order mark) are dropped;
/// - every dash (‐ ‑ ‒ – — ― −) is `-`, typographic single quotes and accents are `'`, double
///   quotes are `"`, ligatures are spelled out (`ﬁ` → `fi`, `ĳ` → `ij`).
///
/// A `FoldedText` keeps, besides the folded bytes, a map back to the source's byte offsets, so a
/// match in the folded view points at the exact words of the source.
public struct FoldedText: Sendable {
  /// The folded text as UTF-8.
  public let bytes: [UInt8]
  /// Where the source offset of a folded byte stops being `folded + shift`: pairs of (folded
  /// index, source offset) at every change of shift, in order. Mostly-ASCII text needs few.
  let anchors: [(folded: Int, source: Int)]
  /// Source offset of the end of the text.
  let sourceEnd: Int

  /// Folds `source`; `base` is the source offset of its first byte (for a slice of a file).
  public init(_ source: String, base: Int = 0) {
    var s = source
    let (bytes, anchors) = s.withUTF8 { src in Self.fold(src, base: base) }
    self.bytes = bytes
    self.anchors = anchors
    self.sourceEnd = base + source.utf8.count
  }

  /// The folded bytes of `src` and their anchors. Written into a buffer of the source's size
  /// (folding rarely makes text longer: only a few ligatures and case mappings do); a text that
  /// does not fit is folded again into a growing array.
  static func fold(_ src: UnsafeBufferPointer<UInt8>, base: Int) -> ([UInt8], [(folded: Int, source: Int)]) {
    var anchors: [(folded: Int, source: Int)] = [(0, base)]
    var fits = true
    let capacity = src.count + 16
    // Zero-filled from `repeatElement`, an allocation specialized for `UInt8` (where
    // `init(unsafeUninitializedCapacity:)` looked the storage type up in the runtime for every
    // text), then written in place and cut to its length.
    var bytes = Array(repeatElement(UInt8(0), count: capacity))
    var written = 0
    bytes.withUnsafeMutableBufferPointer { dst in
      var n = 0
      var shift = base
      TextFold.run(
        src,
        { byte, at in
          guard n < capacity else {
            fits = false
            return
          }
          let want = base &+ at &- n
          if want != shift {
            anchors.append((n, base + at))
            shift = want
          }
          dst[n] = byte
          n &+= 1
        },
        asciiRun: { start, spaceAt, ascii in
          if spaceAt >= 0 {
            guard n < capacity else {
              fits = false
              return src.count
            }
            let want = base &+ spaceAt &- n
            if want != shift {
              anchors.append((n, base + spaceAt))
              shift = want
            }
            dst[n] = 0x20
            n &+= 1
          }
          // One byte per source byte: the shift is the same for the whole run.
          let want = base &+ start &- n
          if want != shift {
            anchors.append((n, base + start))
            shift = want
          }
          var k = start
          let end = src.count
          while k < end {
            let b = src[k]
            guard b < 0x80 else { break }
            let folded = ascii[Int(b)]
            // A single space between two ASCII bytes that fold one to one is taken too.
            if folded == 0x20 && !TextFold.isSingleSpace(src, k, ascii) { break }
            guard n < capacity else {
              fits = false
              return end
            }
            dst[n] = folded
            n &+= 1
            k &+= 1
          }
          return k
        })
      written = n
    }
    if fits {
      bytes.removeLast(capacity - written)
      return (bytes, anchors)
    }
    var grown: [UInt8] = []
    grown.reserveCapacity(capacity * 2)
    anchors = [(0, base)]
    var shift = base
    TextFold.run(src) { byte, at in
      let want = base + at - grown.count
      if want != shift {
        anchors.append((grown.count, base + at))
        shift = want
      }
      grown.append(byte)
    }
    return (grown, anchors)
  }

  /// Text that folds to itself (`TextFold.isFolded`), taken as it is: folded byte `k` is source
  /// byte `k`.
  public init(folded bytes: [UInt8]) {
    self.bytes = bytes
    self.anchors = [(0, 0)]
    self.sourceEnd = bytes.count
  }

  /// The folded text as a String.
  public var string: String { String(decoding: bytes, as: UTF8.self) }

  /// The source offset of folded byte `index` (`bytes.count` gives the end of the source).
  public func sourceOffset(_ index: Int) -> Int {
    if index >= bytes.count { return sourceEnd }
    var lo = 0
    var hi = anchors.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if anchors[mid].folded <= index { lo = mid } else { hi = mid - 1 }
    }
    return anchors[lo].source + (index - anchors[lo].folded)
  }

  /// `sourceOffset(index)` for indices asked in increasing order: `hint` (start at 0) keeps
  /// where the last one was found, so the anchors are walked once instead of searched each time.
  public func sourceOffset(_ index: Int, hint: inout Int) -> Int {
    if index >= bytes.count { return sourceEnd }
    var lo = hint
    while lo + 1 < anchors.count && anchors[lo + 1].folded <= index { lo += 1 }
    hint = lo
    return anchors[lo].source + (index - anchors[lo].folded)
  }

  /// The source range of folded bytes `range`.
  public func sourceRange(_ range: Range<Int>) -> SourceRange {
    let start = sourceOffset(range.lowerBound)
    // The end: just after the source scalar of the last folded byte.
    guard range.upperBound > range.lowerBound else { return SourceRange(start: start, end: start) }
    let lastStart = sourceOffset(range.upperBound - 1)
    let next = range.upperBound < bytes.count ? sourceOffset(range.upperBound) : sourceEnd
    return SourceRange(start: start, end: max(lastStart + 1, min(next, sourceEnd)))
  }

  /// The first folded index at or after `from` where `needle` (folded bytes) starts.
  public func firstIndex(of needle: [UInt8], from: Int = 0) -> Int? {
    ByteSearch.firstIndex(of: needle, in: bytes, from: from)
  }

  /// Whether the folded text contains `phrase` (folded here if it is not already).
  public func contains(_ phrase: String) -> Bool {
    firstIndex(of: Array(TextFold.fold(phrase).utf8)) != nil
  }
}

/// The fold of `FoldedText`, for single strings.
public enum TextFold {
  /// `text` folded (see `FoldedText`).
  public static func fold(_ text: String) -> String {
    var s = text
    // ASCII without capitals, controls or double spaces folds to itself: no copy.
    if s.utf8.count < 4096, isFolded(s) { return s }
    return s.withUTF8 { src -> String in
      // Folding never writes more than three bytes per source byte (ﬃ → ffi).
      String(unsafeUninitializedCapacity: src.count * 3 + 4) { dst in
        var n = 0
        run(
          src,
          { byte, _ in
            dst[n] = byte
            n += 1
          },
          asciiRun: { start, spaceAt, ascii in
            if spaceAt >= 0 {
              dst[n] = 0x20
              n &+= 1
            }
            var k = start
            while k < src.count {
              let b = src[k]
              guard b < 0x80 else { break }
              let folded = ascii[Int(b)]
              if folded == 0x20 && !isSingleSpace(src, k, ascii) { break }
              dst[n] = folded
              n &+= 1
              k &+= 1
            }
            return k
          })
        return n
      }
    }
  }

  /// Folds `src` as `fold` does without making the folded text: `byte(b, offset)` gets each
  /// folded byte with the offset in `src` of the scalar it comes from, and `asciiRun(start,
  /// spaceAt, table)` each run of ASCII source bytes that fold one to one, in order (see `run`).
  /// For scanners that only read the fold once.
  @inlinable @inline(__always)
  public static func scan(
    _ src: UnsafeBufferPointer<UInt8>, byte: (UInt8, Int) -> Void, asciiRun: (Int, Int, UnsafeBufferPointer<UInt8>) -> Int
  ) {
    run(src, byte, asciiRun: asciiRun)
  }

  /// Whether the byte at `k` is a space (0x20) followed by an ASCII byte that folds one to one
  /// (not white space): inside a run of ASCII it folds to itself.
  @inlinable @inline(__always)
  public static func isSingleSpace(_ src: UnsafeBufferPointer<UInt8>, _ k: Int, _ ascii: UnsafeBufferPointer<UInt8>) -> Bool {
    src[k] == 0x20 && k + 1 < src.count && src[k + 1] < 0x80 && ascii[Int(src[k + 1])] != 0x20
  }

  /// What each ASCII byte folds to (white space to a space), by byte: for scanners that fold a
  /// run of ASCII themselves (`scan`'s `asciiRun`).
  public static var asciiFolds: [UInt8] { asciiTable }

  static func isFolded(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { isFolded($0) }
  }

  /// Whether folding leaves these UTF-8 bytes as they are: ASCII without capitals, controls,
  /// backticks or leading, trailing or double spaces.
  public static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var previousSpace = true
    for b in bytes {
      if b >= 0x80 || (b >= 0x41 && b <= 0x5A) || b < 0x20 || b == 0x60 { return false }
      if b == 0x20 {
        if previousSpace { return false }
        previousSpace = true
      } else {
        previousSpace = false
      }
    }
    return !previousSpace || bytes.isEmpty
  }

  /// Walks `src` (UTF-8), calling `emit(byte, sourceOffset)` for every folded byte, with the
  /// offset of the source scalar it comes from. Spaces collapse, and none leads or trails.
  @inlinable @inline(__always)
  static func run(_ src: UnsafeBufferPointer<UInt8>, _ emit: (UInt8, Int) -> Void) {
    run(src, emit) { start, spaceAt, ascii in
      if spaceAt >= 0 { emit(0x20, spaceAt) }
      var k = start
      while k < src.count, src[k] < 0x80, ascii[Int(src[k])] != 0x20 {
        emit(ascii[Int(src[k])], k)
        k += 1
      }
      return k
    }
  }

  /// `run(_:_:)`, with each run of ASCII that folds one to one (every ASCII byte but white
  /// space, which folds to a space) handed to the caller, who folds it faster than byte by
  /// byte: `asciiRun(start, spaceAt, table)` is called at an ASCII byte that is not white space;
  /// when `spaceAt >= 0` a space folded from offset `spaceAt` comes first; then the folded byte of
  /// source byte `k` (at offset `k`) is `table[src[k]]` for `k` from `start` on, up to the first
  /// byte that is not ASCII or folds to a space, whose offset the caller returns (it is always
  /// past `start`). The caller may also take a single space (0x20) that stands between two
  /// such bytes: it folds to itself, at its own offset, as the collapsed space would.
  @inlinable @inline(__always)
  static func run(
    _ src: UnsafeBufferPointer<UInt8>, _ emit: (UInt8, Int) -> Void,
    asciiRun: (Int, Int, UnsafeBufferPointer<UInt8>) -> Int
  ) {
    asciiTable.withUnsafeBufferPointer { ascii in
      latin1Table.withUnsafeBufferPointer { latin1 in run(src, ascii: ascii, latin1: latin1, emit, asciiRun: asciiRun) }
    }
  }

  @inlinable @inline(__always)
  static func run(
    _ src: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<UInt8>, latin1: UnsafeBufferPointer<UInt8>,
    _ emit: (UInt8, Int) -> Void, asciiRun: (Int, Int, UnsafeBufferPointer<UInt8>) -> Int
  ) {
    // The offset of the first space of a run still to be written (-1: none).
    var pendingSpace = -1
    var wroteAny = false
    @inline(__always) func put(_ b: UInt8, _ at: Int) {
      if b == 0x20 {
        if wroteAny && pendingSpace < 0 { pendingSpace = at }
        return
      }
      if pendingSpace >= 0 {
        emit(0x20, pendingSpace)
        pendingSpace = -1
      }
      emit(b, at)
      wroteAny = true
    }
    var i = 0
    let count = src.count
    while i < count {
      let b = src[i]
      if b < 0x80 {
        if ascii[Int(b)] == 0x20 {
          if wroteAny && pendingSpace < 0 { pendingSpace = i }
          i += 1
          continue
        }
        // A run of ASCII that is not white space: each byte folds to one byte.
        let space = pendingSpace
        pendingSpace = -1
        i = asciiRun(i, space, ascii)
        wroteAny = true
        continue
      }
      if b == 0xC3, i + 1 < count {
        let c = latin1[Int(src[i + 1] & 0x3F)]
        if c != 0 {
          put(c, i)
          i += 2
          continue
        }
      }
      var len = 1
      var value: UInt32 = 0
      if b & 0xE0 == 0xC0 {
        len = 2
        value = UInt32(b & 0x1F)
      } else if b & 0xF0 == 0xE0 {
        len = 3
        value = UInt32(b & 0x0F)
      } else if b & 0xF8 == 0xF0 {
        len = 4
        value = UInt32(b & 0x07)
      }
      var valid = len > 1 && i + len <= count
      if valid {
        for k in 1..<len {
          let cb = src[i + k]
          if cb & 0xC0 != 0x80 {
            valid = false
            break
          }
          value = value << 6 | UInt32(cb & 0x3F)
        }
      }
      guard valid, let u = Unicode.Scalar(value) else {
        // Invalid UTF-8 cannot come from a String; kept as a question mark.
        put(0x3F, i)
        i += 1
        continue
      }
      for r in foldScalar(u).utf8 { put(r, i) }
      i += len
    }
  }

  /// ASCII as folding maps it: capitals lowercased, control white space to a space, the
  /// backtick to an apostrophe.
  @usableFromInline static let asciiTable: [UInt8] = (0..<128).map { b in
    switch b {
    case 0x41...0x5A: return UInt8(b + 32)
    case 0x09...0x0D: return 0x20
    case 0x60: return 0x27
    default: return UInt8(b)
    }
  }

  /// U+00C0...U+00FF (the byte after 0xC3, low six bits) to their ASCII base letter; 0 where
  /// the fold is not one ASCII letter (Æ, ×, ß, …: those go through `foldScalar`).
  @usableFromInline static let latin1Table: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 64)
    let letters = Array("aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0ouuuuy\0y".utf8)
    for (k, c) in letters.enumerated() where k < 64 && c != 0 { t[k] = c }
    return t
  }()

  /// Latin Extended-A (U+0100...U+017F) to its base letters, two per scalar (upper, lower).
  static let latinExtendedA: [Character] = Array(
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
  )

  /// The fold of one scalar outside the fast tables.
  @usableFromInline static func foldScalar(_ u: Unicode.Scalar) -> String {
    let v = u.value
    switch v {
    case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return ""
    case 0x2010...0x2015, 0x2212, 0x2043, 0xFE58, 0xFE63, 0xFF0D: return "-"
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0xB4: return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0xAB, 0xBB: return "\""
    case 0xC6, 0xE6: return "ae"
    // Signs without case that fold to themselves, as the look-up of properties below finds; `§`
    // starts every rule, and that look-up costs a hundred times the switch.
    case 0xA7: return "§"
    case 0x20AC: return "€"
    case 0x2022: return "•"
    case 0xDF: return "ss"
    case 0x132, 0x133: return "ij"
    case 0x152, 0x153: return "oe"
    case 0xFB00: return "ff"
    case 0xFB01: return "fi"
    case 0xFB02: return "fl"
    case 0xFB03: return "ffi"
    case 0xFB04: return "ffl"
    case 0xFB05, 0xFB06: return "st"
    case 0x100...0x17F:
      let k = Int(v - 0x100)
      if k < latinExtendedA.count { return String(latinExtendedA[k]) }
    default: break
    }
    let p = u.properties
    if p.canonicalCombiningClass != .notReordered || p.generalCategory == .nonspacingMark
      || p.generalCategory == .enclosingMark
    {
      return ""
    }
    if p.isWhitespace || p.generalCategory == .spaceSeparator { return " " }
    if p.generalCategory == .dashPunctuation { return "-" }
    return p.lowercaseMapping
  }
}

/// Byte-level search, the primitive under the text layer's look-ups.
public enum ByteSearch {
  /// The first index at or after `from` where `needle` occurs in `haystack`.
  public static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
    haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { n in firstIndex(of: n, in: h, from: from) } }
  }

  /// The same on buffers: memchr finds the next candidate first byte, memcmp checks the rest.
  public static func firstIndex(of n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
    guard !n.isEmpty, from >= 0, h.count - from >= n.count, let hp = h.baseAddress, let np = n.baseAddress else { return nil }
    let first = np[0]
    var i = from
    let last = h.count - n.count
    while i <= last {
      guard let hit = memchr(hp + i, Int32(first), last - i + 1) else { return nil }
      let at = hp.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(hp + at, np, n.count) == 0 { return at }
      i = at + 1
    }
    return nil
  }
}

extension String {
  /// Whether `other` occurs in this string byte for byte. Unlike the standard library's
  /// `contains(_:)` it does not compare by canonical equivalence, so it is meant for text that
  /// went through `TextFold` (where both forms fold alike) and for ASCII.
  public func containsBytes(_ other: String) -> Bool {
    var haystack = self
    var needle = other
    return haystack.withUTF8 { h in needle.withUTF8 { n in ByteSearch.firstIndex(of: n, in: h) != nil } }
  }
}

extension StringProtocol {
  /// The first range of `needle` in this text (within `bounds`, if given), byte for byte: the
  /// byte search of `ByteSearch` instead of Foundation's `range(of:)`, which compares by canonical
  /// equivalence through NSString. Meant for folded text and ASCII phrases, where the two agree.
  public func byteRange(of needle: String, in bounds: Range<Index>? = nil) -> Range<Index>? {
    let u = utf8
    let lo = bounds.map { u.distance(from: u.startIndex, to: $0.lowerBound) } ?? 0
    let hi = bounds.map { u.distance(from: u.startIndex, to: $0.upperBound) } ?? u.count
    var needle = needle
    let found: Int?? = needle.withUTF8 { n in
      u.withContiguousStorageIfAvailable { h in
        ByteSearch.firstIndex(of: n, in: UnsafeBufferPointer(rebasing: h[..<hi]), from: lo)
      }
    }
    let at: Int?
    if let found {
      at = found
    } else {
      at = needle.withUTF8 { n in
        Array(u).withUnsafeBufferPointer { h in
          ByteSearch.firstIndex(of: n, in: UnsafeBufferPointer(rebasing: h[..<hi]), from: lo)
        }
      }
    }
    guard let at else { return nil }
    let start = u.index(u.startIndex, offsetBy: at)
    return start..<u.index(start, offsetBy: needle.utf8.count)
  }
}
