import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work on all cores while keeping the input order in the output.
///
/// The number of workers is the number of active processors, or `AMBT_JOBS` when that is set
/// (the benchmark uses `AMBT_JOBS=1` to measure one core).
public enum ParallelMap {
  /// Workers to use: `AMBT_JOBS` if it is a positive number, else every active processor.
  /// Without an `environment`, the process environment is read.
  public static func defaultWorkers(environment: [String: String]? = nil) -> Int {
    let text = environment.map { $0["AMBT_JOBS"] } ?? getenv("AMBT_JOBS").map { String(cString: $0) }
    if let text, let n = Int(text), n > 0 { return n }
    return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
  }

  /// Maps over an array on `workers` threads, keeping the input order in the output.
  public static func map<T: Sendable, R: Sendable>(
    _ items: [T], workers: Int = defaultWorkers(), _ transform: @Sendable (T) -> R
  ) -> [R] {
    var out: [R] = []
    out.reserveCapacity(items.count)
    forEachOrdered(items, workers: workers, window: Int.max, transform) { _, r in out.append(r) }
    return out
  }

  /// Transforms `items` on `workers` threads and hands each result to `consume` on the calling
  /// thread, in input order, as soon as it and all before it are done. At most `window` results
  /// are in flight or waiting, so memory stays bounded however many items there are.
  public static func forEachOrdered<T: Sendable, R: Sendable>(
    _ items: [T], workers: Int, window: Int = 64, _ transform: @Sendable (T) -> R, consume: (Int, R) -> Void
  ) {
    let workers = min(max(1, workers), items.count)
    if workers <= 1 {
      for (i, item) in items.enumerated() { consume(i, transform(item)) }
      return
    }
    let state = OrderedResults<R>(count: items.count)
    let slots = DispatchSemaphore(value: max(workers, min(window, items.count)))
    let group = DispatchGroup()
    withoutActuallyEscaping(transform) { transform in
      let transform = transform
      for _ in 0..<workers {
        DispatchQueue.global().async(group: group) {
          while true {
            slots.wait()
            guard let index = state.claim() else {
              slots.signal()
              return
            }
            state.put(index, transform(items[index]))
          }
        }
      }
      for index in 0..<items.count {
        let r = state.take(index)
        slots.signal()
        consume(index, r)
      }
      group.wait()
    }
  }
}

/// Results of concurrent workers, claimed and delivered by index.
final class OrderedResults<R>: @unchecked Sendable {
  private var slots: [R?]
  private var next = 0
  private var mutex = pthread_mutex_t()
  private var ready = pthread_cond_t()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
    pthread_mutex_init(&mutex, nil)
    pthread_cond_init(&ready, nil)
  }

  deinit {
    pthread_cond_destroy(&ready)
    pthread_mutex_destroy(&mutex)
  }

  /// The next index to work on, or nil when all are claimed.
  func claim() -> Int? {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    guard next < slots.count else { return nil }
    next += 1
    return next - 1
  }

  func put(_ index: Int, _ value: R) {
    pthread_mutex_lock(&mutex)
    slots[index] = value
    pthread_cond_broadcast(&ready)
    pthread_mutex_unlock(&mutex)
  }

  /// Waits for the result at `index` and removes it from the store.
  func take(_ index: Int) -> R {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    while slots[index] == nil { pthread_cond_wait(&ready, &mutex) }
    let value = slots[index]!
    slots[index] = nil
    return value
  }
}
