#!/usr/bin/env python3
"""Check the TextMate grammar of .ambt (editors/vscode/syntaxes/ambt.tmLanguage.json).

1. It is valid JSON with what TextMate requires: scopeName, patterns, a repository whose every
   rule is a match, a begin/end pair or a list of patterns; every include resolves; capture keys
   are group numbers; the VS Code extension's package.json points at it.
2. Every regular expression compiles with Python's `re` and, when installed, PyPI `regex`, and
   uses none of the Oniguruma constructs Python reads differently (\\h, \\H, \\z, \\G, \\A, (?m),
   possessive or atomic groups); see the note below.
3. A small tokenizer that applies the grammar line by line as vscode-textmate does (the end
   pattern of the open region first, then the region's patterns in order; the earliest match
   wins) tokenises the five codes in Codes/ and the sample lines below:
   - every region closes on exactly the line a classifier of the language (a copy of
     Lexer.classify in Sources/AmbtParser/Line.swift) says it should: the metadata block at its
     closing '---', an explanation block before the next rule, heading or explanation word (or at
     the end of the file); no region runs away;
   - the first character of every line gets the scope of its line kind (comment, heading, rule,
     annotation, explanation word, list marker, metadata key, escape), and a plain text line none.

Oniguruma vs Python: vscode-textmate uses Oniguruma, where ^ and $ always match at line breaks;
the tokenizer compiles with re.MULTILINE and hands each line over with its '\\n', as VS Code does.
(?i:...) and lookahead mean the same in both. The grammar avoids the constructs listed in 2.

Usage: scripts/check-grammar.py [--selftest]. Exit 0 when all checks pass.
"""
import glob
import json
import os
import re
import sys
import unicodedata

try:
    import regex  # PyPI 'regex': closer to Oniguruma (possessive quantifiers, \p{...})
except ImportError:  # the check still runs on Python's re
    regex = None

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GRAMMAR = os.path.join(ROOT, "editors", "vscode", "syntaxes", "ambt.tmLanguage.json")
PACKAGE = os.path.join(ROOT, "editors", "vscode", "package.json")
ONIGURUMA_ONLY = [r"\h", r"\H", r"\z", r"\G", r"\A", "(?m", "(?>", "*+", "++", "?+"]

errors = []


def fail(message):
    errors.append(message)


# ---------------------------------------------------------------- 1. structure

def load():
    with open(GRAMMAR, encoding="utf-8") as f:
        g = json.load(f)
    for key, kind in (("scopeName", str), ("patterns", list), ("repository", dict), ("name", str)):
        if not isinstance(g.get(key), kind):
            fail(f"grammar: '{key}' missing or not a {kind.__name__}")
    if not g.get("scopeName", "").startswith("source."):
        fail("grammar: scopeName should start with 'source.'")
    return g


def rules_of(g):
    """Every rule object in the grammar, with a path for messages."""
    out = []

    def walk(rule, path):
        out.append((rule, path))
        for k, sub in enumerate(rule.get("patterns", [])):
            walk(sub, f"{path}.patterns[{k}]")
        for ckey in ("captures", "beginCaptures", "endCaptures"):
            for n, cap in rule.get(ckey, {}).items():
                for k, sub in enumerate(cap.get("patterns", [])):
                    walk(sub, f"{path}.{ckey}[{n}].patterns[{k}]")

    for k, r in enumerate(g.get("patterns", [])):
        walk(r, f"patterns[{k}]")
    for name, r in g.get("repository", {}).items():
        walk(r, f"repository.{name}")
    return out


