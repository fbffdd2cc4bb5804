#!/usr/bin/env python3
"""Checks the labelled sentence corpus (Tests/AmbtSemanticsTests/Corpus/*.jsonl) for form: every
field present with a value the labelling guide allows, ids unique, the held-out split as the hash
says. It does not judge whether a label is right; that is a reader's work.

    python3 scripts/check-corpus.py [FILE...]
"""
import glob
import hashlib
import json
import sys

MODALITIES = {"gebod", "verbod", "toestemming", "meldplicht", "bevoegdheid", "definitie", "uitgangspunt", "geen"}
ROLES = {
    "medewerker", "leidinggevende", "management", "integriteitscoordinator", "vertrouwenspersoon", "gemeentesecretaris",
    "directie", "college", "burgemeester", "raad", "personeelszaken", "communicatie", "concerncontrol", "werkgever",
    "functionaris-gegevensbescherming", "informatiebeveiliging", "huis-voor-klokkenluiders", "politie", "collega",
}
TOPICS = {
    "goed-ambtenaarschap", "integriteitsbeleid", "bespreekbaarheid", "belangenverstrengeling", "misbruik-van-bevoegdheden",
    "nevenwerkzaamheden", "financiele-belangen", "aannemingen-en-leveringen", "geschenken", "uitnodigingen-en-reizen",
    "omkoping", "geheimhouding", "informatiebeveiliging", "persoonsgegevens", "media-en-communicatie", "meningsuiting",
    "contact-met-raadsleden", "bedrijfsmiddelen", "declaraties", "privesfeer", "ongewenst-gedrag", "discriminatie",
    "melden-van-misstanden", "melden-van-integriteitsschendingen", "vertrouwenspersoon", "eed-of-belofte", "draaideur",
    "familie-en-relaties", "alcohol-en-drugs", "handhaving-en-sancties", "dienstverlening", "strafbare-feiten",
    "verantwoording",
}
BOUNDARIES = {"lt", "le", "gt", "ge", "eq"}
UNITS = {"jaar", "maand", "week", "dag", "werkdag", "uur"}
KINDS = {"termijn", "binnen", "frequentie"}
TEMPORAL = {None, "tijdens", "na", "tijdens-en-na"}


def check(entry):
    problems = []
    def need(key, ok, what):
        if key not in entry:
            problems.append(f"missing '{key}'")
        elif not ok(entry[key]):
            problems.append(f"'{key}' is {json.dumps(entry[key], ensure_ascii=False)}: expected {what}")
    need("id", lambda v: isinstance(v, str) and v, "a string")
    need("text", lambda v: isinstance(v, str) and v.strip(), "a sentence")
    need("context", lambda v: v in {"rule", "explanation", "preamble", "closing"}, "rule, explanation, preamble or closing")
    need("modality", lambda v: v in MODALITIES, "one of " + ", ".join(sorted(MODALITIES)))
    need("modalities", lambda v: isinstance(v, list) and all(m in MODALITIES - {"geen"} for m in v) and len(set(v)) == len(v), "a list of norm kinds")
    need("negated", lambda v: isinstance(v, bool), "true or false")
    need("addressee", lambda v: v is None or v in ROLES, "a role id or null")
    need("reportTo", lambda v: isinstance(v, list) and all(r in ROLES for r in v), "a list of role ids")
    need("consentBy", lambda v: isinstance(v, list) and all(r in ROLES for r in v), "a list of role ids")
    need("action", lambda v: v is None or isinstance(v, str) and v.islower() and " " not in v, "an infinitive or null")
    need("topics", lambda v: isinstance(v, list) and all(t in TOPICS for t in v), "a list of topic ids")
    need("amounts", lambda v: isinstance(v, list) and all(isinstance(a, dict) and set(a) == {"value", "boundary"} and isinstance(a["value"], (int, float)) and a["boundary"] in BOUNDARIES for a in v), "a list of {value, boundary}")
    need("periods", lambda v: isinstance(v, list) and all(isinstance(p, dict) and set(p) == {"value", "unit", "kind"} and isinstance(p["value"], (int, float)) and p["unit"] in UNITS and p["kind"] in KINDS for p in v), "a list of {value, unit, kind}")
    need("temporal", lambda v: v in TEMPORAL, "null, tijdens, na or tijdens-en-na")
    need("references", lambda v: isinstance(v, list) and all(isinstance(r, str) for r in v), "a list of strings")
    need("clause", lambda v: v in {None, "main", "sub"}, "main, sub or null")
    if entry.get("modality") == "geen":
        if entry.get("modalities"):
            problems.append("modality 'geen' with modalities")
    elif entry.get("modalities") and entry.get("modality") != entry["modalities"][0]:
        problems.append("modalities must start with the modality")
    ident = entry.get("id", "")
    held = int(hashlib.sha1(ident.encode()).hexdigest(), 16) % 5 == 0
    if entry.get("split") != ("holdout" if held else "tune"):
        problems.append(f"split must be '{'holdout' if held else 'tune'}' (sha1 of the id mod 5)")
    return problems


def main(paths):
    paths = paths or sorted(glob.glob("Tests/AmbtSemanticsTests/Corpus/*.jsonl"))
    ids, bad, total = set(), 0, 0
    for path in paths:
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            total += 1
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{n}: not JSON: {e}")
                bad += 1
                continue
            problems = check(entry)
            if entry.get("id") in ids:
                problems.append(f"duplicate id {entry.get('id')}")
            ids.add(entry.get("id"))
            for p in problems:
                print(f"{path}:{n}: {p}")
            bad += bool(problems)
    print(f"{total} entries, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
