#!/usr/bin/env python3
"""Builds realistic version pairs from the real codes: Tests/AmbtDiffTests/Fixtures/leek-v2.ambt
and alphen-v2.ambt, plausible next versions of Codes/leek.ambt and Codes/alphen-aan-den-rijn-2014.ambt.

Each edit is one case the differ must get right; DifferRealCodeTests asserts the alignment.
Run from the repository root: python3 scripts/make-version-pairs.py
"""
import re

src = open("Codes/leek.ambt", encoding="utf-8").read()
head, _, body = src.partition("\n# 1. Belangenverstrengeling\n")
body = "# 1. Belangenverstrengeling\n" + body
# Metadata: adoption date and a wider scope.
head = head.replace("geldt voor: ambtenaren\n", "vastgesteld op: 2020-01-14\ngeldt voor: ambtenaren, inhuurkrachten\n")
head = "// Testversie: een bewerking van Codes/leek.ambt door scripts/make-version-pairs.py.\n" + head

chapters = re.split(r"(?m)^(?=# )", body)
chap = {c.split("\n", 1)[0]: c for c in chapters if c}
def key(prefix):
    return next(k for k in chap if k.startswith("# " + prefix + " "))

def renumber(text, old, new):
    return re.sub(r"(?m)^(# )" + old + r"\.", r"\g<1>" + new + ".", text).replace("§ " + old + ".", "§ " + new + ".")

c1 = chap[key("1.")]; c2 = chap[key("2.")]; c3 = chap[key("3.")]; c4 = chap[key("4.")]
c5 = chap[key("5.")]; c6 = chap[key("6.")]; c7 = chap[key("7.")]; c8 = chap[key("8.")]
c9 = chap[key("9.")]; c10 = chap[key("10.")]; c11 = chap[key("11.")]; c12 = chap[key("12.")]

# A changed period: one year becomes two.
c1 = c1.replace("gedurende een jaar na het einde", "gedurende twee jaar na het einde").replace("@termijn 1 jaar,", "@termijn 2 jaar,")
# 5.4 moves to chapter 1 as 1.7; 5.5 takes its number (a number reused by a text that moved).
m = re.search(r"(?ms)^§ 5\.4\. .*?(?=^§ |\Z)", c5)
moved = m.group(0)
c5 = c5.replace(moved, "")
c1 = c1.rstrip("\n") + "\n\n" + moved.replace("§ 5.4.", "§ 1.7.").rstrip("\n") + "\n\n"
c5 = c5.replace("§ 5.5.", "§ 5.4.")
# Wbp becomes AVG.
c5 = c5.replace("overeenkomstig de Wet bescherming persoonsgegevens.", "overeenkomstig de Algemene verordening gegevensbescherming.").replace("@wet Wbp", "@wet AVG")
# 6.4 is deleted and its number reused for a new rule with a gift limit.
m = re.search(r"(?ms)^§ 6\.4\. .*?(?=^§ |\Z)", c6)
c6 = c6.replace(m.group(0), "§ 6.4. Geschenken met een waarde van ten hoogste € 50 mogen ambtenaren aannemen, mits zij het geschenk melden bij hun leidinggevende.\n@onderwerp geschenken\n@norm toestemming, meldplicht\n@drempel € 50, per geschenk\n@melden bij leidinggevende\n\n")
# A prohibition becomes a permission.
c7 = c7.replace("voor privé-doeleinden is niet toegestaan.\n@onderwerp bedrijfsmiddelen\n@norm verbod", "voor privé-doeleinden is toegestaan met toestemming van de leidinggevende.\n@onderwerp bedrijfsmiddelen\n@norm toestemming\n@melden bij leidinggevende")
# An added rule.
c8 = c8.rstrip("\n") + "\n\n§ 8.2. Ambtenaren delen geen vertrouwelijke gemeentelijke informatie via sociale media.\n@onderwerp media-en-communicatie, geheimhouding\n@norm verbod\n\n"
# Chapters 9 and 10 swap; references follow.
c9n = renumber(c9, "9", "10").replace("@zie 9.1", "@zie 10.1")
c10n = renumber(c10, "10", "9").replace("onder 10.1 t/m 10.6", "onder 9.1 t/m 9.6").replace("@zie 10.1 t/m 10.6", "@zie 9.1 t/m 9.6")
# The report on a trip goes to another addressee.
c10n = c10n.replace("verslag gedaan aan de afdelingsmanager.\n@onderwerp uitnodigingen-en-reizen, verantwoording\n@norm meldplicht\n@melden bij leidinggevende", "verslag gedaan aan de gemeentesecretaris.\n@onderwerp uitnodigingen-en-reizen, verantwoording\n@norm meldplicht\n@melden bij gemeentesecretaris")
# 11.6 is deleted.
m = re.search(r"(?ms)^§ 11\.6\. .*?(?=^§ |\Z)", c11)
c11 = c11.replace(m.group(0), "")
# Chapters 3 and 4 swap.
c3n = renumber(c3, "3", "4")
c4n = renumber(c4, "4", "3")

out = head + "\n" + "".join([c1, c2, c4n, c3n, c5, c6, c7, c8, c10n, c9n, c11, c12])
out = re.sub(r"\n{3,}", "\n\n", out)
open("Tests/AmbtDiffTests/Fixtures/leek-v2.ambt", "w", encoding="utf-8").write(out)

# ---------------------------------------------------------------------------------------------
# Tests/AmbtDiffTests/Fixtures/alphen-v2.ambt: a next version of Codes/alphen-aan-den-rijn-2014.ambt.
src = open("Codes/alphen-aan-den-rijn-2014.ambt", encoding="utf-8").read()
head, _, body = src.partition("\n# Artikel 1 Goed ambtenaarschap\n")
body = "# Artikel 1 Goed ambtenaarschap\n" + body
head = "// Testversie: een bewerking van Codes/alphen-aan-den-rijn-2014.ambt door scripts/make-version-pairs.py.\n" + head
parts = re.split(r"(?m)^(?=# )", body)
def num(p):
    m = re.match(r"# Artikel (\d+) ", p)
    return int(m.group(1)) if m else None
chap = {num(p): p for p in parts if num(p) is not None}
rest = [p for p in parts if p and num(p) is None]  # Slot and Bijlage

def renum(text, old, new):
    text = text.replace("# Artikel %d " % old, "# Artikel %d " % new)
    return re.sub(r"(?m)^§ %d\.(\d+)" % old, lambda m: "§ %d.%s" % (new, m.group(1)), text)

# A lower gift limit: stricter.
chap[8] = chap[8].replace("meer dan €50 waard", "meer dan €25 waard").replace("@drempel €50,", "@drempel €25,")
# Chapters 2 and 3 swap; the reference to 2.1 t/m 2.6 follows.
c2 = renum(chap[2], 2, 3).replace("@zie 2.1 t/m 2.6", "@zie 3.1 t/m 3.6").replace("artikel 2.1 tot en met 2.6", "artikel 3.1 tot en met 3.6")
c3 = renum(chap[3], 3, 2)
chap[2], chap[3] = c3, c2
# Chapter 13 (clothing) is deleted: 14 and 15 become 13 and 14.
del chap[13]
chap[13] = renum(chap.pop(14), 14, 13)
chap[14] = renum(chap.pop(15), 15, 14)
out = head + "\n" + "".join(chap[k] for k in sorted(chap)) + "".join(rest)
out = re.sub(r"\n{3,}", "\n\n", out)
open("Tests/AmbtDiffTests/Fixtures/alphen-v2.ambt", "w", encoding="utf-8").write(out)
