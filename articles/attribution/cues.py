"""Cue detection: reporting verbs and ``according to`` in the token stream."""

from __future__ import annotations

import re

from . import lexicons as lx
from .mentions import APPOSITIVE_PLACE_PREPS, contracted_pronoun, message_before, np_token_ok
from .text import Doc

PAST_ENDINGS = ("ed", "said", "told", "wrote", "thought", "knew", "spoke")
# adjectives of a bid, a plan or a document between a determiner and a cue form that
# is also a noun ("a higher offer", "the final report", "a revised proposal")
# (never nouns themselves: not "the official says", "the firm says", "the draft says")
NOUN_ADJECTIVES = {
    "higher", "lower", "bigger", "smaller", "larger", "better", "new", "fresh", "formal",
    "improved", "revised", "sweetened", "initial", "latest", "annual", "written",
}  # fmt: skip
QUANTIFIER_SUBJECTS = {"some", "many", "most", "few", "several", "another"}
HAVE_FORMS = {"has", "have", "had", "having"}
CLAUSE_LINKS = {"but", "and", "yet", "still", "while", "though", "although"}
# prepositions before which a base cue form is a noun ("under fire", "amid protest")
BARE_NOUN_PREPS = {"under", "amid", "from", "with", "without", "of"}
# words before "email" / "emails" that make it a noun ("by email", "their emails")
EMAIL_NOUN_BEFORE = {
    "by", "via", "over", "through", "in", "an", "a", "the", "his", "her", "their", "its",
    "my", "our", "your", "per", "and", "or", "of", "with", "from", "to",
}  # fmt: skip


def is_cue(doc: Doc, i: int) -> bool:
    """Token i is a reporting verb used verbally (lower-case, not passive)."""
    t = doc.tokens[i]
    if not t.is_word or t.cap:
        return False
    if t.lower not in lx.CUE_FORMS:
        return False
    # the same cue is tested by several sieves (2-3 times per cue): memoised per document
    memo = doc.memo.get("is_cue")
    if memo is None:
        memo = doc.memo["is_cue"] = {}
    res = memo.get(i)
    if res is None:
        res = memo[i] = (
            (t.lower not in lx.CHARACTERISATION_FORMS or _characterisation_frame(doc, i))
            and not (t.lower in SHOW_FORMS and _shows_programmes(doc, i))
            and _is_verbal_cue(doc, i, t)
        )
    return res


SHOW_FORMS = {"show", "shows", "showed", "showing"}
# "continued to send …": the act goes on, nobody speaks (not "continued to insist that")
CONTINUE_FORMS = {"continue", "continues", "continued", "continuing"}


def _act_infinitive(toks, x: int) -> bool:
    """Token x is a lower-case verb after "to" that reports nothing ("send", "rise")."""
    return (
        x < len(toks)
        and toks[x].is_word
        and not toks[x].cap
        and toks[x].lower not in lx.CUE_FORMS
        and toks[x].lower not in lx.FUNCTION_WORDS
    )


# what a broadcaster or a venue shows: no finding ("Channel 5, which shows highlights of
# the Tour, said"; round 27)
BROADCAST_CONTENT = {
    "highlights", "coverage", "matches", "games", "episodes", "programmes", "programs",
    "films", "movies", "races", "reruns", "repeats", "documentaries", "cartoons",
}  # fmt: skip


def _shows_programmes(doc: Doc, i: int) -> bool:
    """ "shows highlights of …", "showed live coverage on …": "show" with a broadcast's
    content as its object (up to two words before the noun, a preposition or a break
    after it)."""
    toks = doc.tokens
    for k in range(i + 1, min(i + 4, len(toks) - 1)):
        if toks[k].lower in BROADCAST_CONTENT:
            # (a content noun that is a clause's subject, "shows coverage fell", is not)
            return toks[k + 1].lower in {"of", "on", "in", "from", ",", "."}
        if not toks[k].is_word or toks[k].lower == "that":
            return False
    return False


# words before a number that make it an amount ("adds about 10 days", "added another $5")
AMOUNT_APPROXIMATORS = {
    "about", "around", "roughly", "nearly", "almost", "some", "another", "an", "a",
    "extra", "up", "over", "more", "than", "at", "least", "only", "just",
}  # fmt: skip
AMOUNT_UNITS = {"minute", "hour", "day", "week", "month", "year", "mile", "kilometre", "kilometer"}


def _adds_amount_to(toks, i: int) -> bool:
    """ "adds about 10 days to the voyage", "added $2 billion to its costs", "add a further
    two weeks to the trial": "add" with an amount (a number within a few words) and "to"
    its recipient is a sum, no speech (not "added 10 people had died": no "to")."""
    n = len(toks)
    x = i + 1
    while x < n and x - i <= 4 and toks[x].lower in AMOUNT_APPROXIMATORS:
        x += 1
    if x < n and toks[x].text == "$":
        x += 1
    if x < n and toks[x].lower in AMOUNT_UNITS and toks[x - 1].lower in {"a", "an"}:
        x -= 1  # "adds about a week to the voyage": one unit
    elif not (x < n and (toks[x].text[:1].isdigit() or toks[x].lower in lx.CARDINALS)):
        return False
    for y in range(x + 1, min(x + 5, n)):
        if toks[y].lower == "to":
            return True
        if not toks[y].is_word and toks[y].text not in {"%", ",", "."}:
            return False
        if toks[y].text == "," or toks[y].lower in {"that", "had", "have", "were", "was"}:
            return False
    return False


# what an editor adds to a text: "would have added the words “…” to Section 3", "added
# language to the bill", "added a clause exempting …"
ADDED_TEXT_NOUNS = {
    "words", "word", "phrase", "phrases", "language", "clause", "clauses", "provision",
    "provisions", "amendment", "amendments", "sentence", "sentences", "paragraph",
    "paragraphs", "section", "sections", "line", "lines", "caveat", "disclaimer",
}  # fmt: skip


OFFERED_FORMS = {"offer", "offers", "offered", "offering"}
# (and a measure proposed: "Council member X, who proposed the measure,"; round 32)
OFFERED_FORMS |= {"propose", "proposes", "proposed", "proposing"}
MEASURE_NOUNS = {
    "amendment", "amendments", "bill", "bills", "motion", "motions", "resolution",
    "resolutions", "substitute", "measure", "ordinance", "ordinances",
}  # fmt: skip


def _offers_a_measure(toks, i: int) -> bool:
    """ "offered an amendment", "offered a substitute bill", "proposed the measure": a
    motion put, no speech."""
    n = len(toks)
    for x in range(i + 1, min(i + 4, n)):
        if toks[x].lower in MEASURE_NOUNS:
            return True
        if not toks[x].is_word:
            return False
    return False


def _adds_text(toks, i: int) -> bool:
    """ "added the words “…” to Section 3", "added a clause to the bill": a text's
    editing, no speech (the noun right after the verb or one determiner, then "to" /
    "into" a text: not a singer who "added the words, ‘…’" at a song's end)."""
    n = len(toks)
    x = i + 1
    if x < n and toks[x].lower in {"the", "a", "an", "new", "two", "three"}:
        x += 1
    if not (x < n and toks[x].lower in ADDED_TEXT_NOUNS):
        return False
    y = x + 1
    if y < n and toks[y].text in QUOTE_MARKS:  # the words themselves, then their place
        y += 1
        while y < n and y - x <= 40 and toks[y].text not in QUOTE_MARKS:
            y += 1
        y += 1
        return y < n and toks[y].lower in {"to", "into"}
    return any(toks[z].lower in {"to", "into"} for z in range(y, min(y + 3, n)))


def _characterisation_frame(doc: Doc, i: int) -> bool:
    """ "pounded the plan as “a giveaway”", "pounding him as a “con artist”": an object
    of at most six words, then "as", at most two words and an opening quotation mark."""
    toks = doc.tokens
    n = len(toks)
    for k in range(i + 2, min(i + 9, n - 1)):
        if toks[k].lower == "as":
            q = k + 1
            while q < n and q - k <= 2 and toks[q].is_word and not toks[q].cap:
                q += 1
            return q < n and toks[q].text in QUOTE_MARKS
        if not toks[k].is_word:
            return False
    return False


# "a press release", "a news release": the noun before a message noun spelt like a verb
PRESS_NOUNS = {"press", "news"}
# verbs a plural noun of opinion takes as its subject ("doubts remain", "fears grow")
NOUN_SUBJECT_VERBS = {
    "remain", "remained", "persist", "persisted", "linger", "lingered", "grow", "grew",
    "mount", "mounted", "surface", "surfaced", "abound", "emerge", "emerged",
}  # fmt: skip


