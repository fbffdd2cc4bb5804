#!/usr/bin/env python3
"""Lists the sentences of the rules of the codes in Codes/ as unlabelled corpus entries.

Used once to seed Tests/AmbtSemanticsTests/Corpus/codes-*.jsonl: every sentence of every rule's
normative text, and of the explanations of rules whose text is mostly explanation (Leiderdorp),
with the file and line it comes from. A fifth of the entries is set aside as held out, chosen by a
hash of the id before any labelling or tuning, so the choice cannot follow the analyser.

    python3 scripts/extract-corpus-sentences.py Codes/*.ambt > unlabelled.jsonl
"""
import hashlib
import json
import re
import sys

ABBREVIATIONS = {
    "art", "bijv", "o.a", "e.d", "c.q", "enz", "m.b.t", "t.a.v", "nr", "z.s.m", "i.v.m", "d.w.z", "m.u.v",
    "t/m", "o.b.v", "n.a.v", "e.e.a", "resp", "incl", "excl", "evt", "mr", "dhr", "mevr", "jo", "p", "sub", "lid",
    "etc", "ca", "d.d", "a.s", "t.b.v", "v.w.b", "i.p.v", "m.i.v", "bv", "vs",
}
LIST_MARKER = re.compile(r"^\s*(?:[-*•]|[a-z]\.|[a-z]\)|\d{1,2}\.|\d{1,2}\)|\(\d{1,2}\)|\([a-z]\))\s+")
EXPLANATION = re.compile(r"^(?:##\s*)?(Uitleg|Toelichting|Voorbeelden|Controlevragen|Noot)\s*:?\s*$", re.I)


def split_sentences(text):
    out, start, i = [], 0, 0
    while i < len(text):
        c = text[i]
        if c in ".!?;" and (i + 1 == len(text) or text[i + 1] == " "):
            word = re.search(r"(\S+)$", text[start:i])
            w = word.group(1).lower() if word else ""
            # An abbreviation or a number (1.1., € 50,-.) does not end a sentence.
            if c == "." and (w.rstrip(".") in ABBREVIATIONS or re.fullmatch(r"[\d.]+", w) and i + 2 < len(text) and not text[i + 2].isupper()):
                i += 1
                continue
            s = text[start:i + 1].strip()
            if s:
                out.append(s)
            start = i + 1
        i += 1
    s = text[start:].strip()
    if s:
        out.append(s)
    return out


def main(paths):
    for path in paths:
        name = path.split("/")[-1].removesuffix(".ambt")
        lines = open(path, encoding="utf-8").read().split("\n")
        rule, context, lead_in, counter = None, None, None, {}
        for n, line in enumerate(lines, 1):
            stripped = line.strip()
            if line.startswith("§"):
                m = re.match(r"§\s*([\w.]+?)\.?\s", line + " ")
                rule = m.group(1) if m else "?"
                context = "rule"
                lead_in = None
                body = re.sub(r"^§\s*[\w.]+\.?\s*", "", line)
            elif line.startswith("#"):
                if EXPLANATION.match(stripped) and rule:
                    context = "explanation"
                    continue
                rule, context = None, None
                continue
            elif EXPLANATION.match(stripped):
                if rule:
                    context = "explanation"
                continue
            else:
                body = line
            if rule is None or not stripped or stripped.startswith("@") or stripped.startswith("//"):
                continue
            if context == "explanation" and name != "leiderdorp-2025":
                continue
            item = LIST_MARKER.match(body)
            text = body[item.end():] if item else body.strip()
            if text.startswith("\\"):
                text = text[1:]
            for s in split_sentences(text):
                key = f"{name}:{rule}"
                counter[key] = counter.get(key, 0) + 1
                ident = f"{name}-{rule}-{counter[key]}"
                held = int(hashlib.sha1(ident.encode()).hexdigest(), 16) % 5 == 0
                entry = {"id": ident, "source": f"Codes/{name}.ambt:{n}", "context": context, "text": s}
                if item and lead_in:
                    entry["leadIn"] = lead_in
                entry["split"] = "holdout" if held else "tune"
                print(json.dumps(entry, ensure_ascii=False))
            if not item:
                lead_in = text if text.rstrip().endswith(":") else None


if __name__ == "__main__":
    main(sys.argv[1:])
