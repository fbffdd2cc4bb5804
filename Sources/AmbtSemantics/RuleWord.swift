/// The words the analyser's rules name (`je`, `te`, `,`), with fixed ids: the first ids of the
/// word table, so a rule compares a token with a word as two integers and tests a set of words
/// with one bit (`WordSet`). The words themselves stay in the rules that use them.
enum RuleWord: Int32, CaseIterable, Sendable {
  /// Not a word of the rules (every other word has an id after these).
  case unknown = 0
  case exclamationMark, ampersand, openParen, closeParen, comma, dash, period, colon, semicolon, questionMark, aan, aangemerkt
  case aandacht, aangezien, aangifte, aanstelling, aanvaardbaar, aanvang, aanvragen, acceptabel, afdeling, afloop, afspraak,
    afstemming, afweging, alle,
    alleen
  case als, alsof, altijd, alvorens, ambtenaar, ander, anders, arbeidsovereenkomst, arbeidsrelatie, art, artikel, artikelen
  case bedoeld, bedoeling, bedrag, beeindigd, beeindiging, behalve, behoort, behoren, behoudens, bekijken, bekijkt, belangrijk,
    ben
  case beneden, bent, beoordeelt, beoordelen, bepaalt, bepalen, bepaling, beschouwd, besef, beslist, bestaat, betekent
  case betreffende, betrokken, bewust, bezwaar, bij, bijvoorbeeld, binnen, blijft, blijkt, blijven, boven, buiten, burger, checkt
  case contact, contract, controleert, daar, daarbij, daardoor, daarmee, daarna, daarom, daarop, daarvan, daarvoor, dag, dan
  case dat, de, denk, denken, derde, dergelijke, desbetreffende, deze, dezelfde, die, dienen, dienst, dienstbetrekking,
    dienstverband
  case dient, direct, directe, dit, doen, doet, door, doordat, draag, draagt, duidelijk, dus, duur, een, eenieder, eenmaal
  case eens, eerder, eerst, eerste, eigen, einde, eindigen, eindigt, elk, elke, en, enOf, enig, enkel, er, eraan, erbij, erg,
    ermee, erop
  case erover, ervan, ervoor, essentieel, eur, euro, euros, even, evenals, exMedewerker, exMedewerkers, externe, feit, functie
  case fungeert, gaat, gedurende, geef, geeft, geen, gegeven, gehouden, gelden, geldt, gemeente, gemeentelijke, genoemd,
    geoorloofd
  case gerechtigd, gevaar, geval, geven, gewenst, gewezen, geworden, gezien, goed, goedkeuring, groter, haar, had, hadden
  case halfjaar, handelen, handelt, heb, hebben, hebt, heeft, het, hetgeen, hetzelfde, hier, hierbij, hierdoor, hiermee
  case hierna, hiervan, hij, hoeft, hoewel, hoger, hogere, hoogste, hoogstens, hoogte, hooguit, hoort, houdt, hun, ieder
  case iedere, iedereen, iemand, iets, `in`, indien, indienen, ingeval, inhoudt, inhuur, interne, inzake, `is`, jaar, je
  case jegens, jezelf, jij, jou, jouw, kans, keer, kenbaar, kennen, kennis, kennisgeving, kent, keurt, kleiner, konden, korter,
    kracht, kunnen, kunt,
    laat, laatste
  case lager, lagere, langer, laten, later, leden, leiden, leidt, `let`, lid, loopt, maal, maand, maar, mag, maken, max
  case maximaal, maximum, mededeling, medewerker, meer, melding, meldpunt, men, met, mijn, minder, minimaal, minimum, minste
  case minstens, misschien, mits, mocht, mochten, moest, moesten, moet, moeten, mogelijk, mogen, na, naDash, naar, naast, nadat,
    nadien
  case nagaan, namens, niemand, niet, niets, nodig, noodzakelijk, nooit, norm, nu, of, ofschoon, om, omdat, omschreven, omtrent
  case onafhankelijke, onder, onderzoekt, ongeveer, ongewenst, onmiddellijk, ons, ontslag, onwenselijk, onze, ook, oordeelt
  case op, opdat, opdracht, opgave, ophoudt, optreden, optreedt, orde, organisatie, oud, oudCollega, oudCollegas
  case oudMedewerker, oudMedewerkers, ouder, over, overleg, overschrijdt, paragraaf, pensionering, per, plicht, privepersoon
  case raadzaam, recht, regel, regels, richting, risico, rust, rusten, samenspraak, schijn, schriftelijk, sedert, sinds, slechts,
    snel
  case sprake, staat, stemt, stoppen, stopt, sub, tSlashM, te, team, tegelijk, tegen, ten, teneinde, tenminste, tenzij, ter,
    terecht, termijn
  case terwijl, tijdens, tijdig, tm, toe, toegelaten, toegestaan, toelaatbaar, toepassing, toestemming, toetsen, toetst, tot,
    totaal, totdat,
    tussen
  case tweede, twijfel, twijfelen, twijfelt, u, uit, uitVerb, uitdiensttreding, uiteraard, uiterlijk, uiterst, uitgangspunt
  case uitgesloten, uitgezonderd, uitsluitend, uitstijgt, uur, uw, vallen, valt, van, vanaf, vanuit, vanzelfsprekend, verbod
  case verboden, vereist, verlaat, verlaten, verleend, verleent, verlenen, vermeld, verplicht, verplichting, verschil, verstaan,
    verstaat,
    verstandig
  case verstrekken, vertrek, vertrekt, vervallen, vervalt, verwachting, verzoeken, via, vierde, volgende, voor, vooraf, vooral
  case voorbeeld, voordat, voorgaande, voorwaarde, voorzover, vorige, vraag, vraagt, vragen, vrij, vrijwilliger, waaraan,
    waarbij, waard
  case waarde, waardoor, waarin, waarmee, waarnaar, waarop, waarover, waaruit, waarvan, waarvoor, wanneer, want, waren, was
  case wat, we, week, wees, weet, wel, welk, welke, wellicht, wenselijk, werd, werden, werkdag, werken, werkgever, werknemer,
    werkt
  case werkzaam, werkzaamheden, weten, wie, wij, wilt, worden, wordt, zaak, zal, ze, zeker, zelf, zelfde, zelfs, zet, zich, zie
  case ziet, zij, zijn, zo, zoN, zoals, zodanig, zodat, zodra, zolang, zonder, zorg, zou, zouden, zover, zowel, zullen, zult
  case apostrophe, quote
  case vijfde, zesde, zevende, achtste, negende, tiende
  case onderdeel, onderwerp, agendapunt, geheim, vertrouwelijk
  case doel, hoofdstuk
  case tijd, periode, weggaat, weggaan, opgaaf, tegenover, duurt, duren, pas, waaronder, bekend
  case waterschap, hoogheemraadschap, veiligheidsregio, omgevingsdienst, provincie, werkorganisatie
  case bureau, cluster, sector, unit, directoraat, gedragsregel, gedragsregels, bel, wiens, wier
  case waarna, werk, waar, kernafspraak, kernafspraken, noch, wil, willen, word, ongeacht, volgens
  case ik, geeindigd, afgelopen, vertrokken, weggegaan, zeggen, tientje, vijfje
  case evenmin