def check_structure(g):
    repo = g.get("repository", {})
    for rule, path in rules_of(g):
        if not isinstance(rule, dict):
            fail(f"{path}: not an object")
            continue
        if "include" in rule:
            inc = rule["include"]
            if not (inc in ("$self", "$base") or (inc.startswith("#") and inc[1:] in repo)):
                fail(f"{path}: include '{inc}' does not resolve")
            continue
        has_match = "match" in rule
        has_region = "begin" in rule or "end" in rule
        if has_region and not ("begin" in rule and "end" in rule):
            fail(f"{path}: 'begin' without 'end' or the other way round")
        if has_match and has_region:
            fail(f"{path}: both 'match' and 'begin'")
        if not has_match and not has_region and "patterns" not in rule:
            fail(f"{path}: neither match, begin/end nor patterns")
        for key in ("name", "contentName"):
            if key in rule and not (isinstance(rule[key], str) and re.fullmatch(r"[a-z0-9.-]+(\s[a-z0-9.-]+)*", rule[key])):
                fail(f"{path}: {key} '{rule.get(key)}' is not a scope name")
        for ckey in ("captures", "beginCaptures", "endCaptures"):
            for n, cap in rule.get(ckey, {}).items():
                if not n.isdigit():
                    fail(f"{path}.{ckey}: key '{n}' is not a group number")
                if not isinstance(cap, dict) or not ("name" in cap or "patterns" in cap):
                    fail(f"{path}.{ckey}[{n}]: needs a name or patterns")
    with open(PACKAGE, encoding="utf-8") as f:
        pkg = json.load(f)
    contributes = pkg.get("contributes", {})
    langs = [l for l in contributes.get("languages", []) if l.get("id") == "ambt"]
    if not langs or ".ambt" not in langs[0].get("extensions", []):
        fail("package.json: no language 'ambt' with extension .ambt")
    grammars = [x for x in contributes.get("grammars", []) if x.get("language") == "ambt"]
    if not grammars or grammars[0].get("scopeName") != g.get("scopeName"):
        fail("package.json: no grammar for 'ambt' with the grammar's scopeName")
    elif os.path.normpath(os.path.join(os.path.dirname(PACKAGE), grammars[0]["path"])) != os.path.normpath(GRAMMAR):
        fail("package.json: the grammar path does not point at syntaxes/ambt.tmLanguage.json")
    config = os.path.join(os.path.dirname(PACKAGE), langs[0].get("configuration", "") if langs else "")
    try:
        with open(config, encoding="utf-8") as f:
            conf = json.load(f)
        if conf.get("comments", {}).get("lineComment") != "//":
            fail("language-configuration.json: lineComment is not '//'")
        if "folding" not in conf:
            fail("language-configuration.json: no folding markers")
    except (OSError, ValueError) as e:
        fail(f"language-configuration.json: {e}")


# ---------------------------------------------------------------- 2. regexes

def compile_all(g):
    for rule, path in rules_of(g):
        for key in ("match", "begin", "end", "while"):
            if key not in rule:
                continue
            pattern = rule[key]
            for construct in ONIGURUMA_ONLY:
                if construct in pattern:
                    fail(f"{path}.{key}: uses '{construct}', which Oniguruma and Python read differently")
            try:
                rule["_" + key] = re.compile(pattern, re.MULTILINE)
            except re.error as e:
                fail(f"{path}.{key}: does not compile with re: {e}")
            if regex is not None:
                try:
                    regex.compile(pattern, regex.MULTILINE | regex.VERSION0)
                except regex.error as e:
                    fail(f"{path}.{key}: does not compile with regex: {e}")


# ---------------------------------------------------------------- 3. tokenizer

