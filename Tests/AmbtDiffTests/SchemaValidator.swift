import Foundation

/// A small JSON Schema (2020-12) validator for the keywords ambt's schemas use: type, const,
/// enum, required, properties, additionalProperties, items, $ref (local), minimum, maximum, oneOf.
/// Unknown keywords are an error, so a schema cannot silently use more than this checks.
struct SchemaValidator {
  let root: [String: Any]
  static let known: Set<String> = [
    "$schema", "$id", "$defs", "title", "description", "type", "const", "enum", "required", "properties",
    "additionalProperties", "items", "$ref", "minimum", "maximum", "oneOf",
  ]

  init?(path: String) {
    guard let data = FileManager.default.contents(atPath: path),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return nil }
    root = object
  }

  /// Problems found, as `path: message`; empty when the instance is valid.
  func validate(_ text: String) -> [String] {
    guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
      return ["$: not JSON"]
    }
    var errors: [String] = []
    check(value, root, "$", &errors)
    return errors
  }

  func resolve(_ ref: String) -> [String: Any]? {
    guard ref.hasPrefix("#/") else { return nil }
    var node: Any = root
    for part in ref.dropFirst(2).split(separator: "/") {
      guard let dict = node as? [String: Any], let next = dict[String(part)] else { return nil }
      node = next
    }
    return node as? [String: Any]
  }

  static func typeName(_ v: Any) -> String {
    if v is NSNull { return "null" }
    if let n = v as? NSNumber {
      if String(cString: n.objCType) == "c" { return "boolean" }
      return n.doubleValue == n.doubleValue.rounded() ? "integer" : "number"
    }
    if v is String { return "string" }
    if v is [Any] { return "array" }
    if v is [String: Any] { return "object" }
    return "unknown"
  }

  func check(_ v: Any, _ schema: [String: Any], _ path: String, _ errors: inout [String]) {
    for key in schema.keys where !SchemaValidator.known.contains(key) {
      errors.append("\(path): schema uses unsupported keyword \(key)")
    }
    if let ref = schema["$ref"] as? String {
      guard let target = resolve(ref) else { return errors.append("\(path): unresolved \(ref)") }
      check(v, target, path, &errors)
    }
    if let options = schema["oneOf"] as? [[String: Any]] {
      let passing = options.filter { option in
        var sub: [String] = []
        check(v, option, path, &sub)
        return sub.isEmpty
      }
      if passing.count != 1 { errors.append("\(path): matches \(passing.count) of the oneOf schemas, not exactly one") }
    }
    let type = SchemaValidator.typeName(v)
    if let t = schema["type"] {
      let allowed = (t as? [String]) ?? [(t as? String) ?? ""]
      if !(allowed.contains(type) || (type == "integer" && allowed.contains("number"))) {
        errors.append("\(path): \(type) is not \(allowed)")
        return
      }
    }
    if let c = schema["const"], !SchemaValidator.equal(c, v) { errors.append("\(path): not the constant \(c)") }
    if let e = schema["enum"] as? [Any], !e.contains(where: { SchemaValidator.equal($0, v) }) {
      errors.append("\(path): \(v) not in enum")
    }
    if let n = v as? NSNumber, type != "boolean" {
      if let m = schema["minimum"] as? NSNumber, n.doubleValue < m.doubleValue { errors.append("\(path): below minimum") }
      if let m = schema["maximum"] as? NSNumber, n.doubleValue > m.doubleValue { errors.append("\(path): above maximum") }
    }
    if let object = v as? [String: Any] {
      for r in schema["required"] as? [String] ?? [] where object[r] == nil { errors.append("\(path): missing \(r)") }
      let properties = schema["properties"] as? [String: Any] ?? [:]
      for (key, value) in object {
        if let p = properties[key] as? [String: Any] {
          check(value, p, path + "." + key, &errors)
        } else if let extra = schema["additionalProperties"] {
          if let allowed = extra as? Bool, !allowed {
            errors.append("\(path): unexpected property \(key)")
          } else if let s = extra as? [String: Any] {
            check(value, s, path + "." + key, &errors)
          }
        }
      }
    }
    if let array = v as? [Any], let items = schema["items"] as? [String: Any] {
      for (k, item) in array.enumerated() { check(item, items, "\(path)[\(k)]", &errors) }
    }
  }

  static func equal(_ a: Any, _ b: Any) -> Bool {
    if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
    if let x = a as? String, let y = b as? String { return x == y }
    if let x = a as? NSNumber, let y = b as? NSNumber { return typeName(x) == typeName(y) && x == y }
    return false
  }
}
