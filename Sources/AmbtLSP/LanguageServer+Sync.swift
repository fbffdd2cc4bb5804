import AmbtModel

/// Notifications: the lifecycle's `exit` and full-document sync (didOpen, didChange, didSave,
/// didClose), which schedule the diagnostics.
extension LanguageServer {
  func notification(_ method: String, _ params: JSON) {
    if method == "exit" {
      exitCode = state == .shutDown ? 0 : 1
      return
    }
    guard state == .running else { return }
    switch method {
    case "textDocument/didOpen":
      guard let item = params["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue
      else { return logInvalid(method) }
      let document = OpenDocument(
        uri: uri, version: item["version"]?.intValue, text: text, limit: options.maxDocumentBytes)
      documents[uri] = document
      pending[uri] = now()
    case "textDocument/didChange":
      guard let uri = params["textDocument"]?["uri"]?.stringValue, let document = documents[uri],
        let changes = params["contentChanges"]?.arrayValue
      else { return logInvalid(method) }
      var text = String(decoding: document.bytes, as: UTF8.self)
      for change in changes {
        guard let new = change["text"]?.stringValue else { return logInvalid(method) }
        if let range = change["range"], let s = lspPosition(range["start"]), let e = lspPosition(range["end"]) {
          // An incremental change, though full sync was asked for: applied all the same.
          let map = PositionMap(LineTable(text))
          let bytes = Array(text.utf8)
          let (a, b) = (map.offset(of: s), map.offset(of: e))
          let (lo, hi) = (min(a, b), max(a, b))
          text = String(decoding: bytes[..<lo] + Array(new.utf8) + bytes[hi...], as: UTF8.self)
        } else {
          text = new
        }
      }
      document.version = params["textDocument"]?["version"]?.intValue ?? document.version
      document.replace(text, limit: options.maxDocumentBytes)
      pending[uri] = now() + options.debounce
    case "textDocument/didSave":
      guard let uri = params["textDocument"]?["uri"]?.stringValue, documents[uri] != nil else { return logInvalid(method) }
      // A saved configuration or baseline is read again with the lint.
      pending[uri] = now()
    case "textDocument/didClose":
      guard let uri = params["textDocument"]?["uri"]?.stringValue, documents[uri] != nil else { return logInvalid(method) }
      documents[uri] = nil
      pending[uri] = nil
      send(notificationMessage("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": .array([])]))
    default:
      // `initialized`, `$/cancelRequest`, `$/setTrace`, configuration changes: nothing to do.
      break
    }
  }

  func lspPosition(_ json: JSON?) -> LSPPosition? {
    guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue else { return nil }
    return LSPPosition(line: line, character: character)
  }

  /// A notification with bad parameters has no one to answer; the editor's log gets a line.
  func logInvalid(_ method: String) {
    send(
      notificationMessage(
        "window/logMessage", ["type": .int(1), "message": .string("ambt: ignored '\(method)': invalid params")]))
  }

}