# participles of a directive, passive with a bare "to" after them ("and told to leave")
DIRECTED_PARTICIPLES = {
    "told", "asked", "ordered", "urged", "advised", "instructed", "warned", "encouraged",
}  # fmt: skip


ASIDE_PREPOSITIONS = {
    "at",
    "in",
    "on",
    "by",
    "during",
    "last",
    "earlier",
    "this",
    "after",
    "before",
}


def _past_participle_aside(toks, i: int) -> bool:
    """ "a review clause, announced at the start of each quarter, would …": a participle
    opening an aside set off by commas after a noun, a preposition after it, and a finite
    verb right after the closing comma (within 12 words): a reduced relative on the noun
    before, no verb of saying (round 27, heldout24)."""
    n = len(toks)
    if (
        i < 2
        or i + 1 >= n
        or toks[i - 1].text != ","
        or toks[i + 1].lower not in ASIDE_PREPOSITIONS
    ):
        return False
    if not (
        toks[i - 2].is_word and not toks[i - 2].cap and toks[i - 2].lower not in lx.FUNCTION_WORDS
    ):
        return False
    for j in range(i + 2, min(n - 1, i + 13)):
        t = toks[j]
        if t.text == ",":
            return toks[j + 1].lower in FINITE_AUX
        if not (t.is_word or t.text in {"'s", "’s", "-"}):
            return False
    return False


# words before a number ("claims some 12,000 members", "more than 300 branches")
COUNT_APPROXIMATORS = {"some", "about", "around", "nearly", "almost", "over", "roughly", "up"}
# what a body counts as its own
COUNTED_HOLDINGS = {
    "members", "supporters", "followers", "affiliates", "branches", "chapters", "subscribers",
    "users", "customers", "clients", "employees", "workers", "staff", "farmers", "volunteers",
    "adherents", "congregations", "schools", "stores", "shops", "outlets",
}  # fmt: skip


CLAUSE_VERBS_AFTER_COUNT = {
    "had", "have", "has", "were", "was", "are", "is", "would", "will", "could", "can", "may",
    "might", "must", "should", "did", "do", "lost", "left", "quit",
}  # fmt: skip


def _past_form(t) -> bool:
    return t.is_word and not t.cap and t.lower.endswith("ed")


def _claims_a_count(toks, i: int) -> bool:
    """ "which claims some 180,000 members across six regions", "claims more than 300
    branches": a number of members or followers as the object of "claim" (within four
    words), a count the body gives of itself, no statement (round 27, heldout24)."""
    j = i + 1
    n = len(toks)
    while j < n and j - i <= 3 and toks[j].lower in COUNT_APPROXIMATORS | {"more", "than", "to"}:
        j += 1
    if j >= n or not toks[j].text[:1].isdigit():
        return False
    j += 1
    if j < n and toks[j].lower in {"million", "thousand"}:
        j += 1
    if j >= n or toks[j].lower not in COUNTED_HOLDINGS:
        return False
    # (not "claims 40 members had been sacked": a clause, its verb after the count)
    return j + 1 >= n or not (
        toks[j + 1].lower in CLAUSE_VERBS_AFTER_COUNT or _past_form(toks[j + 1])
    )


def _passive_before(doc: Doc, i: int) -> bool:
    """The conjunct before the "and" at i-1 is a passive ("had been charged with X and
    told to …", "was arrested and asked to …"): a form of "be", then a participle, within
    a few words and no comma (an elided "been" then governs the participle at i)."""
    toks = doc.tokens
    for j in range(i - 2, max(i - 9, 0), -1):
        t = toks[j]
        if not t.is_word:
            return False
        if t.lower in lx.BE_FORMS and t.lower not in {"'s", "’s"}:
            nx = toks[j + 1].lower
            return nx.endswith(("ed", "en")) or nx in {"not", "never"}
    return False


def _be_before(doc: Doc, i: int) -> bool:
    """A form of "be" right before token i, or before a negation or an -ly adverb there
    ("was told", "was not released", "were widely reported")."""
    toks = doc.tokens
    j = i - 1
    while (
        j > 0
        and i - j <= 2
        and (
            toks[j].lower in {"not", "never"}
            or (toks[j].lower.endswith("ly") and toks[j].is_word and not toks[j].cap)
        )
    ):
        j -= 1
    return j >= 0 and toks[j].lower in lx.BE_FORMS


# a plural cue form right after these is their object ("made plans", "making threats")
MAKE_OBJECT_VERBS = {"make", "makes", "made", "making"}
# verbs of a mutual exchange whose object is a cue's noun ("Kazakhstan, Kyrgyzstan trade
# blame over water", "the sides exchanged accusations")
EXCHANGE_VERBS = {
    "trade", "trades", "traded", "trading", "exchange", "exchanges", "exchanged", "exchanging",
}  # fmt: skip
# words that follow a noun, not a verb's clause ("the front counter for four decades")
NOUN_FOLLOWERS = {"for", "of", "at", "in", "on", "with", "from", "and", "or", "to", "by"}


def _determiner_and_modifier_before(doc: Doc, i: int) -> bool:
    """A bare cue form (no -s, -ed, -ing) after a determiner and one singular lower-case
    word, before a preposition or punctuation ("the front counter for …", "a formal
    complaint."): a noun phrase (a verb there would need a plural subject and would take
    its clause: "observers around the country say Scott …")."""
    toks = doc.tokens
    t = toks[i]
    if i < 2 or lx.CUE_FORMS.get(t.lower) != t.lower or t.lower.endswith(("s", "ed", "ing")):
        return False  # (only a base form: "the senator said" is a verb)
    m, d = toks[i - 1], toks[i - 2]
    if i > 2 and d.cap and d.lower in lx.DEMONYMS:
        d = toks[i - 3]  # "a Spanish reality show.": a nationality before the modifier
    elif (
        i > 2
        and _may_modify_a_noun(d)
        and not d.lower.endswith("s")
        and m.lower not in lx.CUE_FORMS
    ):
        d = toks[i - 3]  # "an off-duty security detail at the game": two modifiers
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.is_word and nxt.lower not in NOUN_FOLLOWERS:
        return False  # "observers around the country say Scott …": a verb with its clause
    return (
        d.lower in {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"}
        and _may_modify_a_noun(m)
        and not m.lower.endswith("s")
        and m.lower not in lx.CUE_FORMS
    )


# finite verbs right after a subject noun ("A red wind warning remains in place")
ING_NOUN_VERBS = {
    "is", "was", "has", "had", "remains", "remained", "stays", "stayed", "will", "would",
    "covers", "covered", "runs", "ran", "expires", "expired", "applies", "applied", "lasts",
    "ends", "ended",
}  # fmt: skip


def _ing_noun_subject(toks, i: int) -> bool:
    """An -ing cue form after a determiner and one or two modifiers, right before a
    finite verb ("A red wind warning remains in place", "an amber rain warning was
    issued"): the subject's noun, no participle (round 29, probe r29e)."""
    if i + 1 >= len(toks) or toks[i + 1].lower not in ING_NOUN_VERBS:
        return False
    k = i - 1
    while (
        k >= 0
        and i - k <= 2
        and _may_modify_a_noun(toks[k])
        and toks[k].lower not in SUBJECT_DETERMINERS
    ):
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].lower in SUBJECT_DETERMINERS


# the openers of a subject noun phrase before an -ing noun (narrower than lx.DETERMINERS)
SUBJECT_DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "its",
    "their",
    "our",
    "his",
    "her",
    "another",
}


def _may_modify_a_noun(m) -> bool:
    """A lower-case word that may modify a noun ("front", "off-duty"), no function word,
    no adverb."""
    return (
        m.is_word
        and m.text.replace("-", "").isalpha()
        and not m.cap
        and not m.lower.endswith("ly")
        and m.lower not in lx.FUNCTION_WORDS
    )


def _comparison_verb(doc: Doc, i: int) -> bool:
    """ "quicker than most fans expected.", "worse than analysts had feared,": a verb
    ending a comparison after "than" and its subject, with no clause of its own."""
    toks = doc.tokens
    if i + 1 < len(toks) and toks[i + 1].is_word:
        return False
    for j in range(i - 1, max(i - 5, -1), -1):
        if toks[j].lower == "than":
            return j < i - 1
        if not toks[j].is_word:
            return False
    return False


# what a price is counted in: "charging visitors five euros", "charges 20 pounds a month"
PRICE_WORDS = {
    "euros", "euro", "dollars", "dollar", "pounds", "cents", "pence", "yen", "rupees",
    "percent",
}  # fmt: skip


