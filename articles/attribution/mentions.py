"""Sieve 2: speaker mentions.

Noun phrases next to a reporting verb are read from the token stream, left of
the verb (``U.K. Defence Secretary John Healey told``) or right of it
(``said Healey, the British defence secretary``), and classified as a person
name, a pronoun, a named organisation, a country, or an unnamed/group source.
Appositives on either side (``Kaja Kallas, the EU's foreign policy chief,``;
``Hegseth's French counterpart, Sébastien Lecornu,``; ``Rutte, who ...,``)
are recorded for the role sieve.  All walks are bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from . import lexicons as lx
from .text import SPELLINGS_MAX, Doc, Token

NAME_PARTICLES = {
    "de",
    "van",
    "von",
    "der",
    "den",
    "bin",
    "al",
    "da",
    "del",
    "della",
    "di",
    "du",
    "la",
    "le",
    "ter",
    "ten",
    "dos",
    "das",
    "ibn",
    "abu",
    "el",
    "st",
    "na",  # Irish: "Conradh na Gaeilge", "Foras na Gaeilge" (round 27)
}
# Title words that are also common surnames ("Charlie King", "Bob Bishop").
SURNAME_TITLES = {
    "king", "bishop", "major", "judge", "dean", "marshal", "pope", "sheriff", "chancellor",
    "mayor", "sergeant", "prince", "baron", "earl", "duke", "knight", "chief", "governor",
    "justice", "counsel", "speaker", "fellow", "host", "coach", "anchor", "partner",
    "driver", "farmer", "priest", "fighter", "pilot", "shepherd", "weaver", "carpenter", "white",
    "sen",  # "Amartya Sen" (the senator's abbreviation stands before a name)
}  # fmt: skip
# generational and regnal numbers ("Martin Luther King Jr.", "Pope Leo XIV")
NAME_SUFFIXES = {
    "jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv",
    "xv", "xvi",
}  # fmt: skip
COMPANY_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "bros"}
# British and Commonwealth letters after a name ("Rachel Greene MP", "Ann Hale KC")
POST_NOMINALS = {"MP", "MSP", "MEP", "MLA", "MS", "AM", "QC", "KC", "SC", "OBE", "MBE", "CBE"}
# "Critics of X", "Voters in Ohio", "economists at X": the place or body qualifies the group
# (and "Businesses on Mull", "Farmers on Skye": an island's; round 31, probe r31b)
# participles between a group and its pollster: "economists surveyed by Bloomberg"
SURVEYED_PARTICIPLES = {"polled", "surveyed", "interviewed", "contacted", "consulted"}
GROUP_COMPLEMENT_PREPOSITIONS = {
    "of", "for", "with", "in", "at", "from", "across", "near", "outside", "around", "on",
}  # fmt: skip
# a body's regional arm after its name ("Ontario Health North")
COMPASS_POINTS = {"North", "South", "East", "West", "Central"}
# last words of street and place names ("Harbour Road", "Capitol Hill")
PLACE_NOUNS = {
    "street", "road", "avenue", "lane", "boulevard", "square", "hill", "drive", "row",
    "strip", "estate", "island",
}  # fmt: skip
TITLE_WORDS = lx.TITLE_HEADS | lx.TITLE_MODIFIERS
CLAUSE_STOP = {"who", "which", "whose", "whom", "that", "where", "when"}
BREAK_PUNCT = set('.!?;:“”"«»()[]—–')
# dashes that can set off a relative clause ("The study -- which notes …")
RELATIVE_DASHES = {"--", "—", "–", "―"}


def _dash_before(doc: Doc, j: int) -> int | None:
    """The first token of a dash right before token j (a dash character, "--" written
    as two hyphens, or a hyphen spaced on both sides), else None."""
    toks = doc.tokens
    d = j - 1
    if toks[d].text in RELATIVE_DASHES:
        return d
    if toks[d].text != "-" or toks[d].end == toks[j].start:
        return None
    if toks[d - 1].text == "-" and toks[d - 1].end == toks[d].start:
        return d - 1 if d > 1 and toks[d - 2].end < toks[d - 1].start else None
    return d if toks[d - 1].end < toks[d].start else None


MAX_NP = 14
KINSHIP = {
    "wife", "husband", "son", "daughter", "niece", "nephew", "mother", "father", "brother",
    "sister", "cousin", "aunt", "uncle", "widow", "widower", "grandson", "granddaughter",
    "grandmother", "grandfather", "stepfather", "stepmother", "fiancee", "fiancé", "fiancée",
    "girlfriend", "boyfriend", "sons", "daughters", "brothers", "sisters", "parents",
    "family", "families", "relatives", "relative", "children", "siblings", "grandchildren",
    "mothers", "fathers", "wives", "husbands", "widows", "cousins",
    "nephews", "nieces", "grandparents", "aunts", "uncles",  # (round 27)
}  # fmt: skip
# a sibling's or child's rank by age before a kinship noun ("his younger brother")
AGE_RANKS = {"younger", "youngest", "older", "oldest", "elder", "eldest", "big", "little", "baby"}
# a relative clause right after a name: "X, who crews the boat,"
WHO_AFTER_NAME_RE = re.compile(r",\s+who\b")
PARTIES = {"democrat", "republican", "independent", "conservative", "liberal", "socialist"}
# "Sen. Maria Cantwell, D-Wash., said"; Minnesota's "DFL-Duluth" too
PARTY_TAG = re.compile("^" + lx.PARTY_TAG_OPENING)


@dataclass
class Source:
    kind: str  # "name" | "pronoun" | "org" | "group" | "country"
    start: int  # span of the mention as written (name only for people)
    end: int
    text: str
    phrase_start: int  # whole noun phrase incl. titles (for roles)
    phrase_end: int
    gender: str | None = None
    appositive: tuple[int, int] | None = None  # ", the EU's foreign policy chief,"
    pre_role: tuple[int, int] | None = None  # "The EU's foreign policy chief, NAME"
    country: str | None = None
    organization: str | None = None
    loose: bool = False  # an unparsed subject phrase (weak evidence)


def _is_initial(doc: Doc, i: int) -> bool:
    t = doc.tokens[i]
    return len(t.text) == 1 and t.cap


def _article_initial(toks, k: int) -> bool:
    """ "A. Rosy": the capital A with a point right after it and a name after that is an
    initial (Indian copy writes a given name's initials so), no article."""
    before = toks[k - 1] if k > 0 else None
    return (
        toks[k].text == "A"
        # ("She got an A. Rosy said …": a grade, after a word that is no title)
        and (before is None or not before.is_word or before.cap or before.lower in TITLE_WORDS)
        and toks[k + 1].text == "."
        and toks[k + 1].start == toks[k].end
        and is_name_token(toks[k + 2])
    )


def is_name_token(t: Token) -> bool:
    """A capitalised word that can be part of a person's name."""
    # a function of the token's text alone (is_word, cap and lower derive from it):
    # memoised per spelling (hot: every capitalised word is tested several times)
    res = _NAME_TOKEN_MEMO.get(t.text)
    if res is None:
        if len(_NAME_TOKEN_MEMO) >= 100_000:
            _NAME_TOKEN_MEMO.clear()  # bounded in a long-running process
        res = _NAME_TOKEN_MEMO[t.text] = _is_name_token(t)
    return res


_NAME_TOKEN_MEMO: dict[str, bool] = {}


def _is_name_token(t: Token) -> bool:
    if not t.is_word:
        return False
    low = t.lower
    if not t.cap:
        return low in NAME_PARTICLES
    if low in lx.FUNCTION_WORDS or low in TITLE_WORDS or low in lx.DEMONYMS:
        return False
    if low in lx.COUNTRY_NAMES or low in lx.GROUP_NOUNS or low in lx.HONORIFICS:
        return False
    if specialist_plural(low):
        return False  # "…, Archaeologists Say": a headline's group, no name
    if low in lx.INDUSTRY_NOUNS:
        return False  # "Rival Micron", "Chipmaker Nvidia": not the first word of a name
    if "-" in low and _hyphenated_title(low):
        return False  # "Director-General", "Attorney-General": a title, not a name
    if t.text in lx.SUPRANATIONAL:
        return False
    if low.endswith(("'s", "’s")):
        # "Trump's claim": the possessor can be a name (the run ends here)
        base = low[:-2]
        if not base or base in lx.FUNCTION_WORDS or base in TITLE_WORDS or base in lx.GROUP_NOUNS:
            return False
        if base in lx.COUNTRY_NAMES or t.text[:-2] in lx.SUPRANATIONAL:
            return False
        return not (t.text[:-2].isupper() and len(base) > 1)
    if len(t.text) > 1 and t.text.isupper() and "." not in t.text:
        return False  # acronyms and all-caps datelines are not personal names
    return not low[0].isdigit()


# the other parts a hyphenated title has ("Vice-President", "President-elect")
TITLE_PART_WORDS = {
    "vice", "deputy", "ex", "co", "elect", "designate", "in", "at", "of", "large",
    "then",  # "Then-CFO X": the office held at the time (round 27)
}  # fmt: skip


def _hyphenated_title(low: str) -> bool:
    """ "director-general", "vice-president": a title; "bishop-clarke", "cardinal-ahenakew"
    (a title word joined to a surname) are a double-barrelled name."""
    parts = low.split("-")
    # (an officer's initials too: "Then-CFO X", round 27)
    return any(p in lx.TITLE_HEADS or p in TITLE_ACRONYMS for p in parts) and all(
        p in lx.TITLE_HEADS or p in TITLE_PART_WORDS or p in TITLE_ACRONYMS for p in parts
    )


def surname_like_place(doc: Doc, k: int) -> bool:
    """``Chuck Jordan``, ``Kerry Washington``, ``Mr. Washington``, ``Sen. Jordan``: a
    place name after a first name, an honorific or a title."""
    if k == 0:
        return False
    toks = doc.tokens
    t, p = toks[k], toks[k - 1]
    if t.lower in lx.DEMONYMS and t.lower not in lx.COUNTRY_NAMES:
        # "Bridget Welsh", "Tom English", "Mr. French": a demonym as a surname
        return (
            p.cap
            and p.lower in lx.FIRST_NAMES
            or (p.text == "." and k > 1 and toks[k - 2].lower in lx.HONORIFICS)
        )
    if t.lower not in lx.COUNTRY_NAMES:
        return False
    if (
        p.text == "."
        and k > 1
        and (toks[k - 2].lower in lx.HONORIFICS or _is_title_abbreviation(toks[k - 2]))
    ):
        return True
    if not p.cap:
        return False
    return (
        p.lower in lx.FIRST_NAMES
        or len(p.text.rstrip(".")) == 1
        or p.lower in lx.HONORIFICS
        or (t.lower in PERSON_LIKE_PLACES and not _body_word(p))
    )


# places that are common surnames ("Blake Washington", "Mr. Jordan"): after a capitalised
# word no lexicon knows, a person ("Heritage Wales", "Visit Scotland" are bodies)
PERSON_LIKE_PLACES = {"washington", "jordan", "israel", "holland", "georgia", "chad"}


def _body_word(t: Token) -> bool:
    """A word that can open a body's name before a place ("Visit", "Heritage", "Air")."""
    return t.lower in lx.PLACE_NAME_WORDS or t.lower in lx.FUNCTION_WORDS or t.lower in lx.ORG_HEADS


def _is_title_abbreviation(t: Token) -> bool:
    """``Sen``, ``Gov``, ``Rep`` before a dot: an abbreviated title."""
    return t.cap and t.lower in lx.TITLE_HEADS


# months that are also first names ("Jan Hatzius", "April Ryan", "June Carter")
MONTH_FIRST_NAMES = {"jan", "april", "may", "june", "jun", "august"}  # ("Jun Dela Cruz")
# words before a month in a date ("in May", "since June", "last April")
DATE_WORDS_BEFORE = {
    "in", "on", "since", "by", "until", "till", "last", "next", "early", "late", "mid",
    "through", "from", "of", "this", "during", "before", "after", "between", "and", "to",
}  # fmt: skip


def _double_initial(doc: Doc, k: int) -> bool:
    """``JJ Redick``, ``AJ Brown``: two capitals without dots as a first name, right
    before a surname (not an acronym: ``UN envoy``, ``EU``, ``US``, ``AP``)."""
    t = doc.tokens[k]
    return (
        len(t.text) == 2
        and t.text.isalpha()
        and t.text.isupper()
        and t.text not in lx.SUPRANATIONAL
        and t.text not in lx.KNOWN_ORGS
        and t.lower not in lx.COUNTRY_OR_DEMONYM
        and t.lower not in TITLE_ACRONYMS
        and is_name_token(doc.tokens[k + 1])
    )


def _country_as_first_name(doc: Doc, k: int) -> bool:
    """ "Jordan Fuja": a country name that is also a given name, right before a surname
    (not "Jordan Times", "in Jordan Valley")."""
    toks = doc.tokens
    t = toks[k]
    low = t.lower
    if not t.cap or low not in lx.COUNTRY_NAMES or k + 1 >= len(toks):
        return False
    if low not in lx.FIRST_NAMES:
        return False
    nxt = toks[k + 1]
    if not is_name_token(nxt) or nxt.lower in lx.ORG_HEADS:
        return False
    if k == 0 or toks[k - 1].lower not in {"of", "in", "to", "from", "and", "the"}:
        return True
    return _person_appositive(doc, k + 2) or _honorific_surname(doc, nxt.text)


def _person_appositive(doc: Doc, c: int) -> bool:
    """ ", a 31-year-old lawyer" at token c: an appositive describing a person, which
    makes "from Jordan Pratt, a …" a name, not a place ("from Jordan Valley")."""
    toks = doc.tokens
    if c + 2 >= len(toks) or toks[c].text != "," or toks[c + 1].lower not in {"a", "an"}:
        return False
    return any(
        toks[x].lower in lx.TITLE_HEADS or toks[x].lower.endswith("-year-old")
        for x in range(c + 2, min(c + 6, len(toks)))
    )


def _honorific_surname(doc: Doc, surname: str) -> bool:
    """Is the surname written after a personal honorific in the text ("Mr. Pratt")?
    (One search of the text per surname and document.)"""
    key = ("honorific surname", surname)
    if key not in doc.memo:
        # (the text after each honorific, listed once per document: a search of the text
        # per distinct surname was quadratic, "Protests in Jordan Marrak …" over and over)
        after = doc.memo.get("after honorifics")
        if after is None:
            after = doc.memo["after honorifics"] = [
                m.end() for m in HONORIFIC_BEFORE_RE.finditer(doc.text)
            ]
        written = re.compile(re.escape(surname) + r"\b")
        doc.memo[key] = any(written.match(doc.text, at) for at in after)
    return doc.memo[key]


# (the word boundary tested behind the "M" / "D": a pattern opening with \b tries every
# position of the text, one opening with letters is scanned for them in C)
HONORIFIC_BEFORE_RE = re.compile(r"(?:M(?<=\bM)(?:r|s|rs)|D(?<=\bD)r)\.? ")


def opening_tested_behind(alternatives: list[str], tail: str = "") -> str:
    r"""The pattern ``\b(?:A|B|…)`` + tail, written so that it opens with the
    alternatives' first characters (each a plain character, as in a name): the
    alternatives grouped by that character, in their order, the word boundary tested
    behind it. The same matches (at a position only the alternatives opening with its
    character can match, tried in the same order), but the regex engine skips in C to
    the next such character instead of trying every position of the text. (Alternatives
    of the top level: two of these joined with "|" open with both sets of characters.)"""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(
        f"{re.escape(c)}(?<=\\b{re.escape(c)})(?:{'|'.join(rests)}){tail}"
        for c, rests in groups.items()
    )


def first_name_word(doc: Doc, k: int) -> bool:
    """A country, month, function or title word used as a first name before a surname
    ("Israel Katz", "April Ryan", "Will Smith", "striker Dean Holloway")."""
    # (exact pre-check: each reading wants a first name, a month-like name or "Will",
    # and returns False before any look-up of another token otherwise; most capitalised
    # words are none of those)
    t = doc.tokens[k]
    if t.lower not in lx.FIRST_NAMES and t.lower not in MONTH_FIRST_NAMES and t.text != "Will":
        return False
    return (
        _country_as_first_name(doc, k)
        or _month_as_first_name(doc, k)
        or _title_as_first_name(doc, k)
    )


def _month_as_first_name(doc: Doc, k: int) -> bool:
    """A month word right before a surname, not in a date, or "Will" right before a
    surname ("Actor Will Smith said"): a first name."""
    toks = doc.tokens
    t = toks[k]
    if t.lower not in MONTH_FIRST_NAMES and t.text != "Will" or not t.cap or k + 1 >= len(toks):
        return False
    if not is_name_token(toks[k + 1]) or toks[k + 1].lower in lx.MONTHS:
        return False
    return k == 0 or t.text == "Will" or toks[k - 1].lower not in DATE_WORDS_BEFORE


def sri_style(toks, k: int) -> bool:
    """ "Tan Sri Lee Chong Meng", "Puan Sri X": a Malaysian federal style of two words
    opening at k, no part of the name ("Tan" alone is a surname, "Sri" a given name;
    round 31, probe r31d)."""
    return (
        toks[k].lower in {"tan", "puan"}
        and k + 2 < len(toks)
        and toks[k + 1].lower == "sri"
        and toks[k + 2].cap
    )


def _title_as_first_name(doc: Doc, k: int) -> bool:
    """ "Her coach, Dean Boxall, said": a title word that is also a first name ("Dean")
    right before one surname ending the name, after a comma, a lower-case word or at a
    sentence's start (not "Law School Dean Roe", "the Dean Roe"): a first name."""
    toks = doc.tokens
    t = toks[k]
    if not (t.cap and t.lower in TITLE_WORDS and t.lower in lx.FIRST_NAMES):
        return False
    if k + 1 >= len(toks) or not is_name_token(toks[k + 1]) or toks[k + 1].lower in lx.FIRST_NAMES:
        return False  # ("Dean Ann Roe": the dean)
    if k + 2 < len(toks) and is_name_token(toks[k + 2]):
        return False
    if k == 0 or toks[k - 1].text in {",", "(", "—"} or _sentence_initial(doc, k):
        return True
    p = toks[k - 1]
    head_title = p.lower in lx.TITLE_HEADS and (
        p.lower not in lx.TITLE_MODIFIERS or p.lower == "chief"
    )
    if p.cap and head_title:
        return True  # "Sheriff Dean Kowalczyk", "Police Chief Dean Marsh": no dean after a title
    return (
        p.is_word
        and not p.cap
        and p.lower not in lx.DETERMINERS
        and not p.lower.endswith(("'s", "’s"))  # ("the school's Dean Roe")
    )


# function words that are also surnames ("George Will", "Edward Said", "Thomas More")
SURNAME_FUNCTION_WORDS = {"will", "may", "said", "more", "still"}


def surname_like_title(doc: Doc, k: int) -> bool:
    """``Charlie King``, ``Mr. King``: a title word used as a surname (or a month or a
    function word: ``Theresa May``, ``George Will``)."""
    if k == 0:
        return False
    toks = doc.tokens
    t, p = toks[k], toks[k - 1]
    named = p.cap and (p.lower in lx.FIRST_NAMES or p.lower in lx.HONORIFICS)
    # "Ma Jun", "Li Jun": a given name after an East Asian family name
    named = named or (p.cap and p.lower in lx.SURNAME_FIRST and t.lower in lx.MONTHS)
    if p.text == "." and k >= 2:
        named = toks[k - 2].lower in lx.HONORIFICS
    if t.cap and named and (t.lower in lx.MONTHS or t.lower in SURNAME_FUNCTION_WORDS):
        return True  # "Theresa May", "Ms. May", "George Will said"
    if t.lower not in TITLE_WORDS or not p.cap and p.text != ".":
        return False
    return named or (p.text != "." and t.lower in SURNAME_TITLES and is_name_token(p))


def surname_before_cue(doc: Doc, k: int) -> bool:
    """``May said``, ``Will writes``: a capitalised function word that is a surname, right
    before an inflected reporting verb (a modal is followed by a bare verb: "May say")."""
    toks = doc.tokens
    t = toks[k]
    if not (t.cap and t.lower in SURNAME_FUNCTION_WORDS and k + 1 < len(toks)):
        return False
    verb = toks[k + 1].lower
    base = lx.SPEECH_FORMS.get(verb) or lx.COGNITION_FORMS.get(verb)
    return base is not None and base != verb


ORDINAL_RE = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# people by their politics, in lower case an unnamed group ("Hard-line conservatives said";
# "The Conservatives said" is a party)
LEANING_PLURALS = {"conservatives", "liberals", "hardliners", "hard-liners", "populists"}
# lower-case words np_token_ok accepts whatever surrounds them
_NP_WORDS = frozenset().union(
    TITLE_WORDS, lx.GROUP_NOUNS, lx.DETERMINERS, lx.INDUSTRY_NOUNS, KINSHIP, NAME_PARTICLES,
    lx.DEMONYMS,
)  # fmt: skip


# adjectives of a field inside a title ("chief financial officer", "medical director")
FIELD_ADJECTIVES = {"financial", "operating", "medical", "technical", "artistic", "creative"}
# kinds of body before its noun ("the rebel group", "a human rights group", "aid workers")
BODY_KIND_WORDS = {
    "rebel", "militant", "insurgent", "separatist", "jihadist", "extremist", "paramilitary",
    "guerrilla", "militia", "islamist", "aid", "humanitarian", "relief", "advocacy",
    "activist", "rights", "human", "civil", "watchdog", "lobby", "lobbying", "environmental",
    "conservation", "pressure",
}  # fmt: skip
# nouns of a body that are no title, before its name ("the advocacy group Girls First")
BODY_NOUNS_BEFORE_NAME = {
    "group", "charity", "nonprofit", "organization", "organisation", "coalition", "movement",
    "militia", "faction", "alliance",
}  # fmt: skip
# political leanings before a party's members or a group ("two centrist Democrats",
# "moderate lawmakers"); alone they are adjectives or verbs ("to moderate the debate")
LEANING_ADJECTIVES = {
    "centrist", "moderate", "progressive", "libertarian", "nationalist", "populist",
    "hardline", "vulnerable", "freshman", "leftist", "rightist", "reformist", "mainstream",
}  # fmt: skip


def _body_compound_head(t) -> bool:
    """A lower-case noun of a body or group that a noun before it can modify ("rail
    union", "steel company"; not a title: "a speech Mrs. X", "the event organizer")."""
    return not t.cap and (t.lower in ORG_NOUNS or t.lower in lx.GROUP_NOUNS)


def _org_head_within(toks, i: int, reach: int = 3) -> bool:
    """A capitalised run from token i holds an organisation's head word within reach
    words ("Rights Collective", "Pilots' Guild")."""
    for t in toks[i : i + reach]:
        if not t.cap:
            return False
        if t.lower in lx.ORG_HEADS or t.lower in lx.INDUSTRY_HEADS:
            return True
    return False


# group nouns that also head a body's name ("the defense said" in court copy)
NAMING_GROUP_HEADS = {"defense", "defence"}


def _named_defense(toks, a: int, b: int) -> bool:
    """ "Northern Rockies Wildlife Defense said": a capitalised group noun after two
    capitalised words or more (not "The Defense") heads a body's name."""
    if toks[a].lower == "the":
        a += 1
    return (
        toks[b].lower in NAMING_GROUP_HEADS
        and toks[b].cap
        and b - a >= 2
        and all(t.cap and t.is_word and t.lower != "the" for t in toks[a:b])
    )


def _named_staff(toks, a: int, b: int) -> bool:
    """ "the Joint Chiefs of Staff said", "Ukraine's General Staff said": a capitalised
    "Staff" after capitalised words of a command's name (past an owner's possessive) is a
    military body, not a workforce."""
    if toks[b].lower != "staff" or not toks[b].cap:
        return False
    for k in range(b - 1, a - 1, -1):
        if toks[k].text.endswith(("'s", "’s")):
            a = k + 1  # the owner ("South Korea's")
            break
    if toks[a].lower == "the":
        a += 1
    run = toks[a:b]
    return (
        bool(run)
        and run[0].cap
        and all((t.cap and t.is_word) or t.lower == "of" for t in run)
        and any(t.lower in MILITARY_STAFF_WORDS for t in run)
    )


# the words that make a "Staff" a command ("General Staff", "Joint Chiefs of Staff")
MILITARY_STAFF_WORDS = {"general", "joint", "chiefs", "combined"}


def _plural_possessor(toks, i: int) -> bool:
    """Token i is a capitalised plural written with its possessive's apostrophe."""
    return i + 1 < len(toks) and toks[i].cap and plural_possessive_mark(toks, i + 1)


# lower-case political labels before a party's name ("the centrist Green Movement")
IDEOLOGY_LABELS = {
    "centrist", "leftist", "rightist", "conservative", "liberal", "socialist", "nationalist",
    "populist", "ruling", "governing",
}  # fmt: skip


def np_token_ok(doc: Doc, i: int) -> bool:
    """Can token i be part of a speaker noun phrase?"""
    t = doc.tokens[i]
    if not t.is_word:
        if t.text == ".":
            # the period of an initial or an abbreviation (F. / Sen. / Jr.)
            if i > 0:
                p = doc.tokens[i - 1]
                return (
                    p.end == t.start
                    and p.is_word
                    and (
                        (len(p.text) == 1 and p.cap) or p.lower in lx.ABBREVIATIONS or "." in p.text
                    )
                )
            return False
        if t.text in {"'", "’"} and 0 < i < len(doc.tokens) - 1:
            # "the Rangers' coach": a plural possessive's apostrophe
            p, nx = doc.tokens[i - 1], doc.tokens[i + 1]
            return (
                p.is_word
                and p.end == t.start
                and p.lower.endswith("s")
                and nx.start > t.end
                and nx.is_word
                and (
                    (
                        not nx.cap
                        and (
                            nx.lower in TITLE_WORDS
                            or nx.lower in lx.GROUP_NOUNS
                            or nx.lower in KINSHIP  # "the victims' mothers"
                            or nx.lower in BODY_KIND_WORDS  # "the insurers' lobby group"
                        )
                    )
                    # "the Socialist Workers' Party", "St Thomas' Hospital", "the Flyers'
                    # Rights Collective": inside a name
                    or (nx.cap and p.cap and _org_head_within(doc.tokens, i + 1))
                )
            )
        return t.text == "&" or nickname_mark(doc, i)  # "Johnson & Johnson"; a lone "-" is a dash
    low = t.lower
    if t.cap:
        return True
    # title words, group nouns, determiners; "Japanese supplier Mitsuda said"; "Scott's
    # niece, Marcia Price," / "his wife said"; name particles, demonyms (one look-up)
    if low in _NP_WORDS or specialist_plural(low) or low in LEANING_PLURALS:
        return True  # ("archaeologists say", "hard-line conservatives say")
    toks = doc.tokens
    if low.endswith("est") and i + 1 < len(toks) and toks[i + 1].lower in NOUNS_RANKED:
        return True  # "the world's largest automaker said"
    if (
        low.endswith("est")
        and 0 < i < len(toks) - 2
        and toks[i + 1].text.isalpha()
        and _body_compound_head(toks[i + 2])
    ):
        return True  # "Britain's biggest rail union": a superlative, then a compound
    if (
        low.isalpha()
        and 0 < i < len(toks) - 1
        and _body_compound_head(toks[i + 1])
        and (toks[i - 1].lower in lx.DETERMINERS or toks[i - 1].lower.endswith(("'s", "’s", "est")))
    ):
        return True  # "the rail union", "Britain's biggest rail union": a noun compound
    if (
        low.isalpha()
        and not low.endswith(("ing", "ed", "ly"))  # (not "the losing captain": a side)
        and 0 < i < len(toks) - 2
        and toks[i + 1].lower in lx.TITLE_HEADS
        and toks[i - 1].lower in {"the", "its", "their"}
        # the title right before a speech verb (not "the event organizer Acme Group", "the
        # widow of the slain officer, X,")
        and toks[i + 2].lower in lx.SPEECH_FORMS
    ):
        return True  # "the incident commander said": a noun modifying a title
    if "-" in low:
        return True
    if (
        low in IDEOLOGY_LABELS
        and 0 < i < len(toks) - 1
        and toks[i - 1].lower == "the"
        and toks[i + 1].cap
    ):
        return True  # "X of the centrist Green Movement said": a party's label, as "opposition"
    if (
        low[0].isdigit()  # (a cheap test first: \d is a subset of isdigit)
        and ORDINAL_RE.fullmatch(low)
        and i + 1 < len(doc.tokens)
        and doc.tokens[i + 1].cap
        and doc.tokens[i + 1].start == t.end + 1
    ):
        return True  # "the 9th U.S. Circuit Court of Appeals", "the 82nd Airborne"
    if low == "on" and _of_in_name(doc, i):
        return True  # "Commission on Presidential Debates"
    if low.isdigit() and i > 0 and doc.tokens[i - 1].text in BRANCH_WORDS:
        return True  # "Teamsters Local 120 said"
    if low in FIELD_ADJECTIVES and (
        (i > 0 and doc.tokens[i - 1].lower == "chief")
        or (i + 1 < len(doc.tokens) and doc.tokens[i + 1].lower in lx.TITLE_HEADS)
    ):
        return True  # "the company's chief financial officer said", "medical director of"
    if (
        low.endswith("s")
        and i + 1 < len(doc.tokens)
        and doc.tokens[i + 1].text in {"'", "’"}
        and np_token_ok(doc, i + 1)
    ):
        return True  # "the insurers' lobby group": a plural possessor before its noun
    if low in BODY_KIND_WORDS and i + 1 < len(doc.tokens):
        kind_of = doc.tokens[i + 1].lower  # "a spokesman for the rebel group", "aid workers"
        return not doc.tokens[i + 1].cap and (
            kind_of in lx.GROUP_NOUNS
            or kind_of in ORG_NOUNS
            or kind_of in lx.TITLE_HEADS
            or kind_of in BODY_KIND_WORDS
        )
    if low in LEANING_ADJECTIVES and i + 1 < len(doc.tokens):
        nxt = doc.tokens[i + 1]  # "two centrist Democrats said", "moderate lawmakers"
        return nxt.lower in PARTY_MEMBERS or (not nxt.cap and nxt.lower in lx.GROUP_NOUNS)
    if low == "crown" and i + 1 < len(doc.tokens) and doc.tokens[i + 1].lower in ROYAL_HEIRS:
        return True  # "the crown prince said" (not a title word: "Crown Resorts"
    if low in AGE_RANKS and i + 1 < len(doc.tokens) and doc.tokens[i + 1].lower in KINSHIP:
        return True  # "said the younger brother, X", "his eldest daughter" (round 27)
    if low == "and" and 0 < i < len(doc.tokens) - 1:
        toks = doc.tokens  # "Egyptian and Qatari mediators said"
        return toks[i - 1].lower in lx.DEMONYMS and toks[i + 1].lower in lx.DEMONYMS
    return low.endswith(("'s", "’s"))


def _breaks_phrase(doc: Doc, k: int) -> bool:
    """Punctuation that ends a noun phrase read leftwards (not an abbreviation's dot, not
    the marks of a nickname)."""
    text = doc.tokens[k].text
    return (
        text in BREAK_PUNCT
        and text != "."
        and not nickname_mark(doc, k)
        and not _scare_mark(doc, k)
    )


SCARE_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this"})


def _scare_mark(doc: Doc, k: int) -> bool:
    """Token k is a quotation mark around a scare quote modifying a noun: ``a
    “traditional” summer`` (a determiner, one or two lower-case words between the marks,
    a lower-case word after): a phrase read leftwards goes on through it."""
    toks = doc.tokens
    n = len(toks)
    if toks[k].text not in NICKNAME_MARKS:
        return False
    for o, c in ((k, k + 2), (k, k + 3), (k - 2, k), (k - 3, k)):
        if o < 1 or c + 1 >= n or toks[o].text not in NICKNAME_MARKS:
            continue
        if toks[c].text not in NICKNAME_MARKS or toks[o - 1].lower not in SCARE_DETERMINERS:
            continue
        inner = toks[o + 1 : c + 2]  # the quoted words and the noun after the closing mark
        if all(x.is_word and not x.cap for x in inner[:-2] + inner[-1:]):
            return True
    return False


NICKNAME_MARKS = frozenset('"“”')


def nickname_mark(doc: Doc, i: int) -> bool:
    """Token i is a quotation mark around a nickname inside a name: ``Ann "Annie" Lowe``,
    ``Robert C. “Bobby” Scott`` (one to three capitalised words between the marks, a name
    word or initial before, a capitalised word right after)."""
    toks = doc.tokens
    n = len(toks)
    if toks[i].text not in NICKNAME_MARKS:
        return False
    for o in range(max(1, i - 4), min(i, n - 1) + 1):  # o: the opening mark
        if toks[o].text not in NICKNAME_MARKS or not (toks[o - 1].cap or toks[o - 1].text == "."):
            continue
        c = o + 1
        while c < n and c - o <= 3 and toks[c].is_word and toks[c].cap:
            c += 1
        if (
            c - o >= 2
            and c + 1 < n
            and toks[c].text in NICKNAME_MARKS
            and toks[c + 1].cap
            and toks[c + 1].start == toks[c].end + 1
            and i in (o, c)
        ):
            return True
    return False


def strip_possessive(s: str) -> str:
    """ "Acme's" -> "Acme"; a name ending in 's ("Moody's") is kept."""
    if s.endswith(("'s", "’s")) and not lx.possessive_name(s):
        return s[:-2]
    return s


# a public service's two words joined inside one body's name, with or without a head
# after them ("North Shore Search and Rescue said", "Parks and Recreation",
# "Fish and Wildlife"): never two bodies (round 25)
SERVICE_NAME_PAIRS = {
    ("search", "rescue"), ("fire", "rescue"), ("parks", "recreation"),
    ("fish", "wildlife"), ("fish", "game"), ("fire", "emergency"), ("police", "fire"),
}  # fmt: skip


def _service_pair_body(toks, a: int, b: int) -> bool:
    """ "Robson Valley Search and Rescue", "Lakeside Parks and Recreation": capitalised
    words ending in a public service's two words joined by "and" (SERVICE_NAME_PAIRS),
    one body, no head after it (round 25)."""
    if b - a < 3 or toks[b - 1].lower != "and" or toks[a].lower == "the":
        return False
    if (toks[b - 2].lower, toks[b].lower) not in SERVICE_NAME_PAIRS:
        return False
    return all(toks[i].cap for i in range(a, b - 1)) and toks[b].cap


def and_in_org(doc: Doc, a: int, k: int) -> bool:
    """Is the "and" at k inside an organisation name ("Center for Media and Public
    Affairs")? A capitalised word before it, and an organisation head + of/for/on
    shortly before that."""
    toks = doc.tokens
    if not toks[k - 1].cap:
        return False
    if (
        k + 1 < len(toks)
        and toks[k + 1].cap
        and (toks[k - 1].lower, toks[k + 1].lower) in SERVICE_NAME_PAIRS
    ):
        return True  # "Robson Valley Search and Rescue", "Parks and Recreation" (round 25)
    for i in range(k - 2, max(a, k - 5) - 1, -1):
        if toks[i].lower in {"of", "for", "on"}:
            return i > a and toks[i - 1].cap and toks[i - 1].lower in lx.ORG_HEADS
        if toks[i].text == "." and i > a and toks[i - 1].lower in {"st", "ste", "mt", "ft"}:
            continue  # "the Archdiocese of St. Paul and Minneapolis"
        if not toks[i].cap:
            return False
    return False


# heads of "X and Y HEAD" agency names ("Food and Drug Administration", "Securities and
# Exchange Commission"); not company heads ("Ford and General Motors" is two companies)
AND_NAME_HEADS = {
    "administration", "commission", "service", "agency", "department", "bureau", "office",
    "board", "authority", "council", "committee", "institute", "center", "centre",
    "organization", "organisation", "union", "association", "federation", "confederation",
    "society", "league", "alliance", "workers",  # ("United Food and Commercial Workers")
    "coalition", "services", "foundation",  # ("Central and Eastern Growers Coalition")
    "ministry",  # ("Trade and Industry Ministry")
    "enterprise",  # ("Highlands and Islands Enterprise"; round 31, probe r31b)
}  # fmt: skip


def _listed_name(doc: Doc, src: Source, ci: int) -> Source | None:
    """``The Media, Entertainment and Arts Alliance said``: a one-word body before a comma
    and an "X and Y HEAD" name running to the cue at ci is the first item of one name's
    list, not a body with an appositive."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.start)
    if a + 2 >= ci or toks[a + 1].text != "," or src.text in lx.KNOWN_ORGS:
        return None
    b = a + 2  # the name's run: capitalised words, "and", a plural possessive's mark
    while b + 1 < ci and (
        toks[b + 1].cap or toks[b + 1].lower == "and" or toks[b + 1].text in {"'", "’"}
    ):
        b += 1
    k = next((x for x in range(a + 2, b) if toks[x].lower == "and"), None)
    if k is None or not _and_in_agency(doc, a + 2, k, b):
        return None
    e = toks[b].end
    name = doc.text[src.start : e]
    return Source("org", src.start, e, name, src.phrase_start, e, organization=name)


def listed_remit_name(doc: Doc, src: Source, lo: int) -> Source | None:
    """``The Department for Environment, Food and Rural Affairs said`` / ``the National
    Society of Mining, Petroleum and Energy``: src is the last items of a list of remits
    ("Food and Rural Affairs"); the body's name runs back over ", Cap" items to its
    capitalised head and "of / for" (one name, its commas inside); src may be the last
    conjunct of its phrase ("Land Reform" of "Water and Land Reform": round 32)."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(min(src.start, src.phrase_start))
    b = doc.tok_index_before(src.end)
    if "and" not in doc.lowers[a : b + 1]:
        return None  # (most subjects: a C-level test before the per-word checks)
    words = [toks[x] for x in range(a, b + 1)]
    if not all(
        t.lower == "and" or (t.cap and _remit_words(toks, x, x + 1)) for x, t in enumerate(words, a)
    ):
        return None
    t0 = doc.tok_index_at_or_after(lo)  # (lo is an offset)
    x = a - 1
    while x - 1 > t0 and toks[x].text == "," and toks[x - 1].cap and toks[x - 1].is_word:
        x -= 1
        while x - 1 > t0 and toks[x - 1].cap and toks[x - 1].is_word:
            x -= 1  # an item of more than one word ("Rural Affairs, Science")
        if toks[x - 1].lower not in {"of", "for"}:
            x -= 1 if toks[x - 1].text == "," else 0
            continue
        h = x - 2  # the body's head before "of / for"
        if h < t0 or not (toks[h].cap and toks[h].lower in lx.ORG_HEADS):
            return None
        while (
            h - 1 >= t0
            and toks[h - 1].cap
            and toks[h - 1].is_word
            and (toks[h - 1].lower not in lx.FUNCTION_WORDS)
        ):
            h -= 1  # "National Society", "Royal Institute"
        name = doc.text[toks[h].start : src.end]
        return Source(
            "org", toks[h].start, src.end, name, toks[h].start, src.end, organization=name
        )
    return None


def _remit_list_before_relative(doc: Doc, src: Source, lo: int) -> Source | None:
    """``The Ministry of Land, Infrastructure, Transport and Tourism, which licenses
    taxis, said``: the remits' last items read as an appositive before the relative
    clause are the end of the body's name, which runs back to its head (round 25)."""
    s, e = src.appositive or (0, 0)
    last = Source("group", s, e, doc.text[s:e], s, e)
    whole = listed_remit_name(doc, last, lo)
    if whole is None or whole.start > src.start:
        return None
    whole.phrase_start = min(whole.phrase_start, src.phrase_start)
    return whole


def _first_remit_name(doc: Doc, src: Source, ci: int) -> Source | None:
    """``The National Society of Mining, Petroleum and Energy said``: src is the first
    remit ("Mining"); the name runs from its head through the last remit to the cue."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.start)
    if a < 2 or toks[a - 1].lower not in {"of", "for"} or not toks[a - 2].cap:
        return None
    h = a - 2
    while h - 1 >= 0 and toks[h - 1].cap and toks[h - 1].lower not in lx.FUNCTION_WORDS:
        h -= 1  # "National Society"
    s = toks[h].start
    whole = Source("org", s, src.end, doc.text[s : src.end], s, src.end)
    return remits_after(doc, whole, toks[ci].start)


def _remit_words(toks: list[Token], a: int, b: int) -> bool:
    """Tokens a..b-1 read as a remit in a body's name ("Rural Affairs"), not another
    body ("Shell", "BP") nor a function word."""
    return all(
        t.lower not in lx.FUNCTION_WORDS and t.text not in lx.KNOWN_ORGS and not t.text.isupper()
        for t in toks[a:b]
    )


def remits_after(doc: Doc, src: Source, hi: int) -> Source | None:
    """``the National Society of Mining, Petroleum and Energy``: a body's name ending in
    "HEAD of / for Cap" runs on over ", Cap" items and a last "and Cap" item (its commas
    inside), up to offset hi."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.start)
    b = doc.tok_index_before(src.end)
    if not any(
        toks[x].lower in {"of", "for"} and toks[x - 1].lower in lx.ORG_HEADS
        for x in range(a + 1, b)
    ):
        return None
    x, last = b + 1, None
    while x + 1 < len(toks) and toks[x + 1].start < hi and toks[x].lower in {",", "and"}:
        y = x + 1
        while y < len(toks) and toks[y].cap and toks[y].is_word and toks[y].start < hi:
            y += 1
        if y == x + 1 or not _remit_words(toks, x + 1, y):
            break
        if toks[x].lower == "and":
            last = y - 1
            break
        x = y
    if last is None:
        return None
    e = toks[last].end
    name = doc.text[src.start : e]
    return Source("org", src.start, e, name, src.phrase_start, e, organization=name)


def _and_in_agency(doc: Doc, a: int, k: int, b: int) -> bool:
    """Is the "and" at k inside "X and Y HEAD" (one capitalised word before it, up to
    three after it ending the phrase with an agency head; "Rail and Transport Workers'
    Union": a plural possessive's mark too)?"""
    toks = doc.tokens
    if not (a <= k - 1 and 1 <= b - k <= 4 and toks[b].lower in AND_NAME_HEADS):
        return False
    x = toks[k - 1]
    if not (x.cap and x.is_word) or x.lower in AND_NAME_HEADS or x.lower == "house":
        return False  # "the House and Senate Ethics Committee": two chambers
    if x.text in lx.KNOWN_ORGS or x.lower in lx.COUNTRY_OR_DEMONYM:
        return False
    words = [toks[i] for i in range(k + 1, b + 1) if toks[i].text not in {"'", "’"}]
    if len(words) > 1 and not words[-1].cap and words[-2].lower in AND_NAME_HEADS:
        words.pop()  # "the United Food and Commercial Workers union": the body's noun
    return len(words) <= 3 and all(t.cap and t.is_word for t in words)


def _and_in_acronym(toks, k: int, b: int) -> bool:
    """Is the "and" at k inside a name whose bracketed short name right after b spells
    the words on both sides of it ("Environment and Climate Change Canada (ECCC)")?"""
    if b + 3 >= len(toks) or toks[b + 1].text != "(":
        return False
    # "United Food and Commercial Workers Canada (UFCW Canada)": the short name may keep
    # the name's last words after the initials
    close = next((x for x in range(b + 3, min(b + 6, len(toks))) if toks[x].text == ")"), None)
    if close is None:
        return False
    kept = [t.text for t in toks[b + 3 : close]]
    if kept != [t.text for t in toks[b + 1 - len(kept) : b + 1]]:
        return False
    short = toks[b + 2].text
    if not (3 <= len(short) <= 8 and short.isalpha() and short.isupper()):
        return False
    spelt = toks[k + 1 : b + 1 - len(kept)]
    after = "".join(t.text[0] for t in spelt if t.cap and t.is_word)
    return (
        toks[k - 1].cap
        and 0 < len(after) < len(short)
        and short.endswith(after)
        and short[-len(after) - 1] == toks[k - 1].text[0]
    )


# adjectives that describe a country rather than name a body ("Communist China said")
COUNTRY_EPITHETS = {
    "mainland", "communist", "nazi", "soviet", "imperial", "modern", "ancient",
    "independent", "democratic", "federal", "socialist", "colonial", "postwar", "wartime",
    "official", "oil-rich", "neutral",
}  # fmt: skip
# imperatives that open a supposition ("Suppose Mexico refused …")
SUPPOSE_WORDS = {"suppose", "imagine", "let", "assume", "picture"}


# a province or state opening a public body's two-word name ("Alberta Wildfire", "Manitoba
# Hydro", "Ontario Parks"), with the service nouns such names end in
AGENCY_PLACES = {"alberta", "ontario", "quebec", "manitoba", "saskatchewan", "yukon", "nunavut"}
AGENCY_SERVICE_NOUNS = {
    "wildfire", "hydro", "parks", "transit", "ferries", "health", "lottery", "housing",
    "forestry", "corrections", "works",
}  # fmt: skip


def place_named_agency(toks: list[Token], a: int) -> bool:
    """Tokens a, a + 1 are a province, state or country (no first name: not "Georgia
    Wildfire" the person) and a service noun: a public body ("Alberta Wildfire")."""
    first, second = toks[a].lower, toks[a + 1].lower
    return (
        second in AGENCY_SERVICE_NOUNS
        and toks[a + 1].cap
        and first not in lx.FIRST_NAMES
        and (first in AGENCY_PLACES or first in lx.US_STATES or first in lx.COUNTRY_NAMES)
    )


def _named_congress(toks: list[Token], a: int, s: int) -> bool:
    """Tokens a..s-1 (capitalised words before "Congress" at s) name a body of their own
    ("Nigeria Labour Congress", "Ghana Teachers Congress"): a word other than a country,
    a demonym or a U.S. state form ("U.S. Congress", "the Peruvian Congress") right before
    it, and two words at least in all."""
    prev = toks[s - 1]
    if not prev.cap or not prev.is_word or prev.lower in lx.COUNTRY_OR_DEMONYM:
        return False
    if prev.lower.endswith(("-led", "-controlled", "-dominated", "-run")):
        return False  # "the Republican-led Congress"
    return prev.lower not in {
        "the", "us", "u.s", "u.s.", "national", "state", "new", "republican", "democratic",
    }  # fmt: skip


def _body_named_after_country(toks: list[Token], a: int, b: int) -> bool:
    """ "Heritage Wales", "Visit Scotland", "Cancer Research UK": one or two capitalised
    words, neither a place word, a title, a demonym nor a function word or adverb,
    before a country's name at b."""
    if not a < b <= a + 2:
        return False
    return all(_body_word_before_country(toks, x, b) for x in range(a, b))


def _body_word_before_country(toks: list[Token], a: int, b: int) -> bool:
    if not toks[a].cap or not toks[a].text.isalpha():
        return False
    low = toks[a].lower
    return not (
        low in lx.FIRST_NAMES  # "Jim Jordan", "Kerry Washington": a person
        or (toks[b].lower in PERSON_LIKE_PLACES and not _body_word(toks[a]))
        or low in lx.PLACE_NAME_WORDS
        or low in lx.FUNCTION_WORDS
        or low in lx.TITLE_HEADS
        or low in lx.COUNTRY_OR_DEMONYM
        or low in lx.MONTHS
        or low in lx.CUE_FORMS  # "Say Mexico demanded …": a supposition
        or low in SUPPOSE_WORDS
        or low in COUNTRY_EPITHETS
        or low.endswith(("ly", "ing"))  # "Neighbouring France"
    )


def analyse_phrase(doc: Doc, a: int, b: int) -> Source | None:
    """Classify tokens a..b (inclusive) as a speaker mention."""
    # Every cue and clause end that reaches the same subject re-analyses the same span
    # (hot on long unpunctuated text): memoise per document. Callers mutate the
    # returned Source (appositive, kind, ...), so each call gets its own shallow copy.
    memo = doc.memo
    key = (a, b)
    if key in memo:
        src = memo[key]
    else:
        src = memo[key] = _analyse_phrase(doc, a, b) or _dotted_acronym(doc, a, b)
        if src is not None and src.kind == "name" and _party_member_epithet(doc, a, b):
            # "the Christian Democrat told reporters": a member of a party (its first word
            # a given name too), the epithet of the person just named, no name
            text = doc.text[doc.tokens[a].start : doc.tokens[b].end]
            src = memo[key] = Source(
                "group", doc.tokens[a].start, doc.tokens[b].end, text,
                doc.tokens[a].start, doc.tokens[b].end,
            )  # fmt: skip
        if src is not None and src.kind == "name" and src.gender is None:
            _definite_name_as_body(doc, a, src)
            _numbered_name_as_body(doc, src)
    if src is None:
        return None
    dup = object.__new__(Source)
    dup.__dict__ = src.__dict__.copy()  # (twice as fast as updating the new empty dict)
    return dup


# a party's member by two capitalised words after "the" (one word: resolve.PARTY_EPITHETS)
PARTY_MEMBER_PAIRS = {
    "christian democrat", "social democrat", "free democrat", "liberal democrat",
    "christian socialist",
}  # fmt: skip


def _party_member_epithet(doc: Doc, a: int, b: int) -> bool:
    """Tokens a..b are ``the Christian Democrat`` / ``the Social Democrat``."""
    toks = doc.tokens
    return (
        b == a + 2
        and toks[a].lower == "the"
        and toks[a + 1].cap
        and f"{toks[a + 1].lower} {toks[b].lower}" in PARTY_MEMBER_PAIRS
    )


def _definite_name_as_body(doc: Doc, a: int, src: Source) -> None:
    """``The Blue Lagoon said``, ``the Kestrel Arms said``: a name of two capitalised
    words or more written right after "the" (no title, no first name) is a place's or a
    business's, not a person's: it speaks as an organisation."""
    toks = doc.tokens
    i = doc.tok_index_at_or_after(src.start)
    e = doc.tok_index_before(src.end)
    if i - 1 < a or toks[i - 1].lower != "the" or e - i < 1:
        return
    if not all(toks[x].cap and toks[x].is_word for x in range(i, e + 1)):
        return
    if any(
        toks[x].lower in lx.FIRST_NAMES
        or toks[x].lower in TITLE_WORDS
        or toks[x].lower in lx.HONORIFICS
        for x in range(i, e + 1)
    ):
        return
    src.kind, src.organization = "org", src.text


def _numbered_name_as_body(doc: Doc, src: Source) -> None:
    """``Channel 4 said``, ``BBC Radio 4 said``, ``Formula 1 said``: a name whose last
    word is a head and its number (one token: text.NUMBERED_HEAD_RE) is a body's, a
    broadcaster's, a series', never a person's."""
    if src.kind != "name":
        return
    e = doc.tok_index_before(src.end)
    if e >= 0 and " " in doc.tokens[e].text and doc.tokens[e].is_word:
        src.kind, src.organization = "org", src.text


# a body's initials written with dots (newspaper style), three letters at least: "S.E.C",
# "F.B.I" (the tokenizer keeps the last dot apart)
DOTTED_ACRONYM_RE = re.compile(r"[A-Z](?:\.[A-Z]){2,}")


def _dotted_acronym(doc: Doc, a: int, b: int) -> Source | None:
    """``The S.E.C. said``, ``the F.B.I. said``: an organisation by its dotted initials
    (read as no name at all before: nothing was reported)."""
    toks = doc.tokens
    if b < a + 1 or toks[b].text != "." or toks[b - 1].end != toks[b].start:
        return None
    if not DOTTED_ACRONYM_RE.fullmatch(toks[b - 1].text):
        return None
    if b - 1 > a and not (b - 2 == a and toks[a].lower == "the"):
        return None
    start, pe = toks[b - 1].start, toks[b].end
    name = doc.text[start:pe]
    return Source("org", start, pe, name, toks[a].start, pe, organization=name)


# organisation heads that are also common surnames: "Sarah House", "Emily Post",
# "Tom Banks" are people after a first name or title
HOME_KINDS = {"funeral", "nursing", "care", "retirement", "children's", "group"}
SURNAME_ORG_HEADS = {
    "house", "post", "bank", "banks", "church", "court", "mission", "guard", "ledger", "register",
    "mirror",
}  # fmt: skip


def _person_before_head(doc: Doc, a: int, b: int) -> bool:
    """``Samantha Power``, ``Sen. Tom Steel``: a first name or a title before the last
    word makes the phrase a person's name, not a company's."""
    toks = doc.tokens
    prev = toks[b - 1].lower if b > a else ""
    # (a title before a complement is someone else's: "The head of Redbud Federal Bank")
    lo = max([a] + [i + 1 for i in range(a, b) if toks[i].lower in COMPLEMENT_PREPOSITIONS])
    return (
        prev in lx.FIRST_NAMES
        or _is_initial(doc, b - 1)
        or any(
            toks[i].lower in lx.HONORIFICS or toks[i].lower in lx.TITLE_HEADS for i in range(lo, b)
        )
    )


def _saints_institution(toks, a: int, b: int) -> bool:
    """Tokens a..b are "St. Anne's" / "Saint Luke's" (an institution's short name)."""
    if toks[a].text not in {"St", "Saint"} or not toks[b].lower.endswith(("'s", "’s")):
        return False
    first = a + 2 if toks[a].text == "St" else a + 1
    return first == b and b < len(toks) and toks[b].cap


# a document read as a source, and the common adjectives a headline capitalises before it
HEADLINE_DOCUMENTS = {"poll", "survey", "report", "study", "analysis", "audit"}
DOCUMENT_ADJECTIVES = {
    "a", "the", "new", "latest", "recent", "another", "annual", "final", "first", "early",
    "internal", "federal", "official", "independent", "secret", "leaked", "confidential",
}  # fmt: skip


def _field_place_agency(toks, a: int, b: int) -> bool:
    """ "Statistics Norway", "Elections Manitoba": a field word and a place's name (not
    "Health Secretary X", "Transport Ministry", "Rosa Parks")."""
    if b != a + 1 or toks[a].lower not in lx.AGENCY_FIELD_WORDS or not toks[a].cap:
        return False
    return _completes_a_body_name(toks[b])


def _completes_a_body_name(t) -> bool:
    """A capitalised word that is no title, organisation head or given name: after a
    field word or a country's initials, the end of a body's name."""
    low = t.lower
    return (
        t.cap
        and t.is_word
        and low not in lx.TITLE_HEADS
        and low not in lx.ORG_HEADS
        and low not in lx.FIRST_NAMES
    )


# a country's undotted initials opening a body's name ("UK Sport", "US Soccer", "UK
# Anti-Doping"); before the state's own institutions they are the country ("US Treasury")
NATIONAL_INITIALS = {"UK", "US"}
STATE_INSTITUTIONS = {
    "treasury", "government", "military", "army", "navy", "marines", "embassy", "congress",
    "senate", "house", "administration", "economy", "forces", "officials", "envoy",
}  # fmt: skip


def _national_initials_body(toks, a: int, b: int) -> bool:
    """ "UK Sport said": one capitalised word after a country's initials names a body."""
    if b != a + 1 or toks[a].text not in NATIONAL_INITIALS:
        return False
    low = toks[b].lower
    return (
        _completes_a_body_name(toks[b])
        and low not in STATE_INSTITUTIONS
        and low not in lx.GROUP_NOUNS
    )


def _document_adjectives(toks, a: int, b: int) -> bool:
    """Every word from a to before b is an article or a common adjective ("New Poll",
    "Latest Survey", "Federal Report"), no name ("Gallup Poll", "Drudge Report")."""
    return all(toks[x].lower in DOCUMENT_ADJECTIVES for x in range(a, b))


# a party's name after a region's demonym ("Welsh Conservatives", "Scottish Labour",
# "Welsh Liberal Democrats"); US "Texas Democrats" are members, an unnamed group
REGIONAL_PARTY_WORDS = {"conservatives", "labour", "greens", "tories", "liberals", "unionists"}


def _regional_party(toks, b: int) -> bool:
    """Token b ends a party's name opened by a capitalised demonym."""
    last = toks[b].lower
    d = b - 1
    if last == "democrats" and b > 1 and toks[b - 1].text == "Liberal":
        d = b - 2  # "Welsh Liberal Democrats"
    elif last not in REGIONAL_PARTY_WORDS:
        return False
    return toks[b].cap and toks[d].cap and toks[d].lower in lx.DEMONYMS


# words joining a body's capitalised words before its lower-case noun
NAME_LINK_WORDS = {"and", "of", "for", "&"}
# the word before a union branch's number ("Teamsters Local 120", "FOP Lodge 7")
BRANCH_WORDS = {"Local", "Lodge"}


# field words a care provider's name ends in ("Atrium Health", "Harlow Medical"): title
# modifiers elsewhere ("Health Minister"), so a name before them read as no person
CARE_NAME_TAILS = {"health", "medical", "healthcare"}


def _named_care_provider(toks, a: int, b: int) -> bool:
    """ "Cumberland Valley Health": capitalised name words (no title word) and a
    capitalised care field word closing the phrase."""
    return (
        b > a
        and toks[b].cap
        and toks[b].lower in CARE_NAME_TAILS
        and all(
            toks[x].cap and is_name_token(toks[x]) and toks[x].lower not in TITLE_WORDS
            for x in range(a, b)
        )
    )


def _numbered_branch(toks, a: int, b: int) -> bool:
    """Tokens a..b end in a capitalised branch word and its number ("Local 120")."""
    return b > a and toks[b].text.isdigit() and toks[b - 1].text in BRANCH_WORDS


def _branch_in_full(doc: Doc, branch: str, pos: int) -> str | None:
    """The body written before pos with the branch ("Teamsters Local 120" for "Local
    120"): the last one."""
    pattern = r"\b((?:[A-Z][\w&.'’-]* ){1,4})" + re.escape(branch) + r"\b"
    full = None
    for m in re.compile(pattern).finditer(doc.text, 0, pos):
        words = m.group(1).split()
        while words and words[0].lower() in lx.FUNCTION_WORDS:
            words.pop(0)
        if words:
            full = " ".join([*words, branch])
    return full


def _plain_capitalised_word(toks: list[Token], a: int) -> bool:
    """Token a, a phrase alone, is a capitalised word that no lexicon lists (no function
    word, pronoun, contraction, demonym plural, common source, title or kin word,
    known body, country, organisation head, team, foreign body word or group noun), no
    acronym or CamelCase name and no "@" handle: _analyse_phrase reads it as a name
    (_person_phrase). Every check before its name reading then fails: each one wants
    two tokens or more, a word of those lexicons, an acronym or a handle's "@"."""
    t = toks[a]
    if not (t.is_word and t.cap) or (a > 0 and toks[a - 1].text == "@"):
        return False
    # the rest is a function of the spelling alone: read once per spelling (a speaker's
    # one-word name is analysed at every statement), bounded in a long-running process
    plain = _PLAIN_WORD_MEMO.get(t.text)
    if plain is None:
        if len(_PLAIN_WORD_MEMO) > SPELLINGS_MAX:
            _PLAIN_WORD_MEMO.clear()
        plain = _PLAIN_WORD_MEMO[t.text] = _plain_spelling(t.text, t.lower)
    return plain


_PLAIN_WORD_MEMO: dict[str, bool] = {}


def _plain_spelling(text: str, lower: str) -> bool:
    """_plain_capitalised_word's tests of a capitalised word's spelling."""
    low = lower.replace("’", "'")
    return (
        lower not in lx.FUNCTION_WORDS  # (also "of", "on", "for", "and", "the")
        and lower not in lx.SUBJECT_PRONOUNS
        and not lx.possessive_name(text)
        and not low.endswith(CONTRACTIONS)
        and not (low.endswith("s") and low[:-1] in lx.DEMONYMS)
        and low not in COMMON_SOURCES
        and not ((low.endswith("s") and low[:-1] in lx.TITLE_HEADS) or low in lx.TITLE_HEADS)
        and low not in KINSHIP
        and not (low in LEANING_PLURALS and low not in PARTY_MEMBERS)
        and text not in lx.KNOWN_ORGS
        and text not in lx.SUPRANATIONAL
        and lower not in lx.COUNTRY_NAMES
        and not _is_org_like(text)
        and lower not in lx.ORG_HEADS
        and lower not in lx.INDUSTRY_HEADS
        and text not in lx.TEAM_NICKNAMES
        and lower not in lx.FOREIGN_BODY_WORDS
        and lower not in lx.GROUP_NOUNS
    )


def _analyse_phrase(doc: Doc, a: int, b: int) -> Source | None:
    toks = doc.tokens
    text = doc.text
    if a == b and _plain_capitalised_word(toks, a):
        return _person_phrase(doc, a, b)  # "Acme said": the checks below cannot fire
    if (
        a == b
        and lx.possessive_name(toks[a].text)
        and not (a > 0 and toks[a - 1].cap)  # (not "Ann Macy's")
        and not (a > 1 and toks[a - 1].text == "." and toks[a - 2].lower in lx.HONORIFICS)
    ):
        ps, pe = toks[a].start, toks[a].end  # "McDonald's said": a company, not McDonald
        return Source("org", ps, pe, toks[a].text, ps, pe, organization=toks[a].text)
    if _saints_institution(toks, a, b):
        # "St. Anne's said": a hospital, church or school named for a saint, no person
        ps, pe = toks[a].start, toks[b].end
        name = text[ps:pe]
        return Source("org", ps, pe, name, ps, pe, organization=name)
    if (
        _field_place_agency(toks, a, b)
        or _national_initials_body(toks, a, b)
        or _service_pair_body(toks, a, b)
    ):
        ps, pe = toks[a].start, toks[b].end  # "Elections Manitoba said": an agency
        return Source("org", ps, pe, text[ps:pe], ps, pe, organization=text[ps:pe])
    for k in range(a + 1, b + 1):
        if toks[k].text == "(":
            b = k - 1  # "Marcia Price (D-Newport News": the parenthesis is an aside
            break
    if a == b and toks[a].lower in lx.SUBJECT_PRONOUNS:
        ps, pe = toks[a].start, toks[a].end
        return Source(
            "pronoun", ps, pe, text[ps:pe], ps, pe, gender=lx.SUBJECT_PRONOUNS[toks[a].lower]
        )
    if b == a + 1 and toks[a].lower in {"his", "her"} and toks[b].lower in {"honour", "honor"}:
        # "her Honour said" (Commonwealth courts): the judge, a description (round 24)
        ps, pe = toks[a].start, toks[b].end
        return Source("group", ps, pe, text[ps:pe], ps, pe)
    # drop leading sentence connectives ("But", "And", "After") and trailing dots
    while (
        a <= b
        and toks[a].is_word
        and toks[a].lower in lx.FUNCTION_WORDS
        and toks[a].lower not in lx.DETERMINERS
        and toks[a].lower not in lx.HONORIFICS
        and not _family_name_he(doc, a, b)
        and not (a < b and _month_as_first_name(doc, a))  # "April Ryan said"
        and not (a == b and surname_before_cue(doc, a))  # "May said"
        and text[toks[a].start : toks[b].end] not in lx.KNOWN_ORGS  # "Via Rail said"
        and not (toks[a].lower == "first" and a < b and toks[a + 1].lower in lx.TITLE_HEADS)
    ):  # ("First Lady X's spokeswoman": a title)
        a += 1
    while a <= b and not toks[a].is_word:
        a += 1
    # a generational suffix ("Martin Luther King Jr.", "John Smith III") is not the name
    if b > a and toks[b].text == "." and toks[b - 1].lower in NAME_SUFFIXES:
        b -= 1
    if b > a + 1 and toks[b].text == "." and toks[b - 1].lower in COMPANY_ABBREVIATIONS:
        b -= 1  # "Acme Corp. said": the abbreviation's dot
    if b > a + 1 and toks[b].lower in NAME_SUFFIXES and toks[b].cap:
        b -= 2 if toks[b - 1].text == "," else 1
    if a > b:
        return None
    ps, pe = toks[a].start, toks[b].end
    if a == b and a > 0 and toks[a - 1].text == "@" and toks[a - 1].end == ps:
        owner = _handle_owner(doc, toks[a].text)  # "@SenMarkHale wrote"
        if owner is not None:
            return Source("name", ps, pe, owner, ps, pe)
    if b > a + 1 and toks[b].text in POST_NOMINALS and toks[a].lower == "the":
        return _group(doc, a, b)  # "the Glasgow East MP": a member by the seat, no name
    if b > a and toks[b].text in POST_NOMINALS:
        named = _name_before_post_nominal(doc, a, b)
        if named is not None:
            return named
    if a == b and toks[a].lower in lx.SUBJECT_PRONOUNS:
        low = toks[a].lower
        return Source("pronoun", ps, pe, text[ps:pe], ps, pe, gender=lx.SUBJECT_PRONOUNS[low])
    if a == b:
        low = toks[a].lower.replace("’", "'")
        if low.endswith(CONTRACTIONS):
            return None  # "I’ve learned", "Don't blame": not a speaker
        if toks[a].cap and low.endswith("s") and low[:-1] in lx.DEMONYMS:
            return _group(doc, a, b)  # "Many Mexicans say": an unnamed group
        # "Leaders of X said"; a headline's "Coach says …" (a surname: "Judge said" after
        # "Aaron Judge" is resolved to him later)
        titles = (low.endswith("s") and low[:-1] in lx.TITLE_HEADS) or low in lx.TITLE_HEADS
        relatives = low in KINSHIP  # "Relatives of the victims said"
        # ("Hardliners in the House said"; "Conservatives" may be a party's name)
        relatives = relatives or (low in LEANING_PLURALS and low not in PARTY_MEMBERS)
        if (
            toks[a].cap
            and (low in COMMON_SOURCES or titles or relatives)
            and _sentence_initial(doc, a)
        ):
            return _group(doc, a, b)  # "Video shows", "Police say": capitalised by position
    if b > a and toks[b].lower in HEADLINE_DOCUMENTS and _document_adjectives(toks, a, b):
        return _group(doc, a, b)  # a headline's "New Poll Shows …": no body named "New Poll"
    if b > a and _regional_party(toks, b):
        # "The Welsh Conservatives said", "Scottish Labour": the region is the party's name
        d = b - 2 if toks[b].lower == "democrats" else b - 1
        name = text[toks[d].start : pe]
        return Source("org", toks[d].start, pe, name, ps, pe, organization=name)
    phrase = text[ps:pe]
    last = toks[b]
    if b > a and phrase in lx.KNOWN_ORGS:
        return Source("org", ps, pe, phrase, ps, pe, organization=phrase)  # "Friends of the Earth"
    if b == a + 1 and toks[a].text == "The" and toks[b].text in lx.THE_PUBLICATIONS:
        return Source("org", ps, pe, phrase, ps, pe, organization=phrase)  # "The Hill reported"
    # whole-phrase organisation / supranational / country lookups on CAP suffix
    k = b
    of_at = -1
    while k >= a and (
        toks[k].cap
        or (toks[k].text == "." and k > a)
        or (toks[k].text == "&" and k > a and toks[k - 1].cap)
        or (  # "Socialist Workers' Party", "St Thomas' Hospital": a plural possessive
            toks[k].text in {"'", "’"}
            and a < k < b
            and toks[k - 1].cap
            and toks[k - 1].lower.endswith("s")
            and (toks[b].lower in lx.ORG_HEADS or _org_head_within(toks, k + 1))
        )
        or toks[k].lower in NAME_PARTICLES
        or (toks[k].lower in {"of", "on", "for"} and k > a and _of_in_name(doc, k))
        or (  # "the Pools at Risk Alliance"
            toks[k].lower in PLACE_NAME_LINKS
            and k > a
            and _place_link_in_name(doc, a, k, toks[b].end) == b + 1
        )
        or (  # "the" inside a name: "Society for the Protection of Birds"
            toks[k].lower == "the"
            and k > a
            and toks[k - 1].lower in {"of", "on", "for"}
            and _of_in_name(doc, k - 1)
        )
        or (toks[k].lower == "and" and of_at < 0 and k > a + 2 and and_in_org(doc, a, k))
        or (toks[k].lower == "and" and of_at < 0 and _and_in_agency(doc, a, k, b))
        or (toks[k].lower == "and" and of_at < 0 and k > a and _and_in_acronym(toks, k, b))
    ):
        if toks[k].lower in {"of", "on", "for"}:
            of_at = k
        k -= 1
    cap_start = k + 1
    if of_at > 0 and (
        toks[of_at].lower != "of"
        or (toks[of_at - 1].lower in lx.ORG_HEADS and toks[of_at - 1].cap)
        or not any(toks[i].lower in TITLE_WORDS for i in range(of_at + 1, b + 1))
    ):
        # "International Federation of Pharmaceutical Manufacturers", "Department of Justice"
        for t_i in range(of_at + 2, b):
            if toks[t_i].cap and toks[t_i].lower in lx.TITLE_HEADS:
                # "Bank of England Governor Andrew Bailey": the titled person
                named = analyse_phrase(doc, t_i + 1, b)
                if named is not None and named.kind == "name" and " " in named.text:
                    named.phrase_start = ps
                    return named
                break
        c0 = cap_start + 1 if toks[cap_start].lower == "the" and cap_start < b else cap_start
        while c0 < b and toks[c0].lower in lx.INDUSTRY_NOUNS:
            if _plural_possessor(toks, c0 + 1):
                break  # "Airline Pilots' Guild of India": the noun modifies the possessor
            c0 += 1
        c0, country = _possessive_country(doc, c0, b)
        c0, owner = _supranational_owner(doc, c0, b)
        name = text[toks[c0].start : pe]
        if name.lower() in lx.COUNTRY_NAMES:  # "the Republic of Korea": a country
            return Source("country", ps, pe, phrase, ps, pe, country=lx.COUNTRY_NAMES[name.lower()])
        org = owner or name
        return Source("org", toks[c0].start, pe, name, ps, pe, country=country, organization=org)
    if cap_start + 2 < b and any(
        toks[x].lower == "and" and _and_in_acronym(toks, x, b) for x in range(cap_start + 1, b)
    ):
        # "Environment and Climate Change Canada (ECCC)": one body, its short name after it
        c0 = cap_start + 1 if toks[cap_start].lower == "the" else cap_start
        name = text[toks[c0].start : pe]
        country = lx.COUNTRY_NAMES.get(toks[b].lower)  # (as "Heritage Wales" below)
        return Source("org", toks[c0].start, pe, name, ps, pe, country=country, organization=name)
    if cap_start <= b:
        # try progressively shorter suffixes for lexicon hits
        for s in range(cap_start, b + 1):
            sub = text[toks[s].start : pe]
            if s == b == cap_start + 1 and toks[cap_start].lower in lx.FIRST_NAMES:
                break  # "Tom Rasmussen", "Michael Bloomberg": a person with that surname
            if sub == "Congress" and s > cap_start and _named_congress(toks, cap_start, s):
                continue  # "the Nigeria Labour Congress": a body named "… Congress"
            if (
                sub in lx.NATIONAL_HOMONYMS
                and s > cap_start
                and (home := lx.COUNTRY_OR_DEMONYM.get(strip_possessive(toks[s - 1].lower)))
            ):
                # "Russia's Security Council", "the Russian Security Council": that
                # country's body, not the U.N.'s
                return Source("org", toks[s].start, pe, sub, ps, pe, country=home, organization=sub)
            if sub in lx.KNOWN_ORGS or sub in lx.SUPRANATIONAL:
                org = lx.SUPRANATIONAL.get(sub, sub)
                return Source("org", toks[s].start, pe, sub, ps, pe, organization=org)
            lows = sub.lower()
            if s == cap_start and b == s + 1 and place_named_agency(toks, s):
                # "Alberta Wildfire said", "according to Manitoba Hydro": a public body
                return Source("org", toks[s].start, pe, sub, ps, pe, organization=sub)
            if lows in lx.COUNTRY_NAMES and _body_named_after_country(toks, cap_start, s):
                # "Heritage Wales said": a body, not the country
                start = toks[cap_start].start
                country = lx.COUNTRY_NAMES[lows]
                name = text[start:pe]
                return Source("org", start, pe, name, ps, pe, country=country, organization=name)
            if lows in lx.COUNTRY_NAMES and (
                s == cap_start or (s == cap_start + 1 and toks[cap_start].lower == "the")
            ):
                if s == cap_start and cap_start - 2 > a and toks[cap_start - 1].lower == "of":
                    named = analyse_phrase(doc, a, cap_start - 2)
                    if named is not None and named.kind == "name":
                        return named  # "King Abdullah of Jordan": the titled person
                return Source("country", ps, pe, phrase, ps, pe, country=lx.COUNTRY_NAMES[lows])
        # (most phrases have no word between: no generator then)
        amp = (
            next((x for x in range(cap_start + 1, b) if toks[x].text == "&"), None)
            if cap_start + 1 < b
            else None
        )
        if (
            amp is not None
            and toks[amp - 1].cap
            and b - amp <= 3
            and all(
                (toks[x].cap or toks[x].text == ".") and toks[x].lower not in TITLE_WORDS
                for x in range(amp + 1, b + 1)
            )
        ):
            # "Johnson & Johnson", "Kirkland & Ellis": people are joined by "and"
            c0 = cap_start + 1 if toks[cap_start].lower == "the" else cap_start
            name = text[toks[c0].start : pe]
            return Source("org", toks[c0].start, pe, name, ps, pe, organization=name)
        based = cap_start + 1 if toks[cap_start].lower == "the" else cap_start
        if based < b and toks[based].lower.endswith("-based") and toks[based + 1].cap:
            # "Toronto-based Kestrel Components said": where a body sits (no person is
            # written "-based" before the name), no word of its name
            name = text[toks[based + 1].start : pe]
            return Source("org", toks[based + 1].start, pe, name, ps, pe, organization=name)
        the_acronym = cap_start == b - 1 and toks[cap_start].lower == "the"  # "The NFL said"
        if (
            (cap_start == b or the_acronym)
            and _is_org_like(last.text)
            and last.lower not in TITLE_ACRONYMS
        ):
            # (not "CEO warns": a title acronym is a person's role; "HOST:" stays a label)
            country = _descriptor_country(doc, a, cap_start)  # "Japanese supplier Mitsuda"
            return Source(
                "org", last.start, pe, last.text, ps, pe, country=country, organization=last.text
            )
        if last.cap and (
            (
                last.lower in lx.ORG_HEADS
                and not (last.lower in SURNAME_ORG_HEADS and _person_before_head(doc, a, b))
            )
            or (last.lower in lx.INDUSTRY_HEADS and not _person_before_head(doc, a, b))
            or last.text in lx.TEAM_NICKNAMES  # "The Dallas Cowboys"
            or (last.lower in lx.CLUB_WORDS and b > cap_start)  # "Manchester United"
            or (toks[cap_start].lower in lx.CLUB_LEAD_WORDS and b > cap_start)  # "Dynamo Kyiv"
            or (last.text == "Air" and b > cap_start)  # an airline: "Cascadia Air"
            # "Ontario Health North", "Transport West": a body's regional arm by its
            # compass point after the body's head word (round 31, probe r31b)
            or (
                last.text in COMPASS_POINTS
                and b > cap_start
                and toks[b - 1].cap
                and toks[b - 1].lower in lx.ORG_HEADS
            )
            # "Brandt Funeral Home", "Maple Grove Nursing Home": a business
            or (last.lower == "home" and b > cap_start and toks[b - 1].lower in HOME_KINDS)
            # "the Elm Valley School District", "Cedar Water District": a public body, no
            # place (a district of no service, "the Kessel District", stays a place)
            or (
                last.lower == "district"
                and b > cap_start
                and toks[b - 1].lower in lx.DISTRICT_SERVICES
            )
        ):
            # "the Tax Foundation", "The Washington Post", "the White House"
            c0 = cap_start
            if toks[c0].lower == "the" and c0 < b:
                c0 += 1
            while c0 < b and (
                (toks[c0].lower in lx.INDUSTRY_NOUNS and not _plural_possessor(toks, c0 + 1))
                or toks[c0].lower.endswith(CONTROL_SUFFIXES)
            ):
                c0 += 1  # "Rival Micron Technology Inc", "the Republican-led House"
            c0, country = _possessive_country(doc, c0, b)
            # "the Australian miner Tarlow Resources": a demonym and a trade before a name
            # ending in a body's head word give the body's country, as before "Mitsuda"
            country = country or _descriptor_country(doc, a, cap_start)
            c0, owner = _supranational_owner(doc, c0, b)
            start = toks[c0].start
            name = text[start:pe]
            org = owner or name
            return Source("org", start, pe, name, ps, pe, country=country, organization=org)
        if any(toks[x].lower in lx.FOREIGN_BODY_WORDS for x in range(cap_start, b + 1)):
            # "Instituto Nacional de Estadística said": a body named in its own language
            start = toks[cap_start + 1 if toks[cap_start].lower == "the" else cap_start].start
            name = text[start:pe]
            return Source("org", start, pe, name, ps, pe, organization=name)
        if (
            last.lower in lx.GROUP_NOUNS
            and not _looks_like_name_run(doc, cap_start, b)
            and not (last.lower in SURNAME_ORG_HEADS and _person_before_head(doc, a, b))
            and not (b > a and surname_like_title(doc, b))  # "Aaron Judge", "Tom Marshal"
            and not _named_defense(toks, cap_start, b)
            and not _named_staff(toks, a, b)
        ):
            return _group(doc, a, b)
    if _numbered_branch(toks, a, b):
        # "Teamsters Local 120", "Fraternal Order of Police Lodge 7": a union's branch by
        # its number (the body before it, or "Local 120" alone, named before)
        body = analyse_phrase(doc, a, b - 2) if b - 2 >= a else None
        if body is None or body.kind == "org":
            c0 = body.start if body is not None else toks[b - 1].start
            name = text[c0:pe]
            if body is None:
                name = _branch_in_full(doc, name, c0) or name  # "Local 120" later
            return Source("org", c0, pe, name, ps, pe, organization=name)
    if not last.cap and last.lower in NAMED_BODY_COMMON_NOUNS and b > a:
        # "the United Auto Workers union", "the opposition Congress party": a named
        # organisation with its common noun ("the PIT-CNT union federation": its kind's
        # words before it too; round 32, probe r32b)
        d = b
        while (
            last.lower in FEDERATION_NOUNS
            and d - 1 > a
            and not toks[d - 1].cap
            and toks[d - 1].lower in FEDERATION_KIND_WORDS
        ):
            d -= 1
        c0 = d
        while c0 > a and (
            (toks[c0 - 1].cap and toks[c0 - 1].is_word)
            # "the United Food and Commercial Workers union": a link between two words
            or (
                toks[c0 - 1].lower in NAME_LINK_WORDS
                and c0 - 2 >= a
                and toks[c0 - 2].cap
                and toks[c0].cap
                and c0 < d
            )
        ):
            c0 -= 1
        while c0 < d and (toks[c0].lower in lx.INDUSTRY_NOUNS or toks[c0].lower == "the"):
            c0 += 1
        # (a country after a link is the name's: "the Alternative for Germany party")
        linked = {x for x in range(c0 + 1, d) if toks[x - 1].lower in NAME_LINK_WORDS}
        run = [toks[x] for x in range(c0, d) if x not in linked]
        run = [x for x in run if x.lower not in NAME_LINK_WORDS]
        the = any(toks[x].lower == "the" for x in range(a, c0))  # not "Rail union rejects"
        if (
            run
            and the
            and all(
                x.cap and x.lower not in lx.TITLE_HEADS and x.lower not in lx.COUNTRY_OR_DEMONYM
                for x in run
            )
        ):
            # (a lower-case "party" is no word of a name of two words or more: "the
            # opposition Green Future party" is Green Future; a one-word name keeps it,
            # "the Congress party", so that it is read as no other body)
            e = pe if last.lower == "party" and len(run) < 2 else toks[d - 1].end
            name = text[toks[c0].start : e]
            return Source("org", toks[c0].start, e, name, ps, pe, organization=name)
    if not last.cap:
        if (
            last.lower in lx.GROUP_NOUNS
            or last.lower in LEANING_PLURALS  # "Hard-line conservatives said"
            or last.lower in TITLE_WORDS
            or last.lower in KINSHIP
            or "-" in last.lower
            or specialist_plural(last.lower)
            or _group_with_sides(toks, a, b)
        ):
            return _group(doc, a, b)
        return None
    if _acronym_and_name(toks, a, b):
        # "BHP Billiton said", "ISA Interchile did not respond": a company's name
        start = toks[b - 1].start
        name = text[start:pe]
        return Source("org", start, pe, name, ps, pe, organization=name)
    return _person_phrase(doc, a, b)


def _person_phrase(doc: Doc, a: int, b: int) -> Source | None:
    """Tokens a..b read as a name (the trailing run of name tokens, with initials and
    suffixes), once no body, place, group or pronoun reading applies (the tail of
    _analyse_phrase)."""
    toks = doc.tokens
    text = doc.text
    ps, pe = toks[a].start, toks[b].end
    k = b
    while k >= a:
        t = toks[k]
        if k < b and t.cap and t.lower in lx.ORG_HEADS:
            break  # "the Washington Post Trump said": stop at the organisation
        if k < b and t.lower.endswith(("'s", "’s")):
            break  # "Hegseth's counterpart Lecornu": the possessor is someone else
        if (
            is_name_token(t)
            or _family_name_he(doc, k, b)
            or (
                t.text == "."
                and k > a
                and (
                    _is_initial(doc, k - 1)
                    or toks[k - 1].lower in NAME_SUFFIXES
                    or ("." in toks[k - 1].text and len(toks[k - 1].text) <= 4)
                )
            )
            or (k == b and k > a and t.cap and surname_like_place(doc, k))
            or (k == b and k > a and t.cap and surname_like_title(doc, k))
            or (k == b and t.lower in SURNAME_ORG_HEADS and _person_before_head(doc, a, b))
            or (k == b and surname_before_cue(doc, k))
            or (k < b and _month_as_first_name(doc, k))
            or (k < b and _title_as_first_name(doc, k))
            or (k < b and _country_as_first_name(doc, k))
            or (k < b and _double_initial(doc, k))
            or (k + 2 <= b and _article_initial(toks, k))
        ):
            k -= 1
            continue
        if t.lower in NAME_SUFFIXES:
            k -= 1
            continue
        break
    ns = k + 1
    # initials written as a single token (G.K) are words with dots: allowed by is_name_token
    while ns <= b and not toks[ns].is_word:
        ns += 1
    if ns == b > a and toks[b].lower in NAME_SUFFIXES and toks[b - 1].cap:
        ns -= 1  # "RFK Jr. said": the suffix belongs to the word before, whatever its case
    if ns + 2 <= b and sri_style(toks, ns):
        ns += 2
    if a < ns < b and toks[ns - 1].lower == "miss" and toks[ns].lower in PAGEANT_TITLES:
        ns += 1  # "Miss Universe Alicia Machado": a title before the name
    if a < ns < b - 1 and toks[ns - 1].lower == "fellow" and toks[ns + 1].cap:
        ns += 1  # "her fellow Mancunian Liam Gallard": the shared town or people, no name
    if (
        ns > b
        and a == b
        and toks[a].cap
        and not toks[a].text.isupper()
        and toks[a].lower in lx.TITLE_HEADS
        and not toks[a].lower.endswith("s")
        and (a == 0 or toks[a - 1].lower not in lx.DETERMINERS)
    ):
        ns = a  # a bare capitalised title word as a subject is a surname ("Dean said")
    if ns > b and (_named_care_provider(toks, a, b) or _named_defense(toks, a, b)):
        # "Mercy Health said": a hospital group; "the Montana Wildlife Defense said"
        ps, pe = toks[a + 1 if toks[a].lower == "the" else a].start, toks[b].end
        return Source("org", ps, pe, text[ps:pe], ps, pe, organization=text[ps:pe])
    if 0 < ns <= b and (spelt := _spelt_out_before_acronym(toks, ns - 1, b)) is not None:
        # "Kazakhstan Temir Zholy (KTZ)": the country opens the body's name its initials spell
        name = text[toks[spelt].start : pe]
        return Source("org", toks[spelt].start, pe, name, ps, pe, organization=name)
    if ns > b and _named_staff(toks, a, b):
        # "South Korea's Joint Chiefs of Staff said": a military body, its owner's country
        c0, country = _possessive_country(doc, a + 1 if toks[a].lower == "the" else a, b)
        name = text[toks[c0].start : pe]
        return Source("org", toks[c0].start, pe, name, ps, pe, country=country, organization=name)
    if ns > b and _company_ending_in_city(toks, a, b):
        # "Canadian Pacific Kansas City said": a company named after a city it serves
        ps, pe = toks[a + 1 if toks[a].lower == "the" else a].start, toks[b].end
        return Source("org", ps, pe, text[ps:pe], ps, pe, organization=text[ps:pe])
    if ns > b:
        return _group(doc, a, b)
    plural = toks[b].lower
    if ns == b and plural.endswith("s") and plural[:-1] in lx.DEMONYMS:
        return _group(doc, a, b)  # "many Mexicans", "most Germans": an unnamed group
    n_name = sum(map(_IS_WORD, toks[ns : b + 1]))  # (a C-level count: hot)
    if n_name > 5:
        return None
    if toks[b].lower.endswith(("'s", "’s")):
        pe -= 2  # "Donald Trump's claim that": the possessor speaks
    name = text[toks[ns].start : pe]
    gender = None
    if ns > a:
        h = ns - 2 if toks[ns - 1].text == "." and ns - 2 >= a else ns - 1
        g = lx.HONORIFICS.get(toks[h].lower)  # "Mr. Obama", "Mrs Clinton"
        if g:
            gender = g
    first = toks[ns].lower
    if gender is None:
        if first in lx.MALE_NAMES and first not in lx.FEMALE_NAMES:
            gender = "m"
        elif first in lx.FEMALE_NAMES and first not in lx.MALE_NAMES:
            gender = "f"
    if ns == b and ns > a and toks[ns - 1].lower == "the" and toks[ns].lower in lx.DEMONYM_NOUNS:
        return _group(doc, a, b)  # "the Dutchman replied": an epithet, resolved later
    if (
        ns == b
        and ns - 1 > a
        and toks[ns].lower in lx.DEMONYM_NOUNS
        and AGE_WORD_RE.fullmatch(toks[ns - 1].lower)
        and toks[ns - 2].lower == "the"
    ):
        return _group(doc, a, b)  # "the 27-year-old Pole said": as "the Dutchman"
    if (
        ns == b - 1
        and ns > a
        and toks[ns - 1].lower == "the"
        and f"{toks[ns].lower} {toks[b].lower}" in lx.DEMONYM_NOUNS
    ):
        return _group(doc, a, b)  # "the Northern Irishman insisted": as "the Dutchman"
    if (
        ns == b
        and ns - 1 > a
        and toks[ns - 1].lower in lx.DEMONYMS
        and toks[ns - 2].lower == "the"
        and plural.endswith("s")
        and not plural.endswith(("ss", "us"))
    ):
        # "the Scottish Conservatives", "the German Greens": a party named by its members
        # (no country: as "the Scottish National Party", not a state body)
        name = text[toks[ns - 1].start : pe]
        return Source("org", toks[ns - 1].start, pe, name, ps, pe, organization=name)
    if (
        ns == b
        and ns > a
        and gender is None
        and toks[ns - 1].cap
        and toks[ns - 1].lower in lx.GROUP_NOUNS
        and toks[ns - 1].lower.endswith("s")  # a plural of people, not a title
        and toks[ns - 1].lower not in lx.TITLE_HEADS
        and toks[ns - 1].lower not in {"states", "nations"}  # "United States Citizenship …"
    ):
        # "Citizens Advice said": a capitalised group noun and a name word, one body
        name = text[toks[ns - 1].start : pe]
        return Source("org", toks[ns - 1].start, pe, name, ps, pe, organization=name)
    # a lone capitalised word preceded by "the" is an organisation ("the Kremlin")
    if ns == b and ns > a and toks[ns - 1].lower == "the":
        return Source("org", toks[ns].start, pe, name, ps, pe, organization=name)
    if n_name == 1 and _is_org_like(toks[ns].text):
        return Source("org", toks[ns].start, pe, name, ps, pe, organization=name)
    if n_name == 2 and gender is None and toks[ns].text in lx.KNOWN_ORGS and _np_opens(doc, ns):
        # "Meta Platforms said", "Tesla Energy said": a known company's name, then a word
        return Source("org", toks[ns].start, pe, name, ps, pe, organization=name)
    if ns > a and gender is None and toks[ns - 1].lower in lx.INDUSTRY_NOUNS and n_name <= 3:
        # "Japanese supplier Mitsuda", "rival Veltrix": a company described by its trade
        # (not "rival Tom Reed": a first name makes a person)
        country = _descriptor_country(doc, a, ns)
        return Source("org", toks[ns].start, pe, name, ps, pe, country=country, organization=name)
    if (
        ns > a
        and gender is None
        and (toks[ns - 1].lower in BODY_NOUNS_BEFORE_NAME or toks[ns - 1].lower in PARTY_LABELS)
        and n_name <= 4
        and not _opposition_leader_before(toks, a, ns)
    ):
        # "the rebel group Kivu Front", "the opposition Civic Platform": a body by its kind
        # (a country's possessive is its country: "Poland's opposition Civic Platform")
        country = next((c for i in range(a, ns) if (c := possessive_country(toks[i].text))), None)
        return Source("org", toks[ns].start, pe, name, ps, pe, country=country, organization=name)
    return Source("name", toks[ns].start, pe, name, ps, pe, gender=gender)


def _opposition_leader_before(toks, a: int, ns: int) -> bool:
    """ "Leader of Opposition X", "Leader of the Opposition X": the parliamentary office
    (Indian, British, Commonwealth copy) before a person's name, not the party label of
    "the opposition Civic Platform"."""
    k = ns - 2
    if k >= a and toks[k].lower == "the":
        k -= 1
    return k - 1 >= a and toks[k].lower == "of" and toks[k - 1].lower == "leader"


# "Mark Hale (@SenMarkHale)": an embedded post's credit line names a handle's owner
HANDLE_CREDIT_RE = re.compile(r"\b([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) \(@(\w{1,30})\)")


def _handle_owner(doc: Doc, handle: str) -> str | None:
    """The person a social-media handle is credited to in the text, if exactly one."""
    owners = doc.memo.get("handles")
    if owners is None:
        owners = doc.memo["handles"] = {}
        for m in HANDLE_CREDIT_RE.finditer(doc.text):
            name, h = m.group(1), m.group(2).lower()
            owners[h] = name if owners.get(h, name) == name else None
    return owners.get(handle.lower())


def _name_before_post_nominal(doc: Doc, a: int, b: int) -> Source | None:
    """``Rachel Greene MP``, ``Mr Hale QC``: the person named before the letters (not
    ``Labour MP``: a party before a title)."""
    named = analyse_phrase(doc, a, b - 1)
    if named is None or named.kind != "name":
        return None
    if " " not in named.text and doc.tokens[a].lower not in lx.HONORIFICS:
        return None
    named.phrase_end = doc.tokens[b].end
    return named


def possessive_country(word: str) -> str | None:
    """ "Spain's", "Russia’s": the country a possessive names, else None."""
    low = word.lower()
    if low.endswith(("'s", "’s")):
        return lx.COUNTRY_NAMES.get(low[:-2])
    return None


def split_possessive_country(name: str) -> tuple[str, str | None]:
    """ "Spain's Socialist Party" -> ("Socialist Party", "ES"); other names unchanged."""
    first, _, rest = name.partition(" ")
    country = possessive_country(first) if rest else None
    if country is None and " " in rest:
        second, _, tail = rest.partition(" ")  # "South Korea's Foreign Ministry"
        country = possessive_country(f"{first} {second}")
        return (tail, country) if country else (name, None)
    return (rest, country) if country else (name, None)


# a hyphenated modifier of who runs a body or where it sits, no word of its name
CONTROL_SUFFIXES = ("-led", "-controlled", "-dominated", "-run", "-based", "-backed")
# lower-case labels of a party before its name ("the opposition Civic Platform")
PARTY_LABELS = {"opposition", "ruling", "governing"}


def _possessive_country(doc: Doc, c0: int, b: int) -> tuple[int, str | None]:
    """ "Spain's Socialist Party": a country's possessive before an organisation's name
    is its country, not a word of the name (the name starts after it); so is a demonym
    before a ministry ("the Emirati Ministry of Foreign Affairs", "The French Foreign
    Ministry": no ministry's name holds its country's demonym)."""
    toks = doc.tokens
    if (
        c0 < b
        and toks[c0].cap
        and toks[c0].lower in lx.DEMONYMS
        and any(toks[x].lower == "ministry" for x in range(c0 + 1, b + 1))
    ):
        return c0 + 1, lx.DEMONYMS[toks[c0].lower]
    country = possessive_country(toks[c0].text) if c0 < b else None
    if country is None and c0 + 1 < b:
        # "South Korea's Foreign Ministry": a two-word country
        country = possessive_country(f"{toks[c0].text} {toks[c0 + 1].text}")
        if country:
            return c0 + 2, country
    if country is None:
        # "Austria's far-right Freedom Party", "Poland's opposition Civic Platform": the
        # country before the party's lower-case label
        k = c0 - 1
        while (
            k > 0
            and c0 - k <= 2
            and not toks[k].cap
            and ("-" in toks[k].text or toks[k].lower in PARTY_LABELS)
        ):
            k -= 1
        return c0, possessive_country(toks[k].text) if 0 <= k < c0 - 1 else None
    return c0 + 1, country


def _supranational_owner(doc: Doc, c0: int, b: int) -> tuple[int, str | None]:
    """ "the U.N.'s Scientific Panel on Glaciers": a supranational body's
    possessive is no word of the name; it is the organisation (no country)."""
    low = doc.tokens[c0].text.replace("’", "'")
    if c0 < b and low.endswith("'s") and low[:-2] in lx.SUPRANATIONAL:
        return c0 + 1, lx.SUPRANATIONAL[low[:-2]]
    return c0, None


def _np_opens(doc: Doc, k: int) -> bool:
    """Token k opens its noun phrase: no modifier or possessor before it (not "her
    upcoming Apple Music show", "Blige's Apple Music show"; "rival Meta Platforms" is)."""
    if k == 0:
        return True
    p = doc.tokens[k - 1]
    return not p.is_word or p.lower in lx.FUNCTION_WORDS or p.lower in lx.INDUSTRY_NOUNS


def _family_name_he(doc: Doc, k: int, b: int) -> bool:
    """``He Lifeng``: the Chinese family name He (capitalised, then one given name ending
    the phrase) is part of the name, not the pronoun."""
    toks = doc.tokens
    if k != b - 1 or toks[k].text != "He":
        return False
    given = toks[b]
    return is_name_token(given) and given.lower not in lx.WEEKDAYS and given.lower not in lx.MONTHS


ROYAL_HEIRS = {"prince", "princess"}
# "a person familiar with the matter", "sources close to the talks"
SOURCE_COMPLEMENTS = {
    "familiar": {"with"}, "close": {"to"}, "briefed": {"on"}, "knowledgeable": {"about"},
}  # fmt: skip
TITLE_ACRONYMS = {"ceo", "cfo", "coo", "cto", "mp", "mep", "msp", "mla", "pm", "cm", "td"}
# "Miss Universe", "Miss World": titles, not the first word of a name
PAGEANT_TITLES = {"universe", "world", "america", "usa", "earth", "teen", "international"}
CONTRACTIONS = ("'ve", "n't", "'ll", "'re", "'m", "'d")
COMMON_SOURCES = {
    "video", "videos", "footage", "police", "proponents", "opponents", "critics", "officials",
    "investigators", "prosecutors", "authorities", "records", "documents", "data", "polls",
    "surveys", "studies", "reports", "demonstrators", "protesters", "supporters", "experts",
    "analysts", "economists", "witnesses", "residents", "voters", "democrats", "republicans",
}  # fmt: skip


def _plural_noun(t: Token) -> bool:
    """A lower-case noun of people or bodies ("critics", "analysts", "police",
    "districts"), not of things ("reasons that explain …")."""
    return (
        t.is_word
        and not t.cap
        and t.text.isalpha()
        and t.lower not in lx.FUNCTION_WORDS
        and t.lower.endswith("s")  # (not "a statement that praised …": a document)
        and (
            t.lower in lx.GROUP_NOUNS
            or t.lower.endswith(lx.AGENT_PLURAL_ENDINGS)
            or t.lower in SPEAKING_BODIES
        )
    )


# plural bodies that speak ("districts that say …", "states that argue …")
SPEAKING_BODIES = {
    "districts", "states", "cities", "counties", "towns", "schools", "countries", "nations",
    "governments", "companies",
}  # fmt: skip


def _sentence_initial(doc: Doc, a: int) -> bool:
    """Only quotation marks / spaces between the previous sentence end (or a line
    break: a headline has no final stop) and token a."""
    k = doc.tokens[a].start - 1
    text = doc.text
    while k >= 0 and text[k] != "\n" and (text[k].isspace() or text[k] in "\"“”'‘’"):
        k -= 1
    return k < 0 or text[k] in ".!?:\n"


def _looks_like_name_run(doc: Doc, a: int, b: int) -> bool:
    return all(is_name_token(doc.tokens[i]) for i in range(a, b + 1) if doc.tokens[i].is_word)


# Surname prefixes that put a capital inside a person's name (McConnell, DeSantis).
SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z][a-z]+(?:'s|’s)?")


def _descriptor_country(doc: Doc, a: int, c0: int) -> str | None:
    """ "Japanese supplier Mitsuda", "the German carmaker Volkswagen": the country of an
    industry descriptor written before an organisation's name (tokens a..c0-1)."""
    toks = doc.tokens
    country = None
    for i in range(a, c0):
        low = toks[i].lower
        if toks[i].cap and (low in lx.COUNTRY_OR_DEMONYM or low + "." in lx.COUNTRY_OR_DEMONYM):
            country = lx.COUNTRY_OR_DEMONYM.get(low) or lx.COUNTRY_OR_DEMONYM[low + "."]
        elif not (low in lx.INDUSTRY_NOUNS or low in {"the", "a", "an", "."}):
            return None
    return country


_IS_WORD = attrgetter("is_word")

ALPHANUMERIC_BODY_RE = re.compile(r"[A-Z]{1,3}\d{1,3}")


def _acronym_and_name(toks, a: int, b: int) -> bool:
    """The phrase ends in a body's initials and one capitalised word that is no given
    name or title, the initials opening the name ("BHP Billiton"; not "CEO Ann Lee",
    "NATO chief X", "FBI Director Wray")."""
    if b - 1 < a or not toks[b].cap or not is_name_token(toks[b]):
        return False
    initials, word = toks[b - 1], toks[b].lower
    return (
        len(initials.text) >= 3  # (not "JJ Redick": two capitals as a first name)
        and initials.text.isupper()
        and initials.text.isalpha()
        and initials.lower not in TITLE_ACRONYMS
        and initials.lower not in lx.COUNTRY_OR_DEMONYM
        and initials.text not in lx.SUPRANATIONAL  # ("UN Guterres": the UN's chief)
        and word not in lx.FIRST_NAMES
        and word not in TITLE_WORDS
        and word.rstrip(".") not in NAME_SUFFIXES  # ("RFK Jr.")
        and not word.endswith(("ian", "ean", "ese"))  # ("the VOA Eurasian division")
        and (b - 1 == a or not toks[b - 2].cap)
    )


@lru_cache(maxsize=4096)  # a pure test of one spelling, asked for every name mention
def _is_org_like(word: str) -> bool:
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return True  # acronym: CNN, FBI
    if word.isupper() and all(len(w) >= 2 and w.isalpha() for w in word.split("-")):
        return True  # acronyms joined: PIT-CNT, ZANU-PF (round 32, probe r32b)
    if ALPHANUMERIC_BODY_RE.fullmatch(word):
        return True  # "M23", "G20": letters and a number
    if SURNAME_PREFIX.fullmatch(word):
        return False
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper() and word[:-1].isalpha():
        return False  # an acronym's plural: MPs, CEOs, NGOs (people or bodies, unnamed)
    # CamelCase inside a single word: WikiLeaks, PolitiFact
    return (
        any(c.isupper() for c in word[1:])
        and any(c.islower() for c in word)
        and "-" not in word
        and "." not in word
    )


# a party's standing before its name ("the opposition Umbrella for Democratic Change")
PARTY_STANDING_WORDS = {"opposition", "ruling", "governing"}


# a body's common noun after its name ("the Teamsters union", "the Congress party", "the
# CNT federation"), and the words of its kind before a federation ("union", "labour")
NAMED_BODY_COMMON_NOUNS = {"union", "party", "federation", "confederation"}
FEDERATION_NOUNS = {"federation", "confederation"}
FEDERATION_KIND_WORDS = {"union", "labor", "labour", "trade", "employers", "business"}


# prepositions of place after a group noun ("Democrats on Capitol Hill", "farmers in Iowa")
PLACE_PREPOSITIONS = {"on", "in", "at", "across", "around", "from"}


def _located_group(doc: Doc, src: Source, comma: int, lo: int, depth: int) -> Source | None:
    """ "Democrats on Capitol Hill, who …", "farmers in Iowa, who …": a place after a
    group noun and a preposition (the relative clause's antecedent is the group)."""
    toks = doc.tokens
    p = doc.tok_index_at_or_after(src.phrase_start) - 1
    if p < 1 or toks[p].lower not in PLACE_PREPOSITIONS or depth >= 1:
        return None
    w = toks[p - 1]
    if not (w.lower in PARTY_MEMBERS or (not w.cap and w.lower in lx.GROUP_NOUNS)):
        return None
    a = p - 1  # the group noun, with its determiner, number or leaning
    while (
        a > 0
        and toks[a - 1].start >= lo
        and toks[a - 1].is_word
        and not toks[a - 1].cap
        and (toks[a - 1].lower in lx.DETERMINERS or toks[a - 1].lower in GROUP_OPENERS)
    ):
        a -= 1
    grp = _group(doc, a, comma - 1)
    if src.kind == "country":
        grp.country = grp.country or src.country
    return grp


# the people of a group written with the sides, places or bodies they come from, in
# lower case: "officials from both sides", "negotiators on both delegations"
SIDES_PREPOSITIONS = {"from", "on", "in", "at", "of"}
SIDES_QUANTIFIERS = {"both", "the", "two", "three", "all", "each", "either", "several"}


def _group_with_sides(toks, a: int, b: int) -> bool:
    """Tokens a..b are a plural group noun (perhaps after a lower-case modifier or two), a
    preposition, then a quantifier or two and a lower-case plural ("officials from both
    sides", "senior diplomats in both capitals", "negotiators from the two delegations";
    not "officials from the talks"): the group speaks."""
    if b - a < 3 or b - a > 8:
        return False
    x = b - 1
    while x > a and toks[x].lower in SIDES_QUANTIFIERS:
        x -= 1
    if x == b - 1 or toks[x].lower not in SIDES_PREPOSITIONS or x - 1 < a:
        return False
    if toks[x + 1].lower == "the" and x + 2 == b:
        return False  # ("officials from the talks": "the" alone, one body or event)
    head = toks[x - 1].lower
    last = toks[b]
    return (
        head in lx.GROUP_NOUNS
        and head.endswith("s")
        and all(toks[y].is_word and not toks[y].cap for y in range(a, x))
        and last.is_word
        and last.text.isalpha()
        and not last.cap
        and last.lower.endswith("s")
    )


def _group_with_sides_before(doc: Doc, ci: int, lo: int) -> Source | None:
    """ "…, officials from both sides said": the group whose phrase ends right before the
    cue ci and opens after a comma or at the sentence start (the subject reader stops at
    a complement noun that names no body)."""
    toks = doc.tokens
    b = ci - 1
    if b < 3 or not toks[b].is_word or toks[b].cap:
        return None  # (most subjects: a capitalised name or a mark)
    for a in range(b - 3, max(-1, b - 9), -1):
        if toks[a].start < lo or not toks[a].is_word:
            return None
        before = toks[a - 1] if a > 0 else None
        if (
            before is None or before.start < lo or before.text == "," or _sentence_initial(doc, a)
        ) and _group_with_sides(toks, a, b):
            return _group(doc, a, b)
    return None


def _group(doc: Doc, a: int, b: int) -> Source:
    toks = doc.tokens
    ps, pe = toks[a].start, toks[b].end
    country = None
    org = None
    for i in range(a, b + 1):
        t = toks[i]
        if not t.cap:
            # hot (every unnamed group); all four look-ups below need a capital: the
            # organisation lexicons hold capitalised names only (a test guards this)
            continue
        base = strip_possessive(t.text)
        low = base.lower()
        if country is None and i > a and toks[i - 1].cap:
            # "South Korea's military", "Saudi Arabian officials": a two-word country
            country = lx.COUNTRY_OR_DEMONYM.get(f"{toks[i - 1].lower} {low}")
        if base in lx.SUPRANATIONAL and org is None:
            org = lx.SUPRANATIONAL[base]
        elif base in lx.KNOWN_ORGS and org is None:
            org = base  # "Pentagon officials", "two Hamas officials"
        elif base in lx.ORG_SHORT_NAMES and org is None:
            org = lx.ORG_SHORT_NAMES[base]  # "Fed officials"
        elif low in lx.COUNTRY_OR_DEMONYM and country is None:
            if i > a and f"{toks[i - 1].lower} {low}" in REGION_DEMONYMS:
                continue  # "Latin American ministers": a region's, no country's
            country = lx.COUNTRY_OR_DEMONYM[low]
        elif low in lx.KNOWN_PEOPLE_COUNTRY and country is None:
            country = lx.KNOWN_PEOPLE_COUNTRY[low]
    org = org or _named_org_run(doc, a, b) or _personal_body(doc, a, b) or _workplace_at(doc, a, b)
    return Source("group", ps, pe, doc.text[ps:pe], ps, pe, country=country, organization=org)


# a region's demonym ending in a country's ("Latin American", "South American")
REGION_DEMONYMS = {"latin american", "south american", "central american", "north american"}


def _workplace_at(doc: Doc, a: int, b: int) -> str | None:
    """ "Analysts at Jefferies", "workers at Boeing": the capitalised run after "at" that
    ends the group is where its people work (no country or state)."""
    toks = doc.tokens
    i = b
    while i > a and toks[i].cap and toks[i].is_word:
        i -= 1
    if i == b or i <= a or toks[i].lower != "at":
        return None
    name = strip_possessive(doc.text[toks[i + 1].start : toks[b].end])
    low = name.lower()
    if low in lx.COUNTRY_OR_DEMONYM or low in lx.US_STATES:
        return None
    return name


def bracketed_body_group(doc: Doc, src: Source, lo: int) -> Source | None:
    """ "The Southern African Development Community (SADC) observer mission said": the
    body's name and its short name before a lower-case group noun belong to the phrase
    (was "observer mission")."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.phrase_start)
    if a < 4 or toks[a - 1].text != ")" or toks[a - 3].text != "(":
        return None
    if not _acronym(toks[a - 2].text) or toks[a].cap:
        return None
    k = a - 4
    while (
        k > 0
        and toks[k - 1].start >= lo
        and toks[k - 1].lower not in lx.DETERMINERS
        and ((toks[k - 1].cap and toks[k - 1].is_word) or toks[k - 1].lower in {"of", "for"})
    ):
        k -= 1
    if not toks[k].cap or toks[k].lower in lx.DETERMINERS:
        return None
    name = doc.text[toks[k].start : toks[a - 4].end]
    if not any(toks[x].lower in lx.ORG_HEADS for x in range(k, a - 3)):
        return None  # (a name with a body's head: not "Ann Lee (D) aides")
    start = toks[k - 1].start if k > 0 and toks[k - 1].lower == "the" else toks[k].start
    text = doc.text[start : src.phrase_end]
    return Source(
        "group", start, src.phrase_end, text, start, src.phrase_end,
        country=src.country, organization=lx.SUPRANATIONAL.get(name, name),
    )  # fmt: skip


SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons"}


def _spelt_out_before_acronym(toks, k: int, b: int) -> int | None:
    """k, when the country name at token k opens with tokens k+1..b a name whose initials
    are the bracketed acronym right after b ("Kazakhstan Temir Zholy (KTZ)"), else None."""
    if not (
        b + 3 < len(toks)
        and toks[b + 1].text == "("
        and toks[b + 3].text == ")"
        and _acronym(toks[b + 2].text)
        and toks[k].cap
        and toks[k].lower in lx.COUNTRY_NAMES
    ):
        return None
    initials = "".join(t.text[0] for t in toks[k : b + 1] if t.is_word and t.cap)
    return k if initials == toks[b + 2].text else None


def _acronym(word: str) -> bool:
    """ "USDA", "NHS", "FEMA": an upper-case short name."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _named_org_run(doc: Doc, a: int, b: int) -> str | None:
    """ "Goldman Sachs analysts", "White House officials", "Acme Corp executives": a
    capitalised run of two or more words before the group's noun that names an
    organisation (a known one, or one ending in an organisation head)."""
    toks = doc.tokens
    i = a
    while i <= b:
        if not (toks[i].cap and toks[i].is_word) or toks[i].lower in lx.FUNCTION_WORDS:
            i += 1
            continue
        k = i
        head = toks[i].lower in lx.ORG_HEADS  # "A Department of Health spokesperson"
        while k + 1 <= b:
            if toks[k + 1].cap and toks[k + 1].is_word:
                k += 1
            elif head and k + 2 <= b and toks[k + 1].lower in {"of", "for"} and toks[k + 2].cap:
                k += 2
            else:
                break
        nxt = toks[k + 1] if k < b else None
        if k == i and nxt is not None and nxt.lower in SPOKES_NOUNS and _acronym(toks[i].text):
            return toks[i].text  # "A USDA spokesperson said"
        if k > i and nxt is not None and nxt.is_word and nxt.lower not in lx.FUNCTION_WORDS:
            # (a modifier of the group's noun: not "Officials with the Ohio Department of
            # Health", whose complement names the organisation)
            name = strip_possessive(doc.text[toks[i].start : toks[k].end])
            if name in lx.SUPRANATIONAL:
                return lx.SUPRANATIONAL[name]
            if name in lx.KNOWN_ORGS or strip_possessive(toks[k].lower) in lx.ORG_HEADS:
                return name
            if head and any(toks[x].lower in {"of", "for"} for x in range(i, k)):
                return name  # ("Ministry of Energy and Mines": "and" joins no words here)
        i = k + 1
    return None


# bodies known by the person who heads them ("Gov. Tina Marsh's office", "the Clinton
# campaign"): an organisation without a name of its own. Not "the Trump administration",
# "the Modi government": a state's government, given as its country (as in the reference
# article's gold: organisation null, country US)
PERSONAL_BODIES = {"office", "campaign", "team", "staff", "camp", "ministry", "party"}


def _personal_body(doc: Doc, a: int, b: int) -> str | None:
    """ "Gov. Tina Marsh's office said": the body, as written without its determiner,
    when a name (with its titles) comes right before the body noun (not "Microsoft's
    legal team", "the French government")."""
    toks = doc.tokens
    if b == a or toks[b].lower not in PERSONAL_BODIES or toks[b].cap:
        return None
    if not is_name_token(toks[b - 1]):
        return None
    s = a
    while s < b and toks[s].lower in lx.DETERMINERS:
        s += 1
    if not all(toks[i].cap or toks[i].text == "." for i in range(s, b)):
        return None
    return doc.text[toks[s].start : toks[b].end]


TIME_NOUNS = {"week", "month", "year", "morning", "afternoon", "evening", "night", "weekend"}


# "the senators all said", "Lowe and Park both argued"
FLOATING_QUANTIFIERS = {"all", "both", "each", "themselves", "himself", "herself", "itself"}


def _skip_adverbs_back(doc: Doc, j: int, lo: int) -> int:
    toks = doc.tokens
    steps = 0
    while j >= 0 and toks[j].start >= lo and steps < 6:
        t = toks[j]
        if (
            t.is_word
            and not t.cap
            and (t.lower in lx.ADVERBS or t.lower.endswith("ly") or t.lower in FLOATING_QUANTIFIERS)
            and t.lower not in KINSHIP  # "Scott's family said": a noun, not an adverb
        ):
            j -= 1
            steps += 1
            continue
        if t.lower == "far" and j > 0 and toks[j - 1].lower in {"so", "thus"}:
            j -= 2  # "the data so far suggested": an adverbial, not the subject
            steps += 2
            continue
        # "Guterres on Friday urged", "Smith last week said"
        if t.is_word and (t.lower in lx.WEEKDAYS or t.lower in TIME_NOUNS) and j > 0:
            p = toks[j - 1].lower
            if p in {"on", "last", "this", "next", "late", "early", "earlier"}:
                j -= 2
                steps += 2
                continue
            if t.lower in lx.WEEKDAYS:
                j -= 1
                steps += 1
                continue
        break
    return j


def _skip_paren_back(doc: Doc, j: int, lo: int) -> int:
    """``Sen. David Perdue (R-Ga.) said``: step over a parenthesis before the verb."""
    toks = doc.tokens
    if j < 0 or toks[j].text != ")":
        return j
    k = j - 1
    while k >= 0 and j - k < 14 and toks[k].start >= lo and toks[k].text != "(":
        k -= 1
    if k >= 0 and toks[k].text == "(" and toks[k].start >= lo:
        return k - 1
    return j


def _participle_and_object(doc: Doc, a: int) -> bool:
    """ "X, visiting Manila, said": an aside opening with an -ing verb and a capitalised
    object that is no title ("visiting Professor Ann Lee", "acting Director X" are
    titles) describes the subject; the object is no speaker."""
    toks = doc.tokens
    return (
        a + 1 < len(toks)
        and not toks[a].cap
        and toks[a].lower.endswith("ing")
        and toks[a + 1].cap
        and toks[a + 1].lower not in lx.TITLE_HEADS
        and toks[a + 1].lower not in lx.HONORIFICS
        and toks[a + 1].lower not in lx.TITLE_MODIFIERS
    )


def _aside_segment(doc: Doc, j: int, lo: int) -> int:
    """Index of the comma opening the comma-delimited segment that ends at comma j, or -1."""
    toks = doc.tokens
    k = j - 1
    while k >= 0 and toks[k].start >= lo and j - k < 30 and toks[k].text != ",":
        if _breaks_phrase(doc, k):
            return -1
        k -= 1
    if k < 0 or toks[k].start < lo or toks[k].text != "," or k + 1 >= j:
        return -1
    return k


LOCATIVE_PREPOSITIONS = {"in", "near", "outside", "from", "of", "at"}


def _town_ends_segment(doc: Doc, k: int, j: int) -> bool:
    """The segment between commas k and j ends in a place after a locative preposition
    ("a retired teacher in Tucson", "a farmer near Ames")."""
    toks = doc.tokens
    x = j - 1
    while x > k and j - x <= 3 and toks[x].cap:
        x -= 1
    return x > k and x < j - 1 and toks[x].lower in LOCATIVE_PREPOSITIONS


def region_words(doc: Doc, a: int, b: int) -> bool:
    """Tokens a..b-1 are a U.S. state, a country or an abbreviated state ("Md.")."""
    toks = doc.tokens
    words = " ".join(toks[x].text for x in range(a, b) if toks[x].text != ".").lower()
    return (
        words in lx.US_STATES
        or words in lx.COUNTRY_NAMES
        or (b - a == 2 and toks[b - 1].text == "." and toks[a].text[:1].isupper())
    )


def _strip_asides(doc: Doc, j: int, lo: int) -> int:
    """Skip an age and a hometown between a name and its verb ("Doyle, 59, of Ashton,
    Md., who …,"); returns the comma after the name, or j when there is no such aside."""
    toks = doc.tokens
    cur = j
    found = False
    for _ in range(5):
        k = _aside_segment(doc, cur, lo)
        if k < 0:
            break
        seg = range(k + 1, cur)
        first = toks[k + 1].lower
        if len(seg) == 1 and toks[k + 1].text.isdigit() and len(toks[k + 1].text) <= 3:
            found = True  # an age
        elif first in {"of", "from"} and all(toks[x].cap or toks[x].text == "." for x in seg[1:]):
            found = True  # a hometown
        elif len(seg) <= 3 and all(toks[x].cap or toks[x].text == "." for x in seg):
            k2 = _aside_segment(doc, k, lo)
            # (the town's segment may open the sentence: "A farmer near Ames, Iowa, said")
            k0 = k2 if k2 >= 0 else doc.tok_index_at_or_after(lo) - 1
            if _town_ends_segment(doc, k0, k) and region_words(doc, k + 1, cur):
                # "Maria Ruiz, 71, a retired teacher in Tucson, Arizona, said": the state
                # belongs to the town, the appositive before it stays
                cur = k
                found = True
                continue
            if k2 < 0 or toks[k2 + 1].lower not in {"of", "from"}:
                break
            k = k2  # "of Ashton, Md.": town and state
            found = True
        elif first in {"who", "which"} and not found:
            pass  # a relative clause, kept only before an age or hometown
        else:
            break
        cur = k
    return cur if found else j


# the aside naming a described body: "The U.N. children's agency, known as UNICEF, said"
KNOWN_AS_NAME_RE = re.compile(
    r"known (?:as|by its (?:initials|acronym)) ((?:[A-Z][\w&.'’-]*)(?: [A-Z][\w&.'’-]*){0,4})\Z"
)


def _known_as_body(doc: Doc, src: Source) -> Source | None:
    """``The U.N. agency for refugees, known as UNRWA, said``: a described body's aside
    gives its name, the speaker (organisation itself, no country of its own here)."""
    if src.appositive is None or not src.text:
        return None
    head = re.split(r" (?:for|of|on|in) ", src.text, maxsplit=1)[0]  # "agency for refugees"
    if strip_possessive(head.rsplit(None, 1)[-1].lower()) not in lx.ORG_HEADS:
        return None  # "The man, known as Big Tony, said": a nickname, no body
    a, b = src.appositive
    m = KNOWN_AS_NAME_RE.match(doc.text, a, b)
    if m is None:
        return None
    name = m.group(1)
    org = lx.SUPRANATIONAL.get(name, name)
    return Source("org", m.start(1), m.end(1), name, src.phrase_start, b, organization=org)


# nouns a contact relative clause describes: "a move the union called “reckless”"
RELATIVE_HEAD_NOUNS = {
    "move", "step", "decision", "figure", "number", "claim", "estimate", "charge", "measure",
    "plan", "proposal", "policy", "ruling", "verdict", "deal", "offer", "result", "outcome",
    "change", "development", "term", "phrase", "word", "label", "tactic", "approach",
    # a course, a figure or a package described ("a path the minister called “credible”")
    "path", "course", "route", "pace", "target", "timeline", "timetable", "forecast",
    "projection", "level", "rate", "increase", "rise", "cut", "hike", "cost", "price", "sum",
    "amount", "total", "deficit", "surplus", "budget", "bill", "law", "rule", "agreement",
    "compromise", "strategy", "programme", "program", "scheme", "project", "idea", "goal",
    "package", "reform", "tax", "levy", "shift", "trend", "situation", "response", "gesture",
}  # fmt: skip


def _contact_relative_subject(doc: Doc, src: Source) -> Source | None:
    """``a move the union called``, ``a figure critics called``: the group read as the
    subject is a noun and the subject of a relative clause on it without "that"; the
    subject speaks (a determiner or a capital opens it, or a plural ends it: "a decision
    consumer groups described"; not "a figure skater")."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.phrase_start)
    b = doc.tok_index_before(src.phrase_end)
    if b - a < 2 or toks[a].lower not in {"a", "an", "the", "this", "that"}:
        return None
    if toks[a + 1].lower not in RELATIVE_HEAD_NOUNS:
        return None
    first = toks[a + 2]
    if not (first.cap or first.lower in lx.DETERMINERS or toks[b].lower.endswith("s")):
        return None
    rest = analyse_phrase(doc, a + 2, b)
    return rest if rest is not None and rest.kind in {"group", "org", "name", "country"} else None


QUOTE_CLOSERS = {"”", '"'}


def _relative_before_quote(doc: Doc, comma: int, lo: int) -> int | None:
    """The comma opening ", who/which …" when the quote whose closing comma is at
    ``comma`` ends that relative clause (", who called it “a scam,”"), else None."""
    toks = doc.tokens
    o = comma - 1
    while (
        o > 0
        and comma - o < 40
        and toks[o].start >= lo
        and toks[o].text not in lx.DOUBLE_QUOTE_OPENERS
    ):
        o -= 1
    if o < 3 or toks[o].start < lo or toks[o].text not in lx.DOUBLE_QUOTE_OPENERS:
        return None
    k = o - 1
    while k > 0 and o - k < 20 and toks[k].start >= lo:
        if toks[k].lower in {"who", "which", "whom"}:
            return k - 1 if toks[k - 1].text == "," else _appositive_comma(doc, k, lo)
        if toks[k].text == "," or _breaks_phrase(doc, k):
            return None
        k -= 1
    return None


# conjunctions opening a clause of its own after a comma ("…, while X, a doctor, said")
CONTRAST_CONJUNCTIONS = {"while", "whereas", "although", "though", "but", "yet"}


def _appositive_comma(doc: Doc, k: int, lo: int) -> int | None:
    """The comma opening ", a/an/the …" right before the relative pronoun at k ("X, a
    teacher whom supporters call “Miss Hanna,” said": the appositive ends in the quote's
    comma, X speaks), else None."""
    toks = doc.tokens
    x = k - 1
    while x > 1 and k - x <= 8 and toks[x].start >= lo:
        if toks[x].text == ",":
            return x if toks[x + 1].lower in {"a", "an", "the"} else None
        if _breaks_phrase(doc, x):
            return None
        x -= 1
    return None


def _named_with_others(doc: Doc, src: Source, lo: int) -> Source | None:
    """``Ilona Varga and others said`` / ``Varga, others vow`` (a headline): the person
    named before "others" is the one the statement is credited to."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.start)
    b = doc.tok_index_before(src.end)
    o = next((x for x in range(a, b + 1) if toks[x].lower in {"others", "other"}), None)
    if o is None or b - o > 2 or o < 1 or toks[o - 1].lower not in {"and", ","}:
        return None
    if o - 1 > a:
        name = analyse_phrase(doc, a, o - 2)  # "Ilona Varga and others": one phrase
    elif o - 1 >= 1 and toks[o - 1].start >= lo:
        name = subject_before(doc, o - 1, lo, 1)  # "Varga, others": the group after a comma
    else:
        name = None
    return name if name is not None and name.kind == "name" else None


def _lower_brand_subject(doc: Doc, ci: int, lo: int) -> Source | None:
    """``the services union ver.di said``: a body's description, then its one-word name
    written lower-case by its own style (LOWER_BRAND_RE) right before the cue (round 25)."""
    toks = doc.tokens
    x = ci - 1
    if x < 2 or toks[x].start < lo or not LOWER_BRAND_RE.fullmatch(toks[x].text):
        return None
    t = toks[x]
    name = Source("org", t.start, t.end, t.text, t.start, t.end, organization=t.text)
    return _described_org_before(doc, name, lo)


# "The Alliance, in a statement signed by its National Chairman, Mr X, said": the body
# whose statement an officer signed speaks, not the signer (group 1 ends before the comma)
SIGNED_STATEMENT_RE = re.compile(
    r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|and|the))*), in an? (?:[a-z]+ )?"
    r"(?:statement|letter|communiqu[eé]|release|notice) (?:signed|issued|released) by "
    r"(?:its|the|their) [^.;:\n]{3,80}, $"
)


def _signing_body(doc: Doc, ci: int, lo: int) -> Source | None:
    """The subject opening the sentence before ", in a statement signed by its …, NAME,"
    and the cue at token ci (round 27, heldout24), else None."""
    toks = doc.tokens
    end = toks[ci].start
    if (
        "signed by" not in doc.text[max(lo, end - 120) : end]
        and "issued by" not in doc.text[max(lo, end - 120) : end]
    ):
        return None
    m = SIGNED_STATEMENT_RE.search(doc.text, max(lo, end - 200), end)
    if m is None:
        return None
    comma = doc.tok_index_at_or_after(m.end(1))
    body = subject_before(doc, comma, lo, 1)
    return body if body is not None and body.kind in {"org", "group", "name"} else None


def subject_before(doc: Doc, ci: int, lo: int, depth: int = 0) -> Source | None:
    """The subject of the reporting verb at token ci, reading leftwards (>= lo)."""
    if depth == 0 and ci > 5 and doc.tokens[ci - 1].text == ",":
        holder = _portfolio_list_holder(doc, ci - 1, lo)
        if holder is not None:
            return holder  # "Ann Burke, the Minister for Children, Equality and Youth, said"
    src = _subject_before(doc, ci, lo, depth)
    if depth == 0 and src is not None and src.appositive is not None:
        src = _after_fronted_place(doc, src, ci, lo) or src
    if depth == 0 and src is not None and src.kind in {"name", "pronoun"}:
        src = _signing_body(doc, ci, lo) or src
    if src is None and depth == 0 and ci > 0 and not doc.tokens[ci - 1].cap:
        src = _lower_brand_subject(doc, ci, lo)
    if (
        depth == 0
        and src is not None
        and src.kind == "name"
        and _alone_before_cue(doc, src, ci, lo)
    ):
        return src  # "Acme said", "…, Acme said": no check below can fire (_alone_before_cue)
    if depth == 0 and src is not None and src.kind == "name" and src.pre_role is not None:
        lead = _counterpart_pair_lead(doc, src, lo)
        if lead is not None:
            return lead  # "A and her Argentine counterpart, B, said": A (round 29)
    if depth == 0 and src is not None:
        src = listed_remit_name(doc, src, lo) or _first_remit_name(doc, src, ci) or src
    if depth == 0 and src is not None and src.appositive is not None and src.kind != "pronoun":
        src = _remit_list_before_relative(doc, src, lo) or src
    if depth == 0 and src is None:
        return (
            _relative_clause_head(doc, ci, lo)
            or _accused_subject(doc, ci, lo)
            or _group_with_sides_before(doc, ci, lo)
        )
    if depth == 0 and src is not None and src.kind == "group":
        src = _body_named_by_members(doc, src, ci) or src
    if depth == 0 and src is not None and src.kind in {"group", "org"}:
        first = _first_described_conjunct(doc, src, lo)
        if first is not None:
            return first  # "…, the company and the union said": the first conjunct
    if depth == 0 and src is not None and src.kind == "group":
        src = _city_state_based(doc, src, lo) or src
        src = bracketed_body_group(doc, src, lo) or src
        body = _described_group_body(doc, src)
        if body is not None:
            # "Mark Ellis of the campaign group Clean Air Now said": the body's name
            # (words that read as no name) after its description
            return _person_of_described_body(doc, body, lo) or body
        src = (
            _named_with_others(doc, src, lo)
            or _known_as_body(doc, src)
            or _contact_relative_subject(doc, src)
            or _aside_author(doc, src)
            or src
        )
    if depth == 0 and src is not None and src.kind == "org":
        src = _listed_name(doc, src, ci) or src
        src = _first_body_conjunct(doc, src, lo)  # "Ford and General Motors said": Ford
    if depth == 0 and src is not None and src.kind in {"name", "org", "country", "group"}:
        head = _head_of_modified_subject(doc, src, lo)
        if head is not None:
            return head
        p = doc.tok_index_at_or_after(src.phrase_start) - 1
        if p > 1 and doc.tokens[p].lower == "in" and _thing_at_place(doc, src, p, lo):
            # "Laboratory work at the X Laboratory in Winnipeg showed": a finding's place,
            # no speaker (as "Tests at the laboratory showed" has none; round 29)
            return None
    if depth == 0 and src is not None and src.kind == "group":
        first = _first_conjunct(doc, src, lo)
        if first is not src:
            return first  # "His widow, X, and their two daughters said": X (round 26)
    if depth == 0 and src is not None and _lone_word(src):
        first = _first_body_conjunct(doc, src, lo)
        if first is not src:
            return first  # "General Motors and Ford said": General Motors
    if depth == 0 and src is not None and src.kind == "name":
        resident = _region_of_place_resident(doc, src, lo)
        if resident is not None:
            return resident  # "X, who runs a pub in Brixham, Devon, said": X, not Devon
        owner = _whose_owner(doc, src, ci, lo)
        if owner is not None:
            return owner  # "Rosa Lind, whose daughter, Elsa Lind, 9, attends …, said"
        body = _described_org_before(doc, src, lo)
        if body is not None:
            # "The research firm Bright Aid said" (not "Ann Roe at the broker Finch Lane")
            end = doc.tok_index_before(src.end)
            return (
                _person_of_described_body(doc, body, lo)
                or _officer_of_described_body(doc, body, end, lo)
                or body
            )
        j = _skip_adverbs_back(doc, ci - 1, lo)
        if j >= 0 and doc.tokens[j].lower == "who":
            return src  # a relative clause belongs to the nearest name
        return _first_conjunct(doc, src, lo)
    return src


# a state's or region's initials that name a body with its members' plural ("NSW Farmers")
STATE_INITIALS = {"nsw", "qld", "vic", "tas", "wa", "sa", "nt", "act"}


def _body_named_by_members(doc: Doc, src: Source, ci: int) -> Source | None:
    """ "NSW Farmers says", "Victorian Farmers warns": a place and a capitalised plural of
    people, with no article, before a verb in the singular (``says``): a body named by its
    members (the NSW Farmers' Association), not an unnamed group (round 27, heldout25)."""
    toks = doc.tokens
    cue = toks[ci].lower
    a = doc.tok_index_at_or_after(src.phrase_start)
    b = a + 1
    if b + 1 != ci or toks[b].end != src.phrase_end or not cue.endswith("s") or cue.endswith("ss"):
        return None
    place, members = toks[a], toks[b]
    if not (place.cap and members.cap and members.lower.endswith("s")):
        return None
    if members.lower not in lx.GROUP_NOUNS:
        return None
    low = place.lower
    if not (
        low in STATE_INITIALS
        and place.text.isupper()
        or low in lx.COUNTRY_OR_DEMONYM
        or low in lx.US_STATES
        or low in lx.PROVINCES
    ):
        return None
    name = doc.text[place.start : members.end]
    s, e = place.start, members.end
    return Source("org", s, e, name, s, e, organization=name)


# a place adverbial that may open a sentence before its subject ("In London, the promoter
# X said"); read as a name with an appositive, the place spoke
FRONTED_PLACE_PREPOSITIONS = {"in", "from", "at"}


def _after_fronted_place(doc: Doc, src: Source, ci: int, lo: int) -> Source | None:
    """ "In London, the promoter Graham Bell, who …, said": a sentence opening with a
    place adverbial whose comma was read as an appositive's ("London, the promoter …");
    the phrase after the comma is the subject (round 27, heldout25)."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.phrase_start)
    if a < 1 or src.appositive is None or src.appositive[0] >= doc.tokens[ci].start:
        return None
    b = doc.tok_index_at_or_after(src.appositive[0])
    if toks[a - 1].lower in FRONTED_PLACE_PREPOSITIONS and _sentence_initial(doc, a - 1):
        # (or an age before the name: "In Kotur, 63-year-old Shantamma Hosamani, who …,
        # said", as Indian copy writes it; round 28, probe r28d)
        # (or a lower-case title before a name: "At Praia Azul, lifeguard X, a student
        # from Y, said"; round 32)
        if b >= len(toks) or (
            toks[b].lower not in {"the", "a", "an"}
            and AGE_WORD_RE.fullmatch(toks[b].lower) is None
            and not _title_before_a_name(toks, b)
        ):
            return None
    elif not (
        _in_fronted_place_phrase(doc, a) and b < len(toks) and toks[b].is_word and not toks[b].cap
    ):
        # "At the coffee shop on Front Street, retired millwright X, 68, said": the place
        # ends a longer fronted phrase, and a lower-case title no lexicon holds opens the
        # subject (round 31, probe r31b)
        return None
    inner = subject_before(doc, ci, src.appositive[0], 1)
    # (or a body: "In Washington, the U.S. Lumber Coalition, which …, said"; round 31)
    return inner if inner is not None and inner.kind in {"name", "org"} else None


def _title_before_a_name(toks: list[Token], b: int) -> bool:
    """Token b is a lower-case word, a title or trade, before a capitalised name
    ("lifeguard Ana Reis", "nurse Marta Sousa")."""
    return (
        b + 1 < len(toks)
        and toks[b].is_word
        and not toks[b].cap
        and toks[b].lower not in lx.FUNCTION_WORDS
        and is_name_token(toks[b + 1])
    )


def _in_fronted_place_phrase(doc: Doc, a: int) -> bool:
    """Token a ends a sentence-initial place phrase of words only, opened by
    FRONTED_PLACE_PREPOSITIONS and with a second preposition before a ("At the coffee
    shop on Front Street")."""
    toks = doc.tokens
    k = a - 1
    while k > 0 and a - k < 10 and toks[k].is_word and not _sentence_initial(doc, k):
        k -= 1
    return (
        k < a - 2
        and toks[k].lower in FRONTED_PLACE_PREPOSITIONS
        and _sentence_initial(doc, k)
        and toks[a - 1].lower in {"on", "in", "at", "near"}
    )


def _portfolio_list_holder(doc: Doc, x: int, lo: int) -> Source | None:
    """ "Ann Burke, the Minister for Children, Equality and Youth, said": the comma x
    before the cue closes a title whose portfolio lists several items (read as the
    subject, "Equality"); the person before the title's comma speaks (round 27)."""
    toks = doc.tokens
    if toks[x].start < lo or "and" not in doc.lowers[max(0, x - 6) : x]:
        return None
    y = x - 1
    while (
        y > 1
        and x - y <= 14
        and toks[y].start >= lo
        and (toks[y].text == "," or toks[y].lower == "and" or _portfolio_item_word(toks[y]))
    ):
        y -= 1
    if toks[y].lower != "for" or toks[y - 1].lower not in PORTFOLIO_OFFICES:
        return None
    s = y - 1
    while (
        s - 1 >= 0
        and y - s < 5
        and toks[s - 1].start >= lo
        and toks[s - 1].is_word
        and (toks[s - 1].cap or toks[s - 1].lower in {"of", "the"})
    ):
        s -= 1
    if s < 2 or toks[s - 1].text != "," or toks[s - 1].start < lo:
        return None
    person = subject_before(doc, s - 1, lo, 1)
    if person is None or person.kind != "name":
        return None
    person.phrase_end = toks[x - 1].end
    return person


# prepositions before a place named as "Town, Region"
TOWN_REGION_PREPOSITIONS = {"in", "at", "near", "outside", "from", "of"}


def _region_of_place_resident(doc: Doc, src: Source, lo: int) -> Source | None:
    """ "Ann Roe, who runs a bakery in Ely, Cambridgeshire, (and …,) said": the name read
    as the subject is the region after "in Town," inside a relative clause, or the town
    itself with its state as an appositive before a time ("…, who spoke in Dover, Del.,
    on Monday, said"); the one before ", who" (within 16 tokens) speaks, also before a
    participle's aside ("Ann Roe, speaking at a rally in Ames, Iowa, on Monday, said")."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.phrase_start)
    c = a - 1
    if c >= 3 and toks[c].lower in TOWN_REGION_PREPOSITIONS and src.appositive is not None:
        x = c
    else:
        if c < 3 or toks[c].text != "," or not toks[c - 1].cap:
            return None
        x = c - 1
        while x > c - 4 and toks[x].cap and toks[x].is_word:
            x -= 1
    if toks[x].lower not in TOWN_REGION_PREPOSITIONS or toks[x].start < lo:
        return None
    for k in range(x - 1, max(1, x - 16), -1):
        if toks[k].start < lo or toks[k].text in BREAK_PUNCT:
            return None
        if toks[k - 1].text != ",":
            continue
        if toks[k].lower == "who":
            head = subject_before(doc, k - 1, lo, 2)
            return head if head is not None and head.kind == "name" else None
        if toks[k].is_word and not toks[k].cap and toks[k].lower.endswith("ing"):
            head = subject_before(doc, k - 1, lo, 2)
            return head if head is not None and head.kind in {"name", "group", "org"} else None
    return None


def _first_described_conjunct(doc: Doc, src: Source, lo: int) -> Source | None:
    """ "…, the company and the union said" / "the company and federal regulators said":
    a subject of two conjuncts whose first is "the" and a body noun or title ("the
    company", "the mayor"), opening the subject after a comma or the window's start: the
    first conjunct speaks, as in "A and B said"."""
    toks = doc.tokens
    s = doc.tok_index_at_or_after(src.phrase_start)
    e = doc.tok_index_before(src.phrase_end)
    a = None
    for x in range(s, min(e, s + 3)):
        if toks[x].lower == "and":
            # (the group phrase may hold both conjuncts: "the company and federal regulators")
            a, k = (s, x) if x > s else (None, x)
            break
    else:
        k = s - 1
        if k < 2 or toks[k].lower != "and" or toks[k].start < lo:
            return None
    if a is None:
        # the first conjunct opens after a comma or at the window's start
        a = next(
            (
                x
                for x in range(k - 1, max(k - 6, -1), -1)
                if x == 0 or toks[x - 1].start < lo or toks[x - 1].text == ","
            ),
            None,
        )
    if a is None or a >= k or toks[a].start < lo:
        return None
    if a > 0 and toks[a - 1].start >= lo and toks[a - 1].text != ",":
        return None
    words = toks[a + 1 : k] if toks[a].lower == "the" else toks[a:k]
    head = toks[k - 1]
    if all(t.is_word and not t.cap for t in words):
        # a singular description that may name one body or person ("the company"; not
        # "Developers and supporters in Congress": a group, whose phrase is kept whole)
        if toks[a].lower != "the" or len(words) > 2 or head.lower not in CONJUNCT_HEADS:
            return None
        return analyse_phrase(doc, a, k - 1)
    if toks[k + 1].lower != "the":
        return None  # ("Avon and Somerset Police": one name)
    first = analyse_phrase(doc, a, k - 1)  # "Mayor Tom Hale and the union said": the mayor
    # (a person named in full, or a body of two words or more: "The Daily Courier and the
    # newspaper chain said"; a lone word, "a study by Harvard and the …", is read as
    # before, where a body is told from a person)
    if first is None or " " not in first.text:
        return None
    return first if first.kind in {"name", "org"} else None


# the people a pair's second conjunct is written as ("A and his deputy, B, said")
PAIR_OWNERS = {"his", "her", "their"}


def _counterpart_pair_lead(doc: Doc, src: Source, lo: int) -> Source | None:
    """ "Foreign Minister A and her Argentine counterpart, B, said" / "A and his deputy, B,
    said": a name set off as the appositive of a possessed description coordinated with a
    first subject; that first conjunct, as for coordinated names and for "The French
    president and his Italian counterpart said" (README, Conventions: coordinated
    subjects → the first). Bounded: five words back from the name."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.start)
    if a < 4 or toks[a - 1].text != ",":
        return None
    for x in range(a - 2, max(a - 7, 1), -1):
        t = toks[x]
        if t.start < lo or not t.is_word:
            return None
        if t.lower in PAIR_OWNERS:
            if x == a - 2 or toks[x - 1].lower != "and" or toks[a - 2].cap:
                return None  # (a description's noun before the comma: "her deputy,")
            lead = subject_before(doc, x - 1, lo, 1)
            if lead is None or lead.kind != "name" or lead.loose:
                return None
            b = doc.tok_index_at_or_after(lead.phrase_start)
            before = toks[b - 1] if b > 0 and toks[b - 1].start >= lo else None
            # (not "Police arrested the man and his brother, X, said": an object before)
            if before is None or not before.is_word or before.lower in SUBJECT_INTRO:
                return lead
            return None
    return None


def _alone_before_cue(doc: Doc, src: Source, ci: int, lo: int) -> bool:
    """A name of one token (src.start its phrase's start) right before the cue at ci,
    the token before it outside the window or a comma (not "of" / "for"): the commonest
    subject ("Acme said", "…, Acme said"). For a name, every check subject_before makes
    after reading the subject then returns it unchanged: a remit list needs "and" in
    the name, a first remit "of" / "for" before it; a modified subject's head, a first
    conjunct ("and" before the phrase), a relative "whose" (read from a comma before
    the phrase) and a described body (read from "the" or a capital before its noun) all
    need an in-window word before the phrase; a "whose" owner needs a lower-case word
    between the name and the cue, and a relative "who" before the cue returns the name."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.start)
    return (
        src.phrase_start == src.start
        and ci == a + 1
        and src.end <= toks[a].end
        and toks[a].lower != "and"
        and (a == 0 or toks[a - 1].start < lo or toks[a - 1].text == ",")
        and (a < 2 or toks[a - 1].lower not in {"of", "for"})
    )


def _marked_org(doc: Doc, j: int) -> Source | None:
    """ "Which?", "Yahoo!": a known body whose name ends in the mark at token j."""
    toks = doc.tokens
    if toks[j - 1].end != toks[j].start or not toks[j - 1].cap:
        return None
    ps, pe = toks[j - 1].start, toks[j].end
    name = doc.text[ps:pe]
    if name not in lx.KNOWN_ORGS:
        return None
    return Source("org", ps, pe, name, ps, pe, organization=name)


def _whose_owner(doc: Doc, src: Source, ci: int, lo: int) -> Source | None:
    """The name is the relative's subject in "Rosa Lind, whose daughter(,) Elsa Lind(, 9,)
    attends Pine Hill, said": the person before ", whose" speaks (not in "the mayor, whose
    aide, Tom Berg, said": the cue is the relative's own verb)."""
    toks = doc.tokens
    e = doc.tok_index_at_or_after(src.end)
    if not any(toks[x].is_word and not toks[x].cap for x in range(e, ci)):
        return None
    p = doc.tok_index_at_or_after(src.phrase_start) - 1
    if p > 0 and toks[p].text == ",":
        p -= 1
    if p < 2 or not toks[p].is_word or toks[p].cap or toks[p - 1].lower != "whose":
        return None
    c = p - 2
    if toks[c].text != "," or toks[c].start < lo:
        return None
    owner = subject_before(doc, c, lo, 1)
    return owner if owner is not None and owner.kind == "name" else None


# a relative pronoun that reads as a determiner, never before a possessive
RELATIVE_DETERMINERS = {"that", "which", "whose"}
# "Officials began warning that …": the verb of aspect before a cue in -ing
ASPECT_VERBS = {
    "began", "begin", "begins", "started", "start", "starts", "kept", "keep", "keeps",
    "continued", "continue", "continues", "stopped",
}  # fmt: skip
# a habit of saying (profiles and obituaries): "He used to tell audiences that …", "she
# liked to say", "loved to remind players that …"
HABIT_VERBS = {"used", "liked", "likes", "loved", "loves"}
# "could not resist pointing out that …", "couldn't help noting that …": negated, these
# say it too (not "resisted saying")
NEGATED_ASPECT_VERBS = {"resist", "resisted", "resists", "help"}
COMPLEMENT_PREPOSITIONS = {"for", "of", "to", "with", "at", "from", "by"}


def _named_aside(doc: Doc, j: int, lo: int) -> Source | None:
    """ ", a retired teacher named Ellen Marsh," ending at the comma j: the person's name
    after "named" (only names and no comma after it), the words before it the role."""
    toks = doc.tokens
    x = j - 1
    while x > 0 and j - x < 6 and toks[x].start >= lo and toks[x].cap:
        x -= 1
    if x < 2 or x == j - 1 or toks[x].lower != "named" or toks[x - 1].text == ",":
        return None
    a = x - 1
    while a > 0 and x - a < 8 and toks[a - 1].text != "," and toks[a - 1].start >= lo:
        if not toks[a - 1].is_word:
            return None
        a -= 1
    if a == 0 or toks[a - 1].text != ",":
        return None
    src = analyse_phrase(doc, x + 1, j - 1)
    if src is None or src.kind != "name":
        return None
    src.pre_role = (toks[a].start, toks[x - 1].end)
    return src


def _party_bracket(doc: Doc, k: int) -> bool:
    """Token k is a bracket of a party tag ("(R-Ohio)")."""
    toks = doc.tokens
    if toks[k].text == "(":
        return k + 1 < len(toks) and PARTY_TAG.match(toks[k + 1].text) is not None
    if toks[k].text != ")":
        return False
    x = next((x for x in range(k - 1, max(-1, k - 8), -1) if toks[x].text == "("), None)
    return x is not None and PARTY_TAG.match(toks[x + 1].text) is not None


def _untagged_end(doc: Doc, a: int, b: int) -> int:
    """The last token of a..b-1 before a closing party tag ("Ann Cole (R-Ohio)")."""
    toks = doc.tokens
    if b - a >= 4 and _party_bracket(doc, b - 1):
        return next(x for x in range(b - 2, a, -1) if toks[x].text == "(") - 1
    return b - 1


def _coordinated_names_aside(doc: Doc, a: int, b: int) -> Source | None:
    """Tokens a..b-1 (an aside) are two names joined by "and", each perhaps with a title
    before it and a party tag after it ("Sens. Ann Cole (R-Ohio) and Ben Tate (D-Md.)"):
    the first name, as for "A and B said"."""
    toks = doc.tokens
    ands = [x for x in range(a + 1, b - 1) if toks[x].lower == "and"]
    if len(ands) != 1 or not toks[a].cap:
        return None
    x = ands[0]
    if not any(toks[y].text == "(" for y in range(a, b)) and toks[a].lower.rstrip(".") not in {
        "sens",
        "reps",
    }:
        return None  # (plain "Ann Cole and Ben Tate" is read as before)
    first = analyse_phrase(doc, a, _untagged_end(doc, a, x))
    second = analyse_phrase(doc, x + 1, _untagged_end(doc, x + 1, b))
    if first is None or second is None or first.kind != "name" or second.kind != "name":
        return None
    return first


def _titled_name_aside(doc: Doc, a: int, b: int) -> Source | None:
    """Tokens a..b are a capitalised title and a name, nothing else ("Dr. Sophea Chan",
    "Gov. Ellen Marsh"; not "president of the union", "Sen. Hale's aide")."""
    toks = doc.tokens
    if not toks[a].cap or toks[a].lower not in lx.TITLE_HEADS or b - a > 6:
        return None
    if toks[b].lower.endswith(("'s", "’s")):
        return None
    if not all(np_token_ok(doc, x) for x in range(a, b + 1)):
        return None
    named = analyse_phrase(doc, a, b)
    if named is None or named.kind != "name" or named.start == toks[a].start:
        return None
    return named


def _name_of_body(doc: Doc, a: int, b: int) -> Source | None:
    """ "Professor Alan Whitby of Harlow University" (tokens a..b-1, an aside): the name
    before "of" / "at" and a capitalised body ending the aside (the body is the name's
    workplace, found by roles.py; the phrase runs to its end)."""
    toks = doc.tokens
    x = next((x for x in range(a + 2, b - 1) if toks[x].lower in {"of", "at"}), None)
    if x is None or not toks[x - 1].cap:
        return None
    place = next((y for y in range(x + 2, b - 1) if toks[y].lower == "in"), None)
    if place is not None and b - place <= 4 and all(toks[y].cap for y in range(place + 1, b)):
        b = place  # "Dr Lars Holm of the Vinter Institute in Oslo": the body's city after it
    body = x + 1
    if body < b and toks[body].lower == "the":
        body += 1
        # "Rodrigo Salazar of the opposition Citizens' Front", "Ana Ruiz of the consultancy
        # Riesgo Politico": up to two lower-case words describing the body before its name
        d = body
        while d < b and d - body < 2 and toks[d].is_word and toks[d].lower.isalpha():
            if toks[d].cap or toks[d].lower in lx.FUNCTION_WORDS:
                break
            d += 1
        if d < b and toks[d].cap:
            body = d
    if body >= b or not all(
        toks[y].cap
        or toks[y].text == "&"
        # "the Citizens' Front": a plural possessive inside the body's name
        or (toks[y].text in {"'", "’"} and y > body and toks[y - 1].lower.endswith("s"))
        for y in range(body, b)
    ):
        return None  # ("Professor X of the Karolinska Institute")
    named = analyse_phrase(doc, a, x - 1)
    if named is None or named.kind != "name":
        return None
    named.phrase_end = toks[b - 1].end
    return named


def _university_campus(toks: list[Token], k: int, j: int) -> bool:
    """Tokens k+1..j-1 (after the comma at k) are one or two capitalised words and the
    words before the comma "University of" and a capitalised place ("the University of
    California, Davis,", "the University of Wisconsin, Madison,"): the campus."""
    if not 1 <= j - k - 1 <= 2 or not all(toks[x].cap and toks[x].is_word for x in range(k + 1, j)):
        return False
    if j - k - 1 == 2 and toks[k + 1].lower in lx.FIRST_NAMES:
        return False  # "the University of Denver, Carla Ruiz, said": a named aside
    x = k - 1
    while x >= 0 and k - x <= 3 and toks[x].cap and toks[x].is_word:
        x -= 1
    return x >= 1 and x < k - 1 and toks[x].lower == "of" and toks[x - 1].lower == "university"


def _first_named_conjunct(doc: Doc, a: int, src: Source) -> Source:
    """ "The two dissenting members, Carla Ruiz and Tom Ng, said": the first of two names
    coordinated in the aside from token a, as for "A and B said" (src: the last)."""
    toks = doc.tokens
    b = doc.tok_index_at_or_after(src.start)
    x = next((x for x in range(a + 1, b) if toks[x].lower == "and"), None)
    if x is None:
        return src
    first = analyse_phrase(doc, a, x - 1)
    if first is None or first.kind != "name":
        return src
    first.pre_role = src.pre_role
    return first


def _described_org_aside(doc: Doc, a: int, b: int) -> Source | None:
    """Tokens a..b-1 are "the", up to three lower-case words ending in an organisation
    noun, then an organisation's name ("the investment firm Ashcombe Capital"): that
    organisation, which the aside names. A demonym or place may open the description
    ("the German chemicals group Kessler Agrar", "the Munich-based lender X"), and an
    investor is a body when its name is one ("the state-owned investor Y Partners")."""
    toks = doc.tokens
    if b - a < 3 or toks[a].lower not in {"the", "a", "an"}:
        return None
    x = a + 1
    if toks[x].cap and toks[x].is_word and x + 1 < b and not toks[x + 1].cap:
        x += 1
    d = x
    while x < b and x - d < 3 and toks[x].is_word and not toks[x].cap:
        x += 1
    if x == d or x >= b or toks[x - 1].lower not in ASIDE_ORG_NOUNS:
        return None
    if not all(toks[y].cap or np_token_ok(doc, y) for y in range(x, b)):
        return None
    src = analyse_phrase(doc, x, b - 1)
    if (
        src is not None
        and src.kind == "name"
        and toks[x - 1].lower in ORG_NOUNS
        and toks[x].lower not in lx.FIRST_NAMES
    ):
        # "the German chemicals group Kessler Agrar": a body's name after its kind, even
        # one opening with a surname (never a person)
        src.kind, src.gender, src.organization = "org", None, src.organization or src.text
    return src if src is not None and src.kind == "org" else None


def _called_org_aside(doc: Doc, a: int, b: int) -> Source | None:
    """Tokens a..b-1 are "a billing company (in Chattanooga) called Redfern Claims
    Services": the organisation the aside names after "called / named"."""
    toks = doc.tokens
    if b - a < 4 or toks[a].lower not in {"the", "a", "an"}:
        return None
    x = a + 1
    while x < b and x - a <= 3 and toks[x].is_word and not toks[x].cap:
        if toks[x].lower in ORG_NOUNS:
            break
        x += 1
    if x >= b or toks[x].lower not in ORG_NOUNS:
        return None
    x += 1
    if x < b and toks[x].lower in APPOSITIVE_PLACE_PREPS:
        x += 1
        while x < b and toks[x].cap:
            x += 1
    if x + 1 >= b or toks[x].lower not in {"called", "named"}:
        return None
    src = analyse_phrase(doc, x + 1, b - 1)
    return src if src is not None and src.kind == "org" else None


# a body's name written lower-case by its own style, one word with an inner dot or capital
# ("the services union ver.di", "the budget airline easyJet"; not "e.g.", round 25)
LOWER_BRAND_RE = re.compile(r"[a-z]{2,}(?:\.[a-z]{2,})+|[a-z]+[A-Z][A-Za-z]*")


def body_description_end(doc: Doc, a: int, hi: int, bare: bool = False) -> int | None:
    """``the market research firm``, ``the Seville sports daily``, ``The Denmark-based
    charity``: "the" (token a), an optional place, one to three lower-case words ending in
    a kind of body; the token after them, else None. ``bare``: no "the" (``a partner at
    venture firm Redline Capital``)."""
    toks = doc.tokens
    n = len(toks)
    if bare:
        a -= 1
    elif toks[a].lower != "the":
        return None
    x = a + 1
    # "Farmers' association Agri Voice said": a bare description opening the sentence
    initial = bare and x < n and toks[x].cap and _sentence_initial(doc, x)
    if not initial and x < n and toks[x].cap and x + 1 < n and not toks[x + 1].cap:
        x += 1  # "the Seville sports daily": a place before the description
    d = x
    marks = 0  # "the farmers' association Coldiretti": a plural possessive's mark
    while (
        x < n
        and x - d - marks < 3
        and toks[x].end <= hi
        and (not toks[x].cap or (initial and x == d))
    ):
        if not toks[x].is_word:
            if toks[x].text in {"'", "’"} and x > d and toks[x - 1].lower.endswith("s"):
                marks += 1
                x += 1
                continue
            break
        if toks[x].lower in lx.FUNCTION_WORDS:
            return None
        if x > d and LOWER_BRAND_RE.fullmatch(toks[x].text):
            break  # ("the services union ver.di": the name)
        x += 1
    if x == d or toks[x - 1].lower not in DESCRIBED_ORG_NOUNS:
        return None
    return x


def _as_described_body(doc: Doc, name: Source | None, a: int) -> Source | None:
    """The name after a body's description opening at token a, as that body (never a
    person); a capitalised group noun is a word of the name ("Larkspur Data")."""
    if name is None or name.kind not in {"name", "org", "group"}:
        return None
    name.kind, name.gender, name.organization = "org", None, name.organization or name.text
    name.phrase_start = doc.tokens[a].start
    return name


def _described_org_after(doc: Doc, a: int, hi: int, bare: bool = False) -> Source | None:
    """``according to the market research firm Tidemark Data``, ``said the Lyon sports
    daily Le Matin``: a body's description (``body_description_end``), then a
    capitalised name ending the phrase: that name is the body that speaks, even when
    unknown."""
    toks = doc.tokens
    n = len(toks)
    x = body_description_end(doc, a, hi, bare)
    if x is None:
        return None
    e = x
    while e < n and e - x < MAX_NP and toks[e].end <= hi and toks[e].cap and np_token_ok(doc, e):
        e += 1
    if e == x + 1 and e < n and toks[e].text in {"?", "!"}:
        marked = _marked_org(doc, e)  # "according to consumer group Which?"
        if marked is not None:
            return _as_described_body(doc, marked, a)
    if e == x or (e < n and toks[e].end <= hi and toks[e].is_word):
        return None  # (not "the firm Acme Corp and its rivals", nor "the club Rovers beat")
    return _as_described_body(doc, analyse_phrase(doc, x, e - 1), a)


def _described_group_body(doc: Doc, src: Source) -> Source | None:
    """A group subject "the campaign group Clean Air Now": a body's description
    (``body_description_end``) then capitalised words to the phrase's end: that body."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.phrase_start)
    e = doc.tok_index_before(src.phrase_end)
    if toks[a].lower == "the":
        x = body_description_end(doc, a, src.phrase_end)
    elif toks[a].cap:
        # "Campaign group Clean Air Now said": opening the sentence without "the"
        x = body_description_end(doc, a, src.phrase_end, bare=True)
    else:
        return None
    if x is None or x > e or e - x >= MAX_NP:
        return None
    if not all(toks[y].cap and toks[y].is_word for y in range(x, e + 1)) and not (
        x == e and LOWER_BRAND_RE.fullmatch(toks[x].text)
    ):
        return None
    ps, pe = toks[x].start, toks[e].end
    name = doc.text[ps:pe]
    return Source("org", ps, pe, name, toks[a].start, pe, organization=name)


def _described_org_before(doc: Doc, src: Source, lo: int) -> Source | None:
    """``The Denmark-based charity Bright Aid said``: the subject's name after a body's
    description is that body."""
    toks = doc.tokens
    x = doc.tok_index_at_or_after(src.start)
    if x < 2 or toks[x - 1].lower not in DESCRIBED_ORG_NOUNS:
        return None  # (every description ends in such a noun right before the name)
    for a in range(x - 2, max(x - 6, -1), -1):
        if toks[a].start < lo:
            break
        if toks[a].lower == "the":
            if body_description_end(doc, a, src.start) == x:
                return _as_described_body(doc, src, a)
            break
        if (
            a > 0
            and toks[a - 1].lower in DESCRIBED_BODY_PREPOSITIONS
            and not toks[a].cap
            and body_description_end(doc, a, src.start, bare=True) == x
        ):
            return _as_described_body(doc, src, a)  # "… of ride-hailing company Zoomly"
        if toks[a].cap and body_description_end(doc, a, src.start, bare=True) == x:
            return _as_described_body(doc, src, a)  # "Campaign group Clean Air Now said"
    return None


# prepositions before a body described without "the" ("of ride-hailing company Zoomly")
DESCRIBED_BODY_PREPOSITIONS = {"of", "at", "for", "with", "from"}


def _officer_of_described_body(doc: Doc, body: Source, end: int, lo: int) -> Source | None:
    """``The chief executive of ride-hailing company Zoomly said``: an unnamed officer
    of a described body (``_group_with_complement``), the body kept as organisation."""
    p = doc.tok_index_at_or_after(body.phrase_start) - 1
    if p < 1 or doc.tokens[p].lower not in DESCRIBED_BODY_PREPOSITIONS:
        return None
    grp = _group_with_complement(doc, p, end, lo)
    if grp is not None and grp.organization is None:
        grp.organization = body.organization or body.text
    return grp


def _trade_title_name(doc: Doc, a: int, b: int) -> bool:
    """Tokens a..b-1 are one or two lower-case words of trade, a title noun, then a name
    ("timber executive Ray Olsen", "longtime campaign aide Jo Ruiz"): an aside naming the
    subject, though the trade words are no title words; an age may open it
    ("68-year-old retired bus driver Lionel Haskett")."""
    toks = doc.tokens
    if a < b and toks[a].lower.endswith("-year-old"):
        a += 1
    x = a
    while x < b and x - a < 2 and toks[x].is_word and not toks[x].cap:
        if toks[x].lower in lx.FUNCTION_WORDS or toks[x].lower in lx.TITLE_HEADS:
            break
        x += 1
    return (
        a < x < b - 2
        and not toks[x].cap
        and toks[x].lower in lx.TITLE_HEADS
        and all(toks[y].cap and np_token_ok(doc, y) for y in range(x + 1, b))
    )


def _title_before_name(doc: Doc, a: int, name_start: int) -> bool:
    """ "Health Minister Rosa Quispe": title modifiers, then a title, right before the name."""
    toks = doc.tokens
    ns = doc.tok_index_at_or_after(name_start)
    if ns <= a or toks[ns - 1].lower not in lx.TITLE_HEADS:
        return False
    # ("Water Resources Minister X": a capitalised portfolio before a capitalised title)
    cap_title = toks[ns - 1].cap and ns - a <= 4
    return all(
        toks[x].lower in TITLE_WORDS or (cap_title and toks[x].cap and toks[x].is_word)
        for x in range(a, ns)
    )


def _source_with_complement(doc: Doc, end: int, lo: int, depth: int) -> Source | None:
    """``A city official familiar with the talks`` ending at token end (before an aside
    and the verb): the whole unnamed source."""
    toks = doc.tokens
    if SOURCE_COMPLEMENTS.keys().isdisjoint(doc.lowers[max(end - 8, 0) + 1 : end]):
        return None  # (most subjects: no "familiar", "close" … in reach, a C-level test)
    for x in range(end - 1, max(end - 8, 0), -1):
        if toks[x].start < lo:
            return None
        preps = SOURCE_COMPLEMENTS.get(toks[x].lower)
        if preps is not None and toks[x + 1].lower in preps:
            if (toks[end].lower in lx.FUNCTION_WORDS and toks[end].lower != "her") or not all(
                toks[y].is_word for y in range(x + 1, end + 1)
            ):
                return None  # (not "Those close to him agreed, but said": a clause)
            head = subject_before(doc, x, lo, depth + 1)
            if head is None or head.kind != "group" or head.loose:
                return None
            return _group(doc, doc.tok_index_at_or_after(head.phrase_start), end)
    return None


# a compass word before a region's name ("for central Europe", "in southern Africa")
REGION_COMPASS_WORDS = {
    "central", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
    "southeastern", "southwestern",
}  # fmt: skip


def bracketed_title_initials(toks, m: int) -> bool:
    """Token m is a bracket or the initials inside "(DCE)" written right after the words
    they spell, a title's or a body's ("District Chief Executive (DCE)", "University of
    Science and Technology (UST)"; round 27, probe r27d)."""
    for a in (m - 2, m - 1, m):  # the opening bracket's token
        if (
            a >= 1
            and a + 2 < len(toks)
            and toks[a].text == "("
            and toks[a + 2].text == ")"
            and toks[a + 1].text.isalpha()
            and toks[a + 1].text.isupper()
            and 2 <= len(toks[a + 1].text) <= 6
            and _spelt_before(toks, a, toks[a + 1].text)
        ):
            return True
    return False


def _spelt_before(toks, a: int, acr: str) -> bool:
    """The capitalised words right before token a spell acr, the words "of", "and", "the",
    "for" between them read over or spelt ("Department of Health (DOH)")."""
    words: list[tuple[str, bool]] = []
    x = a - 1
    while x >= 0 and a - x <= 2 * len(acr) + 2:
        if toks[x].cap and toks[x].is_word:
            words.append((toks[x].text[0], True))
        elif toks[x].lower in {"of", "and", "the", "for", "&"}:
            words.append((toks[x].text[0].upper(), False))
        else:
            break
        x -= 1
    words.reverse()
    for s in range(len(words)):
        if words[s][1]:
            run = words[s:]
            if acr in ("".join(c for c, cap in run if cap), "".join(c for c, _ in run)):
                return True
    return False


def _compound_noun(t) -> bool:
    """A lower-case word that may modify a title as a noun (not a function word, an
    adverb, a participle)."""
    return (
        t.is_word
        and t.text.isalpha()
        and not t.cap
        and t.lower not in lx.FUNCTION_WORDS
        and not t.lower.endswith(("ly", "ed", "ing"))
    )


def _compound_title_word(toks, m: int) -> bool:
    """Token m is in a run of at most three lower-case nouns before a lower-case title
    head, the run opened by "the", "its" or a possessive ("The company's community
    relations manager, NAME,", "Its customer service manager, NAME,"): the title as
    written, not its bare head (round 32; not a lexicon of modifiers, which would read
    such words into titles everywhere)."""
    if m < 1 or not _compound_noun(toks[m]):
        return False
    head = m + 1
    while head < len(toks) and head - m < 3 and _compound_noun(toks[head]):
        if toks[head].lower in lx.TITLE_HEADS:
            break
        head += 1
    if head >= len(toks) or toks[head].lower not in lx.TITLE_HEADS or toks[head].cap:
        return False
    a = m
    while a - 1 >= 1 and head - (a - 1) <= 3 and _compound_noun(toks[a - 1]):
        a -= 1
    before = toks[a - 1]
    if a > 1 and toks[a - 2].lower in COMPLEMENT_PREPOSITIONS:
        return False  # ("The widow of the slain officer, NAME,": a complement's noun)
    # (not "Her main challenger, NAME,": a person's rival is no office)
    return before.lower in {"the", "its"} or (
        before.lower.endswith(("'s", "’s")) or plural_possessive_mark(toks, a - 1)
    )


def _role_token_ok(doc: Doc, m: int) -> bool:
    """Token m can be part of a role phrase before ", NAME,": a noun-phrase token, a
    field after a possessor, or the "to" of a title's destination ("The U.S. ambassador
    to Japan, NAME,")."""
    if np_token_ok(doc, m):
        return True
    toks = doc.tokens
    if bracketed_title_initials(toks, m):
        return True  # "The District Chief Executive (DCE) for Ledzokuku, NAME,"
    if (
        0 < m < len(toks) - 1
        and toks[m].is_word
        and toks[m + 1].lower in lx.TITLE_HEADS
        and toks[m - 1].lower.endswith(("'s", "’s"))
    ):
        return True  # "The agency's emergencies chief, NAME,": the title's field
    if (
        0 < m < len(toks) - 1
        and toks[m].is_word
        and toks[m].text.isalpha()
        and not toks[m].cap
        and toks[m].lower not in lx.FUNCTION_WORDS
        and toks[m + 1].lower in lx.TITLE_HEADS
    ):
        before = toks[m - 1]
        # "The hospital's chief nursing officer, NAME,", "The UK's chief veterinary
        # officer, NAME,": a field between a title's modifier and its head
        if before.lower in TITLE_WORDS:
            return True
        # "A former Kaveri plant head, NAME,": a field (that may be a verb) between a
        # body's name and the title (round 29, probe r29a)
        if before.cap and before.is_word and before.lower not in lx.FUNCTION_WORDS:
            return True
    if toks[m].lower == "to" and m > 0 and toks[m - 1].lower in lx.TITLE_HEADS:
        return True
    if _compound_title_word(toks, m):
        return True  # "The company's community relations manager, NAME," (round 32)
    if (
        1 < m < len(toks) - 1
        and toks[m].text.isalpha()
        and not toks[m].cap
        and toks[m].lower not in lx.FUNCTION_WORDS
        and toks[m - 1].lower == "for"
        and toks[m + 1].text == ","
        and toks[m - 2].is_word
        and not toks[m - 2].cap
    ):
        return True  # "The council's director of services for planning, NAME,": a remit
    if (
        0 < m < len(toks) - 1
        and toks[m].lower in REGION_COMPASS_WORDS
        and toks[m - 1].lower in {"for", "in"}
        and toks[m + 1].cap
    ):
        return True  # "The company's head of sales for central Europe, NAME,": its remit
    if (
        toks[m].lower == "second"
        and 0 < m < len(toks) - 1
        and toks[m + 1].text == ","
        and (toks[m - 1].lower.endswith(("'s", "’s")) or toks[m - 1].lower in {"his", "her"})
    ):
        return True  # "Fekete's second, NAME,": a player's assistant (see roles.parse_role)
    if plural_possessive_mark(toks, m):
        return True  # "The head of the El Condor workers' union, NAME,"
    return _in_title_complement(doc, m)


def place_after_complement(toks, m: int, k: int) -> bool:
    """ "in" at m closes a title or its complement ("to the United Nations in Geneva",
    "for Brennwald in Hungary", "Its regional leader in Bavaria", "the head of the OSCE
    mission in Georgia") and only a capitalised place follows up to the comma at k, "the"
    before it allowed ("of GWL in the Eastern Region": round 27, probe r27d)."""
    first = m + 2 if m + 2 < k and toks[m + 1].lower == "the" else m + 1
    return (
        1 < m < k - 1
        and toks[m].lower == "in"
        and (
            toks[m - 1].cap
            or toks[m - 1].lower in TITLE_WORDS | lx.ORG_HEADS
            or (toks[m - 1].text == ")" and bracketed_title_initials(toks, m - 1))
        )
        and all(t.cap or t.text == "." for t in toks[first:k])
    )


# the kinds of place written "the town of X" after a title ("her counterpart in the
# resort of X")
PLACE_KIND_NOUNS = {
    "town", "city", "village", "resort", "commune", "municipality", "district", "province",
    "region", "county", "canton", "port", "suburb", "borough", "parish", "island",
}  # fmt: skip


def _in_named_place(toks, m: int, k: int) -> int | None:
    """With m at the place noun of "in the resort of Arolla" closing a title before the
    comma at k (only capitalised words after "of"): the index of "in", else None."""
    if not (
        3 <= m < k - 2
        and toks[m].lower in PLACE_KIND_NOUNS
        and toks[m - 1].lower == "the"
        and toks[m - 2].lower == "in"
        and toks[m + 1].lower == "of"
        and all(t.cap or t.text == "." for t in toks[m + 2 : k])
    ):
        return None
    before = toks[m - 3]
    return m - 2 if before.cap or before.lower in TITLE_WORDS | lx.ORG_HEADS else None


SEAT_ON = ("colleague", "on")  # "Vance's colleague on the board, NAME,"
# "Its spokesman on fisheries, NAME,": a portfolio spokesperson, the remit after "on"
# (round 25; lx.SPOKES_TITLES)


def _title_at_the_body(toks, m: int) -> bool:
    """Token m is "at" after a title and before "the" ("His counterpart at the alliance",
    "a nurse at the clinic"): the body where the title is held, part of the role phrase."""
    return (
        toks[m].lower == "at"
        and toks[m - 1].lower in lx.TITLE_HEADS
        and m + 1 < len(toks)
        and toks[m + 1].lower == "the"
    )


def _role_start(doc: Doc, k: int, lo: int) -> int:
    """First token of the role phrase that ends before the comma at k ("ROLE, NAME,");
    k when there is none. A conjunction opening it joins clauses, not titles ("called
    it X, and its president, NAME," -- but "president and chief executive")."""
    toks = doc.tokens
    m = _before_title_duration(toks, k, lo)  # "Her keeper for 19 years, NAME,"
    while m >= 0 and toks[m].start >= lo and k - m < 14 and _role_token_ok(doc, m):
        m -= 1
    if toks[m].start >= lo and (place := _in_named_place(toks, m, k)) is not None:
        m = place - 1  # "Her counterpart in the resort of Arolla, NAME,": the same
        while m >= 0 and toks[m].start >= lo and k - m < 14 and _role_token_ok(doc, m):
            m -= 1
    elif toks[m].start >= lo and place_after_complement(toks, m, k):
        m -= 1  # "A spokeswoman for Acme in Hungary, NAME,": the title before its place
        while m >= 0 and toks[m].start >= lo and k - m < 14 and _role_token_ok(doc, m):
            m -= 1
        if m > 0 and toks[m].start >= lo and _title_at_the_body(toks, m):
            m -= 1  # "An engineer at the University of X in Kumasi, NAME," (round 27)
            while m >= 0 and toks[m].start >= lo and k - m < 20 and _role_token_ok(doc, m):
                m -= 1
    elif (
        m > 0
        and toks[m].start >= lo
        and (
            (toks[m - 1].lower, toks[m].lower) == SEAT_ON
            or (toks[m].lower == "on" and toks[m - 1].lower in lx.SPOKES_TITLES)
        )
    ):
        m -= 1  # "Vance's colleague on the board, NAME,": a seat on a body, one role
        while m >= 0 and toks[m].start >= lo and k - m < 14 and _role_token_ok(doc, m):
            m -= 1
    elif m > 0 and toks[m].start >= lo and _title_at_the_body(toks, m):
        m -= 1  # "Her counterpart at the alliance, NAME,": the title and where it is held
        while m >= 0 and toks[m].start >= lo and k - m < 14 and _role_token_ok(doc, m):
            m -= 1
    m += 1
    while m < k and toks[m].lower in {"and", "or"}:
        m += 1
    return m


TITLE_DURATION_UNITS = {"year", "years", "decade", "decades", "month", "months"}
TITLE_DURATION_WORDS = {"more", "than", "nearly", "about", "almost", "over", "the", "past"}


def _before_title_duration(toks, k: int, lo: int) -> int:
    """The title's last token when "for <a duration>" ends the role phrase before the
    comma at k ("The turtle's keeper for 22 years, NAME,": how long, no part of the
    title); else k - 1."""
    if k < 4 or toks[k - 1].lower not in TITLE_DURATION_UNITS:
        return k - 1
    f = k - 2
    while (
        f > k - 6
        and f > 0
        and (
            toks[f].lower.isdigit()
            or toks[f].lower in lx.CARDINALS
            or toks[f].lower in TITLE_DURATION_WORDS
        )
    ):
        f -= 1
    if (
        f < k - 2
        and toks[f].lower == "for"
        and toks[f - 1].start >= lo
        and toks[f - 1].lower in lx.TITLE_HEADS
    ):
        return f - 1
    return k - 1


def _preposed_title(doc: Doc, src: Source, lo: int) -> None:
    """ "The head of the mission, NAME, a French diplomat, said": the title before the
    name's comma is its preposed role (as for "ROLE, NAME, said")."""
    toks = doc.tokens
    k = doc.tok_index_at_or_after(src.phrase_start) - 1
    if k < 1 or toks[k].text != "," or toks[k - 1].start < lo:
        return
    m = _role_start(doc, k, lo)
    x = m  # "Its branch president,": a determiner and modifiers opening the sentence
    while x > 0 and m - x < 3 and toks[x - 1].start >= lo and toks[x - 1].text.isalpha():
        x -= 1
    if (
        m <= k - 1
        and toks[x].start == lo
        and (x == m or toks[x].lower in {"the", "its", "his", "her", "their"})
        and (
            any(toks[y].lower in lx.TITLE_HEADS for y in range(m, k))
            or toks[k - 1].lower == "second"  # "Fekete's second, NAME, who …,"
            or _kin_of_possessor(toks, x, k)
        )
    ):
        src.pre_role = (toks[x].start, toks[k - 1].end)


# what may follow a preposed title before its holder's name: where the office is held
# ("A youth leader in the community, X,"): no part of the role
TITLE_COMPLEMENT_OPENERS = {"in"}


def _title_before_complement(doc: Doc, k: int, lo: int) -> tuple[int, int] | None:
    """The span from an article opening the sentence at lo, through up to two lower-case
    words, to a title head followed by a lower-case complement (TITLE_COMPLEMENT_OPENERS)
    that runs to the comma at k: the preposed role without where it is held; else None."""
    toks = doc.tokens
    x = min(doc.tok_index_at_or_after(lo), k)  # (a bisection, not a scan from the first token)
    if x >= k or toks[x].lower not in {"the", "a", "an"}:
        return None
    owner = None  # "The ruling Frente Amplio's whip in the lower house, X": a body's
    for y in range(x + 1, min(x + 6, k - 1)):  # possessive before the title (round 32)
        if not (toks[y].is_word and (toks[y].cap or toks[y].lower in PARTY_STANDING_WORDS)):
            break
        if toks[y].cap and toks[y].lower.endswith(("'s", "’s")):
            owner = y
            break
    first = owner + 1 if owner is not None else x + 1
    for h in range(first, min(first + 3, k - 1)):
        t = toks[h]
        if not t.is_word or t.cap:
            return None
        if t.lower in lx.TITLE_HEADS:
            if toks[h + 1].lower not in TITLE_COMPLEMENT_OPENERS or any(
                toks[y].cap for y in range(h + 1, k)
            ):
                return None  # ("The envoy in Paris, X,": a named place, read as such)
            return toks[x].start, t.end
    return None


def _title_without_seat(doc: Doc, k: int, lo: int) -> tuple[int, int] | None:
    """A preposed title without where it is held or whom it represents, up to the comma
    at k before a name: "A youth leader in the community, NAME,", "The lawmaker
    representing Kibra, NAME," (the two readings exclude each other: the title head is
    followed by "in" or by "representing"); else None."""
    return _title_before_complement(doc, k, lo) or _title_representing(doc, k, lo)


def _title_representing(doc: Doc, k: int, lo: int) -> tuple[int, int] | None:
    """ "The lawmaker representing Kibra in the National Assembly, Hon. NAME,": an
    article opening the sentence at lo, up to two lower-case words, a title head and
    "representing" with its object up to the comma at k: the title without the seat or
    the client it represents, as after the name ("NAME, the MP representing Kibra,";
    decision 9); else None (round 32)."""
    toks = doc.tokens
    x = min(doc.tok_index_at_or_after(lo), k)
    if x >= k or toks[x].lower not in {"the", "a", "an"}:
        return None
    for h in range(x + 1, min(x + 4, k - 2)):
        t = toks[h]
        if t.is_word and t.lower in lx.TITLE_HEADS:  # ("The MP representing …")
            if toks[h + 1].lower != "representing":
                return None
            return toks[x].start, t.end
        if not t.is_word or t.cap:
            return None
    return None


def _body_role_before_name(doc: Doc, k: int, j: int) -> bool:
    """ "The jet's operator, Bluegrass Freight, said": what a body is to a thing (its
    operator, maker, owners) before the comma at k, then a name of two or more capitalised
    words (up to j) that opens with no first name: a body's name."""
    toks = doc.tokens
    return (
        k > 0
        and not toks[k - 1].cap
        and toks[k - 1].lower in BODY_ROLE_NOUNS | {"maker", "makers"}
        and j - k >= 3
        and all(toks[x].cap and toks[x].is_word for x in range(k + 1, j))
        and toks[k + 1].lower not in lx.FIRST_NAMES
        and not _members_organiser(toks, k - 1)
    )


# bodies whose organiser is one of their staff ("The union's lead organiser, X,")
STAFFED_BODY_NOUNS = {"union", "party", "campaign", "group", "charity", "movement"}


def _members_organiser(toks, t: int) -> bool:
    """The singular "organiser" at t after a union's or a party's possessive (up to one
    word between: "The union's lead organiser", "Unite's organiser"): a person on its
    staff, not a body that organises an event ("The race's organiser, Velo Events,")."""
    if toks[t].lower not in {"organiser", "organizer"}:
        return False
    for x in range(t - 1, max(-1, t - 3), -1):
        owner, possessive = strip_possessive(toks[x].lower), toks[x].lower.endswith(("'s", "’s"))
        if possessive:
            return owner in STAFFED_BODY_NOUNS or strip_possessive(toks[x].text) in lx.KNOWN_ORGS
    return False


def _preposed_body_noun(doc: Doc, src: Source, k: int, lo: int) -> None:
    """ "…, their union, Midwives Aotearoa, said": a determiner and up to two lower-case
    words before the comma at k that precedes a body's name are its preposed description
    (``pre_role``: a closing credit's content ends before it)."""
    toks = doc.tokens
    x = k - 1
    while x > 0 and k - x <= 3 and toks[x].start >= lo and toks[x].is_word and not toks[x].cap:
        if toks[x].lower in {"the", "its", "their", "his", "her"}:
            if x < k - 1 and src.pre_role is None:
                src.pre_role = (toks[x].start, toks[k - 1].end)
            return
        x -= 1


def _kin_of_possessor(toks, x: int, k: int) -> bool:
    """ "His daughter, X, who …": a possessive and one kinship noun before the name's
    comma (a family tie is a role by the later held-out sets' convention)."""
    return k - x == 2 and toks[x].lower in {"his", "her", "their"} and toks[x + 1].lower in KINSHIP


def _in_title_complement(doc: Doc, m: int) -> bool:
    """Token m is a lower-case word of the complement of "<title> of/for/at the …": ``The
    owner of the restaurant, NAME,``, ``The president of the teachers union, NAME,``,
    ``A spokesman for the company, NAME,``, ``A nurse at the clinic, NAME,``."""
    toks = doc.tokens
    if not (toks[m].is_word and toks[m].text.isalpha() and toks[m].lower not in lx.FUNCTION_WORDS):
        return False
    # ("for the U.N. refugee agency": an abbreviation's period is a token of its own)
    for x in range(m - 1, max(m - 7, 0), -1):
        if toks[x].lower in {"of", "for", "at"}:
            return toks[x - 1].lower in lx.TITLE_HEADS
        if not (
            np_token_ok(doc, x)
            or (toks[x].is_word and toks[x].text.isalpha())
            or plural_possessive_mark(toks, x)  # "the El Condor workers' union, NAME,"
        ):
            return False
    return False


def plural_possessive_mark(toks, x: int, *, capitalised: bool = False) -> bool:
    """Token x is the apostrophe of a plural possessive written right after its word
    ("workers'"; with ``capitalised``, of a name: "Workers'", "Ortiz Foods'")."""
    return (
        toks[x].text in {"'", "’"}
        and x > 0
        and toks[x - 1].end == toks[x].start
        and toks[x - 1].lower.endswith("s")
        and (toks[x - 1].cap or not capitalised)
    )


def _possessive_name_run(toks, a: int, b: int) -> bool:
    """``Acme Corp.'s chief executive``: a run of capitalised words ending in a
    possessive, then a lower-case word, opens the segment a..b-1 (an appositive role);
    an ampersand, "the", "of" or "for" may join its words and a plural's apostrophe end
    them ("Bell & Pratt's head of sales", "Kelwick Auctions' head of sales", "Save the
    Children's country director", round 32)."""
    for x in range(a + 1, min(b - 1, a + 5)):
        t = toks[x]
        if plural_possessive_mark(toks, x, capitalised=True):
            return not toks[x + 1].cap
        if t.text in {"&", "and"} and toks[x - 1].cap and toks[x + 1].cap:
            continue  # "Marks & Spencer's finance chief" (round 25)
        if t.lower in {"the", "of", "for"} and toks[x - 1].cap and toks[x + 1].cap:
            continue  # "Save the Children's country director", "Friends of the Earth's"
        if not t.cap:
            return False
        if t.lower.endswith(("'s", "’s")):
            return not toks[x + 1].cap
    return False


# a subject pronoun fused with "is / are / has / have": "He's claiming", "They're saying"
CONTRACTED_PRONOUN_RE = re.compile(r"(he|she|it|they|we)['’](s|re|ve)")


def contracted_pronoun(doc: Doc, j: int) -> Source | None:
    """The pronoun of a contracted subject token ("She's", "They're") before a cue in
    -ing or an active past participle ("He's said", "We've argued"), its span the
    pronoun alone; else None."""
    toks = doc.tokens
    m = CONTRACTED_PRONOUN_RE.fullmatch(toks[j].lower)
    if m is None or j + 1 >= len(toks):
        return None
    verb = toks[j + 1].lower
    # 's / 're + a participle in -ed is passive ("It's expected that"), 've never is
    active = ("ing", "ed", "said", "told") if m.group(2) == "ve" else ("ing", "said", "told")
    if not verb.endswith(active):
        return None
    low = m.group(1)
    ps = toks[j].start
    pe = ps + len(low)
    return Source("pronoun", ps, pe, doc.text[ps:pe], ps, pe, gender=lx.SUBJECT_PRONOUNS[low])


# a joining word right before the verb: a coordinated verb ("… the families and asserted"),
# no subject
COORDINATING_WORDS = frozenset({"and", "or", "for", "of", "&", "nor", "but"})


MEDIUM_ASIDE_PREPOSITIONS = {"in", "on", "during"}
MEDIUM_ASIDE_DETERMINERS = {"a", "an", "his", "her", "its", "their"}  # (not "the man in the video")


def _medium_noun_before(toks, j: int) -> int | None:
    """The medium noun ending the words before a cue (j the last of them): j itself, or
    one before "to" / "with" and at most three words of a listener ("in brief remarks to
    reporters said", "in an interview with CNN said"); None if there is none."""
    if toks[j].lower in lx.ASIDE_MEDIUM_NOUNS:
        return j
    for x in range(j - 1, max(j - 4, 1), -1):
        if not toks[x].is_word:
            return None
        if toks[x].lower in {"to", "with"}:
            return x - 1 if toks[x - 1].lower in lx.ASIDE_MEDIUM_NOUNS else None
    return None


def _medium_aside_start(toks, j: int, lo: int) -> int | None:
    """ "Ruiz in a televised interview blamed …", "The company in a filing said …": the
    medium noun at j closes a phrase of "in" / "on" / "during", a determiner (none before a
    plural: "in brief remarks") and at most two lower-case modifiers set between the
    subject and its verb without commas; the preposition's index (None when the phrase is
    not one, or nothing stands before it)."""
    x = j - 1
    while x > 0 and j - x <= 3 and toks[x].is_word and not toks[x].cap:
        bare_plural = toks[x].lower in MEDIUM_ASIDE_PREPOSITIONS and toks[j].lower.endswith("s")
        if toks[x].lower in MEDIUM_ASIDE_DETERMINERS or bare_plural:
            p = x if bare_plural else x - 1
            if (
                toks[p].lower in MEDIUM_ASIDE_PREPOSITIONS
                and p > 0
                and toks[p].start >= lo
                and toks[p - 1].is_word
                and toks[p - 1].start >= lo
            ):
                return p
            return None
        x -= 1
    return None


def _company_ending_in_city(toks, a: int, b: int) -> bool:
    """Capitalised words a..b ending in "<Place> City" with a word before the place that
    is no demonym or title ("Canadian Pacific Kansas City"; not "Kansas City", "the
    Canadian Kansas City"): a company's name, not a city's government."""
    a += toks[a].lower == "the"
    if b - a < 3 or toks[b].lower != "city" or not all(toks[x].cap for x in range(a, b + 1)):
        return False
    return any(
        toks[x].lower not in lx.DEMONYMS and toks[x].lower not in TITLE_WORDS
        for x in range(a, b - 1)
    )


# "the Portland, Ore.-based " before a body's kind: a city and AP's abbreviation of its
# state, which the tokens split at the full stop and the hyphen (round 31, probe r31b)
CITY_STATE_ABBREVIATION_BASED_RE = re.compile(
    r"\b[Tt]he [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, " + lx.US_STATE_ABBREVIATIONS + r"\.-based $"
)


def _city_state_based(doc: Doc, src: Source, lo: int) -> Source | None:
    """ "…, the Austin, Texas-based company said": a city and its state before "-based"
    (U.S. wire style) are one description with the comma inside (round 24)."""
    toks = doc.tokens
    before = CITY_STATE_ABBREVIATION_BASED_RE.search(doc.text, max(lo, src.start - 60), src.start)
    if before is not None:
        ps = before.start()
        return replace(src, start=ps, text=doc.text[ps : src.end], phrase_start=ps)
    a = doc.tok_index_at_or_after(src.start)
    if not (toks[a].cap and toks[a].lower.endswith("-based")) or a < 3:
        return None
    if toks[a - 1].text != "," or toks[a - 1].start != toks[a - 2].end:
        return None
    k = a - 2
    while k > 0 and a - k <= 4 and toks[k].cap and toks[k].is_word and toks[k].lower != "the":
        k -= 1
    if k == a - 2 or toks[k].lower != "the" or toks[k].start < lo:
        return None
    ps = toks[k].start
    return replace(src, start=ps, text=doc.text[ps : src.end], phrase_start=ps)


# the words of a minister's or secretary's portfolio written before the holder's name
# ("Secretary of State for Business and Trade Tom Lee", "Minister for Children, Equality,
# Disability, Integration and Youth Declan Furlong", "Business and Trade Secretary X"):
# where the portfolio ends and the name begins (round 27)
PORTFOLIO_WORDS = {
    "business", "trade", "industry", "enterprise", "employment", "energy", "security", "net",
    "zero", "climate", "change", "environment", "food", "rural", "affairs", "science",
    "innovation", "technology", "digital", "culture", "media", "sport", "sports", "arts",
    "heritage", "tourism", "gaeltacht", "children", "equality", "equalities", "disability",
    "integration", "youth", "health", "social", "care", "education", "skills", "higher",
    "further", "work", "pensions", "justice", "home", "foreign", "commonwealth",
    "development", "defence", "defense", "transport", "housing", "communities", "local",
    "government", "levelling", "up", "finance", "public", "expenditure", "reform",
    "infrastructure", "planning", "agriculture", "marine", "fisheries", "forestry", "water",
    "women", "older", "people", "mental", "wellbeing", "immigration", "migration",
    "policing", "crime", "prisons", "veterans", "communications", "networks", "regional",
    "economy", "welfare", "labour", "relations", "family", "families", "research",
    "tertiary", "sustainability", "universities", "schools", "training", "insurance",
    "consumer", "competition", "investment", "economic", "protection", "rights",
    "northern", "ireland", "scotland", "wales", "international", "european", "union",
    "exiting", "the", "and", "natural", "resources", "mines", "mining", "oceans",
    "aviation", "ports", "shipping", "roads", "cities", "towns", "regions", "lands",
}  # fmt: skip
# the office a portfolio after "for" belongs to ("Minister for", "Secretary of State for",
# "Minister of State for", "Shadow Secretary of State for")
PORTFOLIO_OFFICES = {"minister", "secretary", "state", "spokesperson", "spokesman", "spokeswoman"}


def portfolio_titled_name(doc: Doc, j: int, lo: int) -> Source | None:
    """``Secretary of State for Business and Trade Tom Lee said``, ``Minister for Children,
    Equality, Disability, Integration and Youth Declan Furlong said``, ``Business and
    Trade Secretary Tom Lee said``: the holder named at token j after a portfolio of
    several items (commas, "and"), the whole title his role's phrase; not the first
    portfolio item read as a coordinated subject, nor the last read into the name
    (round 27). Bounded: 24 tokens back."""
    toks = doc.tokens
    k = j
    while k > 0 and j - k < 24:
        t = toks[k]
        if t.start < lo:
            return None
        if t.lower in {"for", "of"} or (not t.cap and t.lower in lx.TITLE_HEADS):
            break
        if not ((t.is_word and t.cap) or t.text == "," or t.lower == "and"):
            return None
        if t.cap and t.lower in PORTFOLIO_OFFICES and k < j - 1 and toks[k - 1].cap:
            break  # "Business and Trade Secretary Tom Lee"
        k -= 1
    else:
        return None
    # ("Minister of Minerals and Energy X": a portfolio after "of" too; round 32)
    if toks[k].lower in {"for", "of"}:
        h = k - 1
        if h < 0 or toks[h].start < lo or not toks[h].cap or toks[h].lower not in PORTFOLIO_OFFICES:
            return None
        first = k + 1  # the portfolio's first word
        title_end: int | None = None
    else:
        # a title after the portfolio ("Business and Trade Secretary"): its items all
        # portfolio words, joined by "and" or commas
        title_end = k
        x = k - 1
        while x >= 0 and k - x < 12 and toks[x].start >= lo:
            if toks[x].text == "," or toks[x].lower in PORTFOLIO_WORDS:
                x -= 1
                continue
            break
        first = x + 1
        if first >= k or "and" not in doc.lowers[first:k] or toks[first].text == ",":
            return None
        if not all(t.cap or t.lower == "and" or t.text == "," for t in toks[first:k]):
            return None
        h = first
    if title_end is not None:
        n = title_end + 1
        if j - n < 1:
            return None
    else:
        seps = [x for x in range(first, j + 1) if toks[x].text == "," or toks[x].lower == "and"]
        seg = (seps[-1] + 1) if seps else first
        if seps and (seps[-1] == first or toks[seps[-1]].lower != "and"):
            return None  # (a comma before the name: "… for Agriculture, NAME," an aside)
        # the last item's portfolio words, then the name (a first name starts it)
        n = seg
        while n < j and toks[n].lower in PORTFOLIO_WORDS and toks[n].lower not in lx.FIRST_NAMES:
            n += 1
        listed = n > seg
        if n == seg:
            n += 1  # one item word outside the lexicon ("…, Sport and Gaeltacht Ann Roe")
        if j - n < 1 or not (seps or listed):
            return None  # (not "Spokesman for Acme Corp Tom Lee": no portfolio word)
    if not all(is_name_token(toks[x]) or toks[x].lower in NAME_PARTICLES for x in range(n, j + 1)):
        return None
    # the title's start: capitalised title words and "of" before the office
    s = h
    while (
        s - 1 >= 0
        and h - s < 4
        and toks[s - 1].start >= lo
        and (toks[s - 1].cap or (toks[s - 1].lower == "of" and s - 2 >= 0 and toks[s - 2].cap))
        and toks[s - 1].is_word
    ):
        s -= 1
    if toks[s].lower == "of":
        s += 1
    name = analyse_phrase(doc, n, j)
    if name is None or name.kind != "name":
        return None
    name.phrase_start = toks[s].start
    return name


def _participle_object_holder(doc: Doc, j: int, lo: int) -> Source | None:
    """ "the admiral leading it said", "a woman running it said": an "it" at j that is
    the object of a participle modifying a determined noun; the noun phrase before the
    participle speaks, a description to resolve (round 31, probe r31d)."""
    toks = doc.tokens
    if toks[j].lower != "it" or j < 3:
        return None
    v = toks[j - 1]
    if not (v.lower.endswith("ing") and not v.cap and v.lower not in lx.FUNCTION_WORDS):
        return None
    for d in range(j - 2, max(j - 5, -1), -1):
        w = toks[d]
        if not w.is_word or w.start < lo:
            return None
        if w.lower in {"the", "a", "an"}:
            return _group(doc, d, j - 2) if d < j - 2 else None  # (the noun phrase)
    return None


def _subject_before(doc: Doc, ci: int, lo: int, depth: int) -> Source | None:
    toks = doc.tokens
    j = _skip_adverbs_back(doc, ci - 1, lo)
    if j > 0 and toks[j].text in {"?", "!"} and toks[j - 1].start >= lo:
        marked = _marked_org(doc, j)
        if marked is not None:
            return marked  # "Consumer group Which? said"
    if j > 0 and toks[j].lower in ASPECT_VERBS and toks[ci].lower.endswith("ing"):
        j = _skip_adverbs_back(doc, j - 1, lo)  # "Officials began warning"
    elif (
        j > 1
        and toks[j].lower == "to"
        and toks[j - 1].lower in HABIT_VERBS
        and ci + 1 < len(toks)
        and toks[ci + 1].is_word  # (not an aside after a quote: "as my staff likes to say.")
    ):
        j = _skip_adverbs_back(doc, j - 2, lo)  # "He used to tell audiences that …"
    elif (
        j > 2
        and toks[j].lower == "of"
        and toks[j - 1].lower == "fond"
        and toks[ci].lower.endswith("ing")
        and toks[j - 2].lower in lx.BE_FORMS
    ):
        j = _skip_adverbs_back(doc, j - 3, lo)  # "She was fond of saying that …"
    elif (
        j > 1
        and toks[j].lower in NEGATED_ASPECT_VERBS
        and (toks[j - 1].lower in {"not", "never"} or toks[j - 1].lower.endswith(("n't", "n’t")))
        and toks[ci].lower.endswith("ing")
    ):
        j = _skip_adverbs_back(doc, j - 1, lo)  # "could not resist pointing out"
    m = _medium_noun_before(toks, j) if j > 2 else None
    if m is not None:
        p = _medium_aside_start(toks, m, lo)
        if p is not None:
            j = _skip_adverbs_back(doc, p - 1, lo)  # "Ruiz in a statement said": Ruiz
    if j < 0 or toks[j].start < lo:
        return None
    t = toks[j]
    if t.cap and t.is_word and j >= 3:
        titled = portfolio_titled_name(doc, j, lo)
        if titled is not None:
            return titled  # "Secretary of State for Business and Trade Tom Lee said"
    if t.lower == "them" and j >= 2 and _partitive_before(doc, j - 1, lo):
        return _group(doc, j - 2, j)  # "one of them accused …": the part speaks
    if depth < 2 and t.is_word and not t.cap:
        # a contact clause: "the experts I interviewed said", "voters we spoke to said"
        v = j - 1 if t.lower in {"to", "with"} else j
        if (
            v > 1
            and toks[v].start >= lo
            and (toks[v].lower.endswith("ed") or toks[v].lower in {"spoke", "met", "saw"})
            and toks[v - 1].lower in {"i", "we"}
            and toks[v - 2].is_word
            and toks[v - 2].lower not in lx.FUNCTION_WORDS
        ):
            return subject_before(doc, v - 1, lo, depth + 1)
    if (
        t.lower == "that"
        and toks[ci].lower in lx.SPEECH_FORMS
        and depth < 2
        and j > 0
        and toks[j - 1].start >= lo
        and _plural_noun(toks[j - 1])
    ):
        # "districts that say the devices hurt learning": the relative clause's antecedent
        head = subject_before(doc, j, lo, depth + 1)
        opener = head.text.split(None, 1)[0] if head is not None else ""
        if (
            head is not None
            and head.kind == "group"
            and not head.loose
            and (opener[:1].isupper() or opener.lower() in lx.DETERMINERS or " " not in head.text)
        ):
            return head
        # the noun alone ("a growing number of districts that say", "joins critics that say")
        return _group(doc, j - 1, j - 1)
    if t.is_word and t.lower in lx.SUBJECT_PRONOUNS:
        held = _participle_object_holder(doc, j, lo)
        if held is not None:
            return held  # "the admiral leading it said": the admiral, not "it"
        src = analyse_phrase(doc, j, j)
        return src
    contracted = contracted_pronoun(doc, j) if j == ci - 1 else None
    if contracted is not None:
        return contracted  # "He's claiming that …": he is the subject
    if (
        t.is_word
        and t.cap
        and t.lower != "who"
        and t.lower not in COORDINATING_WORDS
        and (j == 0 or toks[j - 1].start < lo or toks[j - 1].text == ",")
    ):
        # fast path, "Acme said", "…, Acme said": a capitalised word opening the window or
        # after a comma is the whole phrase. Nothing below until the phrase is read can
        # fire: the checks want a mark, "who" or a lower-case word at j, or an in-window
        # word before it (a comma is no noun-phrase token, and it breaks every
        # "familiar with" complement), and the walk back stops right after the word.
        return _subject_of_phrase(doc, j - 1, j, lo, depth, None)
    if depth < 2 and t.text in QUOTE_CLOSERS and j > 1 and toks[j - 1].text == ",":
        comma = _relative_before_quote(doc, j - 1, lo)
        if comma is not None:
            # "Baird, who has called it “a scam,” said": the relative clause ends in the
            # quote's comma; the antecedent speaks
            rel = comma + 2 if toks[comma + 1].lower == "who" else comma
            return subject_before(doc, rel, lo, depth + 1)
    if (
        t.lower == "which"
        and depth < 2
        and j > 1
        and toks[j - 1].text == ","
        and toks[j - 1].start >= lo
    ):
        owner = _appositive_org_before(doc, j - 1, lo, depth)
        if owner is not None:
            return owner  # "Euroclear, a depository in Brussels, which has warned"
    if t.lower in {"who", "which"} and depth < 2 and j > 2:
        # "The study -- which notes that …", "Ames — who says …": a relative clause set off
        # by a dash; the phrase before the dash is the antecedent
        d = _dash_before(doc, j)
        if d is not None and toks[d].start >= lo:
            return subject_before(doc, d, lo, depth + 1)
    if t.lower == "who" and j > 1 and toks[j - 1].text == "," and toks[j - 1].start >= lo:
        # "said Mr. Kamin, who emphasized that …": the relative clause's antecedent
        comma = j - 1
        if (
            comma > 2
            and toks[comma - 1].text.isdigit()
            and toks[comma - 2].text == ","
            and toks[comma - 2].start >= lo
        ):
            comma -= 2  # "Luc Varenne, 61, who denied …": past the age
        tag = comma - 2 if comma > 2 and toks[comma - 1].text == "." else comma - 1
        if (
            tag > 1
            and PARTY_TAG.match(toks[tag].text)
            and toks[tag - 1].text == ","
            and toks[tag - 1].start >= lo
        ):
            comma = tag - 1  # "Tom Baird, R-Texas, who called …": past the party tag
        src = subject_before(doc, comma, lo, depth + 1) if depth < 2 else None
        if src is None and depth < 2:
            src = _person_before_title_of(doc, comma, lo, depth)
        if src is not None and src.kind in {"name", "group", "country"}:
            named = _appositive_owner(doc, src, lo, depth)
            if named is not None:
                return named  # "Tom Ilunga, a fisher from the village of Kasenga, who said"
        if src is not None and src.kind in {"name", "country"}:
            located = _located_group(doc, src, comma, lo, depth)
            if located is not None:
                return located  # "courted Democrats on Capitol Hill, who have argued"
        if src is not None and src.kind == "name":
            # "Patti LaBelle and Stevie Wonder, who joked": the nearest of the names
            for x in range(j - 2, doc.tok_index_at_or_after(src.end) - 1, -1):
                if toks[x].lower == "and":
                    last = analyse_phrase(doc, x + 1, j - 2)
                    if last is not None and last.kind == "name":
                        return last
                    break
        return src
    if t.lower == "who" and depth < 2:
        named = _appositive_relative_antecedent(doc, j, lo, depth)
        if named is not None:
            return named
    appositive = None
    if t.text == "-" and j > 1 and toks[j - 1].text == "-" and toks[j - 1].end == t.start:
        # "Kall -- co-editor of a book -- said": an ASCII dash pair
        k = j - 2
        while k > 0 and toks[k].start >= lo and j - k < 30:
            if toks[k].text == "-" and toks[k - 1].text == "-" and toks[k - 1].end == toks[k].start:
                break
            if _breaks_phrase(doc, k):
                return None
            k -= 1
        else:
            return None
        if k - 2 < 0 or toks[k - 1].start < lo:
            return None
        j = k - 2
        t = toks[j]
    if t.text in {"—", "–"}:
        # "the U.S. — by far NATO's biggest member — signaled"
        k = j - 1
        while k >= 0 and toks[k].start >= lo and j - k < 25 and toks[k].text not in {"—", "–"}:
            k -= 1
        if k <= 0 or toks[k].start < lo or toks[k].text not in {"—", "–"}:
            return None
        j = k - 1
        t = toks[j]
    if t.text == ")":
        j = _skip_paren_back(doc, j, lo)
        if j < 0:
            return None
        t = toks[j]
    if t.text == ",":
        called = _named_aside(doc, j, lo)
        if called is not None:
            return called  # "One of them, a retired teacher named Ellen Marsh, said"
    if t.text == "," and depth < 2:
        jj = _strip_asides(doc, j, lo)
        if jj != j:
            # "Jane Doyle, 59, of Ashton, Md., who watched …, said"
            return subject_before(doc, jj + 1, lo, depth + 1) or subject_before(
                doc, jj, lo, depth + 1
            )
    if t.text == "," and j > 0 and toks[j - 1].text == ")":
        # "The other, Rep. Vera Lund (D), told": a bracket closing the aside (a party
        # tag) is read past, the aside ends at the name
        j = _skip_paren_back(doc, j - 1, lo) + 1
    if t.text == ",":
        # ", who was chairing the meeting," / ", the EU's foreign policy chief," /
        # "ROLE, NAME," before the verb
        k = j - 1
        while k >= 0 and toks[k].start >= lo and j - k < 30 and toks[k].text != ",":
            if (
                _breaks_phrase(doc, k)
                and not _party_bracket(doc, k)
                # ("an official of the Department of Health (DOH) in Manila,": a body's
                # initials after its name; round 27)
                and not bracketed_title_initials(toks, k)
            ):
                return None
            k -= 1
        if k < 0 or toks[k].start < lo or toks[k].text != "," or k + 1 >= j:
            return None
        first = toks[k + 1]
        if depth < 2 and _university_campus(toks, k, j):
            # "Maria Chen of the University of California, Davis, said": the campus
            # belongs to the university's name; the subject is the phrase before it
            return subject_before(doc, k, lo, depth + 1)
        pair = _coordinated_names_aside(doc, k + 1, j)
        if pair is not None:
            # "Its sponsors, Sens. Ann Cole (R-Ohio) and Ben Tate (D-Md.), said": the first
            m = _role_start(doc, k, lo)
            if m <= k - 1:
                pair.pre_role = (toks[m].start, toks[k - 1].end)
            return pair
        nickname = any(nickname_mark(doc, x) for x in range(k + 1, j))  # ('Marcia "Cia" Price')
        short_name = j - k <= (11 if nickname else 8) and (
            all(np_token_ok(doc, x) for x in range(k + 1, j)) or _trade_title_name(doc, k + 1, j)
        )
        # "Her co-author, Dr Lars Holm of the Vinter Institute in Oslo, said": a name with
        # its workplace and the workplace's city
        at_body = (
            _name_of_body(doc, k + 1, j) if not short_name and j - k <= 12 and first.cap else None
        )  # (not "some senators, including Sen. X of Ohio,": an example, not the subject)
        if (
            first.lower not in CLAUSE_STOP
            and (short_name or at_body is not None)
            and not toks[j - 1].lower.endswith(("'s", "’s"))
        ):
            # "The nominee, retired Gen. Mark Ellis, posted": the aside is the name
            named = at_body or analyse_phrase(doc, k + 1, j - 1)
            if named is None or named.kind != "name":
                named = _name_of_body(doc, k + 1, j) or named
            if (
                named is not None
                and named.kind == "name"
                and (
                    not first.cap
                    or first.lower in lx.TITLE_HEADS
                    or _title_before_name(doc, k + 1, named.start)
                )
                and first.lower not in PARTIES
                # not "Sean Ross, an Irishman, said": a nationality, no name (round 24)
                and not (first.lower in {"a", "an"} and toks[j - 1].lower in lx.DEMONYM_NOUNS)
                # not "Jane Boyd, a lawyer for Reed, said": a complement is someone else
                and not any(
                    toks[x].lower in COMPLEMENT_PREPOSITIONS
                    for x in range(k + 1, doc.tok_index_at_or_after(named.start))
                )
                and not _participle_and_object(doc, k + 1)
            ):
                m = _role_start(doc, k, lo)
                if (span := _title_without_seat(doc, k, lo)) is not None:
                    named.pre_role = span  # "A youth leader in the community, NAME,"
                elif m <= k - 1:
                    named.pre_role = (toks[m].start, toks[k - 1].end)
                return named
            if (
                named is not None
                and named.kind == "name"
                and named.gender is None
                and " " not in named.text
                and k > 0
                and toks[k - 1].lower in BODY_ROLE_NOUNS - {"parent", "partners", "developer"}
            ):
                # "…, its operator, Isavia, said": one unknown word after a body's role
                # noun is the body (its content ends before "its operator")
                named.kind, named.organization = "org", named.text
            if (
                named is not None
                and named.kind == "org"
                and k > 0
                and not toks[k - 1].cap
                and (
                    toks[k - 1].lower in lx.GROUP_NOUNS
                    or toks[k - 1].lower in lx.ORG_HEADS
                    or toks[k - 1].lower in ORG_NOUNS  # "Her label, Republic Records,"
                    or toks[k - 1].lower in BODY_ROLE_NOUNS  # "The organisers, the X Club,"
                    or _org_noun_clause(doc, k, lo)
                )
            ):
                # "The industry's main lobbying group, the App Mobility Council, said" /
                # "The company that makes the drug, Neurova Therapeutics, said"
                _preposed_body_noun(doc, named, k, lo)
                return named
        described = _described_org_aside(doc, k + 1, j) or _called_org_aside(doc, k + 1, j)
        if described is not None:
            return described  # "Its largest shareholder, the investment firm Ashcombe Capital,"
        if (
            first.lower in CLAUSE_STOP
            # ("The union's general secretary, A. Rosy, said": an initial, no article)
            or (first.lower in lx.DETERMINERS and not (k + 3 < j and _article_initial(toks, k + 1)))
            or not first.cap
            or first.lower in TITLE_WORDS
            or first.lower.endswith(("'s", "’s"))
            or _apostrophe_possessive(toks, k + 1)  # "Ann Lee, Texas' attorney general,"
            or PARTY_TAG.match(first.text)
            or first.lower in PARTIES
            or _possessive_name_run(toks, k + 1, j)
        ):
            appositive = (toks[k + 1].start, toks[j - 1].end)
            j = k - 1
            # a second aside: "Mulgrew, president of the union, which represents teachers,"
            k2 = j
            bracket = None
            while k2 >= 0 and toks[k2].start >= lo and j - k2 < 20 and toks[k2].text != ",":
                if toks[k2].text == ")" and k2 > 2 and toks[k2 - 2].text == "(":
                    # "X, professor at the Y Institute (YI), who …, said": the short name
                    # a bracket gives the body is inside the first aside
                    bracket = k2
                    k2 -= 3
                    continue
                if _breaks_phrase(doc, k2):
                    break
                k2 -= 1
            if bracket is not None and k2 + 1 < bracket and toks[k2 + 1].cap:
                # (not "The Ministry of Economy, Trade and Industry (METI), which …,": the
                # comma is inside the body's name, its aside a title's in lower case)
                k2 = bracket
            if (
                0 < k2 < j
                and toks[k2].text == ","
                and toks[k2].start >= lo
                and toks[k2 - 1].cap
                # ("said A under the Education Act, while Ann Lee, a doctor, said B": a new
                # clause's subject, no aside of a subject before it)
                and toks[k2 + 1].lower not in CONTRAST_CONJUNCTIONS
                # "…, Sen. A B, R-S.C.,": B is the name; not so in "Ann Cole, a spokeswoman
                # for Rep. Tom Hale, D-Ohio,": the tag is the complement's
                and (not PARTY_TAG.match(first.text) or _titled_complement(toks, k2 + 1, j))
            ):
                if PARTY_TAG.match(toks[k2 + 1].text):
                    j = k2 - 1  # "Clyburn, D-S.C., the assistant leader,": the tag is no role
                elif (
                    not toks[k2 + 1].cap
                    or toks[k2 + 1].lower in lx.DETERMINERS
                    or toks[k2 + 1].lower in TITLE_WORDS
                ):
                    titled = _titled_name_aside(doc, k2 + 1, j)
                    if titled is not None:
                        # "At Calmette Hospital, Dr. Sophea Chan, who heads …, said": the
                        # titled name is the subject, not a role of the words before it
                        return titled
                    appositive = (toks[k2 + 1].start, toks[j].end)
                    j = k2 - 1
        else:
            # "ROLE, NAME, verb": the segment is the name
            at_body = None
            if j - k > 7 or not all(np_token_ok(doc, x) for x in range(k + 1, j)):
                # "Her co-author, Dr Lars Holm of the Vinter Institute in Oslo, said": a
                # name with its workplace and the workplace's city is no longer phrase
                at_body = _name_of_body(doc, k + 1, j) if j - k <= 12 else None
                if at_body is None:
                    return None
            kin = _kin_group_of(doc, k, lo) if depth < 2 else None
            if kin is not None and "and" not in doc.lowers[k + 1 : j]:
                # "The family of the ferry's cook, Danilo Perez, said", "Relatives of the
                # victim, Jane Doe, said": the name is the complement's, the group speaks
                return _group(doc, kin, k - 1)
            src = at_body or analyse_phrase(doc, k + 1, j - 1)
            members_named = _members_named_body(doc, k + 1, j - 1)
            if members_named is not None:
                # "A group formed by relatives, Families of the Santa Lucia, said": a body
                # named by its members, the whole name
                _preposed_body_noun(doc, members_named, k, lo)
                return members_named
            if k > 0 and (
                (
                    toks[k - 1].lower in ORG_NOUNS
                    and not toks[k - 1].cap
                    # (not "The head of the charity, Ann Wu,": the title heads the phrase)
                    and not _in_title_complement(doc, k - 1)
                    # (not "Cormorant's publisher, Helen Marsh,": a person's title there,
                    # before a name opening with a first name; round 29)
                    and not (
                        toks[k - 1].lower in lx.TITLE_HEADS
                        and src is not None
                        and src.kind == "name"
                        and toks[k + 1].lower in lx.FIRST_NAMES
                    )
                )
                or _org_noun_clause(doc, k, lo)
                or _body_role_before_name(doc, k, j)
            ):
                # "The charity, Hope Street Kitchens, said" / "Their school, Lincoln High,
                # said": an organisation's name, capitalised words whatever they read as
                if src is None and all(toks[x].cap for x in range(k + 1, j)):
                    src = _group(doc, k + 1, j - 1)
                if src is not None and src.kind in {"name", "group"}:
                    org = Source(
                        "org", src.start, src.end, src.text, src.phrase_start, src.phrase_end,
                        organization=src.text,
                    )  # fmt: skip
                    _preposed_body_noun(doc, org, k, lo)
                    return org
            if src is None or src.kind != "name" or src.start > toks[k + 1].start:
                # "The lead author, Alan Whitby of Harlow University, said": the person
                src = _name_of_body(doc, k + 1, j) or src
            if (
                src is not None
                and src.kind == "org"
                and k > 0
                and not toks[k - 1].cap
                and not _in_title_complement(doc, k - 1)  # ("A spokesman for the firm, Acme,")
            ):
                _preposed_body_noun(doc, src, k, lo)
                return src  # "The largest shareholder / The developer, Ashcombe Capital, said"
            if src is None or src.kind != "name":
                return None
            asker = _subject_before_asked(doc, k, lo, depth)
            if asker is not None:
                return asker  # "Lopez, asked about her quarterback, Ben Ortiz, said"
            if src.kind == "name":
                m = _role_start(doc, k, lo)
                if (span := _title_without_seat(doc, k, lo)) is not None:
                    # "The lawmaker representing Kibra, NAME,", "The Labour Party's whip
                    # in the lower house, NAME": the office without where it is held
                    src.pre_role = span
                elif m <= k - 1 and not inside_longer_phrase(doc, m - 1, lo):
                    src.pre_role = (toks[m].start, toks[k - 1].end)
            if depth < 2 and _shared_surname_pair(doc, k + 1, j - 1):
                # "The couple, Mark and Lisa Tran, said": both speak, as the description
                # before the names (not one of them)
                described = subject_before(doc, k, lo, depth + 1)
                if described is not None and described.kind == "group":
                    return described
            return _first_named_conjunct(doc, k + 1, src)
    j = _skip_paren_back(doc, j, lo)
    end = j
    if end < 0 or toks[end].start < lo:
        return None
    described = _source_with_complement(doc, end, lo, depth) if depth < 2 else None
    if described is not None:
        described.appositive = appositive
        return described
    if (
        toks[end].is_word
        and not toks[end].cap
        and toks[end].lower not in lx.GROUP_NOUNS
        and toks[end].lower not in LEANING_PLURALS
        and toks[end].lower not in TITLE_WORDS
        # (a former title: "…, ex-CFO tells court", "the ex-minister said"; round 25)
        and not (toks[end].lower.startswith("ex-") and toks[end].lower[3:] in TITLE_WORDS)
        and toks[end].lower not in KINSHIP  # "Stone's family said"
        and not (toks[end].lower.endswith("-year-old") and toks[end - 1].lower == "the")
        and not _numbered_branch(toks, end - 1, end)  # "Teamsters Local 120 said"
    ):
        kin = (
            _kin_group_of(doc, end + 1, lo)
            if depth < 2 and toks[end].lower not in lx.FUNCTION_WORDS
            else None
        )
        if kin is not None:
            # "The parents of the boy said", "Relatives of the missing woman said": the
            # relatives, a group (their complement's noun reads as no phrase word)
            relatives = _group(doc, kin, end)
            relatives.appositive = appositive
            return relatives
        if appositive is not None and depth == 0:
            # "Agents who spoke on condition of anonymity, because they …, said": the aside
            # follows a relative clause; its head speaks (not the aside's pronoun)
            # ("The chief investigator in the region, a former detective, said": any aside)
            head = _relative_clause_head(doc, end + 1, lo)
            if head is None and toks[doc.tok_index_at_or_after(appositive[0])].lower == "who":
                head = _head_before_place(doc, end, lo)
            return head or _title_before_place(doc, end, lo)
        # (an epithet is a subject: "the 53-year-old insisted"); "Scientists studying the
        # virus said": the object of a participle after the subject
        if depth >= 2:
            return None
        # ("The chief investigator in the region told …": a place phrase after the head)
        reduced = _reduced_relative_before(doc, end, lo)
        # (right before the verb: not "the first candidate in years to not release")
        return reduced or (_title_before_place(doc, end, lo) if end == ci - 1 else None)
    if toks[end].lower in COORDINATING_WORDS:
        return None  # "… the families and asserted": a coordinated verb, not a subject
    while (
        j >= 0
        and toks[j].start >= lo
        and end - j < MAX_NP
        and (np_token_ok(doc, j) or _place_link_before(doc, j, end, lo))
    ):
        if toks[j].lower in lx.DETERMINERS and not toks[j].cap:
            if toks[j].lower in NAME_PARTICLES and _particle_in_name(doc, j):
                j -= 1  # "Erik ten Hag": a name particle, not the number
                continue
            if (
                toks[j].lower == "the"
                and j > 1
                and toks[j - 1].start >= lo
                and toks[j - 1].lower in {"of", "for", "on"}
                and _of_in_name(doc, j - 1)
            ):
                j -= 2  # "The Society for the Protection of Birds": "the" inside a name
                continue
            if (
                toks[j].lower == "the"
                and j >= 1
                and toks[j - 1].start >= lo
                and doc.text[toks[j - 1].start : toks[end].end] in lx.KNOWN_ORGS
            ):
                j -= 2  # "Save the Children said": a known body's name
                continue
            if toks[j].lower in RELATIVE_DETERMINERS and toks[j + 1].lower.endswith(("'s", "’s")):
                break  # "failures that Poland's minister called …": a relative pronoun
            j -= 1
            break
        if toks[j].is_word and toks[j].lower in lx.DETERMINERS:
            j -= 1
            break
        j -= 1
    if j >= 0 and j == end - 1 and _noun_modifier(doc, j, lo):
        j -= 1  # ", utility officials said": a noun modifying the group noun
        while j >= 0 and toks[j].start >= lo and end - j < MAX_NP and np_token_ok(doc, j):
            if toks[j].lower in lx.DETERMINERS:
                j -= 1  # "the FBI's Denver field office": the phrase goes on to its article
                break
            j -= 1
    elif j >= 1 and end - j <= 2:
        j = _determined_noun_modifiers(doc, j, end, lo)
    if (
        j >= 0
        and toks[j].lower in {"a", "an", "the"}
        and toks[j].start >= lo
        and (toks[j + 1].lower in {"senior", "top"} or toks[j + 1].lower in lx.CARDINALS)
    ):
        # "A senior administration official", "the two senators": the article opens it
        j -= 1
    elif (
        j >= 0
        and toks[j].start >= lo
        and toks[j].lower in lx.CARDINALS
        and toks[end].lower.endswith("s")
        and (
            j == 0
            or toks[j - 1].text in {",", "“", '"'}
            or toks[j - 1].lower in SUBJECT_INTRO  # "after two senior senators said"
            or _sentence_initial(doc, j)
        )
    ):
        j -= 1  # "…, two senior lawmakers said": the number opens it
    elif (
        j >= 0
        and toks[j].start >= lo
        and toks[j].lower.endswith(("'s", "’s"))
        and toks[j + 1].lower in {"senior", "top"}
    ):
        # "The country's top diplomat", "Iran's top diplomat": the possessor opens it
        j -= 1
        while (
            j >= 0
            and toks[j].start >= lo
            and end - j < MAX_NP
            and np_token_ok(doc, j)
            and toks[j].lower not in lx.DETERMINERS
        ):
            j -= 1
        if j >= 0 and toks[j].start >= lo and toks[j].lower in {"a", "an", "the"}:
            j -= 1
    if (
        j >= 1
        and toks[j].lower in lx.PLACE_NAME_WORDS
        and not toks[j].cap
        and toks[j - 1].lower in GROUP_COMPLEMENT_PREPOSITIONS
        and toks[j].start >= lo
    ):
        j -= 1  # "Health officials in western Kenya": a region of the place
    elif (
        j >= 2
        and j == end - 1
        and toks[j].start >= lo
        and toks[j].is_word
        and toks[j].text.isalpha()
        and not toks[j].cap
        and toks[j].lower not in lx.FUNCTION_WORDS
        and toks[j].lower not in lx.CUE_FORMS
        and toks[j - 1].lower in GROUP_COMPLEMENT_PREPOSITIONS
        and _people_plural(toks[j - 2])
    ):
        j -= 1  # "Senators from farm states said": a noun modifying the complement's noun
    if j >= 1 and toks[j].lower in {"of", "for"} and toks[j - 1].cap and toks[j - 1].start >= lo:
        name = doc.text[toks[j - 1].start : toks[end].end]
        if name in lx.KNOWN_ORGS:  # "Friends of the Earth said"
            return Source("org", toks[j - 1].start, toks[end].end, name, toks[j - 1].start,
                          toks[end].end, organization=name)  # fmt: skip
    if (
        depth < 2
        and j >= 1
        and (
            toks[j].lower in GROUP_COMPLEMENT_PREPOSITIONS
            # "Republicans on the committee said" (not "Officials on Monday said"),
            # "Shopkeepers on Harbour Road said"
            or (toks[j].lower == "on" and toks[j + 1].lower == "the")
            or (toks[j].lower == "on" and _place_name(toks, j + 1, end))
            # "A senior adviser to Governor Tim Marsh", "The U.S. ambassador to Japan"
            or (
                toks[j].lower == "to"
                and (toks[j - 1].lower in SERVING_NOUNS or toks[j - 1].lower in lx.TITLE_HEADS)
            )
        )
        and toks[j].start >= lo
        and toks[j - 1].start >= lo
    ):
        grp = _group_with_complement(doc, j, end, lo)
        if grp is not None:
            grp.appositive = appositive
            return grp
    if (
        depth < 2
        and j >= 2
        and toks[j].lower == "by"
        and toks[j - 1].lower in SURVEYED_PARTICIPLES
        and toks[j - 1].start >= lo
    ):
        # "Analysts polled by Reuters had expected": the group polled, not the pollster
        grp = _group_with_complement(doc, j - 1, end, lo)
        if grp is not None:
            grp.appositive = appositive
            return grp
    if depth < 2:
        # "A spokeswoman for Mayor Ann Reed said": the name is the one spoken for
        for k in range(max(j + 2, 1), end):
            if (
                (toks[k].lower in {"for", "with"} and not toks[k - 1].cap)
                or (
                    toks[k].lower == "of"
                    and (toks[k - 1].lower in lx.GROUP_NOUNS or toks[k - 1].lower in KINSHIP)
                    and toks[k - 1].lower.endswith("s")
                )  # "Critics of Mayor Bob Lane said", "Relatives of the victims said"
                or _office_of(doc, k, end)
            ):
                grp = _group_with_complement(doc, k, end, lo)
                if grp is not None:
                    grp.appositive = appositive
                    return grp
                break
    # allow "of" inside a title phrase: "Secretary of State John Kerry"
    if (
        j >= 1
        and toks[j].lower == "of"
        and toks[j].start >= lo
        and toks[j - 1].lower in TITLE_WORDS
    ):
        j -= 1
        while j >= 0 and toks[j].start >= lo and end - j < MAX_NP and np_token_ok(doc, j):
            j -= 1
    return _subject_of_phrase(doc, j, end, lo, depth, appositive)


def _bracket_defined_body(doc: Doc, end: int, lo: int) -> Source | None:
    """The body whose initials the bracket closing at token ``end`` (or opening after it)
    spells, its words walked back over commas and "for / of / and / the" to lo ("The
    Commission for Conciliation, Mediation and Arbitration (CCMA)"), when its name has a
    comma; else None."""
    toks = doc.tokens
    close = next((x for x in (end, end + 3) if x < len(toks) and toks[x].text == ")"), None)
    if close is None or close < 3 or toks[close - 2].text != "(":
        return None
    letters = toks[close - 1].text
    if not (2 <= len(letters) <= 7 and letters.isalpha() and letters[0].isupper()):
        return None
    letters = letters.upper()
    initials = ""
    x = close - 3
    comma = False
    while x >= 0 and toks[x].start >= lo and close - x < 16:
        t = toks[x]
        if t.text == ",":
            comma = True
        elif t.cap and t.is_word:
            initials = t.text[0] + initials
            if initials == letters:
                if not comma or (x > 0 and toks[x - 1].cap and toks[x - 1].lower != "the"):
                    return None
                s, e = t.start, toks[close - 3].end
                name = doc.text[s:e]
                return Source("org", s, e, name, s, e, organization=name)
        elif t.lower not in {"for", "of", "and", "on", "the"}:
            return None
        x -= 1
    return None


def _subject_of_phrase(
    doc: Doc, j: int, end: int, lo: int, depth: int, appositive: tuple[int, int] | None
) -> Source | None:
    """The subject read from tokens j+1..end, the phrase before the verb (j: the token
    where the walk back stopped), with the names, bodies and places around it."""
    toks = doc.tokens
    src = analyse_phrase(doc, j + 1, end)
    if (
        src is not None
        and src.kind == "name"
        and src.text.lower() in lx.COUNTRY_NAMES
        and src.end == toks[end].end
    ):
        # "The Minerals Council South Africa said": a body named with its country last,
        # not a person (the country is no one's name; round 29)
        a = j + 1 + (toks[j + 1].lower == "the")
        if a < end and all(toks[x].cap and toks[x].is_word for x in range(a, end + 1)):
            s, e = toks[a].start, toks[end].end
            name = doc.text[s:e]
            src = Source("org", s, e, name, s, e, organization=name)
    if src is not None and j >= 0 and toks[j].text == ",":
        # "The Commission for Conciliation, Mediation and Arbitration (CCMA) said": the
        # name its bracketed initials spell, across its list's commas (round 29)
        defined = _bracket_defined_body(doc, end, lo)
        if defined is not None:
            return defined
    if src is not None and src.kind in {"org", "name"} and src.start > src.phrase_start:
        src = _peer_by_style(doc, src) or _person_of_org(doc, j + 1, src)
    if src is not None and src.kind in {"org", "name", "country"} and j >= 1:
        src = _person_from_place(doc, j, lo) or src
    # (the walk back stops at "of" before an article, else one word before it: "of" is
    # also a title word)
    of = j if j < 0 or toks[j].lower == "of" else j + 1
    if src is not None and src.kind == "group" and _partitive_before(doc, of, lo):
        p = of - 1  # "One of the lawyers said": the part speaks ("a handful of …" too)
        if p >= 1 and toks[p - 1].lower in {"a", "an", "the"} and toks[p - 1].start >= lo:
            p -= 1
        src = _group(doc, p, end)
    if (
        src is not None
        and src.kind == "group"
        and depth < 2
        and j >= 1
        and toks[j].lower == "and"
        and toks[j].start >= lo
        and toks[j + 1].lower in {"his", "her", "their", "its"}
    ):
        # "The French president and his Italian counterpart said": the first conjunct,
        # as for coordinated names
        lead = subject_before(doc, j, lo, depth + 1)
        if lead is not None and lead.kind in {"group", "name"} and not lead.loose:
            a = doc.tok_index_at_or_after(lead.phrase_start)
            before = toks[a - 1] if a > 0 and toks[a - 1].start >= lo else None
            # (not "Police arrested the man and his brother said": an object before)
            if before is None or not before.is_word or before.lower in SUBJECT_INTRO:
                return lead
    if src is not None:
        src.appositive = appositive
        if src.kind == "name" and appositive is None:
            src.appositive = _appositive_after(doc, src)
            if src.pre_role is None and WHO_AFTER_NAME_RE.match(doc.text, src.end):
                _preposed_title(doc, src, lo)  # "His daughter, X, who crews the boat, said"
        elif src.kind == "name" and src.pre_role is None:
            _preposed_title(doc, src, lo)  # "The head of the mission, X, a French diplomat,"
        if (
            src.kind == "country"
            and j > 0
            and toks[j].lower in {"in", "at"}
            and toks[j].start >= lo
            and depth < 2
        ):
            # "The Foreign Office in London said": the organisation, not the place
            head = subject_before(doc, j, lo, depth + 1)
            if head is not None and head.kind in {"org", "group", "name"} and not head.loose:
                return head
        named_group = src.kind == "group" and toks[doc.tok_index_before(src.end)].cap
        if (
            (src.kind == "org" or named_group)
            and j > 0
            and toks[j].lower in {"of", "at", "from", "with"}
            and toks[j].start >= lo
            and toks[j - 1].cap
            and depth < 2
        ):
            # "Kevin Cassidy of Rosenblatt Securities said": the person, from the firm;
            # "Superintendent X Y of the Dunmore Area School District said" (a body the
            # lexicons do not know: a full name only)
            head = subject_before(doc, j, lo, 2)
            if (
                head is not None
                and head.kind == "name"
                and not head.loose
                and (src.kind == "org" or " " in head.text)
            ):
                head.organization = src.organization or src.text.removeprefix("the ")
                return head
        if src.kind in {"org", "group"} and depth < 2:
            person = _person_of_described_body(doc, src, lo)
            if person is not None:
                return person
        if (
            src.kind in {"org", "name"}
            and j > 0
            and toks[j].lower in {"in", "at"}
            and toks[j].start >= lo
        ):
            # (one level deeper: "Judge X of the U.S. District Court in Manhattan")
            head = subject_before(doc, j, lo, max(depth + 1, 1))
            if head is not None and head.kind == "name" and not head.loose:
                # "Trump in Ohio said", "Dr. Lena Fox at Yale said": the person (the
                # place is a venue; roles read the host organisation from the phrase)
                return head
            if (
                head is not None
                and head.kind == "org"
                and not head.loose
                and src.kind == "name"
                and toks[j].lower == "in"
            ):
                return head  # "The U.S. Embassy in Lima said": the body, not the city
            if src.kind == "name" and toks[j].lower == "in" and _lone_word(src):
                unnamed_at = _unnamed_person_before(doc, j, lo)
                if unnamed_at is not None:
                    # "A nurse at the hospital in Murfreesboro said": the nurse, not the town
                    return _group(doc, unnamed_at, j - 1)
        if (
            (src.kind == "org" or (src.kind == "name" and toks[j].lower == "at"))
            and j > 0
            and toks[j].lower in {"at", "in"}
            and toks[j].start >= lo
        ):
            # "The Tax Policy Center at the Urban Institute estimates" / "a professor at
            # Harvard said" / "supporters in Congress say": the centre / the professor /
            # the supporters, the host organisation kept
            head = subject_before(doc, j, lo, 2)
            if head is not None and not head.loose:
                if head.kind == "org" and toks[j].lower == "at":
                    return head
                if head.kind == "group" and any(
                    toks[x].lower in TITLE_WORDS or toks[x].lower in lx.GROUP_NOUNS
                    for x in range(doc.tok_index_at_or_after(head.start), j)
                ):
                    head.organization = head.organization or src.organization or src.text
                    return head
        if src.kind == "name":
            # "Mr. Grassley and Mr. Leahy said": the first of the coordinated names (the
            # first "and" after the phrase's first word: a C-level search)
            lowers = doc.lowers
            stop = doc.tok_index_at_or_after(src.start)
            x = lowers.index("and", j + 2, stop) if "and" in lowers[j + 2 : stop] else -1
            if (
                x >= 0
                # (not "Chairman and CEO Ann Roe": two titles of one person)
                and not all(lowers[y] in TITLE_WORDS for y in range(j + 1, x))
                # (not "Mark and Lisa Tran said": not the bare "Mark")
                and not _shared_surname_pair(doc, j + 1, end)
            ):
                first_name = analyse_phrase(doc, j + 1, x - 1)
                if first_name is not None and first_name.kind == "name":
                    return first_name
        elif src.kind in {"org", "country"} and src.text.lower() not in lx.COUNTRY_NAMES:
            # "China and Russia said", "Britain, France and Norway said": the first of the
            # coordinated organisations / countries, as for people ("Center for Media and
            # Public Affairs", "Bosnia and Herzegovina" are one name)
            a0, listed = j + 1, None
            # a list needs its "and" ("Britain, France and Norway"), else the comma ends a
            # fronted phrase ("In New Delhi, the Congress party said"); (the flag is tested
            # last: mypyc 2.4.1 emits `goto CPyL-1` for a loop whose condition starts with a
            # bool local assigned once, see HISTORY round 27)
            coordinated = any(toks[x].lower == "and" for x in range(j + 1, end))
            while a0 >= 2 and toks[a0 - 1].text == "," and toks[a0 - 2].cap and coordinated:
                k = a0 - 2
                while k > 0 and toks[k - 1].cap and toks[k - 1].start >= lo and a0 - k < 6:
                    k -= 1
                prev = analyse_phrase(doc, k, a0 - 2) if toks[k].start >= lo else None
                if prev is None or prev.kind not in {"org", "country"}:
                    break
                a0, listed = k, prev
            if (
                listed is not None
                and depth < 2
                and a0 >= 2
                and toks[a0 - 1].start >= lo
                and toks[a0 - 1].lower in GROUP_COMPLEMENT_PREPOSITIONS
            ):
                # "The ministers of France, Germany and Britain said": the group
                listed = _group_with_complement(doc, a0 - 1, end, lo) or listed
            if listed is not None:
                return listed
            for x in range(j + 1, end):
                if src.kind == "org" and toks[x].start >= src.start:
                    break  # the organisation's own name
                if toks[x].lower in {"and", ","} and x > j + 1:
                    first_org = analyse_phrase(doc, j + 1, x - 1)
                    rest = analyse_phrase(doc, x + 1, end)
                    if (
                        first_org is not None
                        and first_org.kind in {"org", "country"}
                        and (
                            first_org.kind == "country"
                            or not toks[x - 1].lower.endswith(ADJ_ENDINGS)
                        )
                        and rest is not None
                        and rest.kind in {"org", "country"}
                    ):
                        return first_org
                    break
    return src


def _peer_by_style(doc: Doc, src: Source) -> Source | None:
    """ "The Duke of Sussex said": a peer's style before "of" and a place is the person
    (speaker "Duke of Sussex", never "Sussex")."""
    toks = doc.tokens
    i = doc.tok_index_at_or_after(src.start)
    if i < 2 or toks[i - 1].lower != "of" or toks[i - 2].start < src.phrase_start:
        return None
    style = toks[i - 2]
    if not style.cap or style.lower not in lx.PEERAGE_STYLES or src.end != src.phrase_end:
        return None
    text = doc.text[style.start : src.end]
    gender = lx.PEERAGE_STYLES[style.lower]
    return Source("name", style.start, src.end, text, src.phrase_start, src.end, gender=gender)


def _office_of(doc: Doc, k: int, end: int) -> bool:
    """``The mayor of Portland said``, ``the chief executive of Acme Corp said``, ``The
    daughter of Ann Park said``: "of" after a lower-case title or kinship noun names the
    office's place or body or the relative, never the speaker
    (not "Secretary of State John Kerry", nor "the secretary of state John Kerry": a
    title word in the complement makes it part of the title)."""
    toks = doc.tokens
    if toks[k].lower == "of" and not toks[k - 1].cap and toks[k - 1].lower in KINSHIP:
        return True  # a relative's complement is a person, titled or not ("The widow of Capt. X")
    if _the_office_of(doc, k, end):
        return True
    # (a modifier inside a body's name is no title: "of Redbud Federal Bank")
    body = toks[end].cap and toks[end].lower in lx.ORG_HEADS
    if not (
        toks[k].lower == "of"
        and (not toks[k - 1].cap or toks[k - 1].lower in TITLE_ACRONYMS)  # "The CEO of"
        and toks[k - 1].lower in lx.TITLE_HEADS
        and not any(
            toks[x].lower in TITLE_WORDS
            and not (body and toks[x].cap and toks[x].lower not in lx.TITLE_HEADS)
            for x in range(k + 1, end + 1)
        )
    ):
        return False
    # not "CEO of Acme Corp Dana Holt said": the person named after the organisation
    tail = analyse_phrase(doc, k + 1, end)
    return tail is None or tail.kind != "name" or tail.start == tail.phrase_start


def _the_office_of(doc: Doc, k: int, end: int) -> bool:
    """``The Director of Public Prosecutions said``, ``The Commissioner of Police said``: a
    capitalised title after "the", then "of" and a complement naming nobody, is an office
    speaking unnamed (not "the Secretary of State John Kerry")."""
    toks = doc.tokens
    d = k - 2  # "the" (past a capitalised modifier or two: "The Commonwealth Director")
    while d > 0 and k - d <= 3 and toks[d].cap and toks[d].lower not in lx.DETERMINERS:
        d -= 1
    return (
        k >= 2
        and d >= 0
        and toks[k].lower == "of"
        and toks[k - 1].cap
        and toks[k - 1].lower in lx.TITLE_HEADS
        and toks[d].lower == "the"
        and all(
            toks[x].cap
            and toks[x].lower not in lx.FIRST_NAMES
            and toks[x].lower not in lx.HONORIFICS
            for x in range(k + 1, end + 1)
        )
    )


PARTITIVES = lx.CARDINALS | {
    "some", "many", "most", "few", "several", "both", "all", "none", "neither", "either", "each",
    "handful", "dozens", "hundreds", "thousands", "majority", "minority",
}  # fmt: skip


def _partitive_before(doc: Doc, j: int, lo: int) -> bool:
    """Token j is the "of" of ``One of the lawyers`` / ``Several of the senators``."""
    toks = doc.tokens
    return (
        j >= 1
        and toks[j].lower == "of"
        and toks[j - 1].start >= lo
        and toks[j - 1].lower in PARTITIVES
    )


def inside_longer_phrase(doc: Doc, m: int, lo: int) -> bool:
    """The role read back to token m+1 is the tail of a complement: ``The widow of the
    slain officer, NAME,`` (an adjective at m after "of the": she is no officer; not
    "summoned his senior adviser, NAME,", "our potential senator, NAME")."""
    toks = doc.tokens
    if m < 2 or toks[m - 2].start < lo:
        return False
    t = toks[m]
    return (
        t.is_word
        and t.text.isalpha()
        and not t.cap
        and t.lower not in lx.FUNCTION_WORDS
        and toks[m - 1].lower in lx.DETERMINERS
        and toks[m - 2].lower == "of"
    )


def _apostrophe_possessive(toks, i: int) -> bool:
    """Token i is a plural-style possessive written with the apostrophe alone ("Texas'",
    "Jesus'"): the apostrophe right after it."""
    return (
        i + 1 < len(toks)
        and toks[i].lower.endswith("s")
        and toks[i + 1].text in {"'", "’"}
        and toks[i + 1].start == toks[i].end
    )


def _titled_complement(toks, a: int, b: int) -> bool:
    """Tokens a..b are a lower-case description whose complement names somebody ("a
    spokeswoman for Rep. Tom Hale", "an aide to Sen. X"), not a title and a name."""
    return (
        not toks[a].cap
        and toks[a].is_word
        and any(toks[x].lower in {"for", "to", "of", "with"} for x in range(a + 1, b))
    )


def _shared_surname_pair(doc: Doc, a: int, b: int) -> bool:
    """``Mark and Lisa Tran``: a lone first name, "and", then a full name (not a
    surname before a known first name: "Grassley and Patrick Leahy")."""
    toks = doc.tokens
    return (
        b - a >= 3
        and toks[a + 1].lower == "and"
        and is_name_token(toks[a])
        and all(is_name_token(toks[x]) for x in range(a + 2, b + 1))
        and (toks[a].lower in lx.FIRST_NAMES or toks[a + 2].lower not in lx.FIRST_NAMES)
    )


def _person_of_org(doc: Doc, a: int, src: Source) -> Source:
    """``Kevin Cassidy of Rosenblatt Securities``, ``Ann Ray at Acme Corp``: the person
    named before the preposition speaks; the organisation is kept."""
    toks = doc.tokens
    p = doc.tok_index_at_or_after(src.start) - 1
    if p > a and toks[p].lower == "the":
        p -= 1
    if p - 1 < a or toks[p].lower not in {"of", "at", "from", "with"} or not toks[p - 1].cap:
        return src
    head = analyse_phrase(doc, a, p - 1)
    if head is None or head.kind != "name":
        return src
    if src.kind == "name":
        # "Jane Doe of Springfield said": a hometown after a full name
        if toks[p].lower not in {"of", "from"} or " " not in head.text:
            return src
        return head
    head.organization = src.organization or src.text
    return head


def _person_from_place(doc: Doc, j: int, lo: int) -> Source | None:
    """``Tom Hale from Bristol said`` / ``A reader, Tom Hale from Bristol, who …,
    said``: a person named in full before "from" and a place speaks (the walk back to
    the subject stops at "from"; "of" is read inside the phrase: _person_of_org)."""
    toks = doc.tokens
    if toks[j].lower != "from" or toks[j].start < lo or not toks[j - 1].cap:
        return None
    a = j - 1
    while a - 1 >= 0 and j - a < 4 and toks[a - 1].start >= lo and is_name_token(toks[a - 1]):
        a -= 1
    head = analyse_phrase(doc, a, j - 1)
    if head is None or head.kind != "name" or " " not in head.text:
        return None
    return head


def _person_of_described_body(doc: Doc, src: Source, lo: int) -> Source | None:
    """``Ana Lima of the think tank Chatham House said``, ``Carlos Melo of Insper business
    school said``: a body described by lower-case words before or after its name, after a
    person and of / at / from / with, is that person's workplace, not the speaker."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.phrase_start)
    e = doc.tok_index_before(src.phrase_end)
    if src.kind == "org":
        # the description before the name: "(the) think tank", "consultancy"
        a = doc.tok_index_at_or_after(src.start)
        p = a - 1
        while p > a - 4 and p > 0 and toks[p].is_word and not toks[p].cap:
            if toks[p].lower in lx.FUNCTION_WORDS:
                break
            p -= 1
        if p == a - 1 or toks[a - 1].lower not in DESCRIBED_ORG_NOUNS:
            return None
        q = p
        while q > p - 2 and q > 1 and toks[q].cap and toks[q].is_word:
            q -= 1  # "of the Seattle firm X", "of the New York firm X": its city first
        if q < p and toks[q].lower == "the":
            p = q  # (round 25, probe r25f)
        if toks[p].lower == "the":
            p -= 1
        body = src.organization or src.text
    else:
        # the description after the name: "Insper business school"
        if not (toks[e].lower in DESCRIBED_ORG_NOUNS and not toks[e].cap):
            return None
        x = e
        while x > a and e - x < 3 and toks[x].is_word and not toks[x].cap:
            x -= 1
        y = x
        while y > a and toks[y].cap and toks[y].lower not in lx.FUNCTION_WORDS:
            y -= 1
        if y == x or y <= a:
            return None
        p = y
        body = doc.text[toks[y + 1].start : toks[x].end]
    if p < 1 or toks[p].start < lo or toks[p].lower not in {"of", "at", "from", "with"}:
        return None
    if not toks[p - 1].cap:
        return None
    head = subject_before(doc, p, lo, 2)
    if head is None or head.kind != "name" or head.loose or " " not in head.text:
        return None
    head.organization = lx.SUPRANATIONAL.get(body, body)
    return head


# a campaign named by its call ("Protect Our Winters", "Save Our Lakes", "Keep The Coast
# Clear"): a capitalised verb and determiner opening a body's name (round 32)
CAMPAIGN_NAME_VERBS = {"Save", "Protect", "Stop", "Keep", "Defend", "Rescue", "Reclaim", "Restore"}
# common nouns for an organisation: "The charity, Hope Street Kitchens, said"
ORG_NOUNS = {
    "company", "firm", "group", "charity", "nonprofit", "organization", "organisation",
    "agency", "union", "club", "automaker", "carmaker", "chipmaker", "drugmaker", "retailer",
    "airline", "insurer", "lender", "manufacturer", "startup", "bank", "network", "newspaper",
    "magazine", "website", "outlet", "coalition", "association", "foundation", "institute",
    "hospital", "university", "broadcaster", "publisher", "team", "league", "federation",
    "label", "studio", "school", "college", "utility", "committee", "movement",
    "body",  # "the governing body said", "The body said" (round 25)
}  # fmt: skip
# what a body is to an event or a business, before the body's name ("The tournament's
# organisers, the Harlow Chess Club,", "Its sponsor, Acme Foods,")
BODY_ROLE_NOUNS = {
    "organisers", "organizers", "organiser", "organizer", "sponsor", "sponsors", "hosts",
    "promoters", "promoter", "operator", "operators", "owners", "regulator", "employer",
    "landlord", "supplier", "developer", "parent", "partners",
    # "The film's distributor, Kancil Screens, said" (round 29, heldout27)
    "distributor", "distributors", "importer", "exporter", "wholesaler", "manufacturer",
    "insurer", "lender",
}  # fmt: skip
# the last word of a body's description in an aside before its name ("Its largest
# shareholder, the state-owned investor Merlion Partners,"; the name must be a body's)
ASIDE_ORG_NOUNS = ORG_NOUNS | {"investor", "lender", "insurer", "bank", "fund"}
# kinds of body a description can end in before the body's name ("the Lyon sports daily
# Le Matin", "the ad-tracking firm AdWatch", "the broker Finch Lane")
DESCRIBED_ORG_NOUNS = ORG_NOUNS | {
    "daily", "weekly", "tabloid", "paper", "broker", "brokerage", "consultancy", "side",
    "watchdog", "regulator", "tank", "think-tank",
    # ("body", in ORG_NOUNS: "the trade body UKBrew", "the industry body Bryggeriforeningen")
    "operator",  # "X, a German coach operator": of a body only (a person's is no body)
    "band", "orchestra", "choir",  # "X of the band Copper Line said": the musician's group
}  # fmt: skip


# heads of a first conjunct that speaks for a coordinated subject ("the company and …")
CONJUNCT_HEADS = DESCRIBED_ORG_NOUNS | lx.TITLE_HEADS | {"ministry", "department", "commission"}
# nouns a superlative can rank in a speaker's phrase ("the nation's largest union")
NOUNS_RANKED = ORG_NOUNS | lx.INDUSTRY_NOUNS | lx.GROUP_NOUNS | lx.TITLE_HEADS
# words after which a name can open the subject of a verb of saying
SUBJECT_INTRO = {
    "that", "who", "which", "whom", "whose", "and", "or", "but", "when", "while", "because",
    "as", "if", "where", "after", "before", "since", "so", "then", "though", "although",
    "until", "once", "whether", "also", "now", "later", "earlier", "instead", "meanwhile",
}  # fmt: skip
# "people close to NAME said", "a source familiar with NAME said"
CLOSE_TO = {"close", "familiar", "allied", "loyal", "linked", "connected", "near", "opposed"}


RELATIVE_VERB_LINKS = {"to", "and", "or", "has", "have", "had", "also", "not", "then"}


# words before a name inside an appositive that make it a complement ("a friend of Tom
# Hale", "an aide to Sen. Ross"), not a head noun ("a former Marine")
APPOSITIVE_NAME_LINKS = {"of", "for", "to", "with", "and", "by", "from"}


APPOSITIVE_PLACE_PREPS = {"from", "of", "in", "near", "outside"}


def _the_title_of(toks, x: int) -> bool:
    """ "the owner of …", "the founder of …": "the", one or two words, then "of"."""
    return (
        x + 3 < len(toks)
        and toks[x].lower == "the"
        and not toks[x + 1].cap
        and (
            toks[x + 2].lower == "of"
            or (toks[x + 3].lower == "of" and not toks[x + 2].cap and toks[x + 2].is_word)
        )
    )


def _person_before_title_of(doc: Doc, comma: int, lo: int, depth: int) -> Source | None:
    """ "Dale Orchard, the owner of a bakery, who said": the appositive "the <title> of
    …" closed by the comma at ``comma`` describes the named person before it."""
    toks = doc.tokens
    c = comma - 1
    while c > 0 and comma - c < 12 and toks[c].start >= lo and toks[c].text != ",":
        c -= 1
    if c < 1 or toks[c].text != "," or toks[c].start < lo:
        return None
    if not _the_title_of(toks, c + 1) and not _indefinite_title_at(toks, c + 1, comma):
        return None
    head = subject_before(doc, c, lo, depth + 1)
    return head if head is not None and head.kind == "name" else None


def _indefinite_title_at(toks, a: int, comma: int) -> bool:
    """ "a former accounts clerk at the corporation" from a to the comma: "a" / "an", then a
    title word before any preposition (round 32: a workplace the phrase reader leaves
    unread, "the corporation", still leaves the person before it the relative's subject)."""
    if toks[a].lower not in {"a", "an"}:
        return False
    for x in range(a + 1, comma):
        if toks[x].lower in TITLE_WORDS and toks[x].is_word and not toks[x].cap:
            return True
        if toks[x].lower in APPOSITIVE_PLACE_PREPS or toks[x].lower in {"at", "for", "with"}:
            return False
        if not toks[x].is_word:
            return False
    return False


def _appositive_owner(doc: Doc, src: Source, lo: int, depth: int) -> Source | None:
    """ "Tom Ilunga, 47, a fisherman from (the village of) Kasenga, who said …": the
    phrase before ", who" is an appositive "a/an …" of a named person (``src`` its
    indefinite head or the place closing it); the person is the relative's subject."""
    toks = doc.tokens
    p = doc.tok_index_at_or_after(src.phrase_start) - 1
    if src.kind in {"name", "country"} and p > 2 and toks[p].text == "," and toks[p].start >= lo:
        # "a bus driver from Tampa, Florida, who said", "a grower from Latina, Italy, who
        # said": the state or country after the town
        x = p - 1
        while x > 0 and p - x <= 3 and toks[x].cap and toks[x].is_word:
            x -= 1
        if x < p - 1 and toks[x].lower in APPOSITIVE_PLACE_PREPS:
            p = x
        elif src.kind == "country":
            return None
    if src.kind in {"name", "country"}:
        if p < 1 or toks[p].lower not in APPOSITIVE_PLACE_PREPS:
            return None
        c = p - 1
        while c > 0 and p - c < 12 and toks[c].start >= lo and toks[c].text != ",":
            c -= 1
    else:
        c = p
    if c < 1 or toks[c].text != "," or toks[c].start < lo:
        return None
    if toks[c + 1].lower not in {"a", "an"} and not _the_title_of(toks, c + 1):
        return None
    if c > 2 and toks[c - 1].text.isdigit() and toks[c - 2].text == ",":
        c -= 2  # "Tom Ilunga, 47, a fisherman": past the age
    head = subject_before(doc, c, lo, depth + 1) if depth < 2 else None
    return head if head is not None and head.kind == "name" else None


def _appositive_org_before(doc: Doc, comma: int, lo: int, depth: int) -> Source | None:
    """ "Euroclear, a securities depository in Brussels, which …": the comma at ``comma``
    closes an appositive ", a/an …" (no comma inside) on an organisation's name; that
    organisation is the antecedent of "which" (not the place ending the appositive)."""
    toks = doc.tokens
    c = comma - 1
    while c > 0 and comma - c <= 10 and toks[c].start >= lo and toks[c].text != ",":
        if not (toks[c].is_word or toks[c].text in {"-", "'", "’", "."}):
            return None
        c -= 1
    if c < 1 or toks[c].text != "," or toks[c].start < lo or toks[c + 1].lower not in {"a", "an"}:
        return None
    src = subject_before(doc, c, lo, depth + 1)
    if src is None or src.kind not in {"org", "name", "group"} or not src.text[:1].isupper():
        return None
    if src.kind != "org":
        # "which", not "who": a capitalised name described as "a bank", "a depository" is
        # a body's ("Norbank, a private bank in Geneva, which …")
        return Source(
            "org", src.start, src.end, src.text, src.phrase_start, src.phrase_end,
            organization=src.text,
        )  # fmt: skip
    return src


def _appositive_relative_antecedent(doc: Doc, w: int, lo: int, depth: int) -> Source | None:
    """ "Jordan Pratt, a lawyer who has accused her of …": "who" (token w) closes an
    appositive ", a/an …" of a named person; that person is the relative clause's
    subject (not "who", a bare pronoun with no name)."""
    toks = doc.tokens
    c = w - 1
    while c > 0 and w - c <= 10 and toks[c].start >= lo and toks[c].is_word:
        c -= 1
    if (
        c < 1
        or c > w - 3
        or toks[c].text != ","
        or toks[c].start < lo
        or toks[c + 1].lower not in {"a", "an"}
    ):
        return None
    if any(toks[x].cap and toks[x - 1].lower in APPOSITIVE_NAME_LINKS for x in range(c + 2, w)):
        return None  # "a friend of Tom Hale who …": the nearer name may be meant
    if c > 2 and toks[c - 1].text.isdigit() and toks[c - 2].text == "," and toks[c - 2].start >= lo:
        c -= 2  # "Maria Lopes, 52, a nurse who …": past the age
    src = subject_before(doc, c, lo, depth + 1)
    return src if src is not None and src.kind == "name" else None


# participles opening an aside about someone else ("Lopez, asked about her quarterback,
# Ben Ortiz, said"): the name after it is the object's, the subject comes before
ASIDE_PARTICIPLES = {"asked", "pressed", "questioned", "speaking", "talking", "referring"}


def _subject_before_asked(doc: Doc, k: int, lo: int, depth: int) -> Source | None:
    """The comma at k closes an aside opened by an ASIDE_PARTICIPLES word after another
    comma ("Lopez, asked about her quarterback,"): the subject before that aside."""
    toks = doc.tokens
    x = k - 1
    while x > 0 and k - x < 10 and toks[x].start >= lo and toks[x].text != ",":
        x -= 1
    if depth >= 2 or x <= 0 or toks[x].text != "," or toks[x].start < lo:
        return None
    if toks[x + 1].lower not in ASIDE_PARTICIPLES:
        return None
    head = subject_before(doc, x, lo, depth + 1)
    return head if head is not None and head.kind in {"name", "group"} else None


def _title_before_place(doc: Doc, end: int, lo: int) -> Source | None:
    """ "Its chief investigator in the region(, a former detective,) told": an unnamed
    office holder before a short place phrase (a title ends the head)."""
    head = _head_before_place(doc, end, lo)
    words = head.text.lower().split() if head is not None else [""]
    definite = words[0] in {"the", "its", "their"} or words[0].endswith(("'s", "’s"))
    return head if definite and words[-1] in lx.TITLE_HEADS else None


def _head_before_place(doc: Doc, end: int, lo: int) -> Source | None:
    """ "A Border Patrol agent in the area, who spoke on condition of anonymity, said":
    the unnamed person or group before a short place phrase ending at token end."""
    toks = doc.tokens
    p = end - 1
    while p > 0 and end - p < 5 and toks[p].start >= lo and toks[p].is_word:
        if toks[p].lower in PLACE_PREPOSITIONS:
            if toks[p - 1].cap or not toks[p - 1].is_word:
                return None
            head = subject_before(doc, p, lo, 2)
            return head if head is not None and head.kind == "group" else None
        p -= 1
    return None


def _relative_clause_head(doc: Doc, ci: int, lo: int) -> Source | None:
    """``A police officer who investigated the shooting said``: the object of the
    relative clause is no subject; the noun before "who" speaks."""
    toks = doc.tokens
    reach = RELATIVE_REACH if toks[ci].lower in RELATIVE_REACH_CUES else 11
    k = _relative_word_before(doc, ci, lo, {"who"}, reach)
    if k is None or ci - k < 3 or toks[ci - 1].lower in RELATIVE_VERB_LINKS:
        # "someone who mocked", "who had to reject", "who lacks X and has attacked":
        # the cue is the relative clause's own verb
        return None
    return _relative_head(doc, k, lo)


# how far back "who" may open the relative clause on the subject of a plain verb of
# saying: "A player who took part in the event and asked not to be named said", "Two aides
# who asked not to be named because the caucus had not met said" (14 words; 11 before
# round 27, heldout24, and still for other cues: "Republicans who control the Senate
# remain … apart on a spending plan" is no cue)
RELATIVE_REACH = 14
RELATIVE_REACH_CUES = {"said", "says", "told", "tells", "added", "wrote"}


def _relative_word_before(
    doc: Doc, end: int, lo: int, words: set[str], reach: int = 11
) -> int | None:
    """Index of a relative word among the ``reach`` tokens before ``end``, in the same
    clause."""
    lowers = doc.lowers  # (a punctuation mark's lower-case form is its text)
    first = max(1, end - reach, doc.tok_index_at_or_after(lo))  # (none before lo, nor token 0)
    if words.isdisjoint(lowers[first:end]):
        return None  # (most subjects: no relative word in reach, a C-level test)
    for k in range(end - 1, first - 1, -1):
        low = lowers[k]
        if low in BREAK_PUNCT or low == ",":
            return None
        if low in words:
            return k
    return None


def _relative_head(doc: Doc, k: int, lo: int) -> Source | None:
    """The named or group noun phrase a relative word at k belongs to."""
    outer = _of_complement_head(doc, k, lo)
    if outer is not None:
        return outer
    head = subject_before(doc, k, lo, 2)
    if head is not None and head.kind in {"group", "name"} and not head.loose:
        return head
    return None


def _of_complement_head(doc: Doc, k: int, lo: int) -> Source | None:
    """ "Survivors of a ferry that capsized …", "Relatives of the miners who died …": the
    relative word at k follows the complement of a group noun; the group and its
    complement are the source (not the ferry, nor a place inside the clause)."""
    toks = doc.tokens
    j = k - 1
    while j > k - 5 and toks[j].start >= lo and toks[j].is_word and toks[j].lower != "of":
        j -= 1
    if j <= 0 or j == k - 1 or toks[j].lower != "of" or toks[j].start < lo:
        return None
    group = subject_before(doc, j, lo, 2)
    if group is None or group.kind != "group" or group.loose:
        return None
    e = toks[k - 1].end
    return Source(
        "group", group.start, e, doc.text[group.start : e], group.phrase_start, e,
        country=group.country, organization=group.organization,
    )  # fmt: skip


def _name_of_unit_at_place(doc: Doc, p: int, lo: int) -> Source | None:
    """ "Corporal X of the RCMP's detachment in Hope said", "Sgt. X of the county
    sheriff's office in Troy said": a named person, "of" and the body or its local unit
    (an article, words and a possessive, no verb), then the town at token p + 1: the
    person speaks, not the town (round 25)."""
    toks = doc.tokens
    x = p - 1
    while x > 1 and p - x <= 8 and toks[x].start >= lo:
        t = toks[x]
        if t.lower == "of":
            if x == p - 1 or toks[x + 1].lower != "the" or not toks[x - 1].cap:
                return None
            head = subject_before(doc, x, lo, 2)
            return head if head is not None and head.kind == "name" else None
        if not (t.is_word or t.text in {"'s", "’s"}) or t.lower in lx.SPEECH_FORMS:
            return None
        x -= 1
    return None


# nouns of findings heading a sentence ("Tests at the clinic in Troy found"); not
# reported.EVIDENCE_NOUNS, the plural sources that "show"
FINDING_NOUNS = {
    "tests", "testing", "analysis", "analyses", "work", "research", "data", "results",
    "findings", "samples", "sequencing", "records", "figures", "studies", "surveys",
    "modelling", "modeling", "experiments", "measurements", "monitoring", "scans",
}  # fmt: skip


def _thing_at_place(doc: Doc, src: Source, p: int, lo: int) -> bool:
    """ "Laboratory work at the National Microbiology Laboratory in Winnipeg showed", "Tests
    at a clinic in Troy found": a sentence's subject headed by a lower-case noun that is no
    person or group (a finding, a piece of work), then "at / of / by / from" and a place of
    work, then the town at token p + 1: the town is no subject (round 29)."""
    toks = doc.tokens
    x = p - 1
    prep = None
    while x >= 0 and p - x <= 10 and toks[x].start >= lo:
        t = toks[x]
        if not (t.is_word or t.text in {"'s", "’s"}) or t.lower in lx.SPEECH_FORMS:
            return False
        if t.lower in {"at", "of", "by", "from"}:
            prep = x
        x -= 1
    first = x + 1
    if prep is None or prep - first < 1 or prep - first > 2:
        return False
    head = toks[prep - 1]
    if (
        (head.cap and head.lower not in FINDING_NOUNS)
        or not head.is_word
        or head.lower in lx.TITLE_HEADS
        or head.lower in lx.GROUP_NOUNS
        or (first > 0 and toks[first - 1].is_word)
    ):
        return False
    return first == prep - 1 or toks[first].lower in lx.DETERMINERS or toks[first].cap


def _group_at_place(doc: Doc, src: Source, p: int, lo: int) -> Source | None:
    """ "Students at the college's campus in Fairborn said", "Workers at the plant near
    Troy said": a group noun opening the sentence or clause, a place of work or study
    (lower-case words after "at" / "of" / "on"), then the town at token p + 1: the group
    speaks, not the town."""
    toks = doc.tokens
    x = p - 1
    named = False  # a named workplace ("The laboratory director at Lakeview Clinic in Troy")
    while x > 0 and p - x <= 8 and toks[x].start >= lo:
        t = toks[x]
        if not (t.is_word or t.text in {"'s", "’s"}):
            return None
        if t.cap:
            named = True
            x -= 1
            continue
        if named and t.lower != "at":
            return None  # (only a workplace after "at" is named: round 24)
        if t.lower in {"at", "of", "on", "from"} and x + 1 < p:
            g = x - 1
            # (a title with an article: "The laboratory director at Lakeview Clinic in
            # Troy" is one unnamed person, as "the nurses at …" is a group; round 24)
            titled = (
                toks[g].lower in lx.TITLE_HEADS
                and not toks[g].cap
                and any(toks[y].lower in {"the", "a", "an"} for y in range(max(0, g - 3), g))
            )
            if toks[g].start < lo or (toks[g].lower not in lx.GROUP_NOUNS and not titled):
                return None
            a = g
            while (
                a > 0
                and toks[a - 1].start >= lo
                and toks[a - 1].is_word
                and (
                    toks[a - 1].lower in lx.DETERMINERS
                    or toks[a - 1].lower in GROUP_OPENERS
                    # (the title's lower-case modifiers after its article)
                    or (titled and not toks[a - 1].cap and g - a < 3)
                )
            ):
                a -= 1
            if toks[g].cap and a == g and not (g == 0 or not toks[g - 1].is_word):
                return None  # (a capitalised group noun opens its sentence)
            if a > 0 and toks[a - 1].start >= lo and toks[a - 1].is_word:
                return None  # (the group is no subject of its own: "met students at …")
            return _group(doc, a, doc.tok_index_at_or_after(src.phrase_end) - 1)
        x -= 1
    return None


def _head_of_modified_subject(doc: Doc, src: Source, lo: int) -> Source | None:
    """``A police officer who investigated Lindqvist said`` / ``people close to Lee
    said``: the name is inside a modifier of the subject; the head noun speaks."""
    toks = doc.tokens
    p = doc.tok_index_at_or_after(src.phrase_start) - 1
    if p < 1 or toks[p].start < lo or not toks[p].is_word or toks[p].cap:
        return None
    reduced = _reduced_relative_head(doc, p, lo) or _accused_head(doc, p, lo)
    if reduced is not None and reduced.kind == "name":
        return reduced  # "Tom Reed, accused of killing two men, told …"
    if reduced is None and p > 1 and toks[p - 1].start >= lo and not toks[p - 1].cap:
        # "The union representing warehouse workers said": a noun modifies the object
        reduced = _reduced_relative_head(doc, p - 1, lo)
    if reduced is not None:
        text = doc.text[reduced.start : src.phrase_end]
        return Source(
            "group", reduced.start, src.phrase_end, text, reduced.phrase_start, src.phrase_end,
            country=reduced.country, organization=reduced.organization,
        )  # fmt: skip
    if toks[p].lower in {"in", "near"}:
        grp = _group_at_place(doc, src, p, lo)
        if grp is not None:
            return grp  # "Students at the college's campus in Fairborn said": the students
        named = _name_of_unit_at_place(doc, p, lo)
        if named is not None:
            return named  # "Cpl. X of the RCMP's detachment in Hope said": X, not the town
    if toks[p].lower in SUBJECT_INTRO or (
        toks[p].lower in lx.CUE_FORMS and toks[p - 1].lower not in {"who", "that"}
    ):
        return None
    if toks[p].lower in {"to", "with"} and toks[p - 1].lower in CLOSE_TO:
        head = subject_before(doc, p - 1, lo, 2)
        if head is not None and head.kind == "group" and not head.loose:
            # "Sources close to the player": the whole description is the source (its
            # organisation and country are the head's, not the complement's)
            text = doc.text[head.start : src.phrase_end]
            return Source(
                "group", head.start, src.phrase_end, text, head.phrase_start, src.phrase_end,
                country=head.country, organization=head.organization,
            )  # fmt: skip
        return None
    if toks[p].lower in {"in", "at"}:
        head = _with_phrase_head(doc, src, p, lo)
        if head is not None:
            return head
    if toks[p].lower == "to":
        author = _message_author(doc, p, lo)
        if author is not None:
            return author  # "A memo from chief executive Paul Orrin to employees said"
        message = _message_to(doc, p, lo)
        if message is not None:
            return _group(doc, message, doc.tok_index_at_or_after(src.phrase_end) - 1)
    k = _relative_word_before(doc, p, lo, {"who", "that", "which"})
    if k is None or toks[k - 1].start < lo or not toks[k - 1].is_word:
        return None
    return _relative_head(doc, k, lo)


def _with_phrase_head(doc: Doc, src: Source, p: int, lo: int) -> Source | None:
    """ "Governments with troops in the mission declined": a body after "with … in / at"
    is inside a group's modifier; the whole description is the source (as "sources
    close to the player")."""
    toks = doc.tokens
    w = p - 1
    while w > p - 4 and toks[w].start >= lo and toks[w].is_word and not toks[w].cap:
        if toks[w].lower == "with":
            break
        w -= 1
    if toks[w].lower != "with" or toks[w].start < lo:
        return None
    head = subject_before(doc, w, lo, 2)
    if head is None or head.kind != "group" or head.loose:
        return None
    text = doc.text[head.start : src.phrase_end]
    return Source(
        "group", head.start, src.phrase_end, text, head.phrase_start, src.phrase_end,
        country=head.country, organization=head.organization,
    )  # fmt: skip


def _aside_author(doc: Doc, src: Source) -> Source | None:
    """ "The memo, sent by co-founder Nadia Farouk, said": a message whose aside names
    the person who sent or wrote it speaks for that person (as "a memo from X")."""
    toks = doc.tokens
    if src.appositive is None:
        return None
    b = doc.tok_index_before(src.phrase_end)
    a = doc.tok_index_at_or_after(src.appositive[0])
    e = doc.tok_index_before(src.appositive[1])
    if (
        toks[b].lower not in lx.MESSAGE_NOUNS
        or a + 2 > e
        or toks[a].lower not in lx.SEND_VERBS
        or not toks[a].lower.endswith(("ed", "sent", "written", "wrote"))
        or toks[a + 1].lower != "by"
    ):
        return None
    author = analyse_phrase(doc, a + 2, e)
    return author if author is not None and author.kind in {"name", "org"} else None


def _message_author(doc: Doc, p: int, lo: int) -> Source | None:
    """``A memo from chief executive Paul Orrin to employees said``: the named author
    between "from" and the addressee's "to" at p speaks (as ``a memo from X said``)."""
    toks = doc.tokens
    for f in range(p - 2, max(p - 8, 0), -1):
        if toks[f].start < lo:
            return None
        if toks[f].lower == "from" or (
            # "A memo sent by X to staff said"
            toks[f].lower == "by" and toks[f - 1].lower in lx.SEND_VERBS and f > 1
        ):
            noun = f - 1 if toks[f].lower == "from" else f - 2
            if toks[noun].lower not in lx.MESSAGE_NOUNS:
                return None
            return analyse_phrase(doc, f + 1, p - 1)
        if not np_token_ok(doc, f):
            return None  # (only the author's noun phrase between "from" and "to")
    return None


def _possessor_token(t: Token) -> bool:
    """A word of a capitalised possessor's name, or the period of its title ("Sen.")."""
    return t.cap or t.text == "."


def _message_to(doc: Doc, p: int, lo: int) -> int | None:
    """``A memo (sent) to employees said``: the determiner opening the message whose
    addressee follows "to" at p (the message speaks, not the addressee); None if none."""
    toks = doc.tokens
    m = p - 1
    if m > 0 and toks[m].lower in lx.SEND_VERBS and toks[m].lower.endswith(("ed", "sent")):
        m -= 1  # "a letter sent to parents"
    if m < 1 or toks[m].lower not in lx.MESSAGE_NOUNS:
        return None
    for a in range(m - 1, max(m - 4, -1), -1):
        if toks[a].start < lo or not toks[a].is_word:
            return None
        if toks[a].lower in lx.DETERMINERS:
            return a
        if toks[a].lower.endswith(("'s", "’s")):
            # "Sen. Ann Vole's letter to the agency": from the possessor's first word
            while a > 0 and toks[a - 1].start >= lo and _possessor_token(toks[a - 1]):
                a -= 1
            return a
    return None


# words from a subject's participle to the phrase's end: five, and up to eleven for an
# -ing participle and a phrase of where ("Truck drivers waiting in a queue of several
# kilometres on the bridge said"; round 25)
SHORT_RELATIVE_REACH = 5
REDUCED_RELATIVE_REACH = 11
WHERE_PREPS = {
    "in", "on", "at", "outside", "inside", "near", "along", "behind", "around", "by",
    "beside", "across",
}  # fmt: skip


def _reduced_relative_before(doc: Doc, end: int, lo: int) -> Source | None:
    """``Scientists studying the virus said``: the subject's participle and its object end
    at token end; the whole phrase is the unnamed source (its head the group)."""
    toks = doc.tokens
    for x in range(end - 1, max(end - REDUCED_RELATIVE_REACH - 1, 0), -1):
        t = toks[x]
        if t.start < lo or not t.is_word:
            return None
        low = t.lower
        # "Farmers affected by the drought said", "Residents worried about flooding said"
        # (_participle_with_complement inline: this loop runs up to REDUCED_RELATIVE_REACH
        # words back from every cue)
        passive = (
            x + 1 < end and low.endswith("ed") and toks[x + 1].lower in lx.PARTICIPLE_COMPLEMENTS
        )
        if end - x > SHORT_RELATIVE_REACH and (passive or toks[x + 1].lower not in WHERE_PREPS):
            continue  # (further, only "waiting in / on / outside …": where they are)
        if (low.endswith("ing") or passive) and not t.cap:
            if low in lx.CUE_FORMS and not passive:
                return None  # ("Critics arguing that A said": the participle reports)
            head = _reduced_relative_head(doc, x, lo)
            if head is None and not passive and _ing_noun(toks, x, end):
                continue  # "… on the ring road said": a noun in -ing, read on (round 25)
            if head is None:
                return None
            text = doc.text[head.start : toks[end].end]
            return Source(
                "group", head.start, toks[end].end, text, head.phrase_start, toks[end].end,
                country=head.country, organization=head.organization,
            )  # fmt: skip
    return None


def _ing_noun(toks, x: int, end: int) -> bool:
    """The -ing word at x is a noun: after a determiner ("the building") or before a
    lower-case content word up to token end ("ring road")."""
    if x > 0 and toks[x - 1].lower in lx.DETERMINERS:
        return True
    nxt = toks[x + 1] if x + 1 <= end else None
    return (
        nxt is not None
        and nxt.is_word
        and not nxt.cap
        and nxt.lower not in lx.FUNCTION_WORDS
        and not nxt.lower.endswith("ly")
    )


def _participle_with_complement(toks, p: int) -> bool:
    """ "displaced by", "worried about": an -ed participle and its preposition."""
    return (
        toks[p].lower.endswith("ed")
        and p + 1 < len(toks)
        and toks[p + 1].lower in lx.PARTICIPLE_COMPLEMENTS
    )


def _reduced_relative_head(doc: Doc, p: int, lo: int) -> Source | None:
    """``Doctors treating the patients said``: a participle at p right after an unnamed
    group noun that opens the clause; that group is the subject, not the participle's
    object."""
    toks = doc.tokens
    if p < 1 or not (toks[p].lower.endswith("ing") or _participle_with_complement(toks, p)):
        return None
    w = toks[p - 1]
    # "Astronomers using the telescope say": a plural of people by their work too
    people = w.lower.endswith(lx.AGENT_PLURAL_ENDINGS) or specialist_plural(w.lower)
    if (
        w.lower not in lx.GROUP_NOUNS
        and w.lower not in ORG_NOUNS  # "The union representing warehouse workers said"
        and not (people and (not w.cap or _sentence_initial(doc, p - 1)))
    ):
        return None
    head = subject_before(doc, p, lo, 2)
    if head is None or head.kind != "group" or head.loose:
        return None
    before = doc.tok_index_at_or_after(head.phrase_start) - 1
    if before >= 0 and toks[before].start >= lo and toks[before].is_word:
        return None  # "… and told doctors treating the patients": an object
    return head


ACCUSED_REACH = 10  # words between a passive participle and the cue


def _accused_head(doc: Doc, p: int, lo: int) -> Source | None:
    """``A man accused of killing two firefighters told …``: the group ending at p is
    inside a passive participle's complement; the noun before the participle speaks."""
    toks = doc.tokens
    for x in range(p, max(p - ACCUSED_REACH, 0), -1):
        if toks[x].start < lo or not toks[x].is_word:
            return None
        if toks[x].lower in lx.CUE_FORMS and not (
            x > 1 and lx.PASSIVE_PARTICIPLES.get(toks[x - 2].lower) == toks[x - 1].lower
        ):
            return None  # (not the charge: "convicted of lying to the FBI told …")
        if lx.PASSIVE_PARTICIPLES.get(toks[x - 1].lower) == toks[x].lower:
            head = subject_before(doc, x - 1, lo, 2)
            if head is None or head.kind not in {"group", "name"} or head.loose:
                return None
            return head
    return None


def _accused_subject(doc: Doc, ci: int, lo: int) -> Source | None:
    """``A mayor accused of taking cash from developers told …`` (no subject parsed
    before the cue at ci): the noun before the participle and its complement speak."""
    head = _accused_head(doc, ci - 1, lo)
    if head is None or head.kind == "name":
        return head
    end = doc.tokens[ci - 1].end
    text = doc.text[head.start : end]
    return Source(
        "group", head.start, end, text, head.phrase_start, end,
        country=head.country, organization=head.organization,
    )  # fmt: skip


def _place_name(toks: list[Token], a: int, b: int) -> bool:
    """Tokens a..b are capitalised words ending in a place noun ("Harbour Road")."""
    return (
        a < b
        and all(toks[x].cap and toks[x].is_word for x in range(a, b + 1))
        and toks[b].lower in PLACE_NOUNS
    )


# members of parties, capitalised anywhere ("Democrats in Congress", "Tories on the
# back benches")
PARTY_MEMBERS = {
    "democrats", "republicans", "conservatives", "liberals", "tories", "socialists",
    "greens", "labourites", "independents",
}  # fmt: skip


# people who serve someone, named by "to": "an aide to Sen. X", "a senior adviser to X"
SERVING_NOUNS = {
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "assistant",
    "assistants", "counselor", "counselors", "counsellor", "counsellors", "consultant",
    "consultants", "secretary", "successor", "heir", "lawyer", "lawyers", "spokesman",
    "spokeswoman", "spokesperson",
}  # fmt: skip


def _people_plural(t) -> bool:
    """ "senators", "officials", "Democrats": a plural noun of people."""
    low = t.lower
    return (
        t.is_word
        and low.endswith("s")
        and (low in lx.GROUP_NOUNS or low[:-1] in lx.TITLE_HEADS or low in PARTY_MEMBERS)
    )


def _group_with_complement(doc: Doc, j: int, end: int, lo: int) -> Source | None:
    """``A spokeswoman for the company``, ``Critics of the government``, ``Officials with
    the Attorney General's Office``, ``a spokesman for Mayor Ann Reed``: an unnamed
    source whose noun is followed by of / for / with; the complement names its
    organisation or country, never the speaker."""
    toks = doc.tokens
    if toks[j].lower != "of":
        outer = _outer_people_of(doc, j, lo)
        if outer is not None:
            # "Relatives of the victims in Cebu", "Friends of Lowe from Preston North End":
            # the place or body after the complement is the group's, not the speaker
            grp = _group_with_complement(doc, outer, end, lo)
            if grp is not None:
                return grp
    w = toks[j - 1]
    titles = w.lower.endswith("s") and w.lower[:-1] in lx.TITLE_HEADS  # "Leaders of …"
    leaning = w.lower in LEANING_PLURALS  # "Hard-line conservatives in the House"
    if not w.cap and not (w.lower in lx.GROUP_NOUNS or titles or leaning):
        # "Critics of the deal in Congress": the second complement of a group's first
        for x in range(j - 2, max(j - 6, 0), -1):
            if toks[x].start < lo or not toks[x].is_word or toks[x].cap:
                break
            if toks[x].lower in {"of", "for", "about", "against"}:
                if toks[x - 1].start >= lo and _people_noun(toks[x - 1].lower):
                    return _group_with_complement(doc, x, end, lo)
                break
    if not w.is_word or not (
        w.lower in lx.GROUP_NOUNS
        or w.lower in lx.TITLE_HEADS
        or titles
        or w.lower in KINSHIP
        or leaning
    ):
        return None  # (a relative too: "The daughter of Ann Park")
    if (
        w.cap
        and w.lower not in TITLE_ACRONYMS
        and w.lower not in PARTY_MEMBERS  # "nervous Democrats on Capitol Hill, who …"
        and not _the_office_of(doc, j, end)
        and not (
            # "Police in Minneapolis said", "Fishermen in Tromvik said" (a plural in -men)
            (w.lower.endswith(("s", "men")) or w.lower in COMMON_SOURCES)
            and (w.lower in lx.GROUP_NOUNS or titles or w.lower in KINSHIP or leaning)
            and _sentence_initial(doc, j - 1)
        )
    ):
        return None  # "Secretary of State John Kerry", "Friends of the Earth"
    head = subject_before(doc, j, lo, 2)
    if head is None or head.kind != "group" or head.loose:
        return None
    a = doc.tok_index_at_or_after(head.phrase_start)
    whole = doc.text[toks[a + 1 if toks[a].lower == "the" else a].start : toks[end].end]
    if whole in lx.KNOWN_ORGS:
        return None  # "Friends of the Earth"
    prev = toks[a - 1] if a > 0 and toks[a - 1].start >= lo else None
    if prev is not None and prev.is_word and prev.lower not in SUBJECT_INTRO:
        return None  # "In a meeting with the editorial board of the Post Trump said"
    grp = _group(doc, a, end)
    tail = analyse_phrase(doc, j + 1, end)
    if tail is not None and tail.kind in {"group", "name"}:
        tail = _described_group_body(doc, tail) or tail  # "of the taxi company Zoomly"
    if tail is not None and tail.kind == "org" and grp.organization is None:
        org = tail.organization or tail.text
        grp.organization = lx.SUPRANATIONAL.get(org, org)
    elif tail is not None and tail.kind == "country" and grp.country is None:
        grp.country = tail.country
    elif (
        tail is not None
        and tail.kind == "name"
        and grp.organization is None
        and toks[j].lower in MEMBERS_PREPOSITIONS
        and w.lower not in PLACE_GROUP_NOUNS
        and doc.text.startswith(", which ", tail.end)
        and " " in tail.text
    ):
        # "Campaigners from Save Elm Park, which collected …": a name followed by ", which"
        # is a body (never a person), the group's organisation
        grp.organization = tail.text
    return grp


def _outer_people_of(doc: Doc, j: int, lo: int) -> int | None:
    """The "of" of a plural noun of people before the complement that ends before the
    preposition at j ("Relatives of the victims | in Cebu", "Friends of Lowe | from X"),
    at most five words back; not inside a known body's name ("Friends of the Earth")."""
    toks = doc.tokens
    for x in range(j - 2, max(j - 8, 0), -1):
        t = toks[x]
        if t.start < lo or not t.is_word or t.lower in lx.CUE_FORMS:
            return None
        if t.lower == "of":
            h = toks[x - 1]
            if (
                h.start < lo
                or not h.lower.endswith("s")
                # relatives, friends, survivors (not "Allies of X in Georgia": unchanged)
                or not (h.lower in MEMBER_NAME_HEADS or h.lower in KINSHIP)
                or (h.cap and not _sentence_initial(doc, x - 1))
                or doc.text[h.start : toks[j - 1].end] in lx.KNOWN_ORGS
            ):
                return None
            return x
    return None


# prepositions joining a group to the body its members come from ("Campaigners from X",
# "Volunteers with X"), and group nouns that name people by where they live, whose "from
# X, which …" is a place
MEMBERS_PREPOSITIONS = {"from", "with", "at"}
PLACE_GROUP_NOUNS = {
    "residents", "people", "villagers", "locals", "citizens", "voters", "families",
    "neighbours", "neighbors", "tourists", "visitors", "refugees", "migrants", "farmers",
}  # fmt: skip


# plural nouns of people by their field: "archaeologists", "geologists", "pediatricians"
SPECIALIST_ENDINGS = ("ists", "ians")
SPECIALIST_MIN_LEN = 7  # (not "lists", "wrists", "exists")


def specialist_plural(low: str) -> bool:
    """``archaeologists say``: a plural of people named by their field or trade, an
    unnamed group like the lexicon's ``scientists`` (GROUP_NOUNS cannot list them all)."""
    return (
        low.endswith(SPECIALIST_ENDINGS)
        and not low.endswith("sists")  # "insists", "persists": verbs
        and len(low) >= SPECIALIST_MIN_LEN
        and low.isalpha()
    )


# words opening a group phrase before its modifier ("top black lawmakers", "several
# young voters", "two local officials")
GROUP_OPENERS = lx.CARDINALS | {"top", "senior", "several", "many", "some", "most", "few"}


def _noun_modifier(doc: Doc, j: int, lo: int) -> bool:
    """``utility`` in ``…, utility officials said``: a lower-case noun before a plural
    group noun, right after a comma or at the start of the sentence (after a number,
    quantifier or ``top`` / ``senior`` there)."""
    toks = doc.tokens
    t, head = toks[j], toks[j + 1]
    if not (t.is_word and t.text.isalpha() and not t.cap and t.start >= lo):
        return False
    if head.lower not in lx.GROUP_NOUNS:
        return False
    low = t.lower
    if low in lx.FUNCTION_WORDS or low in lx.CUE_FORMS or low.endswith(("ly", "ed", "ing")):
        return False
    if j > 0 and toks[j - 1].cap and toks[j - 1].is_word and toks[j - 1].start >= lo:
        return True  # "the FBI's Denver field office said": inside a named phrase
    if not head.lower.endswith("s"):
        return False
    if j > 0 and toks[j - 1].start >= lo and toks[j - 1].lower in GROUP_OPENERS:
        j -= 1  # "…, top black lawmakers said", "several young voters say"
    return j == 0 or toks[j - 1].text in {",", "“", '"'} or _sentence_initial(doc, j)


# words opening the nouns before a group or title noun ("One county elections director")
NOUN_MODIFIER_OPENERS = {"the", "a", "an", "one"}


def _determined_noun_modifiers(doc: Doc, j: int, end: int, lo: int) -> int:
    """``…, the weather service said`` / ``…, the state health department said``: one or
    two lower-case nouns between "the" and the group or title noun at end, right after a comma or
    at the start of the sentence. Returns the token before "the" (else j unchanged)."""
    toks = doc.tokens
    head = toks[end].lower
    if (head not in lx.GROUP_NOUNS and head not in lx.TITLE_HEADS) or toks[end].cap:
        return j  # (a title too: "The plant manager, a 30-year veteran, said")
    m = j
    while m >= 0 and end - m <= 5 and toks[m].start >= lo:
        t = toks[m]
        low = t.lower
        if low in NOUN_MODIFIER_OPENERS or (m < j and possessive_country(t.text)):
            break  # ("Peru's civil aviation authority": the country's possessive opens it)
        if np_token_ok(doc, m) and m < j:
            m -= 1  # "A U.N. human rights spokeswoman": a name before the nouns
            continue
        if (
            not (t.is_word and t.text.isalpha())
            or t.cap
            or low in lx.FUNCTION_WORDS
            or low in lx.CUE_FORMS
            or low.endswith(("ly", "ed", "ing"))
        ):
            return j
        m -= 1
    if m < 0 or m == j or toks[m].start < lo:
        return j
    if toks[m].lower not in NOUN_MODIFIER_OPENERS and not possessive_country(toks[m].text):
        return j
    # (a dash too: "COLUMBUS, Ohio — One county elections director …")
    if m == 0 or toks[m - 1].text in {",", "“", '"', "—", "–"} or _sentence_initial(doc, m):
        return m - 1
    return j


# what may follow an organisation noun that a name in apposition then names
ORG_NOUN_COMPLEMENTS = {
    "that", "which", "behind", "founded", "based", "in", "for", "responsible", "overseeing",
    "charged", "formed", "created", "set", "launched", "started",  # "A group formed by …"
}  # fmt: skip


def _org_noun_clause(doc: Doc, k: int, lo: int) -> bool:
    """The phrase ending at the comma k opens with "the <organisation noun> that/which/
    in charge of …" ("The company that makes the drug, NAME, said", "Israel's military
    agency in charge of civilian affairs, COGAT, said")."""
    toks = doc.tokens
    m = k - 1
    while m > 0 and k - m < 14 and toks[m - 1].start >= lo and toks[m - 1].is_word:
        m -= 1
    opener = toks[m].lower in {"the", "a", "an"} or (
        toks[m].cap and toks[m].lower.endswith(("'s", "’s"))  # "Israel's military agency"
    )
    if not (m + 2 < k and opener):
        return False
    h = m + 1
    while h < k - 1 and h - m <= 3 and toks[h].lower not in ORG_NOUNS and toks[h].is_word:
        h += 1  # "The Israeli military agency": modifiers before the noun
    return toks[h].lower in ORG_NOUNS and toks[h + 1].lower in ORG_NOUN_COMPLEMENTS


# collective and plural nouns of relatives and friends: "The family of X, NAME," names X
# (round 27, probe r27b); a singular relative is the name ("The widow of X, NAME,")
KIN_GROUP_HEADS = {
    "family", "families", "relatives", "parents", "children", "siblings", "friends",
    "neighbours", "neighbors", "sons", "daughters", "brothers", "sisters", "cousins",
    "nephews", "nieces", "grandchildren", "grandparents", "classmates", "colleagues",
    "loved",
}  # fmt: skip
# plural nouns of people that open a body's name ("Families of the Disappeared",
# "Mothers Against Drunk Driving", "Friends of Lake Vale")
MEMBER_NAME_HEADS = KIN_GROUP_HEADS | {
    "mothers", "fathers", "survivors", "victims", "residents", "citizens", "veterans",
}  # fmt: skip
MEMBER_NAME_LINKS = {"of", "the", "for", "against", "and"}


def _kin_group_of(doc: Doc, k: int, lo: int) -> int | None:
    """The phrase ending before token k is "[the / his / two …] <kin group> of …" ("The
    family of the ferry's cook", "Friends of the victim"): a group of relatives named by
    the person they are related to (round 27). Its first token, else None."""
    toks = doc.tokens
    for x in range(k - 1, max(k - 9, 0), -1):
        t = toks[x]
        if (
            t.start < lo
            or not (t.is_word or t.text in {"'s", "’s"})
            or t.lower in lx.CUE_FORMS
            or t.lower in RELATIVE_WORDS  # ("Relatives of the miners who died said")
        ):
            return None
        if t.lower == "of":
            h = x - 1
            if x == k - 1 or toks[h].start < lo or toks[h].lower not in KIN_GROUP_HEADS:
                return None
            if h == 0 or toks[h - 1].start < lo or not toks[h - 1].is_word:
                return h
            before = toks[h - 1].lower
            if (
                before in lx.DETERMINERS
                or before in {"his", "her", "their", "its"}
                or before in lx.CARDINALS
                or before.endswith(("'s", "’s"))
            ):
                return h - 1
            return h if _sentence_initial(doc, h) else None
    return None


def _members_named_body(doc: Doc, a: int, b: int) -> Source | None:
    """ "Families of the Santa Lucia", "Mothers Against Knife Crime": a capitalised plural
    noun of people, a link word and capitalised words, as an aside, is a body named by
    its members (round 27)."""
    toks = doc.tokens
    if b - a < 2 or b - a > 8 or not toks[a].cap or toks[a].lower not in MEMBER_NAME_HEADS:
        return None
    if toks[a + 1].lower not in {"of", "for", "against"} or not toks[b].cap:
        return None
    for x in range(a + 1, b + 1):
        if not toks[x].is_word or not (toks[x].cap or toks[x].lower in MEMBER_NAME_LINKS):
            return None
    name = doc.text[toks[a].start : toks[b].end]
    return Source("org", toks[a].start, toks[b].end, name, toks[a].start, toks[b].end,
                  organization=name)  # fmt: skip


def _particle_in_name(doc: Doc, j: int) -> bool:
    """A lower-case particle between two capitalised name words ("Erik ten Hag")."""
    toks = doc.tokens
    return (
        0 < j < len(toks) - 1
        and toks[j - 1].cap
        and toks[j - 1].is_word
        and toks[j + 1].cap
        and is_name_token(toks[j + 1])
        and toks[j - 1].lower not in lx.FUNCTION_WORDS
    )


# a possessive before a counted group conjunct, outside its phrase ("and their two sons")
GROUP_POSSESSIVES = {"his", "her", "their", "our"}


def _first_conjunct(doc: Doc, src: Source, lo: int) -> Source:
    """``Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., said`` / ``Ann Lee (D-Ore.),
    Tim Roe (D-Ohio) and Al Ford (D-N.J.) all said``: the first of the coordinated
    names, as for ``A and B said``; a named person before a counted group too (``His
    widow, X, and their two daughters said``: X, round 26)."""
    toks = doc.tokens
    j = doc.tok_index_at_or_after(src.phrase_start) - 1
    if src.kind == "group" and j > 0 and toks[j].lower in GROUP_POSSESSIVES:
        j -= 1  # "X, and their two daughters said"
    if j <= 0 or toks[j].lower != "and" or toks[j].start < lo:
        return src
    first = subject_before(doc, j, lo, 2)
    if first is None or first.kind != "name":
        return src
    for _ in range(6):
        k = doc.tok_index_at_or_after(first.phrase_start) - 1
        if not (k > 1 and toks[k].text == "," and toks[k - 1].text == ")"):
            break
        more = subject_before(doc, k, lo, 2)
        if more is None or more.kind != "name":
            break
        first = more
    k = doc.tok_index_at_or_after(first.phrase_start) - 1
    if (
        k >= 0
        and toks[k].start >= lo
        and toks[k].is_word
        and not toks[k].cap
        and toks[k].lower not in {"as", "including"}  # "such as Bob Corker and …"
    ):
        return src  # "Trump attacked Clinton and Obama said": an object, not a subject
    return first


# words opening an unnamed person's description ("a nurse", "another teacher")
UNNAMED_OPENERS = {"a", "an", "another", "one"}


def _unnamed_person_before(doc: Doc, j: int, lo: int) -> int | None:
    """ "A nurse at the group's hospital" before token j: the index of its opener when a
    title head follows an indefinite opener within a short phrase with no break."""
    toks = doc.tokens
    for x in range(j - 1, max(doc.tok_index_at_or_after(lo), j - 8), -1):
        t = toks[x]
        if not (t.is_word or t.text in {"'s", "\u2019s"}) or t.lower in lx.CUE_FORMS:
            return None
        if t.lower in TITLE_WORDS and toks[x - 1].lower in UNNAMED_OPENERS:
            return x - 1
    return None


def _lone_word(src: Source) -> bool:
    """A one-word name read with no gender (``Ford``): a person or a body."""
    return src.kind == "name" and src.gender is None and " " not in src.text


# a force two areas share: "Avon and Somerset Police", "Devon and Cornwall Police" (not
# "council": "Labour and Somerset Council said" are two bodies)
JOINT_AREA_HEADS = {"police", "constabulary"}


def _joint_area_body(doc: Doc, first: Source, src: Source) -> Source | None:
    """ "Avon and Somerset Police said": two places joined before one service's head are
    one body's name (not "Avon" and "Somerset Police")."""
    words = src.text.split()
    if len(words) != 2 or words[-1].lower() not in JOINT_AREA_HEADS or " " in first.text:
        return None
    if first.start < first.phrase_start or not first.text[:1].isupper():
        return None
    if first.kind == "org" or first.text.lower() in lx.COUNTRY_NAMES:
        return None  # "Labour and Somerset Council said": two bodies
    text = doc.text[first.start : src.end]
    return Source(
        "org", first.start, src.end, text, first.phrase_start, src.phrase_end,
        organization=text,
    )  # fmt: skip


def _first_body_conjunct(doc: Doc, src: Source, lo: int) -> Source:
    """``Ford and General Motors said``, ``Labour and the Conservative Party said``: the
    first of two coordinated bodies, as the first of two names; a lone word before a
    body is a body too, unless the article names a person so (``Sen. Ann Ford``)."""
    toks = doc.tokens
    a0 = doc.tok_index_at_or_after(src.phrase_start)
    k = doc.tok_index_at_or_after(src.start) - 1
    if k > a0 and toks[k].lower == "the":
        k -= 1
    if k > a0 and toks[k].lower == "and":
        first = analyse_phrase(doc, a0, k - 1)
        before = a0 - 1
    elif a0 > 0 and toks[a0 - 1].lower == "and" and toks[a0 - 1].start >= lo:
        first = subject_before(doc, a0 - 1, lo, 2)
        before = doc.tok_index_at_or_after(first.phrase_start) - 1 if first else -1
    else:
        return src
    if first is None or first.kind not in {"name", "org", "country"}:
        return src
    joint = _joint_area_body(doc, first, src)
    if joint is not None:
        return joint
    if src.kind == "name" and first.kind == "name":
        return src  # two names: left to _first_conjunct
    if " " not in first.text and (
        first.phrase_start < first.start or first.text.lower().endswith(ADJ_ENDINGS)
    ):
        return src  # "The Central and East European Coalition": one name
    if (
        before >= 0
        and toks[before].start >= lo
        and toks[before].is_word
        and not toks[before].cap
        and toks[before].lower not in {"as", "including"}
    ):
        return src  # "the deal between Ford and General Motors": an object
    if first.kind == "name":
        if (
            not _lone_word(first)
            or named_person_word(doc, first.text, first.start)
            or first.text.lower() in lx.KNOWN_PEOPLE_COUNTRY
            or not _company_name(src.text)
        ):
            # "Mary Barra and General Motors said", "Trump and the Pentagon said": the
            # person, first
            return first
        return Source(
            "org", first.start, first.end, first.text, first.phrase_start, first.phrase_end,
            organization=first.text,
        )  # fmt: skip
    return first


# last words of a company's name ("General Motors", "Acme Corp.", "Helio Cloud")
COMPANY_NAME_HEADS = lx.INDUSTRY_HEADS | {
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "company",
    "holdings", "technologies", "motors", "industries", "airlines", "airways", "partners",
    "capital", "group", "systems", "labs", "pharmaceuticals", "brands", "bank", "seaways",
    "ferries",
}  # fmt: skip


def _company_name(name: str) -> bool:
    """A company's name: a known one, or one ending in a company word."""
    return name in lx.KNOWN_ORGS or name.rsplit(None, 1)[-1].lower().rstrip(".") in (
        COMPANY_NAME_HEADS
    )


def named_person_word(doc: Doc, word: str, pos: int) -> bool:
    """``word`` is written before pos after a first name or a title (``Ann Ford``,
    ``Sen. Ford``): a person's surname."""
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? " + re.escape(word) + r"\b", doc.text[:pos]):
        low = m.group(1).lower()
        if low in lx.FIRST_NAMES or low in lx.HONORIFICS:
            return True
        if low in lx.TITLE_HEADS or low.rstrip(".") in lx.TITLE_ABBREVIATIONS:
            return True
    return False


# "Central and East European Coalition": a lone adjective is not an organisation
ADJ_ENDINGS = ("al", "ern", "ic", "ian", "ish", "ese", "ive")


def _of_in_name(doc: Doc, j: int) -> bool:
    """ "of"/"on"/"for" inside a capitalised organisation name: "Department of Justice",
    "Commission on Presidential Debates", "Center for Media and Public Affairs"."""
    toks = doc.tokens
    nxt = j + 1
    if nxt + 1 < len(toks) and toks[nxt].lower == "the" and toks[nxt + 1].cap:
        nxt += 1  # "Society for the Protection of Birds", "Museum of the Moving Image"
    if j == 0 or nxt >= len(toks) or not toks[j - 1].cap or not toks[nxt].cap:
        return False
    if _name_head(toks[j - 1].lower) or _local_body_of(toks, j):
        return True
    prev = toks[j - 1]
    r = j - 1
    while r > 0 and toks[r - 1].cap and toks[r - 1].is_word and j - r < 4:
        r -= 1
    if (
        toks[j].lower == "for"
        # (not "Cameron Easley for Morning Consult": a person's name before it)
        and not any(
            toks[x].lower in lx.FIRST_NAMES
            or toks[x].lower in lx.HONORIFICS
            or toks[x].lower in TITLE_WORDS
            for x in range(r, j - 1)
        )
        and prev.is_word
        and prev.text.isalpha()
        and prev.lower not in TITLE_WORDS
        and prev.lower not in lx.HONORIFICS
        and prev.lower not in lx.FIRST_NAMES
        and prev.lower not in lx.COUNTRY_NAMES
        and prev.lower not in lx.DEMONYMS
        and not _people_noun(prev.lower)  # "Lawyers for Trump said": people, not a name
        and not (prev.lower.endswith("s") and _sentence_initial(doc, j - 1))
    ):
        # "Alternative for Germany", "Americans for Prosperity", "Physicians for Human
        # Rights": a capitalised word and "for" before another open one body's name
        return True
    if (
        toks[j].lower == "of"
        and j >= 2
        and toks[j - 2].cap
        and toks[j - 2].is_word
        and toks[j - 2].lower not in lx.DETERMINERS
        and toks[j - 1].lower.endswith("s")
        and toks[j + 1].lower in lx.COUNTRY_NAMES
    ):
        return True  # "Gun Owners of America", "Boy Scouts of America": a body's name
    # a second link after a head's: "Foundation for Defense of Democracies"
    x = j - 2
    while x > 0 and j - x <= 4 and toks[x].cap:
        x -= 1
    if x > 1 and toks[x].lower == "the" and toks[x - 1].lower in {"of", "for", "on"}:
        x -= 1  # "Society for the Protection of Birds"
    return (
        x > 0
        and x < j - 1
        and toks[x].lower in {"of", "for", "on"}
        and toks[x - 1].cap
        and _name_head(toks[x - 1].lower)
    )


# Local bodies named "the X of PLACE" ("The City of Fort Worth said", "the Port of Long
# Beach"); without "the" they are places ("Port of Spain", "Town of Mount Royal" in a list)
LOCAL_BODY_HEADS = {"city", "town", "county", "port", "village", "borough"}


def _local_body_of(toks, j: int) -> bool:
    return (
        j >= 2
        and toks[j].lower == "of"
        and toks[j - 1].lower in LOCAL_BODY_HEADS
        and toks[j - 2].lower == "the"
    )


def _people_noun(low: str) -> bool:
    """A common noun of people, singular or plural ("lawyers", "advocates", "mothers")."""
    sing = low[:-1] if low.endswith("s") else low
    return (
        low in lx.GROUP_NOUNS
        or low in KINSHIP
        or sing in KINSHIP
        or sing in TITLE_WORDS
        or specialist_plural(low)
        or low in LEANING_PLURALS
    )


def _name_head(low: str) -> bool:
    """A word that heads an organisation's name before "of"/"on"/"for"."""
    return low in lx.ORG_HEADS or low in {
        "academy", "federation", "department", "university", "bank", "ministry", "institute",
        "league",
        "union", "council", "office", "bureau", "association", "society", "school", "college",
        "republic", "workers",  # "Communications Workers of America"
        "museum", "friends", "order", "conference", "court", "church", "guild",
    }  # fmt: skip


def past_describing_adjectives(doc: Doc, j: int, hi: int) -> int:
    """``the nonpartisan Congressional Budget Office``, ``the conservative Heritage
    Foundation``: after "the" (token j), one or two describing words before a name that
    is an organisation or a person. Returns the name's first token, else j."""
    toks = doc.tokens
    n = len(toks)
    d = j + 1
    while (
        d < n
        and d - j <= 2
        and toks[d].end <= hi
        and toks[d].is_word
        and not toks[d].cap
        and toks[d].text.replace("-", "").isalpha()
        and toks[d].lower not in lx.FUNCTION_WORDS
        and toks[d].lower not in lx.CUE_FORMS
        and (not np_token_ok(doc, d) or "-" in toks[d].lower)  # "left-leaning"
        and toks[d].lower not in TITLE_WORDS
    ):
        d += 1
    if d == j + 1 or d >= n or not toks[d].cap or toks[d].end > hi:
        return j
    e = d
    while e < n and e - d < MAX_NP and toks[e].end <= hi and np_token_ok(doc, e) and toks[e].cap:
        e += 1
    named = analyse_phrase(doc, d, e - 1)
    return d if named is not None and named.kind in {"org", "name"} else j


# lower-case words inside a body's capitalised name ("Pools at Risk Alliance", "Homes in
# Need Trust", "Books on Wheels Network")
PLACE_NAME_LINKS = {"at", "in", "on"}


def _place_link_in_name(doc: Doc, start: int, j: int, hi: int) -> int | None:
    """ "the Pools at Risk Alliance", "the Homes in Need Trust": after "the" and
    capitalised words (no first name, honorific or title: not "the Rev. Ann Roe at …"),
    a lower-case "at" / "in" / "on" (token j) before one to three capitalised words the
    last of which is an organisation head is inside one body's name. Returns the token
    after the name, else None."""
    toks = doc.tokens
    n = len(toks)
    if toks[j].lower not in PLACE_NAME_LINKS or toks[j].cap or j == start:
        return None
    if toks[j - 1].lower in lx.ORG_HEADS:
        return None  # "the Brennan Institute at Elm University": a body and its host
    a = start + 1 if toks[start].lower == "the" else start
    if a >= j or (toks[a - 1].lower != "the" if a > 0 else True):
        return None
    if not all(
        toks[x].cap
        and toks[x].is_word
        and toks[x].lower not in lx.FIRST_NAMES
        and toks[x].lower not in lx.HONORIFICS
        and toks[x].lower not in TITLE_WORDS
        for x in range(a, j)
    ):
        return None
    e = j + 1
    while e < n and e - j <= 3 and toks[e].end <= hi and toks[e].cap and toks[e].is_word:
        e += 1
    if e == j + 1 or toks[e - 1].lower not in lx.ORG_HEADS:
        return None
    return e


def _place_link_before(doc: Doc, j: int, end: int, lo: int) -> bool:
    """ "The Pools at Risk Alliance said": token j links the capitalised words after "the"
    to a body's name ending at token end (read leftwards)."""
    toks = doc.tokens
    if toks[j].lower not in PLACE_NAME_LINKS:
        return False
    x = j - 1
    while x > 0 and j - x <= 4 and toks[x].cap and toks[x].is_word and toks[x].lower != "the":
        x -= 1
    return (
        x < j - 1
        and toks[x].start >= lo
        and toks[x].lower == "the"
        and _place_link_in_name(doc, x, j, toks[end].end) == end + 1
    )


def subject_after(doc: Doc, ci: int, hi: int) -> Source | None:
    """Inverted order: ``said Healey`` / ``said a spokesman for the ministry``."""
    toks = doc.tokens
    j = ci + 1
    n = len(toks)
    if j < n and toks[j].lower in {"he", "she", "they"}:
        return analyse_phrase(doc, j, j)
    if j + 1 < n and toks[j].lower in {"late", "early"} and toks[j + 1].lower in lx.WEEKDAYS:
        return None  # "The tariff, announced late Monday by …": a time, no subject
    # "said 9/11 widow Terry Strada": a numeric modifier before the noun phrase
    while (
        j < n
        and j - ci < 4
        and toks[j].end <= hi
        and (toks[j].text[0].isdigit() or toks[j].text == "/")
    ):
        j += 1
    # "said widow Terry Strada", "said longtime resident Ann Bo": one or two lower-case
    # descriptor nouns before a capitalised name
    d = j
    while (
        d < n
        and d - j < 2
        and toks[d].end <= hi
        and (
            _descriptor_noun(doc, d)
            # "said season-ticket holder Dennis Walsh": a compound modifier first
            or (d == j and "-" in toks[d].text and not toks[d].cap and _descriptor_noun(doc, d + 1))
        )
    ):
        d += 1
    if (
        d > j
        and d + 1 < n
        and toks[d].cap
        and is_name_token(toks[d])
        and is_name_token(toks[d + 1])
    ):
        j = d
    elif j + 2 < n and toks[j].lower == "the" and toks[j].end <= hi:
        described = _described_org_after(doc, j, hi)
        if described is not None:
            return described
        j = past_describing_adjectives(doc, j, hi)
    elif j + 2 < n and not toks[j].cap and toks[j].is_word and toks[j].end <= hi:
        described = _described_org_after(doc, j, hi, bare=True)
        if described is not None:
            return described  # "according to consumer group Which?", no "the"
    start = j
    while j < n and toks[j].end <= hi and j - start < MAX_NP:
        linked = _place_link_in_name(doc, start, j, hi)
        if linked is not None:
            j = linked  # "according to the Pools at Risk Alliance": one body
            continue
        if not np_token_ok(doc, j):
            if not (
                toks[j].lower == "and"
                and j > start + 2
                and j + 1 < n
                and toks[j + 1].cap
                and toks[j + 1].end <= hi
                and and_in_org(doc, start, j)
            ):
                break  # (but "Centers for Disease Control and Prevention": one name)
        # stop at "for"/"of", except inside a name: "Federation of Pharmaceutical
        # Manufacturers", "Centers for Disease Control"
        elif toks[j].lower in {"for", "of"} and not _of_in_name(doc, j):
            break
        j += 1
    if (
        j + 1 < n
        and toks[j].lower in PARTITIVE_ONES
        and toks[j + 1].lower == "of"
        and (j == start or (j == start + 1 and toks[start].lower == "the"))
    ):
        j += 1  # "said the younger of the two, X": the partitive's "of" (round 27)
    # "said the county election director": one or two lower-case nouns before a title
    m = j
    while m < n and m - j < 2 and toks[m].end <= hi and _descriptor_noun(doc, m):
        m += 1
    if (
        m > j
        and m + 1 < n
        and toks[m].end <= hi
        and toks[m].lower in TITLE_WORDS
        and not toks[m].cap
    ):
        if toks[m + 1].text in {".", ",", ";", "!", "?", "of", "for", "at"}:
            j = m + 1  # the title ends the phrase
        elif toks[m].lower in lx.TITLE_HEADS and _is_person_name_at(doc, m + 1, hi):
            # "said county fire chief Joe Ryan": the title, then the person's name (not
            # "the event organizer Alliance …": an organisation)
            j = m + 1
            while j < n and toks[j].end <= hi and j - start < MAX_NP and np_token_ok(doc, j):
                j += 1
    # "of"/"for" continuation inside titles: "a spokesman for the ministry"; "from":
    # "according to a statement from the company" keeps who the statement came from
    if j > start and j < n and toks[j].lower in {"for", "of", "at", "from"}:
        src = analyse_phrase(doc, start, j - 1)
        # (not "Representative Charles B. Rangel of New York": the name comes first)
        named = _titled_name_after_of(doc, start, j, hi) if src and src.kind == "group" else None
        if named is not None:
            return named
        partitive = src is None and _partitive_one(doc, start, j)
        if (src is not None and src.kind == "group") or partitive:
            k = _complement_end(doc, j, hi)
            if partitive and not (k + 1 < n and toks[k].text == ","):
                return None
            if k + 1 < n and toks[k].text == ",":
                # "according to the WHO's regional director for Africa, Ann Moe": the name
                m = k + 1
                while m < n and toks[m].end <= hi and m - k < 8 and np_token_ok(doc, m):
                    m += 1
                if m > k + 1 and (m >= n or toks[m].text in {",", ".", ";"} or toks[m].end > hi):
                    name = analyse_phrase(doc, k + 1, m - 1)
                    if name is not None and name.kind == "name":
                        name.pre_role = (toks[start].start, toks[k - 1].end)
                        return name
            src = _group(doc, start, k - 1)
            return src
    if j == start:
        return None
    src = analyse_phrase(doc, start, j - 1)
    if (
        src is not None
        and src.kind == "group"
        and j + 2 < n
        and toks[j].lower in SOURCE_COMPLEMENTS
        and toks[j + 1].lower in SOURCE_COMPLEMENTS[toks[j].lower]
    ):
        # "according to a person familiar with the matter", "…, said a person familiar
        # with the matter": the whole description
        k = j + 2
        while (
            k < n
            and k - j < 10
            and toks[k].end <= hi
            and (toks[k].is_word or _abbreviation_dot(toks, k))
            and toks[k].lower not in RELATIVE_WORDS  # "… the talks, who spoke on …"
        ):
            k += 1
        return _group(doc, start, k - 1)
    if (src is None or src.kind == "group") and j + 1 < n and toks[j].text == ",":
        # "said Clinton's spokesman, Brian Fallon," / "said his niece, Del. Ann Price"
        k = j + 1
        while k < n and toks[k].end <= hi and k - j < 9 and np_token_ok(doc, k):
            if _org_complement_at(toks, k, hi):
                break
            k += 1
        if k > j + 1 and (
            k >= n
            or toks[k].text in {",", ".", "(", ";"}
            or toks[k].end > hi
            or _org_complement_at(toks, k, hi)  # "…, Ann Moe of Elm College."
        ):
            name = analyse_phrase(doc, j + 1, k - 1)
            if name is not None and name.kind == "name":
                name.pre_role = (toks[start].start, toks[j - 1].end)
                return name
    if (
        src is not None
        and src.kind == "name"
        and toks[j - 1].lower.endswith(("'s", "’s"))
        and j + 1 < n
        and toks[j].is_word
        and not toks[j].cap
        and toks[j].end <= hi
    ):
        # "according to Stone's agent, Rick Alvarez," / "said Stone's agent": the
        # possessor does not speak
        k = j + 1
        if toks[k].text == ",":
            m = k + 1
            while m < n and toks[m].end <= hi and m - k < 9 and np_token_ok(doc, m):
                m += 1
            name = analyse_phrase(doc, k + 1, m - 1) if m > k + 1 else None
            if name is not None and name.kind == "name":
                name.pre_role = (toks[start].start, toks[j].end)
                return name
        return _group(doc, start, j)
    if src is not None and src.kind == "name":
        src.appositive = _appositive_after(doc, src)
    return src


RELATIVE_WORDS = {"who", "whom", "whose", "which", "that"}


def _org_complement_at(toks: list[Token], k: int, hi: int) -> bool:
    """ "of Elm College", "at the Karolinska Institute" from token k: a capitalised
    workplace after a name."""
    if toks[k].lower not in {"of", "at", "from"}:
        return False
    m = k + 2 if k + 2 < len(toks) and toks[k + 1].lower == "the" else k + 1
    return m < len(toks) and toks[m].end <= hi and toks[m].cap


def _descriptor_noun(doc: Doc, d: int) -> bool:
    """A lower-case noun before a title or a name that is no noun-phrase word of its own:
    ``widow`` in ``said widow Ann Bo``, ``fire`` in ``said fire chief Joe Ryan`` (a verb
    form only before a title)."""
    toks = doc.tokens
    if d >= len(toks):
        return False  # (the text ends: "according to near-complete")
    t = toks[d]
    if not (
        t.is_word
        and not t.cap
        and t.text.isalpha()
        and not t.lower.endswith("ly")
        and not np_token_ok(doc, d)
        and t.lower not in lx.FUNCTION_WORDS
    ):
        return False
    if t.lower not in lx.CUE_FORMS:
        return True
    return d + 1 < len(toks) and not toks[d + 1].cap and toks[d + 1].lower in lx.TITLE_HEADS


def _is_person_name_at(doc: Doc, k: int, hi: int) -> bool:
    """A first name or two capitalised name words start at k."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k + 1].end > hi:
        return False
    first = toks[k].lower
    return is_name_token(toks[k]) and (first in lx.FIRST_NAMES or is_name_token(toks[k + 1]))


# a partitive's head that picks one of a group: "the younger of the two", "one of his sons"
PARTITIVE_ONES = {
    "one", "another", "first", "second", "third", "last", "other", "younger", "youngest",
    "older", "oldest", "elder", "eldest",
}  # fmt: skip


def _partitive_one(doc: Doc, start: int, of: int) -> bool:
    """ "the younger of the two", "the eldest of his sons", "one of the nephews" before
    the "of" at ``of``: one person of a group, named after a comma (round 27)."""
    toks = doc.tokens
    words = [toks[x].lower for x in range(start, of)]
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) != 1:
        return False
    return words[0] in PARTITIVE_ONES


def _complement_end(doc: Doc, j: int, hi: int) -> int:
    """The token after the complement that starts at j+1 in ``said a member of the coaching
    staff`` / ``of the board of trustees.`` / ``for the mining giant``: noun-phrase words,
    and runs of up to three lower-case words (not verbs, adverbs or relatives) that end
    the phrase or lead to a noun-phrase word."""
    toks = doc.tokens
    n = len(toks)
    k = j + 1
    while k < n and toks[k].end <= hi and k - j < 8:
        if np_token_ok(doc, k):
            k += 1
            continue
        m = k
        while m < n and m - k < 3 and toks[m].end <= hi and _plain_word(toks[m]):
            m += 1
        if m == k and _participle_modifier(doc, k):
            m += 1  # "a member of the ruling party's youth wing"
        if m == k or (
            m < n
            and toks[m].end <= hi
            and not np_token_ok(doc, m)
            and toks[m].text not in {",", ".", ";"}
        ):
            break
        k = m
    return k


def _participle_modifier(doc: Doc, k: int) -> bool:
    """``ruling`` in ``the ruling party's``: an -ing form right after an article and
    before a noun-phrase word (a group or title noun, a possessive)."""
    toks = doc.tokens
    return (
        0 < k < len(toks) - 1
        and toks[k].lower.endswith("ing")
        and toks[k - 1].lower in {"the", "a", "an"}
        and toks[k + 1].is_word
        and not toks[k + 1].cap
        and np_token_ok(doc, k + 1)
        and toks[k + 1].lower not in lx.DETERMINERS
    )


def _plain_word(t: Token) -> bool:
    """A lower-case word that can modify or head a noun (not a verb, adverb, relative)."""
    low = t.lower
    return (
        t.text.isalpha()
        and not t.cap
        and low not in lx.FUNCTION_WORDS
        and low not in lx.CUE_FORMS
        and low not in RELATIVE_WORDS
        and not low.endswith("ly")
    )


def _abbreviation_dot(toks, k: int) -> bool:
    """Token k is the dot of a dotted abbreviation inside a phrase ("U.S." of "familiar
    with U.S. plans"), followed by more of it."""
    return (
        toks[k].text == "."
        and "." in toks[k - 1].text
        and toks[k - 1].end == toks[k].start
        and k + 1 < len(toks)
        and toks[k + 1].is_word
        and not toks[k + 1].cap
    )


def _titled_name_after_of(doc: Doc, start: int, of: int, hi: int) -> Source | None:
    """``said Secretary of State John Kerry``, ``said head of research Ann Bo``: a bare
    title with an "of" complement before a name is the person's title (``said a
    spokesman for Mayor Ann Reed`` has its article and is someone else)."""
    toks = doc.tokens
    n = len(toks)
    if toks[of].lower != "of" or toks[start].lower in lx.DETERMINERS:
        return None
    if not any(toks[x].lower in TITLE_WORDS for x in range(start, of)):
        return None
    m = of + 1
    while (
        m < n
        and m - of <= 8
        and toks[m].end <= hi
        and (toks[m].is_word or np_token_ok(doc, m))
        and (toks[m].cap or toks[m].lower not in lx.FUNCTION_WORDS or toks[m].lower == "the")
        and toks[m].lower not in lx.CUE_FORMS
    ):
        m += 1
    if m < of + 3 or not toks[m - 1].cap:
        return None
    named = analyse_phrase(doc, start, m - 1)
    if named is None or named.kind != "name" or named.start <= toks[of].start:
        return None
    return named


# an age written as one word before a noun ("the 27-year-old Pole")
AGE_WORD_RE = re.compile(r"\d{1,3}-year-old")


def _appositive_after(doc: Doc, src: Source) -> tuple[int, int] | None:
    """``NAME, the EU's foreign policy chief,`` -> span of the role phrase."""
    toks = doc.tokens
    i = doc.tok_index_at_or_after(src.end)
    n = len(toks)
    if i >= n or toks[i].text != ",":
        return None
    k = i + 1
    # an age first: "Maria Gonzalez, 54, a nurse from Kharkiv"
    aged = k + 2 < n and toks[k].text.isdigit() and len(toks[k].text) <= 3
    if aged and toks[k + 1].text == ",":
        k += 2
    elif k < n and PARTY_TAG.match(toks[k].text):
        # a party tag first: "Sen. X, D-Hawaii, the ranking member of …" (round 31)
        close = next((x for x in range(k + 1, min(k + 5, n)) if toks[x].text == ","), None)
        if close is None:
            return None
        k = close + 1
    if k >= n:
        return None
    first = toks[k]
    if not (
        first.lower in lx.DETERMINERS
        or (first.lower == "from" and aged and k + 1 < n and toks[k + 1].cap)  # "X, 29, from Cork"
        # ("X, 31, from the Netherlands")
        or (first.lower == "from" and aged and k + 2 < n and toks[k + 1].lower == "the")
        # "X, from the Harbour Pilots Association," / "X, of the Tenants Union,": the body
        or (
            first.lower in {"from", "of"}
            and k + 2 < n
            and toks[k + 1].lower == "the"
            and (
                toks[k + 2].cap
                # "X, of the opposition Umbrella for Democratic Change,": a party
                # (round 32, probe r32b)
                or (toks[k + 2].lower in PARTY_STANDING_WORDS and k + 3 < n and toks[k + 3].cap)
            )
        )
        or first.lower in TITLE_WORDS
        or first.lower in lx.DEMONYMS
        or (first.lower in FIELD_ADJECTIVES and np_token_ok(doc, k))  # "medical director of"
        or (
            first.cap
            and (
                first.lower.endswith(("'s", "’s"))
                or first.text in lx.SUPRANATIONAL
                or first.lower in lx.COUNTRY_NAMES
                or _possessive_name_run(toks, k, n)
            )
        )
        or _bare_title_phrase(doc, k)
    ):
        return None
    m = k
    pe = doc.para_end(toks[k].start)  # a speaker's line of its own ends its description
    while m < n and m - k < 16 and toks[m].text not in {",", ".", ";", ")", "(", "“", "”", '"'}:
        if toks[m].lower in CLAUSE_STOP or toks[m].start >= pe:
            break
        if toks[m].lower in FINITE_VERBS:
            return None  # "According to his agent, NAME, the striker has offers": a clause
        if (
            m > k + 1
            and _present_verb_after_noun(toks, m)
            and _after_fronted_according_to(doc, src.phrase_start)
        ):
            # "According to X, a nurse in the region earns about …, often …,": the frame's
            # clause, its subject no description of X (round 32)
            return None
        m += 1
    if m == k:
        return None
    if m < n and toks[m].text == ",":
        m = _portfolio_list_end(toks, k, m)  # "X, the Minister for Children, Equality and Youth,"
    if (m >= n or toks[m].text != ",") and _after_fronted_according_to(doc, src.phrase_start):
        # "According to Tom Reed, the move reeks of fear.": the frame's clause (not "…,
        # according to Ann Lee, a researcher at Acme.": the sentence's last words)
        return None
    return (toks[k].start, toks[m - 1].end)


# words after which an -s word is a plural noun's, not a verb ("the regional assemblies of")
PLURAL_NOUN_FOLLOWERS = {"of", "for", "and", "or", "in", "at", "on", "from", "with", "to"}


def _present_verb_after_noun(toks: list[Token], m: int) -> bool:
    """Token m is a lower-case -s word after a noun and before a word that goes on with
    it ("a nurse in the region earns about"): a present-tense verb, as far as spelling
    tells (not "the assemblies", "regional assemblies of")."""
    t, before = toks[m], toks[m - 1]
    return (
        t.is_word
        and t.text.isalpha()
        and not t.cap
        and t.lower.endswith("s")
        and not t.lower.endswith(("ss", "us", "is"))
        and t.lower not in lx.FUNCTION_WORDS
        and before.is_word
        and before.text.isalpha()
        and before.lower not in lx.FUNCTION_WORDS
        and not before.lower.endswith("s")
        and m + 1 < len(toks)
        and toks[m + 1].is_word
        and toks[m + 1].lower not in PLURAL_NOUN_FOLLOWERS
    )


def _portfolio_item_word(t: Token) -> bool:
    return t.is_word and t.lower != "and" and (t.cap or t.lower in PORTFOLIO_WORDS)


def _portfolio_list_end(toks: list[Token], k: int, m: int) -> int:
    """An appositive k..m-1 ending in a minister's or secretary's "for X" before the comma
    at m runs on over the portfolio's ", Y" items and its last "and Z" item ("the Minister
    for Children, Equality and Youth", "the minister for transport, ports and tourism"):
    the comma or mark after the list, else m (round 27)."""
    n = len(toks)
    f = next((x for x in range(m - 1, k, -1) if toks[x].lower == "for"), None)
    if f is None or toks[f - 1].lower not in PORTFOLIO_OFFICES:
        return m
    if not all(_portfolio_item_word(toks[x]) for x in range(f + 1, m)):
        return m
    x = m
    while x + 1 < n and x - m < 16 and (toks[x].text == "," or toks[x].lower == "and"):
        y = x + 1
        while y < n and y - x <= 4 and _portfolio_item_word(toks[y]):
            y += 1
        if y == x + 1:
            return m
        if toks[x].lower == "and":
            return y
        x = y
    return m


def _after_fronted_according_to(doc: Doc, start: int) -> bool:
    toks = doc.tokens
    i = doc.tok_index_at_or_after(start)
    return (
        i >= 2
        and toks[i - 1].lower == "to"
        and toks[i - 2].lower == "according"
        and not (i >= 3 and toks[i - 3].text == ",")
    )


def _bare_title_phrase(doc: Doc, k: int) -> bool:
    """``said Tom Ruiz, history teacher.`` / ``, head coach at Rice,``: up to three
    lower-case words without an article ending in a title noun right before the closing
    comma or period or the organisation's preposition."""
    toks = doc.tokens
    m = k
    while m - k < 3 and m < len(toks) and toks[m].is_word and not toks[m].cap:
        if toks[m].lower in {"at", "of", "for"}:
            break
        m += 1
    return (
        m > k
        and m < len(toks)
        and (toks[m].text in {",", "."} or toks[m].lower in {"at", "of", "for"})
        and toks[m - 1].lower in lx.TITLE_HEADS
        and not any(toks[x].lower in lx.FUNCTION_WORDS for x in range(k, m))
    )


FINITE_VERBS = {
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
    "should", "must", "may", "might", "does", "did",
}  # fmt: skip


# what may follow a message before its words: "a letter to members | saying", "a message
# on Facebook | saying", "a statement Tuesday that | said"
MESSAGE_TAIL_STARTS = lx.MESSAGE_PLACE_PREPS | {"to", "via", "late", "early"} | lx.WEEKDAYS
MESSAGE_TAIL_MAX = 6


def message_before(toks, w: int, lo: int) -> int | None:
    """The message noun whose words the speech word at w gives: right before it, or
    before where it was put or sent, or when ("a notice on its gate | warning …", "a
    letter to members | saying"); None when there is none."""
    m = w - 1
    while m >= 0 and w - m <= MESSAGE_TAIL_MAX and toks[m].start >= lo:
        t = toks[m]
        if t.lower in lx.MESSAGE_NOUNS and (m == w - 1 or toks[m + 1].lower in MESSAGE_TAIL_STARTS):
            return m
        if (
            not t.is_word
            or t.lower in lx.CUE_FORMS
            or t.lower in RELATIVE_WORDS
            or t.lower in {"and", "or", "but"}
        ):
            return None
        m -= 1
    return None


# "put out a statement", "fired off a letter": the verb before its particle
SEND_PARTICLES = {"out", "off"}
MESSAGE_RELATIVES = {"that", "which"}
MESSAGE_RELATIVE_VERBS = {"say", "state"}


def message_speech_at(toks, k: int) -> int:
    """Where the words of a message start being given: the speech participle at k
    ("a letter saying"), or the relative word before a finite speech verb ("a statement
    that said"); -1 when k is neither."""
    low = toks[k].lower
    if low not in lx.SPEECH_FORMS:
        return -1
    if low.endswith("ing"):
        return k
    if k == 0 or toks[k - 1].lower not in MESSAGE_RELATIVES:
        return -1
    # ("issued a statement that praised the referees": the act, no words)
    return k - 1 if lx.CUE_FORMS.get(low) in MESSAGE_RELATIVE_VERBS else -1


def send_verb_before(toks, m: int, lo: int) -> int | None:
    """The verb that sent, issued or posted the message at m, across its determiner and
    modifiers and an addressee before them ("sent members a letter")."""
    v = m - 1
    while v >= 0 and m - v <= 4 and toks[v].start >= lo and toks[v].is_word:
        if toks[v].lower in lx.SEND_VERBS:
            return v
        if toks[v].lower in SEND_PARTICLES and v > 0 and toks[v - 1].is_word:
            return v - 1  # "put out a statement"
        if toks[v].lower in lx.CUE_FORMS or toks[v].lower in RELATIVE_WORDS:
            return None
        v -= 1
    return None


def message_sender(doc: Doc, k: int, lo: int) -> Source | None:
    """``The union sent a letter to members saying A``, ``Acme issued a statement Tuesday
    that said A``: the words of a message its subject sent, issued or posted are the
    subject's (not the addressee's, not the message's)."""
    toks = doc.tokens
    w = message_speech_at(toks, k)
    m = message_before(toks, w, lo) if w > 0 else None
    v = send_verb_before(toks, m, lo) if m is not None else None
    return subject_before(doc, v, lo) if v is not None else None