class Tokenizer:
    """Applies the grammar line by line, like vscode-textmate (without injections and
    back-references in end patterns, which the grammar does not use)."""

    def __init__(self, g):
        self.g = g
        self.repo = g["repository"]

    def flatten(self, patterns):
        out = []
        for p in patterns:
            if "include" in p:
                inc = p["include"]
                target = self.g if inc in ("$self", "$base") else self.repo[inc[1:]]
                out += self.flatten(target["patterns"] if inc in ("$self", "$base") else [target])
            elif "_match" in p or "_begin" in p:
                out.append(p)
            else:
                out += self.flatten(p.get("patterns", []))
        return out

    def paint(self, scopes, line_scopes, m, rule, captures_key, base):
        name = rule.get("name")
        for k in range(m.start(), m.end()):
            line_scopes[k] = base + ([name] if name else [])
        caps = rule.get(captures_key, {})
        for n in sorted(caps, key=int):
            g = int(n)
            if g > (m.re.groups or 0) or m.start(g) < 0:
                continue
            cap = caps[n]
            for k in range(m.start(g), m.end(g)):
                if "name" in cap:
                    line_scopes[k] = line_scopes[k] + [cap["name"]]
            if "patterns" in cap:
                text = m.string[: m.end(g)]
                pos = m.start(g)
                inner = self.flatten(cap["patterns"])
                while pos < m.end(g):
                    best = None
                    for r in inner:
                        mm = r["_match"].search(text, pos) if "_match" in r else None
                        if mm and (best is None or mm.start() < best[0].start()):
                            best = (mm, r)
                    if not best or best[0].end() == best[0].start():
                        break
                    mm, r = best
                    for k in range(mm.start(), mm.end()):
                        line_scopes[k] = line_scopes[k] + [r["name"]]
                    pos = mm.end()

    def tokenize(self, lines):
        """Scopes of every character of every line, and the regions: (rule, first line, last line)."""
        stack = []  # (rule, line it opened)
        regions = []
        result = []
        root = self.flatten(self.g["patterns"])
        for number, line in enumerate(lines):
            text = line + "\n"
            scopes = [["source.ambt"] + [r.get("name") for r, _ in stack if r.get("name")] for _ in text]
            pos = 0
            guard = 0
            while pos < len(text) and guard < 1000:
                guard += 1
                base = ["source.ambt"] + [r.get("name") for r, _ in stack if r.get("name")]
                candidates = []
                if stack:
                    candidates.append(("end", stack[-1][0]))
                patterns = self.flatten(stack[-1][0].get("patterns", [])) if stack else root
                candidates += [("rule", p) for p in patterns]
                best = None
                for kind, r in candidates:
                    rx = r["_end"] if kind == "end" else r.get("_match") or r.get("_begin")
                    m = rx.search(text, pos)
                    if m and (best is None or m.start() < best[0].start()):
                        best = (m, kind, r)
                if not best:
                    break
                m, kind, r = best
                if kind == "end":
                    self.paint(scopes, scopes, m, {"endCaptures": r.get("endCaptures", {})}, "endCaptures", base)
                    rule, opened = stack.pop()
                    regions.append((rule.get("name"), opened, number if m.end() > m.start() else number - 1))
                elif "_begin" in r:
                    self.paint(scopes, scopes, m, r, "beginCaptures", base)
                    if m.end() == m.start() and stack and stack[-1][1] == number and stack[-1][0] is r:
                        fail(f"line {number + 1}: region '{r.get('name')}' opens again at the same place")
                        break
                    stack.append((r, number))
                    for k in range(m.start(), m.end()):
                        scopes[k] = scopes[k] if r.get("name") in scopes[k] else scopes[k] + [r.get("name")]
                else:
                    self.paint(scopes, scopes, m, r, "captures", base)
                    if m.end() == m.start():
                        break
                pos = max(pos, m.end())
            for k in range(pos, len(text)):
                scopes[k] = ["source.ambt"] + [r.get("name") for r, _ in stack if r.get("name")]
            result.append(scopes)
        for rule, opened in stack:
            regions.append((rule.get("name"), opened, None))
        return result, regions


# ---------------------------------------------------------------- the language, independently

LABELS = {"uitleg", "toelichting", "voorbeeld", "voorbeelden", "controlevragen", "noot", "let op"}


def fold(s):
    s = "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
    return " ".join(s.split())


def list_marker(s):
    if len(s) >= 1 and s[0] in "-•*–" and (len(s) == 1 or s[1] in " \t"):
        return True
    if re.match(r"[a-z][.)]([ \t]|$)", s):
        return True
    if re.match(r"[0-9]{1,3}[.)]([ \t]|$)", s):
        return True
    return bool(re.match(r"\(([0-9]{1,3}|[a-z])\)([ \t]|$)", s))


def classify(line):
    """Lexer.classify (Sources/AmbtParser/Line.swift) in Python."""
    s = line.strip(" \t")
    if not s:
        return "blank"
    if s.startswith("//"):
        return "comment"
    if s[0] == "\\":
        return "escaped"
    if s == "---":
        return "fence"
    if s.startswith("##"):
        return "heading2"
    if s[0] == "#":
        return "heading1" if len(s) == 1 or s[1] in " \t" else "text"
    if s[0] == "§":
        return "article"
    if s[0] == "@" and len(s) > 1 and s[1].isalpha():
        return "annotation"
    if len(s.encode()) <= 24 and s.endswith(":") and fold(s[:-1]) in LABELS:
        return "label"
    if list_marker(s):
        return "list"
    return "text"


