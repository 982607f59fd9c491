#!/usr/bin/env python3
"""Generate schema/lexicons/cities.tsv: the world's cities that the time
zone database names, and the capitals it does not.

usage: tools/gen-cities.py [ZONE_TAB [LEXICON_DIR [WORDS]]]
           > schema/lexicons/cities.tsv

The gazetteer's own files cover the field's region town by town
(towns.tsv, subdivisions.tsv); a story set anywhere else ("fled the
embassy in Rome", "a dateline from Lima") still needs the city's
country.  tzdata's zone.tab (Debian's tzdata package) names each zone by
a city with its ISO 3166 country code: "Europe/Rome" is Rome, IT.  The
capitals it does not name (zones are named after a country's largest
city: Asia/Shanghai, not Beijing) are in CAPITALS below.

A name is left out where it would read a person or a common word as a
place, by the rules of gen-subdivisions.py: one syllable, a given or
family name, a lowercase word of the system's word list, a country, a
nationality or a stop word.  Names places.tsv or towns.tsv list stay
theirs (the gazetteer loads those first).
"""
import importlib.util, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("gensub", os.path.join(HERE, "gen-subdivisions.py"))
gensub = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gensub)

# Capitals that no zone is named after, from general geography.
CAPITALS = {
    "Washington": "US", "Beijing": "CN", "Ottawa": "CA", "Canberra": "AU", "New Delhi": "IN",
    "Ankara": "TR", "Brasilia": "BR", "Abuja": "NG", "Islamabad": "PK", "Naypyidaw": "MM",
    "Wellington": "NZ", "Pretoria": "ZA", "Bern": "CH", "The Hague": "NL", "Rabat": "MA",
    "Canberra City": "AU", "Astana": "KZ", "Hanoi": "VN", "Sejong": "KR", "Putrajaya": "MY",
    "Dar es Salaam": "TZ", "Dodoma": "TZ", "Yamoussoukro": "CI", "Quito": "EC", "Sucre": "BO",
    "Valletta": "MT", "Reykjavik": "IS", "Edinburgh": "GB", "Cardiff": "GB", "Geneva": "CH",
    "Milan": "IT", "Naples": "IT", "Munich": "DE", "Frankfurt": "DE", "Hamburg": "DE",
    "Marseille": "FR", "Lyon": "FR", "Barcelona": "ES", "Osaka": "JP", "Mumbai": "IN",
}

# zone cities that name something else first in English news
NOT_CITY = {"Ho Chi Minh", "Mexico City", "Panama", "Guatemala", "Kuwait", "Bahrain", "Qatar",
            "Singapore", "Monaco", "Luxembourg", "Andorra", "San Marino", "Vatican", "Gibraltar",
            "Jersey", "Guernsey", "Isle of Man", "Macau", "Hong Kong", "Djibouti", "Tunis",
            "Algiers", "Belize", "Dominica", "Grenada", "Aruba", "Curacao", "Anguilla",
            "Montserrat", "Martinique", "Guadeloupe", "Mayotte", "Reunion", "Bermuda", "Cayman",
            "Puerto Rico", "Jamaica", "Barbados", "Antigua", "St Thomas", "Faroe", "Canary",
            "Azores", "Madeira", "Mauritius", "Maldives", "Seychelles", "Comoro", "Mahe",
            "Chagos", "Kerguelen", "Christmas", "Cocos", "Easter", "Galapagos", "Midway",
            "Wake", "Guam", "Saipan", "Palau", "Pohnpei", "Kosrae", "Majuro", "Kwajalein",
            "Nauru", "Tarawa", "Funafuti", "Wallis", "Efate", "Fiji", "Tongatapu", "Apia",
            "Pago Pago", "Niue", "Rarotonga", "Norfolk", "Pitcairn", "Noumea", "Tahiti",
            "Marquesas", "Gambier", "Chatham", "Auckland", "Bougainville", "Guadalcanal",
            "Port Moresby", "Stanley", "South Georgia", "St Helena", "Cape Verde", "Bissau",
            "Sao Tome", "Malabo", "Libreville", "Lome", "Porto-Novo", "Accra", "Freetown",
            "Conakry", "Banjul", "Dakar", "Nouakchott", "El Aaiun", "Ceuta", "Casablanca",
            # given names first
            "Sofia", "Santiago", "Beulah", "Regina", "Adelaide", "Darwin", "Halifax"}


def main():
    tab = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/zoneinfo/zone.tab"
    lexdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "schema", "lexicons")
    wordsf = sys.argv[3] if len(sys.argv) > 3 else "/usr/share/dict/words"
    lex = lambda n: gensub.read_lex(os.path.join(lexdir, n))
    given, family, countries = lex("names-given.tsv"), lex("names-family.tsv"), lex("countries.tsv")
    demonyms, stop = lex("demonyms.tsv"), lex("stopnames.tsv")
    known = set(lex("places.tsv")) | set(lex("towns.tsv"))
    common = gensub.common_words(wordsf, "gen-cities")

    def ok(name):
        low = name.lower()
        words = name.replace("-", " ").split()
        if name in NOT_CITY or low in known or low in countries or low in demonyms or low in stop:
            return False
        return len(words) > 1 or not (gensub.syllables(name) < 2 or low in given or
                                      low in family or low in common)

    rows = {}
    try:
        with open(tab, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cc, _, zone = line.split("\t")[:3]
                area, _, rest = zone.strip().partition("/")
                if area in ("Antarctica", "Etc") or not rest:
                    continue
                parts = rest.split("/")
                # America/Indiana/Vevay: a county seat named for its zone's
                # history, no city of the news; Argentina's are provinces' seats
                if len(parts) > 1 and parts[0] != "Argentina":
                    continue
                name = parts[-1].replace("_", " ")
                rows.setdefault(name, set()).add(cc)
    except OSError:
        sys.exit(f"gen-cities: {tab}: no zone table (Debian: apt-get install tzdata)")
    for name, cc in CAPITALS.items():
        rows.setdefault(name, set()).add(cc)

    print("# Cities of the world by country, generated by tools/gen-cities.py from")
    print("# tzdata's zone.tab and the capitals listed there; do not edit by hand.")
    print("# places.tsv and towns.tsv win where they list the same name; a name")
    print("# two countries share is left out.")
    print("# place_kind: city.  within: empty.")
    print("name\tplace_kind\tcountry\twithin")
    for name in sorted(rows):
        if len(rows[name]) == 1 and ok(name):
            print(f"{name}\tcity\t{next(iter(rows[name]))}\t")


if __name__ == "__main__":
    main()
