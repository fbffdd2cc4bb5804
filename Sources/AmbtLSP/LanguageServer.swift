import AmbtLint
import AmbtModel
import AmbtParser

/// The `ambt lsp` server without its transport: it takes parsed JSON-RPC messages and framing
/// problems, and hands every message it sends to `send`. Single-threaded; the transport
/// (`StdioTransport`) or a test drives it, and calls `publishDue` for the debounced diagnostics.
public final class LanguageServer {
  public struct Options: Sendable {
    public var language: Language
    /// Whether `--lang` chose the language; otherwise `initializationOptions.lang` may.
    public var languageIsExplicit: Bool
    /// How long after the last change diagnostics are computed, in seconds.
    public var debounce: Double
    /// The largest document kept (the command line's input limit).
    public var maxDocumentBytes: Int
    public var version: String
    public var setup: LintSetupProvider

    public init(
      language: Language = .nl, languageIsExplicit: Bool = false, debounce: Double = 0.25,
      maxDocumentBytes: Int = 128 << 20, version: String, setup: @escaping LintSetupProvider
    ) {
      self.language = language
      self.languageIsExplicit = languageIsExplicit
      self.debounce = debounce
      self.maxDocumentBytes = maxDocumentBytes
      self.version = version
      self.setup = setup
    }

    /// The largest message read: a document as JSON text, escaped, with room for the rest.
    public var maxMessageBytes: Int { maxDocumentBytes * 2 + (1 << 20) }
  }

  enum State { case uninitialized, running, shutDown }

  public private(set) var options: Options
  var language: Language
  var state = State.uninitialized
  var documents: [String: OpenDocument] = [:]
  /// Documents whose diagnostics are due, with the moment they are.
  var pending: [String: Double] = [:]
  let send: (JSON) -> Void
  let now: () -> Double
  /// Set by `exit`: 0 after `shutdown`, else 1.
  public internal(set) var exitCode: Int32?

  public init(options: Options, now: @escaping () -> Double, send: @escaping (JSON) -> Void) {
    self.options = options
    self.language = options.language
    self.now = now
    self.send = send
  }

  func t(_ id: String, _ args: [String: String] = [:]) -> String { language.text(id, args) }

  // MARK: Receiving

  /// One message body as it came off the wire.
  public func receive(_ body: [UInt8]) {
    switch JSONReader.read(body) {
    case .failure(let f):
      respond(.null, error: ResponseError(.parseError, "invalid JSON at byte \(f.offset): \(f.message)"))
    case .success(let message):
      handle(message)
    }
  }

  /// A message the framer could not cut out.
  public func receive(_ problem: MessageFramer.Problem) {
    let message: String
    switch problem {
    case .headerTooLong: message = "header section longer than 8192 bytes"
    case .invalidHeader(let h): message = "invalid header line '\(h)'"
    case .missingContentLength: message = "header without Content-Length"
    case .invalidContentLength(let v): message = "invalid Content-Length '\(v)'"
    case .tooLarge(let n):
      message = "message of \(n) bytes is larger than the limit of \(options.maxMessageBytes) bytes; skipped"
      respond(.null, error: ResponseError(.invalidRequest, message))
      return
    }
    respond(.null, error: ResponseError(.parseError, message))
  }

  func handle(_ message: JSON) {
    guard case .object(let m) = message else {
      let kind = message.arrayValue != nil ? "a batch (LSP sends one message at a time)" : "not an object"
      respond(.null, error: ResponseError(.invalidRequest, "invalid request: \(kind)"))
      return
    }
    let id = m["id"]
    let validID: JSON? = id.flatMap { i in
      switch i {
      case .int, .string, .null: return i
      default: return nil
      }
    }
    guard m["jsonrpc"] == .string("2.0") else {
      respond(validID ?? .null, error: ResponseError(.invalidRequest, "invalid request: \"jsonrpc\" must be \"2.0\""))
      return
    }
    guard let methodValue = m["method"] else {
      // A response to a request of ours: the server sends none, so there is nothing to match.
      if id != nil && (m["result"] != nil || m["error"] != nil) { return }
      respond(validID ?? .null, error: ResponseError(.invalidRequest, "invalid request: no \"method\""))
      return
    }
    guard let method = methodValue.stringValue else {
      respond(validID ?? .null, error: ResponseError(.invalidRequest, "invalid request: \"method\" must be a string"))
      return
    }
    let params = m["params"] ?? .null
    if id != nil {
      guard let validID else {
        respond(.null, error: ResponseError(.invalidRequest, "invalid request: \"id\" must be a number or a string"))
        return
      }
      switch request(method, params) {
      case .success(let result): respond(validID, result: result)
      case .failure(let error): respond(validID, error: error)
      }
    } else {
      notification(method, params)
    }
  }

  // MARK: Requests