def expected_regions(lines):
    """Where the metadata block and the explanation blocks are: (name, first, last) with last the
    last line inside (the closing fence included), None when the block runs to the end."""
    kinds = [classify(l) for l in lines]
    out = []
    k = 0
    while k < len(lines) and kinds[k] in ("blank", "comment"):
        k += 1
    metadata_end = -1
    if k < len(lines) and kinds[k] == "fence":
        j = k + 1
        while j < len(lines) and kinds[j] not in ("fence", "heading1", "heading2", "article"):
            j += 1
        last = j if j < len(lines) and kinds[j] == "fence" else j - 1
        out.append(("meta.metadata.ambt", k, last if j < len(lines) else None))
        metadata_end = last
    for i in range(metadata_end + 1, len(lines)):
        opens = kinds[i] == "label" or (kinds[i] == "heading2" and fold(lines[i].strip().lstrip("#")) in LABELS)
        if not opens:
            continue
        j = i + 1
        while j < len(lines) and kinds[j] not in ("article", "heading1", "heading2", "label"):
            j += 1
        out.append(("meta.explanation.ambt", i, j - 1 if j < len(lines) else None))
    return out, kinds, metadata_end


EXPECTED_SCOPE = {
    "comment": "comment.line.double-slash.ambt",
    "escaped": "constant.character.escape.ambt",
    "heading1": "markup.heading.1.ambt",
    "heading2": "markup.heading.2.ambt",
    "article": "keyword.control.rule.ambt",
    "annotation": "punctuation.definition.annotation.ambt",
    "label": "keyword.other.explanation.ambt",
    "list": "punctuation.definition.list.begin.ambt",
}
MARKER_SCOPES = set(EXPECTED_SCOPE.values()) | {"support.type.property-name.ambt"}


def check_file(tok, name, lines):
    scopes, regions = tok.tokenize(lines)
    want, kinds, metadata_end = expected_regions(lines)
    got = sorted((n, a, b) for n, a, b in regions)
    if got != sorted(want, key=lambda r: (r[0], r[1])):
        missing = [r for r in want if r not in got]
        extra = [r for r in got if r not in want]
        fail(f"{name}: regions differ; expected but not found {missing[:3]}, found but not expected {extra[:3]}")
    for n, a, b in got:
        if b is None and not any(w == (n, a, None) for w in want):
            fail(f"{name}:{a + 1}: region {n} runs away to the end of the file")
    in_metadata = set(range(want[0][1] + 1, metadata_end)) if want and want[0][0] == "meta.metadata.ambt" else set()
    checked = 0
    for i, line in enumerate(lines):
        col = len(line) - len(line.lstrip(" \t"))
        if col >= len(line):
            continue
        first = scopes[i][col]
        kind = kinds[i]
        if i in in_metadata and kind not in ("comment", "blank"):
            expected = "support.type.property-name.ambt"
        elif kind == "fence":
            expected = "punctuation.definition.metadata.begin.ambt" if i == (want[0][1] if want else -1) else (
                "punctuation.definition.metadata.end.ambt" if i == metadata_end else None)
        else:
            expected = EXPECTED_SCOPE.get(kind)
        if expected is None:
            if MARKER_SCOPES & set(first):
                fail(f"{name}:{i + 1}: a {kind} line got a marker scope {first}: {line[:60]!r}")
        elif expected not in first:
            fail(f"{name}:{i + 1}: a {kind} line starts with {first}, expected {expected}: {line[:60]!r}")
        checked += 1
    return checked, len(regions)


