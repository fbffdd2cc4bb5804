import Dispatch

/// An ordered map over a few threads, for the work inside one large file (its rules, its rules'
/// meanings). The results keep the input's order, so what lint reports never depends on the
/// number of workers.
enum ParallelRules {
  static func map<T: Sendable, R: Sendable>(_ items: [T], workers: Int, _ transform: @Sendable (T) -> R) -> [R] {
    guard workers > 1, items.count > 1 else { return items.map(transform) }
    let slots = Slots<R>(count: items.count)
    // Items are taken one at a time from a shared counter, so one slow item (the coverage rule)
    // does not hold back a whole fixed chunk.
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
      while true {
        let k = next.take()
        guard k < items.count else { return }
        slots.set(k, transform(items[k]))
      }
    }
    return slots.values()
  }
}

/// Result slots written by several threads, each slot by exactly one.
private final class Slots<R: Sendable>: @unchecked Sendable {
  private var storage: [R?]
  private let lock = PthreadLock()
  init(count: Int) { storage = Array(repeating: nil, count: count) }
  func set(_ k: Int, _ value: R) { lock.withLock { storage[k] = value } }
  func values() -> [R] { lock.withLock { storage.map { $0! } } }
}

/// The next index to work on.
private final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = PthreadLock()
  func take() -> Int {
    lock.withLock {
      defer { value += 1 }
      return value
    }
  }
}
