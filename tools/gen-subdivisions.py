#!/usr/bin/env python3
"""Generate schema/lexicons/subdivisions.tsv from Debian's iso-codes data.

usage: tools/gen-subdivisions.py [ISO_3166_2_JSON [LEXICON_DIR [WORDS]]]
           > schema/lexicons/subdivisions.tsv

The first-level subdivisions (provinces, prefectures, regions, states,
special cities) of the countries of the field, and second-level ones where
iso-codes has them, each under the names news text writes:

- the iso-codes name with its diacritics folded ("Lạng Sơn" -> "Lang Son");
- its English forms: the name without the local generic word ("Jilin
  Sheng" -> "Jilin", "Gyeonggi-do" -> "Gyeonggi", "Hamgyǒng-bukto" ->
  "North Hamgyong") and with the English one after it ("Jilin Province",
  "Lang Son Province", "Aichi Prefecture", "Shan State"; lookups ignore
  case, so "Lang Son province" is the same entry);
- for the countries whose iso-codes names are not the English ones
  (Russia, Laos, Cambodia, a few others), the English names from ENGLISH
  below, keyed by ISO 3166-2 code.

A bare name (one without "Province", "State" ...) is left out when it
would take a person's name or a common word for a place: a word of one
syllable ("Tak", "Nan", "Mon"); a name in names-given.tsv or
names-family.tsv, or one opened by a Korean family name ("Ha Nam", "An
Giang"); a lowercase word of the system's word list (/usr/share/dict/words,
Debian's wamerican: "saga", "chin", "hue"); a country's name
(countries.tsv), a nationality word (demonyms.tsv) or a word that is never
part of a name (stopnames.tsv); and the names in NOT_BARE.  Its suffixed
forms stay.  A name that two countries' subdivisions share (the two
Koreas' Kangwon) is left out in every form.

Places that are not subdivisions (towns, counties, border crossings,
camps) are in towns.tsv, hand-written; everyday names in places.tsv.
Both win over this file where they list the same name.
"""
import json, os, re, sys, unicodedata

FIELD = "KP KR CN RU MN JP VN LA TH KH MM".split()

# iso-codes type -> place_kind (tables.json: country, province, city, region, other)
KIND = {
    "Province": "province", "Prefecture": "province", "State": "province",
    "Region": "province", "Autonomous region": "province", "Republic": "province",
    "Administrative region": "province", "Administrative territory": "province",
    "Autonomous district": "province", "Special self-governing province": "province",
    "Capital city": "city", "Special city": "city", "Metropolitan city": "city",
    "Municipality": "city", "Special self-governing city": "city",
    "Autonomous city": "city", "Autonomous municipality": "city",
    "Metropolitan administration": "city", "Special administrative city": "city",
    "Union territory": "city", "Special administrative region": "city",
}

# The English word written after a subdivision's name, by iso-codes type.
SUFFIX = {
    "Province": ["Province"], "Prefecture": ["Prefecture"], "State": ["State"],
    "Region": ["Region"], "Autonomous region": ["Autonomous Region", "Region"],
    "Special self-governing province": ["Province"],
    "Municipality": ["City"], "Capital city": ["City"], "Special city": ["City"],
    "Metropolitan city": ["City"],
}

