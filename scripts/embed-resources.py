#!/usr/bin/env python3
"""Compile the data files of ambt into Swift sources, so the binary needs nothing beside it.

For each module with a Resources/ folder (AmbtModel, AmbtLint, AmbtSemantics, AmbtRender) this
writes Sources/<Module>/EmbeddedResources.swift: an enum <Name>Resources with every file of
Resources/ as a raw string literal. For AmbtSemantics it also writes the analyser's lexicon files
as the Swift values Lexicon reads (`Lexicon.embeddedFiles`), so that no process parses their JSON
at start-up. The files in Resources/ stay the source people edit; run this script after editing
one (EmbeddedResourcesTests fails while a generated file is stale).

Usage: scripts/embed-resources.py [--check]   (--check: exit 1 when a generated file is stale)
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULES = {"AmbtModel": "ModelResources", "AmbtLint": "LintResources", "AmbtSemantics": "SemanticsResources",
           "AmbtRender": "RenderResources"}


def literal(text):
    """A Swift multi-line raw string literal whose value is exactly `text`."""
    hashes = "#"
    while ('"""' + hashes) in text or ("\\" + hashes) in text:
        hashes += "#"
    return hashes + '"""\n' + text + '\n"""' + hashes


# The lexicon files of AmbtSemantics as Swift values: for each file, its type in Lexicon and its
# members in the order the type declares them (Sources/AmbtSemantics/LexiconFiles.swift). Kinds:
# "strings" ([String]), "string", "string?", "strings?", "numbers" ([String: Double]),
# ("table", kind) ([String: kind]) and ("struct", type, members).
STRINGS = "strings"
LEXICON = [
    ("modals", ("struct", "ModalsFile", [
        ("must", STRINGS), ("may", STRINGS), ("can", STRINGS), ("needNot", STRINGS), ("forbidden", STRINGS),
        ("abstain", STRINGS), ("principle", STRINGS), ("definition", STRINGS), ("powerVerbs", STRINGS),
        ("sanctions", STRINGS), ("violations", STRINGS), ("denials", STRINGS), ("unfitting", STRINGS),
        ("preventing", STRINGS),
        ("frames", ("struct", "ModalsFile.Frames", [("gebod", STRINGS), ("verbod", STRINGS), ("toestemming", STRINGS)])),
    ])),
    ("negators", ("struct", "NegatorsFile", [("negators", STRINGS), ("without", STRINGS), ("notNegating", STRINGS)])),
    ("conjunctions", ("struct", "ConjunctionsFile", [
        (k, STRINGS) for k in ["condition", "exception", "proviso", "temporal", "cause", "complement", "relative",
                               "coordinating"]])),
    ("numbers", ("struct", "NumbersFile", [
        (k, "numbers") for k in ["units", "teens", "tens", "multipliers", "ordinals", "fractions"]])),
    ("verbs", ("struct", "VerbsFile", [
        ("verbs", STRINGS),
        ("irregular", ("table", ("struct", "Irregular", [
            ("stem", "string"), ("third", "string?"), ("also", "strings?"), ("past", STRINGS), ("participle", "string"),
        ]))),
    ] + [(k, STRINGS) for k in ["reporting", "weakReporting", "reportingNouns", "consentNouns", "copula", "auxiliary",
                                "employerActions", "stative"]])),
    ("roles", ("struct", "RolesFile", [("roles", ("table", STRINGS)), ("employee", STRINGS)])),
    ("topics", ("struct", "TopicsFile", [("topics", ("table", STRINGS)), ("ignoredSynonyms", STRINGS)])),
]