SAMPLES = [
    # (line in context, column, scope that must be there, scope that must not)
    ("@onderwerp? geschenken", 10, "keyword.operator.inferred.ambt", None),
    ("@onderwerp? geschenken", 0, "meta.annotation.inferred.ambt", None),
    ("@onderwerp geschenken", 1, "keyword.other.annotation.ambt", "meta.annotation.inferred.ambt"),
    ("@Melden-bij leidinggevende", 1, "keyword.other.annotation.ambt", None),
    ("@melden bij leidinggevende", 12, "string.unquoted.annotation-value.ambt", "keyword.other.annotation.ambt"),
    ("@onderwrp geschenken", 1, "invalid.illegal.unknown-annotation.ambt", "keyword.other.annotation.ambt"),
    ("@drempel € 50", 9, "constant.numeric.quantity.ambt", None),
    ("@zie 2.2, 4.3 lid 2", 5, "constant.numeric.reference.ambt", None),
    ("§ 1.1. Je neemt geen geschenken aan.", 2, "constant.numeric.rule-number.ambt", None),
    ("§ Artikel 5 [Geschenken] Tekst.", 12, "entity.name.section.rule-title.ambt", None),
    ("# 1. Geschenken", 2, "entity.name.section.ambt", None),
    ("#hashtag is text", 0, None, "markup.heading.1.ambt"),
    ("## De regels", 0, "markup.heading.2.ambt", None),
    ("Uitleg:", 6, "punctuation.separator.explanation.ambt", None),
    ("Let op:", 0, "keyword.other.explanation.ambt", None),
    ("Uitleg", 0, None, "keyword.other.explanation.ambt"),
    ("  a. het gaat om een geschenk;", 2, "punctuation.definition.list.begin.ambt", None),
    ("(2) Het tweede lid.", 0, "punctuation.definition.list.begin.ambt", None),
    ("2014. was een jaar", 0, None, "punctuation.definition.list.begin.ambt"),
    ("• punt", 0, "punctuation.definition.list.begin.ambt", None),
    ("// een opmerking", 3, "comment.line.double-slash.ambt", None),
    ("Tekst // geen opmerking", 6, None, "comment.line.double-slash.ambt"),
    ("\\# geen kop", 0, "constant.character.escape.ambt", None),
    ("\\# geen kop", 1, None, "markup.heading.1.ambt"),
]


def check_samples(tok):
    for line, col, must, must_not in SAMPLES:
        scopes, _ = tok.tokenize([line])
        got = scopes[0][col]
        if must and must not in got:
            fail(f"sample {line!r} column {col}: {got}, expected {must}")
        if must_not and must_not in got:
            fail(f"sample {line!r} column {col}: {got}, must not have {must_not}")
    # Regions: metadata values, an explanation that ends at the next rule, a forgotten fence.
    doc = ["---", "titel: T", "vastgesteld op: 2025-03-11", "---", "", "§ 1.1. Tekst.", "Uitleg:", "Niet bindend.",
           "- punt", "§ 1.2. Weer bindend.", "---", "kleur: blauw", "# 2. Verder"]
    scopes, regions = tok.tokenize(doc)
    if "constant.numeric.date.ambt" not in scopes[2][17]:
        fail(f"sample document: the date is not a date: {scopes[2][17]}")
    if "meta.explanation.ambt" not in scopes[7][0] or "meta.explanation.ambt" in scopes[9][0]:
        fail("sample document: the explanation block does not end at the next rule")
    if ("meta.metadata.ambt", 10, 11) not in regions:
        fail(f"sample document: a stray '---' is not closed before the heading: {regions}")


def selftest():
    """The checks can fail: a runaway region and a wrong scope are caught."""
    global errors
    g = load()
    compile_all(g)
    g["repository"]["metadata"]["end"] = r"^(?:nooit)$"
    compile_all(g)
    tok = Tokenizer(g)
    before = len(errors)
    check_file(tok, "selftest", ["---", "titel: T", "---", "", "# 1. A", "§ 1.1. Tekst."])
    caught_runaway = len(errors) > before
    errors = errors[:before]
    g = load()
    g["repository"]["heading1"]["name"] = "markup.heading.ambt"
    compile_all(g)
    check_file(Tokenizer(g), "selftest", ["# 1. A"])
    caught_scope = len(errors) > before
    errors = errors[:before]
    if not (caught_runaway and caught_scope):
        print("check-grammar selftest: a broken grammar was not caught")
        sys.exit(1)
    print("check-grammar selftest: a runaway region and a wrong scope are caught")


def main():
    if "--selftest" in sys.argv:
        selftest()
        return
    g = load()
    check_structure(g)
    compile_all(g)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    tok = Tokenizer(g)
    check_samples(tok)
    codes = sorted(glob.glob(os.path.join(ROOT, "Codes", "*.ambt")))
    if len(codes) < 5:
        fail(f"expected the five codes in Codes/, found {len(codes)}")
    total_lines = total_regions = 0
    for path in codes:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        n, r = check_file(tok, os.path.relpath(path, ROOT), lines)
        total_lines += n
        total_regions += r
    if errors:
        print("\n".join(errors[:40]))
        sys.exit(1)
    engine = "re and regex" if regex is not None else "re (PyPI regex not installed)"
    print(f"check-grammar: grammar valid, regexes compile ({engine}); {len(codes)} codes: {total_lines} lines "
          f"with the expected scope, {total_regions} regions closed where expected; {len(SAMPLES)} sample lines")


if __name__ == "__main__":
    main()
