import AmbtModel

/// Escaping for HTML text and attribute values.
public enum HTML {
  /// The same escaping as the renderer's (control characters that HTML forbids are dropped).
  public static func escape(_ s: String) -> String { HTMLEscaping.text(s) }

  /// The shared page frame: language, title, a small stylesheet that keeps contrast and
  /// does not rely on colour alone (deletions are struck through, insertions underlined).
  public static func page(language: String, title: String, body: String, extraStyle: String = "") -> String {
    """
    <!DOCTYPE html>
    <html lang="\(escape(language))">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>\(escape(title))</title>
    <style>
    body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
    del { background: #fde2e1; color: #7a0b0b; text-decoration: line-through; }
    ins { background: #dcf5e3; color: #0b5a22; text-decoration: underline; }
    del.renumbering, ins.renumbering { background: #eeeeee; color: #333333; }
    table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
    .outlier { font-weight: bold; }
    section { border-top: 1px solid #ccc; padding-top: 0.5rem; }
    </style>\(extraStyle)
    </head>
    <body>
    \(body)</body>
    </html>

    """
  }
}
