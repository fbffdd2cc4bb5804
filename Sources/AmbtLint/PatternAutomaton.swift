import AmbtModel

/// An Aho-Corasick automaton over bytes: finds in one pass which lines of a text contain any of
/// a set of ASCII patterns, so the superseded-law scan only looks at lines that can match.
///
/// It reads text that went through the text layer (`FoldedText`, `TextFold`) and has no fold of
/// its own: patterns and text are folded alike before they meet here.
struct PatternAutomaton: Sendable {
  /// Transition table: `next[state * 256 + byte]`.
  private let next: [Int32]
  /// Whether reaching a state means some pattern ended there.
  private let accepts: [Bool]
  /// The patterns (their index bits, for the first 64) that end in each state.
  private let outputs: [UInt64]
  /// `next` composed with the fold of ASCII, for runs of ASCII read from unfolded text:
  /// `ascii[state * 128 + byte]` is the next state (with `acceptBit` when it accepts), or -1 for
  /// a byte other than the space that folds to a space (which ends a run).
  private let ascii: [Int32]
  static let acceptBit: Int32 = 1 << 30

  init(patterns: [[UInt8]]) {
    // One flat table of 256 transitions a state from the start (a table per state, read and
    // written through nested arrays, made building the automaton cost more than using it).
    var goto = [Int32](repeating: -1, count: 256)
    var accepts = [false]
    var outputs: [UInt64] = [0]
    for (index, p) in patterns.enumerated() where !p.isEmpty {
      var s = 0
      for b in p {
        if goto[s &* 256 &+ Int(b)] < 0 {
          goto[s &* 256 &+ Int(b)] = Int32(accepts.count)
          goto.append(contentsOf: repeatElement(-1, count: 256))
          accepts.append(false)
          outputs.append(0)
        }
        s = Int(goto[s &* 256 &+ Int(b)])
      }
      accepts[s] = true
      if index < 64 { outputs[s] |= 1 << UInt64(index) }
    }
    let states = accepts.count
    // Breadth-first: failure links, and missing transitions filled in from them.
    var fail = [Int](repeating: 0, count: states)
    var queue: [Int] = []
    queue.reserveCapacity(states)
    goto.withUnsafeMutableBufferPointer { g in
      for b in 0..<256 {
        if g[b] < 0 {
          g[b] = 0
        } else {
          queue.append(Int(g[b]))
        }
      }
      var head = 0
      while head < queue.count {
        let s = queue[head]
        head += 1
        let f = fail[s]
        accepts[s] = accepts[s] || accepts[f]
        outputs[s] |= outputs[f]
        for b in 0..<256 {
          let t = g[s &* 256 &+ b]
          if t < 0 {
            g[s &* 256 &+ b] = g[f &* 256 &+ b]
          } else {
            fail[Int(t)] = Int(g[f &* 256 &+ b])
            queue.append(Int(t))
          }
        }
      }
    }
    self.next = goto
    self.accepts = accepts
    self.outputs = outputs
    let folds = TextFold.asciiFolds
    var ascii = [Int32](repeating: -1, count: states * 128)
    ascii.withUnsafeMutableBufferPointer { a in
      goto.withUnsafeBufferPointer { g in
        for s in 0..<states {
          for b in 0..<128 where folds[b] != 0x20 || b == 0x20 {
            let t = g[s &* 256 &+ Int(folds[b])]
            a[s &* 128 &+ b] = t | (accepts[Int(t)] ? Self.acceptBit : 0)
          }
        }
      }
    }
    self.ascii = ascii
  }

  /// Reads a run of ASCII from `start` (see `TextFold.scan`) from `state`, calling
  /// `accepted(k)` at each byte where a pattern ends; returns where the run ends.
  @inline(__always)
  static func run(
    _ ascii: UnsafeBufferPointer<Int32>, _ src: UnsafeBufferPointer<UInt8>, from start: Int, state: inout Int,
    _ accepted: (Int) -> Void
  ) -> Int {
    var s = state
    var k = start
    let end = src.count
    while k < end {
      let b = src[k]
      if b >= 0x80 { break }
      // A space is taken when an ASCII byte that is not white space follows it (`TextFold.run`).
      if b == 0x20 {
        guard k + 1 < end else { break }
        let c = src[k + 1]
        if c >= 0x80 || c == 0x20 || (c >= 0x09 && c <= 0x0D) { break }
      }
      let v = ascii[s &* 128 &+ Int(b)]
      if v < 0 { break }
      s = Int(v & (acceptBit - 1))
      if v & acceptBit != 0 { accepted(k) }
      k &+= 1
    }
    state = s
    return k
  }