def _charged_with_or_for_money(doc: Doc, i: int) -> bool:
    """ "charged" before its object and "with" (a criminal charge) or a price (a fee): no
    words reported, unless a "that" clause or a quotation comes first."""
    toks = doc.tokens
    for k in range(i + 1, min(i + 15, len(toks))):
        tk = toks[k]
        if tk.lower == "that" or tk.text in QUOTE_MARKS or tk.text in {".", ";", ":"}:
            return False
        if tk.lower == "with" or tk.text[:1] in "$€£" or tk.text[:1].isdigit():
            return True
        if tk.lower in PRICE_WORDS and toks[k - 1].lower in lx.CARDINALS:
            return True
    return False


# a time right after a noun's "expected" ("a final report expected next year", "a verdict
# expected on Friday"): a reduced relative, when the thing is due (not "next year's …")
EXPECTED_WHEN_RE = re.compile(
    r" (?:(?:next|this|later this|early next) (?:week|month|year|spring|summer|autumn|fall"
    r"|winter|weekend|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?![’'])"
    r"|(?:on|in|by|within|before) (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January"
    r"|February|March|April|May|June|July|August|September|October|November|December"
    r"|\d{4}|the (?:coming|next|end|spring|summer|autumn|fall|winter)\b"
    r"|(?:a|two|three|four|six) (?:days|weeks|months|years))\b|soon\b|shortly\b)"
)


def stating_subject(doc: Doc, i: int) -> bool:
    """ "The lawsuit states that …", "he proudly states that …": "states" before "that"
    is a verb after he / she / it, an -ly adverb or a document noun; otherwise a plural
    noun ("swing states that Trump won", "the member states that object")."""
    toks = doc.tokens
    if i < 1 or i + 1 >= len(toks) or toks[i + 1].lower != "that":
        return False
    p = toks[i - 1]
    pl = p.lower
    if not p.is_word or p.cap and pl not in {"he", "she", "it"}:
        return False
    return pl in {"he", "she", "it"} or pl.endswith("ly") or pl in lx.STATING_DOCUMENTS


# a readiness before "to respond": a force's act ("ready to respond to any attack")
READINESS = {"ready", "prepared", "poised", "able", "standing"}


def _readiness_before(toks, k: int) -> bool:
    """Token k, or the word before the quote mark closing there ("fully ready" to …), is
    a readiness word."""
    if not toks[k].is_word and k > 0:
        k -= 1
    return toks[k].lower in READINESS


# cue forms that report only a "that" clause (a filing otherwise)
THAT_ONLY_FORMS = {"submitted", "submits"}


# what a player's line counts ("added 21 points and 12 rebounds", "added two goals",
# "adds 46 runs"), and the words that may stand before it ("12 offensive rebounds")
TALLY_NOUNS = {
    "point", "rebound", "assist", "steal", "block", "run", "goal", "wicket", "yard",
    "touchdown", "save", "strikeout", "hit", "try", "tries", "birdie", "ace", "catch",
    "catches", "tackle", "sack", "reception", "carry", "carries", "three-pointer", "homer",
    "boundary", "boundaries",
}  # fmt: skip
TALLY_MODIFIERS = {"free", "offensive", "defensive", "unforced", "more", "late", "second"}


def _adds_tally(toks, i: int) -> bool:
    """ "forward X added 21 points and 12 rebounds", "Smith added two goals": "add" with a
    number and a counted sports noun (TALLY_NOUNS, at most one modifier between) is a
    player's line, no speech (not "added 10 people had died", "added two more officers
    would …")."""
    n = len(toks)
    x = i + 1
    if x < n and toks[x].lower in {"another", "a", "further"}:
        x += 1
    if not (x < n and (toks[x].text[:1].isdigit() or toks[x].lower in lx.CARDINALS)):
        return False
    x += 1
    if x < n and toks[x].lower in TALLY_MODIFIERS:
        x += 1
    if x >= n:
        return False
    low = toks[x].lower
    if low not in TALLY_NOUNS and low.removesuffix("s") not in TALLY_NOUNS:
        return False
    # (a verb after the count makes it a clause's subject: "added 5 points were deducted")
    return not (x + 1 < n and toks[x + 1].lower in CLAUSE_VERBS)


def _asked_of_quoted_noun(doc: Doc, i: int) -> bool:
    """ "ask" at i after a one- or two-word lower-case subject right after a quotation
    that closes on a word, with no object after it ("would be “one of the first
    questions” investigators asked, but …"): a relative clause on the quoted noun, its
    object left out; a trailing cue comes after a quoted question or a comma."""
    toks = doc.tokens
    s = i - 1
    while s > 0 and i - s <= 2 and toks[s].is_word and not toks[s].cap:
        s -= 1
    if s == i - 1 or toks[s].text not in QUOTE_MARKS or s < 2:
        return False
    last = toks[s - 1]
    return (
        last.is_word
        and not last.cap
        and toks[s - 1].end == toks[s].start
        and (i + 1 >= len(toks) or not toks[i + 1].is_word)
    )


def _document_adjective_before(toks, i: int) -> bool:
    """A determiner, a document's adjective (NOUN_ADJECTIVES) and one or two lower-case
    singular noun modifiers right before token i ("its latest drinking water report", "the
    annual road safety review"): a noun phrase, not a verb's subject."""
    k = i - 1
    while k > 1 and i - k <= 2:
        w = toks[k]
        if (
            not (w.is_word and w.text.isalpha())
            or w.cap
            or w.lower in lx.FUNCTION_WORDS
            or w.lower in lx.CUE_FORMS
            or w.lower.endswith("s")
        ):
            return False
        k -= 1
        if toks[k].lower in NOUN_ADJECTIVES:
            return k > 0 and toks[k - 1].lower in OBJECT_DETERMINERS
    return False