# English names iso-codes lacks, by ISO 3166-2 code: they come beside the
# folded iso-codes name.  Russia: its Asian subjects and the two capitals
# only (iso-codes writes "Primorskij kraj"; no rule turns that into
# "Primorsky Krai" reliably).
ENGLISH = {
    "KP-01": ["Pyongyang"], "KP-07": ["Kangwon"], "KP-13": ["Rason", "Rajin-Sonbong"],
    "KP-14": ["Nampo"], "KP-02": ["South Phyongan"], "KP-03": ["North Phyongan"],
    "KP-04": ["Jagang"], "KP-08": ["South Hamkyong"], "KP-09": ["North Hamkyong"],
    "KR-49": ["Jeju", "Cheju"], "KR-42": ["Kangwon"],
    "KR-43": ["North Chungchong"], "KR-44": ["South Chungchong"],
    "KR-45": ["North Cholla"], "KR-46": ["South Cholla"],
    "KR-47": ["North Kyongsang"], "KR-48": ["South Kyongsang"], "KR-41": ["Kyonggi"],
    "CN-NM": ["Inner Mongolia", "Nei Menggu"], "CN-XZ": ["Tibet"],
    "RU-PRI": ["Primorsky Krai", "Primorye", "Primorsky", "Primorsky Territory"],
    "RU-KHA": ["Khabarovsk Krai", "Khabarovsk Territory", "Khabarovsk region"],
    "RU-AMU": ["Amur Oblast", "Amur region"],
    "RU-SAK": ["Sakhalin", "Sakhalin Oblast", "Sakhalin region", "Sakhalin Island"],
    "RU-KAM": ["Kamchatka", "Kamchatka Krai", "Kamchatka Peninsula"],
    "RU-MAG": ["Magadan Oblast", "Magadan region"],
    "RU-YEV": ["Jewish Autonomous Oblast", "Jewish Autonomous Region"],
    "RU-CHU": ["Chukotka", "Chukotka Autonomous Okrug"],
    "RU-SA": ["Yakutia", "Sakha Republic", "Republic of Sakha"],
    "RU-ZAB": ["Zabaykalsky Krai", "Transbaikal", "Transbaikalia", "Zabaykalye"],
    "RU-BU": ["Buryatia", "Republic of Buryatia"],
    "RU-IRK": ["Irkutsk Oblast", "Irkutsk region"],
    "RU-KYA": ["Krasnoyarsk Krai", "Krasnoyarsk region"],
    "RU-TY": ["Tuva", "Tyva Republic"], "RU-KK": ["Khakassia"],
    "RU-AL": ["Altai Republic"], "RU-ALT": ["Altai Krai"],
    "RU-NVS": ["Novosibirsk Oblast", "Novosibirsk region"],
    "RU-TOM": ["Tomsk Oblast"], "RU-OMS": ["Omsk Oblast"], "RU-KEM": ["Kemerovo Oblast"],
    "RU-MOS": ["Moscow Oblast", "Moscow region"], "RU-LEN": ["Leningrad Oblast"],
    "RU-MOW": ["Moscow"], "RU-SPE": ["Saint Petersburg", "St. Petersburg", "St Petersburg"],
    "MN-053": ["South Gobi"], "MN-063": ["East Gobi"], "MN-059": ["Middle Gobi"],
    "MN-037": ["Darkhan-Uul", "Darkhan Uul"], "MN-057": ["Zavkhan"], "MN-047": ["Tuv"],
    "MN-071": ["Bayan-Olgii", "Bayan-Ulgii"],
    "VN-HN": ["Hanoi"], "VN-SG": ["Ho Chi Minh City", "Saigon"],
    "VN-HP": ["Haiphong", "Hai Phong"], "VN-DN": ["Da Nang", "Danang"],
    "VN-26": ["Thua Thien Hue", "Thua Thien-Hue"],
    "VN-43": ["Ba Ria-Vung Tau", "Ba Ria - Vung Tau", "Ba Ria Vung Tau"],
    "VN-47": ["Kien Giang"],
    "LA-AT": ["Attapeu", "Attapu"], "LA-BK": ["Bokeo"], "LA-BL": ["Bolikhamsai", "Borikhamxay"],
    "LA-CH": ["Champasak", "Champassak"], "LA-HO": ["Houaphanh", "Huaphan"],
    "LA-KH": ["Khammouane", "Khammuan"], "LA-LM": ["Luang Namtha", "Louang Namtha"],
    "LA-LP": ["Luang Prabang", "Luang Phabang"], "LA-OU": ["Oudomxay", "Oudomxai", "Udomxai"],
    "LA-PH": ["Phongsaly", "Phongsali"], "LA-SL": ["Salavan", "Saravane"],
    "LA-SV": ["Savannakhet"], "LA-VI": ["Vientiane Province"],
    "LA-VT": ["Vientiane Prefecture", "Vientiane Capital"],
    "LA-XA": ["Sainyabuli", "Xayaboury", "Xaignabouli"], "LA-XE": ["Sekong", "Xekong"],
    "LA-XI": ["Xiangkhouang", "Xieng Khouang"], "LA-XS": ["Xaisomboun", "Saysomboun"],
    "TH-10": ["Bangkok"], "TH-S": ["Pattaya"], "TH-31": ["Buriram"],
    "KH-1": ["Banteay Meanchey"], "KH-10": ["Kratie"], "KH-11": ["Mondulkiri"],
    "KH-14": ["Prey Veng"], "KH-15": ["Pursat"], "KH-16": ["Ratanakiri", "Rattanakiri"],
    "KH-17": ["Siem Reap"], "KH-18": ["Sihanoukville", "Preah Sihanouk"],
    "KH-19": ["Stung Treng", "Steung Treng"], "KH-2": ["Battambang"],
    "KH-20": ["Svay Rieng"], "KH-21": ["Takeo"], "KH-22": ["Oddar Meanchey"],
    "KH-23": ["Kep"], "KH-3": ["Kampong Cham"], "KH-5": ["Kampong Speu"],
    "KH-6": ["Kampong Thom"], "KH-8": ["Kandal"], "KH-9": ["Koh Kong"],
    "MM-07": ["Ayeyarwady", "Irrawaddy"], "MM-18": ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw"],
    "MM-13": ["Karen State"], "MM-06": ["Yangon", "Rangoon"],
}

