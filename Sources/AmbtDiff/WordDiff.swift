/// One run of a word diff.
public struct DiffRun: Hashable, Sendable {
  public enum Op: String, Hashable, Sendable {
    case equal, delete, insert
  }

  public var op: Op
  public var tokens: [Token]
  /// Set on a delete/insert pair that only follows a renumbering (`10.1` → `9.1`).
  public var followsRenumbering: Bool

  public init(op: Op, tokens: [Token], followsRenumbering: Bool = false) {
    self.op = op
    self.tokens = tokens
    self.followsRenumbering = followsRenumbering
  }

  public var text: String { Tokenizer.join(tokens) }
}

/// Myers' O(ND) difference algorithm on tokens.
///
/// E. W. Myers, "An O(ND) Difference Algorithm and Its Variations", Algorithmica 1 (1986).
/// Runs in O((N+M)·D) time where D is the number of edits, so nearly equal articles are cheap.
/// Above `maxEdits` edits it gives up on a minimal script and reports the texts as replaced,
/// which bounds the cost of two unrelated long texts.
public enum WordDiff {
  public static func diff(_ a: [Token], _ b: [Token], maxEdits: Int = 2000) -> [DiffRun] {
    let ops = script(a.map(\.text), b.map(\.text), maxEdits: maxEdits)
    var runs: [DiffRun] = []
    var i = 0
    var j = 0
    for op in ops {
      let token: Token
      switch op {
      case .equal:
        token = b[j]
        i += 1
        j += 1
      case .delete:
        token = a[i]
        i += 1
      case .insert:
        token = b[j]
        j += 1
      }
      if let last = runs.last, last.op == op {
        runs[runs.count - 1].tokens.append(token)
      } else {
        runs.append(DiffRun(op: op, tokens: [token]))
      }
    }
    return normalized(runs)
  }

  /// Puts deletions before insertions when they are adjacent, so a replacement reads
  /// `[-old-]{+new+}`.
  static func normalized(_ runs: [DiffRun]) -> [DiffRun] {
    var out: [DiffRun] = []
    for run in runs {
      if run.op == .delete, let last = out.last, last.op == .insert {
        if out.count >= 2, out[out.count - 2].op == .delete {
          out[out.count - 2].tokens += run.tokens
        } else {
          out.insert(run, at: out.count - 1)
        }
      } else if let last = out.last, last.op == run.op {
        out[out.count - 1].tokens += run.tokens
      } else {
        out.append(run)
      }
    }
    return out
  }

  /// The edit script as a list of operations, one per token.
  public static func script<T: Equatable>(_ a: [T], _ b: [T], maxEdits: Int = 2000) -> [DiffRun.Op] {
    let n = a.count
    let m = b.count
    // Common prefix and suffix are cheap and make the core smaller.
    var prefix = 0
    while prefix < n, prefix < m, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < n - prefix, suffix < m - prefix, a[n - 1 - suffix] == b[m - 1 - suffix] { suffix += 1 }
    let x = Array(a[prefix..<(n - suffix)])
    let y = Array(b[prefix..<(m - suffix)])
    var middle: [DiffRun.Op]
    if x.isEmpty {
      middle = Array(repeating: .insert, count: y.count)
    } else if y.isEmpty {
      middle = Array(repeating: .delete, count: x.count)
    } else if let s = myers(x, y, maxEdits: maxEdits) {
      middle = s
    } else {
      middle = Array(repeating: .delete, count: x.count) + Array(repeating: .insert, count: y.count)
    }
    return Array(repeating: .equal, count: prefix) + middle + Array(repeating: .equal, count: suffix)
  }

  static func myers<T: Equatable>(_ a: [T], _ b: [T], maxEdits: Int) -> [DiffRun.Op]? {
    let n = a.count
    let m = b.count
    let maxD = min(n + m, maxEdits)
    let offset = maxD + 1
    var v = [Int](repeating: 0, count: 2 * maxD + 3)
    var trace: [[Int]] = []
    var found = false
    outer: for d in 0...maxD {
      trace.append(v)
      var k = -d
      while k <= d {
        var xPos: Int
        if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
          xPos = v[offset + k + 1]
        } else {
          xPos = v[offset + k - 1] + 1
        }
        var yPos = xPos - k
        while xPos < n, yPos < m, a[xPos] == b[yPos] {
          xPos += 1
          yPos += 1
        }
        v[offset + k] = xPos
        if xPos >= n, yPos >= m {
          found = true
          break outer
        }
        k += 2
      }
    }
    guard found else { return nil }
    // Walk back through the trace.
    var ops: [DiffRun.Op] = []
    var xPos = n
    var yPos = m
    for d in stride(from: trace.count - 1, through: 0, by: -1) {
      let vd = trace[d]
      let k = xPos - yPos
      let prevK: Int
      if k == -d || (k != d && vd[offset + k - 1] < vd[offset + k + 1]) {
        prevK = k + 1
      } else {
        prevK = k - 1
      }
      let prevX = d == 0 ? 0 : vd[offset + prevK]
      let prevY = prevX - prevK
      while xPos > prevX, yPos > prevY, xPos > 0, yPos > 0 {
        ops.append(.equal)
        xPos -= 1
        yPos -= 1
      }
      if d > 0 {
        if xPos == prevX {
          ops.append(.insert)
          yPos -= 1
        } else {
          ops.append(.delete)
          xPos -= 1
        }
      }
    }
    while xPos > 0, yPos > 0 {
      ops.append(.equal)
      xPos -= 1
      yPos -= 1
    }
    return ops.reversed()
  }
}