def _is_verbal_cue(doc: Doc, i: int, t) -> bool:
    """is_cue for a lower-case cue form t at token i: not a passive, not a noun."""
    # (the spellings and the token list read once into locals: ~50 tests per cue)
    low = t.lower
    toks = doc.tokens
    if low == "states":
        return stating_subject(doc, i)
    if low == "respond" and i > 2 and toks[i - 1].lower == "to" and _readiness_before(toks, i - 2):
        return False  # "fully ready to respond to any provocation": an act, no words
    if low in THAT_ONLY_FORMS:
        # "counsel submitted that …"; "a proposal, submitted in March," is a filing
        return i + 1 < len(toks) and toks[i + 1].lower == "that"
    if lx.CUE_FORMS[low] == "know" and _acquaintance(toks, i):
        return False  # "have known each other since they were juniors": no view
    if low not in lx.SPEECH_FORMS and _helped_to_know(doc, i):
        return False  # "could help scientists understand how …": an aim, nobody's view
    if low.endswith("s") and i + 1 < len(toks) and toks[i + 1].lower in NOUN_SUBJECT_VERBS:
        return False  # "but doubts remain", "Questions linger": a plural noun, the subject
    if low in NOUN_PLURAL_CUES and _plural_noun_subject(toks, i):
        return False  # "Revenue estimates shape the budget": the noun, then its verb
    if _determiner_and_modifier_before(doc, i):
        return False  # "run the front counter", "a formal complaint": a noun
    if low.endswith("ing") and _ing_noun_subject(toks, i):
        return False  # "A red wind warning remains in place": the subject, a noun
    if low in NAMING_CALLS and _naming_relative(toks, i):
        return False  # "a teacher whom fans call the Admiral": a name, no words
    if _comparison_verb(doc, i):
        return False  # "taller than most fans expected.": a comparison, nobody's words
    if lx.CUE_FORMS[low] == "charge" and _charged_with_or_for_money(doc, i):
        return False  # "charged two developers with fraud", "charging visitors five euros"
    if lx.CUE_FORMS[low] == "add" and (_adds_amount_to(toks, i) or _adds_text(toks, i)):
        return False  # "the detour, which adds about 10 days to the voyage": a sum
    if lx.CUE_FORMS[low] == "add" and _adds_tally(toks, i):
        return False  # "Okoye added 21 points and 12 rebounds": a player's line
    if low in OFFERED_FORMS and _offers_a_measure(toks, i):
        return False  # "offered an amendment that would …": a legislative act, no words
    nx1 = toks[i + 1].lower if i + 1 < len(toks) else ""
    nx2 = toks[i + 2].lower if i + 2 < len(toks) else ""
    if lx.CUE_FORMS[low] == "estimate" and nx1 == "at" and nx2 not in {"least", "most"}:
        return False  # "the painting, estimated at £2 million,": a value, no one's estimate
    if lx.CUE_FORMS[low] == "decline" and (
        nx1[:1].isdigit() or nx1 in {"by", "sharply", "steeply", "slightly"}
    ):
        return False  # "patients declined 0.41 points", "sales declined by 4%": a fall
    if low.endswith("ed") and _past_participle_aside(toks, i):
        return False  # "a cap, announced at the start of each year, would …": an aside
    if lx.CUE_FORMS[low] == "claim" and _claims_a_count(toks, i):
        return False  # "a union which claims 180,000 members": a count it has, no words
    if lx.CUE_FORMS[low] == "ask" and _asked_of_quoted_noun(doc, i):
        return False  # 'would be "one of the first questions" investigators asked': a relative
    if i > 0:
        p = toks[i - 1]
        pl = p.lower
        if pl in MAKE_OBJECT_VERBS and low.endswith("s") and not low.endswith("ss"):
            return False  # "they made plans to …", "made claims": the object, a noun
        if pl in EXCHANGE_VERBS and not p.cap:
            return False  # "A, B trade blame over …": the exchange's object, a noun
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if pl == "and" and i > 1 and (toks[i - 2].lower, low) in lx.NOUN_BINOMIALS:
            return False  # "a balance between supply and demand": a fixed pair of nouns
        if low in SELF_NAMING_CALLS and nxt in REFLEXIVE_PRONOUNS:
            return False  # "a group calling itself the Northern Front": a name it takes
        if low == "found" and (nxt in VERDICT_WORDS or nxt == "not"):
            return False  # "Ex-officer found guilty of manslaughter": a verdict on him
        if low in CONTINUE_FORMS and nxt == "to" and _act_infinitive(toks, i + 2):
            return False  # "had continued to send codes": an act going on (round 32)
        if pl in START_STOP_VERBS and low in ACTIVITY_INGS and nxt not in ACTIVITY_CLAUSE_OPENERS:
            return False  # "insurers stopped writing new policies": a trade, no words
        if lx.PASSIVE_PARTICIPLES.get(low) == nxt:
            return False  # "A mayor accused of bribery told …": the object comes first if active
        if i > 1 and lx.PASSIVE_PARTICIPLES.get(toks[i - 2].lower) == pl:
            return False  # "A man accused of threatening a judge told …": the charge
        if _be_before(doc, i) and low.endswith(
            ("ed", "told", "said", "known", "thought", "felt", "found", "shown", "written")
        ):
            return False  # passive: "was told", "is expected", "was not released"
        if low == "welcome" and _be_before(doc, i):
            return False  # "she would be welcome at its meetings": an adjective
        if pl == "and" and nxt == "to" and low in DIRECTED_PARTICIPLES and _passive_before(doc, i):
            return False  # "was arrested and told to leave": "told" is passive too
        if pl in BARE_NOUN_PREPS and lx.CUE_FORMS[low] == low:
            return False  # "had come under fire from …", "amid fire": a noun, no verb
        if low in {"email", "emails"} and (pl in lx.DETERMINERS or pl in EMAIL_NOUN_BEFORE):
            return False  # "responded by email:", "in an email": the medium, a noun
        if pl in lx.BE_FORMS and low == "continuing":
            return False  # aspect, not speech: "talks were continuing"
        if pl in lx.DETERMINERS and pl not in {"that", "this"}:
            if (
                pl in QUANTIFIER_SUBJECTS
                and not low.endswith("s")
                # (singular "another" is a subject only before a past tense: not
                # "Another challenge: …")
                and (pl != "another" or low.endswith(PAST_ENDINGS))
                and (i < 2 or not toks[i - 2].is_word or toks[i - 2].lower in CLAUSE_LINKS)
            ):
                return True  # "Some believe …", "But many say …": a quantifier as the subject
            if pl == "one" and i > 1 and toks[i - 2].lower == "no":
                return True  # "No one expected …"
            if pl in lx.CARDINALS and low in {"said", "told", "added"}:
                return True  # "The father of two said …", "The two told reporters …"
            if pl == "her" and low in {"said", "told", "says", "tells"}:
                return True  # "A source close to her said …": an object pronoun, no noun
            # a noun ("the claims", "his reply") unless a floating quantifier ("they all said")
            return pl in {"all", "both", "each"} and low.endswith(PAST_ENDINGS)
        if _attributive_participle(doc, i):
            return False  # "his recently revealed tax strategies": an adjective
        if (
            low == "expected"
            and p.is_word
            and not p.cap
            and pl not in lx.SUBJECT_PRONOUNS
            and EXPECTED_WHEN_RE.match(doc.text, t.end)
        ):
            return False  # "a final report expected next year": due then, nobody's view
        if (
            pl in NOUN_ADJECTIVES
            and i > 1
            and toks[i - 2].lower in OBJECT_DETERMINERS
            and not low.endswith(PAST_ENDINGS + ("ing",))
        ):
            return False  # "expect a higher offer", "the final report": a noun
        if low in BASE_NOUN_CUES and _document_adjective_before(toks, i):
            return False  # "in its latest drinking water report that …": a noun (round 32)
        if low.startswith("conced") and _outcome_conceded(doc, i):
            return False  # "conceded defeat", "conceded two goals": a result, not speech
        if p.text[:1].isdigit() and low.endswith("ed") and _noun_next(doc, i):
            return False  # "85 suspected cases", "the 40 reported deaths": an adjective
        if pl.endswith(("'s", "’s")) and low in HEARSAY_ADJECTIVES and _noun_next(doc, i):
            return False  # "Iran's suspected role", "the firm's alleged fraud": an adjective
        if (
            low in POSSESSED_ADJECTIVES
            and (pl.endswith(("'s", "’s")) or pl in lx.POSSESSIVE_DETERMINERS)
            and _noun_next(doc, i)
        ):
            return False  # "Hollis's repeated assurances", "her stated aim": an adjective
        if pl in HAVE_FORMS and low.endswith("s") and not low.endswith("ss"):
            return False  # a noun after have: "the striker has offers from three clubs"
        if (
            pl.endswith(("'s", "’s"))
            and not low.endswith(("ed", "aid", "old"))
            and contracted_pronoun(doc, i - 1) is None  # "He's claiming": a verb
        ):
            return False  # a noun after a possessive: "Holt's question", "Obama's remarks"
        if low in NAMING_FORMS and _naming(doc, i):
            return False  # "a group called Lashkar-e-Taiba": a name, not a statement
        if p.cap and low in NOUN_PLURAL_CUES and _noun_after_name(doc, i):
            return False  # "below Wall Street estimates": a noun modified by a name
        if (
            p.cap
            and lx.CUE_FORMS[low] == low
            and low not in PAST_AS_BASE
            and low not in VERB_ONLY_BASES
            and _determined_name_before(doc, i)
        ):
            return False  # "the Tulsa protest remained peaceful": a base form, a noun
        if low in PUBLISHED_FORMS and pl in PUBLISHED_DOCUMENTS:
            return False  # "A CDC report released Thursday found": a participle
        if low in ANSWER_FORMS and _thing_does_not_answer(doc, i):
            return False  # "It does not answer whether …": a record settles nothing
        if low in PUBLISHED_FORMS and _object_relative(doc, i):
            return False  # "the only “files” that Ray released online were …": no words
        if low in BASE_NOUN_CUES and p.cap and _determined_name_before(doc, i):
            return False  # "A CDC report released Thursday found": a noun
        if low in BASE_NOUN_CUES and speech_verb_next(doc, i):
            return False  # "A new U.N. report said …": the subject of "said", a noun
        if pl in {"and", "or"} and _coordinated_plural_subject(doc, i):
            return False  # "the shootings and protests demand …": a noun, the subject
        if low.endswith("ing") and _reduced_relative(doc, i):
            return False  # "Residents reporting damage should call …": a noun's modifier
        if low.endswith("ed") and _reduced_relative(doc, i) and _verb_after_complement(doc, i):
            return False  # "Residents worried about flooding should call …": an adjective
        if pl in PRESS_NOUNS and low in lx.MESSAGE_NOUNS:
            return False  # "a press release saying …": a message, not a verb
        if low in ING_NOUNS and _modified_noun(doc, i):
            return False  # "issued a flash flood warning for …": a noun
        if low.endswith("ing") and _title_after_gerund(doc, i):
            return False  # "Tom Ruiz, creative writing teacher": part of a role
        if pl == "to" and i > 1 and toks[i - 2].lower in PERMISSION_WORDS:
            return False  # "not authorized to discuss the case": permission, no statement
        if (
            low.endswith("ed")
            and (p.text == "," or p.is_word and not p.cap)
            and _by_agent_follows(doc, i)
        ):
            return False  # "a poll released Monday by Gallup found": a passive participle
        if (
            pl in {"who", "that"}
            and low not in lx.SPEECH_FORMS  # "Smith, who criticized the plan, said"
            and _in_subject_relative(doc, i)
        ):
            return False  # "A man who knew Lane said …": the subject's relative clause
        if low not in lx.SPEECH_FORMS and _in_comma_relative(doc, i):
            return False  # "A neighbor, who … because she feared reprisals, said …"
        if _in_which_relative(doc, i):
            return False  # "The agency, which has proposed new rules on X, declined …"
    return True