# Countries whose iso-codes names are of no use to a reader of English news
# beyond ENGLISH (Russia's "Amurskaja oblast'").
ENGLISH_ONLY = {"RU"}

# Bare names left out for a reason no list above gives.
NOT_BARE = {
    "Ho Chi Minh": "a person's name",
    "Sejong": "a king's name, and a research institute's",
    "Moskva": "iso-codes' transliteration; Moscow is in places.tsv",
    "Tokyo": "places.tsv has the city",
    "Bulgan": "a given name in Mongolia",
}
# Prefectures whose names are common Japanese family names: "Chiba said"
# is a person.  "Chiba Prefecture" stays.
for _n in ("Chiba Akita Fukui Nagano Yamagata Fukushima Toyama Okayama Kagawa "
           "Wakayama Yamanashi Shiga Kanagawa Nagasaki Hiroshima Fukuoka Kumamoto "
           "Tokushima Kochi Ibaraki Niigata Kagoshima Miyagi Shimane").split():
    NOT_BARE[_n] = "a common Japanese family name"

HANGUL_HINT = str.maketrans({"ǒ": "o", "ŏ": "o", "ŭ": "u", "Ǒ": "O", "Ŏ": "O", "Ŭ": "U"})


def fold(s):
    """Latin letters without their diacritics; Vietnamese đ as d."""
    s = s.replace("Đ", "D").replace("đ", "d").translate(HANGUL_HINT)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def read_lex(path, col=0):
    out = {}
    header = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header:
                header = False
                continue
            out.setdefault(fields[0].lower(), fields)
    return out


def common_words(path, prog):
    """The lowercase words of the system's word list: a bare name that is
    one of them ("saga", "chin") is no place."""
    try:
        with open(path, encoding="utf-8") as f:
            return {w.strip() for w in f if w.strip().islower()}
    except OSError:
        sys.exit(f"{prog}: {path}: no word list (Debian: apt-get install wamerican)")


def syllables(word):
    return len(re.findall(r"[aeiouAEIOU]+", word)) or len(re.findall(r"[yY]", word))