  func request(_ method: String, _ params: JSON) -> Result<JSON, ResponseError> {
    switch state {
    case .uninitialized where method != "initialize":
      return .failure(ResponseError(.serverNotInitialized, "the server is not initialized; send 'initialize' first"))
    case .running where method == "initialize", .shutDown where method == "initialize":
      return .failure(ResponseError(.invalidRequest, "the server is already initialized"))
    case .shutDown where method != "shutdown":
      return .failure(ResponseError(.invalidRequest, "the server is shutting down; only 'exit' is accepted"))
    default: break
    }
    switch method {
    case "initialize": return .success(initialize(params))
    case "shutdown":
      state = .shutDown
      return .success(.null)
    case "textDocument/hover": return withDocument(params) { hover($0, $1) }
    case "textDocument/definition": return withDocument(params) { definition($0, $1) }
    case "textDocument/documentSymbol": return withDocument(params) { d, _ in .success(symbols(d)) }
    case "textDocument/foldingRange": return withDocument(params) { d, _ in .success(foldingRanges(d)) }
    case "textDocument/formatting": return withDocument(params) { d, _ in formatting(d) }
    case "textDocument/codeAction": return withDocument(params) { codeActions($0, $1) }
    case "textDocument/completion": return withDocument(params) { completion($0, $1) }
    default:
      return .failure(ResponseError(.methodNotFound, "unknown method '\(method)'"))
    }
  }

  /// Runs `body` on the open document the parameters name.
  func withDocument(
    _ params: JSON, _ body: (OpenDocument, JSON) -> Result<JSON, ResponseError>
  ) -> Result<JSON, ResponseError> {
    guard case .object = params, let uri = params["textDocument"]?["uri"]?.stringValue else {
      return .failure(ResponseError(.invalidParams, "invalid params: textDocument.uri is missing"))
    }
    guard let document = documents[uri] else {
      return .failure(ResponseError(.invalidParams, "invalid params: document '\(uri)' is not open"))
    }
    return body(document, params)
  }

  /// The byte offset of `params.position`, or an invalid-params error.
  func offset(_ params: JSON, in document: OpenDocument) -> Result<Int, ResponseError> {
    guard let line = params["position"]?["line"]?.intValue, let character = params["position"]?["character"]?.intValue,
      line >= 0, character >= 0
    else {
      return .failure(ResponseError(.invalidParams, "invalid params: position needs line and character (numbers, 0 or more)"))
    }
    return .success(document.positions.offset(of: LSPPosition(line: line, character: character)))
  }

  func initialize(_ params: JSON) -> JSON {
    state = .running
    if !options.languageIsExplicit, let l = params["initializationOptions"]?["lang"]?.stringValue.flatMap(Language.init) {
      language = l
    }
    let capabilities: JSON = .object([
      "positionEncoding": .string("utf-16"),
      "textDocumentSync": .object([
        "openClose": .bool(true), "change": .int(1), "save": .object(["includeText": .bool(false)]),
      ]),
      "hoverProvider": .bool(true),
      "definitionProvider": .bool(true),
      "documentSymbolProvider": .bool(true),
      "foldingRangeProvider": .bool(true),
      "documentFormattingProvider": .bool(true),
      "codeActionProvider": .object([
        "codeActionKinds": .array([.string("quickfix"), .string("refactor.rewrite"), .string("source")])
      ]),
      "completionProvider": .object([
        "triggerCharacters": .array([.string("@"), .string(" "), .string(",")]), "resolveProvider": .bool(false),
      ]),
    ])
    return .object([
      "capabilities": capabilities,
      "serverInfo": .object(["name": .string("ambt"), "version": .string(options.version)]),
    ])
  }

  // MARK: Diagnostics

  /// When the next diagnostics are due, for the transport's wait.
  public var nextDeadline: Double? { pending.values.min() }

  /// Publishes the diagnostics that are due at `moment` (all pending ones when nil).
  public func publishDue(at moment: Double? = nil) {
    let due = pending.filter { moment == nil || $0.value <= moment! }.keys.sorted()
    for uri in due {
      pending[uri] = nil
      guard let document = documents[uri] else { continue }
      publishDiagnostics(document)
    }
  }

  // MARK: Sending

  func notificationMessage(_ method: String, _ params: [String: JSON]) -> JSON {
    .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": .object(params)])
  }

  func respond(_ id: JSON, result: JSON) {
    send(.object(["jsonrpc": .string("2.0"), "id": id, "result": result]))
  }

  func respond(_ id: JSON, error: ResponseError) {
    send(
      .object([
        "jsonrpc": .string("2.0"), "id": id,
        "error": .object(["code": .int(error.code.rawValue), "message": .string(error.message)]),
      ]))
  }

  func publish(_ params: [String: JSON]) { send(notificationMessage("textDocument/publishDiagnostics", params)) }
}

/// A JSON-RPC error answer.
struct ResponseError: Error {
  enum Code: Int {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestFailed = -32803
  }

  var code: Code
  var message: String

  init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }
}
