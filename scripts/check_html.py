#!/usr/bin/env python3
"""Strict checks of ambt's HTML renderings, beyond what a generic validator knows.

For each file: html5lib strict parse (any parse error fails; skipped with a note if html5lib
is missing), then our own rules: <html lang="nl">, exactly one h1 and no skipped heading level,
unique ids, every #fragment link has a target, a skip link whose target exists, a non-empty
<title>, and no element or attribute the renderer never writes (so unescaped document text,
such as a <script> from a code, is caught).

Usage: check_html.py FILE.html...   Exit code 0 when all files pass, 1 otherwise.
"""
import sys
from html.parser import HTMLParser

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "h2", "h3", "h4", "h5", "h6",
    "p", "strong", "dl", "div", "dt", "dd", "nav", "ol", "ul", "li", "main", "section", "article",
    "span", "aside", "time", "footer",
}
ALLOWED_ATTRS = {
    "lang", "charset", "name", "content", "class", "href", "id", "aria-label", "aria-labelledby",
    "tabindex", "datetime",
}


class Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.html_lang = None
        self.headings = []
        self.ids = []
        self.fragment_links = []
        self.title = ""
        self.in_title = False
        self.first_link = None

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"line {line}: unexpected element <{tag}>")
        for name, value in attrs:
            if name not in ALLOWED_ATTRS:
                self.problems.append(f"line {line}: unexpected attribute {name} on <{tag}>")
            if name == "id":
                self.ids.append(value)
            if name == "href" and value is not None:
                if value.startswith("#"):
                    self.fragment_links.append((line, value[1:]))
                elif not (value.startswith("https://") or value.startswith("http://")):
                    self.problems.append(f"line {line}: link to a non-web address {value!r}")
        if tag == "html":
            self.html_lang = dict(attrs).get("lang")
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append((line, int(tag[1])))
        if tag == "title":
            self.in_title = True
        if tag == "a" and self.first_link is None:
            self.first_link = dict(attrs)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def check(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    problems = []
    try:
        import html5lib
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(text)
        except html5lib.html5parser.ParseError as e:
            problems.append(f"html5lib strict parse: {e}")
    except ImportError:
        print(f"note: html5lib is not installed; {path} gets only the structural checks", file=sys.stderr)
    c = Collector()
    c.feed(text)
    c.close()
    problems += c.problems
    if not text.startswith("<!DOCTYPE html>"):
        problems.append("the file does not start with <!DOCTYPE html>")
    if c.html_lang != "nl":
        problems.append(f'<html lang="nl"> expected, found lang={c.html_lang!r}')
    if not c.title.strip():
        problems.append("empty <title>")
    levels = [level for _, level in c.headings]
    if levels.count(1) != 1:
        problems.append(f"expected exactly one h1, found {levels.count(1)}")
    previous = 0
    for line, level in c.headings:
        if level > previous + 1:
            problems.append(f"line {line}: h{level} follows h{previous} (a level is skipped)")
        previous = level
    seen = set()
    for i in c.ids:
        if i in seen:
            problems.append(f"duplicate id {i!r}")
        seen.add(i)
    for line, target in c.fragment_links:
        if target not in seen:
            problems.append(f"line {line}: link to #{target}, which does not exist")
    if not c.first_link or not c.first_link.get("href", "").startswith("#") or "skip-link" not in c.first_link.get("class", ""):
        problems.append("the first link is not a skip link")
    return problems


def main(paths):
    failed = 0
    for path in paths:
        problems = check(path)
        for p in problems:
            print(f"{path}: {p}")
        if problems:
            failed += 1
    print(f"check_html: {len(paths)} file(s), {failed} with problems", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