# "found guilty / liable / dead": a passive verdict or finding about the subject
VERDICT_WORDS = {
    "guilty", "innocent", "liable", "dead", "alive", "unconscious", "unfit",
    # a state found in a thing: "the units that inspectors found missing from the records"
    "missing", "empty", "intact", "safe", "unharmed", "wanting", "lacking", "absent",
    "abandoned", "locked", "unlocked", "damaged", "broken", "open", "closed",
}  # fmt: skip
# verbs of starting and stopping an activity: "stopped writing new policies", "began
# issuing permits" (a trade or a routine, no words: not "began writing that …")
START_STOP_VERBS = {
    "stopped", "stop", "stops", "stopping", "started", "start", "starts", "starting",
    "began", "begin", "begins", "begun", "quit", "quits", "ceased", "cease", "ceases",
    "resumed", "resume", "resumes",
}  # fmt: skip
ACTIVITY_INGS = {"writing", "issuing", "publishing", "drafting", "offering", "selling"}
ACTIVITY_CLAUSE_OPENERS = {"that", ":", '"', "“", "‘", "to"}
HELP_FORMS = {"help", "helps", "helped", "helping"}


# people known to each other (round 27): "have known each other / one another since …",
# "has known him for years"
RECIPROCALS = {"each", "one"}
PERSON_OBJECTS = {"him", "her", "them", "me", "us", "you"}


def _acquaintance(toks, i: int) -> bool:
    """ "The two players have known each other since they were juniors", "She has known
    him for 20 years": knowing a person, no statement."""
    if i + 2 >= len(toks):
        return False
    nxt = toks[i + 1].lower
    if nxt in RECIPROCALS:
        return toks[i + 2].lower in {"other", "another"}
    return nxt in PERSON_OBJECTS and toks[i + 2].lower in {"for", "since"}


def _helped_to_know(doc: Doc, i: int) -> bool:
    """ "help scientists understand", "helped the team determine": a verb of knowing
    after "help" and its object (at most three words, no verb or punctuation)."""
    toks = doc.tokens
    for b in range(i - 1, max(-1, i - 5), -1):
        low = toks[b].lower
        if low in HELP_FORMS:
            return True
        if not toks[b].is_word or low in FINITE_AUX or low in lx.CUE_FORMS:
            return False
    return False


def _attributive_participle(doc: Doc, i: int) -> bool:
    """``the widely reported deal``, ``his recently revealed strategies``: a participle
    after an article or possessive and an -ly adverb (or an ordinal) modifies the noun
    that follows."""
    toks = doc.tokens
    if i < 2 or i + 1 >= len(toks) or not toks[i].lower.endswith("ed"):
        return False
    before = toks[i - 2].lower
    if toks[i - 1].lower in ORDINAL_MODIFIERS:
        # "Fenwick's last recognised batsman", "the first reported case": an adjective
        return (before in OBJECT_DETERMINERS or before.endswith(("'s", "’s"))) and _noun_next(
            doc, i
        )
    return (
        toks[i - 1].lower.endswith("ly")
        and toks[i - 1].lower not in lx.LY_NOUNS
        and before in OBJECT_DETERMINERS
        and toks[i + 1].is_word
    )


# ordinals before a participle that modifies a noun ("his last recognised batsman")
ORDINAL_MODIFIERS = {"last", "first", "only", "sole", "lone", "final", "next"}


def _outcome_conceded(doc: Doc, i: int) -> bool:
    """Is the object of "concede" at token i a defeat, a contest or a score?"""
    toks = doc.tokens
    k = i + 1
    while (
        k < len(toks) and k - i <= 3 and (toks[k].lower in lx.DETERMINERS or toks[k].text.isdigit())
    ):
        k += 1
    return k < len(toks) and toks[k].lower in lx.CONCEDED_OUTCOMES


# participles of hearsay that modify a noun after a possessive ("Iran's suspected role"),
# never a verb there (a possessive's "has" is written out before them)
HEARSAY_ADJECTIVES = {"suspected", "alleged", "purported", "rumored", "rumoured", "presumed"}
# participles of saying that modify a noun after a possessive ("Hollis's repeated
# assurances", "their stated aim", "his professed innocence"; round 29): "has" is never
# written "'s" before them in news copy, and a possessive pronoun has no verb after it
POSSESSED_ADJECTIVES = {"repeated", "stated", "declared", "professed", "avowed", "announced"}


def _noun_next(doc: Doc, i: int) -> bool:
    """Is token i followed by a lower-case content word (a noun it modifies)?"""
    toks = doc.tokens
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.is_word and not nxt.cap and nxt.lower not in lx.FUNCTION_WORDS


def _appositive_head_before(doc: Doc, b: int) -> bool:
    """ "X, a woman who declined to give her name, said": the relative word at b follows
    a short lower-case appositive head that opens after a comma (a determiner first)."""
    toks = doc.tokens
    a = b - 1
    while a > 0 and b - a <= 4 and toks[a].is_word and not toks[a].cap:
        if toks[a - 1].text == ",":
            return toks[a].lower in {"a", "an", "the", "one"} and a < b - 1
        a -= 1
    return False


# dashes that open and close an aside as commas do ("X — who has opposed it — said")
ASIDE_DASHES = {"—", "–", "--"}


def _in_comma_relative(doc: Doc, i: int) -> bool:
    """Cue i sits later in a ", who …," (or "— who … —") relative clause of the subject
    of a speech verb right after it ("X, who declined to be named because she feared
    reprisals, said"), with a plain object: no finite clause between the cue and the
    closing mark."""
    toks = doc.tokens
    b = i - 1
    while b > 0 and i - b <= 12:
        tb = toks[b]
        if not tb.is_word:
            return False
        if tb.lower == "who":
            break
        b -= 1
    else:
        return False
    if b == i - 1:
        return False  # ", who feared …" right after: _in_subject_relative's case
    mark = toks[b - 1].text if b >= 1 else ""
    if toks[b - 1].is_word:
        # "X — a Democrat who has opposed the plan — said": the relative on an
        # appositive noun phrase (an article and up to three words) between the marks
        a = b - 1
        while a > 0 and b - a <= 4 and toks[a].is_word and toks[a].lower not in lx.ARTICLES:
            a -= 1
        if a > 0 and toks[a].lower in lx.ARTICLES:
            mark = toks[a - 1].text
    if mark != "," and mark not in ASIDE_DASHES:
        return False
    closers = {","} if mark == "," else ASIDE_DASHES
    for j in range(i + 1, min(len(toks) - 1, i + 9)):
        t = toks[j]
        if t.text in closers:
            nxt = toks[j + 1]
            return nxt.lower in lx.SPEECH_FORMS and not nxt.cap
        if not t.is_word or t.lower in CLAUSE_VERBS or t.lower == "that":
            return False
    return False


# words between a body's ", which" and the verb of its relative ("which has long proposed")
WHICH_AUX = {"has", "have", "had", "also", "already", "long", "recently"}


def _in_which_relative(doc: Doc, i: int) -> bool:
    """Cue i is the verb of a ", which …," relative describing a body, with a plain
    object (no "that", quote, pronoun subject or finite verb before the closing comma)
    and the main clause's lower-case verb after it ("The department, which has proposed
    new rules on smoke claims, declined to comment"): the body's background, no words."""
    toks = doc.tokens
    b = i - 1
    while b > 0 and i - b <= 3 and toks[b].lower in WHICH_AUX:
        b -= 1
    if b < 1 or toks[b].lower != "which" or toks[b - 1].text != ",":
        return False
    for j in range(i + 1, min(len(toks) - 1, i + 12)):
        t = toks[j]
        if t.text == ",":
            nxt = toks[j + 1]
            return j > i + 1 and nxt.is_word and not nxt.cap and nxt.lower not in lx.FUNCTION_WORDS
        if (
            not t.is_word
            or t.lower in CLAUSE_VERBS
            or t.lower == "that"
            or t.lower in lx.SUBJECT_PRONOUNS
        ):
            return False
    return False


