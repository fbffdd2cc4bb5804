#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A half-open range of UTF-8 byte offsets into one source file.
///
/// Offsets are what the tree stores; lines and columns are computed at the edge with a
/// ``LineTable``, so the model stays cheap to build and independent of presentation.
public struct SourceRange: Hashable, Sendable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  public static let empty = SourceRange(start: 0, end: 0)

  public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}

/// A 1-based line and column. The column counts Unicode scalars (code points), not bytes.
public struct SourcePosition: Hashable, Sendable {
  public var line: Int
  public var column: Int
  public var offset: Int
}

/// Converts byte offsets to 1-based lines and code-point columns.
public struct LineTable: Sendable {
  public let bytes: [UInt8]
  /// Byte offset at which each line starts.
  public let lineStarts: [Int]

  public init(bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var i = 0
    let n = bytes.count
    // Without a carriage return (nearly always), each line end is the next line feed, which
    // memchr finds.
    let lineFeedsOnly = bytes.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress, n > 0 else { return true }
      if memchr(base, 0x0D, n) != nil { return false }
      // Counted first, so the table has the room it needs and no more (an array that grows
      // doubles, and keeps up to half of its room unused).
      var count = 1
      var at = 0
      while at < n, let hit = memchr(base + at, 0x0A, n - at) {
        at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        count += 1
      }
      starts.reserveCapacity(count)
      at = 0
      while at < n, let hit = memchr(base + at, 0x0A, n - at) {
        at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
        starts.append(at)
      }
      return true
    }
    if lineFeedsOnly {
      lineStarts = starts
      return
    }
    while i < n {
      let b = bytes[i]
      if b == 0x0A {
        starts.append(i + 1)
      } else if b == 0x0D {
        if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    self.lineStarts = starts
  }

  public init(_ text: String) { self.init(bytes: Array(text.utf8)) }

  public func position(of offset: Int) -> SourcePosition {
    let clamped = max(0, min(offset, bytes.count))
    // Binary search for the last line start <= offset.
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
    }
    // Code points are the bytes that do not continue a sequence; counted on the raw buffer,
    // since a diagnostic far into a long line walks all of it.
    let column = bytes.withUnsafeBufferPointer { buffer in
      var count = 1
      for i in lineStarts[lo]..<clamped where buffer[i] & 0xC0 != 0x80 { count += 1 }
      return count
    }
    return SourcePosition(line: lo + 1, column: column, offset: clamped)
  }

  /// The text of a 1-based line without its line end.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