  /// The word as the folded text spells it.
  var spelling: String { Self.spellings[Int(rawValue)] }

  /// The spellings, by raw value.
  static let spellings: [String] = [
    "",
    "!", "&", "(", ")", ",", "-", ".", ":", ";", "?", "aan", "aangemerkt", "aandacht", "aangezien", "aangifte", "aanstelling",
    "aanvaardbaar",
    "aanvang",
    "aanvragen", "acceptabel", "afdeling", "afloop", "afspraak", "afstemming", "afweging", "alle", "alleen", "als", "alsof",
    "altijd",
    "alvorens", "ambtenaar", "ander", "anders", "arbeidsovereenkomst", "arbeidsrelatie", "art", "artikel", "artikelen",
    "bedoeld", "bedoeling", "bedrag", "beeindigd", "beeindiging", "behalve", "behoort", "behoren", "behoudens", "bekijken",
    "bekijkt",
    "belangrijk", "ben", "beneden", "bent", "beoordeelt", "beoordelen", "bepaalt", "bepalen", "bepaling", "beschouwd", "besef",
    "beslist", "bestaat", "betekent", "betreffende", "betrokken", "bewust", "bezwaar", "bij", "bijvoorbeeld", "binnen", "blijft",
    "blijkt", "blijven", "boven", "buiten", "burger", "checkt", "contact", "contract", "controleert", "daar", "daarbij",
    "daardoor", "daarmee", "daarna", "daarom", "daarop", "daarvan", "daarvoor", "dag", "dan", "dat", "de", "denk", "denken",
    "derde",
    "dergelijke", "desbetreffende", "deze", "dezelfde", "die", "dienen", "dienst", "dienstbetrekking", "dienstverband",
    "dient", "direct", "directe", "dit", "doen", "doet", "door", "doordat", "draag", "draagt", "duidelijk", "dus", "duur",
    "een", "eenieder", "eenmaal", "eens", "eerder", "eerst", "eerste", "eigen", "einde", "eindigen", "eindigt", "elk", "elke",
    "en", "en/of", "enig", "enkel", "er", "eraan", "erbij", "erg", "ermee", "erop", "erover", "ervan", "ervoor", "essentieel",
    "eur", "euro",
    "euros", "even", "evenals", "ex-medewerker", "ex-medewerkers", "externe", "feit", "functie", "fungeert", "gaat",
    "gedurende", "geef", "geeft", "geen", "gegeven", "gehouden", "gelden", "geldt", "gemeente", "gemeentelijke", "genoemd",
    "geoorloofd",
    "gerechtigd", "gevaar", "geval", "geven", "gewenst", "gewezen", "geworden", "gezien", "goed", "goedkeuring", "groter",
    "haar", "had", "hadden", "halfjaar", "handelen", "handelt", "heb", "hebben", "hebt", "heeft", "het", "hetgeen",
    "hetzelfde", "hier", "hierbij", "hierdoor", "hiermee", "hierna", "hiervan", "hij", "hoeft", "hoewel", "hoger", "hogere",
    "hoogste", "hoogstens", "hoogte", "hooguit", "hoort", "houdt", "hun", "ieder", "iedere", "iedereen", "iemand", "iets",
    "in", "indien", "indienen", "ingeval", "inhoudt", "inhuur", "interne", "inzake", "is", "jaar", "je", "jegens", "jezelf",
    "jij", "jou", "jouw", "kans", "keer", "kenbaar", "kennen", "kennis", "kennisgeving", "kent", "keurt", "kleiner", "konden",
    "korter", "kracht", "kunnen",
    "kunt", "laat",
    "laatste", "lager", "lagere", "langer", "laten", "later", "leden", "leiden", "leidt", "let", "lid", "loopt", "maal",
    "maand", "maar", "mag", "maken", "max", "maximaal", "maximum", "mededeling", "medewerker", "meer", "melding", "meldpunt",
    "men", "met", "mijn", "minder", "minimaal", "minimum", "minste", "minstens", "misschien", "mits", "mocht", "mochten", "moest",
    "moesten", "moet", "moeten", "mogelijk", "mogen", "na", "na-", "naar", "naast", "nadat", "nadien", "nagaan", "namens",
    "niemand", "niet", "niets", "nodig", "noodzakelijk", "nooit", "norm", "nu", "of", "ofschoon", "om", "omdat", "omschreven",
    "omtrent", "onafhankelijke", "onder", "onderzoekt", "ongeveer", "ongewenst", "onmiddellijk", "ons", "ontslag",
    "onwenselijk", "onze", "ook", "oordeelt", "op", "opdat", "opdracht", "opgave", "ophoudt", "optreden", "optreedt", "orde",
    "organisatie", "oud", "oud-collega", "oud-collega's", "oud-medewerker", "oud-medewerkers", "ouder", "over", "overleg",
    "overschrijdt", "paragraaf", "pensionering", "per", "plicht", "privepersoon", "raadzaam", "recht", "regel", "regels",
    "richting", "risico", "rust", "rusten", "samenspraak", "schijn", "schriftelijk", "sedert", "sinds", "slechts", "snel",
    "sprake",
    "staat", "stemt", "stoppen", "stopt", "sub", "t/m", "te", "team", "tegelijk", "tegen", "ten", "teneinde", "tenminste",
    "tenzij", "ter",
    "terecht", "termijn", "terwijl", "tijdens", "tijdig", "tm", "toe", "toegelaten", "toegestaan", "toelaatbaar", "toepassing",
    "toestemming",
    "toetsen",
    "toetst",
    "tot", "totaal", "totdat", "tussen", "tweede", "twijfel", "twijfelen", "twijfelt", "u", "uit", "uit\u{2009}",
    "uitdiensttreding", "uiteraard", "uiterlijk", "uiterst", "uitgangspunt", "uitgesloten", "uitgezonderd", "uitsluitend",
    "uitstijgt", "uur", "uw", "vallen", "valt", "van", "vanaf", "vanuit", "vanzelfsprekend", "verbod", "verboden", "vereist",
    "verlaat", "verlaten",
    "verleend", "verleent", "verlenen", "vermeld", "verplicht", "verplichting", "verschil", "verstaan", "verstaat", "verstandig",
    "verstrekken", "vertrek", "vertrekt", "vervallen", "vervalt", "verwachting", "verzoeken", "via", "vierde", "volgende", "voor",
    "vooraf", "vooral", "voorbeeld", "voordat", "voorgaande", "voorwaarde", "voorzover", "vorige", "vraag", "vraagt", "vragen",
    "vrij", "vrijwilliger", "waaraan", "waarbij", "waard", "waarde", "waardoor", "waarin", "waarmee", "waarnaar", "waarop",
    "waarover",
    "waaruit", "waarvan", "waarvoor", "wanneer", "want", "waren", "was", "wat", "we", "week", "wees", "weet", "wel", "welk",
    "welke", "wellicht", "wenselijk", "werd", "werden", "werkdag", "werken", "werkgever", "werknemer", "werkt", "werkzaam",
    "werkzaamheden", "weten", "wie", "wij", "wilt", "worden", "wordt", "zaak", "zal", "ze", "zeker", "zelf", "zelfde", "zelfs",
    "zet",
    "zich", "zie", "ziet", "zij", "zijn", "zo", "zo'n", "zoals", "zodanig", "zodat", "zodra", "zolang", "zonder", "zorg",
    "zou", "zouden", "zover", "zowel", "zullen", "zult", "'", "\"",
    "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
    "onderdeel", "onderwerp", "agendapunt", "geheim", "vertrouwelijk",
    "doel", "hoofdstuk",
    "tijd", "periode", "weggaat", "weggaan", "opgaaf", "tegenover", "duurt", "duren", "pas", "waaronder", "bekend",
    "waterschap", "hoogheemraadschap", "veiligheidsregio", "omgevingsdienst", "provincie", "werkorganisatie",
    "bureau", "cluster", "sector", "unit", "directoraat", "gedragsregel", "gedragsregels", "bel", "wiens", "wier",
    "waarna", "werk", "waar", "kernafspraak", "kernafspraken", "noch", "wil", "willen", "word", "ongeacht", "volgens",
    "ik", "geeindigd", "afgelopen", "vertrokken", "weggegaan", "zeggen", "tientje", "vijfje", "evenmin",
  ]
}