  /// The index bits of the patterns (the first 64) that occur in `text`, in one pass.
  func occurring(in text: String) -> UInt64 {
    var mask: UInt64 = 0
    scan(text) { state in mask |= outputs[state] }
    return mask
  }

  /// The folded byte offsets at which some pattern ends, in order.
  func matchEnds(_ bytes: [UInt8]) -> [Int] {
    var ends: [Int] = []
    next.withUnsafeBufferPointer { next in
      var state = 0
      for (i, b) in bytes.enumerated() {
        state = Int(next[state &* 256 &+ Int(b)])
        if accepts[state] { ends.append(i + 1) }
      }
    }
    return ends
  }

  /// Where patterns end in the fold of `src` (UTF-8, folded as `TextFold` folds), as the offsets
  /// in `src` of the scalars their last folded bytes come from: `matchEnds` over `FoldedText`'s
  /// bytes mapped back with `sourceOffset`, without making the folded text.
  func matchEndSources(folding src: UnsafeBufferPointer<UInt8>) -> [Int] {
    var ends: [Int] = []
    next.withUnsafeBufferPointer { next in
      accepts.withUnsafeBufferPointer { accepts in
        ascii.withUnsafeBufferPointer { ascii in
          var state = 0
          TextFold.scan(
            src,
            byte: { b, at in
              state = Int(next[state &* 256 &+ Int(b)])
              if accepts[state] { ends.append(at) }
            },
            asciiRun: { start, spaceAt, _ in
              if spaceAt >= 0 {
                state = Int(next[state &* 256 &+ 0x20])
                if accepts[state] { ends.append(spaceAt) }
              }
              return Self.run(ascii, src, from: start, state: &state) { ends.append($0) }
            })
        }
      }
    }
    return ends
  }

  /// Whether a pattern occurs in the fold of `pieces` joined by spaces (as `TextFold.fold` of
  /// `pieces.joined(separator: " ")` gives it: each piece folded, the non-empty ones joined by
  /// one space), without joining or folding them into new text.
  func occurs(foldingPieces pieces: [String]) -> Bool {
    next.withUnsafeBufferPointer { next in
      accepts.withUnsafeBufferPointer { accepts in
        ascii.withUnsafeBufferPointer { ascii in
          // The state before a piece's first byte: after a space when a piece before wrote any.
          var state = 0
          var found = false
          var wroteBefore = false
          for piece in pieces {
            var piece = piece
            var wrote = false
            let before = state
            let spaced = wroteBefore ? Int(next[state &* 256 &+ 0x20]) : state
            // A pattern that ends with the space counts once the piece writes something after it.
            let endsAtSpace = wroteBefore && accepts[spaced]
            state = spaced
            piece.withUTF8 { src in
              TextFold.scan(
                src,
                byte: { b, _ in
                  wrote = true
                  state = Int(next[state &* 256 &+ Int(b)])
                  if accepts[state] { found = true }
                },
                asciiRun: { start, spaceAt, _ in
                  wrote = true
                  if spaceAt >= 0 {
                    state = Int(next[state &* 256 &+ 0x20])
                    if accepts[state] { found = true }
                  }
                  return Self.run(ascii, src, from: start, state: &state) { _ in found = true }
                })
            }
            if found || wrote && endsAtSpace { return true }
            // A piece that folds to nothing adds no space either.
            if wrote { wroteBefore = true } else { state = before }
          }
          return false
        }
      }
    }
  }

  /// Runs the automaton over the (folded) `text`, calling `visit(state)` after every byte.
  @inline(__always) private func scan(_ text: String, _ visit: (Int) -> Void) {
    var text = text
    text.withUTF8 { bytes in
      next.withUnsafeBufferPointer { next in
        var state = 0
        for b in bytes {
          state = Int(next[state &* 256 &+ Int(b)])
          visit(state)
        }
      }
    }
  }
}