# participles of publishing after a document noun ("the report released Thursday")
PUBLISHED_FORMS = {"released", "published", "issued", "posted", "leaked", "obtained", "filed"}
PUBLISHED_DOCUMENTS = {
    "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "analysis",
    "review", "audit", "memo", "letter", "statement", "data", "figures", "documents",
    "filings", "records", "paper", "ruling", "findings", "assessment", "estimates",
    # "In a farewell column posted online Tuesday, X wrote": pieces of writing too
    "column", "columns", "article", "articles", "essay", "essays", "op-ed", "editorial",
    "video", "videos", "post", "posts", "blog", "tweet", "tweets", "message", "messages",
}  # fmt: skip
ANSWER_FORMS = {"answer", "answers"}
# a thing's pronoun before a present negation ("it does not", "they don't")
THING_PRONOUNS = {"it", "this", "they"}
THING_NEGATIONS = {"does not", "do not", "doesn't", "don't"}


def _thing_does_not_answer(doc: Doc, i: int) -> bool:
    """ "The video … It also does not answer whether he had a gun": a present "not
    answer" after "it"/"they" says what a record leaves open (a refusal is told in the
    past, "did not answer", or with a modal, "would not answer", and stays)."""
    toks = doc.tokens
    j = i - 1
    words: list[str] = []
    while j >= 0 and len(words) < 3 and toks[j].is_word and toks[j].lower not in THING_PRONOUNS:
        words.insert(0, toks[j].lower)
        j -= 1
    if j < 0 or toks[j].lower not in THING_PRONOUNS:
        return False
    negation = " ".join(w for w in words if w not in {"also", "still", "even"})
    return negation in THING_NEGATIONS


# nouns whose "that" opens a content clause ("the fact that Ray released the files")
CONTENT_CLAUSE_NOUNS = {
    "fact", "news", "report", "reports", "claim", "claims", "idea", "notion", "word", "sign",
    "signs", "evidence", "allegation", "allegations", "suggestion", "possibility", "so",
}  # fmt: skip
GAP_RELATIVES = {"that", "which"}
CLOSING_MARKS = {"”", "’", '"', "'"}


def _object_relative(doc: Doc, i: int) -> bool:
    """Publishing verb i ends a relative clause whose object is the gap: ``the only
    “files” that Ray released online were …``, ``the data which the city issued``; the
    thing handed out is the noun (or quoted term) before "that", no words of Ray's."""
    toks = doc.tokens
    if i + 1 < len(toks) and (toks[i + 1].lower in lx.DETERMINERS or toks[i + 1].lower == "only"):
        return False  # "the fact that Ray released the files": the object follows
    for r in range(i - 1, max(0, i - 7), -1):
        if toks[r].lower in GAP_RELATIVES:
            head = toks[r - 1] if r > 0 else None
            return (
                r < i - 1
                and head is not None
                and (head.text in CLOSING_MARKS or head.is_word and not head.cap)
                and head.lower not in CONTENT_CLAUSE_NOUNS
                and not head.lower.endswith("ed")  # "frustrated that …": an adjective's clause
                and head.lower not in lx.FUNCTION_WORDS
                and head.lower not in lx.CUE_FORMS
            )
        if not toks[r].is_word:
            return False
    return False


# base forms of cues that are also singular nouns ("a CDC report", "the Gallup estimate")
BASE_NOUN_CUES = {
    "report", "estimate", "claim", "statement", "forecast", "comment", "promise", "pledge",
    "threat", "demand", "answer", "reply", "request", "proposal", "response", "complaint",
    "charge", "question", "warning", "study", "survey", "analysis",
}  # fmt: skip


def _determined_name_before(doc: Doc, i: int) -> bool:
    """ "a/an/the" and one to three capitalised words (not a plural: "The Democrats
    claim …") right before token i."""
    toks = doc.tokens
    k = i - 1
    while (
        k >= 0
        and i - k <= 3
        and toks[k].cap
        and toks[k].is_word
        and toks[k].lower not in {"a", "an", "the"}
    ):
        k -= 1
    return (
        k >= 0
        and k < i - 1
        and toks[k].lower in {"a", "an", "the"}
        and not toks[i - 1].lower.endswith("s")
    )


def speech_verb_next(doc: Doc, i: int) -> bool:
    """A finite speech verb right after token i: "report said", "study found" (no verb
    is followed by another finite verb, so token i is the noun before it)."""
    toks = doc.tokens
    return i + 1 < len(toks) and toks[i + 1].lower in FINITE_SPEECH_VERBS


FINITE_SPEECH_VERBS = {
    "said", "says", "found", "finds", "stated", "states", "showed", "shows", "concluded",
    "concludes", "warned", "warns", "noted", "notes", "added", "adds", "argued", "argues",
}  # fmt: skip


def _reduced_relative(doc: Doc, i: int) -> bool:
    """The -ing cue i right after the plural noun that opens its sentence, not followed
    by "that" ("Witnesses describing the scene said …", "Families reporting income above
    the limit pay more"): it modifies that noun; a verb in -ing needs "is", a comma
    or "with" before its subject ("with officials saying …")."""
    toks = doc.tokens
    if i + 1 < len(toks) and toks[i + 1].lower == "that":
        return False
    p = toks[i - 1]
    if not (p.is_word and p.lower.endswith("s") and not p.lower.endswith("ss")):
        return False
    if p.lower not in lx.GROUP_NOUNS and (p.cap or p.lower in lx.FUNCTION_WORDS):
        return False
    k = i - 2
    while k >= 0 and i - k <= 4 and toks[k].is_word and not toks[k].cap:
        if toks[k].lower not in lx.DETERMINERS:
            return False  # "… and then told residents reporting …": not the opening noun
        k -= 1
    if k >= 0 and toks[k].is_word:
        return toks[k].cap and toks[k].lower in lx.DETERMINERS  # "Many residents …"
    return k < 0 or toks[k].text in {".", "!", "?", "“", '"', "—", "–", ":", ","}


def _coordinated_plural_subject(doc: Doc, i: int) -> bool:
    """A plural-looking cue i after "and" / "or" right before a finite verb ("said the
    shootings and protests demand …", "… and threats are growing"): the second head of
    a coordinated subject, not a verb (two finite verbs never follow each other)."""
    toks = doc.tokens
    t = toks[i].lower
    if i + 1 >= len(toks) or not t.endswith("s") or t.endswith("ss"):
        return False
    nxt = toks[i + 1]
    return not nxt.cap and (
        nxt.lower in FINITE_AUX
        or nxt.lower in FINITE_SPEECH_VERBS
        or (nxt.lower in lx.CUE_FORMS and nxt.lower.endswith("s") and not nxt.lower.endswith("ss"))
    )


# speech verbs a group opens a clause with ("Farmers worried about X told reporters …")
SUBJECT_VERBS = {"say", "told", "tell", "wrote", "write"}


def _verb_after_complement(doc: Doc, i: int) -> bool:
    """The -ed cue i takes a prepositional complement, and a finite verb follows it in
    the same clause ("Residents worried about flooding should call …", "Farmers worried
    about the drought said …"): i is an adjective of the subject, not its verb."""
    toks = doc.tokens
    if i + 1 >= len(toks) or toks[i + 1].lower not in lx.PARTICIPLE_COMPLEMENTS:
        return False
    for m in range(i + 3, min(i + 12, len(toks))):
        t = toks[m]
        if not t.is_word:
            return False  # a comma or the sentence end: "Residents worried about it."
        if t.lower in FINITE_AUX or t.lower in FINITE_SPEECH_VERBS or t.lower in SUBJECT_VERBS:
            return True
    return False


# cue forms in -ing that are also nouns ("a tornado warning", "the court's ruling")
ING_NOUNS = {"warning", "ruling", "finding", "briefing", "filing", "saying"}


def _title_after_gerund(doc: Doc, i: int) -> bool:
    """A bare singular title noun after the -ing word i, not before a name: the -ing word
    modifies a role ("creative writing teacher", "a speaking coach"); a verb would take a
    determiner or a plural ("telling officials …") or a titled name ("telling coach Ames")."""
    toks = doc.tokens
    if i + 1 >= len(toks):
        return False
    title = toks[i + 1]
    if toks[i].lower == "defending" and title.lower.startswith(("champion", "titleholder")):
        return True  # "beat defending champion Iga Nowak": a set phrase, not a verb
    if title.cap or title.lower not in lx.TITLE_HEADS or title.lower in lx.GROUP_NOUNS:
        return False
    if title.lower.endswith("s") and not title.lower.endswith("ss"):
        return False
    return i + 2 >= len(toks) or not toks[i + 2].cap