def forms(code, name, typ):
    """(bare names, suffixed names) for one subdivision: local forms
    that carry their own generic word ("Gyeonggi-do") are bare ones that
    take no English suffix."""
    cc = code[:2]
    n = fold(name).strip()
    bare, suffixed, local = [], [], []
    if cc not in ENGLISH_ONLY:
        if cc == "KP" or cc == "KR":
            n = n.replace("'", "")
            m = re.match(r"^(.*?)-?(nam|buk)-?(do|to)$", n)
            if m:
                side = "South" if m.group(2) == "nam" else "North"
                bare.append(f"{side} {m.group(1)}")
                local.append(n)
            else:
                m = re.match(r"^(.*?)-(do|teukbyeolsi|gwangyeoksi|teukbyeoljachido)$", n)
                if m:
                    bare.append(m.group(1))
                    local.append(n)
                else:
                    bare.append(n)
        elif cc == "CN":
            m = re.match(r"^(.*?)( Sheng| Shi| SAR| Zizhiqu)$", n)
            base = m.group(1) if m else n
            base = re.sub(r" (Zhuangzu|Huizu|Huizi|Uygur)$", "", base)
            bare.append(base)
        elif cc == "MN":
            n = n.replace(" uul", "-Uul")
            bare.append(n)
            kh = re.sub(r"(?<![CcSsZzKk])h", "kh", n[1:])
            kh = ("Kh" if n[0] == "H" else n[0]) + kh
            for v in (kh, re.sub(r"iy\b", "ii", re.sub(r"ay\b", "ai", kh))):
                bare.append(v.replace("Dz", "Z"))
        elif cc == "TH":
            bare.append(n)
            if n.count(" ") == 1 and re.search(r"\b(Buri|Thani|Ram)\b", n):
                a, b = n.split()
                bare.append(a + b.lower())
        elif cc == "VN":
            bare.append(n)
            if name != n:
                local.append(name)	# as Vietnamese writes it: "Lạng Sơn"
        else:
            bare.append(n)
    bare += ENGLISH.get(code, [])
    sufs = SUFFIX.get(typ, [])
    for b in list(bare):
        if " " in b and b.split()[-1] in ("Province", "Prefecture", "State", "Region",
                                           "Oblast", "Krai", "Territory", "Okrug", "City",
                                           "Capital", "Island", "Peninsula", "region"):
            bare.remove(b)
            suffixed.append(b)
            continue
        for s in sufs:
            suffixed.append(f"{b} {s}")
    return bare + local, suffixed


def main():
    iso = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-2.json"
    lexdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "schema", "lexicons")
    wordsf = sys.argv[3] if len(sys.argv) > 3 else "/usr/share/dict/words"
    given = read_lex(os.path.join(lexdir, "names-given.tsv"))
    family = read_lex(os.path.join(lexdir, "names-family.tsv"))
    countries = read_lex(os.path.join(lexdir, "countries.tsv"))
    demonyms = read_lex(os.path.join(lexdir, "demonyms.tsv"))
    stop = read_lex(os.path.join(lexdir, "stopnames.tsv"))
    ko_family = {k for k, v in family.items() if len(v) > 1 and v[1] == "ko"}
    common = common_words(wordsf, "gen-subdivisions")

    def bare_ok(b):
        low = b.lower()
        words = b.replace("-", " ").split()
        if b in NOT_BARE or low in countries or low in demonyms or low in stop:
            return False
        if len(words) == 1 and (syllables(b) < 2 or low in given or low in family or low in common):
            return False
        if len(words) > 1 and words[0].lower() in ko_family:
            return False
        return True

    rows = {}	# name -> set of (kind, cc, code)
    for s in json.load(open(iso, encoding="utf-8"))["3166-2"]:
        code, cc = s["code"], s["code"][:2]
        if cc not in FIELD:
            continue
        kind = KIND.get(s["type"], "region" if "parent" in s else "province")
        bare, suffixed = forms(code, s["name"], s["type"])
        if any(b.lower() in countries for b in bare):
            continue	# Taiwan, Hong Kong, Macao: countries of iso 3166-1
        for b in bare:
            if bare_ok(b):
                rows.setdefault(b, set()).add((kind, cc, code))
        for x in suffixed:
            if x.lower() not in countries:
                rows.setdefault(x, set()).add((kind, cc, code))
    print("# generated by tools/gen-subdivisions.py from Debian's iso-codes; do not edit")
    print("name\tplace_kind\tcountry\tcode")
    seen = set()
    for n in sorted(rows, key=lambda x: (x.lower(), x)):
        ccs = {r[1] for r in rows[n]}
        if len(ccs) > 1 or n.lower() in seen:
            continue	# two countries' (the Koreas' Kangwon), or twice in one case
        seen.add(n.lower())
        kind, cc, code = sorted(rows[n])[0]
        print(f"{n}\t{kind}\t{cc}\t{code}")


if __name__ == "__main__":
    main()
