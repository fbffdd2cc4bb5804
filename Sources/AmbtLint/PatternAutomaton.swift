/// An Aho-Corasick automaton over bytes: finds in one pass which lines of a text contain any of
/// a set of ASCII patterns, so the superseded-law scan only looks at lines that can match.
///
/// Bytes are read roughly as `TextFolding.fold` reads characters: ASCII letters lowercased,
/// tabs and no-break spaces as spaces, and the accented Latin-1 letters (é, ë, à, ...) as their
/// base letter. It is a filter: a line it passes may still hold no mention (the exact scan
/// decides); a line it rejects cannot hold one.
struct PatternAutomaton: Sendable {
  /// Transition table: `next[state * 256 + byte]`.
  private let next: [Int32]
  /// Whether reaching a state means some pattern ended there.
  private let accepts: [Bool]
  /// The patterns (their index bits, for the first 64) that end in each state.
  private let outputs: [UInt64]

  init(patterns: [[UInt8]]) {
    var goto: [[Int32]] = [Array(repeating: -1, count: 256)]
    var accepts = [false]
    var outputs: [UInt64] = [0]
    for (index, p) in patterns.enumerated() where !p.isEmpty {
      var s = 0
      for b in p {
        if goto[s][Int(b)] < 0 {
          goto[s][Int(b)] = Int32(goto.count)
          goto.append(Array(repeating: -1, count: 256))
          accepts.append(false)
          outputs.append(0)
        }
        s = Int(goto[s][Int(b)])
      }
      accepts[s] = true
      if index < 64 { outputs[s] |= 1 << UInt64(index) }
    }
    // Breadth-first: failure links, and missing transitions filled in from them.
    var fail = Array(repeating: 0, count: goto.count)
    var queue: [Int] = []
    for b in 0..<256 {
      if goto[0][b] < 0 {
        goto[0][b] = 0
      } else {
        queue.append(Int(goto[0][b]))
      }
    }
    var head = 0
    while head < queue.count {
      let s = queue[head]
      head += 1
      accepts[s] = accepts[s] || accepts[fail[s]]
      outputs[s] |= outputs[fail[s]]
      for b in 0..<256 {
        let t = goto[s][b]
        if t < 0 {
          goto[s][b] = goto[fail[s]][b]
        } else {
          fail[Int(t)] = Int(goto[fail[s]][b])
          queue.append(Int(t))
        }
      }
    }
    self.next = goto.flatMap { $0 }
    self.accepts = accepts
    self.outputs = outputs
  }

  /// The index bits of the patterns (the first 64) that occur in `text`, in one pass.
  func occurring(in text: String) -> UInt64 {
    var mask: UInt64 = 0
    scan(text) { state, _, _ in mask |= outputs[state] }
    return mask
  }

  /// The lines (split at LF) on which some pattern occurs, as 0-based line number and the
  /// UTF-8 offset where the line starts, in order.
  func matchingLines(_ text: String) -> [(line: Int, start: Int)] {
    var lines: [(line: Int, start: Int)] = []
    scan(text) { state, line, start in
      if accepts[state] && lines.last?.line != line { lines.append((line, start)) }
    }
    return lines
  }

  /// Runs the automaton over `text`, calling `visit(state, line, lineStart)` after every byte.
  @inline(__always) private func scan(_ text: String, _ visit: (Int, Int, Int) -> Void) {
    var text = text
    // Local copies: reading a static in the loop would run its once-check for every byte.
    let asciiMap = PatternAutomaton.asciiMap
    let latin1Base = PatternAutomaton.latin1Base
    text.withUTF8 { bytes in
      next.withUnsafeBufferPointer { next in
        var state = 0
        var line = 0
        var lineStart = 0
        var i = 0
        let count = bytes.count
        while i < count {
          var b = bytes[i]
          i += 1
          if b < 0x80 {
            if b == 0x0A {
              line += 1
              lineStart = i
              state = 0
              continue
            }
            b = asciiMap[Int(b)]
          } else if b == 0xC3, i < count {
            // é, ë, à, ... read as their base letter (other Latin-1 letters pass as two bytes).
            let base = latin1Base[Int(bytes[i] & 0x3F)]
            if base != 0 {
              b = base
              i += 1
            }
          } else if b == 0xC2, i < count, bytes[i] == 0xA0 {
            b = 0x20
            i += 1
          }
          state = Int(next[state &* 256 &+ Int(b)])
          visit(state, line, lineStart)
        }
      }
    }
  }

  /// ASCII as the scan reads it: letters lowercased, tab and CR as spaces.
  static let asciiMap: [UInt8] = (0..<128).map { b in
    switch b {
    case 0x41...0x5A: return UInt8(b + 32)
    case 0x09, 0x0D: return 0x20
    default: return UInt8(b)
    }
  }

  /// The base letter of U+00C0...U+00FF (the byte after 0xC3, low six bits), or 0 for others.
  static let latin1Base: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 64)
    func set(_ range: ClosedRange<Int>, _ c: Character) {
      for i in range { t[i] = c.asciiValue! }
    }
    // 0xC3 0x80...0xBF encodes U+00C0...U+00FF.
    set(0x00...0x05, "a"); set(0x07...0x07, "c"); set(0x08...0x0B, "e"); set(0x0C...0x0F, "i")
    set(0x11...0x11, "n"); set(0x12...0x16, "o"); set(0x19...0x1C, "u"); set(0x1D...0x1D, "y")
    set(0x20...0x25, "a"); set(0x27...0x27, "c"); set(0x28...0x2B, "e"); set(0x2C...0x2F, "i")
    set(0x31...0x31, "n"); set(0x32...0x36, "o"); set(0x39...0x3C, "u"); set(0x3D...0x3D, "y"); set(0x3F...0x3F, "y")
    return t
  }()
}