SPEND_FORMS = {"spend", "spends", "spent", "spending"}
# the lower-case words of a stretch of time after "spent" ("the week", "much of the
# campaign", "two days", "weeks")
SPENT_TIME_WORDS = {
    "the", "a", "an", "much", "most", "all", "part", "of", "past", "last", "two", "three",
    "several", "few", "entire", "whole", "campaign", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "hours", "morning", "afternoon", "evening",
    "weekend", "summer", "spring", "fall", "autumn", "winter",
}  # fmt: skip


def spent_time_before(doc: Doc, k: int, lo: int) -> bool:
    """ "X spent the week touting …": a form of "spend" and a stretch of time before the
    participle, whose subject is the main clause's."""
    toks = doc.tokens
    j = k - 1
    while j > 0 and k - j <= 5 and toks[j].start >= lo and toks[j].lower in SPENT_TIME_WORDS:
        j -= 1
    return j < k - 1 and toks[j].lower in SPEND_FORMS and toks[j].start >= lo


def _modified_noun(doc: Doc, i: int) -> bool:
    """One or two lower-case singular nouns between a determiner and token i ("a flash
    flood warning", "the tsunami warning"): a noun phrase, not a verb (but a message
    noun is what speaks: "a letter saying …", "a text warning that …")."""
    toks = doc.tokens
    if message_before(toks, i, 0) is not None or spent_time_before(doc, i, 0):
        return False  # ("spent the weekend arguing that …": a verb)
    k = i - 1
    while k >= 0 and i - k <= 3:
        t = toks[k]
        if t.lower in lx.DETERMINERS:
            return k < i - 1 and not _absolute_clause_verb(toks, k, i)
        if (
            not (t.is_word and t.text.isalpha())
            or t.cap
            or t.lower in lx.FUNCTION_WORDS
            or t.lower in lx.CUE_FORMS
            or t.lower.endswith(("s", "ed", "ly"))
        ):
            return False
        k -= 1
    return False


def _absolute_clause_verb(toks, k: int, i: int) -> bool:
    """ "…, with the regulator saying it had …": after "with" and a noun phrase from k,
    the -ing word i takes a clause ("that", a subject pronoun): a verb, not a noun (not
    "with the flood warning in effect")."""
    return (
        k > 0
        and toks[k - 1].lower in {"with", "without"}
        and i + 1 < len(toks)
        and (toks[i + 1].lower == "that" or toks[i + 1].lower in lx.SUBJECT_PRONOUNS)
    )


# time words between a participle and its agent: "released on Monday by Gallup"
AGENT_GAP_WORDS = lx.WEEKDAYS | {
    "on", "last", "this", "earlier", "week", "month", "year", "jointly",
}  # fmt: skip


def _by_agent_follows(doc: Doc, i: int) -> bool:
    """``by`` plus a named or determined agent follows token i within a time phrase."""
    toks = doc.tokens
    k = i + 1
    while k < len(toks) and k - i <= 3 and toks[k].lower in AGENT_GAP_WORDS:
        k += 1
    if k + 1 >= len(toks) or toks[k].lower != "by":
        return False
    nxt = toks[k + 1]
    if nxt.cap or nxt.lower in lx.DETERMINERS:
        return True
    # a bare plural agent: "a claim disputed by auditors" (not "by saying", "by phone")
    return (
        nxt.is_word
        and nxt.lower.endswith("s")
        and not nxt.lower.endswith(("ss", "ing"))
        and nxt.lower not in lx.FUNCTION_WORDS
    )


# cue forms that are also plural nouns ("analyst estimates", "Kremlin claims")
NOUN_PLURAL_CUES = {
    "estimates", "reports", "claims", "forecasts", "comments", "promises", "threats",
    "pledges", "demands", "questions", "answers", "replies", "charges", "complaints",
    "requests", "proposals", "statements", "warnings", "predictions", "projections",
    "accusations", "denials", "responses", "hopes", "fears", "doubts", "concerns",
}  # fmt: skip
# determiners opening a verb's object after a plural noun subject ("estimates drive the")
OBJECT_OPENERS = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "every",
    "each", "much", "most",
}  # fmt: skip


def _plural_noun_subject(toks, i: int) -> bool:
    """ "Population estimates drive the distribution of …", "Analyst forecasts put the
    figure …": a plural cue form, a bare lower-case present verb (no -s, -ed, -ing, -ly,
    no function word) and then its object's determiner: the cue form is the subject's
    noun ("she estimates the cost" keeps the determiner right after the verb)."""
    n = len(toks)
    if i == 0 or i + 2 >= n:
        return False
    p, v, o = toks[i - 1], toks[i + 1], toks[i + 2]
    if not p.is_word or p.lower in lx.SUBJECT_PRONOUNS or p.lower in lx.FUNCTION_WORDS:
        return False
    low = v.lower
    return (
        v.is_word
        and v.text.isalpha()
        and not v.cap
        and low not in lx.FUNCTION_WORDS
        and low not in lx.CARDINALS
        and low not in lx.CUE_FORMS
        and not low.endswith(("s", "ed", "ing", "ly"))
        and o.lower in OBJECT_OPENERS
    )


# prepositions that do not link a speaker to its organisation ("an analyst at X")
NOUN_PREPOSITIONS = {
    "below", "above", "beyond", "than", "in", "on", "from", "under", "over", "despite",
    "against", "amid", "after", "before", "into", "about", "like", "unlike", "to",
}  # fmt: skip


def _noun_after_name(doc: Doc, i: int) -> bool:
    """``below Wall Street estimates``, ``amid White House denials``: a capitalised
    modifier after a preposition, then the cue form, is a noun phrase."""
    toks = doc.tokens
    k = i - 1
    while k >= 0 and i - k <= 4 and toks[k].cap and toks[k].is_word:
        k -= 1
    if k < 0 or k == i - 1 or not toks[k].is_word or toks[k].cap:
        return False
    if toks[k].lower not in NOUN_PREPOSITIONS:
        return False
    if i + 1 >= len(toks):
        return True
    nxt = toks[i + 1].lower
    # "The ministry in Moscow claims the strike …": a verb before its clause
    return nxt != "that" and nxt not in lx.SUBJECT_PRONOUNS and nxt not in lx.DETERMINERS


# base forms that are also past tenses ("The Fed forecast a slowdown"): may be verbs
PAST_AS_BASE = {"forecast", "broadcast", "hit", "cut", "put", "set", "read", "bet", "cast"}
# base forms that are no noun after a name ("captains who spoke to the Harbour Gazette
# say …": the plural subject's verb; round 29; not "think": "a Nairobi-based think tank")
VERB_ONLY_BASES = {"say", "insist"}


CLAUSE_VERBS = (
    lx.BE_FORMS | HAVE_FORMS | {"would", "will", "could", "should", "can", "might", "did"}
)


def _in_subject_relative(doc: Doc, i: int) -> bool:
    """Cue i opens a short relative clause ("who knew Lane", ", who spoke to him,") that
    modifies the subject of a speech verb right after it; no finite clause inside."""
    toks = doc.tokens
    if i < 2 or not toks[i - 2].is_word and toks[i - 2].text != ",":
        return False
    # (", who …," or ", a woman who …,": an appositive's relative, closed by a comma)
    comma = toks[i - 2].text == "," or _appositive_head_before(doc, i - 1)
    for j in range(i + 1, min(len(toks), i + 9)):
        t = toks[j]
        if comma and t.text == ",":
            return j + 1 < len(toks) and toks[j + 1].lower in lx.SPEECH_FORMS
        if not t.is_word:
            return False
        if t.lower in lx.SPEECH_FORMS and not t.cap and j > i + 1 and not comma:
            return toks[j - 1].lower not in {"to", "and", "or", "not"}
        if t.lower in CLAUSE_VERBS or t.lower == "that":
            return False
    return False


PERMISSION_WORDS = {
    "authorized", "authorised", "allowed", "permitted", "cleared", "empowered", "entitled",
}  # fmt: skip
NAMING_FORMS = {"called", "dubbed", "named", "titled", "labeled", "labelled", "branded"}


NAMING_CALLS = {"call", "calls", "called"}
# things whose names are written in lower case (international non-proprietary names of
# drugs, chemicals, species): "the drug, called lorevistat,"
LOWER_CASE_NAMED_NOUNS = {
    "drug", "drugs", "medicine", "medicines", "medication", "compound", "molecule",
    "pill", "injection", "antibody", "vaccine", "treatment", "therapy", "chemical",
    "pesticide", "herbicide", "fungicide", "insecticide", "substance", "species",
    "bacterium", "fungus", "enzyme", "protein", "hormone", "painkiller", "antibiotic",
}  # fmt: skip
REFLEXIVE_PRONOUNS = {"itself", "themselves", "himself", "herself"}
SELF_NAMING_CALLS = frozenset(NAMING_CALLS | {"calling"})  # "a group calling itself …"