def swift_string(text):
    """A Swift string literal whose value is exactly `text`."""
    out = []
    for c in text:
        if c == "\\" or c == '"':
            out.append("\\" + c)
        elif ord(c) < 0x20 or ord(c) == 0x7F or 0xD800 <= ord(c) <= 0xDFFF:
            if 0xD800 <= ord(c) <= 0xDFFF:
                raise ValueError("a lone surrogate is no text")
            out.append("\\u{%X}" % ord(c))
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def swift_value(value, kind, where, indent):
    """The Swift literal of a JSON value of the given kind (see LEXICON); `where` names it in errors."""
    def fail(what):
        sys.exit(f"embed-resources: {where} must be {what}")
    pad = "  " * indent
    if kind == "string":
        if not isinstance(value, str):
            fail("a string")
        return swift_string(value)
    if kind in ("string?", "strings?"):
        return "nil" if value is None else swift_value(value, kind[:-1], where, indent)
    if kind == STRINGS:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail("a list of strings")
        return "[" + ", ".join(swift_string(v) for v in value) + "]"
    if kind == "numbers":
        if not isinstance(value, dict) or not all(type(v) in (int, float) for v in value.values()):
            fail("an object of numbers")
        if not value:
            return "[:]"
        return "[" + ", ".join(f"{swift_string(k)}: {float(v)!r}" for k, v in value.items()) + "]"
    if kind[0] == "table":
        if not isinstance(value, dict):
            fail("an object")
        if not value:
            return "[:]"
        items = [f"{pad}  {swift_string(k)}: {swift_value(v, kind[1], where + '.' + k, indent + 1)}," for k, v in value.items()]
        return "[\n" + "\n".join(items) + "\n" + pad + "]"
    _, type_name, members = kind
    if not isinstance(value, dict):
        fail("an object")
    args = []
    for key, member_kind in members:
        if key not in value and not (isinstance(member_kind, str) and member_kind.endswith("?")):
            sys.exit(f"embed-resources: {where}.{key} is missing")
        args.append(f"{key}: {swift_value(value.get(key), member_kind, where + '.' + key, indent + 1)}")
    if indent > 2:
        # A value in a table (an irregular verb): on one line.
        return f"Lexicon.{type_name}(" + ", ".join(args) + ")"
    return f"Lexicon.{type_name}(\n{pad}  " + (",\n" + pad + "  ").join(args) + f"\n{pad})"


def no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ValueError("member named twice: " + ", ".join(duplicates))
    return dict(pairs)


def lexicon_values(folder):
    """Swift source for Lexicon.embeddedFiles: the lexicon files as values."""
    out = [
        "",
        "/// The lexicon's files (Resources/*.json) as the values `Lexicon` reads from them, so that no process",
        "/// parses their JSON; EmbeddedResourcesTests checks them against what JSONDecoder reads from the files.",
        "extension Lexicon {",
        "  package static let embeddedFiles = Files(",
    ]
    args = []
    for name, kind in LEXICON:
        path = os.path.join(folder, name + ".json")
        try:
            with open(path, encoding="utf-8") as h:
                value = json.load(h, object_pairs_hook=no_duplicate_keys)
        except ValueError as e:
            sys.exit(f"embed-resources: {name}.json cannot be read: {e}")
        args.append(f"    {name}: {swift_value(value, kind, name + '.json', 2)}")
    out.append(",\n".join(args))
    out += ["  )", "}", ""]
    return "\n".join(out)


def generate(module, name):
    folder = os.path.join(ROOT, "Sources", module, "Resources")
    files = sorted(f for f in os.listdir(folder) if not f.startswith("."))
    out = [
        f"// Generated by scripts/embed-resources.py from Sources/{module}/Resources; do not edit.",
        "// swift-format-ignore-file",
        "import Foundation",
        "",
        f"/// The data files of {module}, compiled in so the `ambt` binary needs no resource folder beside",
        "/// it. The files in Resources/ stay the source people edit; EmbeddedResourcesTests fails when this",
        "/// file is stale (regenerate with scripts/embed-resources.py).",
        f"package enum {name} {{",
        "  /// The bytes of a resource file (`laws.json`), or nil when there is none of that name.",
        "  package static func data(_ file: String) -> Data? { files[file].map { Data($0.utf8) } }",
        "",
        "  /// Every resource file by name, as text.",
        "  package static let files: [String: String] = [",
    ]
    for f in files:
        with open(os.path.join(folder, f), encoding="utf-8", newline="") as h:
            text = h.read()
        if "\r" in text:
            sys.exit(f"embed-resources: {module}/Resources/{f} has CR line endings; save it with LF")
        out.append(f'    "{f}": {literal(text)},')
    out += ["  ]", "}", ""]
    text = "\n".join(out)
    if module == "AmbtSemantics":
        text += lexicon_values(folder)
    return text


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for module, name in MODULES.items():
        path = os.path.join(ROOT, "Sources", module, "EmbeddedResources.swift")
        text = generate(module, name)
        current = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if current != text:
            stale.append(os.path.relpath(path, ROOT))
            if not check:
                with open(path, "w", encoding="utf-8") as h:
                    h.write(text)
    if check and stale:
        sys.exit("embed-resources: stale: " + ", ".join(stale) + "; run scripts/embed-resources.py")
    print(("up to date" if not stale else ("checked" if check else "wrote ") + " ".join(stale)))


main()