def _naming_relative(toks, k: int) -> bool:
    """ "whom supporters call", "whom her students called", "who they call": the
    relative pronoun is the object of "call" at k; what follows is a name they give."""
    if k >= 3 and toks[k - 2].lower == "whom" or k >= 4 and toks[k - 3].lower == "whom":
        lo = k - 2 if toks[k - 2].lower == "whom" else k - 3
        return all(toks[x].is_word and not toks[x].cap for x in range(lo + 1, k))
    return k >= 3 and toks[k - 2].lower == "who" and toks[k - 1].lower in {"they", "we", "i"}


def _naming(doc: Doc, i: int) -> bool:
    """``a group called X``: an indefinite noun phrase, then a capitalised name."""
    toks = doc.tokens
    p = toks[i - 1]
    if i + 1 >= len(toks):
        return False
    if p.text == "," and i > 1 and toks[i - 2].is_word and not toks[i - 2].cap:
        # "The program, called EB-5, allows …": a name in an appositive participle
        # (also with its article: "the device, called the Lumora Fold, would …")
        first = i + 2 if toks[i + 1].lower == "the" else i + 1
        j = first
        while j < len(toks) and j - first < 4 and toks[j].cap:
            j += 1
        if j == first and toks[i - 2].lower in LOWER_CASE_NAMED_NOUNS:
            # "the drug, called lorevistat, …": a drug's, compound's or species' name is
            # written in lower case (round 29)
            j += toks[first].is_word and toks[first].lower not in lx.FUNCTION_WORDS
        return j > first and j < len(toks) and toks[j].text == ","
    if not toks[i + 1].cap:
        return False
    i = _before_place_complement(toks, i)
    p = toks[i - 1]
    if not p.is_word or p.cap:
        return False
    if p.lower in lx.TITLE_HEADS:
        return False  # "a senator called Smith a liar": a speaker
    for b in range(i - 2, max(-1, i - 5), -1):
        low = toks[b].lower
        if low in {"a", "an"}:
            return True
        if not toks[b].is_word or (toks[b].cap and "-" not in low) or low in lx.DETERMINERS:
            return False
    return False


def _before_place_complement(toks, i: int) -> int:
    """ "a billing company in Chattanooga called X": the index to read the noun phrase
    before "called" at i from, skipping a place complement ("in" + capitalised words)."""
    b = i - 1
    while b > 0 and i - b <= 3 and toks[b].cap and toks[b].is_word:
        b -= 1
    return b if b < i - 1 and toks[b].lower in APPOSITIVE_PLACE_PREPS else i


def is_speech_cue(doc: Doc, i: int) -> bool:
    return doc.tokens[i].lower in lx.SPEECH_FORMS


def is_according(doc: Doc, i: int) -> bool:
    toks = doc.tokens
    return toks[i].lower == "according" and i + 1 < len(toks) and toks[i + 1].lower == "to"


def cue_text(doc: Doc, i: int) -> str:
    """The cue as written, with a following object for "told reporters"."""
    toks = doc.tokens
    t = toks[i]
    if t.lower in {"told", "tell", "tells", "telling"} and i + 1 < len(toks):
        nxt = toks[i + 1]
        if nxt.lower in {"reporters", "journalists", "me", "us", "him", "her", "them", "lawmakers"}:
            if nxt.lower == "her" and possessive_her(doc, i + 1):
                return t.text  # "told her weekly briefing that …": a possessive, no object
            return doc.text[t.start : nxt.end]
    return t.text


def possessive_her(doc: Doc, h: int) -> bool:
    """``her`` at h opens a noun phrase: plain lower-case words, then perhaps a time or
    place phrase, then ``that`` ("told her morning news conference that …", "told her aides
    on Monday that …"), not an object ("told her the plan …", "told her on Monday that")."""
    toks = doc.tokens
    if h + 1 >= len(toks):
        return False
    t = toks[h + 1]
    if not (t.is_word and t.text.isalpha()) or t.cap or t.lower in lx.FUNCTION_WORDS:
        return False
    if (
        h + 2 < len(toks)
        and toks[h + 2].lower in {"he", "she", "they", "we"}
        and t.lower not in NOT_HER_NOUNS
        and not t.lower.endswith("ly")
    ):
        return True  # "told her lawyer she would sue": a noun, then the clause's subject
    if (
        h + 2 < len(toks)
        and toks[h + 2].text in {",", ".", ";", ")"}
        and t.lower not in NOT_HER_NOUNS
        and not t.lower.endswith("ly")
    ):
        return True  # "because she had not told her employer, said …": the object ends
    return listener_that(doc, h) is not None


# words after an object "her" that are no noun of hers ("told her again she …")
NOT_HER_NOUNS = {
    "again", "once", "twice", "repeatedly", "yesterday", "today", "tonight", "later",
    "earlier", "then", "now", "privately", "too", "also", "everything", "nothing",
}  # fmt: skip


# function words a listener and its time or place phrase may hold before "that"
LISTENER_PHRASE_WORDS = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "last", "next",
    "earlier", "later", "today", "yesterday", "in", "at", "on", "during", "before", "after",
    "with", "of", "for", "from", "by", "via", "over", "and", "outside", "inside", "near",
    "across", "around", "behind",
} | lx.WEEKDAYS | lx.MONTHS  # fmt: skip
# a determiner after the listener opens a second noun phrase unless a preposition
# precedes it: "told the panel in a letter that" but not "told police the car that …"
OBJECT_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my"}
QUOTE_MARKS = {'"', "“", "”", "''", "``"}


# finite auxiliaries (right after "that" they make it a relative: "a family that has …")
FINITE_AUX = {
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "did", "does", "do",
}  # fmt: skip


def _relative_verb(toks, v: int) -> bool:
    """Token v, right after "that", is a verb: "that" is a relative pronoun ("the story
    of a family that loses its farm", "a man that was arrested"), not a complementizer."""
    low = toks[v].lower
    if toks[v].cap:
        return False
    if low in FINITE_AUX or low.endswith("ed"):
        return True
    nxt = toks[v + 1].lower  # a word then an object: "that loses its farm", "that hit him"
    return low not in lx.FUNCTION_WORDS and (
        nxt in lx.DETERMINERS or nxt in {"him", "her", "them", "us", "me"}
    )


def _bracket_around_initials(toks, m: int) -> bool:
    """Token m is a bracket around a name's initials: "told the Czech News Agency (CTK)
    that …" (round 32; initials in the body's own language, not spelt by the English
    words before them as mentions.bracketed_title_initials needs)."""
    if toks[m].text == "(":
        return m + 2 < len(toks) and toks[m + 1].text.isupper() and toks[m + 2].text == ")"
    return toks[m].text == ")" and m > 1 and toks[m - 1].text.isupper() and toks[m - 2].text == "("


def listener_that(doc: Doc, j: int) -> int | None:
    """Index of the ``that`` ending the listener (from token j) of a verb of telling and a
    time or place phrase after it: "told the paper last year that …", "told her aides on
    Monday that …", "warned MSNBC's “Morning Joe” on Monday that …"; None when a verb, a
    pronoun subject, a relative word, punctuation or a second noun phrase comes first.
    A relative "that" with its verb belongs to the listener ("told the man that was
    arrested that …")."""
    toks = doc.tokens
    relative = False
    for m in range(j, min(j + 12, len(toks))):
        t = toks[m]
        low = t.lower
        if low == "that":
            if m == j or m + 2 >= len(toks) or not toks[m + 1].is_word:
                return None
            if relative or not _relative_verb(toks, m + 1):
                return m
            relative = True
            continue
        if not t.is_word:
            if t.text in QUOTE_MARKS or np_token_ok(doc, m) or _bracket_around_initials(toks, m):
                continue  # a programme's title, the dot of "U.S.", "the agency (CTK)"
            return None
        if t.cap or low.endswith(("'s", "’s")):
            continue
        if low in lx.CUE_FORMS or (
            low in lx.FUNCTION_WORDS
            and low not in LISTENER_PHRASE_WORDS
            and not (relative and low in FINITE_AUX)
        ):
            return None
        if (
            m > j
            and not relative
            and low in OBJECT_DETERMINERS
            and toks[m - 1].lower not in LISTENER_PHRASE_WORDS
        ):
            return None  # (a relative clause may have its own object: "that lost its home")
    return None
