"""Sieve 4: reported speech without quotation marks.

Patterns (the content is the reported clause):

* ``X said (that) CLAUSE`` / ``X denied that CLAUSE`` / ``X told reporters CLAUSE``
  / ``X said on Wednesday (that) CLAUSE`` / ``…, saying that CLAUSE``
* ``CLAUSE, X said.`` / ``CLAUSE, said X.``  and the parenthetical
  ``A, X said, CLAUSE``
* ``according to X, CLAUSE`` / ``CLAUSE, according to X``

A reporting verb only counts with a subject next to it (name, pronoun,
organisation or group), which also keeps nouns such as "claims" out.
"""

from __future__ import annotations

import bisect
import copy
import re
from collections import Counter
from itertools import accumulate, compress

from . import cues
from . import lexicons as lx
from .context import Context
from .mentions import (
    BODY_ROLE_NOUNS,
    DESCRIBED_ORG_NOUNS,
    GROUP_COMPLEMENT_PREPOSITIONS,
    KINSHIP,
    MESSAGE_TAIL_MAX,
    RELATIVE_WORDS,
    Source,
    _skip_paren_back,
    analyse_phrase,
    and_in_org,
    body_description_end,
    is_name_token,
    message_before,
    message_sender,
    message_speech_at,
    np_token_ok,
    past_describing_adjectives,
    region_words,
    remits_after,
    send_verb_before,
    specialist_plural,
    subject_after,
    subject_before,
)
from .model import Candidate
from .quotes import QuoteSpan, headline_like
from .resolve import colon_dateline_end, headline_paragraphs, known_place_name, past_dateline
from .sieves import (
    LOOSE_PREPOSITIONS,
    SUBORDINATORS,
    after_addressee,
    clause_subject,
    comma_before,
    conjunct_adverb,
    ends_a_sentence,
    loose_subject,
    verb_like,
)
from .text import DATELINE_RE, Doc

OBJECT_VERBS = {
    "tell",
    "ask",
    "inform",
    "remind",
    "assure",
    "warn",
    "urge",
    "advise",
    "notify",
    "promise",
    "reassure",
    "convince",
    "persuade",
}
# verbs of OBJECT_VERBS whose object after "a" / "an" is the thing promised or urged
# ("promised an inquiry", "urged a ceasefire"), never the listener
THING_OBJECT_VERBS = {"promise", "urge"}
OBJECT_WORDS = {
    "reporters",
    "journalists",
    "me",
    "us",
    "him",
    "her",
    "them",
    "lawmakers",
    "you",
    "voters",
    "supporters",
    "listeners",
    "viewers",
    "the",
    "a",
    "an",
    "his",
    "their",
    "its",
    "audience",
    "crowd",
    "congress",
    "senators",
    # bare institutional listeners: "told parliament that …", "told shareholders …"
    "parliament",
    "legislators",
    "parliamentarians",
    "jurors",
    "shareholders",
    "investors",
    "analysts",
    "employees",
    "staff",
    "colleagues",
}
INFINITIVE_VERBS = {
    "implore",
    "promise",
    "pledge",
    "vow",
    "threaten",
    "urge",
    "ask",
    "call",
    "agree",
    "expect",
    "hope",
    "plan",
    "refuse",
    "decline",
    "want",
    "tell",
    "warn",
    "advise",
    "encourage",
    "order",
    "instruct",
    "invite",
    "request",
    "demand",
    "propose",
    "recommend",
    "seem",
    "continue",
}
ADVERBIAL_START = (
    {
        "on",
        "in",
        "at",
        "during",
        "last",
        "this",
        "earlier",
        "late",
        "before",
        "after",
        "while",
        "over",
        "throughout",
        "since",
        "recently",
        "afterward",
        "afterwards",
        "aloud",
        "also",
        "again",
        "later",
        "repeatedly",
        "twice",
        "thrice",
        "publicly",
        "privately",
        "previously",
        "yesterday",
        "today",
        "tonight",
        "then",
        "now",
        "once",
        "frequently",
        "often",
        "flatly",
        "directly",
        "separately",
        "via",
        "through",
        "when",
        "first",
        "from",
        "under",
        "without",
        "within",
    }
    | lx.WEEKDAYS
    | lx.MONTHS
)
# places a speaker stood ("said outside court that …"), before a clause opened by "that"
PLACE_PREPOSITIONS = {"outside", "inside", "near", "beside"}
# the prepositions of ADVERBIAL_START: an adverbial cannot end with one
ADVERBIAL_PREPOSITIONS = {
    "on", "in", "at", "during", "before", "after", "over", "throughout", "since", "via",
    "through", "from", "under", "without", "within",
}  # fmt: skip
CLAUSE_STARTERS = {
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "there",
    "this",
    "these",
    "those",
    "if",
    "whether",
    "how",
    "what",
    "why",
    "when",
    "who",
    "where",
    "no",
    "all",
    "some",
    "many",
    "most",
    "any",
    "every",
    "each",
    "both",
    "neither",
    "either",
    "none",
    "nothing",
    "everyone",
    "nobody",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "the",
    "a",
    "an",
    "one",
    "two",
    "another",
    "such",
    "only",
    "not",
    "more",
    "less",
    "much",
    "few",
    "several",
    "to",
}
# Verbs whose complement is normally a clause (so any noun may start it).
CLAUSAL = {
    "say", "tell", "add", "argue", "believe", "think", "claim", "insist", "warn", "note",
    "suggest", "contend", "maintain", "assert", "explain", "stress", "emphasize", "emphasise",
    "acknowledge", "admit", "concede", "predict", "expect", "hope", "fear", "worry", "know",
    "feel", "estimate", "conclude", "report", "indicate", "signal", "write", "tweet", "post",
    "announce", "declare", "state", "allege", "charge", "complain", "reply", "respond",
    "answer", "recall", "observe", "remark", "confirm", "reveal", "testify", "caution",
    "agree", "reiterate", "repeat", "promise", "pledge", "vow", "assure", "deny", "doubt",
    "suspect", "understand", "realize", "realise", "recognize", "recognise", "guess",
    "assume", "reckon", "speculate", "counter", "retort", "boast", "brag", "lament", "concur",
    "remind", "reassure", "inform",
}  # fmt: skip
# Cues that take a listener before their clause ("admitted to reporters that …"): the
# clausal verbs and the manner-of-speaking verbs, whose bare object is no clause
# ("shouted slogans") but whose "to NP that" is ("yelled to the guards that …")
LISTENER_CUES = CLAUSAL | {
    "shout", "yell", "whisper", "mutter", "joke", "quip", "mention", "hint", "cry",
    "exclaim", "swear", "plead",
}  # fmt: skip
# function words (prepositions, conjunctions, auxiliaries: the sieves' list), answers and
# adverbs: none of them starts a reported clause's noun phrase ("said later", "said yes")
PREPOSITIONS = LOOSE_PREPOSITIONS | {
    "yes", "no", "nothing", "otherwise", "then", "later", "up", "out", "back",
}  # fmt: skip
# Cue forms that are not reported speech when they introduce a clause.
NOT_REPORTING = {
    form
    for base in ("continue", "invite", "challenge", "assume", "direct", "order")
    for form in lx.CUE_FORMS
    if lx.CUE_FORMS[form] == base
}  # verbs that introduce quotes well but rarely report speech without them
BARE_NOUNISH = {
    "state", "states", "note", "notes", "claim", "claims", "charge", "charges", "report",
    "reports", "post", "posts", "answer", "answers", "call", "calls", "question", "questions",
    "project", "projects", "comment", "comments", "promise", "promises", "order", "orders",
    "point", "points", "attack", "attacks", "request", "requests", "reason", "estimate",
    "estimates", "figure", "figures", "hope", "hopes", "fear", "fears", "doubt", "doubts",
    "worry", "worries", "joke", "jokes", "reply", "replies", "dispute", "disputes",
    "demand", "demands", "pledge", "pledges", "vow", "vows", "tweet", "tweets", "record",
    "protest", "protests", "label", "brand", "rule", "rules", "echo", "echoes", "counter",
    "support", "plan", "plans", "show", "signal", "think",
}  # fmt: skip
SUBJECT_STARTERS = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "there",
    "if",
    "whether",
    "how",
    "why",
    "what",
    "when",
    "where",
    "who",
}
# Verbs reported with a plain object in PolNeAR-style attribution ("accused X of",
# "called for", "praised X", "has called the plan a disgrace").
OBJECT_OK = lx.NON_CLAUSAL | {
    "deny", "admit", "acknowledge", "confirm", "reject", "dispute", "announce", "reveal",
    "predict", "propose", "recommend", "question", "cite", "support", "oppose", "endorse",
    "mock", "offer", "discuss", "detail", "outline", "release", "dub", "show", "find",
    "want", "seek", "favor", "favour", "thank", "promise", "pledge", "vow", "urge", "demand",
    "implore", "beseech", "exhort",
    "threaten", "plan", "intend", "decide", "refuse", "decline", "seem", "express", "voice",
    "highlight", "underscore", "stress", "emphasize", "emphasise", "mention", "blame",
    "welcome", "characterize", "characterise", "portray", "rebut",
    "applaud", "commend", "lambaste", "rebuke", "chastise", "scold", "fault", "ridicule",
    "deride", "invoke", "compliment", "extol", "compare", "liken", "downplay", "hail", "tout",
    "reference", "bemoan", "lament", "laud", "admonish", "berate", "chide", "reprimand",
    "reaffirm", "taunt",
}  # fmt: skip
# ", but still short of / below / well under …" after a figure: the figure's own contrast
VERBLESS_CONTRASTS = {
    "short", "below", "above", "under", "over", "behind", "ahead", "far", "well", "less",
    "more", "higher", "lower", "up", "down", "within", "outside",
}  # fmt: skip
# ", but only if / when …" after a reported clause: its condition, no new clause
ONLY_CONDITIONS = {"if", "when", "after", "once", "until", "as", "where", "because"}
# ", even if / after / with …" after a reported clause: its condition or concession
EVEN_CONDITIONS = {"if", "after", "with", "without", "before"}
CLAUSE_BREAKS = {
    "but", "while", "whereas", "although", "though", "even", "with", "yet",
}  # fmt: skip
# words opening the writer's adjunct after ", X said Monday," (not "however", a date)
ADJUNCT_OPENERS = SUBORDINATORS | {
    "though", "although", "as", "amid", "despite", "following", "but", "and", "whereas",
}  # fmt: skip
NOUN_CUES = {"express", "voice"}
AUX_BEFORE_CUE = {"has", "have", "had", "also", "later", "then", "has also", "will", "would"}
# Verbs that invert after a quote or clause ("…, said a spokesman").
INVERSION_VERBS = {
    "say", "add", "note", "write", "explain", "recall", "ask", "observe", "reply", "respond",
    "insist", "argue", "warn", "continue", "concede", "acknowledge", "counter", "tell",
}  # fmt: skip
INVERTED_DETERMINERS = {"a", "an", "one", "two", "three", "several", "another", "the"}
# after a plain "said" / "added" only: "…, said his lawyer, X", "…, said sources close to X"
# (not "…, recalled its envoy", "…, told reporters on Monday")
SAY_INVERTED_DETERMINERS = {"his", "her", "their", "its"}
SOURCE_MODIFIERS = {
    "in", "at", "on", "from", "inside", "within", "familiar", "close", "involved", "briefed",
    "knowledgeable", "with", "who",
}  # fmt: skip
# openers of a sentence whose "as X noted," parenthetical leaves no fragment before it
AS_FRAME_OPENERS = {"if", "but", "and", "so", "yet", "still", "indeed", "now", "then"}
# temporal adverbial clauses after a parenthetical cue are the writer's, not the
# speaker's ("…, officials said, as they left"); reasons ("since …") are reported
SUBORDINATE_START = {"as", "while", "when", "after", "before", "until", "once", "and"}
VP_AFTER_BUT = {
    "has", "have", "had", "also", "noted", "said", "says", "added", "declined", "refused",
    "did", "does", "stopped", "insisted", "warned", "acknowledged", "conceded", "stressed",
}  # fmt: skip
# auxiliaries and adverbs before the verb of a second act ("but had not yet said")
BUT_AUXILIARIES = {"has", "have", "had", "also", "did", "does"}
BUT_ADVERBS = {"not", "never", "also", "yet", "since", "already", "so", "far", "n't"}
# refusals to speak, the non-speech cues that still end a clause after "but had / has"
REFUSAL_FORMS = {"declined", "refused", "decline", "refuse", "declines", "refuses"}
# attitudes after "but did / has not" that stay the reported clause's ("… but did not
# want to say so")
ATTITUDE_FORMS = {
    "want", "wanted", "believe", "believed", "expect", "expected", "fear", "feared", "hope",
    "hoped", "intend", "intended", "wish", "wished", "doubt", "doubted", "decide", "decided",
}  # fmt: skip


def _present_cue_before(toks, j: int) -> bool:
    """The cue right before the reported clause at j (a "that" between) is in the present
    tense of the third person ("says", "alleges", "claims")."""
    c = j - 1
    if c >= 0 and toks[c].lower == "that":
        c -= 1
    if c < 0:
        return False
    low = toks[c].lower
    return low in lx.CUE_FORMS and low.endswith("s") and not low.endswith("ss")


def _speech_verb_after(toks, x: int) -> bool:
    """The verb after the auxiliary x (past "not" / "never") is a verb of saying or of
    declining to say ("did not elaborate", "did not say")."""
    for y in range(x + 1, min(x + 4, len(toks))):
        low = toks[y].lower
        if low not in BUT_ADVERBS:
            return low in REFUSED_SPEECH or low in lx.SPEECH_FORMS
    return False


def _speech_act_after_but(toks, j: int, x: int) -> bool:
    """ "… but noted B", "… but has said B", "… but did not elaborate": the subject's
    own second speech act after "but" (after a reported clause with a finite auxiliary
    of its own, j on, an auxiliary counts only before a cue form: "said the group had
    asked … but had so far received less" is that clause's second verb phrase; "signaled
    willingness to … but has been met with" is the subject's)."""
    if x >= len(toks) or toks[x].lower not in VP_AFTER_BUT:
        return False
    if toks[x].lower == "did" and _present_cue_before(toks, j) and not _speech_verb_after(toks, x):
        # "The complaint says A but did not B": the speaker's own act would agree with its
        # present tense ("but does not say"); a past "did" goes on with the reported
        # clause (round 25, probe r25f)
        return False
    if (
        toks[x].lower == "also"
        and x + 1 < len(toks)
        and toks[x + 1].lower not in lx.CUE_FORMS
        and toks[x + 1].lower not in VP_AFTER_BUT
    ):
        return False  # "… but also needed B": the reported clause's own second verb phrase
    if toks[x].lower not in BUT_AUXILIARIES or not any(
        toks[y].lower in FINITE_AUX for y in range(max(j, x - 40), x - 1)
    ):
        return True
    for y in range(x + 1, min(x + 5, len(toks))):
        low = toks[y].lower
        # ("… but had refused to let her go": a refusal of no speech is the clause's
        # subject's act too; "… but had declined to comment" stays the speaker's; round 25)
        refused_act = (
            low in REFUSAL_FORMS
            and y + 2 < len(toks)
            and toks[y + 1].lower == "to"
            and toks[y + 2].lower not in REFUSED_SPEECH
            and toks[y + 2].lower not in lx.CUE_FORMS
        )
        if (
            low in lx.CUE_FORMS
            and low not in lx.SPEECH_FORMS
            and (low not in REFUSAL_FORMS or refused_act)
            and (toks[x].lower == "had" or low in ATTITUDE_FORMS)
        ):
            # "… but had not decided whether …", "… but did not want to …": a backshifted
            # verb that is no verb of saying, or an attitude, goes on with the reported
            # clause's subject ("… but has not released details" is the speaker's act)
            return False
        if low in lx.CUE_FORMS or (low in VP_AFTER_BUT and low not in BUT_AUXILIARIES):
            return True
        if low not in BUT_ADVERBS and low not in BUT_AUXILIARIES:
            return False
    return False


# what a speaker declines to do after their clause ("… and declined to comment")
REFUSED_SPEECH = {
    "comment", "say", "elaborate", "discuss", "answer", "respond", "specify", "speculate",
    "disclose", "confirm", "name", "identify", "give", "provide",
}  # fmt: skip
# "all but stopped", "anything but …": "but" there is part of an adverb, no conjunction
ALMOST_BUT = {"all", "anything"}
MODAL_VP = {"could", "would", "should", "might", "can", "cannot", "will", "must"}
# finite auxiliaries that open a second verb phrase of a reported clause ("and was …")
CONJUNCT_AUXILIARIES = {"was", "were", "is", "are", "had", "has", "have", "did", "does"}
# a quote opening with these after a comma is its clause's second conjunct (or an
# adverbial clause of its own: "would carry the log, “because somebody has to.”")
# ("if" too: '… to whatever track they go to, “if anybody will have me.”', round 29;
# "so": 'said pay had risen 4.8 per cent, “so 4.5 per cent is fair”', round 31)
QUOTE_CONJUNCT_OPENERS = {"but", "and", "or", "because", "although", "though", "unless", "if", "so"}
# a lower-case quote opening with these after a comma closing its clause: an adjunct
# (or a contrast, "not": '… before closing the lot, “not two years after.”'; round 31)
QUOTED_ADJUNCT_OPENERS = {"in", "with", "without", "for", "at", "after", "before", "until", "not"}
STOP_PUNCT = {";", "(", ")", "[", "]"}
CONJUNCTIONS = {"as", "while", "and", "but", "whereas"}
MAX_CONTENT_TOKENS = 90
# relative words that open a non-restrictive relative clause after a comma
NONRESTRICTIVE = {"which", "who", "whom", "whose"}
CLAUSE_RELATIVES = NONRESTRICTIVE | {"where"}
# verbs whose object is followed by a prepositional complement ("accused X, who …, of")
PREP_OBJECT_VERBS = {"accuse", "blame", "praise", "criticize", "criticise", "thank", "fault"}
# Verbs whose reported content is the object of a preposition ("warned of a
# recession", "talked about the deficit", "pointed to the polls").
PREP_COMPLEMENTS = {
    "talk": {"about"}, "speak": {"about", "of", "against"}, "rail": {"against"},
    "advocate": {"for"}, "push": {"for"}, "press": {"for", "on"}, "campaign": {"for", "against"},
    "warn": {"of", "about", "against"}, "complain": {"about", "of"}, "brag": {"about", "of"},
    "boast": {"about", "of"}, "write": {"about", "of"}, "comment": {"on", "about"},
    "testify": {"about"}, "joke": {"about"}, "worry": {"about"}, "argue": {"for", "against"},
    "point": {"to", "out"}, "ask": {"about"}, "call": {"for", "on"}, "apologize": {"for"},
    "plead": {"for"}, "lobby": {"for"}, "respond": {"with", "by", "to"},
    "question": {"about", "on"}, "query": {"about", "on"},
    "reply": {"with", "by"}, "agree": {"with"}, "disagree": {"with"}, "decide": {"against"},
    "rule": {"against"}, "debate": {"about", "over"}, "focus": {"on"},
    "spar": {"over", "with"}, "caution": {"against", "about"}, "lash": {"at", "against"},
    "lay": {"out"}, "spell": {"out"}, "appeal": {"for"},
}  # fmt: skip
# "expressed concern/misgivings/outrage about …"
ATTITUDE_NOUNS = {
    "concern", "concerns", "support", "opposition", "doubt", "doubts", "frustration",
    "misgivings", "reservations", "outrage", "anger", "alarm", "dismay", "skepticism",
    "scepticism", "disappointment", "regret", "optimism", "confidence", "interest",
    "sympathy", "unease", "displeasure", "worry", "worries", "fears", "hope", "hopes",
}  # fmt: skip
PREP_COMPLEMENTS["express"] = ATTITUDE_NOUNS
WEIGH_PREPS = PREP_COMPLEMENTS["weigh"] = {"on", "about"}
# Verbs that are cues only in that frame (not on their own).
# verbs with an object before their preposition ("asked him about the deal")
OBJECT_PREP_VERBS = {"ask", "press", "question", "query"}
OBJECT_PRONOUNS = {"him", "her", "them", "me", "us", "you"}
PREP_ONLY_FORMS = lx._forms(
    [
        "talk",
        "speak",
        "rail",
        "advocate",
        "push",
        "press",
        "lobby",
        "apologize",
        "rule",
        "debate",
        "focus",
        "spar",
        "weigh",
        "appeal",  # "appealed for calm" (not "appealed the ruling": a court's appeal)
    ]
)
PREP_ONLY_FORMS.update({"spoke": "speak", "spoken": "speak", "sparred": "spar", "sparring": "spar"})
# "laid out her plan", "spelled out the terms": a plan or an argument set out in words (the
# object must be one: pipeline.LAID_OUT_OBJECT_RE; not "laid out the tools")
PREP_ONLY_FORMS.update(
    {"lay": "lay", "lays": "lay", "laid": "lay", "laying": "lay", "spell": "spell",
     "spells": "spell", "spelled": "spell", "spelt": "spell", "spelling": "spell"}
)  # fmt: skip
# verbs of retort that report only after "back" ("hit back at X", "pushed back on X", "shot
# back that …"): the prepositions after "back"; a bare "hit at dawn" is no statement
BACK_VERBS = {
    "hit": {"at"}, "fire": {"at"}, "shoot": {"at", "that"}, "push": {"on", "against"},
}  # fmt: skip
PREP_ONLY_FORMS.update(
    {
        "hit": "hit", "hits": "hit", "hitting": "hit", "fire": "fire", "fired": "fire",
        "fires": "fire", "firing": "fire", "shot": "shoot", "shoots": "shoot",
        "shooting": "shoot", "lashed": "lash", "lash": "lash", "lashes": "lash",
        "lashing": "lash",
    }
)  # fmt: skip
PREP_PARTICLES = {"openly", "publicly", "privately", "repeatedly", "often", "again"}
# a short adverbial between a prepositional cue and its preposition ("speaks more often in
# public about", "spoke during his speech of")
PREP_ADVERBIALS = {
    "more", "less", "at", "length", "in", "public", "private", "during", "his", "her",
    "their", "a", "the", "speech", "remarks", "interview", "statement",
}  # fmt: skip
ADVERBIAL_DETERMINERS = {"his", "her", "their", "a", "the"}


def _reported(
    ctx: Context,
    k: int,
    source,
    sentence: tuple[int, int],
    *,
    start: int,
    end: int,
    confidence: float,
    cue: str | None = None,
    sieve: str = "reported",
) -> Candidate:
    """A reported-speech candidate cued by token k (its text, unless another cue is named)."""
    cue_token = ctx.doc.tokens[k]
    if cue_token.start < start:
        cut = ctx.doc.text.find(" notwithstanding", start, end)
        if cut > start and ctx.doc.text[cut + 16 : cut + 17] in {",", ".", ";", ""}:
            end = cut  # "His promises to cut fares notwithstanding, …": the writer's concession
    return Candidate(
        start=start,
        end=end,
        kind="indirect",
        sentence=sentence,
        para=ctx.doc.para_index(cue_token.start),
        source=source,
        cue=cue_token.text if cue is None else cue,
        cue_pos=cue_token.start,
        sieve=sieve,
        confidence=confidence,
    )


# "learned from X that A", "heard from X that A": X told the subject A
LEARNED_FROM = {"learned", "learnt", "heard"}


def _learned_from(ctx: Context, k: int, se: int):
    """ "Xinhua learned from the ministry that A", "Police heard from witnesses that A":
    the body or people after "from" said A (the subject only listened), else None."""
    toks = ctx.doc.tokens
    if k + 2 >= len(toks) or toks[k + 1].lower != "from":
        return None
    found = _passive_agent(ctx.doc, k + 1, se)
    return found[0] if found is not None else None


def _colon_candidate(
    ctx: Context, k: int, source, sentence: tuple[int, int], end: int
) -> Candidate:
    """``NAME: words`` (a label at token k before the colon): the words up to ``end``."""
    start = ctx.doc.tokens[k + 1].start
    return _reported(
        ctx, k, source, sentence, start=start, end=end, confidence=0.6, cue=":", sieve="colon"
    )


# each cue spelling's base form: the reporting verb's, else the prepositional cue's
# (one look-up for _base, called ~8 times per cue; same answer as trying CUE_FORMS, then
# PREP_ONLY_FORMS, then the word itself)
_BASE_FORMS = {**PREP_ONLY_FORMS, **{w: b for w, b in lx.CUE_FORMS.items() if b}}


def _base(doc, k: int) -> str:
    low = doc.lowers[k]
    return _BASE_FORMS.get(low, low)


def _prep_start(ctx: Context, k: int, se: int) -> int | None:
    """Token index of the prepositional object after cue k ("spoke out about X")."""
    toks = ctx.doc.tokens
    n = len(toks)
    base = _base(ctx.doc, k)
    if base in BACK_VERBS:
        particle = toks[k + 1].lower if k + 1 < n else ""
        # (British "hit out at X" as "hit back at X")
        if (
            k + 3 < n
            and (particle == "back" or (particle == "out" and base == "hit"))
            and toks[k + 2].lower in BACK_VERBS[base]
        ):
            return k + 3 if toks[k + 3].start < se and toks[k + 3].is_word else None
        if base not in PREP_COMPLEMENTS:
            return None
    preps = PREP_COMPLEMENTS.get(base)
    if not preps:
        return None
    if preps is WEIGH_PREPS and (k + 1 >= n or toks[k + 1].lower != "in"):
        return None  # "weighed in on X", not "weighed about two pounds"
    j = k + 1
    while (
        j < n
        and j - k <= 5
        and toks[j].is_word
        and not ctx.in_quote(j)
        and toks[j].lower not in preps
        and (
            toks[j].lower in PREP_PARTICLES
            or (
                toks[j].lower in PREP_ADVERBIALS
                and (
                    toks[j].lower not in ADVERBIAL_DETERMINERS
                    or toks[j - 1].lower in {"in", "during"}
                )
            )
            or toks[j].lower in lx.WEEKDAYS
            or (toks[j].lower == "on" and j + 1 < n and toks[j + 1].lower in lx.WEEKDAYS)
            or toks[j].lower in {"yesterday", "today", "tonight", "out"}
            or (toks[j].lower.endswith("ly") and not toks[j].cap)
        )
    ):
        j += 1  # "spoke emotionally of", "spoke out Tuesday about"
    if j >= n:
        return None  # the text ends after the cue
    if base in OBJECT_PREP_VERBS and toks[j].lower not in preps:
        # "asked him about", "pressed the candidate on": a short object first
        m = j
        while (
            m < n
            and m - j < 4
            and toks[m].is_word
            and not ctx.in_quote(m)
            and toks[m].lower not in preps
            and (
                toks[m].lower in OBJECT_PRONOUNS
                or toks[m].cap
                or toks[m].lower in {"the", "a"}
                or (m > j and toks[m - 1].lower in {"the", "a"})
            )
        ):
            m += 1
        if m > j and m < n and toks[m].lower in preps:
            j = m
    if (
        toks[k].lower.startswith("express")
        and j + 1 < n
        and toks[j].lower not in preps
        and toks[j].is_word
        and not toks[j].cap
        and toks[j + 1].lower in preps
    ):
        j += 1  # "expressed deep concern about": one modifier before the attitude noun
    if (
        j + 1 < n
        and toks[j].lower == "out"
        and toks[j + 1].lower in OUT_ADJUNCT_PREPS
        and _base(ctx.doc, k) == "point"
    ):
        return _that_after_adjunct(ctx, j + 1, se)  # "pointed out to reporters that …"
    if (
        j + 1 < n
        and toks[j].lower == "out"
        and toks[j + 1].lower in preps
        and toks[j + 1].lower != "out"
    ):
        j += 1  # "spoke out against"
    if j + 1 >= n or toks[j + 1].start >= se or toks[j].lower not in preps:
        return None
    if not toks[j + 1].is_word or ctx.in_quote(j + 1):
        return None
    if toks[j + 1].lower == "that" and toks[j].lower == "out":
        # "pointed out that …"
        return j + 2 if j + 2 < n and toks[j + 2].start < se else None
    if toks[j].lower == "for":
        that = _after_duration(toks, j + 1, se, preps)
        if that is not None:
            return that  # "has argued for years that …": how long, then what
    if toks[j].lower in ATTITUDE_NOUNS:
        # "expressed concern about/over/that …"
        if toks[j + 1].lower in {"about", "over", "for", "that", "with"} and j + 2 < n:
            return j + 2 if toks[j + 2].start < se else None
        return None
    if _medium_object(toks, j + 1, se):
        return None  # "weighed in on social media, writing …": where, not what
    return j + 1


DURATION_NOUNS = {"years", "months", "weeks", "days", "decades", "ages", "time", "while"}


def _after_duration(toks, j: int, se: int, preps: set[str]) -> int | None:
    """``for years that A`` / ``for more than a decade for B``: the token after "that"
    (or the verb's own preposition) when a short span from j ending in a duration noun
    is followed by it, else None."""
    m = j
    while m < len(toks) and toks[m].start < se and m - j < 5 and toks[m].is_word:
        if toks[m].lower in DURATION_NOUNS or toks[m].lower in {"decade", "year", "month"}:
            nx = m + 1
            if (
                nx + 1 < len(toks)
                and (toks[nx].lower == "that" or toks[nx].lower in preps)
                and toks[nx + 1].start < se
                and toks[nx + 1].is_word
            ):
                return nx + 1
            return None
        m += 1
    return None


# prepositions opening an adjunct after "pointed out" ("to reporters", "in a letter",
# "on Twitter"), not its object
OUT_ADJUNCT_PREPS = {"to", "in", "on", "during", "at", "with", "after", "before"}


def _that_after_adjunct(ctx: Context, j: int, se: int) -> int | None:
    """``pointed out in a letter that A``: the token after the "that" ending a short
    adjunct from j (no comma or quote before it); None without one (``As X pointed out
    on Twitter, A``: the frame's clause is read by the trailing reader)."""
    toks = ctx.doc.tokens
    m = j + 1
    while m < len(toks) and toks[m].start < se and m - j <= 8:
        if not toks[m].is_word or ctx.in_quote(m):
            return None
        if toks[m].lower == "that":
            return m + 1 if m + 1 < len(toks) and toks[m + 1].start < se else None
        m += 1
    return None


def _medium_object(toks, j: int, se: int) -> bool:
    """The object at token j is only a medium: "social media", "Twitter", "the radio",
    ending there (a comma, the sentence end)."""
    m = j
    while m < len(toks) and m - j < 3 and toks[m].lower in {"the", "a", "social", "his", "her"}:
        m += 1
    if m >= len(toks) or toks[m].lower not in lx.PLATFORM_NOUNS:
        return False
    return m + 1 >= len(toks) or toks[m + 1].start >= se or not toks[m + 1].is_word


# prepositional cues spelt like nouns ("a tireless advocate for", "the main focus on")
NOUN_LIKE_PREP_CUES = {"advocate", "focus", "debate", "talk", "push", "lobby"}


def _is_prep_cue(ctx: Context, k: int) -> bool:
    """ "talked about", "spoke of": verbs that report only with their preposition."""
    doc = ctx.doc
    t = doc.tokens[k]
    if t.cap or t.lower not in PREP_ONLY_FORMS:
        return False
    p = doc.tokens[k - 1] if k > 0 else None
    if p is not None and (p.lower in lx.DETERMINERS or p.lower in lx.BE_FORMS):
        return False
    if p is not None and p.lower in cues.BARE_NOUN_PREPS and PREP_ONLY_FORMS[t.lower] == t.lower:
        return False  # "had come under fire from militants": a noun
    if (
        p is not None
        and k > 1
        and t.lower in NOUN_LIKE_PREP_CUES
        # (not a plural subject: "the candidates debate over …")
        and not (p.lower.endswith("s") and not p.lower.endswith(("ss", "us", "less", "ous")))
        and doc.tokens[k - 2].lower in {"a", "an", "the", "his", "her", "their", "its"}
        and p.is_word
        and p.text.isalpha()
        and not p.cap
        and not p.lower.endswith("ly")
        and p.lower not in lx.FUNCTION_WORDS
    ):
        return False  # "a tireless advocate for the farmers", "the main focus on": a noun
    if p is not None and p.lower == "to" and doc.tokens[k - 2].lower in cues.PERMISSION_WORDS:
        return False  # "was not allowed to talk about the layoffs"
    se = ctx.sentence(t.start)[1]
    if (
        t.lower in {"appealed", "appealing"}  # (not "made additional appeals to X to …")
        and k + 2 < len(doc.tokens)
        and doc.tokens[k + 1].lower == "to"
        and _object_infinitive(ctx, k + 2, se) is not None
    ):
        return True  # "appealed to donors to send boats": a request (not "appealed to the court")
    return _prep_start(ctx, k, se) is not None


TIME_WORDS = {
    "on", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "again",
    "also", "recently", "week", "month", "year", "night", "morning", "afternoon", "evening",
    "weekend", "late", "early",
} | lx.WEEKDAYS | lx.MONTHS  # fmt: skip


# periods after "this" that are times, not objects ("said this spring that …")
SEASON_WORDS = {"spring", "summer", "fall", "autumn", "winter", "season", "term", "time", "quarter"}
# the last word of a time adverbial after a cue ("said on Monday", "said Tuesday night")
TIME_ENDS = lx.WEEKDAYS | lx.MONTHS | {
    "today", "yesterday", "tonight", "week", "month", "year", "night", "morning",
    "afternoon", "evening", "earlier", "later", "weekend",
}  # fmt: skip


# events and spans of time a ", when …" relative clause can follow ("at the next
# meeting, when …", "during last year's contract talks, when the company …", "in 2019,
# when …")
WHEN_EVENT_NOUNS = {
    "talks", "negotiations", "meeting", "meetings", "election", "elections", "summit",
    "crisis", "pandemic", "war", "season", "decade", "years", "months", "weeks", "days",
    "era", "recession", "strike", "campaign", "vote", "referendum", "hearing", "trial",
    "session", "conference", "congress", "convention", "ceremony", "debate", "deadline",
}  # fmt: skip
YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


# Verbs and adjectives that pass their subject to an infinitive cue ("appeared to
# suggest that", "went on to say that", "was quick to point out that").
CONTROL_HEADS = {
    "appeared", "appears", "appear", "tried", "tries", "try",
    "sought", "seeks", "attempted", "attempts", "began", "begins", "started", "starts",
    "moved", "moves", "rushed", "hastened", "managed", "quick", "eager", "careful",
    "ready", "willing", "reluctant", "happy", "glad", "quicker", "first", "last",
    "able", "unable", "need", "needs", "needed", "going", "likely", "unlikely", "expected",
}  # fmt: skip
# adverbs between the comma and a participial cue (", even suggesting that …")
PARTICIPLE_ADVERBS = {"even", "also", "later", "then", "again", "repeatedly", "once"}
GERUND_PREPS = {"by", "from", "after", "before", "while", "without", "since", "of"}
CONTROL_LINKS = {"was", "is", "were", "are", "be", "been", "also", "the"}


def _control_head(doc, k: int, lo: int) -> int:
    """Token to read the subject from for cue k: the governing verb of an infinitive
    cue ("she appeared to suggest" → "appeared"), else k itself."""
    toks = doc.tokens
    if k < 3 or toks[k - 1].lower != "to":
        return k
    h = k - 2
    if toks[h].lower == "on" and toks[h - 1].lower in {"went", "goes", "go", "going"}:
        return h - 1  # "went on to say"
    if toks[h].lower not in CONTROL_HEADS:
        return k
    while h > 0 and toks[h - 1].start >= lo and toks[h - 1].lower in CONTROL_LINKS:
        h -= 1  # "was quick to", "was the first to"
    return h


# verbs whose object does what the infinitive says: "forced the banker to admit that …"
IMPLICATIVE_OBJECT_VERBS = {
    "forced", "forces", "force", "forcing", "compelled", "compels", "compel", "persuaded",
    "persuades", "persuade", "convinced", "prompted", "prompts", "prompt", "led", "leads",
}  # fmt: skip
OBJECT_PRONOUN_SUBJECTS = {"him": "he", "her": "she", "them": "they"}


def _message_subject(ctx: Context, k: int, ss: int) -> Source | None:
    """``Protesters carried signs saying the war must end``, ``a letter claiming that …``:
    the message a speech participle modifies (with its determiner and modifiers)."""
    doc = ctx.doc
    toks = doc.tokens
    if not toks[k].lower.endswith("ing") or toks[k].lower not in lx.SPEECH_FORMS:
        return None
    m = message_before(toks, k, ss)  # "a notice on its gate | warning"
    if m is None or m < 1 or ctx.in_quote(m):
        return None
    a = m
    while a - 1 >= 0 and toks[a - 1].start >= ss and m - a < 3 and toks[a - 1].is_word:
        prev = toks[a - 1]
        if prev.lower in lx.DETERMINERS or prev.lower.endswith(("'s", "’s")):
            a -= 1
            break
        if prev.cap or prev.lower in lx.FUNCTION_WORDS or verb_like(prev.lower):
            break
        a -= 1  # "a handwritten note", "campaign signs"
    ps, pe = toks[a].start, toks[m].end
    return Source("group", ps, pe, doc.text[ps:pe], ps, pe)


_SPEECH_NOT_MESSAGE = frozenset(lx.SPEECH_FORMS.keys() - lx.MESSAGE_NOUNS)


def _message_words_after(toks, lowers: list[str], j: int) -> bool:
    """The object at j is a determined message whose words a speech word after it gives
    ("posted a message on Facebook saying A", "released a statement that said A"): the
    words are reported, not the message."""
    if j >= len(toks) or (
        toks[j].lower not in lx.DETERMINERS and toks[j].lower not in lx.MESSAGE_NOUNS
    ):
        # (the text ends; "posted signs on the road warning …": a bare plural too)
        return False
    if _SPEECH_NOT_MESSAGE.isdisjoint(lowers[j + 1 : j + 4 + MESSAGE_TAIL_MAX]):
        return False  # no speech word in reach (most objects): the scan below finds none
    for w in range(j + 1, min(len(toks), j + 4 + MESSAGE_TAIL_MAX)):
        if not toks[w].is_word:
            return False
        if toks[w].lower in lx.SPEECH_FORMS and toks[w].lower not in lx.MESSAGE_NOUNS:
            at = message_speech_at(toks, w)
            m = message_before(toks, at, toks[j].start) if at > 0 else None
            return m is not None and m <= j + 3
    return False


def _forced_object(doc: Doc, k: int, ss: int) -> Source | None:
    """``Prosecutors forced the banker to admit that …``: the object of an implicative
    verb before an infinitive cue is its speaker, not the verb's subject."""
    toks = doc.tokens
    if k < 3 or toks[k - 1].lower != "to":
        return None
    o = toks[k - 2]
    if o.lower in OBJECT_PRONOUN_SUBJECTS and toks[k - 3].lower in IMPLICATIVE_OBJECT_VERBS:
        g = lx.SUBJECT_PRONOUNS.get(OBJECT_PRONOUN_SUBJECTS[o.lower])
        return Source("pronoun", o.start, o.end, o.text, o.start, o.end, gender=g)
    src = subject_before(doc, k - 1, ss)
    if src is None or src.loose or src.kind == "pronoun":
        return None
    v = doc.tok_index_before(src.phrase_start)
    return src if v > 0 and toks[v].lower in IMPLICATIVE_OBJECT_VERBS else None


FRONTED_SUBORDINATORS = {
    "when", "if", "after", "before", "because", "while", "although", "though", "as",
    "once", "since", "unless", "until", "whenever",
}  # fmt: skip


ABSOLUTE_OPENERS = {"with", "without"}


def _fronted_participle_at(toks, a: int, k: int) -> bool:
    """The sentence opens with the past participle cue k, after one adverb at most
    ("Worried about A, B", "Increasingly concerned about A, B")."""
    return toks[k].lower.endswith("ed") and (
        k == a or (k == a + 1 and toks[a].lower.endswith("ly"))
    )


def _fronted_participle_subject(ctx: Context, k: int, ss: int, end: int) -> Source | None:
    """ "Increasingly worried about A, the council voted …": the participle's subject is
    the main clause's (not the adverb read as a name), after the comma at end."""
    doc = ctx.doc
    toks = doc.tokens
    if not toks[k].lower.endswith("ed"):
        return None  # (no past participle: what _fronted_participle_at tests first)
    n = len(toks)
    a = doc.tok_index_at_or_after(ss)
    m = doc.tok_index_at_or_after(end)
    if not _fronted_participle_at(toks, a, k) or m >= n or toks[m].text != ",":
        return None
    for v in range(m + 2, min(n, m + 10)):
        t = toks[v]
        if t.is_word and not t.cap and (t.lower in FINITE_AUX or verb_like(t.lower)):
            return subject_before(doc, v, toks[m].end)
    return None


def _fronted_clause_end(ctx: Context, ss: int, k: int, j: int, end: int) -> int:
    """A cue inside a fronted subordinate clause ("When she noted that A, B …"): the
    content ends at the comma that closes the subordinate clause."""
    doc = ctx.doc
    toks = doc.tokens
    # only the scan at the end can change the end: at a comma or an aside dash (whose
    # spelling is a dash) after token j + 1 and before `end`; with none (most clauses)
    # the rest, a dateline match among it, is skipped
    if _COMMA_OR_DASH.isdisjoint(doc.lowers[j + 2 : bisect.bisect_left(doc.starts, end, j)]):
        return end
    # past a dateline: "TALLAHASSEE, Fla. — When she announced A, B" (split after "Fla.")
    dateline = DATELINE_RE.match(doc.text, doc.para_start(ss))
    a = doc.tok_index_at_or_after(max(ss, dateline.end()) if dateline else ss)
    if a > k or not (
        toks[a].lower in FRONTED_SUBORDINATORS
        or toks[a].lower in ABSOLUTE_OPENERS  # "With aides worried about A, B …"
        or _fronted_participle_at(toks, a, k)  # "(Increasingly) worried about A, B …"
    ):
        sub = _conjoined_subordinator(doc, a, k)
        if sub is None:
            return end
        a = sub
    for x in range(a, k):
        if toks[x].text == ",":
            return end  # the cue is in the main clause
    m = j
    n = len(toks)
    while m < n and toks[m].start < end:
        if (toks[m].text == "," or _aside_dash(doc, m)) and not ctx.in_quote(m) and m > j + 1:
            e = toks[m - 1].end  # (a dash too: "When she noted that A ― as was true ― B")
            return e
        m += 1
    return end


SUBORDINATE_REACH = 20  # tokens from a cue back to its clause's subordinator
SUBORDINATOR_LINKS = {"and", "but", "that"}


def _conjoined_subordinator(doc: Doc, a: int, k: int) -> int | None:
    """ "…, and once he has said his piece, he moves on": a subordinator after "and" /
    "but" / "that" opens the clause of cue k (no comma between them; a short reach, as
    sentences of unpunctuated text are long)."""
    lo = max(a, k - SUBORDINATE_REACH)
    if _SUBORDINATOR_STOP_WORDS.isdisjoint(doc.lowers[lo + 1 : k]):
        return None  # no comma nor subordinator in reach (long unpunctuated text): no scan
    toks = doc.tokens
    for x in range(k - 1, lo, -1):
        if toks[x].text == ",":
            return None
        if toks[x].lower in FRONTED_SUBORDINATORS and toks[x - 1].lower in SUBORDINATOR_LINKS:
            return x
    return None


_SUBORDINATOR_STOP_WORDS = frozenset(FRONTED_SUBORDINATORS | {","})


# prepositions inside an object's appositive ("the moderator for the debate")
APPOSITIVE_PREPS = {"for", "about"}


def _object_infinitive(ctx: Context, j: int, se: int) -> int | None:
    """Token index of "to" in "urged <object> to <verb>", the object being a short
    noun phrase (with an optional appositive), or None."""
    toks = ctx.doc.tokens
    tq = ctx.tok_quote  # (ctx.in_quote without a method call)
    n = len(toks)
    m = j
    commas = 0
    relative = False  # "urged anyone who had filmed the crash to …": the object's clause
    while (
        m < n
        and m - j < (14 if commas == 0 and not relative else 22)
        and toks[m].start < se
        and tq[m] < 0
    ):
        low = toks[m].lower
        commas += toks[m].text == ","
        if commas % 2 and low in APPOSITIVE_PREPS:
            m += 1  # "urged Dana Whitlow, the moderator for the debate, to …": the appositive's
            continue
        if low == "who" and m > j and not commas and toks[m - 1].is_word:
            relative = True  # (a restrictive relative right after its noun)
            m += 1
            continue
        if relative and low != "to" and toks[m].is_word and low not in {"that", "if", "whether"}:
            m += 1  # (its verb, auxiliaries and objects are no reported clause)
            continue
        if low == "to":
            if m == j or m + 1 >= n or toks[m + 1].start >= se:
                return None
            v = toks[m + 1]
            if (
                not v.is_word
                or v.cap
                or v.lower in lx.DETERMINERS
                or v.lower in OBJECT_WORDS
                or v.lower in {"his", "her", "their", "its", "my", "our", "your", "this"}
                or (v.lower.endswith("s") and not v.lower.endswith("ss"))
            ):
                return None
            return m
        if (
            low in {"that", "he", "she", "they", "we", "i", "if", "whether", "about", "for"}
            or low in FINITE_AUX
            or toks[m].text in {".", ";", ":", "(", "?", "!"}
            or (toks[m].is_word and not toks[m].cap and low in lx.CUE_FORMS and m > j)
        ):
            return None
        m += 1
    return None


# "at least 40", "about 300", "more than 200": a quantity opening the reported clause
QUANTITY_PAIRS = {
    ("at", "least"), ("at", "most"), ("more", "than"), ("less", "than"), ("fewer", "than"),
    ("up", "to"), ("as", "many"), ("as", "few"), ("as", "much"),
}  # fmt: skip
APPROXIMATORS = {"about", "around", "nearly", "almost", "roughly", "some", "over",
                 "approximately", "only", "just"}  # fmt: skip
NUMBER_WORDS = lx.CARDINALS | {
    "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "half", "a",
}  # fmt: skip


# why a product or an envoy is withdrawn: "recalled a car seat over a faulty buckle"
WITHDRAWAL_REASONS = {"over", "amid"}


def _withdrawn_over(toks, j: int, se: int) -> bool:
    """ "recalls peanut butter over salmonella fears": a recall's noun-phrase object
    followed by its reason is a withdrawal (a memory takes a clause or a gerund)."""
    for x in range(j, min(j + 8, len(toks))):
        t = toks[x]
        if t.start >= se or not (t.is_word or t.text in {"'s", "’s", "-"}):
            return False
        if t.lower in WITHDRAWAL_REASONS:
            return x > j
        if (t.lower in lx.FUNCTION_WORDS and t.lower not in lx.DETERMINERS) or (
            t.lower in FINITE_AUX or t.lower.endswith("ing")
        ):
            return False  # "recalled that …", "recalled being …", "recalled how …"
    return False


def _quantity_at(toks, j: int, se: int) -> bool:
    """Does token j open a quantity ("at least 40 people", "about 300 jobs")?"""
    n = len(toks)
    if j + 1 >= n:
        return False
    pair = (toks[j].lower, toks[j + 1].lower)
    if pair in QUANTITY_PAIRS:
        q = j + 2
    elif toks[j].lower in APPROXIMATORS:
        q = j + 1
    else:
        return False
    if q >= n or toks[q].start >= se:
        return False
    word = toks[q]
    if word.lower == "a":  # "about a dozen", "nearly a third"
        return q + 1 < n and toks[q + 1].lower in {
            "dozen",
            "hundred",
            "thousand",
            "third",
            "quarter",
            "half",
            "million",
            "billion",
        }
    return word.text[0].isdigit() or word.text[0] in "$€£" or word.lower in NUMBER_WORDS


# names signed under a petition, which a participle describes ("40,000 signatures calling
# for …"): the petition's aim, no one's words (signs and placards carried stay statements:
# round 11's convention)
SIGN_NOUNS = {"signatures"}


# whom a school, a hospital or a country admits
ADMITTED_PEOPLE = {
    "students", "applicants", "patients", "pupils", "people", "children", "refugees",
    "migrants", "immigrants", "members", "candidates", "visitors", "residents", "recruits",
}  # fmt: skip


def _admitted_count(toks, j: int, se: int) -> bool:
    """ "admitted at least 61 applicants over five years", "admits 110 students a year":
    a count of people with no verb of their own after "admit" is whom a school or a
    hospital takes in (not "admitted 40 people had been hurt": a clause)."""
    n = len(toks)
    q = j
    if q + 1 < n and (toks[q].lower, toks[q + 1].lower) in QUANTITY_PAIRS:
        q += 2
    elif q < n and toks[q].lower in APPROXIMATORS:
        q += 1
    if q >= n or toks[q].start >= se:
        return False
    if not (toks[q].text[0].isdigit() or toks[q].lower in NUMBER_WORDS):
        return False
    q += 1
    while q < n and toks[q].start < se and (toks[q].lower in NUMBER_WORDS):
        q += 1  # "two hundred"
    if q >= n or toks[q].start >= se:
        return False
    if toks[q].lower not in ADMITTED_PEOPLE:
        return False  # ("admitted 38 breaches of its permit": a confession)
    nxt = toks[q + 1] if q + 1 < n and toks[q + 1].start < se else None
    return nxt is None or not (
        nxt.lower in FINITE_AUX or nxt.lower in IRREGULAR_PAST or nxt.lower.endswith("ed")
    )


# offences a defendant denies or admits in court: a plea, no words ("denies murder but
# has admitted manslaughter", "admitted two counts of fraud"; round 29, probe r29b)
PLEA_OFFENCES = {
    "murder", "murders", "manslaughter", "fraud", "theft", "thefts", "assault", "rape",
    "arson", "burglary", "burglaries", "robbery", "kidnapping", "stalking", "perjury",
    "bribery", "embezzlement", "blackmail", "harassment", "attempted", "laundering",
    "money-laundering", "drink-driving", "wounding", "affray", "racketeering",
    "misconduct",  # "misconduct in (a) public office", an English common-law offence
}  # fmt: skip
# what may stand between "denies" / "admitted" and the offence ("two counts of", "a charge
# of", "all charges of", "one count each of")
PLEA_LEAD_WORDS = {"a", "one", "all", "single", "count", "counts", "charge", "charges", "of",
                   "each", "further", "separate", "money", "dangerous", "careless"}  # fmt: skip
# what may follow the offence: the end of the plea
PLEA_AFTER = {".", ",", ";", "but", "and", "at", "in", "on", "over", "after", "before", "when"}
PLEA_STARTS = frozenset(PLEA_LEAD_WORDS | PLEA_OFFENCES | NUMBER_WORDS)


def _plea_object(toks, j: int, se: int) -> bool:
    """ "Forsythe denies murder but has admitted manslaughter", "admitted two counts of
    fraud at Leeds Crown Court": an offence after "deny" / "admit" is a plea (round 29)."""
    n = len(toks)
    q = j
    while (
        q < n
        and q - j < 6
        and toks[q].start < se
        and (toks[q].lower in PLEA_LEAD_WORDS or toks[q].lower in NUMBER_WORDS)
    ):
        q += 1
    if q >= n or toks[q].start >= se or toks[q].lower not in PLEA_OFFENCES:
        return False
    if toks[q].lower in {"attempted", "money"} and q + 1 < n:
        q += 1  # "attempted murder", "money laundering"
        if toks[q].lower not in PLEA_OFFENCES:
            return False
    return q + 1 >= n or toks[q + 1].start >= se or toks[q + 1].lower in PLEA_AFTER


TELLING_VERBS = {"tell", "inform", "assure", "remind"}
# what may open the told clause after a counted listener ("told 200 farmers the …")
CLAUSE_OPENERS_AFTER_LISTENER = {"that", "the", "a", "an", "this", "their", "its", "his", "her"}


def _counted_listeners_end(toks, j: int, se: int) -> int | None:
    """ "told about 200 farmers the association would …": from j a counted plural
    listener (a quantity, at most two words, a plural noun); the index after it when the
    told clause opens there, else None."""
    q = j + 1 if toks[j].lower in APPROXIMATORS else j
    if not (_quantity_at(toks, j, se) or (q == j and toks[j].text[:1].isdigit())):
        return None
    m = q + 1
    while m < len(toks) and m - q <= 2 and toks[m].is_word and not toks[m].cap:
        if toks[m].lower.endswith("s") and toks[m].lower not in lx.FUNCTION_WORDS:
            nxt = toks[m + 1] if m + 1 < len(toks) and toks[m + 1].start < se else None
            if nxt is not None and (
                nxt.lower in CLAUSE_OPENERS_AFTER_LISTENER
                or nxt.lower in lx.SUBJECT_PRONOUNS
                or nxt.cap
            ):
                return m + 1
            return None
        m += 1
    return None


# stocks that rose or fell in a session ("a 2-to-1 ratio favored decliners")
MARKET_BREADTH_NOUNS = {"decliners", "advancers", "gainers", "losers", "decliner", "advancer"}


def _market_breadth(doc: Doc, k: int) -> bool:
    """ "a 2.4-to-1 ratio favored decliners": the market's breadth, no speech."""
    toks = doc.tokens
    return (
        k + 1 < len(toks)
        and toks[k + 1].lower in MARKET_BREADTH_NOUNS
        and _base(doc, k) in {"favor", "favour"}
    )


UNDER_NOUNS = {"oath", "questioning", "cross-examination", "pressure", "scrutiny", "duress"}


def _under_phrase_end(toks, j: int, se: int) -> int | None:
    """After "admitted under (intense) questioning": the token starting the clause (a
    pronoun, determiner or name; after "that", the next), or None."""
    for m in (j + 1, j + 2):
        if m + 1 >= len(toks) or toks[m + 1].start >= se:
            return None
        if toks[m].lower in UNDER_NOUNS:
            nxt = toks[m + 1]
            if nxt.lower == "that":
                return m + 2 if m + 2 < len(toks) and toks[m + 2].start < se else None
            opens = nxt.lower in lx.SUBJECT_PRONOUNS or nxt.lower in cues.OBJECT_DETERMINERS
            return m + 1 if opens or nxt.cap else None
        if not toks[m].is_word or toks[m].cap:
            return None
    return None


# "for the second time": how often a cue was said, before its "that" clause
NTH_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "last", "latest", "nth"}


def _nth_time_that(toks, j: int, se: int) -> int | None:
    """ "said for the first time (this year / in a decade) that A": the token after
    "that", past the adverbial of how often (None when no "that" follows it)."""
    if not (
        j + 4 < len(toks)
        and toks[j].lower == "for"
        and toks[j + 1].lower == "the"
        and toks[j + 2].lower in NTH_WORDS
        and toks[j + 3].lower == "time"
    ):
        return None
    for m in range(j + 4, min(j + 9, len(toks) - 1)):
        if toks[m].lower == "that":
            return m + 1 if toks[m + 1].start < se else None
        if not toks[m].is_word or toks[m].lower in lx.SUBJECT_PRONOUNS:
            return None
    return None


# after "called" and its object: a summons or a phone call, not words ("called him into
# her office", "called the meeting to order", "called her back")
SUMMONED_PARTICLES = {"into", "back", "home", "away"}
SUMMONED_TO = {"the", "a", "an", "his", "her", "their", "its", "order", "account"}


# services one phones: "called police", "called 911", "called an ambulance"
PHONED_SERVICES = {"police", "911", "999", "112", "ambulance", "paramedics", "firefighters"}


def _phoned_service(toks, j: int) -> bool:
    if toks[j].lower in {"the", "an", "a"} and j + 1 < len(toks):
        j += 1
    if toks[j].lower not in PHONED_SERVICES:
        return False
    # (not "called the police chief a liar": a noun goes on)
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not nxt.is_word or nxt.lower in lx.FUNCTION_WORDS


def _summoned(toks, j: int, se: int) -> bool:
    """The object at token j of "call" is followed within three words by a particle of
    motion or "to" + a place ("to the scene"), not "to" + a verb ("called on X to act")."""
    for m in (j + 1, j + 2, j + 3):
        if m + 1 >= len(toks) or toks[m].start >= se:
            return False
        low = toks[m].lower
        if low in SUMMONED_PARTICLES or (low == "to" and toks[m + 1].lower in SUMMONED_TO):
            return True
        if not toks[m].is_word:
            return False
    return False


def _plain_word_at(toks, i: int, se: int) -> bool:
    """Token i (before se) is a lower-case word that is no time word nor function word:
    the noun or verb after "early" / "this", not "this week"."""
    return (
        i < len(toks)
        and toks[i].start < se
        and toks[i].is_word
        and toks[i].text.isalpha()
        and not toks[i].cap
        and toks[i].lower not in TIME_WORDS
        and toks[i].lower not in lx.FUNCTION_WORDS
    )


def _content_start(ctx: Context, k: int, se: int) -> int | None:
    """Token index where the reported clause after cue k begins, or None."""
    # asked twice per cue in a sentence of parenthetical cues (find_reported and
    # _cue_with_clause): memoised per cue and sentence end
    memo = ctx.doc.memo
    key = ("content start", k, se)
    if key not in memo:
        # ("recalled him as a man who …": the description, not "him as …")
        j: int | None = _past_object_as(ctx.doc.tokens, k, k + 1, se)
        if j == k + 1:
            j = _content_start_at(ctx, k, se)
        # (a start past the last token: the text ends right after the cue, "and called for")
        memo[key] = j if j is None or j < len(ctx.doc.tokens) else None
    return memo[key]


# verbs that describe their object "as" something: the description is what was said
DESCRIBE_AS_BASES = {"describe", "recall", "portray", "characterize", "characterise"}
# (not a reflexive: "cast himself as a shrewd manipulator" keeps "himself as", as
# PolNeAR's gold does; a self-portrait, no description of another)
AS_OBJECT_PRONOUNS = {"him", "her", "them"}


def _past_object_as(toks, k: int, j: int, se: int) -> int:
    """ "recalled him as a man who …", "described her as a stickler": the content after
    an object pronoun and "as" (the description the speaker gave), not "him as …"."""
    if (
        lx.CUE_FORMS.get(toks[k].lower) in DESCRIBE_AS_BASES
        and j + 2 < len(toks)
        and toks[j].lower in AS_OBJECT_PRONOUNS
        and toks[j + 1].lower == "as"
        and toks[j + 2].start < se
    ):
        return j + 2
    return j


# the side of a court a judge writes for ("wrote for the majority / a unanimous court")
COURT_SIDES = {"majority", "court", "panel", "bench", "plurality", "minority", "dissenters"}


def _for_the_court_end(toks, j: int, se: int) -> int | None:
    """ "(wrote) for the majority that …", "for a unanimous court that …": the token
    after "that" when "for", a determiner, at most two lower-case words and a court's
    side, then "that", start at token j; else None."""
    if j + 3 >= len(toks) or toks[j + 1].lower not in {"the", "a", "an"}:
        return None
    m = j + 2
    while m < len(toks) and m - j <= 5 and toks[m].is_word and not toks[m].cap:
        if toks[m].lower in COURT_SIDES:
            that = m + 1
            if that + 1 < len(toks) and toks[that].lower == "that" and toks[that + 1].start < se:
                return that + 1
            return None
        m += 1
    return None


# a time clause between a cue (and its listener) and "that": "told reporters as he left"
TIME_SUBORDINATORS = {"as", "when", "while", "after", "before", "once"}
THAT_CLAUSE_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "there", "this"}


def _that_after_time_clause(ctx: Context, j: int, se: int, base: str) -> int | None:
    """ "told reporters as he left the hotel that A", "said when she arrived that A": the
    token after the "that" closing a short time clause (a subordinator, a pronoun or a
    name, then at most eight words, no cue, comma or quote) from token j, after a short
    listener for a verb of telling; None otherwise ("as he left that building": a
    determiner, no clause)."""
    doc = ctx.doc
    toks = doc.tokens
    tq = ctx.tok_quote
    n = len(toks)
    m = j
    if base in OBJECT_VERBS:
        while (
            m < n
            and m - j < 3
            and toks[m].lower not in TIME_SUBORDINATORS
            and (toks[m].lower in OBJECT_WORDS or np_token_ok(doc, m))
        ):
            m += 1
    if m + 2 >= n or toks[m].lower not in TIME_SUBORDINATORS or toks[m + 2].start >= se:
        return None
    subject = toks[m + 1]
    if not (subject.lower in lx.SUBJECT_PRONOUNS or (subject.cap and subject.is_word)):
        return None
    x = m + 2
    while x < n and x - m <= 10 and toks[x].start < se and tq[x] < 0 and toks[x].is_word:
        low = toks[x].lower
        if low == "that":
            y = x + 1
            if (
                y < n
                and toks[y].start < se
                and toks[y].is_word
                and tq[y] < 0
                and (
                    toks[y].lower in lx.SUBJECT_PRONOUNS
                    or toks[y].lower in THAT_CLAUSE_OPENERS
                    or toks[y].cap
                )
                and not _determiner_that(toks, x)
            ):
                return y
            return None
        if low in lx.CUE_FORMS:
            return None
        x += 1
    return None


# "-ly" words that are adjectives before a noun ("reported quarterly revenue that beat
# estimates": the object and its relative clause, no time adverbial before "that")
FREQUENCY_ADJECTIVES = {"quarterly", "weekly", "monthly", "yearly", "daily", "nightly", "hourly"}


def _frequency_adjective(toks, j: int, se: int) -> bool:
    """Token j is a frequency adjective before a lower-case noun and a relative "that"
    (round 24; not "told the paper's weekly video series it is clear … that …")."""
    return (
        toks[j].lower in FREQUENCY_ADJECTIVES
        and j + 2 < len(toks)
        and toks[j + 2].start < se
        and toks[j + 1].is_word
        and not toks[j + 1].cap
        and toks[j + 1].lower not in lx.FUNCTION_WORDS
        and toks[j + 2].lower == "that"
    )


CONTACT_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}
CONTACT_DETERMINERS = {"a", "an", "the", "this", "his", "her", "their", "its", "our"}


def _contact_relative_cue(toks, k: int, j: int) -> bool:
    """ "a 2023 budget amendment Lin wrote that requires …": the cue k opens a relative
    clause on the noun before its subject (no "that" before the subject), and "that" at
    j opens a second relative on that noun (a present verb right after it): the noun is
    what was written, no words are reported."""
    if k < 3 or j + 1 >= len(toks):
        return False
    verb = toks[j + 1]
    if not (verb.is_word and not verb.cap and verb.lower.endswith("s")):
        return False
    if verb.lower in lx.FUNCTION_WORDS or verb.lower.endswith("ss"):
        return False
    x = k - 1  # back over the subject: a pronoun, or a name with its title ("Ms Ruiz")
    if toks[x].lower in CONTACT_SUBJECT_PRONOUNS:
        x -= 1
    else:
        while x > 0 and k - x <= 4 and (toks[x].cap or _title_dot(toks, x)):
            x -= 1
    noun = toks[x]
    if x == k - 1 or not (noun.is_word and not noun.cap and noun.lower not in lx.FUNCTION_WORDS):
        return False
    return any(toks[d].lower in CONTACT_DETERMINERS for d in range(max(0, x - 4), x))


def _title_dot(toks, x: int) -> bool:
    """The dot at x closes a short title ("Ms.", "Dr."), not a sentence."""
    return toks[x].text == "." and x > 0 and toks[x - 1].cap and len(toks[x - 1].text) <= 3


# "X, which plans bus routes for …": a body's work described in a relative clause, a plan
# reported only as "plans to …" / "plans that …" there (round 32, probe r32a)
PLANNED = {"to", "that"}


def _content_start_at(ctx: Context, k: int, se: int) -> int | None:
    doc = ctx.doc
    tq = ctx.tok_quote  # (ctx.in_quote without a method call)
    toks = doc.tokens
    n = len(toks)
    base = _base(doc, k)
    j = k + 1
    if j >= n or toks[j].start >= se or tq[j] >= 0:
        return None
    relative = k and toks[k - 1].lower in NONRESTRICTIVE
    if base == "plan" and relative and toks[j].lower not in PLANNED:
        return None  # "OSTA, which plans routes for …": a body's work, no words (round 32)
    nth = _nth_time_that(toks, j, se)
    if nth is not None:
        return nth  # "warned for the second time this year that …"
    when = _that_after_time_clause(ctx, j, se, base)
    if when is not None:
        return when  # "told reporters as he left the hotel that …"
    if (
        (base == "call" and toks[j].lower in {"on", "upon"})
        or (base == "appeal" and toks[j].lower == "to")  # "appealed to donors to send …"
    ) and j + 1 < n:
        to = _object_infinitive(ctx, j + 1, se)
        if to is not None:
            # "called on both sides (not) to return to talks": the request, without
            # its addressee (decision 6), as after "urged"
            return to - 1 if toks[to - 1].lower in NEGATIONS else to
    ps = _prep_start(ctx, k, se)
    if ps is not None:
        return ps
    if j + 2 < n and (toks[j].lower, toks[j + 1].lower) in MANNER_PHRASES and tq[j + 2] < 0:
        c = toks[j + 2].lower  # "explained in detail how …", "said at length that …"
        if c in WH_CLAUSE_STARTERS or c in CLAUSE_PRONOUNS:
            return j + 2 if toks[j + 2].start < se else None
    if (
        base in {"admit", "confess"}
        and toks[j].lower == "to"
        and j + 2 < n
        and toks[j + 1].lower.endswith("ing")
        and toks[j + 2].start < se
        and tq[j + 1] < 0
    ):
        return j + 1  # "admitted to feeling tired": the gerund clause
    if toks[j].lower == "to" and base in LISTENER_CUES and tq[j] < 0:
        # "admitted to reporters that …", "explained to the council that …": a listener
        m = j + 1
        while m < n and m - j <= 5 and toks[m].start < se and tq[m] < 0:
            tm = toks[m]
            if tm.lower == "that":
                if m > j + 1 and m + 1 < n and toks[m + 1].start < se:
                    return m + 1
                break
            if (
                not tm.is_word
                or tm.lower in FINITE_AUX
                or tm.lower in lx.CUE_FORMS
                or tm.lower in lx.SUBJECT_PRONOUNS
            ):
                break
            m += 1
    if base in OBJECT_VERBS and base in INFINITIVE_VERBS:
        to = _object_infinitive(ctx, j, se)
        if to is not None and to - 1 > j and toks[to - 1].lower in NEGATIONS:
            return to - 1  # "urged fans not to boo": the negation is part of the request
        if to is not None:
            return to  # "asked the candidates, both senators, to discuss …"
    if base in OBJECT_VERBS:
        # "told the paper last year that …", "told her aides on Monday that …"
        that = cues.listener_that(doc, j)
        if that is not None and toks[that + 1].start < se:
            return that + 1
    # (both tests below need a quoted token within 12 tokens of j: the scan returns only
    # with one in j..m-1, m <= j + 12, and _after_quoted_title with one in j..j+2; most
    # cues have none, so a C-level max over the window skips them)
    if base in OBJECT_VERBS and toks[j].lower != "that" and max(tq[j : j + 12]) >= 0:
        # "told MSNBC's “Morning Joe” on Monday that …": an object with a quoted title
        m = j
        while m < n and m - j < 12 and toks[m].start < se:
            tm = toks[m]
            if tm.lower == "that" and tq[m] < 0:
                break
            if not (
                tq[m] >= 0
                or tm.text in {"'s", "’s", '"', "“", "”", "''", "``"}
                or np_token_ok(doc, m)
                or tm.lower in OBJECT_WORDS
                or tm.lower in TIME_WORDS
                or tm.lower in MEDIUM_NOUNS
                or tm.lower in PROGRAMME_NOUNS
            ) or (
                tm.is_word
                and not tm.cap
                and tm.lower not in PROGRAMME_NOUNS
                and (tm.lower in FINITE_AUX or tm.lower in lx.CUE_FORMS)
            ):
                m = n
                break
            m += 1
        if (
            m < n
            and m > j
            and toks[m].lower == "that"
            and any(tq[x] >= 0 for x in range(j, m))
            and m + 1 < n
            and toks[m + 1].start < se
        ):
            return m + 1
        after_title = _after_quoted_title(ctx, j, se)
        if after_title is not None:
            return after_title  # "told NPR's “Morning Edition” on Friday the bill was …"
    counted = _counted_listeners_end(toks, j, se) if base in TELLING_VERBS else None
    if counted is not None:
        return counted + 1 if toks[counted].lower == "that" else counted
    # indirect object: "told reporters", "told the Associated Press", "warned him"
    if (
        base in OBJECT_VERBS
        and toks[j].lower not in {"that", "on", "in", "at"}
        and not (base in THING_OBJECT_VERBS and toks[j].lower in {"a", "an"})
    ):
        audience_end = _audience_end(doc, j, se)
        m = j
        while audience_end == j and (
            m < n
            and m - j < 6
            and toks[m].start < se
            and (
                toks[m].lower in OBJECT_WORDS
                or (np_token_ok(doc, m) and toks[m].lower != "that")
                or _possessed_noun(toks, j, m)  # "told their bosses they …"
            )
        ):
            if toks[m].lower in {"he", "she", "it", "they", "we", "i"}:
                break
            if m > j and toks[m].lower in {"the", "a", "an", "his", "her", "their", "its"}:
                m = _of_body_end(toks, m, se) or m
                break  # "told reporters the plan …": a determiner starts the clause
            if m > j and toks[m].lower in OBJECT_TIME_STARTS:
                break  # "told voters this weekend he …": a time adverbial follows the object
            if (
                m > j
                and toks[m].cap
                and toks[m - 1].lower in LISTENER_NOUNS
                and toks[m].lower not in TIME_WORDS
            ):
                break  # "told reporters Moscow was open": the name starts the clause
            m += 1
            if (
                toks[m - 1].lower in {"me", "us", "him", "her", "them", "you"}
                and (m < n and toks[m].lower not in {"and", "or"})
                and not (toks[m - 1].lower == "her" and cues.possessive_her(doc, m - 1))
            ):
                break  # "told them the plan would work": the pronoun is the whole object
        if (
            m == j + 1
            and audience_end == j
            and toks[j].lower not in TIME_WORDS
            and toks[j].lower not in lx.FUNCTION_WORDS
            and toks[m - 1].is_word
            and not toks[m - 1].cap
            and toks[m - 1].lower not in OBJECT_WORDS
            and toks[m - 1].lower not in lx.GROUP_NOUNS
        ):
            m = j  # "promised state aid": a modifier of the object, no listener
        j = max(m, audience_end)
    if j >= n or toks[j].start >= se:
        return None
    t = toks[j]
    if base in NOUN_CUES:
        # "expressed surprise that", "voiced concern that"
        m = j
        while m < n and m - j < 4 and toks[m].start < se and toks[m].is_word and not toks[m].cap:
            if toks[m].lower == "that":
                return m + 1 if m + 1 < n and toks[m + 1].start < se else None
            m += 1
        return None
    if base == "call" and t.lower == "off":
        return None  # "called off the game": cancelled
    if base == "call" and _summoned(toks, j, se):
        return None  # "called him into her office", "called reporters to the scene"
    if base == "call" and _phoned_service(toks, j):
        return None  # "the clerk who called police": a phone call, no words reported
    if (
        base == "show"
        and t.lower in SHOW_PARTICLES
        and not (j + 1 < n and toks[j + 1].lower == "to")  # "showed up to 40% of …"
    ):
        return None  # "showed off its new phone", "showed up at the hearing": no finding
    if base in {"recognize", "recognise"} and _recognized_state(toks, j, se):
        return None  # "does not recognize the government of Cyprus": diplomacy, no words
    if _time_only_object(toks, j, se):
        return None  # "will testify next week", "which reports next week, has": no words
    if _place_only_object(toks, j, se):
        return None  # "…, his lawyer told reporters outside the courthouse.": where
    if base == "observe" and _watched_object(toks, j, se):
        return None  # "The team observed the planet as it passed": watching, no words
    if t.lower == "that":
        if j + 1 < n and toks[j + 1].text in {".", ";", "!", "?"}:
            return None  # "The mayor denied that.": a pronoun, no clause
        if _contact_relative_cue(toks, k, j):
            return None  # "a budget amendment Lin wrote that requires …": authorship
        if j + 2 < n and toks[j + 1].text == "," and toks[j + 2].lower.endswith("ing"):
            return None  # "denied that, saying …": a pronoun; the participle reports
        if j + 2 < n and toks[j + 1].text == "," and toks[j + 2].start < se:
            return j + 2  # "said that, if elected, he would …"
        if j + 1 < n and toks[j + 1].lower in FINITE_AUX:
            return j  # "said that was a decision for the state": a pronoun, the subject
        if _that_before_last_noun(toks, j):
            return j  # "rejected that account.": a determiner, no clause follows
        if _determiner_that(toks, j):
            return j  # "rejected that accusation on Wednesday / in a statement"
        return j + 1 if j + 1 < n and toks[j + 1].start < se else None
    if t.text == "," and base in CLAUSAL:
        # "said, during a long interview, that …": a parenthetical, then the clause
        m = j + 1
        while m < n and m - j < 12 and toks[m].start < se and toks[m].is_word:
            m += 1
        if (
            m > j + 1
            and m + 2 < n
            and toks[m].text == ","
            and toks[m + 1].lower == "that"
            and toks[m + 2].start < se
        ):
            return m + 2
    if t.lower in {"too", "why", "how", "when", "where", "whether"} and (
        j + 1 >= n or not toks[j + 1].is_word or toks[j + 1].start >= se
    ):
        return None  # "he said too.", "It did not say why.": no words reported
    if (
        t.lower in {"when", "where", "whether", "how", "why", "what", "who"}
        and k > 1
        and any(
            toks[b].lower in NEGATIONS or toks[b].lower.endswith(("n't", "n’t"))
            for b in (k - 1, k - 2)
        )
        and j + 1 < n
        and toks[j + 1].start < se
    ):
        return j  # "have not said when they would vote": an indirect question
    if base == "recall" and (
        _quantity_at(toks, j, se)
        or (t.text[0].isdigit() and not (len(t.text) == 4 and t.text.isdigit()))  # not 1998
        or t.lower in {"its", "their"}
        or _withdrawn_over(toks, j, se)
    ):
        return None  # "recalled 200,000 trucks", "recalled its ambassador": no speech
    if base == "admit" and _admitted_count(toks, j, se):
        return None  # "The school admits about 110 students a year": enrolment, not words
    if base in {"admit", "deny"} and t.lower in PLEA_STARTS and _plea_object(toks, j, se):
        return None  # "denies murder", "admitted two counts of fraud": a plea
    if base in {"add", "claim"} and _scoreline_object(toks, j, se, base):
        return None  # "added 30 points", "claimed his third title": a result, not speech
    if base == "add" and k > 0 and toks[k - 1].lower in ADDING_THINGS:
        return None  # "The closure adds a 19-mile detour": a thing adds, never says
    if _market_breadth(doc, k):
        return None
    if _quantity_at(toks, j, se):
        return j  # "said at least 40 people were killed": a numeral subject, no adverbial
    if t.lower in {"after", "before", "during", "since"} and j + 2 < n:
        # "said after the convention he would …": a short prepositional phrase, then
        # a pronoun subject (not "said before he died": the pronoun must not follow at once)
        m = j + 1
        if toks[m].lower in {"the", "a", "an", "his", "her", "their", "its", "last", "this"}:
            while m < n and m - j < 6 and toks[m].start < se and toks[m].is_word:
                if toks[m].lower in {"he", "she", "they", "we", "i"}:
                    return m
                m += 1
    after_place = _place_phrase_end(toks, j, se) if base in CLAUSAL else None
    if after_place is not None:
        return after_place  # "told reporters in Hanoi the government would …"
    if (
        t.lower in PLACE_PREPOSITIONS
        and base in CLAUSAL
        and j + 1 < n
        and (toks[j + 1].cap or not toks[j + 1].lower.endswith("s"))  # (not "outside experts")
    ):
        m = j + 1
        while m < n and m - j <= 4 and toks[m].start < se and toks[m].is_word and tq[m] < 0:
            if toks[m].lower == "that":
                # "said outside court that …": a place, then the clause
                return m + 1 if m > j + 1 and m + 1 < n and toks[m + 1].start < se else None
            m += 1
    if t.lower == "for" and base in CLAUSAL:
        after = _for_the_court_end(toks, j, se)
        if after is not None:
            return after  # "wrote for the majority that …", "for a unanimous court that"
    if t.lower == "under" and base in CLAUSAL:
        after = _under_phrase_end(toks, j, se)
        if after is not None:
            return after  # "admitted under questioning he hadn't …"
    if t.lower in {"late", "early"} and base in CLAUSAL and _plain_word_at(toks, j + 1, se):
        return j  # "said early voting would start": an adjective, no time adverbial
    if (
        t.lower == "this"
        and _plain_word_at(toks, j + 1, se)
        and toks[j + 1].lower not in TIME_ENDS
        and toks[j + 1].lower not in SEASON_WORDS
    ):
        return j  # "rejected this account", "said this plan would fail": no "this week"
    if (
        t.lower == "only"
        and base in CLAUSAL
        and j + 1 < n
        and toks[j + 1].start < se
        and toks[j + 1].is_word
        and toks[j + 1].lower != "that"
    ):
        return j  # "said only cargo flights were running": "only" opens the clause
    if base in CLAUSAL and _ly_modifies_participle(toks, j, se):
        return j  # "said properly cooked poultry is safe": the adverb opens the clause
    if (
        t.lower in ADVERBIAL_START
        # "said outside the courthouse that …" (not "said outside experts had …")
        or (t.lower == "outside" and j + 1 < n and toks[j + 1].lower in lx.ARTICLES)
        or (t.is_word and _adverb_after_cue(t) and not _frequency_adjective(toks, j, se))
        or (t.lower == "by" and j + 1 < n and toks[j + 1].lower in CHANNEL_NOUNS)
        # "ruling 8-1 that …" (a tally opens with a digit: no regex call for words)
        or (t.text[0].isdigit() and VOTE_TALLY_RE.fullmatch(t.text) is not None)
    ):
        # skip a short adverbial; a "that" within reach starts the clause
        m = j
        while m < n and m - j < 12 and toks[m].start < se:
            tm = toks[m]
            if tm.lower == "that" and _medium_relative_that(toks, m):
                m += 1  # "said in a statement that was posted online that …": a relative
                continue
            if tm.lower == "that" and _that_before_last_noun(toks, m):
                break  # "wrote in 2019 for families in that situation.": a determiner
            if tm.lower == "that":
                return m + 1 if m + 1 < n and toks[m + 1].start < se else None
            if (
                m > j
                and toks[m - 1].lower in lx.WEEKDAYS
                and tm.lower in lx.SUBJECT_PRONOUNS
                and m + 1 < n
                and toks[m + 1].lower in FINITE_AUX
            ):
                break  # "said Sunday she would back a bill that …": the clause began
            if not tm.is_word and tm.text not in {",", ".", "-"}:
                break
            if tm.text == "," and m + 1 < n and toks[m + 1].lower in FINITE_AUX:
                break  # "The truth, the senator said then, was that …": the main verb
            if tm.text == "," and m + 1 < n and toks[m + 1].lower.endswith("ing"):
                break  # "…, officials said Tuesday, ending a closure that …": a participle
            if tm.text == "," and m + 1 < n and toks[m + 1].lower in ADJUNCT_OPENERS:
                break  # "…, the ministry said Monday, after talks that ended …": the
                # writer's adjunct (its "that" a relative), or "though they warned that"
            if tq[m] >= 0:
                break
            m += 1
        after_medium = _medium_phrase_end(ctx, j, se) if base in CLAUSAL else None
        if after_medium is not None:
            return after_medium  # "said in a statement on Friday the firm had …"
        after_pp = _pronoun_after_circumstance(ctx, j, se) if base in CLAUSAL else None
        if after_pp is not None:
            return after_pp  # "admitted under questioning from the panel he had …"
        # "said on Wednesday he would …": adverbial of at most three words
        # (not a subordinate clause: "said before he died")
        m = j
        while (
            m < n
            and m - j < 4
            and toks[m].start < se
            and toks[m].lower not in SUBORDINATORS
            and (
                toks[m].lower in ADVERBIAL_START
                or toks[m].lower
                in {
                    "a",
                    "the",
                    "an",
                    "week",
                    "weekend",
                    "month",
                    "year",
                    "night",
                    "morning",
                    "afternoon",
                    "evening",
                    "statement",
                    "interview",
                    "his",
                    "her",
                    "their",
                    "its",
                }
                or _adverb_after_cue(toks[m])
            )
        ):
            m += 1
        if (
            m > j
            and m < n
            and toks[m].start < se
            and toks[m].lower in CLAUSE_STARTERS - {"to"}
            and (
                toks[m - 1].lower not in ADVERBIAL_PREPOSITIONS
                or toks[m].lower in WH_CLAUSE_STARTERS  # "agrees on who is …"
            )
            and toks[m - 1].lower not in lx.ARTICLES  # "answered in a | few seconds": one phrase
        ):
            return m  # (not "said in a statement on | the company website …")
        if (
            m > j
            and m + 1 < n
            and toks[m].lower == "to"
            and base in INFINITIVE_VERBS
            and base not in OBJECT_VERBS
            and toks[m + 1].start < se
            and toks[m + 1].is_word
            and not toks[m + 1].cap
            and toks[m + 1].lower not in lx.DETERMINERS
        ):
            return m  # "vowed on Monday to crush the insurgency"
        if base in CLAUSAL:
            # "said Monday the central bank was …", "said on March 3 inflation …": a
            # time adverbial (ending in its day, date or time noun), then a bare clause
            m = j
            if (
                toks[j].lower == "in"
                and j + 1 < n
                and (toks[j + 1].lower in lx.MONTHS or toks[j + 1].text.isdigit())
            ):
                m += 1  # "said in March the plan …", "said in 2019 the plan …"
            while (
                m < n
                and m - j < 7
                and toks[m].start < se
                and (toks[m].lower in TIME_WORDS or toks[m].text.isdigit() or _date_comma(toks, m))
            ):
                m += 1
            last = m - 1
            if (
                j + 2 < m < n
                and toks[m].text == ","
                and toks[m - 1].text.isdigit()
                and any(toks[x].text == "," for x in range(j, m))
            ):
                m += 1  # "said Tuesday, March 5, it would …": the date's closing comma
            if (
                m > j
                and m < n
                and toks[m].start < se
                and (toks[last].lower in TIME_ENDS or toks[last].text.isdigit())
                and toks[m].is_word
                and toks[m].lower not in PREPOSITIONS
                and toks[m].lower not in SUBORDINATORS
                and toks[m].lower not in TIME_WORDS
                and tq[m] < 0
            ):
                return m
        if t.lower == "to" and base in INFINITIVE_VERBS:
            return j
        if base in OBJECT_OK and base not in OBJECT_VERBS:
            # "announced on Friday the arrest of …": a time adverbial, then the object
            m = j
            while m < n and m - j < 4 and toks[m].start < se and toks[m].lower in TIME_WORDS:
                m += 1
            if (
                m > j
                and m < n
                and toks[m].start < se
                and toks[m].lower in {"the", "a", "an", "his", "her", "their", "its", "new"}
                and tq[m] < 0
            ):
                return m
        return None
    if not t.is_word:
        if (
            t.text in {"‘", "'"}
            and j + 1 < n
            and toks[j + 1].is_word
            and toks[j + 1].start < se
            and (base in CLAUSAL or base in OBJECT_OK)
        ):
            return j  # "Mayor slams ‘reckless’ budget cuts": headline-style marks, no quote
        return None
    if t.lower == "to":
        return j if base in INFINITIVE_VERBS else None
    if t.lower in {"for"} and base in {"call", "ask", "push", "press"}:
        return j + 1
    if base not in CLAUSAL and base not in OBJECT_OK:
        # "answer the questions", "ask him": only a clause counts here
        return j if t.lower in SUBJECT_STARTERS else None
    if t.lower in CLAUSE_STARTERS or t.cap or t.text[0].isdigit():
        return j
    if t.lower == "being" and j + 1 < n and toks[j + 1].is_word and toks[j + 1].start < se:
        return j  # "recalled being spat on", "denied being paid": a passive gerund clause
    if base in CLAUSAL and t.lower not in PREPOSITIONS and not _adverb_after_cue(t):
        # "said developers had …": a bare noun phrase starts the clause (also a noun spelt
        # like an adverb: "said supply would be restored", round 25, probe r25f)
        return j
    if (
        base in OBJECT_OK
        and (base not in OBJECT_VERBS or (base in {"urge", "promise"} and not t.cap))
        and t.lower not in PREPOSITIONS
    ):
        return j  # "cited the polls", "denied the report", "praised the deal"
    return None


def _after_quoted_title(ctx: Context, j: int, se: int) -> int | None:
    """A listener ending in a quoted programme title ("NPR's “Morning Edition”"), perhaps a
    time phrase ("on Friday"), then a bare clause: the token that starts the clause."""
    toks = ctx.doc.tokens
    tq = ctx.tok_quote
    n = len(toks)
    q = next((x for x in range(j, min(n, j + 3)) if tq[x] >= 0), None)
    if q is None or not all(
        toks[x].cap or toks[x].text.endswith(("'s", "’s")) for x in range(j, q)
    ):
        return None
    m = q
    while m < n and tq[m] == tq[q]:
        m += 1  # past the title
    while m < n and toks[m].text in cues.QUOTE_MARKS:
        m += 1  # its closing mark
    c = m
    while m < n and toks[m].start < se and (toks[m].lower in TIME_WORDS or toks[m].text.isdigit()):
        m += 1
    if m > c and not (toks[m - 1].lower in TIME_ENDS or toks[m - 1].text.isdigit()):
        return None
    if m + 1 >= n or toks[m].start >= se or tq[m] >= 0 or not toks[m].is_word:
        return None
    t = toks[m]
    subject = t.lower in lx.SUBJECT_PRONOUNS or t.lower in cues.OBJECT_DETERMINERS
    return m if subject or (t.cap and t.lower not in lx.FUNCTION_WORDS) else None


# verbs whose "with" phrase names the other party ("discussed X with reporters")
INTERLOCUTOR_VERBS = {"discuss", "debate", "share", "raise"}


def _date_comma(toks, m: int) -> bool:
    """A comma inside a date: "Tuesday, March 5", "March 5, 2024"."""
    if toks[m].text != "," or m + 1 >= len(toks):
        return False
    nxt = toks[m + 1]
    return nxt.lower in lx.MONTHS or (nxt.text.isdigit() and len(nxt.text) == 4)


# manner phrases between a cue and its clause ("explained in detail how …")
MANNER_PHRASES = {
    ("in", "detail"), ("at", "length"), ("in", "depth"), ("in", "full"), ("in", "private"),
    ("in", "public"), ("in", "person"), ("on", "camera"), ("off", "camera"),
}  # fmt: skip
# prepositions of the circumstances of saying ("admitted under questioning", "conceded
# during the hearing", "said at the rally")
CIRCUMSTANCE_PREPS = {"under", "during", "at", "after", "amid", "in", "on", "before"}
CLAUSE_PRONOUNS = {"he", "she", "they", "we", "i"}


def _pronoun_after_circumstance(ctx: Context, j: int, se: int) -> int | None:
    """ "(admitted) under Warren's grilling he had …": a short prepositional phrase of
    the circumstances (words only, no verb), then a bare clause opened by a subject
    pronoun and its verb: the pronoun's token, else None."""
    toks = ctx.doc.tokens
    n = len(toks)
    if toks[j].lower not in CIRCUMSTANCE_PREPS:
        return None
    m = j + 1
    while m + 1 < n and m - j <= 7 and toks[m].start < se and ctx.tok_quote[m] < 0:
        t = toks[m]
        cue = t.lower in lx.CUE_FORMS and not t.cap
        if cue and m == j + 1 and t.lower.endswith("ing"):
            cue = False  # "under questioning": a gerund as the preposition's object
        if not t.is_word or t.lower in FINITE_AUX or cue:
            return None
        if t.lower in CLAUSE_PRONOUNS and m > j + 1:
            v = toks[m + 1].lower.replace("’", "'")
            verb = v in FINITE_AUX or v.endswith(("ed", "n't")) or v in IRREGULAR_PAST
            return m if verb and toks[m + 1].start < se else None
        m += 1
    return None


# a bare clause's first word after a place phrase: a determiner or a subject pronoun
PLACE_CLAUSE_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our", "he", "she"}
PLACE_CLAUSE_OPENERS |= {"it", "they", "we", "i", "there"}


def _place_phrase_end(toks, j: int, se: int) -> int | None:
    """ "(told reporters) in Hanoi the government …", "(said) at a forum in Da Nang the
    currency …", "at the Capitol in Topeka he …": a place phrase (a capitalised place,
    or a noun phrase followed by one), then a determiner or a pronoun opening the bare
    clause: that opener's index."""
    n = len(toks)
    m = j
    for _ in range(2):
        if m + 1 >= n or toks[m].lower not in {"in", "at"} or toks[m + 1].start >= se:
            return None
        m += 1
        if toks[m].lower in {"a", "an", "the"}:
            m += 1
            c = m
            while m < n and m - c < 3 and toks[m].start < se and toks[m].is_word:
                if toks[m].lower in lx.FUNCTION_WORDS:
                    break
                m += 1
            if m == c:
                return None
        else:
            c = m
            while m < n and m - c < 3 and toks[m].start < se and toks[m].cap and toks[m].is_word:
                m += 1
            if m == c or toks[c].lower in lx.FUNCTION_WORDS or toks[c].lower in TIME_WORDS:
                return None
        if m < n and toks[m].lower not in {"in", "at"}:
            break
    if m + 1 >= n or toks[m].start >= se or toks[m].lower not in PLACE_CLAUSE_OPENERS:
        return None
    if not toks[m - 1].cap:
        return None  # (a named place ends the phrase: not "said in a way the …")
    return m if toks[m + 1].is_word and toks[m + 1].start < se else None


def _medium_phrase_end(ctx: Context, j: int, se: int) -> int | None:
    """ "(said) in a statement on Friday the firm …", "on Twitter the team …", "in an
    interview with CNN he …": after an indefinite medium (or a named platform), a
    named interviewer and a time phrase, the token that starts the bare clause."""
    toks = ctx.doc.tokens
    n = len(toks)
    if toks[j].lower not in MEDIUM_PREPS or j + 2 >= n:
        return None
    m = j + 1
    if toks[m].lower in {"a", "an"}:
        m += 1
        while m < n and m - j <= 4 and toks[m].is_word and not toks[m].cap:
            if toks[m].lower in MEDIUM_NOUNS:
                break
            if toks[m].lower in lx.FUNCTION_WORDS:
                return None
            m += 1
    if m >= n or toks[m].lower not in MEDIUM_NOUNS or ctx.in_quote(m):
        return None  # "on Twitter": a platform needs no article
    m += 1
    if m < n and toks[m].lower == "with":
        m += 1  # "in an interview with (The) Associated Press"
        if m < n and toks[m].lower == "the":
            m += 1
        c = m
        while m < n and m - c < 4 and toks[m].cap and toks[m].lower not in lx.WEEKDAYS:
            m += 1
        if m == c:
            return None
    c = m
    while m < n and toks[m].start < se and (toks[m].lower in TIME_WORDS or toks[m].text.isdigit()):
        m += 1  # "on Friday", "late Monday", "last week"
    if m > c and not (toks[m - 1].lower in TIME_ENDS or toks[m - 1].text.isdigit()):
        return None  # "on the company's website": no time phrase
    if m + 1 >= n or toks[m].start >= se or ctx.in_quote(m) or not toks[m].is_word:
        return None
    t = toks[m]
    subject = (
        t.lower in lx.SUBJECT_PRONOUNS or t.lower in cues.OBJECT_DETERMINERS or t.lower == "there"
    )
    return m if subject or (t.cap and t.lower not in lx.FUNCTION_WORDS) else None


# "showed off", "showed up": a display or an arrival, never a finding
SHOW_PARTICLES = {"off", "up"}


# what a state "recognizes" in diplomatic copy: another state or its institutions, or a
# court's ruling ("Beijing does not recognize the arbitration ruling")
RECOGNIZED_STATE_NOUNS = {
    "independence", "government", "governments", "sovereignty", "annexation", "statehood",
    "regime", "jurisdiction", "border", "borders", "authorities", "ruling", "rulings",
    "verdict", "tribunal", "court", "referendum",
}  # fmt: skip


def _recognized_state(toks, j: int, se: int) -> bool:
    """ "Turkey, which does not recognize the government of Cyprus", "refuses to recognize
    Kosovo": a country or its government as the object, a diplomatic act (not "recognized
    the danger that …", "recognized the efforts of volunteers")."""
    m = j
    while m < len(toks) and toks[m].start < se and toks[m].text not in {",", ";"}:
        if toks[m].lower in FINITE_AUX or toks[m].lower in MODAL_VP:
            return False  # "recognized the government had failed": a clause
        m += 1
    if toks[j].lower in lx.COUNTRY_NAMES:
        return True
    for m in range(j, min(j + 4, len(toks))):
        t = toks[m]
        if t.start >= se or not t.is_word or t.lower in {"of", "that", "and"}:
            return False
        if t.lower in RECOGNIZED_STATE_NOUNS:
            return True
    return False


TIME_ONLY_WORDS = TIME_WORDS | TIME_ENDS | {"next"}


# prepositions of a place adverbial closing a sentence after the cue
PLACE_ONLY_PREPS = {"outside", "inside", "near", "beside"}


def _place_only_object(toks, j: int, se: int) -> bool:
    """ "The firm will appeal, its lawyer told reporters outside the courthouse.": a place
    adverbial ("outside the …") is all that follows the cue before the sentence ends."""
    if toks[j].lower not in PLACE_ONLY_PREPS or j + 1 >= len(toks):
        return False
    if toks[j + 1].lower not in cues.OBJECT_DETERMINERS:
        return False
    m = j + 2
    while m < len(toks) and toks[m].start < se and toks[m].is_word:
        low = toks[m].lower
        if low in FINITE_AUX or low in MODAL_VP or low in lx.FUNCTION_WORDS:
            return False
        m += 1
    return m >= len(toks) or toks[m].start >= se or toks[m].text in {".", "!", "?"}


def _time_only_object(toks, j: int, se: int) -> bool:
    """ "The minister will testify next week.", "Hapoline, which reports next week, has
    said …": a time adverbial is all that follows the cue before the sentence ends (or a
    comma and the main verb), so nothing is reported."""
    m = j
    while m < len(toks) and toks[m].start < se and toks[m].is_word:
        if toks[m].lower not in TIME_ONLY_WORDS:
            return False
        m += 1
    if m == j or toks[m - 1].lower not in TIME_ENDS:
        return False
    if m >= len(toks) or toks[m].start >= se or toks[m].text in {".", "!", "?", ";"}:
        return True
    return (
        toks[m].text == ","
        and m + 1 < len(toks)
        and (toks[m + 1].lower in FINITE_AUX or toks[m + 1].lower in lx.CUE_FORMS)
    )


def _time_then_comma(toks, j: int, se: int) -> bool:
    """From j a time adverbial and a comma: the end of an aside ("…, which the ministry
    announced late Monday, takes effect")."""
    m = j
    while m < len(toks) and toks[m].start < se and toks[m].lower in TIME_ONLY_WORDS:
        m += 1
    return m > j and toks[m - 1].lower in TIME_ENDS and m < len(toks) and toks[m].text == ","


# Adjuncts that end a reported noun phrase ("praised X during the debate").
OBJECT_ADJUNCTS = SUBORDINATORS | {"during", "amid", "despite", "throughout"}
# "in a statement", "on Twitter": the medium or occasion, not the object.
# what a player, team or disaster "claims": a prize or lives, not an assertion
CLAIMED_PRIZES = {
    "title", "titles", "victory", "win", "gold", "silver", "bronze", "pole", "medal",
    "medals", "crown", "trophy", "championship", "lives", "life", "seat", "seats", "spot",
    "place", "lead", "record", "prize", "wicket", "wickets", "points",
    # a fielder's or keeper's take: "dived and claimed the catch"
    "catch", "catches", "rebound", "rebounds",
    # money or status one is owed: "passengers could claim a full refund"
    "refund", "refunds", "compensation", "benefits", "damages", "expenses", "asylum",
}  # fmt: skip


def _scoreline_object(toks, j: int, se: int, base: str) -> bool:
    """ "Jokic added 30 points and 12 rebounds", "Sinner claimed his third Grand Slam
    title", "the storm claimed 12 lives": an object that is a tally or a prize. A
    quantity that opens a clause stays ("added 300 jobs would be cut")."""
    t = toks[j]
    if base == "add" and not (
        t.text[0].isdigit()
        or _quantity_at(toks, j, se)
        or (t.lower in NUMBER_WORDS and t.lower not in {"a", "half"})
        or t.lower == "another"
    ):
        # "added a late goal", "the Lakers added depth": a tally or a roster move
        for m in range(j, min(j + 6, len(toks))):
            tm = toks[m]
            if tm.start >= se or not tm.is_word or tm.lower in FINITE_AUX or tm.lower == "that":
                return False
            if tm.lower in SCORE_NOUNS and m < j + 4:
                return True
            if (
                tm.lower == "to"
                and m > j
                and m + 1 < len(toks)
                and (toks[m + 1].cap or toks[m + 1].lower in NOUN_DETERMINERS)
                and not any(
                    x.lower in FINITE_AUX for x in toks[m + 1 : m + 6] if x.start < se
                )  # ("added the rules to the handbook were unfair": a clause)
            ):
                # "voted to add protected bike lanes to Main Street", "add buses to its
                # fleet": a thing put somewhere (not "added the team wants to win")
                return True
        return False
    prize = False
    for m in range(j, min(j + 6, len(toks))):
        tm = toks[m]
        if tm.start >= se or tm.text in {",", ";", ".", "(", "—", "–"}:
            break
        if tm.lower in FINITE_AUX or tm.lower == "that":
            return False
        prize = prize or tm.lower in CLAIMED_PRIZES
    return base == "add" or prize


# what a player or team "adds": a score or a squad, not a remark
SCORE_NOUNS = {
    "goal", "goals", "touchdown", "touchdowns", "assist", "assists", "rebound", "rebounds",
    "homer", "homers", "basket", "baskets", "strikeouts", "yards", "depth", "wicket",
    "wickets", "birdie", "birdies",
}  # fmt: skip
# lower-case links inside a medium's name ("Diario do Sul", "Radio de la Costa")
NAME_LINKS = {"de", "do", "da", "dos", "das", "du", "del", "la", "le", "di", "of", "the", "and"}
# "told reporters Moscow was …": a plural listener noun ends the object
# lower-case words that open a time adverbial after an object ("told voters late Sunday")
OBJECT_TIME_STARTS = {
    "this", "last", "next", "late", "early", "earlier", "later", "yesterday", "today",
    "tonight",
}  # fmt: skip
LISTENER_NOUNS = {
    "reporters", "journalists", "lawmakers", "voters", "supporters", "listeners", "viewers",
    "senators", "delegates", "investors", "analysts", "students", "residents", "crowds",
}  # fmt: skip


def _audience_end(doc, j: int, se: int) -> int:
    """ "told a news conference the bank …", "told the committee on Tuesday": a
    determiner and at most three lower-case words ending in an audience or medium
    noun are the object, not the start of the reported clause (without a determiner
    at most two: "told state television that …", "told parliament the …")."""
    toks = doc.tokens
    determined = toks[j].lower in {"a", "an", "the", "his", "her", "their", "its"}
    first = j + 1 if determined else j
    for x in range(first, min(first + (3 if determined else 2), len(toks))):
        t = toks[x]
        if t.start >= se or not t.is_word or t.cap or t.lower in lx.FUNCTION_WORDS:
            return j
        if t.lower in FINITE_AUX or t.lower in lx.CUE_FORMS:
            return j
        if t.lower in LISTENER_BODY_NOUNS:
            nxt = toks[x + 1] if x + 1 < len(toks) else None
            if nxt is None or nxt.start >= se or not (nxt.cap or nxt.lower in lx.FUNCTION_WORDS):
                return j
            return _named_medium_that(toks, x + 1, se) or x + 1
        if t.lower in MEDIUM_NOUNS or t.lower in AUDIENCE_NOUNS:
            while x + 1 < len(toks) and (
                toks[x + 1].lower in MEDIUM_NOUNS or toks[x + 1].lower in AUDIENCE_NOUNS
            ):
                x += 1  # "the debate audience", "a news conference"
            nxt = toks[x + 1] if x + 1 < len(toks) else None
            if nxt is not None and nxt.lower == "of":
                # "told a crowd of supporters …": the longer object, read on
                return _counted_members_end(toks, x + 2, se) or j
            if nxt is None or nxt.start >= se:
                return j
            return _named_medium_that(toks, x + 1, se) or x + 1
    return j


def _named_medium_that(toks, y: int, se: int) -> int | None:
    """ "told the newspaper Diario do Sul that …": after a medium noun, its capitalised
    name (with lower-case particles) and "that"; the token after "that", or None."""
    x = y
    while x < len(toks) and x - y <= 6 and toks[x].start < se and toks[x].is_word:
        if toks[x].lower == "that" and x > y:
            return x + 1 if x + 1 < len(toks) and toks[x + 1].start < se else None
        if not (toks[x].cap or (x > y and toks[x].lower in NAME_LINKS)):
            return None
        x += 1
    return None


def _of_body_end(toks, m: int, se: int) -> int | None:
    """ "told members of | the House Armed Services Committee the war …": after "of", a
    determiner and a capitalised body or an audience noun belong to the listener when
    a new determiner or pronoun follows; the token after the body, or None."""
    if toks[m - 1].lower != "of" or toks[m].lower != "the":
        return None
    x = m + 1
    while x < len(toks) and x - m <= 6 and toks[x].start < se and toks[x].is_word:
        if not (toks[x].cap or toks[x].lower in AUDIENCE_NOUNS):
            break
        x += 1
    if x == m + 1 or x + 1 >= len(toks) or toks[x + 1].start >= se:
        return None
    if toks[x].lower in OBJECT_DETERMINERS or toks[x].lower in lx.SUBJECT_PRONOUNS:
        return x
    return None


def _counted_members_end(toks, m: int, se: int) -> int | None:
    """After "a crowd of": a number ("about 2,000", "several hundred") and at most two
    lower-case words ending in a plural noun ("supporters", "local farmers"); the token
    after them, or None (no number: the listener reader handles "of supporters")."""
    n = len(toks)
    if m + 1 < n and (toks[m].lower, toks[m + 1].lower) in QUANTITY_PAIRS:
        m += 2
    elif m < n and toks[m].lower in APPROXIMATORS:
        m += 1
    q = m
    while (
        m < n
        and toks[m].start < se
        and (toks[m].text[0].isdigit() or toks[m].lower in MEMBER_COUNTS)
    ):
        m += 1
    if m == q or m >= n or toks[m].start >= se:
        return None
    if toks[m].lower in OBJECT_DETERMINERS:
        return m  # "told a crowd of 2,000 the bill …"
    for x in range(m, min(m + 2, n - 1)):
        t = toks[x]
        if t.start >= se or not t.is_word or t.cap or t.lower in lx.FUNCTION_WORDS:
            return None
        plural = t.lower.endswith("s") or t.lower in lx.GROUP_NOUNS
        if plural and toks[x + 1].start < se and toks[x + 1].is_word:
            return x + 1
    return None


MEMBER_COUNTS = (NUMBER_WORDS - {"a"}) | {"several", "few"}
OBJECT_DETERMINERS = cues.OBJECT_DETERMINERS


AUDIENCE_NOUNS = {
    "crowd", "audience", "committee", "panel", "parliament", "jury", "court", "gathering",
    "meeting", "summit", "convention", "assembly", "session", "reception", "dinner",
    "chamber", "hall",  # "told the chamber the city was …"
}  # fmt: skip
# an outlet or body told ("told the station the bridge …", "told the board the …"); also
# a noun modifier ("told the paper mill owners …"), so only before a determiner, a
# pronoun or a name
LISTENER_BODY_NOUNS = {"station", "paper", "newspaper", "board", "council", "caucus", "delegation"}
MEDIUM_NOUNS = {
    "statement", "statements", "interview", "interviews", "speech", "speeches", "tweet",
    "tweets", "post", "posts", "letter", "remarks", "op-ed", "column", "video", "ad",
    "ads", "debate", "rally", "hearing", "conference", "briefing", "email", "message",
    "twitter", "facebook", "television", "radio", "camera", "cnn", "fox", "msnbc", "nbc",
    "ruling", "forum", "diatribe", "tirade", "rant", "memo", "testimony", "essay", "book",
    "appearance", "address", "report", "podcast", "broadcast", "segment", "blog",
    "media", "instagram", "telegram", "tiktok", "youtube", "linkedin", "bluesky", "website",
}  # fmt: skip
FINITE_AUX = cues.FINITE_AUX
MEDIUM_PREPS = {"in", "at", "on", "during", "through", "via"}
# "said by phone that …", "told reporters by email that …"
CHANNEL_NOUNS = {"phone", "telephone", "email", "e-mail", "text", "letter", "videolink", "video"}
# words after "as" + plural noun that show it is no clause ("as crimes rather than …")
AS_CLAUSE_NON_VERBS = {"and", "or", "but", "rather", "than", "who", "which", "that"}


def _verb_after_short_np(toks, j: int) -> bool:
    """ "(show that) flu cases peaked": one or two plain words, then a finite verb (not
    "(declined that) assignment and has …", "(rejected that) argument in a ruling …")."""
    for x in range(j + 1, min(j + 3, len(toks))):
        low = toks[x].lower
        if low in FINITE_AUX or (low.endswith("ed") and not toks[x].cap):
            return True
        if not toks[x].is_word or low in lx.FUNCTION_WORDS:
            return False
    return False


def _speakers_next_act(toks, a: int, stop: int) -> bool:
    """ "before leaving the room" / "then walked out" after the reported clause's comma:
    what the speaker did next, not what was said."""
    if a + 1 >= stop:
        return False
    first, verb = toks[a].lower, toks[a + 1]
    if verb.cap or not verb.is_word:
        return False
    if first in {"before", "after"}:
        return verb.lower.endswith("ing") and verb.lower not in lx.FUNCTION_WORDS
    return first == "then" and (verb.lower.endswith("ed") or verb.lower in IRREGULAR_PAST)


def _absolute_phrase(toks, a: int, stop: int) -> bool:
    """ "her voice cracking", "his eyes welling up": the speaker's body doing something
    after the comma describes how it was said (not "her campaign trying to …": words)."""
    return (
        a + 2 < stop
        and toks[a].lower in {"his", "her", "their"}
        and toks[a + 1].lower in BODY_NOUNS
        and toks[a + 2].lower.endswith("ing")
    )


# pictures that "show" what they depict (not what someone said)
def _depiction_subject(doc: Doc, src: Source) -> bool:
    """The subject is a picture: "An illustration", "An illustration released by the
    team" (the author of a picture does not say what it shows)."""
    if src.text.rsplit(None, 1)[-1].lower() in DEPICTIONS:
        return True
    toks = doc.tokens
    b = doc.tok_index_before(src.phrase_start)
    return (
        b >= 2
        and toks[b].lower == "by"
        and toks[b - 1].lower.endswith(("ed", "wn"))
        and toks[b - 2].lower in DEPICTIONS
    )


TERM_NOUNS = {"term", "word", "phrase", "expression", "acronym", "label", "name", "nickname"}
# (photos and footage stay: "…, the footage showed" is evidence)
DEPICTIONS = {
    "illustration", "illustrations", "drawing", "drawings", "painting", "paintings",
    "rendering", "renderings", "map", "maps", "diagram", "diagrams",
}  # fmt: skip
BODY_NOUNS = {
    "voice", "voices", "eyes", "hands", "hand", "face", "head", "arms", "fists", "lips",
    "shoulders", "jaw", "tears", "cheeks", "brow", "finger",
}  # fmt: skip


def _ly_modifies_participle(toks, j: int, se: int) -> bool:
    """ "said properly cooked poultry is safe" / "said badly damaged roads would …": an
    "-ly" word after the cue before a participle and its noun modifies the participle,
    the first words of the reported clause (not "said firmly that …", "said repeatedly
    in …")."""
    if j + 2 >= len(toks) or toks[j + 2].start >= se or not _ly_adverb(toks[j]):
        return False
    part, noun = toks[j + 1], toks[j + 2]
    return (
        part.is_word
        and not part.cap
        and part.lower.endswith("ed")
        and noun.is_word
        and not noun.cap
        and noun.lower not in lx.FUNCTION_WORDS
        and noun.lower not in PREPOSITIONS
        and noun.lower not in CLAUSE_STARTERS
    )


def _adverb_after_cue(t) -> bool:
    """ "said quietly", "said daily": an -ly word after a cue is an adverb unless it is a
    noun that never is one ("said supply would be restored", "said family members …";
    round 25, probe r25f)."""
    low = t.lower
    return (
        low.endswith("ly") and not t.cap and (low not in lx.LY_NOUNS or low in FREQUENCY_ADJECTIVES)
    )


def _ly_adverb(t) -> bool:
    """ "widely", not "supply" or "the family" (lx.LY_NOUNS)."""
    return t.lower.endswith("ly") and not t.cap and t.lower not in lx.LY_NOUNS


def _possessed_noun(toks, j: int, m: int) -> bool:
    """Token m is the lower-case noun right after a listener's possessive ("their
    bosses")."""
    return (
        m == j + 1
        and toks[j].lower in lx.POSSESSIVE_DETERMINERS
        and toks[m].is_word
        and not toks[m].cap
        and toks[m].lower not in lx.FUNCTION_WORDS
    )


def _watched_object(toks, j: int, se: int) -> bool:
    """ "observed the planet (as it passed)": a determined noun phrase with no verb of
    its own after it (not "observed the economy was slowing")."""
    if toks[j].lower not in lx.DETERMINERS or toks[j].lower == "that":
        return False
    for x in range(j + 1, min(j + 6, len(toks))):
        t = toks[x]
        if t.start >= se or not t.is_word:
            return True
        low = t.lower
        if low in FINITE_AUX or low in MODAL_VP or (low.endswith("ed") and not t.cap):
            return False
        if low in lx.FUNCTION_WORDS:
            return True
    return False


def _that_before_last_noun(toks, j: int) -> bool:
    """ "that account." / "that argument, noting …": "that" at token j determines the
    clause's last noun (not "that prices, which …")."""
    n = len(toks)
    return (
        j + 2 < n
        and toks[j + 1].is_word
        and not toks[j + 1].cap
        and toks[j + 1].lower not in lx.FUNCTION_WORDS
        and (
            toks[j + 2].text in {".", "!", "?", ";"}
            or (toks[j + 2].text == "," and j + 3 < n and toks[j + 3].lower.endswith("ing"))
        )
    )


def _determiner_that(toks, j: int) -> bool:
    """ "(rejected) that accusation on Wednesday / in a statement": "that" at token j
    determines a claim noun followed by a time or a medium, not by a verb."""
    return (
        j + 2 < len(toks)
        and toks[j].lower == "that"
        and toks[j + 1].lower in DETERMINED_CLAIM_NOUNS
        and (toks[j + 2].lower in TIME_WORDS or toks[j + 2].lower in MEDIUM_PREPS)
    )


def _no_demonstrative_noun(t) -> bool:
    """ "found that only about one in three …", "that renters who …": a quantifier, a number
    or a plural noun cannot follow a demonstrative "that", so "that" opens a clause."""
    low = t.lower
    if low in APPROXIMATORS or low in QUANTIFIER_SUBJECTS or low in lx.CARDINALS:
        return True
    return (
        t.is_word
        and not t.cap
        and _s_form(low)
        and not low.endswith(("'s", "’s"))
        and low not in lx.FUNCTION_WORDS
    ) or low[:1].isdigit()


def _object_content(ctx: Context, k: int, j: int) -> bool:
    """Is the content starting at token j a plain noun phrase object of cue k?"""
    toks = ctx.doc.tokens
    first = toks[j].lower
    if _determiner_that(toks, j):
        return True
    if first in {"that", "to", "whether", "if", "how", "why", "what", "when", "where", "who"}:
        return False
    if first in NEGATIONS and j + 1 < len(toks) and toks[j + 1].lower == "to":
        return False  # "urged fans not to boo": an infinitive
    if (
        k < j - 1
        and toks[j - 1].lower == "that"
        and (
            toks[j].cap
            or first in lx.DETERMINERS
            or first in lx.SUBJECT_PRONOUNS
            or _verb_after_short_np(toks, j)
            or _no_demonstrative_noun(toks[j])
        )
    ):
        return False  # "found that the link held even after …", "show that flu cases peaked"
    if _is_prep_cue(ctx, k):
        return True
    base = _base(ctx.doc, k)
    if j > k + 1 and toks[j - 1].lower in PREP_COMPLEMENTS.get(base, ()):
        return True  # "agreed with the union", "warned of a recession"
    return base in OBJECT_OK and base not in CLAUSAL


def _medium_phrase_at(toks, m: int, end: int) -> bool:
    """Does token m open the medium of the statement ("in a radio interview", "on Fox News
    Sunday's show", "during his speech")?"""
    if toks[m].lower not in MEDIUM_PREPS:
        return False
    n = len(toks)
    q = m + 1
    while (
        q < n
        and q <= m + 3
        and toks[q].start < end
        and toks[q].lower not in MEDIUM_NOUNS
        and toks[q].is_word  # "in a (radio / TV / Fox News) interview"
    ):
        q += 1
    return q < n and toks[q].start < end and toks[q].lower in MEDIUM_NOUNS


# words opening a clause of its own after ", and" ("…, and she serves on the board")
NEW_CLAUSE_SUBJECTS = {"he", "she", "it", "they", "we", "i", "his", "her", "their", "its"}


def _set_off_participle(toks, i: int) -> bool:
    """Token i is a participle opening an aside after a comma ("a proposal, submitted in
    March, to merge …"): a time phrase after it dates the noun, not the speaker's act."""
    return (
        i > 0
        and toks[i - 1].text == ","
        and toks[i].is_word
        and not toks[i].cap
        and (toks[i].lower.endswith("ed") or toks[i].lower in IRREGULAR_PAST)
    )


def _participle_modifier_before(toks, j: int, m: int) -> bool:
    """ "wanted them to focus on the fees charged since 2020": the adjunct at m follows a
    past participle modifying the noun before it (inside the object, after its first
    two words), so it dates that participle, not the speaker's act."""
    return (
        m > j + 2
        and _participle(toks[m - 1], cue_ok=True)
        and toks[m - 2].is_word
        and not toks[m - 2].cap
        and not toks[m - 2].lower.endswith("ly")
        and toks[m - 2].lower not in FINITE_AUX
        and toks[m - 2].lower not in lx.FUNCTION_WORDS
    )


# verbs of asking someone to act: "urged voters at a rally to register": the infinitive
# after the setting is still what was urged
ADDRESSEE_INFINITIVE_VERBS = {
    "urge", "ask", "tell", "warn", "advise", "encourage", "order", "instruct", "invite",
    "implore", "beg", "exhort", "press",
}  # fmt: skip


def _infinitive_after_setting(ctx: Context, m: int, end: int) -> bool:
    """The setting phrase at m ("at a rally Friday evening in Ohio") is followed, within a
    few plain words, by "to" and a verb: the infinitive the addressee is asked to do."""
    toks = ctx.doc.tokens
    n = len(toks)
    x = m + 1
    while x + 1 < n and x <= m + 12 and toks[x].start < end:
        t = toks[x]
        if ctx.in_quote(x) or not t.is_word or t.lower in FINITE_AUX:
            return False
        if t.lower == "to":
            nxt = toks[x + 1]
            return (
                nxt.start < end and nxt.is_word and not nxt.cap and nxt.lower not in lx.DETERMINERS
            )
        x += 1
    return False


def _gerund_charge_before(toks, j: int, m: int) -> bool:
    """ "accused her of being asleep when the call came": the object holds "of" / "for" and
    a gerund right before the "when" at m, so the time is the deed's, not the accusing's."""
    for x in range(j + 1, m - 1):
        low = toks[x].lower
        if low in {"of", "for"}:
            g = toks[x + 1]
            return g.is_word and not g.cap and len(g.lower) > 4 and g.lower.endswith("ing")
    return False


def _object_end(ctx: Context, j: int, end: int, k: int | None = None) -> int:
    """End of a noun-phrase object: before a temporal adjunct or a medium phrase."""
    toks = ctx.doc.tokens
    first = toks[j]
    m = j + 1
    n = len(toks)
    if first.is_word and not first.cap and len(first.lower) > 5 and first.lower.endswith("ing"):
        # a gerund clause: "called for eliminating X, which …", "decided against Xing";
        # only the medium ends it ("defends housing plan in radio interview")
        while m < n and toks[m].start < end:
            if (
                not ctx.in_quote(m)
                and toks[m].lower != "during"
                and _medium_phrase_at(toks, m, end)
            ):
                break
            m += 1
        else:
            return end
    while m < n and toks[m].start < end:
        low = toks[m].lower
        if not ctx.in_quote(m):
            if low in FINITE_AUX:
                return end  # "X had listed …": a clause after all
            if low == "when" and _gerund_charge_before(toks, j, m):
                return end  # "accused her of being asleep when …": the rest is the deed's
            if low in OBJECT_ADJUNCTS and not _participle_modifier_before(toks, j, m):
                break
            if (
                low == "to"
                and k is not None
                and m > j + 1
                and _base(ctx.doc, k) not in INFINITIVE_VERBS
                and m + 1 < n
                and toks[m + 1].is_word
                and not toks[m + 1].cap
                and toks[m + 1].lower in PURPOSE_VERBS
                and not toks[m - 1].lower.endswith("ing")
                and toks[m - 1].lower not in INFINITIVE_NOUNS
            ):
                break  # "highlights the killings to help give context": a purpose clause
            if (
                low == "with"
                and k is not None
                and _base(ctx.doc, k) in INTERLOCUTOR_VERBS
                and m + 1 < n
                and (toks[m + 1].cap or toks[m + 1].lower in lx.DETERMINERS)
            ):
                break  # "discussed the budget with The Ledger": whom it was discussed with
            if (
                low == "and"
                and m + 1 < n
                and toks[m + 1].is_word
                and not toks[m + 1].cap
                and (toks[m + 1].lower in FINITE_AUX or cues.is_cue(ctx.doc, m + 1))
            ):
                break  # "asked her about the scandal and decided against …": the subject's
            if low == "," and m + 2 < n and toks[m + 1].lower == "according":
                break  # "…to support one, according to people familiar with it": a credit
            if (
                low == ","
                and m + 1 < n
                and (
                    toks[m + 1].lower in MODAL_VP
                    or toks[m + 1].lower in CONJUNCT_AUXILIARIES
                    # "Marsh, who denies fraud, sat at …": a past tense, the main verb
                    or (not toks[m + 1].cap and toks[m + 1].lower in IRREGULAR_PAST)
                    or (not toks[m + 1].cap and toks[m + 1].lower.endswith("ed"))
                )
                and k is not None
                and _relative_cue(toks, k)
            ):
                break  # "Pratt, a lawyer who has criticized the plan, will speak": the subject's
            if (
                low == ","
                and m + 2 < n
                and toks[m + 1].lower == "and"
                and toks[m + 2].lower in NEW_CLAUSE_SUBJECTS
            ):
                break  # "praised the study, and it was later published": the writer's
            if (
                low == ","
                and m + 2 < n
                and toks[m + 1].lower in FOCUS_ADVERBS
                and (toks[m + 2].lower in ADJUNCT_OPENERS or toks[m + 2].lower == "given")
            ):
                break  # "questions about their health, particularly after …": the writer's
            if (
                low == ","
                and m + 2 < n
                and toks[m + 1].lower in NONRESTRICTIVE
                and toks[m + 2].lower not in {"is", "was"}
                and toks[j - 1].lower != "that"
                and (k is None or _base(ctx.doc, k) not in PREP_OBJECT_VERBS)
            ):
                break  # "acknowledged the reality of X, which makes him …": the writer's
            if (
                low == ","
                and m + 1 < n
                and m > j + 1
                and toks[m + 1].is_word
                and not toks[m + 1].cap
                and len(toks[m + 1].lower) > 5
                and toks[m + 1].lower.endswith("ing")
                and toks[m + 1].lower not in {"including", "according"}
            ):
                break  # "cited the figure, further raising …": a participle of the writer's
            if (
                low == "as"
                and m + 2 < n
                and toks[m + 1].lower not in lx.DETERMINERS
                and toks[m + 1].lower
                not in {"a", "an", "the", "his", "her", "their", "its", "well"}
                and toks[m + 2].is_word
                and not toks[m + 2].cap
                and (
                    toks[m + 2].lower.endswith(("s", "ed"))
                    or (  # a bare plural subject: "as talks stall"
                        toks[m + 1].lower.endswith("s")
                        and toks[m + 2].lower not in PREPOSITIONS
                        and toks[m + 2].lower not in lx.DETERMINERS
                        and toks[m + 2].lower not in AS_CLAUSE_NON_VERBS
                    )
                )
            ):
                break  # "urges a ceasefire as talks stall": a clause of the writer's
            if (
                m > j
                and low in {"on", "in"}
                and m + 1 < n
                and toks[m + 1].start < end
                and (toks[m + 1].lower in lx.WEEKDAYS or toks[m + 1].lower in lx.MONTHS)
                and not (m + 2 < n and toks[m + 2].lower in {"'s", "’s", "night", "morning"})
                and not _set_off_participle(toks, m - 1)
            ):
                break  # "agreed with the union on Tuesday": a time adjunct
            if _medium_phrase_at(toks, m, end) and not (
                k is not None
                and _base(ctx.doc, k) in ADDRESSEE_INFINITIVE_VERBS
                and _infinitive_after_setting(ctx, m, end)
            ):
                break
        m += 1
    else:
        return end
    if toks[m].lower in SUBORDINATORS:
        m = _before_degree_modifier(toks, j, m)
    text = ctx.doc.text
    e = toks[m - 1].end
    while e > toks[j].start and (text[e - 1] in ",;:—–-" or text[e - 1].isspace()):
        e -= 1
    return e


# what qualifies a writer's reason after a comma: "echo her worries, in large part because"
DEGREE_MODIFIERS = (
    ("in", "large", "part"), ("in", "part"), ("partly",), ("largely",), ("mainly",),
    ("mostly",), ("chiefly",), ("primarily",), ("partially",), ("only",), ("simply",),
    ("precisely",), ("probably",), ("perhaps",),
)  # fmt: skip


def _before_degree_modifier(toks, j: int, m: int) -> int:
    """The subordinator at m ends an object: the object also ends before a comma and a
    degree modifier right before it (", in large part because …"), else at m."""
    for words in DEGREE_MODIFIERS:
        c = m - len(words) - 1
        if c > j and toks[c].text == "," and tuple(t.lower for t in toks[c + 1 : m]) == words:
            return c
    return m


def _according_relative(toks, k: int, ss: int = -1) -> bool:
    """Cue k is the verb of ", which/who …" on the source of a sentence-opening "according
    to X" ("According to the operator, which has offered a pay rise, …"; a closing one,
    "A, according to X, which says B.", has B run to the sentence end: round 25)."""
    for x in range(k - 1, max(1, k - 5), -1):
        if toks[x].lower in {"which", "who"}:
            if toks[x - 1].text != ",":
                return False
            for y in range(x - 2, max(-1, x - 12), -1):
                if toks[y].lower == "according" and toks[y + 1].lower == "to":
                    w = y - 1  # (only "But" / "And" or a mark before it in its sentence)
                    while w >= 0 and toks[w].start >= ss and toks[w].lower in {"but", "and"}:
                        w -= 1
                    return w < 0 or toks[w].start < ss or not toks[w].is_word
                if not toks[y].is_word and toks[y].text not in {".", "-", "'s", "’s"}:
                    return False
            return False
    return False


def _first_comma_end(ctx: Context, s: int, e: int) -> int:
    """End offset of the words from s before the first comma outside quotes (else e) that
    is no list's ("which says its busiest months are June, July and August, A")."""
    toks = ctx.doc.tokens
    a = ctx.doc.tok_index_at_or_after(s)
    while a < len(toks) and toks[a].start < e:
        if (
            toks[a].text == ","
            and not ctx.in_quote(a)
            and a > 0
            and toks[a - 1].end > s
            and not _list_comma(toks, a, e)
        ):
            return toks[a - 1].end
        a += 1
    return e


def _list_comma(toks, a: int, e: int) -> bool:
    """The comma at a is inside a list of short items: at most three words, then "and" /
    "or" within the next three ("June, July and August", "A, B, and C")."""
    x = a + 1
    while x < len(toks) and toks[x].start < e and x - a <= 4:
        if toks[x].lower in {"and", "or"}:
            return x > a + 1 or toks[x - 1].text == ","
        if not toks[x].is_word and toks[x].text != ",":
            return False
        x += 1
    return False


def _relative_cue(toks, k: int) -> bool:
    """Is cue k the verb of a relative clause ("a lawyer who has criticized")? Its
    object then ends where the clause closes, before the main clause's verb."""
    return any(toks[x].lower in {"who", "which"} for x in range(max(0, k - 4), k))


# clause starters other than determiners (built once, not per token)
_NP_BREAKERS = CLAUSE_STARTERS - {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "this",
    "these",
    "those",
    "all",
    # quantifiers open a noun phrase too ("more than a dozen amendments")
    "more",
    "less",
    "one",
    "two",
    "several",
    "many",
    "some",
    "few",
    "both",
    "each",
    "another",
}


def _noun_phrase_only(toks, a: int, b: int) -> bool:
    """Do tokens a..b-1 look like a bare noun phrase (no verb, no punctuation)?"""
    for x in range(a, b):
        t = toks[x]
        low = t.lower
        if not t.is_word or low in FINITE_AUX or low in _NP_BREAKERS:
            return False
        if low in lx.CUE_FORMS and not t.cap:  # (capitalised: a name, "the United States")
            return False
        if low.endswith("ed") and not t.cap:
            return False
    return True


def _clause_marks(ctx: Context) -> tuple[list[int], list[bool]]:
    """Indices of the tokens outside quotes that _content_end must inspect (stop
    punctuation, commas, "but", lower-case cue forms) and, for each, whether it is a
    verbal cue (cues.is_cue); computed once per document."""
    memo = ctx.doc.memo
    res = memo.get("clause_marks")
    if res is None:
        doc = ctx.doc
        tq = ctx.tok_quote
        cue_forms = lx.CUE_FORMS
        marks = []
        is_cue = []
        toks = doc.tokens
        # candidates first (a C-level pass over the lower-case forms), then the checks
        hits = map(_MARK_CANDIDATES.__contains__, doc.lowers)
        for i in compress(range(len(toks)), hits):
            t = toks[i]
            if tq[i] >= 0:
                continue
            cue_form = t.is_word and not t.cap and t.lower in cue_forms
            if (
                cue_form
                or t.text in _MARK_PUNCT
                or t.lower == "but"
                or (t.text == ":" and i + 2 < len(toks) and tq[i + 2] >= 0)
            ):  # (a colon before a quotation: "… his approach: “That's who we are.”")
                marks.append(i)
                is_cue.append(cue_form and cues.is_cue(doc, i))
        res = memo["clause_marks"] = (marks, is_cue)
    return res


_MARK_PUNCT = STOP_PUNCT | {","}
# every spelling _clause_marks can keep (built once: the cue forms are ~900 words)
_MARK_CANDIDATES = frozenset(_MARK_PUNCT | lx.CUE_FORMS.keys() | {"but", ":"})


def _after_speech_verb(toks, j: int) -> bool:
    """Is the nearest cue before token j a verb of saying ("said on Monday that …")?"""
    for b in range(j - 1, max(-1, j - 7), -1):
        if toks[b].lower in lx.CUE_FORMS:
            return toks[b].lower in lx.SPEECH_FORMS
    return False


def _clause_skip(ctx: Context) -> list[int]:
    """For each index into the clause marks, the next mark at or after it that can still
    end a clause once _content_end has made its two subject look-ups ("checks"): a
    cue form that is not a verbal cue never does, nor does a cue whose preceding token
    is not an auxiliary, a comma or "and".  Lets _content_end jump over runs of such
    marks (long unpunctuated text).  Keep in step with _content_end's checks."""
    memo = ctx.doc.memo
    res = memo.get("clause_skip")
    if res is None:
        marks, mark_is_cue = _clause_marks(ctx)
        toks = ctx.doc.tokens
        cue_forms = lx.CUE_FORMS
        res = [0] * (len(marks) + 1)
        res[len(marks)] = len(marks)
        for i in range(len(marks) - 1, -1, -1):
            m = marks[i]
            t = toks[m]
            if mark_is_cue[i]:
                p = toks[m - 1] if m > 0 else None
                inert = (
                    p is not None
                    and p.lower not in AUX_BEFORE_CUE
                    and p.text != ","
                    and p.lower != "and"
                )
            else:
                inert = t.is_word and not t.cap and t.lower in cue_forms and t.lower != "but"
            res[i] = res[i + 1] if inert else i
        memo["clause_skip"] = res
    return res


_CONJ_OR_COMMA = frozenset(CONJUNCTIONS | {","})


def _conj_between(ctx: Context, j: int, m: int) -> bool:
    """Is there a conjunction or a comma strictly between tokens j and m?  The subject
    look-up in _content_end only matters when the token before the subject phrase (which
    lies between j and the cue m) is one.  (A C-level scan of at most the window.)"""
    return not _CONJ_OR_COMMA.isdisjoint(ctx.doc.lowers[j + 1 : m])


APPOSITIVE_VERBS = FINITE_AUX | {"said", "says", "say"}


TAG_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "one", "another"}


def _closing_tag_comma(toks, j: int, m: int, stop: int) -> int | None:
    """``…, the fire marshal said.``: cue m ends the sentence after a comma, a determiner
    and one to three lower-case words; the comma's index (the subject reader does not
    know every noun)."""
    if m + 1 < stop and toks[m + 1].text not in {".", "!", "?"}:
        return None
    b = m - 1
    # (a hyphenated word too: "…, the ex-CFO said.", round 25)
    while (
        b > j
        and m - b <= 3
        and toks[b].is_word
        and toks[b].text.replace("-", "").isalpha()
        and not toks[b].cap
    ):
        if toks[b].lower in TAG_DETERMINERS:
            break
        b -= 1
    if b <= j + 1 or b == m - 1 or toks[b].lower not in TAG_DETERMINERS:
        return None
    return b - 1 if toks[b - 1].text == "," else None


def _closing_appositive(ctx: Context, a: int, stop: int) -> bool:
    """Do tokens a..stop-1 form a noun phrase closing the sentence (no comma, no verb
    outside a relative clause): the writer's appositive to the name before it?"""
    toks = ctx.doc.tokens
    for x in range(a, stop):
        t = toks[x]
        if ctx.in_quote(x) or t.text in {",", ";", ":", "—", "–", "--", "-"}:
            return False
        if t.lower in {"that", "who", "which", "whose", "whom"}:
            return True  # "NATO, the alliance that includes …"
        if t.lower in APPOSITIVE_VERBS or (t.lower.endswith("ed") and x > a + 1):
            return False
    return stop - a <= 12


# ", speaking at a town hall", ", appearing on CBS": the occasion of the statement
OCCASION_PARTICIPLES = {"speaking", "appearing", "writing", "testifying"}
OCCASION_PREPS = {"at", "to", "on", "in", "during", "after", "before", "from", "via", "by", "with"}


# forces of nature and events, never speakers ("The storm threatened homes")
# a court's or a legislature's vote ("ruled 5-4 that", "voted 9-3 to")
VOTE_TALLY_RE = re.compile(r"\d{1,3}-\d{1,3}")
# a participle inside a source phrase ("Residents fleeing the fire", "Families displaced
# by the fire": lx.PARTICIPLE_COMPLEMENTS)
PARTICIPLE_INSIDE_RE = re.compile(
    r"(?i)\b(?!(?:the|a|an|its|their|his|her)\b)\w+ (?:\w+ing|\w+ed (?:"
    + "|".join(sorted(lx.PARTICIPLE_COMPLEMENTS))
    + r")) \w"
)
DISASTER_NOUNS = {
    "fire", "fires", "blaze", "wildfire", "wildfires", "storm", "storms", "hurricane",
    "typhoon", "cyclone", "tornado", "flood", "floods", "flooding", "quake", "earthquake",
    "tsunami", "avalanche", "landslide", "mudslide", "drought", "heatwave", "virus",
    "disease", "pandemic", "outbreak", "crash", "explosion", "blast", "collapse",
}  # fmt: skip
# disputes and attacks, events that never speak ("Budget row threatens to shut …")
DISPUTE_NOUNS = {
    "row", "rows", "dispute", "disputes", "feud", "spat", "clash", "clashes", "standoff",
    "stand-off", "rift", "impasse", "deadlock", "scandal", "attack", "attacks", "shortage",
}  # fmt: skip
NON_SPEAKING_EVENTS = DISASTER_NOUNS | DISPUTE_NOUNS
# events and measures that "add" something (a cost, a delay, a detour) and never speak
# ("The closure adds a 19-mile detour"; not a report or a statement, which may)
ADDING_THINGS = DISASTER_NOUNS | {
    "closure", "closures", "change", "changes", "rule", "rules", "measure", "measures",
    "policy", "ban", "tax", "taxes", "tariff", "tariffs", "fee", "fees", "levy", "move",
    "project", "expansion", "extension", "delay", "delays", "merger", "acquisition",
    "detour", "route", "upgrade", "renovation", "construction", "roadwork", "roadworks",
    "shutdown", "strike", "surcharge", "increase", "cut", "cuts", "hike",
}  # fmt: skip
# armed actors, whose "attacked" / "hit" / "fired" is force, not words
ARMED_NOUNS = {
    "fighters", "militants", "rebels", "insurgents", "troops", "soldiers", "gunmen",
    "forces", "militia", "militias", "militiamen", "guerrillas", "attackers", "assailants",
    "raiders", "warplanes", "jets", "drones", "army",
}  # fmt: skip
FORCE_CUES = {"attack", "hit", "fire"}
# the harm an attack did, right after its object ("attacked the ship, killing 17 sailors")
HARM_PARTICIPLES = {"killing", "injuring", "wounding", "maiming"}


def _harm_after(doc: Doc, end: int) -> bool:
    """Does ", killing …" (HARM_PARTICIPLES) follow the reported span ending at end?"""
    toks = doc.tokens
    m = doc.tok_index_at_or_after(end)
    return m + 1 < len(toks) and toks[m].text == "," and toks[m + 1].lower in HARM_PARTICIPLES


# nouns of a writer's closing comment on the reported figure or claim
COMMENT_NOUNS = {
    "figure", "number", "claim", "estimate", "assertion", "contention", "characterization",
    "characterisation", "view", "prediction", "projection", "forecast", "tally", "sum",
    "statement", "charge", "allegation", "point", "argument", "position", "notion", "idea",
    "suggestion", "accusation",
}  # fmt: skip
# claims "that" determines when a time or a medium follows, not a verb ("denied that
# accusation on Wednesday", "rejected that account in a statement")
DETERMINED_CLAIM_NOUNS = COMMENT_NOUNS | {
    "account", "criticism", "report",
    "pledge", "promise", "vow", "commitment", "warning", "demand",  # "repeated that pledge"
}  # fmt: skip
# and of an act, after a comma closing a reported clause ("…, a move Democrats called
# “shameful”": the writer's)
CLOSING_COMMENT_NOUNS = COMMENT_NOUNS | {"move", "step", "pattern", "trend", "finding", "scenario"}
# a writer's gloss naming the reported thing ("…, a process known as …")
NAMING_APPOSITIVE_PARTICIPLES = {"known", "called", "dubbed", "termed", "nicknamed"}
# words before a verb in -ing ("is warning that", "kept warning that"): not a noun
PROGRESSIVE_LINKS = {
    "is", "are", "was", "were", "been", "be", "am", "'s", "’s", "'re", "’re", "kept", "keeps",
    "keep", "began", "begins", "begin", "started", "starts", "continued", "continues",
    "also", "repeatedly", "now", "still",
}  # fmt: skip


def _next_headline_verb(toks, m: int) -> bool:
    """A comma at m, then a capitalised verb of saying in the present ("…, Warns Rivals"):
    a headline's second verb phrase for the same subject."""
    if toks[m].text != "," or m + 2 >= len(toks):
        return False
    nx = toks[m + 1]
    return nx.cap and nx.lower in lx.CUE_FORMS and nx.lower.endswith("s")


def _cue_with_clause(ctx: Context, a: int, p: int, se: int) -> bool:
    """A speech cue among tokens a..p-1 whose reported clause starts before p ("The
    chairman said the board | , he believed, …"; not the noun of "Acts of protest")."""
    doc = ctx.doc
    # The sentence's speech cues from a on, with the running minimum of where their
    # clauses start, read as far as asked so far: once per sentence and document (a
    # scan from the sentence start for every cue was quadratic on a one-sentence text)
    key = ("cues with clause", a, se)
    if key not in doc.memo:
        doc.memo[key] = ([a], [], [])  # (next token to read, cue indices, running minimum)
    read_to, cue_at, min_start = doc.memo[key]
    lowers = doc.lowers
    for x in range(read_to[0], p):
        if lowers[x] in lx.SPEECH_FORMS and cues.is_cue(doc, x):
            start = _content_start(ctx, x, se)
            if start is not None and not _pronoun_object_only(doc, x, p):
                cue_at.append(x)
                min_start.append(min(min_start[-1], start) if min_start else start)
    read_to[0] = max(read_to[0], p)
    i = bisect.bisect_left(cue_at, p)
    return i > 0 and min_start[i - 1] < p


# what a verb's whole object may be when a comma follows it at once ("only when a test
# confirms it, she said, …"): no reported clause
PRONOUN_OBJECTS = frozenset({"it", "them", "this", "that", "so"})


def _pronoun_object_only(doc: Doc, x: int, p: int) -> bool:
    """Cue x is followed by a pronoun only, then the comma p ("…, when a test confirms
    it, X said"): its object, no reported clause that the parenthetical cue would nest in."""
    return x + 2 == p and doc.lowers[x + 1] in PRONOUN_OBJECTS


def _closes_fronted_clause(ctx: Context, j: int, subject_start: int) -> bool:
    """The clause from token j opens with a subordinator ("while she respected the court")
    and the subject at subject_start follows its first comma: the main clause of the
    reported content, not a new statement."""
    doc = ctx.doc
    toks = doc.tokens
    b = doc.tok_index_before(subject_start)
    if b <= j or toks[b].text != ",":
        return False
    if toks[j].lower in FRONTED_PLACE_PREPS:
        # "noted that at one of her first meetings, in 1998, she supported …": a fronted
        # place or time (no verb in it) before the content's own subject
        return b - j <= 20 and not any(
            toks[x].is_word and not toks[x].cap and verb_like(toks[x].lower)
            for x in range(j + 1, b)
        )
    if toks[j].lower not in FRONTED_SUBORDINATORS:
        return False
    return not any(toks[x].text == "," for x in range(j + 1, b))


FRONTED_PLACE_PREPS = {"at", "in", "on", "during", "throughout", "within", "inside", "outside"}


EM_DASHES = {"—", "―", "–"}


def _dash_aside_end(ctx: Context, k: int, ss: int, s: int, e: int) -> int:
    """A cue inside an aside opened by a dash ("Ames — who has said she will not run
    again — voted no"): its content ends at the closing dash."""
    doc = ctx.doc
    toks = doc.tokens
    dashes = _aside_dashes(doc)
    hi = bisect.bisect_left(dashes, k)
    if hi == 0 or dashes[hi - 1] < k - 12:
        return e  # no dash in the 12 tokens before the cue (most cues): no dateline test
    # past a dateline: "CHICAGO (AP) —", "PORTLAND, Ore. (AP) —" (split after "Ore.")
    dateline = DATELINE_RE.match(doc.text, doc.para_start(ss))
    a = doc.tok_index_at_or_after(max(ss, dateline.end()) if dateline else ss)
    lo = bisect.bisect_left(dashes, a)
    if hi - lo != 1 or dashes[lo] < k - 12:
        # (none or several before the cue, or one closing an aside long before it: "A —
        # an aside — B, police said")
        return e
    i = bisect.bisect_left(dashes, doc.tok_index_at_or_after(max(s, toks[a].start)))
    if i < len(dashes) and toks[dashes[i]].start < e:
        return toks[dashes[i] - 1].end
    return e


def _final_dash_before(ctx: Context, j: int, m: int, stop: int) -> int | None:
    """An aside dash after token j at most 8 tokens before the cue m that no dash closes
    before the clause's end (stop), a subject between them: the writer's elaboration
    after the first clause ("called on X to act -- meddling the congressman said is …")
    ends it; else None (not "the plan — which critics say is costly — would pass")."""
    doc = ctx.doc
    dashes = _aside_dashes(doc)
    i = bisect.bisect_left(dashes, m)
    if i == 0 or dashes[i - 1] <= max(j + 1, m - 9):
        return None  # (no dash just before the cue: most clauses)
    x = dashes[i - 1]
    if ctx.in_quote(x) or (i < len(dashes) and dashes[i] < stop):
        return None
    src = subject_before(doc, m, doc.tokens[x + 1].start)
    return x if src is not None else None


def _aside_dashes(doc: Doc) -> list[int]:
    """The token indices of the document's aside dashes, in order (memoised)."""
    dashes = doc.memo.get("aside_dashes")
    if dashes is None:
        toks = doc.tokens
        marks = compress(range(len(toks)), map(ASIDE_DASH_TEXTS.__contains__, doc.lowers))
        dashes = doc.memo["aside_dashes"] = [x for x in marks if _aside_dash(doc, x)]
    return dashes


ASIDE_DASH_TEXTS = EM_DASHES | {"-"}
_COMMA_OR_DASH = frozenset(ASIDE_DASH_TEXTS | {","})


def _aside_dash(doc: Doc, x: int) -> bool:
    """Token x is a dash setting off an aside: an em / en dash, or a hyphen spaced on
    both sides ("praise - critics would call it reckless - it"), or the first of a
    spaced "--" pair (not "Sen. Ann Ray, D-Ohio", "far-right")."""
    toks = doc.tokens
    t = toks[x]
    if t.text in EM_DASHES:
        return True
    if t.text != "-" or x == 0 or x + 1 >= len(toks) or toks[x - 1].end == t.start:
        return False
    nx = toks[x + 1]
    if nx.text == "-" and nx.start == t.end:
        return x + 2 < len(toks) and toks[x + 2].start > nx.end  # " -- "
    return nx.start > t.end


# a dash, or two hyphens (the first character read first: a pattern opening with a
# character set is scanned for it in C, "[—―–]|--" tried every position)
DASH_RE = re.compile(r"[—―–-](?:(?<=-)-|(?<=[—―–]))")
DASH_COMMENT_RE = re.compile(r"(?:[—―–]|--)\s*[Aa]n? ([a-z]+)\b(?:\s+([a-z]+))?")


def _dash_comment_end(doc: Doc, s: int, e: int) -> int:
    """``said the budget was balanced — a claim disputed by auditors``: a dash and the
    writer's comment noun ("a claim", "a figure") end the reported clause, as after a
    comma (not "the cost — a figure of $2 million — was")."""
    text = doc.text
    dashes = doc.memo.get("dash_offsets")
    if dashes is None:
        dashes = doc.memo["dash_offsets"] = [m.start() for m in DASH_RE.finditer(text)]
    i = bisect.bisect_left(dashes, s)
    if i >= len(dashes) or dashes[i] >= e:
        return e  # no dash in the clause (most clauses): no search
    for m in DASH_COMMENT_RE.finditer(text, dashes[i], e):
        if m.group(1) in COMMENT_NOUNS and m.group(2) not in {"of", "for", "to"}:
            end = m.start()
            while end > s and text[end - 1].isspace():
                end -= 1
            return end
    return e


def _parenthetical_cue(toks, m: int, stop: int) -> bool:
    """Cue m is followed by a comma and the rest of the clause it interrupts (a finite
    verb): ", he believed, had acted …", ", she noted, was …"."""
    if m + 2 >= stop or toks[m + 1].text != ",":
        return False
    verb = toks[m + 2]
    low = verb.lower
    return (
        verb.is_word
        and not verb.cap
        and (low in FINITE_AUX or low in IRREGULAR_PAST or low.endswith("ed"))
    )


RELATIVE_QUANTIFIERS = {"all", "some", "none", "most", "many", "both", "each", "several"}


def _relative_at(toks, m: int) -> int | None:
    """Index of the relative word opening a clause at m: "which", "all of which"."""
    if m < len(toks) and toks[m].lower in NONRESTRICTIVE:
        return m
    if (
        m + 2 < len(toks)
        and toks[m].lower in RELATIVE_QUANTIFIERS
        and toks[m + 1].lower == "of"
        and toks[m + 2].lower in {"which", "whom"}
    ):
        return m + 2
    return None


# a congressional party tag in brackets after a name: "(R)", "(D-Ore.)", "(I-Vt.)"
PARTY_BRACKET_RE = re.compile(
    r"\((?:[RDI]|" + lx.PARTY_TAG_OPENING + r"[A-Za-z.]{0,6}(?: [A-Z][a-z.]{0,6})?)\)"
)


def _in_party_tag(text: str, pos: int) -> bool:
    """Is the bracket at offset pos one of a party tag's?"""
    if text[pos] == "(":
        return PARTY_BRACKET_RE.match(text, pos) is not None
    a = text.rfind("(", max(0, pos - 14), pos)
    return a >= 0 and (m := PARTY_BRACKET_RE.match(text, a)) is not None and m.end() == pos + 1


# a name's acronym in brackets right after it: "the Liberal Democratic Party (LDP) chose",
# "the Food and Drug Administration (FDA)"
ACRONYM_BRACKET_RE = re.compile(r"(?<=[a-z] )\([A-Z][A-Z&]{1,6}s?\)")


def _in_acronym_bracket(text: str, pos: int) -> bool:
    """Is the bracket at offset pos one of an acronym's after the capitalised name it
    shortens?"""
    a = pos if text[pos] == "(" else text.rfind("(", max(0, pos - 10), pos)
    if a < 2 or (m := ACRONYM_BRACKET_RE.match(text, a)) is None:
        return False
    if text[pos] == ")" and m.end() != pos + 1:
        return False
    w = text.rfind(" ", max(0, a - 40), a - 1) + 1
    if text[w : w + 1].isupper():
        return True  # (the word before: "Party", "Administration")
    # "air quality index (AQI)", "gross domestic product (GDP)": lower-case words whose
    # initials the acronym spells
    acronym = text[a + 1 : text.find(")", a)]
    words = text[max(0, a - 60) : a].split()[-len(acronym) :]
    return len(words) == len(acronym) and "".join(x[0] for x in words).upper() == acronym


# what "called" / "dubbed" takes that is no name ("called it a disgrace", "called for …")
NAMED_AS_NON_NAMES = {
    "it", "them", "him", "her", "me", "us", "you", "this", "that", "for", "on", "off",
    "a", "an",
}  # fmt: skip


def _named_as(toks, m: int) -> bool:
    """ "the suspect, known (locally) as X, had …", "patients on the drug, called
    zeltamab, lost …": a name given in an aside on the clause's subject (its verb after
    the aside), not a cue."""
    low = toks[m].lower
    if low != "known" and low not in NAMING_APPOSITIVE_PARTICIPLES:
        return False
    x = m + 1
    while x < len(toks) and x - m <= 2 and toks[x].lower.endswith("ly"):
        x += 1
    if low == "known":
        if x >= len(toks) or toks[x].lower != "as":
            return False
        x += 1
    elif x < len(toks) and toks[x].lower == "as":
        x += 1  # "dubbed as"
    c = next((y for y in range(x, min(len(toks), x + 9)) if toks[y].text == ","), None)
    if c is None or c + 1 >= len(toks) or c == x:
        return False
    if low != "known" and (c - x > 4 or toks[x].lower in NAMED_AS_NON_NAMES):
        return False  # (a short name, not "called it a disgrace")
    nx = toks[c + 1]
    # "the rule, known as Rule 14, violated the clause": a past verb after the aside too
    return (
        nx.lower in FINITE_AUX
        or (nx.is_word and not nx.cap and nx.lower.endswith("ed"))
        or nx.lower in IRREGULAR_PAST
    )


APPOSITIVE_OPENERS = {"a", "an", "the"}


def _before_preposed_title(toks, j: int, b: int, last: int) -> int:
    """The clause from j ends at ``…, the family's lawyer, Julius Juma, said``: the comma
    at b follows a name set off after a title phrase; the clause ends before that phrase
    (else at ``last``)."""
    c = b - 1
    while c > j and b - c <= 5 and toks[c].cap:
        c -= 1
    if c == b - 1 or c <= j or toks[c].text != ",":
        return last
    c2 = c - 1
    while c2 > j and c - c2 <= 5 and toks[c2].text != "," and toks[c2].is_word:
        c2 -= 1
    if c2 > j and toks[c2].text == "," and _appositive_head(toks, c2 + 1, c):
        return c2 - 1
    return last


def _closes_appositive(toks, j: int, b: int) -> bool:
    """The comma at b closes an appositive opened by a comma after token j, right after
    a noun ("the man, a local farmer,"): the verb after it is the clause's own."""
    if b - 2 > j and toks[b - 1].text.isdigit() and toks[b - 2].text == "," and toks[b - 3].cap:
        return True  # "said Dylan Marsh, 29, had shown …": an age after the name
    c = b - 1
    while c > j and b - c <= 8 and toks[c].text != "," and toks[c].is_word:
        c -= 1
    if not (c > j and toks[c].text == "," and c + 1 < b and toks[c - 1].is_word):
        return False
    if toks[c + 1].lower in APPOSITIVE_OPENERS:
        return toks[c - 1].lower not in lx.FUNCTION_WORDS
    # "said the engine maker, Harwick Motors, had …": a definite common noun, then its name
    # (not "…, the family's lawyer, X, said": a closing attribution)
    return (
        b - c <= 5
        and b + 1 < len(toks)
        and toks[b + 1].lower not in lx.SPEECH_FORMS
        and all(toks[x].cap for x in range(c + 1, b))
        and not toks[c - 1].cap
        and toks[c - 1].lower not in lx.FUNCTION_WORDS
        and any(toks[x].lower == "the" for x in range(max(j, c - 4), c - 1))
    )


def _interrupting_even_as(toks, j: int, b: int, stop: int) -> bool:
    """ "note that Ames -- even as he says A -- has B": the "as" at b opens a concessive
    "even as" clause set off by a comma or dash between the reported clause's subject and
    its verb (a finite auxiliary right after the closing mark), so the clause goes on."""
    if toks[b].lower != "as" or b - 2 <= j or toks[b - 1].lower != "even":
        return False
    if toks[b - 2].text not in {",", "-", "--", "—", "–"}:
        return False
    x = b + 1
    while x < stop and x - b <= 30:
        if toks[x].text in {",", "-", "--", "—", "–"}:
            y = x + 1
            while y < stop and toks[y].text in {"-", "--"}:
                y += 1  # "--" written as two hyphens
            return y < stop and toks[y].lower in MODAL_VP | CONJUNCT_AUXILIARIES
        x += 1
    return False


def _closes_relative(toks, j: int, b: int) -> bool:
    """The comma at b closes a short non-restrictive relative opened after a noun of the
    clause from j ("said the clinics, which open at 8 a.m., would offer …"): the verb
    after it (here after an auxiliary) is the clause's own, not a second speaker's."""
    c = b - 1
    while (
        c > j
        and b - c <= 14
        and toks[c].text != ","
        # (a share or a sum too: "which hold 27% of the stock", "which paid $4 million")
        and (toks[c].is_word or toks[c].text in ".-'’%$€£")
    ):
        c -= 1
    after = toks[b + 1]
    return (
        c > j + 1
        and toks[c].text == ","
        and c + 2 < b
        and toks[c + 1].lower in {"which", "who"}
        and toks[c - 1].is_word
        and toks[c - 1].lower not in lx.FUNCTION_WORDS
        and (
            after.lower in MODAL_VP | CONJUNCT_AUXILIARIES
            # "said its inquiry, which began in 2022, found that …": the noun's own verb
            or (
                not after.cap
                and after.lower in lx.CUE_FORMS
                and lx.CUE_FORMS[after.lower] != after.lower  # a past form
                and not after.lower.endswith(("s", "ing"))
            )
        )
    )


def _refusal_to_speak(toks, m: int) -> bool:
    """ "declined to comment further", "refused to say": at m, the speaker's own refusal
    (after "said A and …"), no verb of the reported clause ("refused to drop the gun")."""
    return (
        toks[m].lower in {"declined", "refused"}
        and m + 2 < len(toks)
        and toks[m + 1].lower == "to"
        and toks[m + 2].lower in REFUSED_SPEECH
    )


# what an event or a person "offers" that is no message ("offered little comfort", "offers
# a glimmer of hope", "offered no respite")
OFFERED_FEELINGS = {
    "comfort", "hope", "hopes", "relief", "solace", "respite", "reassurance", "consolation",
    "cheer", "encouragement", "glimmer", "glimpse", "lifeline", "boost",
}  # fmt: skip


def _offers_a_feeling(toks, k: int, se: int) -> bool:
    """The cue "offer" at k takes a feeling or a respite as its object, after up to three
    determiners or modifiers ("offered little comfort", "offers a glimmer of hope")."""
    for y in range(k + 1, min(k + 5, len(toks))):
        if toks[y].start >= se or not toks[y].is_word:
            return False
        if toks[y].lower in OFFERED_FEELINGS:
            return True
    return False


def _calls_an_event(toks, k: int, se: int) -> bool:
    """The cue "call" at k takes an indefinite event as its object: "a", "an", a number or
    "snap", up to three modifiers, then an event noun ("called a 24-hour strike", "called
    snap elections", "called two days of protests"): what is convened, nothing said ("called
    the strike a disaster" characterises the strike: not this)."""
    x = k + 1
    if x >= len(toks) or not (
        toks[x].lower in {"a", "an", "snap", "fresh", "another"} or toks[x].lower in lx.CARDINALS
    ):
        return False
    for y in range(x + 1, min(x + 6, len(toks))):
        if toks[y].start >= se or toks[y].lower in {"for", "on", "to", "that"}:
            return False
        if toks[y].lower in lx.CALLED_EVENTS:
            return True
    return False


def _in_conversion(toks, m: int) -> bool:
    """The bracket at token m opens or closes a measure converted after a number ("9
    kilometers (5.6 miles)", "30 degrees Celsius (86 F)"): a number first, no more than
    four tokens inside, none of them a clause's word."""
    if toks[m].text == ")":
        o = next((x for x in range(m - 1, max(-1, m - 9), -1) if toks[x].text == "("), None)
        return o is not None and _in_conversion(toks, o)
    close = next((x for x in range(m + 1, min(len(toks), m + 9)) if toks[x].text == ")"), None)
    first = m + 2 if m + 2 < len(toks) and toks[m + 1].lower in CONVERSION_APPROXIMATORS else m + 1
    if close is None or close <= first or not _amount(toks[first].text):
        return False  # ("(about 1.2 billion U.S. dollars)": an approximate sum too)
    if not any(_amount(toks[x].text) for x in range(max(0, m - 4), m)):
        return False  # (the measure converted: a number before the bracket)
    return all(
        _amount(toks[x].text)
        or toks[x].text in {".", ",", "%", "-"}
        or (toks[x].is_word and toks[x].lower not in lx.FUNCTION_WORDS)
        for x in range(first, close)
    )


# a sum's approximation opening its conversion ("(about 1.2 billion U.S. dollars)")
CONVERSION_APPROXIMATORS = {"about", "around", "roughly", "nearly", "almost", "some", "over"}


def _amount(word: str) -> bool:
    """A number, or a sum with its currency sign ("5.6", "$2", "£1.6m")."""
    return word[:1].isdigit() or (word[:1] in "$£€¥" and (len(word) == 1 or word[1].isdigit()))


def _speaking_relative(toks, j: int, b: int, m: int) -> bool:
    """ "said A, which party officials said could happen within weeks": a comma relative
    whose own subject and speech verb come before its gap (the verb right after the cue)
    is another source's statement, so it ends the reported clause (the relative word is
    at b, the cue at m)."""
    return (
        j + 1 < b < m - 1
        and toks[b - 1].text == ","
        and toks[m].lower in lx.SPEECH_FORMS
        and m + 1 < len(toks)
        and (
            (toks[b].lower in {"which", "who"} and toks[m + 1].lower in FINITE_AUX)
            # "questioned whether A, where he said B": a place's relative, B a whole clause
            or toks[b].lower == "where"
        )
    )


def _second_that_clause(doc: Doc, start: int) -> bool:
    """The subject starting at offset ``start`` opens a second "that" clause of the
    reported clause ("said A, and that nobody had told her"): its verb is part of what is
    reported, not a new speaker's cue."""
    toks = doc.tokens
    b = doc.tok_index_at_or_after(start)
    if toks[b].lower != "that":  # (the look-up may read "that nobody" as one phrase)
        b -= 1
    return b > 0 and toks[b].lower == "that" and toks[b - 1].lower in {"and", "but"}


# verbs of talking whose object after "to" / "with" is the one spoken to
SPOKE_TO_VERBS = {"spoke", "talked", "spoken", "talking", "speaking", "talk", "speak"}


def _spoken_to_in_relative(doc, src, ss: int) -> bool:
    """The name or body ``src`` is the object of "spoke / talked to" inside a "who"
    relative clause opening the sentence's subject ("Several trainers who spoke to
    Trotting Life (on condition of anonymity) say"), not the subject itself."""
    if src.kind not in {"name", "org"} or src.loose:
        return False
    toks = doc.tokens
    p = doc.tok_index_before(src.phrase_start)
    if p < 2 or toks[p].lower not in {"to", "with"} or toks[p - 1].lower not in SPOKE_TO_VERBS:
        return False
    return any(
        toks[x].lower in {"who", "that"} and toks[x].start >= ss
        for x in range(max(0, p - 4), p - 1)
    )


def _that_conjunct_ahead(ctx: Context, x: int, stop: int) -> bool:
    """ ", and that" / ", but that" outside quotes between token x and stop (the
    reported clause's own second conjunct, after an adjunct set off by commas)."""
    toks = ctx.doc.tokens
    tq = ctx.tok_quote
    return any(
        toks[y].text == ","
        and toks[y + 1].lower in {"and", "but"}
        and toks[y + 2].lower == "that"
        and tq[y] < 0
        for y in range(x, min(stop, len(toks)) - 2)
    )


# the finite verb of "said A, but the slope was steep": the speaker's own contrast
BUT_CLAUSE_VERBS = {"was", "were", "is", "are", "would", "could", "will", "had", "has"}


def _but_subject_clause(ctx: Context, m: int, stop: int) -> bool:
    """ "She said the council could extend the site, but the slope was steep and …": the
    comma at m, "but", "the" and one to three lower-case words, then a finite "be" /
    "have" / modal, with no cue, quotation mark or further comma before stop: the reported
    clause's own second conjunct (one statement, as "said A, but that B"; round 29)."""
    toks = ctx.doc.tokens
    n = min(stop, len(toks))
    if m + 4 >= n or toks[m + 2].lower != "the":
        return False
    v = m + 3
    while v < n and v - m <= 6 and toks[v].is_word and not toks[v].cap:
        if toks[v].lower in BUT_CLAUSE_VERBS:
            break
        v += 1
    if v >= n or v == m + 3 or toks[v].lower not in BUT_CLAUSE_VERBS:
        return False
    tq = ctx.tok_quote
    return not any(
        tq[y] >= 0 or toks[y].text == "," or cues.is_cue(ctx.doc, y) for y in range(m + 2, n)
    )


def _list_tail_participle(toks, b: int, m: int) -> bool:
    """ "said it had printed notices in English, Polish and Lithuanian telling members
    what to do": the comma at b separates a list's items, the last two joined by "and" /
    "or" right before the participle cue at m (no comma before it): the list is the
    clause's own object, its participle the clause's, not a new speaker's (round 29)."""
    if toks[b].text != "," or not toks[m].lower.endswith("ing") or toks[m - 1].text == ",":
        return False
    return any(toks[x].lower in {"and", "or"} for x in range(b + 2, m - 1))


def _content_end(ctx: Context, j: int, se: int) -> int:
    """End offset of the clause starting at token j (sentence end or a cue break)."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    checks = 0
    # Only "clause marks" (see _clause_marks) can end the clause; visit just those
    # instead of every token of the up-to-90-token window (hot on long sentences).
    stop = bisect.bisect_left(doc.starts, se, j, min(n, j + MAX_CONTENT_TOKENS))
    marks, mark_is_cue = _clause_marks(ctx)
    skip = _clause_skip(ctx)
    mi = bisect.bisect_left(marks, j)
    nm = len(marks)
    while True:
        if checks >= 2:
            mi = skip[mi]  # no more subject look-ups: only some marks can still matter
        if mi >= nm or marks[mi] >= stop:
            last = stop - 1 if stop > j else j  # ran to the sentence end / token cap
            break
        m = marks[mi]
        mi += 1
        last = m - 1 if m > j else j  # the clause's last token if it ends here
        t = toks[m]
        tt = t.text
        if tt in {"(", ")"} and _in_party_tag(doc.text, t.start):
            continue  # "said Rep. Ann Cole (D-Ore.) had backed the bill": part of a name
        if tt in {"(", ")"} and _in_acronym_bracket(doc.text, t.start):
            continue  # "until the Liberal Democratic Party (LDP) chose": part of the name
        if tt in {"(", ")"} and _in_conversion(toks, m):
            continue  # "extended 9 kilometers (5.6 miles) from …": the same measure again
        if tt in STOP_PUNCT or tt == ":":
            break
        if (
            tt == ","
            and m + 2 < n
            and toks[m + 1].lower == "according"
            and toks[m + 2].lower == "to"
        ):
            break  # "…that liberals want to cut, according to two aides": the writer's credit
        if m > j + 2 and mark_is_cue[mi - 1]:
            # another reporting clause starts: ", insisted that" / "as X denied"
            b = m - 1
            while b > j + 1 and (
                toks[b].lower in AUX_BEFORE_CUE
                # (round 28: "to stay calm and repeatedly said, “…”")
                or (
                    toks[b - 1].lower == "and"
                    and conjunct_adverb(toks[b])
                    and t.lower.endswith(("ed", "id", "ld", "ote", "s"))
                )
            ):
                b -= 1  # ", and has said"
            if (
                b == m - 1
                and b - 1 > j + 1
                and toks[b].text in {'"', "”", "’"}
                and toks[b - 1].text == ","
                and t.lower.endswith("ing")
            ):
                b -= 1  # 'what she called "…," urging lawmakers to …': the comma inside
            p = toks[b]
            # "he posed a threat and refused to drop the gun": the reported clause's
            # own coordinated verb, not a second act of speech
            own_verb = p.lower == "and" and (
                (
                    t.lower not in lx.SPEECH_FORMS
                    and toks[b - 1].text != ","
                    and not _refusal_to_speak(toks, m)
                )
                or _shared_object_verbs(toks, b)
                or _under_modal(toks, j, b, m)
                or _last_of_verb_series(toks, j, b)
                or _object_pronoun_again(toks, j, b, m)
                or _parallel_gerund(toks, j, m)
                or _relative_clause_conjunct(toks, j, b)
                or _present_conjunct_after_past_cue(toks, j, b, m)
                or _modal_conjunct(toks, b, m)
                or _pluperfect_conjunct_after_past_cue(toks, j, b, m)
                or _request_for_conjunct(toks, b, m)
            )
            if (
                p.text == ","
                and b == m - 1
                and t.lower == "compared"
                and m + 1 < n
                and toks[m + 1].lower in {"with", "to"}
            ):
                continue  # "had 31 complaints, compared with two the year before": a
                # comparison of the reported figure's, no act of comparing
            if p.text == "," and (
                _named_as(toks, m)
                or _closes_appositive(toks, j, b)
                or (b < m and _closes_relative(toks, j, b))
            ):
                continue  # "said the suspect, known as ‘Big Tony’, had …" / "said the
                # man, a local farmer, had confessed": the clause's own subject and verb
            if not own_verb and (p.text == "," or p.lower == "and"):
                last = b - 1 if p.lower == "and" and toks[b - 1].text == "," else b
                last -= 1
                if p.text == ",":
                    last = _before_preposed_title(toks, j, b, last)
                break
            if _parenthetical_cue(toks, m, stop):
                continue  # "said the board, he believed, had acted properly": nested
            checks += 1
            # (the look-up can only end the clause when a conjunction or comma lies
            # between j and the subject: skip it when none does; see _conj_between)
            src = (
                subject_before(doc, m, toks[j].start)
                if checks <= 2 and _conj_between(ctx, j, m)
                else None
            )
            if src is not None and _closes_fronted_clause(ctx, j, src.phrase_start):
                src = None  # "said that while she respected X, she disagreed …": its main clause
            if src is not None and _second_that_clause(doc, src.phrase_start):
                src = None  # "said A, and that nobody had told her": the clause's own conjunct
            dash = _final_dash_before(ctx, j, m, stop) if checks <= 2 else None
            if dash is not None:
                last = dash - 1  # "called on X to act -- meddling the congressman said is …"
                break
            if src is not None:
                b = doc.tok_index_before(src.phrase_start)
                if _speaking_relative(toks, j, b, m):
                    last = b - 2  # "…, which party officials said could happen …": theirs
                    break
                b0 = b
                while (
                    b > j + 1
                    and b0 - b < 3
                    and toks[b].is_word
                    and not toks[b].cap
                    and toks[b].lower not in lx.FUNCTION_WORDS
                    and toks[b].lower not in lx.CUE_FORMS
                    and not toks[b].lower.endswith(("ed", "ing"))
                    and ctx.tok_quote[b] < 0
                ):
                    b -= 1  # ", and human rights groups warned": the group's modifiers
                if not (toks[b].lower in CONJUNCTIONS or toks[b].text == ","):
                    b = _complement_subject_start(toks, j, b0)  # ", and the branch of X said"
                if (
                    b > j
                    and (toks[b].lower in CONJUNCTIONS or toks[b].text == ",")
                    and not (
                        toks[b].lower == "and"
                        and _noun_phrase_only(toks, j, b)
                        # ("with A demanding X and B warning that Y": two participles)
                        and not t.lower.endswith("ing")
                    )
                    and not _comparative_as(toks, j, b)
                    and not _interrupting_even_as(toks, j, b, stop)
                    and not _list_tail_participle(toks, b, m)
                ):
                    # (not "said the United States and its allies will seek …":
                    # a coordinated subject of the reported clause)
                    last = b - 1
                    if toks[b].lower == "as" and toks[last].lower == "even" and last - 1 > j:
                        last -= 2 if toks[last - 1].text == "," else 1  # "A, even as X said"
                    break
            elif checks <= 2 and t.lower in lx.SPEECH_FORMS:
                c = _closing_tag_comma(toks, j, m, stop)
                if c is not None:
                    last = c - 1  # "…, the fire marshal said.": a closing attribution
                    break
        if (
            t.lower == "but"
            and m >= j + 1
            and m + 1 < n
            and (
                _speech_act_after_but(toks, j, m + 1)
                or (toks[m + 1].lower in lx.SPEECH_FORMS and cues.is_cue(doc, m + 1))
            )
            and toks[m - 1].text != ","
            and toks[m - 1].lower not in ALMOST_BUT  # "trade had all but stopped"
        ):
            # "X says A but noted B" / "… but has said …" / "… but argued B": the
            # subject's own second speech act ends the reported clause (not "but
            # believed B": what A goes on to hold)
            break
        if tt != ",":
            continue  # (every test below is of a comma: skip them for the other marks)
        if (
            tt == ","
            and m > j
            and m + 2 < n
            and toks[m + 1].lower in PARTICIPLE_ADVERBS
            and toks[m + 2].lower.endswith("ing")
            and toks[m + 2].lower in lx.CUE_FORMS
        ):
            break  # "complained about X, even suggesting …": the speaker's next act
        if (
            tt == ","
            and m > j
            and m + 3 < n
            and toks[m + 1].lower == "as"
            and toks[m + 2].lower in {"he", "she"}
            and toks[m + 3].lower in ELLIPSIS_AUX
        ):
            break  # "cited the audit as the reason, as he did again on Monday": the writer's
        if (
            tt == ","
            and m + 1 < n
            and m > j
            and toks[m + 1].lower.endswith("ing")
            and toks[m + 1].lower in lx.SPEECH_FORMS
            and _noun_phrase_only(toks, j, m)
        ):
            break  # "rejected that argument, noting that …": the speaker's next act
        if tt == "," and m + 1 < n and m > j and toks[m + 1].lower in CONSEQUENCE_PARTICIPLES:
            break  # "announced the closures, angering owners": the writer's (a short clause)
        if tt == "," and m + 1 < n and m > j + 2:
            nx = toks[m + 1]
            if nx.lower == "according" or (nx.lower.endswith("ing") and nx.lower in lx.CUE_FORMS):
                break
            if (
                nx.lower in OCCASION_PARTICIPLES
                and m + 2 < n
                and toks[m + 2].lower in OCCASION_PREPS
            ):
                break  # "said A, speaking at a town hall in Dayton": the occasion
            if _next_headline_verb(toks, m):
                break  # "Trump Says He Will Win Ohio, Calls Polls 'Fake'": the next headline verb
            if nx.lower in CONSEQUENCE_PARTICIPLES:
                break  # "said margins would improve, sending shares up 4%": the writer's
            if _speakers_next_act(toks, m + 1, stop):
                break  # "said A, before leaving the room", "said A, then walked out"
            if _absolute_phrase(toks, m + 1, stop):
                break  # "said she had no regrets, her voice cracking": the writer's scene
            if nx.lower in COMPARISON_PARTICIPLES and any(
                toks[x].lower in EXPECTATION_NOUNS for x in range(m + 2, min(m + 6, stop))
            ):
                break  # "said sales rose 5%, beating analysts' forecasts": the writer's
            if nx.lower == "the" and m + 2 < n and toks[m + 2].lower in {"latest", "newest"}:
                break  # "endorsed X's campaign, the latest chapter in …": the writer's
            if _numeric_comparison(toks, m):
                break  # "expects growth of 1.6 percent, less than forecast in July": the writer's
            if (
                nx.is_word
                and not nx.cap
                and len(nx.lower) > 5
                and nx.lower.endswith("ing")
                and nx.lower not in {"including", "according"}
                and (
                    toks[j].lower == "to"
                    or not (_after_speech_verb(toks, j) or _noun_phrase_only(toks, j, m))
                )
            ):
                # "wants to sign up voters, focusing on …": a participial adjunct
                # of the main clause ends an infinitive complement
                break
            rel = _relative_at(toks, m + 1)
            if (
                rel is not None
                and rel + 1 < n
                and toks[rel + 1].lower not in {"is", "was"}
                and _noun_phrase_only(toks, j, m)
                and not any(toks[x].text == "," for x in range(rel + 1, stop))
            ):
                # "acknowledged the reality of climate change, which makes him …", "offered
                # amendments, all of which were rejected": a bare noun phrase object; a
                # relative clause closing the sentence is the writer's
                break
            if _closing_relative(toks, j, m, stop) and not _relative_then_and_clause(doc, m, stop):
                break  # "said it was true in his valley, where builders …": the writer's
            if _closing_gloss(toks, m, stop):
                break  # "switched to sorghum, crops that earn less": the writer's gloss
            if nx.lower == "when" and (
                toks[m - 1].lower in TIME_ENDS
                or toks[m - 1].lower in WHEN_EVENT_NOUNS
                or YEAR_RE.fullmatch(toks[m - 1].text)
            ):
                # "would stay shut until Friday morning, when …", "broke a promise made
                # during last year's contract talks, when …": a relative clause
                break
            if nx.lower in {"aside", "apart"} and m + 2 < n and toks[m + 2].lower == "from":
                break  # "refuses to discuss appointees, aside from saying …": the writer's
            if (
                nx.lower in {"the", "a", "an"}
                and (
                    toks[m - 1].cap
                    # "consider Rep. Don Beyer (D-Va.), a former …": after a party tag
                    or (toks[m - 1].text == ")" and _in_party_tag(doc.text, toks[m - 1].start))
                )
                and _closing_appositive(ctx, m + 1, stop)
            ):
                break  # "said he did not support Mr. Trump, the presumed favorite.": the writer's
            if (
                nx.lower in {"a", "an"}
                and m + 2 < n
                and toks[m + 2].lower in CLOSING_COMMENT_NOUNS
                and m + 3 < n
                and toks[m + 3].lower not in {"of", "for", "to"}
            ):
                break  # "said it would create 500 jobs, a figure critics dispute": the writer's
            if (
                nx.lower in {"a", "an"}
                and m + 3 < n
                and any(
                    toks[x].lower in NAMING_APPOSITIVE_PARTICIPLES
                    for x in range(m + 3, min(m + 5, n))
                )
            ):
                break  # "…, a process known as “rapid intensification”": the writer's gloss
            # ", he said" / ", officials said" inside the clause
            if (
                m + 2 < n
                # (the pronoun first: both pure, is_cue the dearer)
                and (nx.lower in lx.SUBJECT_PRONOUNS and cues.is_cue(doc, m + 2))
                and not _closes_fronted_clause(ctx, j, nx.start)
            ):
                break
            if (
                m + 3 < n
                and nx.lower in NONRESTRICTIVE
                and toks[m + 2].lower in lx.SUBJECT_PRONOUNS
                and cues.is_cue(doc, m + 3)
                # (not ", which it blamed on X, and that …": the cue's own object)
                and _base(doc, m + 3) not in PREP_OBJECT_VERBS
            ):
                break  # ", which he said were …": a relative clause with its own speaker
            # ", and the downgrade is…" / ", with X showing…": a new clause begins
            if (
                (
                    m > j + 4
                    or nx.lower in {"although", "though"}
                    # ", but warned that …": the speaker's next act, however short A is
                    or (nx.lower == "but" and m + 2 < n and cues.is_cue(doc, m + 2))
                )
                and nx.lower in CLAUSE_BREAKS
                and not (
                    m + 2 < n
                    and (
                        # ", but could not …": the reported clause's own second verb phrase
                        (nx.lower == "but" and toks[m + 2].lower in MODAL_VP)
                        # ", but that B": the clause's own second conjunct (one statement)
                        or (nx.lower == "but" and toks[m + 2].lower == "that")
                        # ", but the slope was steep": the clause's own contrast (round 29)
                        or (nx.lower == "but" and _but_subject_clause(ctx, m, stop))
                        # ", up from 87 per cent, but still short of 95": the clause's own
                        # verbless contrast, no subject after "still" (round 29)
                        # (not ", but still lost the election": a new verb phrase)
                        or (
                            nx.lower == "but"
                            and toks[m + 2].lower == "still"
                            and m + 3 < n
                            and toks[m + 3].lower in VERBLESS_CONTRASTS
                        )
                        # ", even if …": a condition of the reported clause (", even
                        # after a discount": a concession inside it; round 26)
                        or (nx.lower == "even" and toks[m + 2].lower in EVEN_CONDITIONS)
                        # ", but only if / only when …": one too
                        or (
                            nx.lower == "but"
                            and toks[m + 2].lower == "only"
                            and m + 3 < n
                            and toks[m + 3].lower in ONLY_CONDITIONS
                        )
                        # "said A, with X open to all, and that B": the clause goes on to
                        # its own second "that" conjunct (round 29)
                        or (nx.lower == "with" and _that_conjunct_ahead(ctx, m + 2, stop))
                    )
                )
            ):
                break
            if (
                nx.lower == "and"
                and m + 2 < n
                and toks[m + 2].lower in {"when", "after", "while", "as", "then"}
            ):
                break  # ", and when pressed on it, she replied …": a new clause
    if last - j >= 3:
        last = _before_trailing_medium(ctx, j, last)
    end = toks[last].end
    # trim trailing punctuation and closing marks
    text = doc.text
    while end > toks[j].start and (text[end - 1] in ".,;:!?—–-" or text[end - 1].isspace()):
        end -= 1
    return end


def _closing_relative(toks, j: int, m: int, stop: int) -> bool:
    """After the comma at m, a non-restrictive ", where …" clause on a place that runs to
    the sentence end (no later comma but a list's: not "said the town, where she grew up,
    would close") after a clause of four words at least: the writer's description of the
    place ("said the opposite was true in his valley, where builders …")."""
    if m <= j + 4 or m + 2 >= stop or toks[m + 1].lower != "where":
        return False
    if toks[m - 1].lower in ABSTRACT_WHERE_NOUNS or not toks[m - 1].is_word:
        return False  # "could result in retaliatory measures, where other countries …"
    if toks[m + 2].lower in lx.SUBJECT_PRONOUNS or toks[m + 2].text == ",":
        return False  # ", where he said …", ", where, he said, …": a speaker of its own
    for x in range(m + 2, stop - 1):
        if toks[x].text in {"—", "–", "-", "(", ";"}:
            return False
        if toks[x].text == "," and not any(
            toks[y].lower in {"and", "or"} for y in range(x + 1, min(stop, x + 4))
        ):
            return False  # (a list's commas only: "where builders, carpenters and cleaners")
    return True


def _relative_then_and_clause(doc: Doc, m: int, stop: int) -> bool:
    """ "said six were from two villages, where trees fell on houses, and three fishermen
    drowned": after the ", where" clause at m has its own past-tense verb, ", and" opens a
    clause with a subject of its own, the reported clause's second conjunct (round 32;
    not a list's comma, "where builders, carpenters, and cleaners work": no verb yet)."""
    toks = doc.tokens
    se = toks[stop - 1].end
    verb = False
    for x in range(m + 2, stop - 2):
        low = toks[x].lower
        if toks[x].text == ",":
            if verb and toks[x + 1].lower == "and" and _and_new_clause(doc, x + 1, se):
                return True
            continue
        if toks[x].is_word and not toks[x].cap and (low.endswith("ed") or low in IRREGULAR_PAST):
            verb = True
    return False


# nouns a ", where" clause elaborates as a case, not a place
ABSTRACT_WHERE_NOUNS = {
    "measures", "measure", "situation", "situations", "case", "cases", "point", "points",
    "system", "process", "scenario", "scenarios", "stage", "level", "moment", "time",
    "times", "instance", "instances", "arrangement", "deal", "model", "approach",
}  # fmt: skip


def _closing_gloss(toks, m: int, stop: int) -> bool:
    """After the comma at m, a bare plural noun and a relative clause closing the
    sentence ("…, crops that earn less per acre."): the writer's gloss on the word before."""
    nx = m + 1
    if nx + 1 >= stop or toks[nx].cap or not toks[nx].lower.endswith("s"):
        return False
    low = toks[nx].lower
    if low in lx.FUNCTION_WORDS or low in lx.CUE_FORMS or low in FINITE_AUX:
        return False  # (", says that …", ", has that …": not a noun)
    return toks[nx + 1].lower in {"that", "which", "who"} and not any(
        toks[x].text == "," for x in range(nx + 2, stop)
    )


def _last_of_verb_series(toks, j: int, b: int) -> bool:
    """ "said his client had no record, had not had a drink and had written to the family":
    the "and" at b ends a series of verb phrases that repeat one auxiliary after commas
    (the clause's subject's acts, not the speaker's next one)."""
    if b + 1 >= len(toks) or toks[b + 1].lower not in CONJUNCT_AUXILIARIES:
        return False
    aux = toks[b + 1].lower
    return any(toks[x].text == "," and toks[x + 1].lower == aux for x in range(j + 1, b - 1))


# auxiliaries standing for the speaker's act ("…, as he did again during the debate"; not
# the content's own "…, as it has in other states")
ELLIPSIS_AUX = {"did", "does"}
QUANTITY_UNITS = {"percent", "%", "points", "point", "million", "billion", "trillion"}


def _numeric_comparison(toks, m: int) -> bool:
    """A figure, a comma at m, then the writer's comparison with another figure ("1.6
    percent, more than half a point less than forecast in July"; not the finding's own
    "1 in 4, up from 1 in 10 in 2000")."""
    if m < 1 or m + 2 >= len(toks):
        return False
    before = toks[m - 1]
    if not (before.text[:1].isdigit() or before.lower in QUANTITY_UNITS):
        return False
    return toks[m + 1].lower in {"more", "less", "fewer"} and any(
        toks[x].lower == "than" for x in range(m + 2, min(len(toks), m + 8))
    )


# what a statement set off, told by the writer ("…, sending shares up 4 percent",
# "…, prompting calls for her resignation")
COMPARISON_PARTICIPLES = {"beating", "topping", "missing", "exceeding", "surpassing"}
EXPECTATION_NOUNS = {"expectations", "forecasts", "estimates", "consensus", "projections"}
CONSEQUENCE_PARTICIPLES = {
    "sending", "prompting", "triggering", "sparking", "fueling", "fuelling", "raising",
    "pushing", "dragging", "boosting", "lifting", "deepening", "dealing", "marking",
    "drawing", "betting",  # "…, drawing criticism", "…, betting that …": reaction, motive
    "leaving",  # "…, leaving the team without its top scorer"
    # "…, killing two workers", "…, forcing drivers to unload elsewhere": the harm it did
    "killing", "injuring", "wounding", "forcing", "causing", "hurting",
    # "…, reflecting the difficulty of …", "…, using an average of five polls": the
    # writer's comment on it, the source's method
    "reflecting", "underscoring", "using",
    "ending", "capping", "bringing",  # "…, ending a six-month closure", "bringing the total"
    "taking",  # "…, taking the toll in this year's floods to 52"
    "making",  # "…, making it the group's best-selling product": the writer's ranking
    # "…, angering business owners": the reaction it caused
    "angering", "infuriating", "enraging", "frustrating", "alarming", "delighting",
    "disappointing", "upsetting", "irking", "stunning", "shocking", "surprising", "dismaying",
    # "…, the Commission said, bowing to pressure from …": why the source acted
    "bowing", "yielding", "caving", "conceding", "responding", "reversing", "backtracking",
    # "…, their union said, escalating a two-year fight": what the news did to a conflict
    "escalating", "intensifying", "worsening", "prolonging", "heightening", "widening",
    "setting",  # "…, setting up a clash with her party's leadership" (round 26)
    # "…, the court ruled, siding with the tenants / overturning a lower court": the
    # ruling body's own act, not part of what it held
    "siding", "overturning", "upholding", "overruling",
    # "…, singling out the police chief": whom the source picked out, the writer's gloss
    "singling",
    # "…, breaking with his country's long opposition to …": what the statement broke
    "breaking",
}  # fmt: skip
# the occasion of a statement closing the reported clause: "in a statement (on its
# website)", "during a news conference Monday", "in an interview with the BBC"
TRAILING_MEDIUM_NOUNS = {
    "statement", "interview", "release", "email", "post", "tweet", "letter", "video",
    "speech", "conference", "briefing", "podcast", "op-ed", "appearance", "call",
}  # fmt: skip
# verbs of the reported clause whose own medium it would be ("he had raised it in a
# letter", "the remarks were made in an interview")
MEDIUM_OWN_VERBS = {
    "made", "given", "published", "posted", "released", "issued", "sent", "wrote", "written",
    "raised", "appeared", "aired", "broadcast", "recorded", "delivered", "shared",
}  # fmt: skip


_MEDIUM_PREPOSITIONS = frozenset({"in", "during", "at"})  # "in a statement", "at a rally"


def _before_trailing_medium(ctx: Context, j: int, last: int) -> int:
    """The clause j..last without a closing medium phrase of the speaker's ("said the
    player would miss six weeks in a statement on its website"): its new last token."""
    toks = ctx.doc.tokens
    tq = ctx.tok_quote
    first = max(j + 2, last - 16)
    if _MEDIUM_PREPOSITIONS.isdisjoint(ctx.doc.lowers[first : last - 1]):
        return last  # (most clauses: no "in / during / at" in reach, a C-level test)
    for m in range(first, last - 1):
        if not (
            toks[m].lower in _MEDIUM_PREPOSITIONS and toks[m + 1].lower in {"a", "an"} and tq[m] < 0
        ):
            continue
        q = m + 2
        while q <= last and q <= m + 4 and toks[q].lower not in TRAILING_MEDIUM_NOUNS:
            q += 1
        # "in an interview with the German newspaper Frankfurter Allgemeine Zeitung
        # published on Sunday": an outlet's name and day may run longer (round 27)
        with_outlet = q < last and toks[q].lower == "interview" and toks[q + 1].lower == "with"
        if m < last - 10 and not with_outlet:
            continue  # (beyond the reach of other media phrases)
        if q > last or toks[q].lower not in TRAILING_MEDIUM_NOUNS:
            return last
        if last - q > (12 if with_outlet else 6):
            return last
        for x in range(q + 1, last + 1):
            low = toks[x].lower
            if (
                tq[x] >= 0
                or toks[x].text == ","
                or low in FINITE_AUX
                or low in lx.CUE_FORMS
                or low in {"that", "who", "which", "where", "when", "because"}
            ):
                return last
        for x in range(j, m):
            low = toks[x].lower
            if (
                tq[x] >= 0
                or low in MEDIUM_OWN_VERBS
                or (low in lx.CUE_FORMS and toks[x - 1].lower not in lx.DETERMINERS)
            ):
                return last  # "said she had described the abuse in an interview"
        return m - 1
    return last


PART_OF_DAY = {"morning", "afternoon", "evening", "night"}
RELATIVE_PERIOD = {"week", "month", "year", "weekend"}


def _weekday_adjunct_start(toks, b: int, j: int) -> int:
    """First token of the time adjunct ending with the weekday at b: "on Monday", "on a
    humid Saturday (morning)" (not only its last words), "late Tuesday", else the bare
    weekday."""
    if b - 1 > j and toks[b - 1].lower in {"late", "early"}:
        return b - 1
    x = b - 1
    while x > j and b - x <= 4 and toks[x].is_word and not toks[x].cap:
        if toks[x].lower == "on" and (x == b - 1 or toks[x + 1].lower in {"a", "an", "the"}):
            return x
        x -= 1
    return b


def _before_trailing_time(ctx: Context, j: int, end: int) -> int:
    """A noun-phrase object from token j to offset end without a closing bare time
    adjunct of the speaker's ("denied the claim Tuesday", "welcomed the ruling last
    week"): its new end. (A clause keeps it: "said the vote would be held Tuesday".)"""
    toks = ctx.doc.tokens
    last = ctx.doc.tok_index_at_or_after(end) - 1
    if last - j < 2:
        return end
    b = last
    while b > j and toks[b].text in {".", "!", "?"}:
        b -= 1
    if toks[b].lower in PART_OF_DAY and toks[b - 1].lower in lx.WEEKDAYS:
        b -= 1  # "Tuesday night"
    if toks[b].lower in lx.WEEKDAYS:
        b = _weekday_adjunct_start(toks, b, j) - 1  # "on Monday", "on a humid Saturday"
    elif toks[b].lower in {"yesterday", "today"}:
        b -= 1
    elif toks[b].lower in RELATIVE_PERIOD and toks[b - 1].lower in {"last", "this"}:
        b -= 2
    else:
        return end
    if b <= j or toks[b].lower in {"by", "until", "since", "before", "after", "from", "of"}:
        return end  # "the deadline of Friday": the object's own
    for x in range(j, b + 1):
        t = toks[x]
        if (
            ctx.tok_quote[x] >= 0
            or not t.is_word
            or t.lower in FINITE_AUX
            or t.lower in lx.SUBJECT_PRONOUNS
            or (t.lower in _NP_BREAKERS and x > j)
            or (t.lower.endswith("ed") and not t.cap)
        ):
            return end
    return toks[b].end


# bare sources of findings a headline gives with a describing word ("…, new study says")
FINDING_SOURCES = {
    "study", "studies", "poll", "polls", "survey", "surveys", "report", "reports", "analysis",
    "review", "research", "data", "audit", "census", "probe", "investigation", "trial",
    "researchers", "scientists",
}  # fmt: skip


def _trailing_content(
    ctx: Context, k: int, src_start: int, ss: int, se: int, inverted: bool = False
) -> tuple[int, int] | None:
    """``CLAUSE, X said.``: the clause before the comma preceding the subject."""
    doc = ctx.doc
    tq = ctx.tok_quote  # (ctx.in_quote without a method call)
    toks = doc.tokens
    n = len(toks)
    if _market_breadth(doc, k):
        return None
    m = k + 1
    parenthetical = False
    if not inverted:
        tail = _closing_tail(ctx, k, se)
        if tail is None:
            return None
        m, parenthetical = tail
    # the comma before the subject phrase
    p = doc.tok_index_before(src_start)
    if parenthetical and p >= 0 and toks[p].lower == "as" and toks[p].start >= ss:
        # "As X noted, B" / "A, as X pointed out, B": B is reported, A a fragment of it
        b0 = m + 1
        if b0 >= n or toks[b0].start >= se or tq[b0] >= 0:
            return None
        if _subject_and_speech_at(doc, b0, se):
            return None  # "…, as lawmakers have demanded, she said: “…”": her own frame
        q = p - 1
        a = doc.tok_index_at_or_after(ss)
        if (
            q > a
            and toks[q].text == ","
            and toks[a].lower not in AS_FRAME_OPENERS
            and not _quoted_inside(ctx, toks[a].start, toks[q].start)
        ):
            ctx.extra_fragment = (toks[a].start, toks[q].start)
        elif q >= a and not (q == a - 1 or toks[q].text == "," or toks[q].lower in {"but", "and"}):
            return None  # "… such as X said": not a parenthetical
        return toks[b0].start, _content_end(ctx, b0, se)
    x = p
    while (
        x >= 0
        and p - x < 2
        and toks[x].start >= ss
        and toks[x].is_word
        and not toks[x].cap
        and toks[x].lower not in lx.FUNCTION_WORDS
        and toks[x].lower not in lx.CUE_FORMS
    ):
        x -= 1
    if x != p and x >= 0 and toks[x].text == "," and toks[p + 1].lower in FINDING_SOURCES:
        p = x  # "…, large study finds", "…, new poll shows": a headline's describing word
    if p < 0 or toks[p].text != "," or toks[p].start < ss:
        return None
    a = doc.tok_index_at_or_after(ss)
    if a >= p:
        return None
    and_clause = parenthetical and _and_new_clause(doc, m + 1, se)
    if (
        parenthetical
        and not and_clause
        and m + 1 < n
        and (
            # (also after a time distance: "…, more than a week after the attack began")
            (
                toks[_after_time_distance(toks, m + 1)].lower in SUBORDINATE_START
                and not _as_quantifier(toks, m + 1)
            )
            or toks[m + 1].lower in {"compared", "according"}
            or (toks[m + 1].lower.endswith("ing") and toks[m + 1].lower in lx.CUE_FORMS)
            or toks[m + 1].lower in CONSEQUENCE_PARTICIPLES
            or _writers_participle(toks, m + 1, se)
            or _verbless_adjunct(toks, m + 1, se, tq)
            or _ranking_appositive(toks, m + 1, se)
            or _own_speech_after(doc, m + 1, se)
        )
    ):
        # "A, Norman said, in line with department policy": a phrase of the writer's;
        # "A, officials said Friday, as they left": an adverbial clause follows;
        # "A, Bloomberg reported, citing two people …": a participial cue of its own;
        # "A, the union said, raising the prospect of …": the writer's participle (not
        # a gerund subject: "A, he said, replacing her would be …")
        parenthetical = False
    if parenthetical and _cue_with_clause(ctx, a, p, se):
        return None  # "The chairman said the board, he believed, had acted": nested
    if parenthetical and _relative_pronoun_before(toks, k, src_start):
        return None  # "Its chief, X, who will testify before …, said": X's relative clause
    if parenthetical and toks[k - 1].text == "," and _described_subject(toks, a, p):
        return None  # "The operator, Redes Unidas, said only freight, mail …": the subject
    if parenthetical and toks[p - 1].lower in CLAUSE_RELATIVES and p - 1 > a + 2:
        # "a path along which, villagers told her, salt was carried": the cue is inside
        # the relative clause; the words before it are the writer's (not a connective
        # relative opening the sentence: "All of which, he said, …")
        b0 = m + 1
        if b0 < n and toks[b0].start < se and tq[b0] < 0:
            return toks[b0].start, _content_end(ctx, b0, se)
        return None
    if parenthetical:
        # "A, the senator said, B": the reported clause is split around the
        # parenthetical cue; B is returned, A is a fragment of its own ("A, the
        # ministry said, and B": B after the "and" or "but")
        b0 = m + 2 if and_clause else m + 1
        if b0 < n and toks[b0].start < se:
            end = _but_conjunct_end(ctx, _content_end(ctx, b0, se), se)
            a = _after_last_but(doc, a, p)
            if (
                not _quoted_inside(ctx, toks[a].start, toks[p].start)
                and not _connective(doc, a, p)
                and not _fronted_setting(toks, a, p)
            ):
                ctx.extra_fragment = (toks[a].start, toks[p].start)
            return toks[b0].start, end
        return None
    if _appositive_head(toks, a, p):
        return None  # "Their father, Robert Ellison, 84, has not commented": not content
    if _fronted_frame(toks, a, p):
        return None  # "According to court documents, the company knew": a frame, no clause
    if a + 2 < p and toks[a].lower in HEADLINE_LABELS and toks[a + 1].text == ":":
        a += 2  # "Exclusive: Pentagon plans …, officials say": the desk's label
    sub = a + 1 if toks[a].lower in {"and", "but"} else a  # ("And while A, X sought …")
    if toks[sub].lower in FRONTED_SUBORDINATORS and not any(
        toks[x].text == "," for x in range(a, p)
    ):
        return None  # "After the board said A, the auditor disagreed.": the verb's adverbial
    start = toks[a].start
    end = toks[p].start
    if _quoted_inside(ctx, toks[a].start, toks[p].start) and not _partial_quotes_only(ctx, a, p):
        return None
    if toks[k].lower not in lx.SPEECH_FORMS and _subject_and_speech_at(doc, a, toks[p].start):
        # "Kemp also said A, the footage showed": A is Kemp's, told by her own cue (not
        # "Cruz told rescuers A, the sheriff said": the sheriff reports her words)
        return None
    return start, end


def _closing_tail(ctx: Context, k: int, se: int) -> tuple[int, bool] | None:
    """What may follow a closing cue k (``CLAUSE, X said`` + a short adverbial) before the
    sentence end: (the index m where the adverbial ends, whether a comma stands there, a
    parenthetical cue); None when more follows, a quote, or an object.  Whatever the
    subject, _trailing_content finds no clause then.  Memoised per cue and sentence end:
    find_reported asks before its subject search, _trailing_content after it."""
    memo = ctx.doc.memo
    key = ("closing tail", k, se)
    if key not in memo:
        memo[key] = _closing_tail_at(ctx, k, se)
    return memo[key]


FOUND_PLACE_PREPS = {"in", "at", "on", "inside", "among", "near"}
# who finds things out: "…, investigators found in tests" is a finding
FINDER_NOUNS = {
    "investigators", "inspectors", "auditors", "experts", "officials", "police", "doctors",
    "engineers", "analysts", "authors", "team", "panel", "jury", "court", "judge", "they",
    "we", "he", "she", "i", "it",
}  # fmt: skip


def _found_in_place(doc: Doc, k: int, se: int) -> bool:
    """Cue k is "found" followed by a place preposition and a bare lower-case noun ("found
    in landfills", "found in tap water"): a participle of where something occurs."""
    toks = doc.tokens
    if toks[k].lower != "found" or k + 2 >= len(toks) or toks[k + 2].start >= se:
        return False
    w = toks[k + 2]
    prev = toks[k - 1]
    return (
        toks[k + 1].lower in FOUND_PLACE_PREPS
        and prev.is_word
        and not prev.cap  # (not "Smith found in tests")
        and prev.lower not in FINDING_SOURCES
        and prev.lower not in FINDER_NOUNS
        and w.is_word
        and not w.cap
        and not w.text[:1].isdigit()
        and w.lower not in lx.DETERMINERS
        and w.lower not in lx.FUNCTION_WORDS
    )


def _closing_tail_at(ctx: Context, k: int, se: int) -> tuple[int, bool] | None:
    doc = ctx.doc
    tq = ctx.tok_quote
    toks = doc.tokens
    n = len(toks)
    # after the cue only a short adverbial may follow until the sentence end
    m = k + 1
    if _found_in_place(doc, k, se):
        return None  # "…, a potent gas found in landfills": where it occurs, no finding
    # a short adverbial; a longer one after a time phrase ("reported on Wednesday in
    # the Astrophysical Journal Letters"), not a clause ("I knew this talk was wrong")
    limit = TRAILING_ADVERBIAL_TOKENS if _time_phrase_at(toks, k + 1) else 8
    if _publication_phrase_at(toks, k + 1) or _event_phrase_at(toks, k + 1):
        # "wrote in the New England Journal of …", "said after their first face-to-face
        # talks in more than a year"
        limit = TRAILING_ADVERBIAL_TOKENS + 2
    occasion = limit == 8 and (_occasion_phrase_at(toks, k + 1) or _document_phrase_at(toks, k + 1))
    if occasion:
        limit = TRAILING_ADVERBIAL_TOKENS + 2  # "said at a news conference at the … Monday"
    while m < n and toks[m].start < se and m - k < limit:
        if toks[m].text in {".", "!", "?"} and not np_token_ok(doc, m):
            break
        if toks[m].text == ",":
            break
        if tq[m] >= 0:
            return None
        if toks[m].lower == "to" and m > k + 1 and toks[m - 1].lower in OBJECT_PRONOUNS:
            return None  # "X implored her to bring it back, …": an object and infinitive
        if occasion and toks[m].lower in CLAUSE_OPENERS_IN_TAIL:
            return None  # "said at a meeting that residents had asked for": a clause
        m += 1
    else:
        if m - k >= limit and m < n and toks[m].start < se:
            return None
    parenthetical = m < n and toks[m].start < se and toks[m].text == ","
    if parenthetical and _object_after_cue(doc, k, m):
        return None  # "At her school, X protested the funding formula, which …"
    return m, parenthetical


def _after_last_but(doc: Doc, a: int, p: int) -> int:
    """ "The county resisted the plan, but traffic grew so heavy, Ray noted, that …": the
    parenthetical cue reports the clause it interrupts, the one after the last ", but"
    before it (the first conjunct is the writer's)."""
    lo = max(a, p - MAX_CONTENT_TOKENS)
    if "but" not in doc.lowers[lo + 1 : p - 1]:
        return a  # (most clauses: no "but" in reach, a C-level test)
    toks = doc.tokens
    for x in range(p - 2, lo, -1):
        if toks[x].lower == "but" and toks[x - 1].text == "," and x + 2 < p:
            return x + 1
    return a


# verbs whose object after a parenthetical cue is the addressee ("…, she told the board, …")
ADDRESSEE_BASES = {
    "tell", "ask", "assure", "remind", "warn", "inform", "write", "advise", "caution",
    "brief", "email", "text", "urge", "reassure",
}  # fmt: skip


def _object_after_cue(doc: Doc, k: int, m: int) -> bool:
    """ "A, X protested the funding formula, B": an article after the cue opens its
    object (not a time phrase, "said the next day", nor an addressee, "told the board"),
    so the cue is the sentence's verb, no parenthetical around a reported clause."""
    toks = doc.tokens
    return (
        toks[k + 1].lower in lx.ARTICLES
        and _base(doc, k) not in ADDRESSEE_BASES
        and not any(toks[x].lower in TIME_ENDS for x in range(k + 2, m))
    )


def _but_conjunct_end(ctx: Context, end: int, se: int) -> int:
    """ "A, he said, B, but C.": B's clause cut at ", but" runs on over C to the sentence end
    (the gold convention: the speaker's words after the cue are one span, as inside quotes),
    unless C is quoted or holds a speech cue of its own ("…, but she later told reporters
    …"; not a finding, "but the company had found no trace", nor a sum, "would add 60")."""
    doc = ctx.doc
    toks = doc.tokens
    c = doc.tok_index_at_or_after(end)
    if not (c + 2 < len(toks) and toks[c].text == "," and toks[c + 1].lower == "but"):
        return end
    stop = bisect.bisect_left(doc.starts, se, c)
    for x in range(c + 2, stop):
        if ctx.tok_quote[x] >= 0 or _own_speech_cue(doc, x):
            return end
    last = stop - 1
    while last > c + 1 and not toks[last].is_word and toks[last].text not in {")", "%"}:
        last -= 1
    return toks[last].end


def _own_speech_cue(doc: Doc, x: int) -> bool:
    """A speech verb used as a cue at x, not one counting ("would add 60 more")."""
    toks = doc.tokens
    if toks[x].lower not in lx.SPEECH_FORMS or not cues.is_cue(doc, x):
        return False
    return not (x + 1 < len(toks) and toks[x + 1].text[:1].isdigit())


# participles of the writer's framing after ", X said," ("referring to …")
FRAMING_PARTICIPLES = {
    "referring", "responding", "speaking", "reacting", "alluding", "answering", "echoing",
    "gesturing", "pointing", "appearing", "standing", "sitting", "looking",
}  # fmt: skip


def _writers_participle(toks, m: int, se: int) -> bool:
    """ "A, Bishop said, referring to …" / "…, she said, speaking at a rally": a
    participle after the parenthetical cue is the writer's, no second piece of A (not a
    gerund subject: "…, he said, replacing her would be a mistake")."""
    if toks[m].lower not in FRAMING_PARTICIPLES:
        return False  # (not "…, Twitter announced, gaining 22,000 followers": PolNeAR's)
    x = m + 1
    while x < len(toks) and toks[x].start < se and toks[x].text != ",":
        if toks[x].lower in MODAL_VP or toks[x].lower in CONJUNCT_AUXILIARIES:
            return False
        x += 1
    return True


def _complement_subject_start(toks, j: int, b: int) -> int:
    """ "…, and the local branch of the ACLU said": from b (before the body's name) back
    over a short noun phrase with "of/for/at" to ", and" (that "and"), else b."""
    x = b
    while x > j + 1 and b - x < 6:
        low = toks[x].lower
        if low == "and" and toks[x - 1].text == ",":
            return x
        if (
            not toks[x].is_word
            or low in lx.CUE_FORMS
            or low in FINITE_AUX
            or low in lx.SUBJECT_PRONOUNS
            or low in CLAUSE_RELATIVES
            or low in {"that", "if", "whether"}  # ", and that he might decide against …"
            or low.endswith("ed")
        ):
            return b
        x -= 1
    return b


CONJUNCT_RELATIVES = {"who", "that", "which"}


def _present_singular(word: str) -> bool:
    """ "lacks", "borders", "has": a third-person present verb form (not "less", "this")."""
    return word in {"has", "is", "does"} or _s_form(word)


def _s_form(word: str) -> bool:
    """A lower-case word of four letters or more spelt as a plural noun or a third-person
    verb ("lacks", "renters"; not "less", "bonus", "this")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


PAST_CUES = {"said", "told", "wrote", "added", "explained", "noted", "argued", "warned"}


def _present_conjunct_after_past_cue(toks, j: int, b: int, m: int) -> bool:
    """ "said the river floods the valley each spring and then threatens the line": after
    a past cue, a present verb after "and" (a reported clause with a present verb of its
    own before it) goes on with the clause's subject; the speaker's next act would be
    past ("and warned")."""
    if toks[b].lower != "and" or not _present_singular(toks[m].lower) or toks[m].cap:
        return False
    c = j - 1 if j > 0 and toks[j - 1].lower != "that" else j - 2
    if c < 0 or toks[c].lower not in PAST_CUES:
        return False
    return any(
        toks[r].is_word and not toks[r].cap and _present_singular(toks[r].lower)
        for r in range(j + 1, min(b, j + 30))
    )


# finite verbs of a reported clause under a past cue ("said it was considering …")
BACKSHIFTED_FINITE = {"was", "were", "had", "would", "could", "might", "did"}


def _pluperfect_conjunct_after_past_cue(toks, j: int, b: int, m: int) -> bool:
    """ "said it was considering legal action and had asked the city for …": after a past
    cue and a reported clause with a past verb of its own, "and had" + a participle is
    the backshifted clause going on (the speaker's own next act would be "and asked")."""
    if toks[b].lower != "and" or b + 1 >= m or toks[b + 1].lower != "had" or b + 2 != m:
        return False
    if toks[b - 1].text == ",":
        return False
    c = j - 1 if j > 0 and toks[j - 1].lower != "that" else j - 2
    if c < 0 or toks[c].lower not in PAST_CUES:
        return False
    return any(toks[r].lower in BACKSHIFTED_FINITE for r in range(j + 1, min(b, j + 12)))


def _relative_clause_conjunct(toks, j: int, b: int) -> bool:
    """ "a developer who lacks experience and has attacked the council": the "and" at b
    joins a second present verb to a relative clause opened inside the reported clause
    by a present verb, not the speaker's next act."""
    if toks[b].lower != "and" or b + 1 >= len(toks) or not _present_singular(toks[b + 1].lower):
        return False
    for r in range(b - 1, max(j, b - 12) - 1, -1):
        if toks[r].text == "," or not toks[r].is_word:
            return False
        if toks[r].lower in CONJUNCT_RELATIVES:
            return _present_singular(toks[r + 1].lower)
    return False


def _parallel_gerund(toks, j: int, m: int) -> bool:
    """ "suggested looking at the statement and asking yourself whether …": a clause that
    opens with a gerund takes a second gerund cue after "and" as its own conjunct."""
    first = toks[j]
    return (
        first.lower.endswith("ing")
        and not first.cap
        and not first.lower.endswith("thing")  # "said nothing and …"
        and first.lower not in lx.FUNCTION_WORDS
        and toks[m].lower.endswith("ing")
    )


def _comparative_as(toks, j: int, b: int) -> bool:
    """ "a firm as large as X claims to be", "not as cheap as the company says": the "as"
    at b closes a comparison opened by an "as" one or two words before (after j), so
    the source there is compared with, not a second act of speech ending the clause."""
    return toks[b].lower == "as" and any(
        toks[x].lower == "as" and all(toks[y].is_word for y in range(x + 1, b))
        for x in range(max(j, b - 3), b - 1)
    )


def _as_quantifier(toks, m: int) -> bool:
    """ "as many as 2,000 men", "as much as $5 million": "as" opens a number's phrase (the
    subject of the speaker's clause), not an adverbial clause."""
    return (
        toks[m].lower == "as"
        and m + 2 < len(toks)
        and toks[m + 1].lower in {"many", "much", "few", "little"}
        and toks[m + 2].lower == "as"
    )


def _connective(doc: Doc, a: int, p: int) -> bool:
    """Tokens a..p-1 are a sentence adverbial ("If anything", "In fact", "Of course")
    framing what is said, not a piece of it."""
    if p - a > 5:
        return False  # (the longest connective has five words)
    phrase = doc.text[doc.tokens[a].start : doc.tokens[p].start].strip().lower()
    return phrase.replace("’", "'") in lx.DISCOURSE_CONNECTIVES


def _fronted_setting(toks, a: int, p: int) -> bool:
    """Tokens a..p-1 are a short fronted place or time ("In Florida", "On Tuesday", "In
    Dover, Del.", "Over the last year"): the setting of the parenthetical's clause,
    nothing said on its own ("In Florida, Trump said, the race was close")."""
    if p - a > 5 or toks[a].lower not in ADVERBIAL_PREPOSITIONS:
        return False
    return all(
        t.text in {".", ","}
        or t.is_word
        and (t.cap or t.lower in TIME_ENDS or t.lower in {"the", "this", "last", "past"})
        for t in toks[a + 1 : p]
    )


ADJUNCT_PREPOSITIONS = ADVERBIAL_PREPOSITIONS | {"with", "by", "for", "per", "amid", "despite"}


def _own_speech_after(doc: Doc, m: int, se: int) -> bool:
    """ "A, Park said, though she added that B": a conjunction, a subject and a cue of
    their own follow the parenthetical cue (B is that cue's, not a piece of A's)."""
    toks = doc.tokens
    if m >= len(toks) or toks[m].lower not in {"but", "though", "although", "while", "and"}:
        return False
    return _subject_and_speech_at(doc, m + 1, se)


def _subject_and_speech_at(doc: Doc, m: int, se: int) -> bool:
    """Token m opens a short subject (a pronoun or up to three capitalised words) and a
    speech verb used as a cue: "she said", "Park later added"."""
    toks = doc.tokens
    x = m
    while x < len(toks) and x - m < 3 and toks[x].start < se:
        if toks[x].lower in lx.SUBJECT_PRONOUNS or toks[x].cap:
            x += 1
            continue
        break
    if x == m or x >= len(toks) or toks[x].start >= se:
        return False
    if toks[x].lower in {"also", "later"}:
        x += 1
    return x < len(toks) and toks[x].lower in lx.SPEECH_FORMS and cues.is_cue(doc, x)


ADJUNCT_NAMING_FORMS = {"called", "dubbed", "described", "termed", "hailed", "billed"}


def _verbless_adjunct(toks, m: int, se: int, tq=None) -> bool:
    """Tokens from m to the sentence end are a prepositional phrase with no verb ("in
    line with department policy", "on a conference call", "more than a week after the
    attack"): no words of the speaker's."""
    if m >= len(toks) or toks[m].lower not in ADJUNCT_PREPOSITIONS:
        return False
    if toks[m].lower == "in" and m + 1 < len(toks) and toks[m + 1].lower in {"what", "a", "an"}:
        # "…, sources said, in what would be the first penalty", "…, results showed, in a
        # boost for the prime minister a year after he lost …": the writer's framing
        return True
    x = m + 1
    # "…, the office said, at a summit both sides called a “new start”": an event the
    # adjunct names and a contact clause describing it (round 24)
    named_event = m + 2 < len(toks) and toks[m + 1].lower in {"a", "an", "the"}
    while x < len(toks) and toks[x].start < se:
        low = toks[x].lower
        if named_event and (
            (low in ADJUNCT_NAMING_FORMS and toks[x - 1].is_word) or (tq is not None and tq[x] >= 0)
        ):
            x += 1  # (and the name it gives, quoted: "called a “new start”")
            continue
        if (
            low in FINITE_AUX
            or low in lx.SUBJECT_PRONOUNS
            # (a cue word after a determiner is a noun: "after the attack")
            or (low in lx.CUE_FORMS and toks[x - 1].lower not in lx.DETERMINERS)
            or low in {"that", "which", "who"}
            or (low.endswith("ed") and toks[x].is_word)
        ):
            return False
        x += 1
    return x - m <= (16 if named_event else 12)


# the measure of a time distance: "more than a week after", "just two days before"
TIME_DISTANCE_WORDS = {
    "more", "less", "than", "a", "an", "just", "only", "about", "nearly", "almost", "some",
    "few", "several", "one", "two", "three", "four", "five", "six", "ten", "barely",
}  # fmt: skip
TIME_UNITS = {
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years",
}  # fmt: skip


def _after_time_distance(toks, m: int) -> int:
    """ "more than a week after the attack", "weeks before the harvest": the index of
    "after / before" when the words from m measure a time distance up to it; else m."""
    x = m
    while (
        x < len(toks)
        and x - m < 5
        and (toks[x].lower in TIME_DISTANCE_WORDS or toks[x].lower.isdigit())
    ):
        x += 1
    # (a bare plural unit measures too: "weeks before …")
    measured = (
        (x > m or toks[x].lower.endswith("s")) and x + 1 < len(toks) and toks[x].lower in TIME_UNITS
    )
    return x + 1 if measured and toks[x + 1].lower in {"after", "before"} else m


# "the third accident", "the latest setback", "the biggest drop": a rank that opens the
# writer's summary of the reported event
RANK_WORDS = {
    "first", "second", "third", "fourth", "fifth", "latest", "last", "biggest", "largest",
    "worst", "deadliest", "highest", "lowest", "sharpest", "steepest", "longest", "only",
}  # fmt: skip


def _ranking_appositive(toks, m: int, se: int) -> bool:
    """ "A ferry ran aground, the company said, the third accident in a year": a
    noun phrase opened by a rank after the parenthetical cue, with no verb to the
    sentence's end, sums the event up; it is no second piece of the speaker's words."""
    if m + 2 >= len(toks) or toks[m].lower not in {"the", "a", "its", "their"}:
        return False
    if toks[m + 1].lower not in RANK_WORDS:
        return False
    x = m + 2
    while x < len(toks) and toks[x].start < se:
        low = toks[x].lower
        if (
            low in FINITE_AUX
            or low in lx.SUBJECT_PRONOUNS
            or low in lx.CUE_FORMS
            or low in {"that", "which", "who"}
            or (low.endswith("ed") and toks[x].is_word and not _graded_participle(toks, x))
        ):
            return False
        x += 1
    return True


def _graded_participle(toks, x: int) -> bool:
    """ "most closely watched", "well funded": a participle after a degree adverb is an
    adjective, no verb."""
    before = toks[x - 1].lower
    return before.endswith("ly") or before in {"most", "more", "less", "least", "well", "best"}


TRAILING_ADVERBIAL_TOKENS = 11  # after a closing cue and a time phrase, before the end


# nouns of the occasion of words ("at a news conference that was …")
OCCASION_NOUNS = {"conference", "briefing", "call", "video", "message", "release", "hearing"}


def _medium_relative_that(toks, m: int) -> bool:
    """The "that" at m opens a relative on a medium noun ("in a statement that was
    posted online", "in an interview that aired Sunday"), not the reported clause."""
    if m < 1 or m + 1 >= len(toks):
        return False
    prev, nxt = toks[m - 1].lower, toks[m + 1]
    if prev not in PUBLICATION_NOUNS and prev not in OCCASION_NOUNS:
        return False
    if (
        not nxt.cap
        and nxt.lower.endswith("ed")
        and nxt.lower not in lx.CUE_FORMS
        and not _compound_adjective(nxt.lower)
    ):
        return True  # "in an interview that aired Sunday"
    after = toks[m + 2].lower if m + 2 < len(toks) else ""
    # "in a statement that was posted online" (not "that was the only option": a clause)
    return nxt.lower in {"was", "were", "is", "has", "had"} and (
        after.endswith(("ed", "en")) or after in {"been", "read", "sent", "made", "put"}
    )


# prefixes that leave a hyphenated "-ed" word a verb ("re-elected", "co-founded")
VERB_PREFIXES = {"re", "co", "pre", "de", "un", "mis", "over", "under", "out", "self"}


def _compound_adjective(low: str) -> bool:
    """ "red-crowned", "black-footed", "well-known": a hyphenated word whose first part is
    no verb prefix, an adjective before a noun (round 32: "said in a statement that
    red-crowned cranes are protected" reports the clause, no relative on "statement")."""
    first, hyphen, _ = low.partition("-")
    return bool(hyphen) and first not in VERB_PREFIXES


# nouns of where words were published or spoken ("wrote in a paper published in …")
PUBLICATION_NOUNS = {
    "paper", "study", "article", "journal", "letter", "statement", "interview", "report",
    "post", "essay", "column", "op-ed", "editorial", "filing", "memo", "speech",
    "bulletin", "update", "briefing", "notice",  # (round 25)
}  # fmt: skip
# a body's own medium, one modifier before it: "in its last bulletin of the night"
OWN_MEDIUM_OPENERS = {"its", "their", "his", "her"}


def _publication_phrase_at(toks, i: int) -> bool:
    """ "in the New England Journal of Medicine", "in a paper published in Nature", "in
    its last bulletin of the night": a medium opens at token i (a longer adverbial may
    follow a closing cue)."""
    if i + 2 >= len(toks) or toks[i].lower not in {"in", "to"}:
        return False
    if toks[i + 1].lower in OWN_MEDIUM_OPENERS:
        return toks[i + 2].lower in PUBLICATION_NOUNS or (
            i + 3 < len(toks) and toks[i + 3].lower in PUBLICATION_NOUNS
        )
    if toks[i + 1].lower not in {"the", "a", "an"}:
        return False
    nxt = toks[i + 2]
    return nxt.lower in PUBLICATION_NOUNS or (nxt.cap and nxt.is_word)


# words that open a clause inside a long trailing adverbial (no mere adverbial then)
CLAUSE_OPENERS_IN_TAIL = {
    "that", "which", "who", "whom", "whose", "where", "when", "because", "if", "while",
    "although", "though", "as", "so", "and", "but", "or",
}  # fmt: skip


def _occasion_phrase_at(toks, i: int) -> bool:
    """ "at a news conference", "during a briefing", "at Tuesday's hearing": an occasion of
    words opens at token i (a longer adverbial may follow a closing cue: "at a news
    conference at the command post Tuesday afternoon")."""
    if i + 2 >= len(toks) or toks[i].lower not in {"at", "during"}:
        return False
    j = i + 1
    if (
        toks[j].lower not in {"a", "an", "the"}
        and not toks[j].lower.endswith(("'s", "’s"))
        and not (j + 1 < len(toks) and toks[j + 1].text in {"'s", "’s"})
    ):
        return False  # (a determiner or a possessive: "at Tuesday's hearing")
    return any(toks[x].lower in OCCASION_NOUNS for x in range(j + 1, min(j + 4, len(toks))))


# documents a body speaks in ("said in a stock exchange filing on Monday", round 29; not
# resolve.DOCUMENT_NOUNS, the things that say)
STATEMENT_DOCUMENT_NOUNS = {"filing", "statement", "release", "notice", "announcement", "note"}


def _document_phrase_at(toks, i: int) -> bool:
    """ "in a stock exchange filing", "in a brief statement": the document a body spoke in
    opens at token i (an article, at most three lower-case words, its noun), so a longer
    adverbial may follow a closing cue ("said in a stock exchange filing on Monday")."""
    if i + 2 >= len(toks) or toks[i].lower != "in" or toks[i + 1].lower not in {"a", "an", "its"}:
        return False
    for x in range(i + 2, min(i + 6, len(toks))):
        if toks[x].lower in STATEMENT_DOCUMENT_NOUNS:
            return True
        if not toks[x].is_word or toks[x].cap:
            return False
    return False


def _time_phrase_at(toks, i: int) -> bool:
    """ "on Wednesday", "last week", "Tuesday": a time phrase opens at token i."""
    if i >= len(toks):
        return False
    if toks[i].lower in lx.WEEKDAYS or toks[i].lower in {"yesterday", "today", "tonight"}:
        return True
    return (
        i + 1 < len(toks)
        and toks[i].lower in {"on", "last", "this", "earlier", "late", "early"}
        and (toks[i + 1].lower in lx.WEEKDAYS or toks[i + 1].lower in TIME_ENDS)
    )


EVENT_TIME_PREPOSITIONS = {"after", "following", "before", "during"}
EVENT_DETERMINERS = {"the", "their", "a", "an", "his", "her", "its", "two", "three"}


def _event_phrase_at(toks, i: int) -> bool:
    """ "after their first talks", "following the meeting": an event as a time phrase
    opens at token i."""
    return (
        i + 1 < len(toks)
        and toks[i].lower in EVENT_TIME_PREPOSITIONS
        and toks[i + 1].lower in EVENT_DETERMINERS
    )


# punctuation that opens the phrase before a cue or a passive verb
PHRASE_BREAKS = {",", ";", ":"}


def _phrase_start(toks, b: int, ss: int, limit: int) -> int | None:
    """First token of the phrase ending at token b: back to a comma, semicolon or colon
    inside the sentence starting at ss; None when it is longer than limit tokens."""
    a = b
    while a - 1 >= 0 and toks[a - 1].start >= ss and toks[a - 1].text not in PHRASE_BREAKS:
        a -= 1
        if b - a > limit:
            return None
    return a


def _past_openers(toks, a: int, b: int) -> int:
    """Token a moved past the conjunctions and fronted openers that start a..b."""
    while a <= b and toks[a].lower in PHRASE_OPENERS:
        a += 1
    return a


def _and_new_clause(doc: Doc, m: int, se: int) -> bool:
    """Token m is an "and" or "but" opening a clause with its own subject ("…, the
    ministry said, and imports rose", "…, he said, but a few had left"), not the
    speaker's next act ("…, he said, and added that …", "and then left") nor another
    speaker's ("and she added …"). A thinking or finding verb
    is the speaker's content ("…, she said, and the firm expects to …", "and a 2019
    ruling found that …"): only a finite speech verb starts another's statement (not
    the noun "ruling")."""
    toks = doc.tokens
    if m + 2 >= len(toks) or toks[m].lower not in {"and", "but"} or toks[m + 2].start >= se:
        return False
    first = toks[m + 1]
    if not first.is_word or first.lower in ADVERBIAL_START or verb_like(first.lower):
        return False
    if first.lower.endswith("ly") or first.lower in FINITE_AUX or first.lower in SUBORDINATORS:
        return False
    return not any(
        toks[x].lower in lx.SPEECH_FORMS
        and not toks[x].lower.endswith("ing")
        and cues.is_cue(doc, x)
        for x in range(m + 1, min(m + 6, len(toks)))
        if toks[x].start < se
    )


APPOSITIVE_DETERMINERS = {"his", "her", "their", "its", "our", "my", "the"}
HEADLINE_LABELS = {"exclusive", "breaking", "update", "updated", "analysis", "factbox", "explainer"}
FRAME_PREPOSITIONS = {
    "according", "in", "on", "at", "after", "during", "since", "before", "despite", "amid",
    "under", "with", "without", "for", "by",
}  # fmt: skip


def _fronted_frame(toks, a: int, p: int) -> bool:
    """``According to X`` / ``In a statement on Monday`` before ``, Y verb``: a short
    prepositional frame of the sentence, not a reported clause."""
    if toks[a].lower in FRAME_PREPOSITIONS and _where_clause_frame(toks, a, p):
        return True  # "In Kansas, where growers grow a third of it, the pain is showing"
    if p - a > 8:
        return False
    if toks[a].lower == "as" and any(toks[i].lower == "by" for i in range(a + 1, min(a + 4, p))):
        return True  # "As first reported by The Washington Post, X warned …"
    if toks[a].lower not in FRAME_PREPOSITIONS:
        return False
    return not any(
        toks[i].lower in lx.CUE_FORMS or toks[i].lower in FINITE_AUX for i in range(a + 1, p)
    )


def _where_clause_frame(toks, a: int, p: int) -> bool:
    """A short place or time phrase, then ", where / when …" up to p (no other comma): a
    frame."""
    for k in range(a + 1, min(p, a + 6)):
        if toks[k].text == ",":
            where = k + 1 < p and toks[k + 1].lower in {"where", "when"}
            return where and all(toks[x].text != "," for x in range(k + 1, p))
        if toks[k].lower in lx.CUE_FORMS or toks[k].lower in FINITE_AUX:
            return False
    return False


def _described_subject(toks, a: int, p: int) -> bool:
    """``The operator`` / ``Its owner`` before ``, Name, said``: a short noun phrase
    (a determiner, then lower-case words) that the name set off by commas describes."""
    if p - a > 4 or p - a < 2 or not all(toks[i].is_word for i in range(a, p)):
        return False
    first = toks[a].lower
    if not (first in APPOSITIVE_DETERMINERS or first.endswith(("'s", "’s"))):
        return False
    return all(not toks[i].cap and toks[i].lower not in FINITE_AUX for i in range(a + 1, p))


def _appositive_head(toks, a: int, p: int) -> bool:
    """``Their father`` / ``The company's lawyer`` before ``, Name, …``: a short noun
    phrase ending in a kinship or title noun is the subject's appositive head."""
    if p - a > 4 or p - a < 2 or not all(toks[i].is_word for i in range(a, p)):
        return False
    first, last = toks[a].lower, toks[p - 1].lower
    return (
        (first in APPOSITIVE_DETERMINERS or first.endswith(("'s", "’s")))
        and not toks[p - 1].cap
        # (or a kind of body: "…, their union, Midwives Aotearoa, said")
        and (last in KINSHIP or last in lx.TITLE_HEADS or last in DESCRIBED_ORG_NOUNS)
    )


# Agentless passive attributions: "X is expected to …", "X was accused of …".
PASSIVE_CUES = {
    "expected": {"to"}, "accused": {"of"}, "blamed": {"for"}, "criticized": {"for"},
    "criticised": {"for"}, "thought": {"to"}, "believed": {"to"}, "rumored": {"to"},
    "alleged": {"to"}, "considered": {"to", ""}, "seen": {"as"}, "viewed": {"as"},
    "regarded": {"as"}, "described": {"as"}, "praised": {"for"}, "called": {""},
    "dubbed": {"", "as"}, "labeled": {"", "as"}, "labelled": {"", "as"}, "branded": {"", "as"},
    "hailed": {"as"}, "touted": {"as"}, "portrayed": {"as"}, "characterized": {"as"},
    "mentioned": {"as"}, "defined": {"as"}, "rated": {"as"}, "billed": {"as"},
    "implicated": {"in"}, "said": {"to"}, "reported": {"to"},
}  # fmt: skip
PASSIVE_BE = {"is", "are", "was", "were", "be", "been", "being"}
# labelling participles: negated ("was not labelled as an ad") nobody is said to speak
LABEL_PASSIVES = {"labeled", "labelled", "branded", "dubbed", "billed", "marked"}
# "X seems to …": an evidential; PolNeAR reports subject and complement, no source
SEEM_FORMS = {"seem", "seems", "seemed"}
# "The driver allegedly fled …": the adverb of "is alleged / reported to", read the same
EVIDENTIAL_ADVERBS = {"allegedly", "reportedly", "purportedly", "supposedly"}
PASSIVE_AUX = {
    "has", "have", "had", "could", "would", "will", "may", "might", "should", "can", "must",
    "not", "also", "often", "sometimes", "widely", "long", "still", "now", "generally",
    "never", "always", "ever", "just", "already", "n't", "do", "does", "did",
} | PASSIVE_BE  # fmt: skip


def _passive(ctx: Context, k: int) -> tuple[Candidate, Candidate] | None:
    """``Peacekeepers have been accused of hurting civilians``: two fragments, the
    subject and the complement, with no named source."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    low = toks[k].lower
    preps = PASSIVE_CUES.get(low) or ({"to"} if low in SEEM_FORMS else None)
    if low in EVIDENTIAL_ADVERBS:
        return _evidential_adverb(ctx, k)
    if preps is None or toks[k].cap or k < 1:
        return None
    be = k - 1
    if (
        be > 0
        and (
            toks[be].lower.endswith("ly")
            or toks[be].lower in {"also", "often", "long", "not", "never"}
        )
        and toks[be - 1].lower in PASSIVE_BE
    ):
        be -= 1  # "has been harshly criticized for", "was also dubbed", "is not thought to"
    if low not in SEEM_FORMS and toks[be].lower not in PASSIVE_BE:
        return None
    if low in LABEL_PASSIVES and toks[k - 1].lower in {"not", "never", "n't"}:
        return None  # "because the video was not labelled as an ad": a missing label, no words
    ss, se = ctx.sentence(toks[k].start)
    j = k + 1
    if j >= n or toks[j].start >= se or ctx.in_quote(j):
        return None
    if toks[j].lower in preps:
        start_tok = j if toks[j].lower == "to" else j + 1
    elif "" in preps and toks[j].lower in {"a", "an", "the"}:
        start_tok = j  # "is considered a threat"
    else:
        return None
    return _subject_and_complement(ctx, k, start_tok, (ss, se))


def _evidential_adverb(ctx: Context, k: int) -> tuple[Candidate, Candidate] | None:
    """``The driver allegedly fled the scene``: the subject and the verb phrase, source
    null (not "the allegedly stolen car", an adjective's adverb)."""
    toks = ctx.doc.tokens
    ss, se = ctx.sentence(toks[k].start)
    j = k + 1
    if (
        toks[k].cap
        or k < 1
        or j >= len(toks)
        or toks[j].start >= se
        or ctx.in_quote(j)
        or not (toks[j].is_word and verb_like(toks[j].lower) and not toks[j].cap)
        or toks[k - 1].lower in lx.DETERMINERS
        or toks[k - 1].lower in PREPOSITIONS
    ):
        return None
    return _subject_and_complement(ctx, k, j, (ss, se))


def _subject_and_complement(
    ctx: Context, k: int, start_tok: int, sentence: tuple[int, int]
) -> tuple[Candidate, Candidate] | None:
    """The two fragments of an agentless attribution at cue k: the complement from
    start_tok and the subject before the cue."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ss, se = sentence
    if start_tok >= n or toks[start_tok].start >= se or not toks[start_tok].is_word:
        return None
    # the subject: back over auxiliaries to the clause start (sentence or comma)
    b = k - 1
    while b >= 0 and toks[b].start >= ss and (toks[b].lower in PASSIVE_AUX or _ly_adverb(toks[b])):
        b -= 1
    head_end = b
    if b > 0 and toks[b].text == ")":
        # "a majority of Republican statements (52%) were rated as …"
        o = next((x for x in range(b - 1, max(-1, b - 8), -1) if toks[x].text == "("), None)
        if o is not None and o > 0 and toks[o].start >= ss:
            b = o - 1
    elif b > 0 and toks[b].text in {"—", "–"}:
        # "Mehmet Oz — surgeon and TV star — has been called a charlatan"
        o = next(
            (x for x in range(b - 1, max(-1, b - 14), -1) if toks[x].text == toks[b].text), None
        )
        if o is not None and o > 0 and toks[o].start >= ss and toks[o - 1].is_word:
            head_end = b - 1  # the appositive without its closing dash
            b = o - 1
    elif b > 1 and toks[b].text == "," and toks[b - 1].cap:
        # "Its governor, Philip Lowe, is said to be …": a name in apposition
        o = next((x for x in range(b - 1, max(-1, b - 6), -1) if toks[x].text == ","), None)
        if (
            o is not None
            and o > 0
            and toks[o].start >= ss
            and toks[o - 1].is_word
            and all(toks[x].cap or toks[x].text == "." for x in range(o + 1, b))
        ):
            head_end = b - 1
            b = o - 1
    if b < 0 or toks[b].start < ss or not toks[b].is_word:
        return None
    a = _phrase_start(toks, b, ss, 12)
    if a is None:
        return None
    a = _past_openers(toks, a, b)
    while a < b and not toks[a].is_word:
        a += 1  # 'a “growth zone,” which is defined as …': not the closing mark
    if toks[k].lower in EVIDENTIAL_ADVERBS:
        # "Officers came after the driver allegedly fled": the subordinate clause's subject
        a = next((x + 1 for x in range(b, a - 1, -1) if toks[x].lower in SUBORDINATORS), a)
    if toks[b].lower in {"and", "but", "or"}:
        return None  # "X has money and seems to …": a coordinated verb phrase
    if a < b and toks[b].lower in {"that", "which"} and toks[b - 1].is_word:
        a = head_end = b  # "under a gray sky that seemed to …": the relative is the subject
    elif a < b and toks[a].lower in {"where", "when"}:
        a += 1  # "Chile, where the reform is expected to …": the clause's own subject
    if a > b or any(ctx.in_quote(x) for x in range(a, b + 1)):
        return None
    if any(
        toks[x].lower in PASSIVE_BE
        or (
            toks[x].lower in lx.CUE_FORMS
            and not toks[x].lower.endswith("ing")
            and cues.is_cue(doc, x)  # not a noun: "the claims", "his remarks"
        )
        for x in range(a, b + 1)
    ):
        return None  # a clause, not a noun phrase ("the court ruling" is one)
    end = _content_end(ctx, start_tok, se)
    end = _fronted_clause_end(ctx, ss, k, start_tok, end)  # "Although X is thought to …, B"
    if a == b and toks[a].lower in NONRESTRICTIVE and a > 1 and toks[a - 1].text == ",":
        # "Torrance, who is widely seen as eyeing a run, has made …": the subject is the
        # antecedent, and the complement ends with the relative clause
        rel = _relative_passive(ctx, a, start_tok, end, ss)
        if rel is None:
            return None
        a, b, end = rel
        head_end = b
    if end - toks[start_tok].start < 3:
        return None
    para = doc.para_index(toks[k].start)
    main = Candidate(
        start=toks[start_tok].start,
        end=end,
        kind="indirect",
        sentence=(ss, se),
        para=para,
        cue=toks[k].text,
        cue_pos=toks[k].start,
        sieve="passive",
        confidence=0.5,
    )
    head = Candidate(
        start=toks[a].start,
        end=toks[max(b, head_end)].end,
        kind="indirect",
        sentence=(ss, se),
        para=para,
        cue=toks[k].text,
        cue_pos=toks[k].start,
        sieve="passive",
        confidence=0.5,
    )
    return main, head


def _relative_passive(
    ctx: Context, w: int, start_tok: int, end: int, ss: int
) -> tuple[int, int, int] | None:
    """For a passive cue in a non-restrictive relative clause opened by ``w`` (", who is
    seen as …,"): the antecedent's first and last tokens and the complement's end (the
    comma closing the clause), or None when no noun phrase precedes the comma."""
    toks = ctx.doc.tokens
    b = w - 2
    if b < 0 or toks[b].start < ss or not toks[b].is_word or ctx.in_quote(b):
        return None
    a = _phrase_start(toks, b, ss, 8)
    if a is None:
        return None
    a = _past_openers(toks, a, b)
    if a > b or not toks[a].cap:
        return None  # not a name or a sentence-opening noun phrase
    m = start_tok + 1
    while m < len(toks) and toks[m].start < end:
        if toks[m].text == "," and not ctx.in_quote(m):
            end = toks[m - 1].end
            break
        m += 1
    return a, b, end


def _quote_before_aside(ctx: Context, a: int, ss: int):
    """The quote closing at most two words before an aside ``, as X put it`` (token a:
    "as"): ``the “historic” deal, as he put it``; None when the aside follows a clause."""
    toks = ctx.doc.tokens
    if a < 2:
        return None
    x = a - 1
    if ctx.in_quote(x):  # '“The historic deal,” as …': the comma inside the quote
        q = ctx.quotes[ctx.tok_quote[x]]
        ok = q.start >= ss and ctx.doc.text[q.start : q.end].rstrip().endswith(",")
        return q if ok else None
    if toks[x].text != ",":
        return None
    words = 0
    x -= 1
    while x >= 0 and toks[x].start >= ss and not ctx.in_quote(x):
        if not toks[x].is_word or words >= 2:
            return None
        words += 1
        x -= 1
    if x < 0 or toks[x].start < ss:
        return None
    q = ctx.quotes[ctx.tok_quote[x]]
    return q if q.end - q.start < 60 else None


def _as_x_put_it(ctx: Context, k: int) -> Candidate | None:
    """``As the mayor put it, the city cannot wait`` / ``A, as she put it.``: the clause
    after the comma (or, closing the sentence, the one before) is the subject's."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    if k + 2 >= n or toks[k + 1].lower != "it":
        return None
    ss, se = ctx.sentence(toks[k].start)
    src = subject_before(doc, k, ss)
    if src is None:
        return None
    a = doc.tok_index_before(src.phrase_start)
    if a < 0 or toks[a].lower != "as" or toks[a].start < ss:
        c = k + 2
        while c < n and c - k <= 4 and toks[c].is_word and toks[c].lower.endswith("ly"):
            c += 1
        if c + 1 < n and toks[c].text == ":" and toks[c + 1].start < se:
            # "Kerr put it bluntly: the plan was “dead”": the words after the colon
            end = _content_end(ctx, c + 1, se)
            if end - toks[c + 1].start >= 3:
                return _reported(
                    ctx, k, src, (ss, se), start=toks[c + 1].start, end=end,
                    confidence=0.8, cue="put it",
                )  # fmt: skip
        return None
    quoted = _quote_before_aside(ctx, a, ss)
    if quoted is not None:
        # "hailed the “historic” deal, as he put it, while …", "“The historic deal,” as
        # Armand put it, still needs …": the aside credits the words just quoted
        aside = _reported(
            ctx, k, src, (ss, se), start=quoted.start, end=quoted.end, confidence=0.8,
            cue="put it",
        )  # fmt: skip
        if aside is not None:
            aside.extra["aside_quote"] = True
        return aside
    c = k + 2
    while c < n and c - k <= 6 and toks[c].is_word and toks[c].start < se:
        c += 1  # "as he put it in March,", "as she put it bluntly,"
    if c + 1 < n and toks[c].text == "," and toks[c + 1].start < se:
        if ctx.in_quote(c + 1) or not toks[c + 1].is_word:
            return None  # "as The New Yorker put it, “the operator.”": the quote sieves'
        start, end = toks[c + 1].start, _content_end(ctx, c + 1, se)
    elif a > 0 and toks[a - 1].text == "," and toks[a - 1].start > ss:
        start, end = ss, toks[a - 2].end  # "The plan is dead, as she put it."
    else:
        return None
    if end - start < 3:
        return None
    return _reported(ctx, k, src, (ss, se), start=start, end=end, confidence=0.8, cue="put it")


def _attach_pieces(ctx: Context, c: Candidate) -> None:
    """A clause holding a quote keeps its conjuncts after the quote ("… that A “…” and
    would B": B), reported on their own when the quote stands for the clause."""
    if not _quoted_inside(ctx, c.start, c.end):
        return
    pieces = _that_conjuncts(ctx, c.start, c.end)
    if len(pieces) == 2 and _quoted_inside(ctx, *pieces[1]):
        # "said A and found “…,” but had not boarded B": the quote's conjunct has a
        # conjunct of its own after the quote (round 31, heldout30)
        inner = _that_conjuncts(ctx, *pieces[1])
        if inner and _quoted_inside(ctx, *inner[0]):
            pieces[1:] = inner
    if pieces:
        c.extra["pieces"] = [
            Candidate(
                start=a,
                end=b,
                kind="indirect",
                sentence=c.sentence,
                para=c.para,
                source=c.source,
                cue=c.cue,
                cue_pos=c.cue_pos,
                sieve=c.sieve,
                confidence=c.confidence,
            )
            for a, b in pieces
        ]


def _quoted_as_saying(ctx: Context, k: int) -> Candidate | None:
    """``Ames was quoted as saying the plan was dead``: the subject of the passive said it."""
    doc = ctx.doc
    toks = doc.tokens
    if toks[k].lower not in lx.SPEECH_FORMS:
        return None
    q = k - 2 if toks[k - 2].lower == "quoted" else _quoted_by_medium(ctx, k)
    if q is None:
        return _quoted_object_as_saying(ctx, k)
    b = q - 1
    while b > 0 and toks[b].lower in PASSIVE_AUX:
        b -= 1
    if b == q - 1 or not any(toks[x].lower in PASSIVE_BE for x in range(b + 1, q)):
        return None
    return _passive_subject_said(ctx, k, b, ctx.sentence(toks[k].start))


def _quoted_by_medium(ctx: Context, k: int) -> int | None:
    """The token "quoted" of ``was quoted by the Danish daily Borsen as saying`` / ``was
    quoted in the Gazette as saying`` (k: "saying"): the medium between "quoted" and
    "as" is no one who spoke."""
    doc = ctx.doc
    toks = doc.tokens
    ss = ctx.sentence(toks[k].start)[0]
    v = k - 2
    while v > 1 and k - v <= 9 and toks[v].start >= ss and toks[v].lower not in {"by", "in"}:
        if not toks[v].is_word:
            return None  # (words only: "the regional daily Nordposten")
        v -= 1
    if v < 2 or toks[v].lower not in {"by", "in"} or toks[v - 1].lower != "quoted":
        return None
    return v - 1 if v < k - 2 else None


def _passive_subject_said(ctx: Context, k: int, b: int, sent: tuple[int, int]) -> Candidate | None:
    """The clause after the speech form at k, said by the subject that ends at token b (the
    passive's auxiliaries follow it): "was quoted as saying …", "can be heard saying …"."""
    ss, se = sent
    toks = ctx.doc.tokens
    src = subject_before(ctx.doc, b + 1, ss)
    j = _content_start(ctx, k, se)
    if src is None or j is None:
        return None
    end = _content_end(ctx, j, se)
    if end - toks[j].start < 3:
        return None
    return _reported(ctx, k, src, sent, start=toks[j].start, end=end, confidence=0.8)


# "was heard saying …", "can be seen telling …", "was caught on tape saying …": a passive
# of perception or recording whose subject is the one heard speaking
PERCEPTION_PARTICIPLES = {
    "heard", "overheard", "seen", "recorded", "filmed", "videotaped", "caught", "captured",
}  # fmt: skip
RECORDING_MEDIA = {"camera", "tape", "video", "film", "audio", "microphone", "mic"}
PERCEPTION_OR_MEDIUM = PERCEPTION_PARTICIPLES | RECORDING_MEDIA


def _perceived_saying(ctx: Context, k: int) -> Candidate | None:
    """``Ames can be heard saying the plan was dead``, ``was caught on tape telling a
    friend that …``: the subject of the perception passive said it."""
    doc = ctx.doc
    toks = doc.tokens
    if toks[k].lower not in lx.SPEECH_FORMS:
        return None
    p = k - 1
    if p > 2 and toks[p].lower in RECORDING_MEDIA and toks[p - 1].lower == "on":
        p -= 2  # "caught on camera saying"
    if toks[p].lower not in PERCEPTION_PARTICIPLES:
        return None
    b = p - 1
    while b > 0 and (toks[b].lower in PASSIVE_AUX or toks[b].lower in PASSIVE_BE):
        b -= 1
    if not any(toks[x].lower in PASSIVE_BE for x in range(b + 1, p)):
        return None
    sent = ctx.sentence(toks[k].start)
    if toks[b + 1].start <= sent[0]:
        return None
    return _passive_subject_said(ctx, k, b, sent)


QUOTE_VERB_FORMS = {"quoted", "quotes", "quote", "quoting"}


# words that end the object of "quoted" read back from "as saying": a clause of its own
OBJECT_CLAUSE_STOPS = {"that", "which", "who", "whom", "whose", "and", "but", "or", "as"}


def _quoted_object_as_saying(ctx: Context, k: int) -> Candidate | None:
    """``Tinson quoted Tavera as saying the offer was …``, ``The paper quoted a senior
    official as saying …``: the object of "quoted" said it, not the one who quotes."""
    doc = ctx.doc
    toks = doc.tokens
    ss, se = ctx.sentence(toks[k].start)
    v = k - 3
    # (the object with its appositive: "quoted Pak Song-chol, a vice director of the
    # North's Missile Administration, as saying")
    while v > 0 and k - v <= 18 and toks[v].start >= ss and toks[v].lower not in QUOTE_VERB_FORMS:
        if (
            not np_token_ok(doc, v)
            and toks[v].text != ","
            # "quoted Latvia's border guard chief, Gen. X,": a description's plain words
            and not (toks[v].is_word and toks[v].lower not in OBJECT_CLAUSE_STOPS)
        ):
            return None
        v -= 1
    if v < 1 or toks[v].lower not in QUOTE_VERB_FORMS or toks[v].start < ss:
        return None
    b = k - 3 if toks[k - 2].text == "," else k - 2
    comma = next((x for x in range(v + 1, b) if toks[x].text == ","), None)
    src = analyse_phrase(doc, v + 1, b if comma is None else comma - 1)
    if comma is not None and comma < b and (src is None or src.kind == "group"):
        # "quoted Lithuania's navy commander, Rear Adm. X, as saying": the description,
        # then the person it names (as "said Clinton's spokesman, Brian Fallon")
        name = analyse_phrase(doc, comma + 1, b)
        if name is not None and name.kind == "name":
            name.pre_role = (toks[v + 1].start, toks[comma - 1].end)
            src = name
    j = _content_start(ctx, k, se)
    if src is None or src.kind == "pronoun" or j is None:
        return None
    end = _content_end(ctx, j, se)
    if end - toks[j].start < 3:
        return None
    return _reported(ctx, k, src, (ss, se), start=toks[j].start, end=end, confidence=0.8)


IT_PASSIVE_ADVERBS = PASSIVE_AUX | {"later", "earlier", "first", "then", "since"}


IT_PASSIVE_ENDINGS = ("ed", "said", "known", "thought", "understood")


def _it_passive(ctx: Context, k: int) -> Candidate | None:
    """``It was announced on Monday that the plant would close``, ``It was later
    revealed that …``: the clause is reported by a source the writer does not name."""
    doc = ctx.doc
    toks = doc.tokens
    low = toks[k].lower
    if toks[k].cap or not low.endswith(IT_PASSIVE_ENDINGS) or k + 2 >= len(toks):
        return None
    b = k - 1
    while (
        b > 0
        and k - b <= 4
        and (toks[b].lower in IT_PASSIVE_ADVERBS or toks[b].lower.endswith("ly"))
    ):
        b -= 1
    if toks[b].lower != "it" or not any(toks[x].lower in PASSIVE_BE for x in range(b + 1, k)):
        return None
    ss, se = ctx.sentence(toks[k].start)
    if toks[b].start < ss or (
        b > 0 and toks[b - 1].start >= ss and not _opens_it_clause(toks[b - 1])
    ):
        return None  # "… made it known that": "it" is an object
    src = None
    agent = _passive_agent(doc, k + 1, se) if toks[k + 1].lower == "by" else None
    if agent is not None:
        # "It was alleged by the prosecution (during the trial) that A": the agent's
        src, c1 = agent
        if c1 >= len(toks):
            that = None  # the text ends after the agent
        else:
            that = c1 if toks[c1].lower == "that" else cues.listener_that(doc, c1)
    else:
        that = k + 1 if toks[k + 1].lower == "that" else cues.listener_that(doc, k + 1)
    if that is None and b > 0 and toks[b - 1].text == ",":
        return _it_passive_aside(ctx, b - 1, k, ss, se)
    if (
        that is None
        or that + 1 >= len(toks)  # (the text ends on "that")
        or toks[that + 1].start >= se
        or ctx.in_quote(that + 1)
    ):
        return None
    end = _content_end(ctx, that + 1, se)
    end = _fronted_clause_end(ctx, ss, k, that + 1, end)  # "When it was announced that A, B"
    if end - toks[that + 1].start < 3:
        return None
    return _reported(
        ctx, k, src, (ss, se), start=toks[that + 1].start, end=end, confidence=0.5, sieve="passive"
    )


def _it_passive_aside(ctx: Context, c: int, k: int, ss: int, se: int) -> Candidate | None:
    """``The union, it was reported on Friday, will strike``: the words around the aside
    (opening at comma c) are reported, source null: "will strike" with "The union" as its
    fragment; ``The union will strike, it was reported.``: the words before it."""
    doc = ctx.doc
    toks = doc.tokens
    m = k + 1
    while m < len(toks) and m - k <= 4 and toks[m].start < se and toks[m].lower in TIME_WORDS:
        m += 1  # "on Friday", "last week"
    first = doc.tok_index_at_or_after(ss)
    if c <= first or m >= len(toks) or any(tq >= 0 for tq in ctx.tok_quote[first:m]):
        return None
    if toks[first].lower in FRONTED_OPENERS or toks[first].lower in SUBORDINATE_START:
        return None  # "When the plant closed, it was announced.": a time, not the content
    head_end = toks[c - 1].end
    if toks[m].start >= se or toks[m].text in {".", "!", "?"}:
        return _reported(
            ctx, k, None, (ss, se), start=toks[first].start, end=head_end, confidence=0.5,
            sieve="passive",
        )  # fmt: skip
    if toks[m].text != "," or m + 1 >= len(toks) or toks[m + 1].start >= se:
        return None
    main = _reported(
        ctx, k, None, (ss, se), start=toks[m + 1].start, end=_content_end(ctx, m + 1, se),
        confidence=0.5, sieve="passive",
    )  # fmt: skip
    main.extra["head"] = _reported(
        ctx, k, None, (ss, se), start=toks[first].start, end=head_end, confidence=0.5,
        sieve="passive",
    )  # fmt: skip
    return main


def _opens_it_clause(t) -> bool:
    """A token before "it" that lets it be a clause's subject ("But it was …", "…, it
    was …", "When it was …"), not an object ("made it known") nor inside a reported
    clause ("said it was …")."""
    return not t.is_word or (t.lower in lx.FUNCTION_WORDS and t.lower not in lx.CUE_FORMS)


TOLD_PASSIVES = {"told", "informed", "assured"}


def _agentless_told(ctx: Context, k: int) -> Candidate | None:
    """``Fans were told the match had been postponed``: the listener is the subject, the
    clause is reported, by a source the writer does not name (null)."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ss, se = ctx.sentence(toks[k].start)
    j = k + 1
    if j + 1 >= n or toks[j].start >= se or ctx.in_quote(j) or toks[k - 1].start < ss:
        return None
    tj = toks[j]
    if tj.lower == "that":
        j += 1
    elif not (
        tj.lower in lx.SUBJECT_PRONOUNS
        or tj.lower in {"the", "a", "an", "his", "her", "their", "its", "there"}
        or (tj.cap and tj.is_word)
    ):
        return None  # "were told to leave", "was told by police": not a bare clause
    if toks[j].start >= se or ctx.in_quote(j) or not toks[j].is_word:
        return None
    end = _content_end(ctx, j, se)
    if end - toks[j].start < 3:
        return None
    return Candidate(
        start=toks[j].start,
        end=end,
        kind="indirect",
        sentence=(ss, se),
        para=doc.para_index(toks[k].start),
        cue=toks[k].text,
        cue_pos=toks[k].start,
        sieve="passive",
        confidence=0.5,
    )


# predicates that raise the subject of "to be <cue>ed" ("is likely to be decided")
RAISING_PREDICATES = {
    "likely", "unlikely", "expected", "set", "due", "certain", "sure", "bound", "poised",
    "slated", "scheduled", "yet",
}  # fmt: skip


def _raising_to(toks, b: int, ss: int) -> bool:
    """Token b is the "to" of "is likely to" / "are expected to" before a passive cue."""
    return (
        b >= 2
        and toks[b - 2].start >= ss
        and toks[b].lower == "to"
        and toks[b - 1].lower in RAISING_PREDICATES
        and toks[b - 2].lower in PASSIVE_BE
    )


def _agentive_passive(ctx: Context, k: int) -> Candidate | None:
    """``The plan was endorsed by the teachers union``: the agent is the source, the
    subject noun phrase the content."""
    doc = ctx.doc
    toks = doc.tokens
    ss, se = ctx.sentence(toks[k].start)
    b = k - 1
    while (
        b >= 0
        and toks[b].start >= ss
        and (
            toks[b].lower in {"first", "also", "widely", "publicly", "repeatedly", "not"}
            or toks[b].lower.endswith("ly")
        )
    ):
        b -= 1
    if b < 0 or toks[b].lower not in PASSIVE_BE:
        return None
    while b >= 0 and toks[b].start >= ss:
        if toks[b].lower in PASSIVE_AUX or (toks[b].lower.endswith("ly") and not toks[b].cap):
            b -= 1  # "will likely be decided by": the adverb belongs to the verb group
        elif _raising_to(toks, b, ss):
            b -= 3  # "is likely to be decided by": the subject is raised past "is likely to"
        else:
            break
    if _base(doc, k) in OBJECT_VERBS and b >= 0 and toks[b].text == ",":
        # "X, who admitted fraud, was told by Judge Y that A": the one addressed, with an
        # aside, is no content; only the clause after the agent is
        return _addressed_passive(ctx, k, (ss, se))
    if b < 0 or toks[b].start < ss or not toks[b].is_word:
        return None
    a = _phrase_start(toks, b, ss, 10)
    if a is None:
        return None
    if a < b and toks[a].lower in {"where", "when"}:
        a += 1  # "Chile, where the reform was opposed by …": the clause's own subject
    if any(
        ctx.in_quote(x)
        or (
            toks[x].lower in lx.CUE_FORMS
            and toks[x].lower not in lx.AMBIGUOUS_CUES
            and toks[x].lower not in BARE_NOUNISH
        )
        or (toks[x].lower in SAY_FINITE and cues.is_cue(doc, x))  # "Analysts say the race"
        for x in range(a, b + 1)
    ):
        return None  # a clause, not a noun phrase
    if toks[a].lower in SUBJECT_STARTERS and a == b:
        return None  # a bare pronoun: nothing reported
    if toks[b].lower in lx.CALLED_EVENTS and _base(doc, k) == "call":
        return None  # "The strike was called by the union": convened, not said
    agent = _passive_agent(doc, k + 1, se)
    if agent is None:
        return None
    src, c1 = agent
    if _base(doc, k) in OBJECT_VERBS:
        return _addressed_passive(ctx, k, (ss, se))
    return _reported(
        ctx,
        k,
        src,
        (ss, se),
        start=toks[a].start,
        end=toks[b].end,
        confidence=0.5,
    )


def _addressed_passive(ctx: Context, k: int, sentence: tuple[int, int]) -> Candidate | None:
    """ "Residents were warned by police to stay indoors", "X was told by Judge Y that A":
    the subject is the one addressed, not what was said; only the clause after the agent
    is content (the agent's), else None."""
    toks = ctx.doc.tokens
    ss, se = sentence
    agent = _passive_agent(ctx.doc, k + 1, se)
    if agent is None:
        return None
    src, c1 = agent
    if c1 + 1 < len(toks) and toks[c1 + 1].start < se and toks[c1].lower in {"to", "that"}:
        c = c1 + 1 if toks[c1].lower == "that" else c1
        return _reported(
            ctx, k, src, sentence, start=toks[c].start, end=_content_end(ctx, c, se),
            confidence=0.5,
        )  # fmt: skip
    return None


def _credit_naming_agent(ctx: Context, main: Candidate, head: Candidate) -> None:
    """ "X has been called a charlatan by fellow physicians (for …)": a naming passive's
    complement ends before "by", and its agent is the source of both statements (without
    one they stay agentless)."""
    doc = ctx.doc
    toks = doc.tokens
    x = doc.tok_index_at_or_after(main.start) + 1
    while x < len(toks) and toks[x].end <= main.end:
        if toks[x].lower == "by" and not ctx.in_quote(x):
            agent = _passive_agent(doc, x, main.sentence[1])
            if agent is not None:
                main.end = toks[x - 1].end
                main.source = head.source = agent[0]
            return
        x += 1


def _passive_agent(doc: Doc, by: int, se: int) -> tuple[Source, int] | None:
    """The agent after "by" (token ``by``): a noun phrase up to punctuation or a
    preposition, and the index of the token ending it."""
    toks = doc.tokens
    n = len(toks)
    c0 = c1 = by + 1
    while (
        c1 < n
        and toks[c1].start < se
        and (
            toks[c1].is_word
            # an abbreviation's dot inside the sentence ("by Sen. Ann Cole")
            or (
                toks[c1].text == "." and c1 + 1 < n and toks[c1 + 1].start < se and toks[c1 + 1].cap
            )
        )
        and c1 - c0 < 8
        and toks[c1].lower
        not in {"for", "as", "in", "on", "at", "after", "during", "and", "to", "that"}
    ):
        c1 += 1
    if c1 == c0:
        return None
    src = analyse_phrase(doc, c0, c1 - 1)
    if src is None or src.kind == "pronoun":
        return None
    if src.kind == "group" and c1 + 1 < n and toks[c1].text == ",":
        named = subject_after(doc, by, se)  # "by her son, Peter Ellis": the named person
        if named is not None and named.kind == "name":
            src = named
    return src, c1


# what may stand between a naming verb and its quoted complement ("hailed as a “…”")
QUOTED_COMPLEMENT_LEAD = {"as", "a", "an", "the"}


def _quoted_passive_by_as(ctx: Context, k: int) -> Candidate | None:
    """``The ruling was described by Lowell as “a clear message”``, ``was labelled by
    Labour as “…”``: the agent before "as" and a quoted complement after it; the quote is
    the agent's words (not the passive subject reported as the agent's)."""
    doc = ctx.doc
    toks = doc.tokens
    if not _after_passive_be(toks, k):
        return None
    ss, se = ctx.sentence(toks[k].start)
    agent = _passive_agent(doc, k + 1, se)
    if agent is None or agent[1] >= len(toks) or toks[agent[1]].lower != "as":
        return None
    quote = _quoted_complement(ctx, agent[1])
    if quote is None:
        return None
    return _reported(ctx, k, agent[0], (ss, se), start=quote.start, end=quote.end, confidence=0.6)


def _quoted_passive(ctx: Context, k: int) -> Candidate | None:
    """``The offer was branded “unacceptable” by the union``, ``dismissed as
    “scaremongering” by X``: the quoted complement of a passive naming verb is the
    agent's words (the quote, which the agent's attribution then reaches)."""
    doc = ctx.doc
    toks = doc.tokens
    if not _after_passive_be(toks, k):
        return None
    quote = _quoted_complement(ctx, k)
    if quote is None:
        return None
    by = doc.tok_index_at_or_after(quote.close_end)
    if by >= len(toks) or toks[by].lower != "by":
        return None
    ss, se = ctx.sentence(toks[k].start)
    agent = _passive_agent(doc, by, se)
    if agent is None:
        return None
    return _reported(ctx, k, agent[0], (ss, se), start=quote.start, end=quote.end, confidence=0.6)


def _after_passive_be(toks, k: int) -> bool:
    """The verb at k follows a form of "be" (adverbs between): "was (widely) branded"."""
    b = k - 1
    while b > 0 and (toks[b].lower.endswith("ly") or toks[b].lower in {"also", "widely"}):
        b -= 1
    return b >= 1 and toks[b].lower in PASSIVE_BE


def _quoted_complement(ctx: Context, j: int) -> QuoteSpan | None:
    """The quote a naming verb or "as" at token j takes as its complement, up to three
    of "as" / an article between ("branded “…”", "hailed as a “…”"), else None."""
    toks = ctx.doc.tokens
    n = len(toks)
    q = j + 1
    while q < n and q - j <= 3 and toks[q].lower in QUOTED_COMPLEMENT_LEAD:
        q += 1
    if q >= n or not ctx.in_quote(q):
        return None
    return ctx.quotes[ctx.tok_quote[q]]


def _headline_title_subject(doc: Doc, src: Source) -> bool:
    """ "Minister vows ‘no return to austerity’", "PM pledges …": a bare title opening a
    headline (in sentence case too) is its subject, the -s form after it a verb."""
    return (
        src.start == doc.para_start(src.start)
        and headline_like(doc.text, doc.para_starts, src.start)
        and " " not in src.text
        and src.text.lower() in lx.TITLE_HEADS
    )


def _determined_document(src: Source, toks, k: int) -> bool:
    """ "The lawsuit claims …", "the new complaint charges …", "The policy notes that
    …": a determined singular document noun (two modifiers at most) before an -s cue
    that takes a clause (a "that", or "claims" / "charges") or a request ("The motion
    calls on the council to …") is that verb's subject (not "The plan answers none of the
    questions", "The site reports the weather")."""
    low = toks[k].lower
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    words = src.text.lower().split()
    return (
        low.endswith("s")
        and 2 <= len(words) <= 4
        and words[0] in {"the", "a", "an", "this", "that"}
        and words[-1] in lx.STATING_DOCUMENTS
        and (
            nxt == "that"
            or lx.CUE_FORMS.get(low) in {"claim", "charge"}
            or (lx.CUE_FORMS.get(low) == "call" and nxt in {"on", "for"})
        )
    )


def _comment_relative(phrase: str) -> bool:
    """ "a point her rivals", "the figure critics": a noun of comment and the subject of a
    relative clause without "that" (the cue's object is the noun, not a clause)."""
    words = phrase.lower().split()
    return (
        len(words) > 2
        and words[0] in {"a", "an", "the"}
        and words[1] in COMMENT_NOUNS
        and words[2] not in {"from", "by"}  # "A statement from X said": its author
    )


# the article naming itself ("this story", "an earlier version of this article")
SELF_REFERENCE_RE = re.compile(r"\bthis (?:story|article)\b", re.IGNORECASE)


def _writes_for_outlet(doc: Doc, k: int, end: int) -> bool:
    """``writes about politics for the Tribune``: a present-tense "writes about / on X"
    ending "for (the) Outlet" says what someone's job is, not what they wrote."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k + 1].lower not in {"about", "on"}:
        return False
    e = doc.tok_index_at_or_after(end) - 1
    m = e
    while m > k and toks[m].cap:
        m -= 1
    if m < e and toks[m].lower == "the":
        m -= 1
    return m < e and toks[m].lower == "for"


WH_WORDS = {"what", "which", "whom", "how"}
RELATIVE_OPENERS = WH_WORDS | {"that", "who", "where"}  # ("who police said was armed")


def _that_relative(doc: Doc, w: int, k: int) -> bool:
    """ "a plan that they said would create jobs": "that" after a noun (not a verb of
    saying: "said that he said …"), and a finite verb right after the cue k (the
    relative clause's subject is the noun)."""
    toks = doc.tokens
    if w < 1 or k + 1 >= len(toks):
        return False
    noun = toks[w - 1]
    if not noun.is_word or noun.lower in lx.FUNCTION_WORDS or cues.is_cue(doc, w - 1):
        return False
    return toks[k + 1].lower in FINITE_AUX


def _cue_subject(doc: Doc, k: int, ci: int, lo: int) -> Source | None:
    """subject_before(doc, ci, lo) while find_reported reads cue k: _wh_fragment (or a
    headline or colon reading) and then the subject search ask it for the same cue and
    sentence; the second gets the first's answer (the look-up reads only the document: a
    second call would build an equal Source).  A one-entry memo for the cue being read:
    within one cue at most one candidate takes the subject (each reading that makes one
    moves on to the next cue), so no Source is shared that was not before."""
    last = doc.memo.get("cue subject")
    if last is not None and last[0] == k and last[1] == ci and last[2] == lo:
        return last[3]
    src = subject_before(doc, ci, lo)
    doc.memo["cue subject"] = (k, ci, lo, src)
    return src


# belief verbs whose "what X thought was Y" names what was taken for what, no words
PERCEPTION_BELIEFS = {"thought", "believed", "assumed", "figured", "guessed", "imagined"}


def _wh_fragment(ctx: Context, k: int, ss: int, se: int):
    """``what Trump says his plan would do`` / ``which he said were at his side``:
    the cue sits inside a relative clause; PolNeAR splits the content around it.
    Returns (source, content span or None when no words are given, relative word)."""
    doc = ctx.doc
    tq = ctx.tok_quote  # (ctx.in_quote without a method call)
    toks = doc.tokens
    n = len(toks)
    if k + 1 >= n or toks[k + 1].start >= se or tq[k + 1] >= 0 or not toks[k + 1].is_word:
        return None
    if k > 2 and toks[k - 3].start >= ss and _contact_relative(toks, tq, k - 2, k):
        # "…, money she said should have gone to the schools": a relative clause with no
        # relative word on an appositive noun; the words after the cue are the speaker's
        src = _cue_subject(doc, k, k, ss)
        end = _content_end(ctx, k + 1, se)
        if src is None or end - toks[k + 1].start < 3:
            return None
        return src, (toks[k + 1].start, end), None
    # cheap exact pre-check before the subject search: the relative word w lies before
    # the cue (the subject does) and inside the sentence, so the last WH token before
    # the cue must start at or after ss (per-document index of WH tokens, bisect)
    whs = doc.memo.get("wh_tokens")
    if whs is None:
        hits = map(RELATIVE_OPENERS.__contains__, doc.lowers)  # C-level pass
        whs = doc.memo["wh_tokens"] = list(compress(range(len(toks)), hits))
    i = bisect.bisect_left(whs, k) - 1
    if i < 0 or toks[whs[i]].start < ss:
        return None
    if toks[whs[i]].lower == "that" and toks[k + 1].lower not in FINITE_AUX:
        return None  # (a relative "that" needs its verb right after the cue: _that_relative)
    src = _cue_subject(doc, k, k, ss)
    if src is None or src.loose:
        return None
    w = doc.tok_index_before(src.phrase_start)
    x = w
    while (
        w - x < 2
        and x > 0
        and toks[x].start >= ss
        and toks[x].is_word
        and not toks[x].cap
        and toks[x].lower not in WH_WORDS
        and toks[x].lower not in lx.FUNCTION_WORDS
        and toks[x].lower not in lx.CUE_FORMS
        and toks[x].lower not in FINITE_AUX
    ):
        x -= 1  # "which state news media claimed": modifiers the subject reader left out
    if x != w and toks[x].lower in WH_WORDS:
        w = x
    if w < 0 or toks[w].start < ss or toks[w].lower not in RELATIVE_OPENERS or tq[w] >= 0:
        return None
    if toks[w].lower == "that" and not _that_relative(doc, w, k):
        return None  # "said that he said …": a complementizer
    if w > 0 and toks[w - 1].lower in {"in", "on", "at", "during", "by", "with", "for", "of"}:
        return None  # "an interview in which he said …": the setting, not the content
    if toks[w].lower == "what" and toks[k].lower in PERCEPTION_BELIEFS:
        return src, None, None  # "after hearing what she thought were fireworks": a belief
    b0 = k + 1
    if toks[b0].lower == "that":
        b0 += 1
    after = _after_wh_subject(toks, w, b0, ss, se)
    if after is None:
        return src, None, None  # "What he said next surprised everyone": no words given
    b0 = after
    if b0 >= n or toks[b0].start >= se or toks[b0].lower in PREPOSITIONS - {
        "is", "was", "were", "are", "would", "will", "could", "should", "can", "had", "has",
        "have", "did", "does",
    }:  # fmt: skip
        return None
    if w > 0 and toks[w - 1].text == "," and _time_then_comma(toks, b0, se):
        return src, None, None  # "…, which the ministry announced late Monday, takes …"
    end = _content_end(ctx, b0, se)
    if w > 0 and toks[w - 1].text == ",":
        end = _relative_clause_end(ctx, toks[b0].start, end)  # "…, which critics say is
        # too costly, passed": the main verb after the closing comma
    elif toks[w].lower in {"who", "which"}:
        end = _before_main_verb(ctx, b0, end)  # "The man who police said was armed fled"
    if end - toks[b0].start < 3:
        return None
    if toks[w].lower == "where":
        return src, (toks[b0].start, end), None  # (a place's "where": no words of its own)
    return src, (toks[b0].start, end), (toks[w].start, toks[w].end)


def _contact_relative(toks, tq, w: int, k: int) -> bool:
    """``…, money she said should have gone to …``: the noun w opens an appositive after a
    comma, a subject pronoun and the cue k follow it, and the cue is followed by a modal or
    finite auxiliary (the relative clause's own verb, its subject the noun)."""
    if w + 2 != k or toks[w + 1].lower not in {"he", "she", "they"} or k + 1 >= len(toks):
        return False
    t = toks[w]
    return (
        t.is_word
        and not t.cap
        and tq[w] < 0
        and t.lower not in lx.FUNCTION_WORDS
        and t.lower not in lx.CUE_FORMS
        and t.lower not in FINITE_AUX
        and toks[w - 1].text == ","
        and (toks[k + 1].lower in MODAL_VP or toks[k + 1].lower in {"was", "were", "had"})
    )


def _after_wh_subject(toks, w: int, b0: int, ss: int, se: int) -> int | None:
    """Where the content starts when the "what X said" at sentence start (w) is the
    subject of the main verb: after "was (that)" ("What the senators said was that B"
    → B); None before another verb ("What he said next surprised everyone")."""
    first = w - 1 if w > 0 and toks[w - 1].lower in {"but", "and", "yet", "so"} else w
    if toks[w].lower != "what" or (first > 0 and toks[first - 1].start >= ss):
        return b0  # inside a sentence: "repeated what Trump says his plan would do"
    m = b0
    while m < len(toks) and toks[m].lower in WH_SUBJECT_ADVERBS:
        m += 1
    if m >= len(toks) or toks[m].start >= se:
        return b0
    low = toks[m].lower
    if low in {"is", "was"}:
        return m + 2 if m + 2 < len(toks) and toks[m + 1].lower == "that" else m + 1
    if low in FINITE_AUX or low.endswith("ed") or low in IRREGULAR_PAST:
        return None
    return b0


# adverbs between "what X said" and the main verb ("What he said next surprised …")
WH_SUBJECT_ADVERBS = {"next", "then", "later", "afterward", "afterwards", "first", "today"}
NOUNISH_EXTRA = {"support", "plan", "plans", "show", "signal", "protest", "protests"}


# group nouns that are plural without an -s ("Police fear that …", "People believe …")
PLURAL_COLLECTIVES = {"police", "people", "men", "women"}


def _plural_head(src: Source) -> bool:
    """``Polls show``, ``critics claim``, ``Police fear``: a plural group noun really is
    a subject (its head before a complement: ``Farmers in Kellan County fear``)."""
    words = src.text.lower().split()
    for x in range(1, len(words)):
        if words[x] in GROUP_COMPLEMENT_PREPOSITIONS:
            words = words[:x]
            break
    w = words[-1] if words else ""
    return (
        w in EVIDENCE_NOUNS
        or w in PLURAL_COLLECTIVES
        or (len(words) == 1 and w in PLURAL_QUANTIFIERS)  # "some note that …", "many claim"
        or (w.endswith("s") and not w.endswith(("ss", "'s", "’s")) and w in lx.GROUP_NOUNS)
    )


# quantifiers standing alone for people, plural subjects ("But some note that …")
PLURAL_QUANTIFIERS = {"some", "many", "few", "several", "most", "both"}
EVIDENCE_CUES = {"show", "shows", "showed", "suggest", "suggests", "suggested", "indicate"}
# plural nouns of evidence that "show" / "suggest" (not nouns of saying)
EVIDENCE_NOUNS = {
    "polls", "surveys", "studies", "data", "figures", "records", "documents", "reports",
    "averages", "numbers", "statistics", "results", "findings", "estimates", "projections",
    "emails", "filings",
}  # fmt: skip


FRONTED_SKIP = lx.WEEKDAYS | lx.MONTHS | {
    "meanwhile", "however", "still", "yet", "now", "later", "earlier", "today", "yesterday",
    "separately", "instead", "also", "then", "afterward", "afterwards", "previously", "again",
}  # fmt: skip


MAIN_AUX = {"is", "are", "was", "were", "has", "have", "had"}


def _aux_subject(ctx: Context, k: int, ss: int) -> Source | None:
    """The subject before the main clause's auxiliary (``The committee is filing a
    complaint, claiming …``), for a participle the main-verb search left without one."""
    doc = ctx.doc
    toks = doc.tokens
    b = k - 1
    while b > 0 and toks[b].start >= ss and k - b <= 25:
        if (
            toks[b].lower in MAIN_AUX
            and not ctx.in_quote(b)
            and b + 1 < k
            and toks[b + 1].is_word
            and not toks[b + 1].cap
        ):
            src = subject_before(doc, b, ss)
            return src if src is not None and not src.loose else None
        b -= 1
    return None


# "…, particularly after X", "…, especially since X": the writer's adjunct to a clause
FOCUS_ADVERBS = {"particularly", "especially", "notably"}
ASIDE_SUBORDINATORS = {"after", "before", "while", "since", "despite", "without", "upon"}


def _subordinate_aside(ctx: Context, k: int, ss: int, end: int) -> tuple[Source, int] | None:
    """ "when Ortega, after railing against the toll, produced a budget": an -ing cue
    in an aside opened by a subordinator after the subject's comma reports up to the
    comma before the main verb, for that subject."""
    doc = ctx.doc
    toks = doc.tokens
    if (
        k < 3
        or not toks[k].lower.endswith("ing")
        or toks[k - 1].lower not in ASIDE_SUBORDINATORS
        or toks[k - 2].text != ","
    ):
        return None
    m = k + 2
    while m + 1 < len(toks) and toks[m + 1].start < end:
        nxt = toks[m + 1]
        if (
            toks[m].text == ","
            and nxt.is_word
            and not nxt.cap
            and (verb_like(nxt.lower) or nxt.lower in MAIN_AUX)
        ):
            src = subject_before(doc, k - 2, ss)
            return (src, toks[m - 1].end) if src is not None and not src.loose else None
        m += 1
    return None


def _aside_participle_end(ctx: Context, k: int, src: Source, ss: int, end: int) -> int:
    """``The senator, saying the bill was dead, walked out``: a participle set off
    between the sentence's subject and its verb reports up to the comma before that
    verb; so does one right after the subject with "that" (``Critics arguing that the
    law was unfair filed suit``: up to the main verb). After the main verb phrase it
    ends before the speaker's next act (``…, saying A, and went home``); anywhere else
    the clause end stands."""
    doc = ctx.doc
    toks = doc.tokens
    if not toks[k].lower.endswith("ing"):
        return end
    first = doc.tok_index_at_or_after(ss)
    if not comma_before(doc, k):
        if (
            src.kind == "group"
            and src.phrase_start == toks[first].start
            and toks[k - 1].end == src.phrase_end
            and toks[k + 1].lower == "that"
        ):
            return _before_main_verb(ctx, k + 1, end)
        return end
    next_act = _next_act_comma(toks, k + 2, end)
    if next_act is not None:
        return toks[next_act - 1].end
    if src.phrase_start > toks[first].start:
        return end
    between = range(doc.tok_index_at_or_after(src.phrase_end), k - 1)
    if any(toks[x].lower in MAIN_AUX for x in between) and not any(
        toks[x].text in {",", "—", "–", "("} for x in between
    ):
        # "Farmers were more cautious, saying that water, not seed prices, remained …": the
        # main verb comes before the participle, which is no aside before it
        return end
    m = doc.tok_index_before(end) - 1  # a comma before the clause's last token
    while m > k + 2:
        nxt = toks[m + 1]
        if (
            toks[m].text == ","
            and nxt.is_word
            and not nxt.cap
            and (verb_like(nxt.lower) or nxt.lower in MAIN_AUX)
        ):
            return toks[m - 1].end
        m -= 1
    return end


def _from_gerund_end(doc: Doc, k: int, j: int, end: int) -> int:
    """``went from saying the plan was dead to backing it``: the clause of a gerund cue
    after "from" ends before the range's "to" + gerund."""
    toks = doc.tokens
    if k < 1 or toks[k - 1].lower != "from" or not toks[k].lower.endswith("ing"):
        return end
    m = j + 1
    while m + 1 < len(toks) and toks[m + 1].start < end:
        if toks[m].lower == "to" and toks[m + 1].lower.endswith("ing"):
            return toks[m - 1].end
        m += 1
    return end


def _next_act_comma(toks, m: int, end: int) -> int | None:
    """The comma of ", and went home" (a past tense after ", and", no subject of its
    own) between token m and offset end: the speaker's next act, or None."""
    while m + 2 < len(toks) and toks[m + 2].start < end:
        verb = toks[m + 2]
        if (
            toks[m].text == ","
            and toks[m + 1].lower == "and"
            and not verb.cap
            and (verb.lower.endswith("ed") or verb.lower in IRREGULAR_PAST)
        ):
            return m
        m += 1
    return None


def _fronted_fragment(ctx: Context, src: Source, ss: int, k: int) -> tuple[int, int] | None:
    """``In law school and early in her career, she said professors …``: a fronted
    phrase of the reported clause before ``, SUBJECT said`` (cue token k)."""
    if src.kind not in {"pronoun", "name"}:
        return None
    doc = ctx.doc
    toks = doc.tokens
    s = doc.tok_index_at_or_after(src.phrase_end)
    if any(toks[i].lower == "and" for i in range(s, k)):
        return None  # "In the flooded district, X stood outside and said …": the first verb's
    p = doc.tok_index_before(src.phrase_start)
    if p < 1 or toks[p].text != "," or toks[p].start < ss:
        return None
    a = doc.tok_index_at_or_after(ss)
    if p - a < 4 or p - a > 20:
        return None
    if toks[a].lower in FRONTED_SKIP or toks[a].cap and toks[a].lower not in SENTENCE_PREPS:
        return None  # time adverbials and sentence subjects are the writer's
    if toks[a].lower == "as" and any(
        toks[i].lower.endswith("ed") or toks[i].lower in PAST_NARRATION for i in range(a + 1, p)
    ):
        return None  # "As he greeted guests, X said …": the scene, in the writer's past tense
    if toks[a].lower == "as" and toks[a + 1].lower in {"a", "an"}:
        return None  # "As a young clerk at a law firm, X said …": the speaker's role then
    if toks[a].lower == "in" and any(toks[i].lower in MEDIUM_NOUNS for i in range(a + 1, a + 4)):
        return None  # "In a post on Truth Social, Trump said …": the medium, not his words
    if (
        toks[a].lower in {"in", "at"}
        and toks[p - 1].lower in FRONTED_PLACE_NOUNS
        and all(toks[i].cap or toks[i].lower in {"the", "'s", "’s"} for i in range(a + 1, p - 1))
    ):
        return None  # "In Rome's Tor Pignattara district, X said …": where she lives (round 29)
    for i in range(a, p):
        if ctx.in_quote(i) or toks[i].text in {",", ";", ":"} or cues.is_cue(doc, i):
            return None
        if i > a and _prep_start(ctx, i, toks[p].start) is not None:
            return None  # "As Clinton talked about X, Trump …": her own cue, not his words
        if toks[i].lower in SETTING_WORDS:
            return None  # "In an interview last week, she said …": where and when she spoke
        if toks[i].lower in QUESTIONED_FORMS:
            return None  # "When pressed by reporters about how …, she said": the question
    return toks[a].start, toks[p].start


# a named place's noun closing a fronted "In …" phrase: the scene, not the speaker's words
FRONTED_PLACE_NOUNS = {
    "district", "neighbourhood", "neighborhood", "village", "town", "suburb", "area",
    "quarter", "region", "province", "county", "camp", "settlement", "township", "borough",
    "estate", "valley", "parish", "ward",
}  # fmt: skip


# a question put to the speaker in a fronted frame: not the speaker's words
QUESTIONED_FORMS = {"asked", "pressed", "questioned", "quizzed"}


SETTING_WORDS = lx.WEEKDAYS | lx.MONTHS | {
    "week", "month", "year", "weeks", "months", "years", "ago", "yesterday", "today",
    "interview", "essay", "statement", "speech", "op-ed", "article", "letter", "tweet",
    "appearance", "hearing", "meeting", "conference", "rally", "addition", "summit",
    "event", "visit", "trip", "address", "remarks", "session", "briefing", "debate",
    # documents and calls: "In a filing with the labor department, Zipp said …"
    "filing", "filings", "memo", "email", "note", "video", "call", "testimony", "podcast",
    "release", "submission",
}  # fmt: skip
SENTENCE_PREPS = {"in", "when", "if", "for", "with", "without", "to", "as", "by", "unless"}
PAST_NARRATION = {
    "was", "were", "had", "spoke", "left", "stood", "sat", "took", "made", "met", "went",
    "came", "began", "led", "ran", "gave", "held", "drove", "rode", "walked", "toured",
}  # fmt: skip


# Nouns of saying and believing that take a "that" clause: "Trump's claim that …".
CUE_NOUNS = {
    "claim", "assertion", "argument", "belief", "warning", "promise", "pledge", "suggestion",
    "insistence", "allegation", "accusation", "contention", "prediction", "assessment",
    "complaint", "denial", "admission", "acknowledgment", "acknowledgement", "announcement",
    "conclusion", "finding", "message", "theory", "view", "fear", "hope", "concern", "vow",
    "statement", "charge", "estimate", "recognition", "insinuation", "determination",
    "point", "case", "arguments", "assertions", "allegations", "accusations", "predictions",
    "warnings", "suggestions", "remark", "remarks", "comment", "comments", "declaration",
    "boast", "assurance", "assurances",
}  # fmt: skip
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# Nouns of saying with an infinitive: "her promise to …", "Obama's decision to …".
INFINITIVE_CUE_NOUNS = {
    "promise", "pledge", "vow", "threat", "threats", "offer", "demand", "request", "refusal",
    "decision", "determination", "promises", "pledges", "vows", "call", "calls",
}  # fmt: skip


# Nouns of saying with a prepositional object: "Trump's comments on the shooting".
PREP_NOUNS = {
    "comments": {"on", "about"}, "comment": {"on", "about"}, "remarks": {"on", "about"},
    "claims": {"about"}, "claim": {"about"}, "criticism": {"of"}, "call": {"for"},
    "calls": {"for"}, "views": {"on", "about"}, "warning": {"about", "of"},
    "warnings": {"about", "of"}, "attacks": {"on"}, "attack": {"on"},
    "complaints": {"about"}, "denial": {"of"}, "defense": {"of"}, "defence": {"of"},
    "endorsement": {"of"}, "praise": {"for", "of"}, "condemnation": {"of"},
}  # fmt: skip


def _prep_noun_start(ctx: Context, k: int) -> int | None:
    """Token index of the prepositional object after a noun of saying, or None."""
    toks = ctx.doc.tokens
    n = len(toks)
    preps = PREP_NOUNS[toks[k].lower]
    j = k + 1
    if j < n and (toks[j].lower in lx.WEEKDAYS or toks[j].lower in {"yesterday", "today"}):
        j += 1  # "comments Tuesday on"
    if j + 1 < n and toks[j].lower in preps and toks[j + 1].is_word and not ctx.in_quote(j + 1):
        if toks[j + 1].lower in lx.WEEKDAYS or toks[j + 1].lower in lx.MONTHS:
            return None  # "his remarks on Saturday": when, not what
        return j + 1
    return None


# Frequent irregular past tenses that end a subject noun phrase ("… drew criticism").
IRREGULAR_PAST = {
    "drew", "came", "went", "made", "took", "gave", "got", "led", "left", "put", "sent",
    "brought", "began", "became", "fell", "rose", "won", "lost", "met", "kept", "held", "ran",
    "stood", "spent", "struck", "fled", "sat", "saw", "wore", "paid",
}  # fmt: skip


NOUN_DETERMINERS = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these",
    "those",
}  # fmt: skip


def _np_end(ctx: Context, j: int, end: int) -> int:
    """End of a noun phrase starting at token j: before the clause's verb."""
    toks = ctx.doc.tokens
    first = toks[j]
    if first.is_word and not first.cap and len(first.lower) > 5 and first.lower.endswith("ing"):
        return end  # a gerund clause: "called for eliminating X, which …", "decided against Xing"
    m = j + 1
    n = len(toks)
    while m < n and toks[m].start < end:
        t = toks[m]
        if t.lower == "that" and toks[m - 1].lower in CUE_NOUNS:
            return end  # "the claim that the tax would …": the noun's own clause
        if not ctx.in_quote(m) and t.is_word and not t.cap:
            low = t.lower
            verb = low in FINITE_AUX or low in IRREGULAR_PAST or low in lx.CUE_FORMS
            prev = toks[m - 1]
            if verb and low not in FINITE_AUX and prev.lower in NOUN_DETERMINERS:
                verb = False  # "the claim", "his warning", "for the plan": a noun
            elif verb and prev.lower == "to" and low not in FINITE_AUX:
                verb = False  # "the case for the U.S. to accept refugees": an infinitive
            elif (
                verb
                and lx.CUE_FORMS.get(low) == low
                and prev.is_word
                and not prev.cap
                and not prev.lower.endswith("s")
                and prev.lower not in lx.FUNCTION_WORDS
            ):
                verb = False  # "the governor's budget plan": a base form after a singular noun
            if not verb and low.endswith("ed") and toks[m - 1].lower not in lx.DETERMINERS:
                verb = toks[m - 1].lower not in {"a", "an", "the", "his", "her", "their", "its"}
            if verb:
                last = m - 1
                if last > j and toks[last].lower in {"and", "or", "but"}:
                    last -= 1  # "took offense at the chants and walked off": a second verb
                e = toks[last].end
                text = ctx.doc.text
                while e > toks[j].start and (text[e - 1] in ",;:—–-" or text[e - 1].isspace()):
                    e -= 1
                return e
        m += 1
    return end


# Adjectives of certainty and attitude with a that-clause: "she is confident that …",
# "he made it clear that …".
ATTITUDE_ADJECTIVES = {
    "confident", "convinced", "sure", "certain", "adamant", "hopeful", "optimistic",
    "skeptical", "sceptical", "aware", "worried", "concerned", "afraid", "insistent",
    "clear", "positive", "doubtful", "fearful", "persuaded",
}  # fmt: skip
# attitude adjectives that also take a bare clause: "she was sure Trump would win"
BARE_CLAUSE_ADJECTIVES = {
    "sure", "convinced", "confident", "certain", "hopeful", "optimistic", "afraid", "positive",
}  # fmt: skip
BARE_SUBJECT_STARTS = {"the", "a", "an", "his", "her", "their", "its", "our"}


def _bare_clause_at(doc: Doc, j: int, se: int) -> bool:
    """Token j opens a clause without "that": a subject (a pronoun, a name, a determiner
    and up to three words) then a finite verb ("sure he would win", "convinced the
    dam will hold", not "confident despite …", "certain things")."""
    toks = doc.tokens
    n = len(toks)
    if j + 1 >= n or toks[j + 1].start >= se:
        return False
    first = toks[j]
    if first.lower in lx.SUBJECT_PRONOUNS:
        m = j + 1
    elif first.lower in BARE_SUBJECT_STARTS or (first.cap and first.is_word):
        m = j + 1 if first.cap else j + 2
    else:
        return False
    stop = min(n, j + 5)
    while m < stop and toks[m].start < se and toks[m].is_word:
        low = toks[m].lower
        if low in FINITE_AUX or low in IRREGULAR_PAST or low in SAY_FINITE:
            return True
        if low.endswith("ed") and not toks[m].cap:
            return True
        if low in PREPOSITIONS or low in SUBORDINATORS or first.lower in lx.SUBJECT_PRONOUNS:
            return False  # (a pronoun's verb comes right after it)
        m += 1
    return False


MAKE_FORMS = {"made", "make", "makes", "making"}
# "made it clear / known / plain that …": the subject's statement
MADE_IT_WORDS = {"clear", "known", "plain"}
# a subject right after these is in a question or a condition, not a statement
QUESTION_OPENERS = {"whether", "if"}
# What a reporter's question looks like ("Asked whether he was worried …, Ortiz said",
# "When pressed on the merger, …", "She wondered how …"): a verb of asking, then a word
# opening an indirect question. The question is nobody's statement: _asked_frame reports
# "Asked about X," under ASKED_SIEVE, and pipeline's checks of what was not said (its
# confidence cap, _indirect_not_said, is_non_answer) read the words and patterns below.
ASK_FORMS = {"asked", "asking", "ask", "asks"}
QUESTION_VERBS = ("asked", "asking", "ask", "asks", "wondered", "wondering")
QUESTION_WORDS = ("whether", "if", "how", "what", "why", "when", "who", "where")
WH_CLAUSE_STARTERS = {*QUESTION_WORDS, "which"}  # any wh-clause (not in the patterns)
QUESTION_FRAME_VERBS = {"asked", "pressed"}  # "Asked about …," / "When pressed on …,"
ASKED_SIEVE = "asked"  # the sieve name of a question put to the speaker (_asked_frame)
_QUESTION_AFTER_VERB = r"\s+(?:[\w.'’-]+\s+){0,4}?(?:" + "|".join(QUESTION_WORDS) + r")\b"
# "Asked whether …" opening a clause: the question itself
ASKED_QUESTION_RE = re.compile(r"(?:When\s+)?Asked" + _QUESTION_AFTER_VERB)
# "Asked whether he was worried about the levee, …": a cue inside a question put to
# someone (the question is nobody's statement; "Asked about X" is kept, capped)
QUESTION_CLAUSE_RE = re.compile(
    r"\b(?:" + "|".join(QUESTION_VERBS) + ")" + _QUESTION_AFTER_VERB + r"[^,;:.?!\"“”]*\Z",
    re.IGNORECASE,
)
# Attitude adjectives with a prepositional object: "she is critical of the plan".
ATTITUDE_PREP_ADJECTIVES = {
    "worried": {"about"}, "concerned": {"about"}, "skeptical": {"of", "about"},
    "sceptical": {"of", "about"}, "critical": {"of"}, "coy": {"about"}, "silent": {"on"},
    "vague": {"about", "on"}, "optimistic": {"about"}, "pessimistic": {"about"},
    "upset": {"about", "over", "with"}, "angry": {"about", "over", "at"},
    "furious": {"about", "over", "at"}, "frustrated": {"with", "by"}, "supportive": {"of"},
    "dismissive": {"of"}, "wary": {"of"}, "enthusiastic": {"about"}, "adamant": {"about"},
    "unhappy": {"with", "about"}, "confident": {"about", "in"}, "proud": {"of"},
    # an intention with its infinitive: "she is determined to run again"
    "determined": {"to"}, "eager": {"to"}, "keen": {"to"}, "reluctant": {"to"},
    "willing": {"to"}, "unwilling": {"to"}, "loath": {"to"},
}  # fmt: skip


# "In the latest poll, Clinton leads …": a document as the frame of a sentence.
FRAME_DOCUMENTS = {
    "poll", "polls", "survey", "study", "report", "analysis", "letter", "memo", "filing",
    "op-ed", "column", "ruling", "opinion", "lawsuit", "complaint", "indictment",
}  # fmt: skip


def _in_document(ctx: Context, k: int) -> Candidate | None:
    """``In this poll, Trump rose …``: the clause after the frame is the document's."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ss, se = ctx.sentence(toks[k].start)
    if toks[k].start != ss or ctx.in_quote(k):
        return None
    m = k + 1
    head = -1
    while m < n and m - k <= 12 and toks[m].start < se and toks[m].text != ",":
        if toks[m].lower in FRAME_DOCUMENTS:
            head = m
        m += 1
    if head < 0 or m >= n or toks[m].text != "," or head != m - 1 and toks[head + 1].lower != "by":
        return None
    if m + 1 < n and (
        toks[m + 1].lower.endswith("ed") and not toks[m + 1].cap or toks[m + 1].lower == "which"
    ):
        # "In the last poll, conducted in May, …", "In the memo, which was obtained by X,
        # …": skip the participial or relative aside
        q = m + 1
        while q < n and q - m < 12 and toks[q].start < se and toks[q].text != ",":
            q += 1
        if q >= n or toks[q].text != ",":
            return None
        m = q
    j = m + 1
    if j >= n or toks[j].start >= se or not toks[j].is_word:
        return None
    end = _content_end(ctx, j, se)
    for x in range(j, n):
        if toks[x].start >= end:
            break
        if (
            toks[x].is_word
            and not toks[x].cap
            and toks[x].lower in lx.CUE_FORMS
            and toks[x].lower not in lx.AMBIGUOUS_CUES
            and cues.is_cue(doc, x)
        ):
            return None  # "In a letter, she wrote …": the verb's own statement
    if end - toks[j].start < 12:
        return None
    a = k + 1
    src = Source("group", toks[a].start, toks[head].end, doc.text[toks[a].start : toks[head].end],
                 toks[a].start, toks[head].end)  # fmt: skip
    return _reported(
        ctx,
        k,
        src,
        (ss, se),
        start=toks[j].start,
        end=end,
        confidence=0.5,
    )


# the nouns of a view credited to its holder ("In Pell's view,", "In the opinion of X,")
VIEW_NOUNS = {"view", "opinion", "estimation", "judgment", "judgement"}


def _in_view(ctx: Context, k: int) -> Candidate | None:
    """``In Pell's view, the rise will hurt …`` / ``In the view of analysts, …`` opening
    a sentence: the clause after the comma is the view's holder's statement."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ss, se = ctx.sentence(toks[k].start)
    if toks[k].start not in {ss, past_dateline(ctx, ss)} or ctx.in_quote(k) or k + 4 >= n:
        return None
    if toks[k + 1].lower == "the" and toks[k + 2].lower in VIEW_NOUNS and toks[k + 3].lower == "of":
        found = _according(ctx, k + 2, ss, se)  # read as "According to X, A"
        if found is None:
            return None
        start, end, src = found
    else:
        # a name's possessive, at most five words: "Marcus Pell's", "Prentiss'"
        v = k + 1
        while v < n and v - k <= 5 and toks[v].cap and toks[v].lower not in VIEW_NOUNS:
            v += 1
        holder_end = v - 1
        if v + 3 >= n or holder_end == k:
            return None
        if toks[v].text in {"'", "’"} and toks[v - 1].lower.endswith("s"):
            v += 1  # "Prentiss' view"
        elif not toks[v - 1].lower.endswith(("'s", "’s")):
            return None
        if v + 2 >= n or toks[v].lower not in VIEW_NOUNS or toks[v + 1].text != ",":
            return None
        holder = analyse_phrase(doc, k + 1, holder_end)
        if holder is None or holder.kind not in {"name", "org"}:
            return None
        src = holder
        j = v + 2
        if toks[j].start >= se or not toks[j].is_word:
            return None
        start, end = toks[j].start, _content_end(ctx, j, se)
    if end - start < 12:
        return None
    cue = doc.text[toks[k].start : doc.tokens[doc.tok_index_before(start) - 1].end]
    return _reported(ctx, k, src, (ss, se), start=start, end=end, confidence=0.8, cue=cue)


# words between a subject and the verb of an adjective or light-verb cue ("has also
# been", "would not be", "had never made") and subjects that say nothing ("it is clear")
VERB_GROUP_WORDS = FINITE_AUX | {"been", "be", "also", "not", "never", "still"}
EXPLETIVE_SUBJECTS = {"it", "this", "that", "there", "what", "which"}


def _verb_group_subject(doc: Doc, v: int, ss: int) -> Source | None:
    """The subject of the verb at token v, read before its auxiliaries (>= ss); None for
    an expletive or none."""
    toks = doc.tokens
    while v > 0 and toks[v - 1].lower in VERB_GROUP_WORDS:
        v -= 1
    if v <= 0 or toks[v].start <= ss:
        return None
    src = subject_before(doc, v, ss)
    return None if src is None or src.text.lower() in EXPLETIVE_SUBJECTS else src


# verbs that link a subject to its attitude like "be": "remained / came away convinced that"
ATTITUDE_LINKS = {
    "remain", "remains", "remained", "became", "become", "becomes", "grew", "grow", "grows",
    "stayed", "stay", "stays",
}  # fmt: skip
AWAY_VERBS = {"came", "come", "comes", "walked", "walk", "walks", "went"}


def _conjunct_link_subject(ctx: Context, v: int, ss: int) -> Source | None:
    """ "X met the envoys and came away convinced that …", "… but remained certain
    that": a linking verb coordinated after a first verb shares that verb's subject."""
    toks = ctx.doc.tokens
    if v < 2 or toks[v - 1].lower not in {"and", "but"} or toks[v - 1].start <= ss:
        return None
    src = clause_subject(ctx, v, ss, None)
    if src is None or src.loose or src.text.lower() in EXPLETIVE_SUBJECTS:
        return None
    return src


def _adjective_cue(ctx: Context, k: int) -> Candidate | None:
    doc = ctx.doc
    toks = doc.tokens
    if ctx.in_quote(k):
        return None
    ss, se = ctx.sentence(toks[k].start)
    v = k - 1
    if toks[v].lower.endswith("ly") or toks[v].lower in {"very", "so", "quite", "also", "not"}:
        v -= 1
    if toks[k].lower in MADE_IT_WORDS and toks[v].lower == "it" and v > 0:
        v -= 1  # "made it clear that"
    if toks[v].lower in MAKE_FORMS and toks[k].lower not in MADE_IT_WORDS:
        return None  # "made sure that": an action
    if toks[v].lower == "away" and toks[v - 1].lower in AWAY_VERBS:
        v -= 1  # "came away convinced that"
    elif not (
        toks[v].lower in lx.BE_FORMS
        or toks[v].lower in MAKE_FORMS
        or toks[v].lower in ATTITUDE_LINKS
    ):
        return None
    src = _verb_group_subject(doc, v, ss)  # (None for "it is clear that …")
    if src is None:
        src = _conjunct_link_subject(ctx, v, ss)
    if src is None:
        return None
    bare = toks[k + 1].lower in lx.SUBJECT_PRONOUNS or (  # "made it clear he had …"
        toks[k].lower in BARE_CLAUSE_ADJECTIVES and _bare_clause_at(doc, k + 1, se)
    )  # "was sure the dam would hold"
    infinitive = toks[k + 1].lower == "to"  # "determined to run": the span keeps "to"
    if infinitive and (toks[k + 2].cap or toks[k + 2].lower in lx.DETERMINERS):
        return None  # "keen to the idea", "willing to Mr. X": no verb follows
    j = k + 1 if bare or infinitive else k + 2
    if toks[j].start >= se or not toks[j].is_word or ctx.in_quote(j):
        return None
    end = _content_end(ctx, j, se)
    if (
        not bare
        and not infinitive
        and toks[k + 1].lower != "that"
        and toks[j].lower not in WH_CLAUSE_STARTERS
    ):
        end = _object_end(ctx, j, _np_end(ctx, j, end))  # "worried about the deficit"
    if end - toks[j].start < 3 or (infinitive and (k + 3 >= len(toks) or end <= toks[k + 3].start)):
        return None  # (nor a bare "willing to walk": too little to report)
    return _reported(
        ctx,
        k,
        src,
        (ss, se),
        start=toks[j].start,
        end=end,
        confidence=0.6,
    )


# Light-verb phrases of saying: verb + (determiner/adjective) + noun + preposition, the
# prepositional object reported ("made little secret of X", "has no illusions about X",
# "raised questions about X", "made the case for X", "took aim at X").
_MAKE = {"made", "make", "makes", "making"}
_HAVE = {"has", "have", "had", "having"}
_RAISE = {"raised", "raise", "raises", "raising"}
_TAKE = {"took", "take", "takes", "taking", "taken"}
LIGHT_NOUNS = {
    "secret": (_MAKE, {"of"}), "illusions": (_HAVE, {"about"}),
    "questions": (_RAISE, {"about", "over"}), "doubts": (_RAISE, {"about", "over"}),
    "concerns": (_RAISE, {"about", "over"}), "case": (_MAKE, {"for", "against"}),
    "aim": (_TAKE, {"at"}),
    "attention": ({"drew", "draw", "draws", "drawing", "called", "call", "calls"}, {"to"}),
    "plea": (_MAKE, {"for"}), "pitch": (_MAKE, {"for"}),
    "issue": (_TAKE, {"with"}), "exception": (_TAKE, {"to"}),
    # a course put forward ("raised the possibility of closing X", "floated the idea of X")
    "possibility": (_RAISE, {"of"}), "prospect": (_RAISE, {"of"}),
    "idea": ({"floated", "float", "floats", "floating"}, {"of"}),
    # "sounded / issued a call for X": a public demand, as "called for X"
    "call": (
        {"sounded", "sound", "sounds", "sounding", "issued", "issue", "issues", "issuing"},
        {"for"},
    ),
}  # fmt: skip
LIGHT_MODIFIERS = {"little", "no", "a", "an", "the", "his", "her", "their", "its", "new", "fresh"}


def _light_verb_cue(ctx: Context, k: int) -> Candidate | None:
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    verbs, preps = LIGHT_NOUNS[toks[k].lower]
    j = k + 2
    if j >= n or toks[k + 1].lower not in preps or ctx.in_quote(k) or ctx.in_quote(j):
        return None
    ss, se = ctx.sentence(toks[k].start)
    if toks[j].start >= se or not toks[j].is_word:
        return None
    v = k - 1
    while v > 0 and k - v <= 2 and toks[v].lower in LIGHT_MODIFIERS:
        v -= 1
    if v <= 0 or toks[v].lower not in verbs or toks[v].start <= ss:
        return None
    src = _verb_group_subject(doc, v, ss)
    if src is None:
        return None
    end = _content_end(ctx, j, se)
    if toks[j].lower not in WH_CLAUSE_STARTERS:
        end = _np_end(ctx, j, end)
        object_end = _object_end(ctx, j, end)
        if object_end < end and (
            toks[doc.tok_index_before(object_end)].cap
            or toks[doc.tok_index_at_or_after(object_end)].text == ","
            or any(toks[x].lower == "to" for x in range(j + 1, doc.tok_index_before(object_end)))
        ):
            # "made the case for Mrs. Clinton during campaign stops" (a name takes no
            # temporal modifier: "raised questions about his problems during the debate"),
            # "has no illusions about X's threat, whose …"; an infinitive's own clause ends
            # before the adjunct ("a call for the U.S. to accept refugees on Monday as …")
            end = object_end
    if end - toks[j].start < 3:
        return None
    return _reported(ctx, k, src, (ss, se), start=toks[j].start, end=end, confidence=0.6)


# "X has faced criticism for Y", "came under fire over Y": Y is reported, by people the
# writer does not name (source null, as for agentless passives).
FACED_NOUNS = {
    "criticism": {"for", "over", "about"}, "questions": {"about", "over"},
    "accusations": {"of", "that"}, "allegations": {"of", "that"}, "calls": {"for", "to"},
    "fire": {"for", "over"}, "scrutiny": {"for", "over"}, "backlash": {"for", "over"},
    "ridicule": {"for", "over"}, "pushback": {"for", "over"},
}  # fmt: skip
FACED_SUBJECT_NOUNS = {"criticism", "ridicule", "pushback", "backlash", "scrutiny", "fire"}
FACED_VERBS = {
    "faced", "face", "faces", "facing", "drew", "draw", "draws", "drawing", "drawn",
    "received", "receive", "receives", "under",
}  # fmt: skip


def _gunfire_from(toks, k: int, se: int) -> bool:
    """ "came under fire from militants", "from rebel fighters": shots, not criticism."""
    if toks[k].lower != "fire" or k + 1 >= len(toks) or toks[k + 1].lower != "from":
        return False
    return any(
        toks[x].lower in ARMED_NOUNS
        for x in range(k + 2, min(k + 6, len(toks)))
        if toks[x].start < se
    )


def _faced_noun_cue(ctx: Context, k: int) -> Candidate | None:
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    j = k + 2
    if ctx.in_quote(k):
        return None
    ss, se = ctx.sentence(toks[k].start)
    v = k - 1
    if v > 0 and not toks[v].cap and toks[v].lower not in FACED_VERBS:
        v -= 1  # one modifier: "faced sharp criticism", "came under withering criticism"
    if v <= 0 or toks[v].lower not in FACED_VERBS or toks[v].start <= ss:
        return None
    if toks[v].lower == "under" and toks[v - 1].lower not in {"came", "come", "comes", "coming"}:
        return None
    if (
        j >= n
        or toks[j].start >= se
        or toks[k + 1].lower not in FACED_NOUNS[toks[k].lower]
        or ctx.in_quote(j)
        or not toks[j].is_word
    ):
        # "The clip has faced ridicule online": no complement; the subject is what was
        # criticised (as the subject of an agentless passive)
        if toks[k].lower not in FACED_SUBJECT_NOUNS or _gunfire_from(toks, k, se):
            return None
        b = v - 1 if toks[v].lower == "under" else v
        while b > 0 and toks[b - 1].lower in PASSIVE_AUX:
            b -= 1
        e = b - 1
        a = _phrase_start(toks, e, ss, 10)
        if a is None:
            return None
        a = _past_openers(toks, a, e)
        if (
            a > e
            or toks[a].lower in SUBJECT_STARTERS
            and a == e
            or toks[a].lower in NONRESTRICTIVE  # "whose own conduct came under scrutiny"
            # (not "said (that) its troops came under …": a reported clause's subject)
            or any(toks[x].lower == "that" or cues.is_cue(doc, x) for x in range(a, e + 1))
            or any(
                ctx.in_quote(x) or not toks[x].is_word and toks[x].text != "’s"
                for x in range(a, e + 1)
            )
        ):
            return None  # a bare pronoun, or not a plain noun phrase
        return _reported(
            ctx, k, None, (ss, se), start=toks[a].start, end=toks[e].end, confidence=0.4
        )
    end = _content_end(ctx, j, se)
    if toks[k + 1].lower == "to":
        # "faces calls to resign after emails leaked": the infinitive ends before an adjunct
        m = j + 1
        while m < n and toks[m].start < end and toks[m].lower not in OBJECT_ADJUNCTS:
            m += 1
        end = min(end, toks[m - 1].end)
    elif toks[j].lower not in WH_CLAUSE_STARTERS and toks[k + 1].lower != "that":
        end = _np_end(ctx, j, end)
        end = _object_end(ctx, j, end)
    if end - toks[j].start < 3:
        return None
    return _reported(ctx, k, None, (ss, se), start=toks[j].start, end=end, confidence=0.5)


# words between the subject's verb and its own possessive: "stood by his", "doubled down on"
OWN_POSSESSOR_LINKS = {"by", "on", "down", "up", "back", "to", "with", "behind", "again", "in"}
POSSESSOR_KINDS = {"its": {"org", "group"}, "their": {"group"}, "his": {"name"}, "her": {"name"}}


def _described_possessor(doc: Doc, p: int, ss: int) -> Source | None:
    """``The senator's claim that …``, ``the company's insistence that …``: a determiner
    and a lower-case description before "'s" are the speaker, as in ``The senator said``
    (without the "'s")."""
    toks = doc.tokens
    if toks[p].lower[:-2] in lx.GROUP_NOUNS:
        return _group_possessor(doc, p, ss)
    a = p
    while a - 1 >= 0 and toks[a - 1].start >= ss and p - a < 3:
        prev = toks[a - 1]
        if prev.lower in {"a", "an"}:
            return None  # "an individual's decision to …": anyone's, a generic case
        if prev.lower in lx.POSSESSIVE_DETERMINERS or prev.lower == "the":
            ps, pe = prev.start, toks[p].end - 2
            return Source("group", ps, pe, doc.text[ps:pe], ps, pe)
        if not prev.is_word or prev.cap or prev.lower in lx.FUNCTION_WORDS:
            return None
        a -= 1  # "the state's top election official's"
    return None


def _group_possessor(doc: Doc, p: int, ss: int) -> Source:
    """``Tulsa police's earlier claim``, ``state police's claim``: a group noun before
    "'s" with up to two modifiers (capitalised, or lower-case after a determiner) and its
    determiner is the speaker."""
    toks = doc.tokens
    a = p
    while (
        a - 1 >= 0
        and toks[a - 1].start >= ss
        and p - a < 2
        and toks[a - 1].is_word
        and toks[a - 1].lower not in lx.FUNCTION_WORDS
        and (toks[a - 1].cap or (a - 2 >= 0 and toks[a - 2].lower in {"the", "a", "an"}))
        and not cues.is_cue(doc, a - 1)
    ):
        a -= 1
    if a - 1 >= 0 and toks[a - 1].start >= ss and toks[a - 1].lower in {"the", "a", "an"}:
        a -= 1
    ps, pe = toks[a].start, toks[p].end - 2
    return Source("group", ps, pe, doc.text[ps:pe], ps, pe)


def _own_possessor(ctx: Context, p: int, ss: int) -> Source | None:
    """``Acme Corp stood by its claim that …``, ``Smith renewed his call for …``: a
    possessive right after the sentence subject's verb (only particles between) is that
    subject when its kind and gender fit; None leaves the pronoun to resolution."""
    doc = ctx.doc
    toks = doc.tokens
    pron = toks[p].lower
    v = p - 1
    while v > 0 and toks[v].lower in OWN_POSSESSOR_LINKS:
        v -= 1
    t = toks[v]
    if v <= 0 or t.cap or not t.is_word or not verb_like(t.lower) or t.lower in lx.FUNCTION_WORDS:
        return None
    src = _verb_group_subject(doc, v, ss)
    first = doc.tok_index_at_or_after(ss)
    if src is None or src.loose or src.phrase_start != toks[first].start:
        return None
    if src.kind not in POSSESSOR_KINDS[pron]:
        return None
    g = lx.SUBJECT_PRONOUNS.get(POSSESSIVE_PRONOUNS[pron])
    return src if src.gender in (None, g) else None


# Nouns of saying and fearing with a "that" clause nobody is named for: "amid claims that
# …", "There are fears that …".
AGENTLESS_NOUNS = {
    "claims", "reports", "fears", "concerns", "hopes", "suggestions", "allegations",
    "rumors", "rumours", "speculation", "warnings", "accusations", "complaints", "doubts",
    "worries", "charges",
    # (round 28: "despite assurances that …", "amid media pronouncements that …")
    "assurances", "reassurances", "promises", "pledges", "predictions", "assertions",
    "pronouncements", "denials", "statements", "threats",
}  # fmt: skip
# ("dogged by charges that …", "rocked by reports that …": a passive's agent)
AGENTLESS_FRAMES = {"amid", "despite", "over", "by"}
AGENTLESS_MODIFIERS = {
    "growing", "renewed", "new", "widespread", "unconfirmed", "mounting", "persistent",
    "fresh", "lingering", "increasing", "some", "many",
    # (round 28: "despite repeated warnings that", "amid media reports that")
    "repeated", "earlier", "previous", "recent", "public", "official", "numerous",
    "several", "frequent", "initial", "media", "press",
}  # fmt: skip


PLURAL_PRONOUNS = {"they", "we", "i", "you"}


def _plural_subject_before(ctx: Context, k: int) -> bool:
    """``Critics claim that …``, ``They fear that …``: a base form that is also a noun of
    saying is a verb after a plural subject (not ``the fear that``, ``his claim that``)."""
    toks = ctx.doc.tokens
    if toks[k].lower.endswith("s"):
        return False
    if toks[k - 1].lower in PLURAL_PRONOUNS:
        return True
    src = subject_before(ctx.doc, k, ctx.sentence(toks[k].start)[0])
    return src is not None and src.kind == "group" and _plural_head(src)


def _finite_with_that(ctx: Context, k: int, span: tuple[int, int]) -> bool:
    """``The company claims that its products are safe``: a present-tense cue in -s with a
    "that" clause and no second finite verb after it is a verb (``The campaign claims
    that A were debunked``: a noun, the subject of "were")."""
    toks = ctx.doc.tokens
    if not toks[k].lower.endswith("s") or k + 2 >= len(toks) or toks[k + 1].lower != "that":
        return False
    first = toks[k + 2].lower
    if first in FINITE_AUX or first.endswith("ed") or first in lx.CUE_FORMS:
        return False  # "personal attacks that have defined his bid": a relative clause
    return _before_main_verb(ctx, k + 2, span[1]) == span[1]


def _agentless_noun_cue(ctx: Context, k: int) -> Candidate | None:
    """``Amid claims that the vote was rigged, officials …``, ``There are growing fears
    that the dam could fail``: the clause is reported, source null (like ``It was
    reported that …``); a fronted frame ends at its comma."""
    doc = ctx.doc
    toks = doc.tokens
    ss, se = ctx.sentence(toks[k].start)
    j = k + 2
    if toks[j].start >= se or ctx.in_quote(k) or ctx.in_quote(j) or not toks[j].is_word:
        return None
    if toks[j].lower in FINITE_AUX or (toks[j].lower.endswith("ed") and not toks[j].cap):
        return None  # (round 28) "despite assurances that were later withdrawn": a relative
    b = k - 1
    while b > 0 and k - b <= 2 and toks[b].lower in AGENTLESS_MODIFIERS:
        b -= 1
    if b < 0 or toks[b].start < ss:
        return None
    frame = toks[b].lower in AGENTLESS_FRAMES
    there = (
        toks[b].lower in lx.BE_FORMS
        and b > 0
        and (toks[b - 1].lower == "there" or (b > 1 and toks[b - 2].lower == "there"))
    )  # "There are / There have been fears that"
    if not (frame or there):
        return None
    end = _content_end(ctx, j, se)
    first = doc.tok_index_at_or_after(ss)
    if frame and b == first:
        m = j + 1
        while m < len(toks) and toks[m].start < end:
            if toks[m].text == "," and not ctx.in_quote(m):
                end = toks[m - 1].end  # "Amid claims that A, officials …": the frame's end
                break
            m += 1
    if end - toks[j].start < 3:
        return None
    return _reported(
        ctx, k, None, (ss, se), start=toks[j].start, end=end, confidence=0.5, sieve="passive"
    )


def _noun_cue(ctx: Context, k: int, j: int | None = None, copula: bool = False) -> Candidate | None:
    """``Trump's claim that …`` / ``her acknowledgment that …``: the possessor speaks;
    with ``copula``, ``Her argument was that …`` (j the clause's first word)."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ss, se = ctx.sentence(toks[k].start)
    prep_object = j is not None and not copula
    j = k + 2 if j is None else j
    if j >= n or toks[j].start >= se or ctx.in_quote(k) or not toks[j].is_word:
        return None
    # the possessor, allowing one or two adjectives: "his earlier claim", "Nervo's conclusion"
    p = k - 1
    while (
        p > 0
        and k - p <= 2
        and toks[p].is_word
        and not toks[p].cap
        and (toks[p].lower not in POSSESSIVE_PRONOUNS and not toks[p].lower.endswith(("'s", "’s")))
    ):
        p -= 1
    if p < 0 or toks[p].start < ss:
        return None
    pt = toks[p]
    if pt.lower in POSSESSIVE_PRONOUNS:
        g = lx.SUBJECT_PRONOUNS.get(POSSESSIVE_PRONOUNS[pt.lower])
        src = _own_possessor(ctx, p, ss) or Source(
            "pronoun", pt.start, pt.end, pt.text, pt.start, pt.end, gender=g
        )
    elif pt.lower.endswith(("'s", "’s")) and pt.cap:
        a = p
        while a - 1 >= 0 and toks[a - 1].start >= ss and toks[a - 1].cap and toks[a - 1].is_word:
            a -= 1
        named = analyse_phrase(doc, a, p)
        if named is None or named.kind not in {"name", "org"}:
            return None
        src = named
    elif pt.lower.endswith(("'s", "’s")):
        described = _described_possessor(doc, p, ss)
        if described is None:
            return None
        src = described
    else:
        issuer = None if prep_object or copula else _issued_noun_subject(ctx, k, j, ss)
        if issuer is None:
            return None
        src = issuer
    end = _content_end(ctx, j, se)
    if copula:
        pass  # the clause after "is that" is the sentence's predicate: no main verb after it
    elif prep_object:
        end = _object_end(ctx, j, _np_end(ctx, j, end))
    elif doc.tok_index_at_or_after(ss) == doc.tok_index_at_or_after(src.phrase_start):
        end = _before_main_verb(ctx, j, end)  # "Ames's claim that A has been debunked"
    elif toks[doc.tok_index_at_or_after(ss)].lower in FRONTED_NOUN_FRAMES:
        end = _frame_comma_end(ctx, j, end)  # "Contrary to his claim that A, B"
    if end - toks[j].start < 3:
        return None
    return _reported(
        ctx,
        k,
        src,
        (ss, se),
        start=toks[j].start,
        end=end,
        confidence=0.6,
    )


# prepositions opening a sentence with a frame that ends at its comma: "Contrary to his
# claim that A, B", "Despite the mayor's insistence that A, B"
FRONTED_NOUN_FRAMES = {
    "contrary", "despite", "amid", "unlike", "after", "following", "given", "with", "for",
    "in", "against", "beyond",
}  # fmt: skip


QUOTE_CLOSERS = {'"', "”", "''", "'", "’"}


def _frame_comma_end(ctx: Context, j: int, end: int) -> int:
    """The end of a fronted frame's clause: before its first comma outside quotes, or
    after a quote closing on a comma (``would "learn nothing," there …``)."""
    toks = ctx.doc.tokens
    m = j + 1
    while m < len(toks) and toks[m].start < end:
        if toks[m].text == "," and not ctx.in_quote(m):
            return toks[m - 1].end
        if toks[m].text == ",":
            c = m + 1  # the comma closes a quote: "learn nothing," / ''learn nothing,''
            while c < len(toks) and toks[c].text in QUOTE_CLOSERS and toks[c].start < end:
                c += 1
            if c > m + 1 and c < len(toks) and not ctx.in_quote(c):
                return toks[c - 1].end
        m += 1
    return end


SAY_FINITE = {"said", "say", "says"}
# words a verb phrase goes on after ("was not rigged", "would have been", "was widely")
VP_CONTINUERS = FINITE_AUX | {"not", "never", "been", "be", "being", "also", "n't"}


def _before_main_verb(ctx: Context, j: int, end: int) -> int:
    """The "that" clause of a noun of saying that is the sentence's subject ends before
    the main verb: a second finite verb after the clause's own ("that the vote was rigged
    | has been debunked", "that prices rose | drew criticism")."""
    toks = ctx.doc.tokens
    seen_verb = False
    m = j
    while m < len(toks) and toks[m].start < end:
        t = toks[m]
        low = t.lower
        verb = not t.cap and (
            low in FINITE_AUX or low in IRREGULAR_PAST or low.endswith("ed") or low in SAY_FINITE
        )
        prev = toks[m - 1]
        if (
            verb
            and seen_verb
            and prev.is_word
            and prev.lower not in VP_CONTINUERS
            and prev.lower not in CLAUSE_LINK_WORDS
            and prev.lower not in lx.SUBJECT_PRONOUNS  # "… once it is built": its own subject
            and not prev.lower.endswith("ly")
        ):
            return prev.end
        seen_verb = seen_verb or verb
        m += 1
    return end


# words after which a verb belongs to the same clause ("rose and fell", "that was")
CLAUSE_LINK_WORDS = {"and", "or", "but", "that", "which", "who", "whom", "to"}


# verbs that put out a noun of saying: "issued a tsunami warning that …"
ISSUE_VERBS = {
    "issued", "issues", "issue", "issuing", "released", "releases", "release", "gave",
    "gives", "give", "sent", "sends", "send", "made", "makes", "make", "delivered", "repeated",
    "renewed", "reiterated", "posted", "published",
}  # fmt: skip
ISSUED_NOUNS = {
    "warning", "statement", "promise", "pledge", "message", "announcement", "vow", "argument",
    "claim", "assertion", "allegation", "accusation", "prediction", "point", "case",
    "arguments", "assertions", "allegations", "accusations", "predictions", "warnings",
}  # fmt: skip
ISSUE_DETERMINERS = {"a", "an", "the", "another"}
PERSIST_FORMS = {"persisted", "persist", "persists", "persisting"}


def _issued_noun_subject(ctx: Context, k: int, j: int, ss: int) -> Source | None:
    """``The agency issued a tsunami warning that waves could …``, ``made the argument
    that …``: a verb of issuing, an article and up to two modifiers before the noun (a
    plural needs no article: ``made allegations that``); its subject speaks. Not a
    relative clause ("issued a statement that criticized …": a verb right after "that")."""
    doc = ctx.doc
    toks = doc.tokens
    noun = toks[k].lower
    if noun not in ISSUED_NOUNS:
        return None
    tj = toks[j]
    if tj.lower in FINITE_AUX or tj.lower in lx.CUE_FORMS or tj.lower.endswith("ed"):
        return None
    d = k - 1
    while d > 0 and k - d <= 3 and toks[d].is_word and not toks[d].cap:
        if toks[d].lower in ISSUE_DETERMINERS or (
            noun.endswith("s") and toks[d].lower in ISSUE_VERBS
        ):
            break
        if toks[d].lower == "in" and toks[d - 1].lower in PERSIST_FORMS:
            d -= 1  # "persisted in arguments that": the verb before "in"
            return _verb_group_subject(doc, d, ss) if toks[d].start > ss else None
        d -= 1
    if d <= 0:
        return None
    if toks[d].lower in ISSUE_DETERMINERS:
        d -= 1
    elif not noun.endswith("s"):
        return None
    v = d
    if toks[v].lower not in ISSUE_VERBS or toks[v].start <= ss:
        return None
    return _verb_group_subject(doc, v, ss)


# a participle describing the document a source is ("the emails, seen by the BBC,")
DOCUMENT_PARTICIPLES = cues.PUBLISHED_FORMS | {"seen", "reviewed", "dated", "sent"}


def _short_name_after(doc: Doc, src: Source, se: int) -> Source | None:
    """ "according to the U.N. refugee agency, UNHCR,": a body's description, then its
    name in apposition (an acronym or a known organisation) set off before a comma or the
    sentence end: that body speaks."""
    toks = doc.tokens
    c = doc.tok_index_at_or_after(src.phrase_end)
    if c + 2 >= len(toks) or toks[c].text != "," or toks[c + 2].start >= se:
        return None
    name = toks[c + 1]
    if toks[c + 2].text not in {",", "."} or not (
        (name.text.isupper() and len(name.text) >= 2) or name.text in lx.KNOWN_ORGS
    ):
        return None
    body = analyse_phrase(doc, c + 1, c + 1)
    return body if body is not None and body.kind == "org" else None


def _according(ctx: Context, k: int, ss: int, se: int) -> tuple[int, int, Source] | None:
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    src = subject_after(doc, k + 1, se)
    if (
        src is None
        and k + 3 < n
        and toks[k + 2].lower in OBJECT_PRONOUN_GENDER
        and toks[k + 3].text in {",", "—", "–", "."}
    ):
        # "According to her, CLAUSE" / "…, according to him.": the person a "she" / "he"
        # there would stand for (round 27, heldout24)
        a, b = toks[k + 2].start, toks[k + 2].end
        gender = OBJECT_PRONOUN_GENDER[toks[k + 2].lower]
        src = Source("pronoun", a, b, doc.text[a:b], a, b, gender=gender)
    if src is not None and src.kind == "org":
        src = remits_after(doc, src, se) or src  # "of Mining, Petroleum and Energy"
    if src is not None and src.kind == "group":
        src = _short_name_after(doc, src, se) or src  # "the U.N. refugee agency, UNHCR,"
    if src is not None and src.appositive is None and src.kind not in {"name", "org"}:
        e = doc.tok_index_at_or_after(src.phrase_end)
        if (
            e < n
            and toks[e].start < se
            and toks[e].is_word
            and toks[e].text.isalpha()
            and not toks[e].cap
            and toks[e].lower not in lx.FUNCTION_WORDS
            and (toks[e].lower not in lx.CUE_FORMS or toks[e].lower in cues.PUBLISHED_FORMS)
        ):
            # "according to a police affidavit", "according to a report released by X":
            # the noun goes on (read below)
            short = src
            src = None
    else:
        short = None
    if src is None:
        # "according to aid groups, …": any short phrase up to the comma
        m = k + 2
        while (
            m < n
            and toks[m].start < se
            and m - k < 13
            and (toks[m].is_word or (toks[m].text == "." and toks[m - 1].end == toks[m].start))
        ):
            m += 1  # a period inside the sentence is an abbreviation's ("in U.S. District Court")
        while m > k + 2 and toks[m - 1].text == ".":
            m -= 1
        if m == k + 2:
            return None
        a, b = toks[k + 2].start, toks[m - 1].end
        src = Source("group", a, b, doc.text[a:b], a, b, loose=True)
        if short is not None:  # "the top British medical journal": GB as read before
            src.country, src.organization = short.country, short.organization
    if src.kind == "group":
        src = _body_after_its_role(doc, src, se) or src
    p = doc.tok_index_before(toks[k].start)
    if p < 0 or toks[p].start < past_dateline(ctx, ss) or toks[p].text not in {",", "—", "–"}:
        # "According to X, CLAUSE." ("According to X, the director of Y, CLAUSE."; also
        # after a dateline's dash, "OSLO (AP) — According to X, CLAUSE.")
        after = src.appositive[1] if src.appositive is not None else src.phrase_end
        m = doc.tok_index_at_or_after(max(after, src.phrase_end))
        while m < n and toks[m].start < se and toks[m].text != "," and m - k < 25:
            m += 1
        if m + 1 < n and toks[m + 1].lower in NONRESTRICTIVE:
            m += 1  # "According to the CBO, which analyzed the bill, premiums …"
            while m < n and toks[m].start < se and m - k < 40:
                if toks[m].text == "," and not _list_comma(toks, m, se):
                    break  # (not a list's: "which says its months are May, June and July,")
                m += 1
        elif m + 1 < n and toks[m + 1].lower in DOCUMENT_PARTICIPLES:
            m += 1  # "According to the emails, seen by the BBC, an official …"
            while m < n and toks[m].start < se and toks[m].text != "," and m - k < 40:
                m += 1
        if m + 1 < n and toks[m].text == "," and toks[m + 1].start < se:
            return toks[m + 1].start, _content_end(ctx, m + 1, se), src
        return None
    a = _after_earlier_according(toks, doc.tok_index_at_or_after(ss), p)
    if a >= p:
        return None
    return toks[a].start, toks[p].start, src


def _body_after_its_role(doc: Doc, src: Source, se: int) -> Source | None:
    """ "according to the yard's owner, Karnaphuli Green Recycling.": a body's name of
    two or more capitalised words after what a body is to a thing (its owner, operator)
    is the source (round 31, heldout30; a person's name is read as such already)."""
    toks = doc.tokens
    n = len(toks)
    e = doc.tok_index_at_or_after(src.phrase_end)
    role = toks[e - 1].lower if 0 < e < n - 1 and toks[e].text == "," else ""
    if role not in BODY_ROLE_NOUNS and role != "owner":
        return None
    j = e + 1
    while j < n and toks[j].start < se and toks[j].cap and toks[j].is_word:
        j += 1
    if j - e < 3 or toks[e + 1].lower in lx.FIRST_NAMES:
        return None
    named = analyse_phrase(doc, e + 1, j - 1)
    return named if named is not None and named.kind == "org" else None


# a pronoun as the object of "according to", by its gender
OBJECT_PRONOUN_GENDER = {"him": "m", "her": "f"}


# a list item's end: its closing punctuation is the layout's, not the statement's
LIST_ITEM_END_RE = re.compile(r"[\s.;,]+$")


def _according_list(ctx: Context, k: int, ss: int, se: int) -> list[tuple[int, int, Source]]:
    """``According to the council's guidance:`` closing its paragraph, then a bulleted
    list (the bullets blanked by working_text): each item with no cue of its own is the
    source's statement (an explainer's list of rules or findings)."""
    doc = ctx.doc
    toks = doc.tokens
    text = doc.text
    pe = doc.para_end(toks[k].start)
    c = pe
    while c > toks[k].end and text[c - 1].isspace():
        c -= 1
    if c <= toks[k].end or text[c - 1] != ":":
        return []  # (the colon closes the sentence and the paragraph)
    src = subject_after(doc, k + 1, c - 1)
    if src is None and k + 2 < len(toks) and toks[k + 2].start < c - 1:
        a = toks[k + 2].start  # "the council's guidance": the phrase, as _according reads it
        src = Source("group", a, c - 1, text[a : c - 1], a, c - 1, loose=True)
    if src is None or src.kind == "pronoun":
        return []
    out: list[tuple[int, int, Source]] = []
    p = doc.para_index(toks[k].start) + 1
    while p < len(doc.para_starts) and len(out) < 12:
        ps = doc.para_starts[p]
        e = doc.para_end(ps)
        if ps >= len(text) or text[ps - 1] != " " or not text[ps:e].strip():
            break  # (a bullet blanked to spaces opens each item)
        s = ps + len(text[ps:e]) - len(text[ps:e].lstrip())
        m = LIST_ITEM_END_RE.search(text, s, e)
        end = m.start() if m is not None else e
        a, b = doc.tok_index_at_or_after(s), doc.tok_index_before(end)
        if end - s < 8 or any(
            ctx.in_quote(x) or (cues.is_cue(doc, x) and cues.is_speech_cue(doc, x))
            for x in range(a, b + 1)
        ):
            break  # an item with its own quote or cue speaks for itself
        out.append((s, end, src))
        p += 1
    return out


def _after_earlier_according(toks, a: int, p: int) -> int:
    """ "A, according to X, and B, according to Y": the second credit's content starts
    after the first credit and its "and" (B; A is X's), else at a."""
    start = a
    for x in range(a + 1, p - 1):
        if toks[x].lower == "according" and toks[x + 1].lower == "to" and toks[x - 1].text == ",":
            c = next((y for y in range(x + 2, p) if toks[y].text == ","), None)
            if c is not None and c + 1 < p:
                start = c + 2 if toks[c + 1].lower in {"and", "but"} else c + 1
    return start


AS_REPORTED_FORMS = frozenset({"reported", "noted", "stated"})
# documents that hold what "As stated in …" frames: written statements and studies
DOCUMENT_FRAME_NOUNS = lx.STATING_DOCUMENTS | FRAME_DOCUMENTS | {"commentary", "article", "story"}


def _as_reported_by(ctx: Context, k: int) -> bool:
    """ "As (first) reported by Politico, the White House …": opening a sentence, a frame
    read like "According to Politico, …" (the "by" phrase is the source); so is a
    document the clause is found in ("As stated in the audit, …", "As noted in Lee's
    column, …": _document_frame)."""
    toks = ctx.doc.tokens
    if toks[k].lower not in AS_REPORTED_FORMS or k + 2 >= len(toks):
        return False
    if not toks[k + 2].is_word:
        return False
    if toks[k + 1].lower != "by" and not (
        toks[k + 1].lower == "in" and _document_frame(toks, k + 2)
    ):
        return False
    a = k - 1
    if a > 0 and toks[a].lower in {"first", "previously", "initially", "earlier"}:
        a -= 1
    if a < 0 or toks[a].lower != "as":
        return False
    ss, _ = ctx.sentence(toks[k].start)
    return toks[a].start == ss


def _document_frame(toks, j: int) -> bool:
    """Tokens from j up to a comma (at most six words) end in a document noun: "the
    council's report", "Davis' commentary" ("As stated in …, A": the document says A)."""
    for x in range(j, min(j + 7, len(toks) - 1)):
        if not toks[x].is_word and toks[x].text not in {"'", "’"}:
            return False  # (a plural possessive's mark: "Davis' commentary")
        if toks[x + 1].text == ",":
            return toks[x].lower in DOCUMENT_FRAME_NOUNS
    return False


def _finite_verb_soon(toks, j: int, se: int) -> bool:
    """A finite verb within five words from j, before any punctuation: a subject and
    its verb ("electricity and water had been restored")."""
    for x in range(j + 1, min(j + 6, len(toks))):
        low = toks[x].lower
        if not toks[x].is_word or toks[x].start >= se:
            return False
        if low in FINITE_AUX or low in IRREGULAR_PAST or (low.endswith("ed") and not toks[x].cap):
            return True
    return False


def _own_cue_soon(ctx: Context, j: int, se: int) -> bool:
    """A verb of saying within six words from j, before any punctuation: the clause has
    a speaker of its own (", and the agency said in its outlook that …")."""
    doc = ctx.doc
    toks = doc.tokens
    for x in range(j + 1, min(j + 7, len(toks))):
        if not toks[x].is_word or toks[x].start >= se:
            return False
        if cues.is_cue(doc, x) and cues.is_speech_cue(doc, x):
            return True
    return False


def _according_and_clause(ctx: Context, k: int, src, ss: int, se: int) -> tuple[int, int] | None:
    """ "A, according to the CBO, and the top 10 percent paid B": the second clause;
    "The driver, according to witnesses, ran a red light": the predicate after the
    subject (a finite verb after the comma; the subject is the first piece); "After the
    storm, according to officials, flights resumed": the main clause after a fronted
    adverbial (both pieces, as "A, X said, B")."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    after = src.appositive[1] if src.appositive is not None else src.phrase_end
    m = doc.tok_index_at_or_after(max(after, src.phrase_end))
    if m + 2 >= n or toks[m].text != "," or toks[m + 1].start >= se or ctx.in_quote(m + 1):
        return None
    if (
        toks[m + 1].lower == "and"
        and (
            toks[m + 2].lower in {"the", "those", "a", "an", "its", "their", "his", "her"}
            or (_and_new_clause(doc, m + 1, se) and _finite_verb_soon(toks, m + 2, se))
        )
        and not _own_cue_soon(ctx, m + 2, se)
    ):  # (", and power had been restored"; not ", and other scientists.")
        return toks[m + 2].start, _content_end(ctx, m + 2, se)
    if k < 1 or toks[k - 1].text != ",":
        return None
    if toks[m - 1].cap and _described_source(toks, m + 1, se):
        # "In May, according to the X Trust, a nonprofit that tracks rents, prices
        # doubled": the source's description, then (if any) the clause
        e = m + 1
        while e < n and toks[e].start < se and toks[e].text != ",":
            e += 1
        if e + 1 >= n or toks[e].text != "," or toks[e + 1].start >= se:
            return None
        m = e
    nxt = toks[m + 1]
    first = doc.tok_index_at_or_after(ss)
    if (
        not nxt.cap
        and (nxt.lower in FINITE_AUX or nxt.lower.endswith("ed") or nxt.lower in IRREGULAR_PAST)
    ) or (
        toks[first].lower in PREPOSITIONS
        # ("At least nine towns …": a quantifier, no fronted adverbial)
        and not (
            first + 1 < n
            and toks[first].lower == "at"
            and toks[first + 1].lower in {"least", "most"}
        )
        and nxt.lower not in SUBORDINATE_START
        and nxt.lower not in RELATIVE_WORDS
    ):
        return nxt.start, _content_end(ctx, m + 1, se)
    return None


def _described_source(toks, a: int, se: int) -> bool:
    """ "…, according to a count by X, a nonprofit that tracks rents.": an indefinite noun
    phrase and its relative describe the source (round 28), no clause of its own."""
    if toks[a].lower not in {"a", "an"}:
        return False
    for x in range(a + 2, min(a + 6, len(toks))):
        if toks[x].start >= se or not toks[x].is_word:
            return False
        if toks[x].lower in {"that", "which", "who"}:
            return True
    return False


# what a court or a party dismisses or drops: a proceeding, not anyone's words
LEGAL_PROCEEDINGS = {
    "case", "cases", "lawsuit", "lawsuits", "suit", "suits", "charge", "charges", "count",
    "counts", "indictment", "complaint", "complaints", "appeal", "appeals", "petition",
    "motion", "jury", "juror", "jurors", "prosecution",
}  # fmt: skip


# scoring plays a team answers with
PLAYS = {
    "run", "goal", "goals", "penalty", "touchdown", "touchdowns", "basket", "baskets",
    "header", "equaliser", "equalizer", "three-pointer", "homer", "try", "tries", "birdie",
    "ace", "winner", "field", "interception", "sack",
}  # fmt: skip
# gestures one answers with ("replied with a shrug")
GESTURES = {"smile", "shrug", "nod", "laugh", "grin", "wink", "wave", "smirk"}
# the manner of an answer ("responded with logic", "replied with silence"): no content
ANSWER_MANNERS = {
    "logic", "silence", "humor", "humour", "sarcasm", "anger", "fury", "restraint", "caution",
    "laughter", "disbelief", "indifference", "patience", "force", "defiance", "calm",
}  # fmt: skip
# objects that make a verb of saying an act: "declared a state of emergency", "called a
# snap election", "called a timeout", "showed no signs of", "showed him a red card"
ACT_OBJECTS = {
    "dismiss": LEGAL_PROCEEDINGS,
    "argue": LEGAL_PROCEEDINGS,  # "a lawyer who argued landmark cases": advocacy, no claim
    # "Voters will decide the measure", "A shootout decided the match": an outcome settled
    "decide": LEGAL_PROCEEDINGS | {
        "measure", "measures", "race", "races", "election", "elections", "referendum",
        "match", "game", "tie", "title", "championship", "fate", "outcome", "winner",
        "control", "seat", "contest", "series",
    },
    # "The Celtics responded with a 10-2 run", "She replied with a shrug": a play, a gesture
    "respond": PLAYS | GESTURES | ANSWER_MANNERS,
    "reply": PLAYS | GESTURES | ANSWER_MANNERS,
    "declare": {
        "state", "emergency", "disaster", "curfew", "bankruptcy", "martial", "holiday",
        "independence", "mourning", "forfeit",
    },
    "call": {
        "timeout", "time-out", "election", "elections", "referendum", "meeting", "conference",
        "summit", "session", "strike", "halt", "recess", "foul", "penalty", "vote", "hearing",
        "time",  # "calls time on career": ends it (round 24)
    },
    "show": {"sign", "signs", "card", "emotion", "remorse", "mercy"},
    # "…, Reuters reported, citing two people familiar with the matter": who the news
    # came from, no words of the subject's (round 24; not "citing strong demand")
    "cite": {
        "source", "sources", "official", "officials", "person", "people", "insider",
        "insiders", "aide", "aides", "diplomat", "diplomats",
    },
    # "Rescuers found the hikers alive", "found the body": a discovery (not a verdict:
    # "The jury found him guilty" reports the jury's finding)
    "find": {
        "alive", "dead", "unconscious", "unresponsive", "unharmed", "body", "bodies", "remains",
        # a place's state met on arrival: "latecomers found the door locked" (round 31)
        "locked", "unlocked", "deserted", "ransacked", "flooded", "boarded",
    },
    "answer": {"question", "questions", "queries", "call", "calls", "phone", "door"} | PLAYS,
    "say": {"goodbye", "farewell", "hello", "grace", "cheese"},
    # "welcomed several hundred guests": people received, not a stance ("welcomed the deal")
    "welcome": {
        "guest", "guests", "visitor", "visitors", "delegation", "delegations", "delegates",
        "refugees", "migrants", "reporters", "journalists", "crowd", "crowds", "fans",
        "tourists", "pilgrims", "dignitaries", "attendees", "newcomers", "troops", "athletes",
        "students", "families", "everyone",
    },
    # "posted photos of the crowd": pictures, not words ("posted a video saying …": the
    # participle reports)
    "post": {
        "photo", "photos", "picture", "pictures", "image", "images", "video", "videos",
        "footage", "clip", "clips", "selfie", "selfies", "photograph", "photographs",
        "snapshot", "snapshots",
        # reference material: "posted the list of closed roads", "posted the numbers of
        # the recalled lots", "posted a map of the route"
        "list", "lists", "link", "links", "map", "maps", "numbers", "schedule", "timetable",
        # (and readings: "posted their GPS data online"; round 32)
        "data", "route", "routes",
        # results of a game or race: "posted a 5-2 win", "posted a time of 2:04" (a
        # company's "posted a loss" reports its figures)
        "win", "wins", "victory", "time", "times", "score", "scores", "shutout", "draw",
        "defeat",
    },
    # "agreed a three-year contract", "agree record $4 million deal": a deal struck, not
    # a view shared ("agreed the deal was fair", "agreed that …" report)
    "agree": {
        "deal", "deals", "contract", "contracts", "fee", "fees", "sale", "sales", "terms",
        "transfer", "settlement", "loan", "extension", "package", "pact", "truce",
        "ceasefire", "merger", "takeover", "swap", "lease", "budget",
    },
    # "had sought an eight-year sentence", "seeks damages": a remedy asked of a court or
    # an office run for, not words ("sought to reassure", "sought assurances that …")
    "seek": {
        "sentence", "sentences", "term", "damages", "compensation", "bail", "asylum",
        "refuge", "shelter", "re-election", "reelection", "office", "nomination",
        "treatment", "custody", "extradition",
        # a prison term ("had sought 12 years", "sought life in prison")
        "years", "months", "life",
        # a job, a home or help looked for ("people who are actively seeking employment",
        # "sought medical attention"; round 28: not "sought assurances that …")
        "employment", "work", "job", "jobs", "housing", "care", "attention",
    },
    # "help Mr. X maintain the image of a strong leader", "maintained order": a state
    # kept up, not a claim held ("maintained his innocence", "maintained that …"; round 28)
    "maintain": {
        "order", "control", "image", "ties", "contact", "contacts", "relations",
        "relationship", "relationships", "presence", "lead", "peace", "balance",
        "discipline", "stability", "security", "records", "momentum", "pressure",
        "majority", "standards", "level", "levels", "pace", "distance", "links", "grip",
    },
    # "wrote letters for several of them", "wrote a check": a thing written whose words
    # are not given ("wrote a letter saying …" reports the participle; a book is a work
    # whose claims are its author's, "when he wrote his book" stays; round 28)
    "write": {"letter", "letters", "check", "checks", "cheque", "cheques"},
    # "offered Ray a platform to …", "offered them a chance": an occasion to speak given,
    # no words of the giver's ("offered no proof", "offered advice" report)
    "offer": {
        "platform", "chance", "opportunity", "stage", "forum", "seat", "ride", "job", "jobs",
        "shelter", "refuge", "scholarship", "scholarships", "discount", "discounts",
        # a mourner's courtesy, no words ("offered his condolences to the family", "offered
        # prayers"; decision 6: a reaction with no content; round 28, probe r28e)
        "condolences", "condolence", "sympathies", "sympathy", "prayers", "respects",
    },
    # "travelers were feeling the effects of the shortage": a thing undergone, no belief
    "feel": {
        "effects", "effect", "impact", "impacts", "pinch", "pain", "heat", "brunt", "squeeze",
        "strain", "shock", "shocks", "tremor", "tremors", "consequences", "fallout", "cold",
    },
    # "Police have not released the name of the victim": things handed out, not words
    "release": {
        "name", "names", "identity", "identities", "photo", "photos", "image", "images",
        "video", "videos", "footage", "album", "film", "song", "single", "prisoner",
        "photograph", "photographs",
        "prisoners", "hostage", "hostages", "detainee", "detainees", "funds", "money", "body",
        "bodies", "earnings",
        # water, fuel or stock let out ("Kyrgyzstan releases water in summer")
        "water", "oil", "gas", "fuel", "reserves", "stocks", "stockpiles", "grain",
    },
}  # fmt: skip


MODIFIED_NOUN_DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "this", "that"}
# nouns that count the people or things after "of" ("hundreds of visitors")
COUNT_NOUNS = {"hundreds", "thousands", "dozens", "millions", "scores", "tens", "handful"}


INDEFINITE_PERSONS = {"anyone", "anybody", "someone", "somebody", "everyone", "everybody"}
INTENT_BASES = {"want", "hope", "seek", "plan", "wish", "intend"}


def _place_worth(toks, w: int) -> bool:
    """ "The Diocese of Fort Worth said": a capitalised "Worth" after a capitalised word
    ends a place's name, it is no "worth noting" aside."""
    return toks[w].text == "Worth" and w > 0 and toks[w - 1].cap and toks[w - 1].is_word


# prepositions whose object a past participle may modify ("In a notice posted …")
OBJECT_PREPOSITIONS = {"in", "with", "from", "under", "through", "via"}


def _participle_after_prepositional_object(toks, k: int) -> bool:
    """ "In a notice posted on its website, the group said", "…, according to a notice
    posted on its website": an -ed cue right after the determined object of a fronted
    preposition or of "according to" modifies it (that object is no subject)."""
    if k < 3 or not toks[k].lower.endswith("ed"):
        return False
    noun = toks[k - 1]
    return (
        noun.is_word
        and not noun.cap
        and noun.text.isalpha()
        and noun.lower not in lx.FUNCTION_WORDS
        and toks[k - 2].lower in MODIFIED_NOUN_DETERMINERS
        and (
            # (opening the sentence: "governments with troops in the mission declined" is
            # a subject's complement before its verb; "according to" never heads one)
            (toks[k - 3].lower in OBJECT_PREPOSITIONS and toks[k - 3].cap)
            or (k > 3 and toks[k - 3].lower == "to" and toks[k - 4].lower == "according")
        )
    )


# a time adjunct between a noun and the participle that modifies it (round 29)
PARTICIPLE_TIME_LEADS = {"last", "this", "earlier"}
PARTICIPLE_TIMES = {"week", "month", "year", "spring", "summer", "autumn", "fall", "winter"}


def _modifies_noun(doc: Doc, k: int) -> bool:
    """ "filed a brief supporting the challenge", "a petition demanding …": a cue in -ing
    right after a determined common noun modifies that noun; nobody is its speaker."""
    toks = doc.tokens
    if _participle_after_prepositional_object(toks, k):
        return True
    if k < 2 or not toks[k].lower.endswith("ing"):
        return False
    if message_before(toks, k, 0) not in {None, k - 1}:
        return False  # "posted a notice on its gate warning that …": the notice's words
    if toks[k - 1].lower in lx.MESSAGE_NOUNS and send_verb_before(toks, k - 1, 0) is not None:
        return False  # "sent a letter urging …": the sender's words
    if cues.spent_time_before(doc, k, 0):
        return False  # "spent the weekend arguing that …": the time the speaker spent
    m = k
    if (
        k >= 4
        and toks[k - 2].lower in PARTICIPLE_TIME_LEADS
        and toks[k - 1].lower in PARTICIPLE_TIMES
    ):
        m = k - 2  # "a written ruling last month denying the bid": past the time adjunct
    noun, det = toks[m - 1], toks[m - 2]
    if (
        m != k
        and m >= 3
        and det.lower.endswith(("ed", "en", "al"))
        and not det.cap
        and toks[m - 3].lower in MODIFIED_NOUN_DETERMINERS
    ):
        det = toks[m - 3]  # "a written ruling last month denying …": an adjective between
    if noun.lower in INDEFINITE_PERSONS and _base(doc, k) in INTENT_BASES:
        return True  # "a guide for anyone wanting to learn more": whoever may, nobody said
    return (
        det.lower in MODIFIED_NOUN_DETERMINERS
        and noun.is_word
        and not noun.cap
        and noun.text.isalpha()
        and noun.lower not in lx.FUNCTION_WORDS
        and not noun.lower.endswith(("ly", "ed"))
        and noun.lower not in lx.GROUP_NOUNS  # ("the officials saying …": a group speaks)
    )


# function words other than determiners (built once, not per tested token)
_CONTENTLESS_WORDS = frozenset(lx.FUNCTION_WORDS - lx.DETERMINERS)


def _welcomed_person_to(toks, j: int) -> bool:
    """ "(welcomed) President X of Mexico to Windsor Castle", "welcomed Ms Cole to the
    board": a person by name (capitalised words, "of" inside) received at a place or
    body ("to" right after the name), not a stance ("welcomed Biden's decision to …")."""
    x = j
    while x < len(toks) and x - j < 8 and (toks[x].cap or (toks[x].lower == "of" and x > j)):
        if toks[x].lower.endswith(("'s", "’s")):
            return False
        x += 1
    return x > j and x + 1 < len(toks) and toks[x].lower == "to" and toks[x - 1].cap


def _names_an_act(doc: Doc, k: int, j: int) -> bool:
    """ "A judge dismissed the lawsuit", "a motion to dismiss the charges", "the ruling
    could decide the case": a court's act, not a reported statement (unlike "dismissed
    the report as partisan"); likewise an act named by its object (ACT_OBJECTS)."""
    toks = doc.tokens
    base = _base(doc, k)
    objects = ACT_OBJECTS.get(base)
    if objects is None or (base in {"call", "say", "argue"} and j != k + 1):
        return False  # (not "calls for a strike", "argued that the case was weak")
    if (
        base == "say"
        and k >= 3
        and toks[k - 1].lower in lx.SUBJECT_PRONOUNS
        and toks[k - 2].lower == "way"
        and toks[k - 3].lower == "the"
    ):
        return True  # "the way she says most things": a manner, no words of hers
    if (
        base == "say"
        and toks[j].lower == "it"
        and j + 2 < len(toks)
        and toks[j + 1].lower.endswith("ly")
        and toks[j + 2].text in {",", ".", ";"}
    ):
        return True  # "She says it flatly, the way …": how she says it, no words (not "it:")
    if base == "say":
        # "said goodbye to", not "said goodbye was the hardest part"
        return toks[j].lower in objects and not (
            j + 1 < len(toks) and toks[j + 1].lower in FINITE_AUX
        )
    if base in {"show", "find"} and j < len(toks) and toks[j].lower in OBJECT_PRONOUNS:
        j += 1  # "showed him a red card", "found her unconscious"
    while base == "offer" and j < len(toks) and (toks[j].cap or toks[j].lower in OBJECT_PRONOUNS):
        j += 1  # "offered Sen. Ray Holt a platform": past the recipient
    if base == "agree" and toks[j].lower == "to" and j + 1 < len(toks):
        # "its owner had agreed to the move": consent to a thing (not "agreed to pay")
        return toks[j + 1].lower in AGREED_TO_OBJECTS
    if base == "agree":
        return _agreed_deal(toks, j, objects)
    if base == "welcome" and _welcomed_person_to(toks, j):
        return True  # "welcomed President X of Mexico to Windsor Castle": a host's act
    if base == "release" and _released_from(toks, j):
        return True  # "mediators release the two sides from talks": freed, no words
    for x in range(j, min(j + 4, len(toks))):
        if toks[x].lower == "of" and x > j and toks[x - 1].lower in COUNT_NOUNS:
            continue  # "welcomed hundreds of visitors"
        if base == "post" and toks[x].lower in objects and _speech_participle_after(toks, x):
            return False  # "posted a video saying the bill would fail": its words
        if base in {"maintain", "write"} and (
            toks[j].lower == "that"
            or (
                toks[x].lower in objects
                and (
                    _speech_participle_after(toks, x)
                    or (x + 1 < len(toks) and toks[x + 1].lower in FINITE_AUX)
                )
            )
        ):
            return False  # "maintained that order …", "wrote a letter urging …", "order was"
        if base in {"seek", "maintain", "write"} and x > j and toks[x].lower == "that":
            return False  # "sought assurances that no jobs would go": the head came first
        if toks[x].lower in objects and toks[min(x + 1, len(toks) - 1)].text not in {"'", "’"}:
            # (not "the guests' support": a possessor; not "called the vote a farce": a
            # complement names it; not "called her vote in favor of X a mistake": one's
            # vote is no meeting called)
            return not (
                base == "call"
                and (
                    x + 1 < len(toks)
                    and (toks[x + 1].lower in lx.DETERMINERS or toks[x + 1].cap)
                    or any(
                        toks[y].lower in lx.POSSESSIVE_DETERMINERS or toks[y].lower.endswith("'s")
                        for y in range(j, x)
                    )
                )
            )
        if (
            not (toks[x].is_word or toks[x].text in {"'", "’"})  # "readers' questions"
            or toks[x].lower in _CONTENTLESS_WORDS
            or toks[x].lower.endswith("ing")
        ):
            return False  # "dismissed calls for action", "decided against recommending charges"
    return False


# what is released as words or findings ("released a statement from its lawyers")
RELEASED_WORDS = lx.MESSAGE_NOUNS | {
    "report", "reports", "study", "findings", "data", "figures", "results", "details",
    "document", "documents", "transcript", "transcripts", "recording", "audio", "list",
}  # fmt: skip


def _released_from(toks, j: int) -> bool:
    """ "released the hostages from captivity", "release the two sides from talks": a short
    object, then "from" (what one is freed of), before any punctuation (not a message or
    a finding: "released a statement from its lawyers")."""
    for x in range(j, min(j + 6, len(toks))):
        if not toks[x].is_word or toks[x].lower in RELEASED_WORDS:
            return False
        if toks[x].lower == "from":
            return x > j
    return False


# determiners opening the thing agreed to ("agreed to the move"; round 25)
AGREED_TO_OBJECTS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "these"}


def _agreed_deal(toks, j: int, objects: set[str]) -> bool:
    """ "agreed a five-year contract", "agree record £62 million sale": a deal noun heads
    the object, after modifiers and an amount (not "agreed the deal was fair")."""
    for x in range(j, min(j + 8, len(toks))):
        t = toks[x]
        if t.lower in objects:
            return not (x + 1 < len(toks) and toks[x + 1].lower in FINITE_AUX)
        if not (t.is_word or t.text in "£$€¥") or t.lower in _CONTENTLESS_WORDS:
            return False
    return False


def _speech_participle_after(toks, x: int) -> bool:
    """A speech participle within a few words after the noun x ("a video saying …")."""
    return any(
        toks[y].lower.endswith("ing") and toks[y].lower in lx.SPEECH_FORMS
        for y in range(x + 1, min(x + 6, len(toks)))
    )


def _described_name(doc: Doc, phrase: Source, name: Source, hi: int) -> bool:
    """``…, the nonpartisan Congressional Budget Office said``: the phrase is the name
    with "the" and describing words before it, so the name speaks."""
    a = doc.tok_index_at_or_after(phrase.phrase_start)
    return (
        doc.tokens[a].lower == "the"
        and phrase.phrase_end == name.phrase_end
        and doc.starts[past_describing_adjectives(doc, a, hi)] == name.phrase_start
    )


def _inverted(ctx: Context, k: int, se: int):
    """``…, said X.`` / ``…, noted NBC's Dante Chinni, a pollster.``: X ends the sentence."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    if k == 0 or toks[k - 1].text != "," or k + 1 >= n:
        return None
    if toks[k].lower.endswith("ing"):
        return None  # "…, saying the plant complied fully": a participle never inverts
    if not toks[k + 1].cap and (
        not (
            toks[k + 1].lower in INVERTED_DETERMINERS
            # "…, said consumer group Citizens Voice.": a body described without "the"
            or body_description_end(doc, k + 1, se, bare=True) is not None
            or (
                _base(doc, k) in {"say", "add"}
                and (
                    toks[k + 1].lower in SAY_INVERTED_DETERMINERS
                    # "…, said sources close to the talks.": a bare plural group noun
                    or (
                        (
                            toks[k + 1].lower in lx.GROUP_NOUNS
                            or specialist_plural(toks[k + 1].lower)
                        )
                        and toks[k + 1].lower.endswith("s")
                    )
                    # a headline drops the article: "Bridge 'a disaster', says mayor"
                    or (
                        _in_headline(doc, k)
                        and (
                            toks[k + 1].lower in lx.GROUP_NOUNS
                            or toks[k + 1].lower in lx.TITLE_HEADS
                        )
                    )
                )
            )
        )
        or _base(doc, k) not in INVERSION_VERBS
    ):
        return None
    if _closes_subject_aside(ctx, k) or _closes_participle_aside(ctx, k):
        return None
    src = subject_after(doc, k, se)
    if _base(doc, k) in {"say", "add"}:
        alt = _closing_np_after(ctx, k, se)  # "…, said the fire marshal."
        if alt is not None and (src is None or src.phrase_end < alt.phrase_end):
            src = alt
    if src is None or src.kind not in {"name", "org", "group"}:
        return None
    if src.kind == "group" and toks[k + 1].lower in TAG_DETERMINERS:
        g = doc.tok_index_at_or_after(src.phrase_start)
        if _verb_inside(toks, g + 2, doc.tok_index_at_or_after(src.phrase_end)):
            return None  # "A farmer near Ames, Iowa, said the rain came late."
    m = doc.tok_index_at_or_after(src.phrase_end)
    if any(toks[x].text == "that" for x in range(k + 1, min(m, n))):
        # "X, 41, told Berita Harian that the letter, dated …, listed …": the cue's object
        # and its clause, no inverted subject
        return None
    if m < n and toks[m].text == "," and toks[m].start < se:
        return src  # an appositive follows the name
    if m >= n or toks[m].start >= se or toks[m].text in {".", "!", "?"}:
        return src
    if src.kind == "name" and toks[m].lower in {"of", "at", "from"}:
        # "…, said Ann Moe of Elm College.": her workplace closes the sentence
        e = m + 1
        while (
            e < n
            and e - m <= 8
            and toks[e].start < se
            and (toks[e].cap or toks[e].lower in {"the", "of", "and", "for"})
        ):
            e += 1
        if e > m + 1 and e < n and toks[e].text in {".", "!", "?"} and toks[e - 1].cap:
            return src
    if (
        src.kind == "group"
        and toks[m].lower in SOURCE_MODIFIERS
        and _base(doc, k) in INVERSION_VERBS
    ):
        # "…, said one source in the room." / "…, said a person familiar with the talks."
        # (a relative clause can be longer: "…, said a person familiar with the talks who
        # was not authorized to speak publicly.")
        reach = 30 if toks[m].lower == "who" else 8
        e = m
        while e < n and toks[e].start < se and toks[e].text not in {".", "!", "?"}:
            if e - m > reach or toks[e].text in {",", ";", ":"} or ctx.in_quote(e):
                return None
            e += 1
        return src
    return None


# a sentence opening with a determined noun phrase and a participle aside closed right
# before the cue: "The text of the decree, published in the state's gazette, says …"
PARTICIPLE_ASIDE_SUBJECT_RE = re.compile(
    r"(?:The|A|An|This|That|These|Its|Their|His|Her)\s+[^,.;:!?\"“”]{1,60}?,\s+"
    r"(?:[a-z]+ed|written|seen|sent|drawn|given|known|shown|signed|read|held|taken)\b"
    r"[^,.;:!?\"“”]{0,100},\s*\Z"
)


def _closes_participle_aside(ctx: Context, k: int) -> bool:
    """ "The text of the decree, published in the state's official gazette, says
    organizers who …": the comma before the cue closes a participle aside after the
    subject opening the sentence (the subject speaks; no inverted cue)."""
    doc = ctx.doc
    ss = ctx.sentence(doc.tokens[k].start)[0]
    comma_end = doc.tokens[k - 1].end
    if comma_end - ss > 200:
        return False
    return PARTICIPLE_ASIDE_SUBJECT_RE.match(doc.text, ss, comma_end) is not None


def _closes_subject_aside(ctx: Context, k: int) -> bool:
    """ "The spokeswoman, who asked not to be named, said the county …", "Its chief
    executive, Elspeth Macdonald, said the industry …": the comma before the cue closes
    an aside of (or the name after the title of) the subject opening the sentence: no
    inverted cue."""
    doc = ctx.doc
    ss = ctx.sentence(doc.tokens[k].start)[0]
    src = subject_before(doc, k, ss)
    if src is None or src.loose:
        return False
    opens = min(src.phrase_start, src.pre_role[0] if src.pre_role else src.phrase_start)
    toks = doc.tokens
    comma = toks[k - 1].start
    if src.appositive is not None and src.appositive[1] < comma:
        # "Tom Reed, a farmer near Ames, Iowa, said": the town's state closes the aside
        c = doc.tok_index_at_or_after(src.appositive[1])
        if toks[c].text == "," and region_words(doc, c + 1, k - 1):
            comma = src.appositive[1]
    return opens == doc.starts[doc.tok_index_at_or_after(ss)] and (
        (src.appositive is not None and src.appositive[1] == comma)
        or (src.pre_role is not None and src.end == comma)  # "Its chief executive, X,"
    )


def _verb_inside(toks, a: int, b: int) -> bool:
    """A past verb among tokens a..b-1 (after a noun: "the rain came late", "the firm
    needed cash"; not "the newly appointed", "the county's elected official")."""
    return any(
        toks[x].lower in IRREGULAR_PAST
        or (toks[x].lower.endswith("ed") and not toks[x - 1].lower.endswith(("ly", "'s", "’s")))
        for x in range(a, b)
    )


def _closing_np_after(ctx: Context, k: int, se: int) -> Source | None:
    """``…, said the fire marshal.``: a determiner and one to four lower-case words (not
    all known to the subject reader) closing the sentence after an inverted cue."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    a = k + 1
    if toks[a].lower not in TAG_DETERMINERS:
        return None
    e = a + 1
    while e < n and e - a <= 4 and toks[e].is_word and toks[e].text.isalpha():
        t = toks[e]
        if t.cap or t.lower in lx.FUNCTION_WORDS or t.lower in lx.CUE_FORMS:
            return None
        e += 1
    if e - a < 2 or e >= n or toks[e].text != "." or toks[e].start >= se or ctx.in_quote(a):
        return None
    last = toks[e - 1].lower
    if e - a > 2 and (last.endswith("ed") or last in IRREGULAR_PAST):
        return None  # "Ann Roe, a lawyer, said the deal collapsed.": a clause, not a noun
    if _verb_inside(toks, a + 2, e - 1):
        return None  # "…, said the rain came late.", "said the firm needed cash.": a verb
    s, b = toks[a].start, toks[e - 1].end
    return Source("group", s, b, doc.text[s:b], s, b, loose=True)


def _inverted_tail(ctx: Context, src: Source, se: int) -> tuple[int, int] | None:
    """``The vote, said analysts at Nomura, would be close``: after an inverted subject
    and a comma, the predicate of the split reported clause (an auxiliary first)."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    m = doc.tok_index_at_or_after(src.phrase_end)
    if m >= n or toks[m].text != ",":
        return None
    # an appositive may follow ("…, said John Ames, a fund manager, would …")
    for b in range(m + 1, min(n, m + 10)):
        tb = toks[b]
        if tb.start >= se or ctx.in_quote(b):
            return None
        if tb.text == ",":
            m = b
            break
        if tb.lower in FINITE_AUX or tb.lower in lx.CUE_FORMS or not tb.is_word:
            break
    b0 = m + 1
    if b0 >= n or toks[b0].start >= se or ctx.in_quote(b0) or toks[b0].lower not in FINITE_AUX:
        return None
    return toks[b0].start, _content_end(ctx, b0, se)


# Section labels that end with a colon but are nobody's words.
LABELS = {
    "latest", "the latest", "update", "updated", "breaking", "watch", "opinion", "analysis",
    "editorial", "exclusive", "live", "video", "photos", "correction", "note", "related",
    "read more", "full text", "editor's note", "editor’s note", "q", "a", "clarification",
    "crosstalk", "disclosure", "disclaimer", "transcript", "partial transcript", "question",
    "questions", "answer", "photo", "picture", "pictures", "pictured", "image", "images",
    "caption", "file", "file photo", "credit", "graphic", "map", "listen", "audio", "gallery",
    "slideshow", "background", "factbox", "explainer", "timeline", "key points",
    "what we know", "developing", "advertisement", "sponsored",
    # an e-mail's header lines
    "from", "sent", "to", "cc", "bcc", "subject", "date", "re", "fwd", "reply-to",
    "attachments",
}  # fmt: skip


TURN_MARKS = cues.QUOTE_MARKS
# transcript labels of unnamed speakers ("AUDIENCE MEMBER:", "UNIDENTIFIED MALE:")
UNNAMED_TURN_WORDS = {
    "member", "male", "female", "voice", "speaker", "audience", "crowd", "moderator",
    "interviewer", "questioner", "announcer", "narrator",
}  # fmt: skip


def _turn_name_label(doc, a: int, k: int) -> bool:
    """The upper-case label tokens a..k-1 are no organisation's name (not "CNN", "NATO",
    "WHITE HOUSE")."""
    toks = doc.tokens
    words = [toks[i].text for i in range(a, k) if toks[i].is_word]
    if not words or len(words) > 4:
        return False
    label = " ".join(words)
    if label in lx.KNOWN_ORGS or label in lx.SUPRANATIONAL:
        return False
    title = " ".join(w.capitalize() for w in words)
    if title in lx.KNOWN_ORGS or title in lx.SUPRANATIONAL or title.lower() in lx.COUNTRY_NAMES:
        return False
    return not any(w.lower() in lx.ORG_HEADS or w.lower() in lx.INDUSTRY_HEADS for w in words)


# an upper-case label opening a transcript turn ('VANCE: ', '"SEN. JOHN KERRY: '), with
# its last word
TURN_LABEL_RE = re.compile(r"[\"“]?(?:[A-Z][A-Z'’-]*\.? )*([A-Z][A-Z'’-]*): ")


def _neighbour_labels(doc: Doc, pos: int) -> list[str]:
    """The last words of the transcript labels opening the paragraphs before and after
    the one at pos."""
    i = doc.para_index(pos)
    starts = doc.para_starts
    out = []
    for j in (i - 1, i + 1):
        m = TURN_LABEL_RE.match(doc.text, starts[j]) if 0 <= j < len(starts) else None
        if m is not None:
            out.append(m.group(1))
    return out


def _in_headline(doc: Doc, k: int) -> bool:
    i = doc.para_index(doc.tokens[k].start)
    return i == 0 or headline_paragraphs(doc)[i]


def _headline_compound_noun(doc: Doc, k: int) -> bool:
    """ "Ransomware attack forces …", "Pension dispute threatens …": in a headline a
    cue's bare form after a singular word, then an -s word, is the head noun of the
    subject (a headline verb after a singular subject takes -s; "Unions attack plan"
    keeps its verb)."""
    toks = doc.tokens
    if k == 0 or k + 1 >= len(toks):
        return False
    cue, before, after = toks[k].lower, toks[k - 1], toks[k + 1]
    return (
        cue == _base(doc, k)  # (the bare form: not "said", "claimed")
        and not cue.endswith("s")
        # (the spelling tests first, most cues fail them; all these tests are pure)
        and _in_headline(doc, k)
        and before.text.isalpha()
        and not before.lower.endswith("s")
        and before.lower not in lx.FUNCTION_WORDS
        and before.lower not in lx.GROUP_NOUNS  # ("Police warn drivers …": a plural verb)
        and after.text.isalpha()
        and after.lower.endswith("s")
        and not after.lower.endswith("ss")
        and after.lower not in lx.FUNCTION_WORDS
    )


def _headline_subject(ctx: Context, k: int, ss: int) -> Source | None:
    """ "Varga tours port, says board is “slow”": a headline's second present-tense verb
    after a comma shares the name opening the headline, before its first verb."""
    doc = ctx.doc
    toks = doc.tokens
    if not (_in_headline(doc, k) and toks[k].lower.endswith("s")):
        return None
    v = doc.tok_index_at_or_after(ss)
    while v < k and toks[v].cap and toks[v].is_word:
        v += 1
    w = toks[v]
    if v == doc.tok_index_at_or_after(ss) or v >= k or w.cap or not w.lower.endswith("s"):
        return None
    if w.lower in lx.FUNCTION_WORDS or ctx.in_quote(v):
        return None
    src = subject_before(doc, v, ss)
    return src if src is not None and src.kind in {"name", "org", "country"} else None


def _headline_group(doc: Doc, k: int) -> bool:
    """A headline's label before the colon at k ends in a group noun ("Police: Suspect
    fired first", "U.S. officials: …"; not a title, "Stealth Over Health: …")."""
    return _in_headline(doc, k) and doc.tokens[k - 1].lower in lx.GROUP_NOUNS


def _headline_place_label(doc: Doc, a: int, k: int) -> bool:
    """A headline's label before the colon at k is a place, no speaker: a known region,
    state, province or town ("Tuscany: Wildfires force hundreds …"), or a word that
    names no body the body copy writes after a locative preposition and "the" ("Alentejo:
    …" with "farms in the Alentejo"). A country or a body's name is left alone."""
    if not _in_headline(doc, k):
        return False
    toks = doc.tokens
    words = [toks[i].text for i in range(a, k) if toks[i].is_word]
    if not 0 < len(words) <= 3:
        return False
    label = " ".join(words)
    low = label.lower()
    if low in lx.COUNTRY_NAMES or label in lx.KNOWN_ORGS or label in lx.SUPRANATIONAL:
        return False
    if _known_person(doc, a, k - 1):
        return False  # "Warren: …" where the body writes "Sen. Elizabeth Warren"
    if any(w.lower() in lx.ORG_HEADS or w.lower() in lx.INDUSTRY_HEADS for w in words):
        return False
    if known_place_name(label):
        return True
    text = doc.text
    for prep in REGION_PREPOSITIONS:
        at = text.find(f" {prep} the {label}")
        while at >= 0:
            after = at + len(prep) + len(label) + 6
            if not text[after : after + 1].isalnum():
                return True
            at = text.find(f" {prep} the {label}", after)
    return False


# prepositions of place before "the" and a region's name ("farms in the Alentejo")
REGION_PREPOSITIONS = ("in", "across", "throughout", "around", "from", "to")


def _list_heading(ctx: Context, src, a: int, k: int, turn: bool) -> bool:
    """A label of a body paragraph that heads an item of a list, not a speaker: a country
    or U.S. state ("Florida: Clinton leads by 2 points."; in a headline it can speak for
    its government, "Russia: strikes were illegal"), a team ("Lakers: Host Phoenix on
    Thursday.") or one word written nowhere else in the article ("Scoring: Palmer scored
    3 of 4 penalties.")."""
    doc = ctx.doc
    if src.text.rsplit(None, 1)[-1] in lx.TEAM_NICKNAMES:
        return True  # "Lakers: G Austin Reaves missed …": a team's notes after a game
    if _in_headline(doc, k):
        return False
    label = src.text.lower()
    if label in lx.COUNTRY_NAMES or label in lx.US_STATES:
        return True
    return not turn and k == a + 1 and _cap_counts(doc)[doc.tokens[a].text] == 1


def _turn_run_on(ctx: Context, turn: Candidate) -> list[Candidate]:
    """Unlabelled paragraphs after a transcript turn, up to the next label, go on with
    that turn ("VANCE: Because the buses are failing." / "Ridership has dropped by a
    third." / "HALE: And the cost?"); none when no label follows."""
    doc = ctx.doc
    text = doc.text
    starts = doc.para_starts
    i = turn.para
    if not turn.extra.get("turn"):
        return []
    out: list[Candidate] = []
    for j in range(i + 1, min(i + 4, len(starts))):
        ps, pe = starts[j], doc.para_end(starts[j])
        if TITLED_LABEL_RE.match(text, ps) is not None:
            return out
        if text[ps : ps + 1] in TURN_MARKS and text[ps + 1 : ps + 2] in {"(", "["}:
            return out  # '"(CROSSTALK.)': a stage direction inside the quoted transcript
        if text[ps : ps + 1] in {"(", "[", ""} or not ends_a_sentence(text, ps, pe):
            return []  # an aside ("(Laughter.)") or a subhead: the transcript may end
        s = ps + 1 if text[ps : ps + 1] in TURN_MARKS else ps
        e = pe
        while e > s and (text[e - 1].isspace() or text[e - 1] in TURN_MARKS):
            e -= 1
        run_on = copy.copy(turn)
        run_on.start, run_on.end, run_on.para, run_on.extra = s, e, j, {"run_on": True}
        run_on.sentence = ctx.sentence(s)
        out.append(run_on)
    return []


# a label in Title case opening a paragraph: 'Vance: ', 'Sen. Ruth Oakes: '
TITLED_LABEL_RE = re.compile(r"[\"“]?(?:[A-Z][\w.'’-]* ){0,3}[A-Z][\w'’-]*: ")


def _titled_turn(doc: Doc, a: int, k: int) -> bool:
    """``Vance: Because …`` in the body beside another such paragraph ("Hale: Why now?")
    and named more than once: a transcript turn with the label in Title case (a
    headline's ``Sanders: Clinton needs …`` reports one clause)."""
    if not 0 < k - a <= 4 or not all(doc.tokens[i].cap for i in range(a, k)):
        return False
    i = doc.para_index(doc.tokens[k].start)
    starts = doc.para_starts
    if i == 0 or headline_paragraphs(doc)[i]:
        return False
    if not any(
        0 <= j < len(starts) and TITLED_LABEL_RE.match(doc.text, starts[j]) is not None
        for j in (i - 1, i + 1)
    ):
        return False
    return _cap_counts(doc)[doc.tokens[k - 1].text] > 1


def _cap_counts(doc: Doc) -> Counter:
    counts = doc.memo.get("cap_counts")
    if counts is None:
        counts = doc.memo["cap_counts"] = Counter(t.text for t in doc.tokens if t.cap)
    return counts


def _names_a_speaker(doc: Doc, word: str) -> bool:
    """An upper-case label word is written as a name elsewhere ("VANCE" and "Mayor Rosa
    Vance") or labels more than one turn."""
    counts = _cap_counts(doc)
    return counts[word.capitalize()] > 0 or counts[word] > 1


def _label_speaks(doc: Doc, w: int) -> bool:
    """The label ending at token w is someone's, or sits beside the turn of someone
    ("DUNMORE:" between two "VOSS:" turns); not a field of an event box ("COST: Free",
    "TICKETS: At the door")."""
    return _names_a_speaker(doc, doc.tokens[w].text) or any(
        _names_a_speaker(doc, word) for word in _neighbour_labels(doc, doc.tokens[w].start)
    )


def _colon_dateline(doc: Doc, a: int, k: int) -> bool:
    """``NEW DELHI: Congress MP …`` (South Asian wire style): an upper-case label without
    a title opening the article's first body paragraph, no transcript turn beside it, is
    where the story was filed."""
    toks = doc.tokens
    if any(toks[i].lower in lx.TITLE_HEADS or toks[i].lower in lx.HONORIFICS for i in range(a, k)):
        return False
    heads = headline_paragraphs(doc)
    pos = toks[k].start
    i = doc.para_index(pos)
    # only the headline (the first paragraph, or any marked as one) before it
    return all(j == 0 or heads[j] for j in range(i)) and not _neighbour_labels(doc, pos)


def _names_by_initials(doc: Doc) -> dict[str, str | None]:
    """Initials of the two- and three-word names in the text ("TW" -> "Tom Wells"); None
    for initials two different names share."""
    memo = doc.memo.get("initials")
    if memo is not None:
        return memo
    memo = doc.memo["initials"] = {}
    toks = doc.tokens
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and j - i < 4 and is_name_token(toks[j]) and not toks[j].text.isupper():
            j += 1
        if 2 <= j - i <= 3:
            key = "".join(toks[x].text[0] for x in range(i, j))
            name = " ".join(toks[x].text for x in range(i, j))
            memo[key] = name if memo.get(key, name) == name else None
        i = max(j, i + 1)
    return memo


def _initials_label(doc: Doc, a: int, k: int) -> Source | None:
    """``TW: Prime Minister, will you resign?`` in a transcript: the label is the
    initials of a person named in the text (not an acronym: "AP:", "UN:")."""
    label = doc.tokens[a].text
    if not (2 <= len(label) <= 3 and label.isalpha() and label.isupper()):
        return None
    if label in lx.KNOWN_ORGS or label in lx.SUPRANATIONAL or label.lower() in lx.COUNTRY_NAMES:
        return None
    if not _neighbour_labels(doc, doc.tokens[k].start):
        return None
    name = _names_by_initials(doc).get(label)
    if name is None:
        return None
    s, e = doc.tokens[a].start, doc.tokens[a].end
    return Source("name", s, e, name, s, e)  # the speaker by name, the label as written


# prepositions that join a headline's phrase but no body's name ("Stealth Over Health")
PHRASE_PREPOSITIONS = {"over", "against", "after", "before", "amid", "into", "from"}


# the subheads of a game story's box of notes (AP sports: "TIP-INS", "UP NEXT")
NOTES_HEADINGS = {
    "TIP-INS", "TIP INS", "UP NEXT", "NEXT UP", "KEY STATS", "KEY STAT", "NOTES",
    "INJURIES", "INJURY REPORT", "BIG PICTURE", "THE TAKEAWAY", "TAKEAWAYS", "KEY MOMENT",
    "LINEUPS", "LINE-UPS", "HOW IT HAPPENED", "TRAINER'S ROOM", "TRAINER’S ROOM",
}  # fmt: skip
# a paragraph opening with a one- to three-word label and a colon ("Hawks: …")
NOTE_LABEL_RE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}: ")


def _under_notes_heading(doc: Doc, ps: int) -> bool:
    """The labelled paragraph at ps is one of a box of notes under a game story's subhead
    (NOTES_HEADINGS, AP's "TIP-INS", "UP NEXT": "Hawks: Shot 9 of 33 from 3-point range.
    … Owls: Host Game 6 on Monday."): a team's line, nobody's words, even where the labels
    read as a transcript's turns (round 27). The paragraphs between are labelled ones too
    (at most 5 read back)."""
    text = doc.text
    i = doc.para_index(ps)
    for back in range(1, 6):
        if i - back < 0:
            return False
        a = doc.para_starts[i - back]
        para = text[a : doc.para_end(a)].strip()
        if para.upper() in NOTES_HEADINGS:  # (working_text may case an upper-case line)
            return True
        if NOTE_LABEL_RE.match(para) is None:
            return False
    return False


def _colon_label(ctx: Context, k: int) -> Candidate | None:
    """``Sanders: Clinton needs to get away from personality stuff`` (headline style):
    a name or organisation opening a paragraph, a colon, then an unquoted clause."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ps = doc.para_start(toks[k].start)
    a = doc.tok_index_at_or_after(ps)
    if a < k and toks[a].text in TURN_MARKS:
        a += 1  # '"SMITH: …': a transcript turn inside a quoted exchange
    turn = a < k and all(toks[i].text.isupper() or toks[i].text == "." for i in range(a, k))
    titled = not turn and _titled_turn(doc, a, k)
    turn = turn or titled
    if not 0 < k - a <= 4 or not all(toks[i].cap or toks[i].text == "." for i in range(a, k)):
        return None
    if k + 1 >= n or ctx.in_quote(k + 1) or not toks[k + 1].is_word:
        return None
    if toks[a].lower in DISASTER_NOUNS or toks[a].lower in DISPUTE_NOUNS:
        return None  # "Storm Ingrid: Tens of thousands without power …": a topic, no speaker
    # "Mayor: budget “a disgrace”": a headline's label, then a verbless clause holding a
    # quote (the quote is the label's: it is the clause's partial)
    quoted_head = (
        not turn
        and (
            doc.para_index(toks[k].start) == 0
            or headline_paragraphs(doc)[doc.para_index(toks[k].start)]
        )
        and any(ctx.in_quote(i) for i in range(k + 2, min(n, k + 8)))
    )
    if not toks[k + 1].cap and not toks[k + 1].text[0].isdigit() and not quoted_head:
        return None  # "Hawks: host the Lions on Sunday.": a schedule line, no sentence
    if _under_notes_heading(doc, ps):
        return None  # "TIP-INS" / "UP NEXT", then "Hawks: Shot 9 of 33 …": a team's notes
    if any(toks[i].lower in PHRASE_PREPOSITIONS for i in range(a + 1, k - 1)):
        return None  # "Trouble Over Health: …": a headline's phrase, no body's name
    if turn and not titled and _colon_dateline(doc, a, k):
        return None
    if not turn and k - a <= 3 and colon_dateline_end(doc, ps) is not None:
        return None  # "Mumbai: Sarvam Cement will buy …": where the story was filed
    by_initials = _initials_label(doc, a, k) if turn and k - a == 1 else None
    src = by_initials or analyse_phrase(doc, a, k - 1)
    if not turn and src is not None and src.kind == "org" and src.text.lower() in lx.GROUP_NOUNS:
        # "Poll: Voters …", "Report: …" (read as a one-word body): an unnamed source,
        # as "Study: …" and "Police: …" are
        src = Source("group", src.start, src.end, src.text, src.phrase_start, src.phrase_end)
    if turn and (toks[k - 1].lower in lx.TITLE_HEADS or toks[k - 1].lower in UNNAMED_TURN_WORDS):
        # 'REPORTER:', 'UNIDENTIFIED REPORTER:', 'MODERATOR:': an unnamed speaker
        ps, pe = toks[a].start, toks[k - 1].end
        src = Source("group", ps, pe, doc.text[ps:pe], ps, pe)
    elif turn and (src is None or src.kind not in {"name", "org"}) and toks[k - 1].is_word:
        src = analyse_phrase(doc, k - 1, k - 1)  # 'MS. GARCIA:' → the surname
    if (
        turn
        and src is not None
        and src.kind != "group"
        and by_initials is None
        and not _label_speaks(doc, k - 1)
    ):
        return None  # "COST: Free and open to the public.": a field of an event box
    if turn and src is not None and src.kind == "org" and _turn_name_label(doc, a, k):
        # 'PARK:', 'SEN. JOHN KERRY:': a transcript's label is a person's name (after
        # any title), not an acronym
        b0 = a
        while b0 < k - 1 and (
            toks[b0].text == "."
            or toks[b0].lower in lx.TITLE_HEADS
            or toks[b0].lower in lx.HONORIFICS
        ):
            b0 += 1
        ns, ne = toks[b0].start, toks[k - 1].end
        src = Source("name", ns, ne, doc.text[ns:ne], toks[a].start, ne)
    if (
        src is None
        or src.kind not in {"name", "org", "group"}
        or (src.kind == "group" and not turn and not _headline_group(doc, k))
        or src.text.lower() in LABELS
    ):
        return None  # (a headline's "Police: Suspect fired first" is the police's)
    if _list_heading(ctx, src, a, k, turn):
        return None  # "Ohio: Trump leads by 3 points.": a results list, not a speaker
    if not turn and src.kind != "group" and _headline_place_label(doc, a, k):
        return None  # "Tuscany: Wildfires force hundreds …": where, not who
    pe = doc.para_end(toks[k].start)
    ss, se = ctx.sentence(toks[k + 1].start)
    if turn:
        # a transcript turn: the whole paragraph is the speaker's
        end = pe
        text = doc.text
        while end > toks[k + 1].start and (text[end - 1].isspace() or text[end - 1] in TURN_MARKS):
            end -= 1
        if end - toks[k + 1].start < 12 and not (titled or _neighbour_labels(doc, toks[k].start)):
            return None  # a short turn ("HALE: Why now?") only inside a transcript
        c = _colon_candidate(ctx, k, src, (ss, se), end)
        c.extra["turn"] = True
        return c
    end = _content_end(ctx, k + 1, min(se, pe))
    if end - toks[k + 1].start < 12 or (
        not quoted_head
        and any(ctx.in_quote(i) for i in range(k + 1, min(n, k + 60)) if toks[i].start < end)
    ):
        return None
    return _colon_candidate(ctx, k, src, (ss, se), end)


# Title Case headline verbs of stance, with the particle their content follows ("Clinton
# Goes After Trump As …", "Clinton Breaks With Obama On …").
HEADLINE_VERBS = {
    "goes": {"after"}, "breaks": {"with"},
}  # fmt: skip
HEADLINE_QUOTE_MARKS = {"‘", "'", "“", '"', "`"}


def _known_person(doc, a: int, b: int) -> bool:
    """Tokens a..b name a person: a known first name, or the surname appears in the
    article after a first name or an honorific ("Mr. Obama", "Barack Obama")."""
    toks = doc.tokens
    first = toks[a].lower
    if first in lx.FIRST_NAMES:
        return True
    sur = toks[b].text
    text = doc.text
    i = text.find(sur, toks[b].end)
    while i != -1:
        before = text[max(0, i - 12) : i].split()
        if before and (
            before[-1].rstrip(".").lower() in {"mr", "mrs", "ms", "dr", "president", "sen", "gov"}
            or before[-1].lower() in lx.FIRST_NAMES
        ):
            return True
        i = text.find(sur, i + len(sur))
    return False


def _headline_colon(ctx: Context, k: int) -> Candidate | None:
    """Headline "Warren Hammers Wells Fargo CEO: ‘You Should Be …’" / "Obama on Climate
    Change: The Trends Are …" / "A lesson from Loretta Lynch: '…'": a person named at the
    start of the label (or after "from" at its end) says what follows the colon."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ps = doc.para_start(toks[k].start)
    a = doc.tok_index_at_or_after(ps)
    if not 1 < k - a <= 8 or k + 1 >= n:
        return None
    b = k + 1
    if toks[b].text in HEADLINE_QUOTE_MARKS and b + 1 < n:
        b += 1
    if not toks[b].is_word or not toks[b].cap:
        return None
    src = None
    f = next((i for i in range(a, k) if toks[i].lower == "from"), None)
    if f is not None and f + 1 < k:
        src = analyse_phrase(doc, f + 1, k - 1)  # "A lesson from Loretta Lynch:"
    else:
        for last in (a + 1, a):
            if last < k - 1 and toks[last].cap and toks[last + 1].is_word:
                cand = analyse_phrase(doc, a, last)
                if cand is not None and cand.kind == "name" and _known_person(doc, a, last):
                    src = cand
                    break
    if src is None or src.kind != "name" or src.text.lower() in LABELS:
        return None
    pe = doc.para_end(toks[k].start)
    text = doc.text
    end = pe
    while end > toks[b].start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if end - toks[b].start < 8:
        return None
    ss, se = ctx.sentence(toks[k].start)
    return _colon_candidate(ctx, k, src, (ss, se), end)


# a desk's tag opening a wire headline ("(LEAD)", "(2nd LD)", "(URGENT)")
DESK_TAG_RE = re.compile(r"\((?:LEAD|URGENT|\d+(?:st|nd|rd|th) LD|[A-Z]+ LD)\) ")


def _headline_credit(ctx: Context, k: int) -> Candidate | None:
    """Yonhap's "N. Korea fires missile into East Sea: JCS": a body's initials (or a
    known body's name) closing a headline after its colon said what comes before it."""
    doc = ctx.doc
    toks = doc.tokens
    pe = doc.para_end(toks[k].start)
    c = k + 1
    if c >= len(toks) or toks[c].start >= pe:
        return None
    last = c
    while last + 1 < len(toks) and toks[last + 1].start < pe and last - c < 3:
        last += 1
    words = [x for x in toks[c : last + 1] if x.is_word]
    ps = doc.para_start(toks[k].start)
    ends_headline = toks[last].end >= ps + len(doc.text[ps:pe].rstrip(" .\n"))
    if (
        not words
        or not ends_headline
        or not (
            (len(words) == 1 and words[0].text.isupper() and 2 <= len(words[0].text) <= 6)
            or doc.text[toks[c].start : toks[last].end] in lx.KNOWN_ORGS
        )
    ):
        return None
    src = analyse_phrase(doc, c, last)
    if src is None or src.kind not in {"org", "name"}:
        return None
    tag = DESK_TAG_RE.match(doc.text, ps)
    start = tag.end() if tag else ps
    if toks[k].start - start < 12:
        return None
    ss, se = ctx.sentence(toks[k].start)
    return _reported(ctx, k, src, (ss, se), start=start, end=toks[k].start, confidence=0.6, cue=":")


# Every lower-case word find_reported reacts to (union of the sets its checks test).
_TRIGGER_WORDS = frozenset().union(
    CUE_NOUNS,
    AGENTLESS_NOUNS,
    ATTITUDE_ADJECTIVES,
    ATTITUDE_PREP_ADJECTIVES,
    MADE_IT_WORDS,
    PREP_NOUNS,
    {"according"},
    lx.CUE_FORMS,
    PASSIVE_CUES,
    SEEM_FORMS,
    EVIDENTIAL_ADVERBS,
    PREP_ONLY_FORMS,
    LIGHT_NOUNS,
    HEADLINE_VERBS,
    FACED_NOUNS,
    INFINITIVE_CUE_NOUNS,
)

# every lower-case spelling find_reported's loop can act on: ":" labels, "In the …",
# "asked"/"pressed" frames, capitalised participles and headline cues, trigger words
_LOOP_WORDS = frozenset().union(
    _TRIGGER_WORDS,
    lx.SPEECH_FORMS,
    lx.COGNITION_FORMS,
    lx.CUE_FORMS,
    QUESTION_FRAME_VERBS,
    {":", "in", "put", "puts", "putting", "heard"},
)


# "…, the court heard.": evidence put to a court or an inquest, nobody named giving it
HEARING_BODIES = {"court", "inquest", "tribunal", "hearing", "jury", "trial", "inquiry"}


def _court_heard(ctx: Context, k: int) -> Candidate | None:
    """``Mr X was waiting for a bus when Y hit him, the court heard.`` (British and
    Australian court copy): the clause before is reported, source ``the court`` and no
    speaker (round 24)."""
    doc = ctx.doc
    toks = doc.tokens
    if k < 4 or k + 1 >= len(toks) or toks[k + 1].text not in {".", ";"}:
        return None
    b = k - 1 if toks[k - 1].lower in HEARD_PERFECT else k  # ", a jury has heard."
    court = toks[b - 1]
    named = _named_court_opening(toks, b - 1)  # ", Leeds Crown Court heard." (round 31)
    if named is not None:
        b = named + 2  # (its comma at b - 3, as before "the court")
    elif toks[b - 1].lower == "jurors":  # ", jurors heard." (no article)
        b += 1
    elif toks[b - 1].lower not in HEARING_BODIES or toks[b - 2].lower not in {"the", "a"}:
        return None
    if b < 4 or toks[b - 3].text != "," or ctx.in_quote(b - 3):
        return None
    ss, se = ctx.sentence(toks[k].start)
    a = doc.tok_index_at_or_after(past_dateline(ctx, ss))
    end = toks[b - 3].start
    if a >= b - 3 or end - toks[a].start < 20 or ctx.in_quote(a):
        return None
    if named is not None:
        # the court's whole name as the source, no speaker (no body speaks evidence)
        c0 = toks[named].start
        src = Source("group", c0, court.end, doc.text[c0 : court.end], c0, court.end, loose=True)
    else:
        src = _the_body_source(ctx, b - 2)
    return _reported(ctx, k, src, (ss, se), start=toks[a].start, end=end, confidence=0.8)


def _named_court_opening(toks, c: int) -> int | None:
    """The first token of a court's name ending at token c ("Minshull Street Crown Court",
    "Manchester Magistrates' Court": capitalised words after a comma), else None."""
    if c < 2 or toks[c].text != "Court":
        return None
    x = c - 1
    while x > 0 and c - x < 6 and toks[x].cap and toks[x].is_word:
        x -= 1
    return x + 1 if x < c - 1 and toks[x].text == "," else None


# ", a jury has heard." / ", the court had heard."
HEARD_PERFECT = {"has", "had", "have"}


# whom a Title Case headline's trailing "…, X Tells Jury" addresses (round 29)
HEADLINE_LISTENERS = AUDIENCE_NOUNS | {
    "jurors", "reporters", "lawmakers", "senators", "congress", "senate", "mps", "inquiry",
    "inquest", "tribunal", "judge", "investors", "shareholders", "regulators", "mourners",
    "trial", "hearing", "conference", "rally", "forum", "council", "board",
}  # fmt: skip


def _headline_listener_tail(ctx: Context, k: int, se: int) -> bool:
    """ "Founder Misled Investors, Ex-CTO Tells Jury": a headline's cue after a comma and
    its subject, with only a listener (one or two words) after it, reports the words
    before the comma (as "…, ex-CTO tells jury" does), not the listener."""
    toks = ctx.doc.tokens
    if ctx.doc.lowers[k] not in {"tells", "told", "tell"}:
        return False
    x = k + 1
    while x < len(toks) and toks[x].start < se and toks[x].is_word and x - k <= 2:
        x += 1
    if x == k + 1 or (x < len(toks) and toks[x].start < se and toks[x].text not in ".!?"):
        return False
    if toks[x - 1].lower not in HEADLINE_LISTENERS:
        return False
    for b in range(k - 1, max(k - 5, 0), -1):
        if toks[b].text == ",":
            return True
        if not toks[b].is_word:
            return False
    return False


def _the_body_source(ctx: Context, i: int) -> Source:
    """``the court`` / ``The meeting`` at tokens i, i + 1: an unnamed body as source (no
    speaker; loose, so no court named before speaks for it)."""
    toks = ctx.doc.tokens
    start, end = toks[i].start, toks[i + 1].end
    return Source("group", start, end, ctx.doc.text[start:end], start, end, loose=True)


# "The meeting heard that …": what was put to a public meeting, nobody named giving it
HEARD_THAT_BODIES = HEARING_BODIES | {"meeting", "committee", "council", "hearings"}


def _body_heard_that(ctx: Context, k: int) -> Candidate | None:
    """``The meeting heard that the bridge was last inspected in 2019.`` (British and
    Irish council and court copy): the ``that`` clause is reported, source ``The
    meeting`` and no speaker, as for a closing ``…, the court heard`` (round 25)."""
    doc = ctx.doc
    toks = doc.tokens
    if k < 2 or k + 3 >= len(toks) or toks[k - 2].lower != "the":
        return None
    body = toks[k - 1].lower
    if body not in HEARD_THAT_BODIES:
        return None
    ss, se = ctx.sentence(toks[k].start)
    # "The court heard Hollis kept …": a court (not a meeting, which hears a speaker or
    # a report) hears a bare clause too (round 29)
    c = k + 2 if toks[k + 1].lower == "that" else k + 1
    if c == k + 1 and (body not in HEARING_BODIES or not _bare_clause_at(doc, c, se)):
        return None
    a = doc.tok_index_at_or_after(past_dateline(ctx, ss))
    if a != k - 2 or ctx.in_quote(k) or toks[c].start >= se:
        return None
    end = _content_end(ctx, c, se)
    if end <= toks[c].start:
        return None
    src = _the_body_source(ctx, k - 2)
    return _reported(ctx, k, src, (ss, se), start=toks[c].start, end=end, confidence=0.8)


PUT_FORMS = {"put", "puts", "putting"}


def _put_it_to(ctx: Context, k: int) -> Candidate | None:
    """``Prosecutors put it to him that he had lied``: a question or claim put to a
    listener (one to five words before "that"), the subject's."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    if k + 4 >= n or toks[k + 1].lower != "it" or toks[k + 2].lower != "to":
        return None
    ss, se = ctx.sentence(toks[k].start)
    j = k + 3
    while j < n and j - k < 9 and toks[j].start < se and toks[j].is_word and not ctx.in_quote(j):
        if toks[j].lower == "that":
            break
        j += 1
    if j >= n or toks[j].lower != "that" or j == k + 3 or j + 3 >= n or toks[j + 3].start >= se:
        return None
    if toks[j + 1].lower in TIME_ENDS or toks[j + 1].lower in SEASON_WORDS | {"day"}:
        return None  # "put it to a vote that afternoon": a determiner
    src = _verb_group_subject(doc, k, ss)
    if src is None:
        return None
    end = _content_end(ctx, j + 1, se)
    if end <= toks[j + 1].start:
        return None
    cue = doc.text[toks[k].start : toks[j - 1].end]  # "put it to him"
    return _reported(
        ctx, k, src, (ss, se), start=toks[j + 1].start, end=end, confidence=0.6, cue=cue
    )


GAP_CUES = {"said", "says", "say"}
# the head of "…, a decision the mayor said would save $2 million": a measure or a claim
# (a finding's or a law's too, round 32: "…, a gap the researchers say could leave …",
# "…, a change that rights groups say will make …")
GAP_HEADS = CLOSING_COMMENT_NOUNS | {
    "decision", "plan", "change", "cut", "cuts", "deal", "policy", "proposal", "measure",
    "closure", "closures", "merger", "sale", "project", "program", "programme",
    "gap", "shift", "move", "step", "rule", "law", "bill", "reform", "ban", "rise",
    "increase", "drop", "fall", "trend",
}  # fmt: skip


def _gap_relative(ctx: Context, k: int) -> Candidate | None:
    """ "…, a decision the district's superintendent said would save $3 million a year": a
    relative clause whose subject is the cue's object gap; the modal's verb phrase (to
    the next comma, "but" or "and") is the speaker's."""
    doc = ctx.doc
    toks = doc.tokens
    ss, se = ctx.sentence(toks[k].start)
    a = k - 1
    while a > 0 and k - a <= 6 and toks[a].start >= ss and toks[a].lower not in GAP_HEADS:
        if toks[a].text in {",", ";"} or toks[a].lower in lx.CUE_FORMS:
            return None
        a -= 1
    if (
        a < 2
        or toks[a].lower not in GAP_HEADS
        or toks[a - 1].lower not in {"a", "an"}
        or toks[a - 2].text != ","
        or a + 1 >= k
    ):
        return None
    if toks[a + 1].lower in {"that", "which"}:
        a += 1  # "…, a change that rights groups say will …"
        if a + 1 >= k:
            return None
    src = analyse_phrase(doc, a + 1, k - 1)
    if src is None or src.kind not in {"name", "group", "org"}:
        return None
    e = k + 1
    while e < len(toks) and toks[e].start < se and toks[e].text not in {",", ";", "."}:
        if toks[e].lower == "but" and e > k + 2:
            break  # (not "and": "could leave parents and doctors …", one verb phrase)
        e += 1
    if e <= k + 2:
        return None
    return _reported(
        ctx, k, src, (ss, se), start=toks[k + 1].start, end=toks[e - 1].end, confidence=0.6
    )


def find_reported(
    ctx: Context, used_cues: set[int], quote_cands: list[Candidate] | None = None
) -> list[Candidate]:
    doc = ctx.doc
    toks = doc.tokens
    out: list[Candidate] = []
    prev: Candidate | None = None
    outer: Candidate | None = None  # the last candidate not inside another's words
    qc = quote_cands or []
    qi = 0
    headline = headline_paragraphs(doc)
    tq = ctx.tok_quote  # per-token loop: index the quote map directly
    # visit only tokens whose spelling can start one of the checks below (C-level pass)
    hits = map(_LOOP_WORDS.__contains__, doc.lowers)
    for k in compress(range(len(toks)), hits):
        t = toks[k]
        while qi < len(qc) and qc[qi].end <= t.start:
            if prev is None or qc[qi].start > prev.start:
                prev = qc[qi]
            qi += 1
        if t.text == ":" and tq[k] < 0:
            c = _colon_label(ctx, k)
            if c is None and (headline[doc.para_index(t.start)] or doc.para_index(t.start) == 0):
                c = _headline_colon(ctx, k) or _headline_credit(ctx, k)
            if c is not None:
                out.append(c)
                out.extend(_turn_run_on(ctx, c))
            continue
        if not t.is_word or tq[k] >= 0 or k in used_cues:
            continue
        headline_cue = (
            t.cap
            and (
                t.lower in lx.SPEECH_FORMS
                or t.lower in lx.COGNITION_FORMS
                or (
                    t.lower in HEADLINE_VERBS
                    and k + 1 < len(toks)
                    and (
                        not HEADLINE_VERBS[t.lower] or toks[k + 1].lower in HEADLINE_VERBS[t.lower]
                    )
                )
            )
            and headline[doc.para_index(t.start)]
            and k > 0
            and toks[k - 1].start >= doc.para_start(t.start)
            and toks[k - 1].is_word
            and not _headline_noun_subject(toks, k)
            # (not "Federal Report Says …": a noun before the headline's verb)
            and not (t.lower in cues.BASE_NOUN_CUES and cues.speech_verb_next(doc, k))
        )  # "Obama Says African-American Museum Will …", "…, Lindsey Graham Says."
        if t.lower == "heard":
            c = _court_heard(ctx, k) or _body_heard_that(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if t.text == "In":
            c = _in_document(ctx, k) or _in_view(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if t.lower in PUT_FORMS:
            c = _as_x_put_it(ctx, k) if t.lower == "put" else None
            c = c or _put_it_to(ctx, k)
            if c is not None:
                out.append(c)
            continue
        if t.lower in QUESTION_FRAME_VERBS:
            c = _asked_frame(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if t.cap and t.lower.endswith("ing") and t.lower in lx.CUE_FORMS and not headline_cue:
            c = _fronted_participle(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if t.cap and t.text != "According" and not headline_cue:
            continue
        low = t.lower
        if low in GAP_CUES and k + 1 < len(toks) and toks[k + 1].lower in MODAL_VP:
            c = _gap_relative(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if low not in _TRIGGER_WORDS:
            continue  # none of the checks below can fire (most tokens): skip them
        if low in FACED_NOUNS and k > 1:
            c = _faced_noun_cue(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if low in LIGHT_NOUNS and k > 1:
            c = _light_verb_cue(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if low in INFINITIVE_CUE_NOUNS and k + 2 < len(toks) and toks[k + 1].lower == "to":
            c = _noun_cue(ctx, k, k + 1)
            if c is not None:
                out.append(c)
                continue
        if low in AGENTLESS_NOUNS and k + 2 < len(toks) and toks[k + 1].lower == "that":
            c = _agentless_noun_cue(ctx, k)
            if c is None and toks[k - 1].lower.endswith(("'s", "’s")):
                c = _noun_cue(ctx, k)  # "the group's claims that …"
            if c is not None:
                out.append(c)
                continue
        if (
            low in CUE_NOUNS
            and k + 3 < len(toks)
            and toks[k + 1].lower in {"is", "was"}
            and toks[k + 2].lower == "that"
        ):
            c = _noun_cue(ctx, k, k + 3, copula=True)  # "Her argument was that A": hers
            if c is not None:
                out.append(c)
                continue
        if low in CUE_NOUNS and k + 2 < len(toks) and toks[k + 1].lower == "that":
            c = _noun_cue(ctx, k)
            if c is not None:
                out.append(c)
                continue
            if not (
                low in lx.CUE_FORMS
                and k > 0
                and (
                    toks[k - 1].text == ","
                    or toks[k - 1].lower in PROGRESSIVE_LINKS
                    or message_before(toks, k, doc.para_start(t.start)) is not None
                    or _plural_subject_before(ctx, k)
                )
            ):
                continue  # (", warning that …", "was warning that …", "a letter to the
                # council warning that …": a verb: read on)
        if (
            (low in ATTITUDE_ADJECTIVES or low in ATTITUDE_PREP_ADJECTIVES or low in MADE_IT_WORDS)
            and k > 1
            and k + 2 < len(toks)
            and (
                (toks[k + 1].lower == "that" and low in ATTITUDE_ADJECTIVES)
                or (
                    low in MADE_IT_WORDS
                    and toks[k - 1].lower == "it"
                    and toks[k - 2].lower in MAKE_FORMS
                    and (toks[k + 1].lower in lx.SUBJECT_PRONOUNS or toks[k + 1].lower == "that")
                )
                or toks[k + 1].lower in ATTITUDE_PREP_ADJECTIVES.get(low, ())
                or (
                    low in BARE_CLAUSE_ADJECTIVES
                    and _bare_clause_at(doc, k + 1, ctx.sentence(t.start)[1])
                )
            )
        ):
            c = _adjective_cue(ctx, k)
            if c is not None:
                out.append(c)
                prev = c
                continue
        if low in PREP_NOUNS and k > 0:
            j = _prep_noun_start(ctx, k)
            c = _noun_cue(ctx, k, j) if j is not None else None
            if c is not None:
                out.append(c)
                continue
        # (the cue's spelling first: no call for the other trigger words)
        reported_by = low in AS_REPORTED_FORMS and _as_reported_by(ctx, k)
        if (low == "according" and cues.is_according(doc, k)) or reported_by:
            ss, se = ctx.sentence(t.start)
            res = _according(ctx, k, ss, se)
            if res is None and not reported_by:
                # "According to the council's guidance:" then a bulleted list: each item
                for s, e, item_src in _according_list(ctx, k, ss, se):
                    out.append(
                        Candidate(
                            start=s,
                            end=e,
                            kind="indirect",
                            sentence=ctx.sentence(s),
                            para=doc.para_index(s),
                            source=item_src,
                            cue="according to",
                            cue_pos=t.start,
                            sieve="according",
                            confidence=0.7,
                        )
                    )
            if res is not None:
                s, e, according_src = res
                c = Candidate(
                    start=s,
                    end=e,
                    kind="indirect",
                    sentence=(ss, se),
                    para=doc.para_index(t.start),
                    source=according_src,
                    cue=doc.text[t.start : toks[k + 1].end] if reported_by else "according to",
                    cue_pos=t.start,
                    sieve="according",
                    confidence=0.8,
                )
                out.append(c)
                prev = c
                tail = _according_and_clause(ctx, k, according_src, ss, se)
                if tail is not None:
                    out.append(
                        _reported(
                            ctx,
                            k,
                            according_src,
                            (ss, se),
                            start=tail[0],
                            end=tail[1],
                            confidence=0.7,
                            cue="according to",
                            sieve="according",
                        )
                    )
            continue
        if (
            k + 2 < len(toks)
            and toks[k + 1].lower == "by"
            and (low.endswith("ed") or low == "told")
            and low in lx.CUE_FORMS
            and not t.cap
        ):
            c = _quoted_passive_by_as(ctx, k) if low in lx.NAMING_FORMS else None
            if c is None:
                c = _agentive_passive(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if (
            low in lx.NAMING_FORMS
            and k + 3 < len(toks)
            and not t.cap
            and (toks[k + 1].lower in QUOTED_COMPLEMENT_LEAD or tq[k + 1] >= 0)
        ):
            c = _quoted_passive(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if low.endswith("ing") and k > 2 and toks[k - 1].lower == "as":
            c = _quoted_as_saying(ctx, k)
            if c is not None:
                _attach_pieces(ctx, c)  # "… as saying that A “…” and would B" (round 27)
                out.append(c)
                continue
        if low.endswith("ing") and k > 3 and toks[k - 1].lower in PERCEPTION_OR_MEDIUM:
            c = _perceived_saying(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if low in lx.CUE_FORMS and k > 1 and toks[k - 1].lower in IT_PASSIVE_ADVERBS:
            c = _it_passive(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if low in TOLD_PASSIVES and k > 1 and toks[k - 1].lower in PASSIVE_BE:
            c = _agentless_told(ctx, k)
            if c is not None:
                out.append(c)
                continue
        if (
            low in PASSIVE_CUES
            and k > 1
            and (
                toks[k - 1].lower in PASSIVE_BE
                or (
                    toks[k - 1].lower.endswith("ly")
                    or toks[k - 1].lower in {"also", "often", "long", "not", "never"}
                )
                and toks[k - 2].lower in PASSIVE_BE
            )
        ) or (
            (low in SEEM_FORMS and k + 1 < len(toks) and toks[k + 1].lower == "to")
            or low in EVIDENTIAL_ADVERBS
        ):
            pv = _passive(ctx, k)
            if pv is not None:
                main, head = pv
                quoted = _quoted_inside(ctx, main.start, main.end)
                if low in lx.NAMING_FORMS and not quoted:
                    # (a quote after the agent, "… by doctors for promoting “quack” cures",
                    # is the adjunct's scare quote: the span stays whole for its test)
                    _credit_naming_agent(ctx, main, head)
                if quoted:
                    # "X has been called a charlatan for promoting “quack” cures": the
                    # quote will stand for the complement; the subject is still reported
                    out.append(head)
                else:
                    main.extra["head"] = head
                out.append(main)
            continue
        if not (
            (low in lx.CUE_FORMS and (headline_cue or cues.is_cue(doc, k)))
            or (headline_cue and low in HEADLINE_VERBS)
            or _is_prep_cue(ctx, k)
        ):
            continue
        if k > 0 and toks[k - 1].lower == "having":
            continue  # "Having said that, …": a discourse connective
        if k > 1 and toks[k - 1].lower == "without" and toks[k - 2].lower in GO_FORMS:
            continue  # "It goes without saying that …": an idiom
        if k > 0 and toks[k - 1].lower == "worth" and not _place_worth(toks, k - 1):
            continue  # "It is worth noting that …": the writer's aside
        if _modifies_noun(doc, k):
            continue
        ss, se = ctx.sentence(t.start)
        ctx.extra_fragment = None
        base = _BASE_FORMS.get(low, low)  # _base(doc, k), read once (doc.lowers[k] is low)
        if (
            headline_cue
            and k + 1 < len(toks)
            and toks[k + 1].lower == "to"
            and (low == "told" or low.endswith("ed"))
            and base in OBJECT_VERBS | {"order", "urge", "ask", "warn", "advise"}
        ):
            continue  # "Fans Told to Arrive Early": a passive, the fans are told
        if (
            headline_cue
            and k + 1 < len(toks)
            and toks[k + 1].start < se
            and not _headline_listener_tail(ctx, k, se)
        ):
            # "Retired General Reveals ‘Demoralizing’ Experience Of …": the rest of the
            # headline is the content
            src = _cue_subject(doc, k, k, ss)
            h0 = k + 2 if HEADLINE_VERBS.get(low) else k + 1  # "Goes After X": X
            hs, he = toks[min(h0, len(toks) - 1)].start, se
            text = doc.text
            semi = text.find(";", hs, he)
            he = semi if semi != -1 else he
            for m in range(k + 2, len(toks)):
                if toks[m].start >= he:
                    break
                if _medium_phrase_at(toks, m, he) or _next_headline_verb(toks, m):
                    # "… Housing Plan in Radio Interview", "…, Warns Rivals"
                    he = toks[m].start
                    break
            while he > hs and (text[he - 1].isspace() or text[he - 1] in ".!?"):
                he -= 1
            if src is not None and he - hs >= 3 and not _quoted_inside(ctx, hs, he):
                c = _reported(ctx, k, src, (ss, se), start=hs, end=he, confidence=0.6)
                out.append(c)
                prev = c
                continue
        block = _colon_block(ctx, k)
        if block is not None:
            src = _cue_subject(doc, k, k, ss)
            if src is not None and low in lx.SPEECH_FORMS:
                c = _reported(ctx, k, src, (ss, se), start=block[0], end=block[1], confidence=0.7)
                out.append(c)
                prev = c
                continue
        j = _content_start(ctx, k, se)
        if (
            j is not None
            and c_para_headline(doc, headline, t.start)
            and _headline_listener_tail(ctx, k, se)
        ):
            j = None  # "…, witness tells fraud trial": the listener ends the headline
        if j is not None and _names_an_act(doc, k, j):
            continue
        if j is not None and _message_words_after(toks, doc.lowers, j):
            continue  # "posted a notice warning that A": the notice's words (A) are reported
        src = None
        span = None
        inv = _inverted(ctx, k, se)
        wh = _wh_fragment(ctx, k, ss, se) if inv is None else None
        if wh is not None:
            # "which he said were at his side": the relative word and the rest
            src, span, ctx.extra_fragment = wh
            if span is None:
                continue  # the cue's words are not given
        elif inv is not None:
            # "CLAUSE, noted NBC's Dante Chinni."
            src = inv
            span = _trailing_content(ctx, k, t.start, ss, se, inverted=True)
            tail = _inverted_tail(ctx, inv, se) if span is not None else None
            if span is not None and tail is not None:
                # "A, said X, B": B is reported, A a fragment of it (as "A, X said, B")
                a, p = doc.tok_index_at_or_after(span[0]), doc.tok_index_at_or_after(span[1])
                if not _quoted_inside(ctx, span[0], span[1]) and not _connective(doc, a, p):
                    ctx.extra_fragment = span
                span = tail
        elif j is not None:
            src = None
            if low.endswith("ing") and (
                comma_before(doc, k)
                or after_addressee(doc, k, ss)
                or (k > 0 and toks[k - 1].lower in GERUND_PREPS)
                or (k > 1 and toks[k - 1].lower in PARTICIPLE_ADVERBS and comma_before(doc, k - 1))
                or cues.spent_time_before(doc, k, ss)  # "spent the weekend arguing that …"
            ):
                # (a cue inside the words just reported, "X said the defense would ask the
                # judge to …, arguing that …": the participle after them is still X's)
                before = outer if prev is not outer and _nested_in(prev, outer) else prev
                src = clause_subject(ctx, k, ss, before)  # ", saying that …", "by telling"
                if (
                    src is None
                    and comma_before(doc, k)
                    and prev is not None
                    and prev.source is not None
                    and prev.sentence == (ss, se)
                    and prev.end <= t.start
                ):
                    src = prev.source  # "Aides urged her to X, arguing that …": a group too
                if src is None and comma_before(doc, k):
                    src = _aux_subject(ctx, k, ss)  # "X is filing a complaint, claiming …"

            src = src or message_sender(doc, k, ss)
            src = src or _forced_object(doc, k, ss)
            src = src or _cue_subject(doc, k, _control_head(doc, k, ss), ss)
            src = _document_subject(ctx, k, ss, src)
            if low in LEARNED_FROM and src is not None:
                src = _learned_from(ctx, k, se) or src
            if src is None and k > 0:
                b = k - 1
                while b > 0 and toks[b].lower in AUX_BEFORE_CUE:
                    b -= 1
                if toks[b].text in {",", "and", "but"}:
                    # "…, and has said that" / "… but noted that": the main subject (not
                    # the subject of a bare verb inside the first reported clause: "X said
                    # the city would announce a plan and urged …" is X's second act)
                    inner = b == k - 1 and toks[b].text != "," and _bare_verb_cue(doc, prev)
                    src = clause_subject(ctx, k, ss, None if inner else prev)
                    if src is None and toks[b].text == ",":
                        src = _headline_subject(ctx, k, ss)
                    if (
                        src is None
                        and toks[b].text != ","
                        and t.lower.endswith(("s", "ed"))  # a finite verb, not "and support"
                        and t.lower not in lx.AMBIGUOUS_CUES
                    ):
                        src = _aux_subject(ctx, k, ss)  # "X is bearish on Y and expects …"
                    if (
                        src is None
                        and toks[b].lower in {"and", "but"}
                        and prev is not None
                        and prev.source is not None
                        and prev.sentence == (ss, se)
                        and prev.end <= t.start
                        and prev.cue_pos is not None
                        and not any(
                            toks[x].lower in RELATIVE_WORDS or toks[x].lower in lx.SUBJECT_PRONOUNS
                            for x in range(doc.tok_index_at_or_after(prev.cue_pos) + 1, k)
                        )  # "who lacks X and has attacked Y", "said he was sad and had urged Y":
                        # the verb of the reported clause's own subject
                    ):
                        src = prev.source  # "Protesters said A, but pledged B": a group too
            if (
                src is None
                and k > 1
                and toks[k - 1].lower == "to"
                # (not "led Sen. X (D-Mont.) to invoke": a name, its tag, then "to"; but
                # "took to Twitter to brand": a platform after a preposition)
                and (
                    not toks[_skip_paren_back(doc, k - 2, ss)].cap
                    or (k > 2 and toks[k - 3].lower in {"to", "on", "onto"})
                )
                and toks[k - 2].lower != "according"
                and base not in PURPOSE_EXCLUDED
                and not _infinitive_of_prepositional_object(toks, k)
            ):
                # "European leaders gathered Friday to discuss X": a purpose infinitive
                # takes the main clause's subject
                src = clause_subject(ctx, k, ss, None)
            quantifier = _quantifier_subject(doc, k, ss)  # "Few expect": not a name "Few"
            if quantifier is not None and not (
                src is not None and src.kind == "name" and quantifier.text.lower() == "others"
            ):  # ("Ann Roe and others said": Ann Roe, read by the subject)
                src = quantifier
            src = src or _participle_modified_subject(ctx, k, ss, prev)
            if src is not None and _spoken_to_in_relative(doc, src, ss):
                # "Several trainers who spoke to Trotting Life said": the outlet or person
                # spoken to is the relative clause's object; its head speaks (round 29)
                loose = loose_subject(ctx, k, ss)
                src = loose if loose is not None and loose.phrase_start < src.phrase_start else src
            if src is None:
                src = loose_subject(ctx, k, ss)
            # "posted a notice on its gate warning …": no subject parsed, the message speaks
            src = src or _message_subject(ctx, k, ss)
            if src is not None:
                span = (toks[j].start, _content_end(ctx, j, se))
                span = (span[0], _fronted_clause_end(ctx, ss, k, j, span[1]))
                src = _fronted_participle_subject(ctx, k, ss, span[1]) or src
                aside = _subordinate_aside(ctx, k, ss, span[1])
                if aside is not None:
                    src, span = aside[0], (span[0], aside[1])
                span = (span[0], _aside_participle_end(ctx, k, src, ss, span[1]))
                span = (span[0], _from_gerund_end(doc, k, j, span[1]))
                if _object_content(ctx, k, j):
                    span = (span[0], _object_end(ctx, j, span[1], k))
                np_cue = base in OBJECT_OK or base == "report"
                if np_cue and toks[j].lower in lx.DETERMINERS:
                    span = (span[0], _before_trailing_time(ctx, j, span[1]))
                ctx.extra_fragment = _fronted_fragment(ctx, src, ss, k)
        else:
            # (never a participle: "…, chanting Okafor's name" names no speaker)
            inverted_comma = k > 0 and toks[k - 1].text == "," and not low.endswith("ing")
            if not inverted_comma and _closing_tail(ctx, k, se) is None:
                # more than a short adverbial follows the cue and no comma before it opens
                # an inverted "…, said X": _trailing_content finds no clause whatever the
                # subject, so none is looked for (most cues of unpunctuated text)
                continue
            src = _cue_subject(doc, k, k, ss) or loose_subject(ctx, k, ss)
            src = _document_subject(ctx, k, ss, src)
            if src is not None:
                # (a title set off before the name is the subject's: "A, the family's
                # lawyer, Julius Juma, said")
                first = min(src.phrase_start, src.pre_role[0]) if src.pre_role else src.phrase_start
                span = _trailing_content(ctx, k, first, ss, se)
                if span is None and src.kind in {"name", "org"} and not src.loose:
                    # "A, advisers to Mr. Obama say, B": the subject reader found only the
                    # name inside the unnamed group
                    loose = loose_subject(ctx, k, ss)
                    if loose is not None and loose.phrase_start < src.phrase_start:
                        span = _trailing_content(ctx, k, loose.phrase_start, ss, se)
                        if span is not None and not _described_name(doc, loose, src, se):
                            src = loose
            elif inverted_comma:
                src = subject_after(doc, k, se)
                if src is not None:
                    # inverted "CLAUSE, said X": the comma is before the verb
                    span = _trailing_content(ctx, k, t.start, ss, se, inverted=True)
        if src is None or span is None:
            continue
        if _open_question_subject(doc, src, k):
            continue  # "asked whether he felt X", "If she said that, …": nothing was said
        src = _first_conjunct(doc, src, ss)
        if (
            (low in lx.AMBIGUOUS_CUES or low in NOUNISH_EXTRA)
            and low not in {"say", "says"}
            and (
                (src.loose and not (low in EVIDENCE_CUES and _plural_head(src)))
                or src.kind == "group"
                and low in BARE_NOUNISH
                and not _plural_head(src)
                and not (
                    low.endswith("s")
                    and k + 1 < len(toks)
                    and toks[k + 1].lower in PREP_COMPLEMENTS.get(base, ())
                )
                and not _finite_with_that(ctx, k, span)
            )
            and not _headline_title_subject(doc, src)
            and not _determined_document(src, toks, k)
        ):
            continue  # "the secretary of state struggles", "critics' claims"
        if low in NOT_REPORTING and not (low == "continued" and span[1] <= t.start):
            continue  # (but "A, she continued.": a closing speech tag)
        if _comment_relative(src.text):
            continue  # "…, a point her rivals rejected": the writer's aside on the clause
        # (a match is 10 characters at least: shorter subjects skip the search)
        if len(src.text) >= 10 and SELF_REFERENCE_RE.search(src.text):
            continue  # "An earlier version of this story said …": a correction note
        if low in {"writes", "write"} and _writes_for_outlet(doc, k, span[1]):
            continue  # "Jane Roe writes about politics for the Tribune.": a byline blurb
        if _headline_compound_noun(doc, k):
            continue  # "Ransomware attack forces hospital to …": a noun, then the verb
        head_word = src.text.rsplit(None, 1)[-1]  # (src is the same for the next two tests)
        if (
            head_word.lower() in NON_SPEAKING_EVENTS
            and base not in DOCUMENT_VERBS
            and not PARTICIPLE_INSIDE_RE.search(src.text)
            # (a team named so, "The Storm said", written with its capital mid-phrase)
            and not (
                head_word[:1].isupper()
                and src.start > ctx.sentence(src.start)[0]
                and not _in_headline(doc, k)
            )
        ):
            # "The fire claimed three homes", "Budget row threatens to …" (not
            # "Residents fleeing the fire said": the fire is the participle's object)
            continue
        if (
            base in FORCE_CUES
            and (head_word.lower() in ARMED_NOUNS or _harm_after(doc, span[1]))
            and span[0] > t.start
        ):
            continue  # "Hamas fighters attacked the post", "Troops fired on the crowd", "they
            # attacked the ship, killing 17 sailors": force, not words
        if src.loose:
            src = _named_head(doc, src)
        if src.kind == "group" and src.phrase_end == toks[k - 1].end:
            # "The company sent employees a letter | saying": a phrase the subject reader
            # ran on to the message (not "Trump unleashed tweets saying": the named head)
            msg = _message_subject(ctx, k, ss)
            src = msg if msg is not None and msg.phrase_start > src.phrase_start else src
        form = lx.CUE_FORMS.get(low)  # (read once for the tests below)
        if form == "find" and _find_idiom(toks, k):
            continue  # "found a way to", "find themselves in", "find it difficult"
        if form == "call" and _calls_an_event(toks, k, se):
            continue  # "The union called a two-hour stoppage for Thursday": convened
        if form == "offer" and _offers_a_feeling(toks, k, se):
            continue  # "the arrest offered little comfort": no words, a feeling given
        if (
            low == "finding"
            and toks[k - 1].lower in {"after", "before", "upon", "on", "without", "since"}
            and k + 1 < len(toks)
            and toks[k + 1].lower != "that"
        ):
            continue  # "pulled a batch after finding mislabeled bottles": a discovery
        if (
            form == "show"
            and (src.kind == "name" or src.text.lower() in {"he", "she"})
            and span[0] > t.start
            and toks[k + 1].lower != "that"
        ):
            continue  # "Greer showed no emotion": a person shows a feeling, polls show data
        if form == "show" and _depiction_subject(doc, src) and toks[k + 1].lower != "that":
            continue  # "An illustration shows the planet as a blue sphere": a picture
        if low.endswith("ing") and src.text.rsplit(None, 1)[-1].lower() in SIGN_NOUNS:
            continue  # "a petition with 40,000 signatures calling for her release"
        if form == "describe" and src.text.rsplit(None, 1)[-1].lower() in TERM_NOUNS:
            continue  # "The term describes doing the minimum": what a word means
        s, e = span
        if _nonrestrictive_cue(toks, k, src):
            e = _relative_clause_end(ctx, s, e)
            if _according_relative(toks, k, ss):
                # "According to X, which announced Y, A" / "…, which said that Y, A"
                e = _first_comma_end(ctx, s, e)
        elif _restrictive_cue(toks, k) or _subject_relative_cue(doc, k, src):
            e = _main_verb_end(ctx, s, e)
            if _object_then_named_subject(doc, s, e):
                continue  # "The volunteer who found the boy, Dale Moss, said …": an object
        e = _dash_aside_end(ctx, k, ss, s, e)
        e = _dash_comment_end(doc, s, e)
        if e - s < 3:
            continue
        conf = 0.8 if low in lx.SPEECH_FORMS else 0.6
        frag = ctx.extra_fragment
        if (
            frag is not None
            and c_para_headline(doc, headline, t.start)
            and _bare_name_fragment(doc, frag)
        ):
            frag = None  # "Moon, Sawamura agree to …": a headline's coordinated subject
        c = Candidate(
            start=s,
            end=e,
            kind="indirect",
            sentence=(ss, se),
            para=doc.para_index(t.start),
            source=src,
            cue=cues.cue_text(doc, k),
            cue_pos=t.start,
            sieve="reported",
            confidence=conf,
        )
        if frag is not None:
            c.extra["head"] = Candidate(
                start=frag[0],
                end=frag[1],
                kind="indirect",
                sentence=(ss, se),
                para=doc.para_index(t.start),
                source=src,
                cue=cues.cue_text(doc, k),
                cue_pos=t.start,
                sieve="reported",
                confidence=conf,
            )
        _attach_pieces(ctx, c)
        out.append(c)
        prev = c
        if not _nested_in(c, outer):
            outer = c
    out.extend(_and_that_tails(ctx, used_cues, qc))
    out.extend(_heads_before_quoted_tails(ctx, used_cues, qc))
    return _drop_nested_in_quoted(ctx, out, qc)


def c_para_headline(doc: Doc, headline: list[bool], pos: int) -> bool:
    """pos lies in a headline (a Title Case paragraph, or the first of a story whose
    first paragraph is headline-shaped)."""
    p = doc.para_index(pos)
    return headline[p] or (p == 0 and len(doc.para_starts) > 1)


def _bare_name_fragment(doc: Doc, frag: tuple[int, int]) -> bool:
    """A fragment of one to three capitalised words ("Moon" of "Moon, Sawamura agree to
    …"): a name coordinated with the subject, no words of anyone's (round 24)."""
    words = doc.text[frag[0] : frag[1]].split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)


def _nested_in(c: Candidate | None, prev: Candidate | None) -> bool:
    """Do the cue and the words of c lie inside the words prev reports, in its sentence?"""
    return (
        c is not None
        and prev is not None
        and c.cue_pos is not None
        and prev.sentence == c.sentence
        and prev.start <= c.cue_pos < prev.end
        and c.end <= prev.end
    )


def _participle_modified_subject(
    ctx: Context, k: int, ss: int, prev: Candidate | None
) -> Source | None:
    """``Critics arguing that the tax was unfair said …``: the statement just before the
    cue is a participle's clause modifying the sentence's subject; that subject speaks."""
    if prev is None or prev.source is None or prev.cue_pos is None or prev.sentence[0] != ss:
        return None
    doc = ctx.doc
    toks = doc.tokens
    if prev.end != toks[k - 1].end:
        return None
    p = doc.tok_index_at_or_after(prev.cue_pos)
    src = prev.source
    if not (
        toks[p].lower.endswith("ing")
        and toks[p - 1].end == src.phrase_end
        and doc.tok_index_before(src.phrase_start) < doc.tok_index_at_or_after(ss)
    ):
        return None  # not "X, saying that …" nor a subject inside the clause
    return src


def _open_question_subject(doc: Doc, src: Source, k: int) -> bool:
    """The cue's subject opens an embedded question or a condition ("whether he felt",
    "if she said"): the clause is asked about or supposed, not reported."""
    if src.phrase_start >= doc.tokens[k].start:
        return False
    toks = doc.tokens
    b = doc.tok_index_before(src.phrase_start)
    if b < 0:
        return False
    if toks[b].lower in QUESTION_OPENERS:
        return True
    # "Asked what she would tell other towns, Shah paused": the question put to her
    a = b - 1 if toks[b].lower in {"much", "many", "long", "often", "soon"} else b
    if a >= 1 and toks[a].lower in WH_CLAUSE_STARTERS and toks[a - 1].lower in ASK_FORMS:
        return True
    return (
        a >= 2
        and toks[a].lower in WH_CLAUSE_STARTERS
        and toks[a - 2].lower in ASK_FORMS
        and (toks[a - 1].lower in {"him", "her", "them", "me", "us"})
    )


def _closing_quoted_relative(toks, tq, m: int, b: int) -> bool:
    """The relative opening after the comma at m holds a quote and closes the clause
    (no comma outside quotes after its last quoted word before b: not "the mayor, who
    called it “folly,” had changed her mind"), its quote opening with no comma between
    (not ", which owns 14% of the shares, “holds …”")."""
    first = next((x for x in range(m + 2, b) if tq[x] >= 0), None)
    if first is None or any(toks[x].text == "," for x in range(m + 2, first)):
        return False
    last = next(x for x in range(b - 1, m + 1, -1) if tq[x] >= 0)
    return all(toks[x].text != "," or tq[x] >= 0 for x in range(last + 1, b))


def _that_conjuncts(ctx: Context, s: int, e: int) -> list[tuple[int, int]]:
    """The conjuncts of a reported clause "A and that B" (split outside quotes), when
    there are two; with the default partial-span convention a conjunct holding a quote
    is represented by the quote, the others are reported on their own.  A second verb
    phrase sharing the clause's subject is a conjunct too ("she was “sore” and would
    rest", "the deal was signed and was “a relief”"), as is a quote that opens with its
    own conjunction after a comma ("had offered a refund, “but not a holiday.”")."""
    doc = ctx.doc
    toks = doc.tokens
    tq = ctx.tok_quote
    a = doc.tok_index_at_or_after(s)
    b = doc.tok_index_at_or_after(e)
    relative = _relative_between(toks, tq, a, a + 2)  # (then kept up to date with m)
    quoted_before = any(tq[x] >= 0 for x in range(a, min(a + 2, b)))
    # "said A was printed and sent to B, and that C was “…”": the quote in the "and that"
    # conjunct, the "and" of two verb phrases before it stays inside the first conjunct
    that_link = _quoted_that_link(toks, tq, a, b)
    for m in range(a + 2, b - 2):
        if that_link is not None and m < that_link and toks[m].lower in {"and", "but"}:
            continue
        if (
            not quoted_before
            and m - a >= 4
            and toks[m].text == ","
            and tq[m] < 0
            and toks[m + 1].lower in {"which", "who"}
            and _closing_quoted_relative(toks, tq, m, b)
        ):
            # "said her decree would order an audit of the contracts, which she had
            # called “a black box”": the quote is the closing relative's (round 25)
            return [(s, toks[m - 1].end), (toks[m + 1].start, e)]
        quoted_before = quoted_before or tq[m] >= 0
        relative = relative or (toks[m].lower in NONRESTRICTIVE and tq[m] < 0)
        if toks[m].text == "," and tq[m] < 0 and _quoted_summary_appositive(toks, tq, m, b):
            return [(s, toks[m - 1].end), (toks[m + 1].start, e)]  # ", a job he expected …"
        if toks[m].lower == "and" and tq[m] < 0:
            # "had cleared A and were testing B, a job he expected to take “…”": the quote
            # sums up both verb phrases, which stay one statement
            c = next(
                (
                    x
                    for x in range(m + 2, min(b - 2, m + 40))
                    if tq[x] < 0
                    and toks[x].text == ","
                    and _quoted_summary_appositive(toks, tq, x, b)
                ),
                None,
            )
            if c is not None and all(tq[x] < 0 for x in range(m, c)):
                return [(s, toks[c - 1].end), (toks[c + 1].start, e)]
        if tq[m] >= 0:
            if (
                (
                    toks[m].lower in QUOTE_CONJUNCT_OPENERS
                    or (toks[m].lower in QUOTED_ADJUNCT_OPENERS and m - 3 >= a + 3)
                )
                and tq[m - 1] >= 0
                and toks[m - 2].text == ","
                and tq[m - 2] < 0
            ):
                # ", “but not …”", ", “in front of his family”" (round 24)
                return [(s, toks[m - 3].end), (toks[m].start, e)]
            continue
        if toks[m].lower in {"and", "but"} and toks[m + 1].lower == "that":
            p = m - 1  # "said A and / but that B"
            if toks[p].text == ",":
                p -= 1
            return [(s, toks[p].end), (toks[m + 2].start, e)]
        if (
            # ("she backed A but could not vote for “B”", "…, but would not …")
            (toks[m].lower == "but" or (toks[m].lower == "and" and toks[m - 1].text != ","))
            and not relative
            and (
                _verb_conjunct(toks, m + 1)
                or _quoted_modal_conjunct(toks, tq, m, b)
                or _quoted_bare_verb_conjunct(toks, tq, a, m)
                or _quoted_cue_to_conjunct(toks, tq, m + 1, b)
                or (
                    toks[m].lower == "and"
                    and _perfect_participle_conjunct(
                        toks, tq, a - 1, next((x for x in range(a, m) if tq[x] >= 0), a), m + 1
                    )
                )
            )
        ):
            p = m - 2 if toks[m - 1].text == "," else m - 1
            return [(s, toks[p].end), (toks[m + 1].start, e)]
        if (
            toks[m].lower in {"and", "but"}
            and not relative
            and m - a >= 3
            and _quoted_clause_conjunct(toks, tq, m, b)
        ):
            # "said A(,) and “nobody was going to pay”": a quoted clause of its own
            p = m - 2 if toks[m - 1].text == "," else m - 1
            return [(s, toks[p].end), (toks[m + 1].start, e)]
        if (
            toks[m].lower == "and"
            and toks[m - 1].text != ","
            and not relative
            and m - a >= 3
            and _modal_bare_verb_before_quote(toks, tq, a, m, b)
        ):
            # "said the party would sit in opposition and back the government “on …”":
            # a second bare verb phrase under the clause's modal holds the quote
            return [(s, toks[m - 1].end), (toks[m + 1].start, e)]
        if (
            toks[m].lower in {"and", "but"}
            and toks[m - 1].text != ","
            and not relative
            and m - a >= 3
            and _past_verb_before_quote(toks, tq, m + 1, b)
        ):
            # "said she had read the report and found parts of it “alarming”", "said she
            # backed the plan but wanted “…”": the quote stands for the second verb
            # phrase; the first is reported on its own
            return [(s, toks[m - 1].end), (toks[m + 1].start, e)]
    return []


def _quoted_that_link(toks, tq, a: int, b: int) -> int | None:
    """The "and" / "but" of an "and that" / "but that" between tokens a and b (outside
    quotes) when the clause's quotes all come after it, else None."""
    for m in range(a + 2, b - 2):
        if tq[m] >= 0:
            return None
        if toks[m].lower in {"and", "but"} and toks[m + 1].lower == "that":
            return m if any(tq[x] >= 0 for x in range(m + 2, b)) else None
    return None


# irregular past tenses of judging that take an object and its quoted description
JUDGING_PAST = {"found", "thought", "felt", "deemed", "judged", "saw", "heard", "read"}


def _past_verb_before_quote(toks, tq, v: int, b: int) -> bool:
    """Token v is a lower-case past tense outside quotes whose verb phrase holds the
    clause's quote within eight tokens ("and found the rooms “unusable”", "and hoped
    swimmers would “keep calm”"), with no comma before it."""
    low = toks[v].lower
    if tq[v] >= 0 or toks[v].cap or not toks[v].is_word:
        return False
    if (
        not (low.endswith("ed") or low in IRREGULAR_PAST or low in JUDGING_PAST)
        or low in CONJUNCT_AUXILIARIES
    ):
        return False
    for x in range(v + 1, min(b, v + 9)):
        if tq[x] >= 0:
            return True
        if toks[x].text in {",", ";", ":"}:
            return False
    return False


def _modal_bare_verb_before_quote(toks, tq, a: int, m: int, b: int) -> bool:
    """After "and" at m, a lower-case bare verb (no -s, -ed, -ing or -ly ending, no
    function word) under a modal of the clause (a on, within twelve tokens) whose
    verb phrase holds the clause's quote within eight tokens, with no comma before it."""
    v = m + 1
    if v >= b or tq[v] >= 0:
        return False
    t = toks[v]
    low = t.lower
    # (a cue's bare form too: "would … and support the plan “…”" stays under the modal;
    # the speaker's own next act would be finite, "and supported")
    if not t.is_word or t.cap or low in lx.FUNCTION_WORDS:
        return False
    if low.endswith(("ed", "ing", "ly")) or (low.endswith("s") and not low.endswith("ss")):
        return False
    if not any(toks[x].lower in MODAL_VP and tq[x] < 0 for x in range(max(a, m - 12), m)):
        return False
    for x in range(v + 1, min(b, v + 9)):
        if tq[x] >= 0:
            # (not a quoted purpose, "and take other steps “to show …”": it scopes over
            # both verb phrases)
            y = x if toks[x].is_word else x + 1
            return y < b and toks[y].lower != "to"
        if toks[x].text in {",", ";", ":"}:
            return False
    return False


def _quoted_cue_to_conjunct(toks, tq, v: int, b: int) -> bool:
    """ "said the brewer remained committed to the site and expected to reopen it “as
    soon as …”": a past cue before "to" (expected, hoped, promised to …) opening a second
    verb phrase that holds the quote: the speaker's own act, the clause before it
    reported on its own."""
    if v + 2 >= b or tq[v] >= 0 or toks[v + 1].lower != "to":
        return False
    low = toks[v].lower
    if not (low.endswith("ed") or low in IRREGULAR_PAST) or low not in lx.CUE_FORMS:
        return False
    return any(tq[x] >= 0 for x in range(v + 2, b))


SUMMARY_SUBJECTS = {"he", "she", "they", "we", "i"}


def _quoted_summary_appositive(toks, tq, m: int, b: int) -> bool:
    """ "said crews had cleared the line, a job he expected to take “two nights”": after
    the comma at m, an indefinite noun phrase and a pronoun subject with its verb sum up
    the clause before (the quote is the speaker's word for that summary, not part of
    the reported clause, which is reported on its own)."""
    if m + 4 >= b or toks[m + 1].lower not in {"a", "an"}:
        return False
    for x in range(m + 2, min(m + 6, b - 2)):
        if tq[x] >= 0 or not toks[x].is_word or toks[x].cap:
            return False
        if toks[x].lower in SUMMARY_SUBJECTS and x > m + 2:
            v = toks[x + 1]
            return (
                v.is_word
                and not v.cap
                and tq[x + 1] < 0
                and any(tq[y] >= 0 for y in range(x + 2, min(x + 12, b)))
            )
    return False


def _quoted_bare_verb_conjunct(toks, tq, a: int, m: int) -> bool:
    """ "would add $1 billion to costs and “put every job at risk”": after a modal of the
    clause (a on), "and" then a quote opening with a lower-case word and a determiner or
    object pronoun: a second bare verb phrase under that modal (not "and “unfair
    burdens”", an object's conjunct; not "and “the environment”")."""
    if m + 3 >= len(toks) or tq[m + 1] < 0 or toks[m + 1].is_word:
        return False
    verb, obj = toks[m + 2], toks[m + 3]
    return (
        verb.is_word
        and not verb.cap
        and verb.lower not in lx.FUNCTION_WORDS
        and not verb.lower.endswith(("ly", "ing", "ed"))
        and (obj.lower in lx.DETERMINERS or obj.lower in OBJECT_PRONOUNS)
        and obj.lower not in {"one", "that"}  # ("and “no one” …", "and “that …”")
        and any(toks[x].lower in MODAL_VP for x in range(max(a, m - 12), m))
    )


def _relative_between(toks, tq, a: int, m: int) -> bool:
    """A relative clause opens between tokens a and m (outside quotes): an "and" after
    it may join the relative clause's verbs ("the man, who was “agitated” and had a
    knife, …"), not the reported clause's."""
    return any(toks[x].lower in NONRESTRICTIVE and tq[x] < 0 for x in range(a, m))


def _bare_verb_cue(doc: Doc, prev: Candidate | None) -> bool:
    """The earlier statement's cue is a bare verb after a modal or "to" ("would formally
    announce", "plans to declare"): a finite cue joined by "and" after it ("… and urged")
    does not share its subject."""
    if prev is None or prev.cue_pos is None:
        return False
    toks = doc.tokens
    c = doc.tok_index_at_or_after(prev.cue_pos)
    x = c - 1
    while x > 0 and toks[x].lower.endswith("ly") and not toks[x].cap:
        x -= 1  # "would formally announce"
    return x >= 0 and (toks[x].lower in MODAL_VP or toks[x].lower == "to")


def _quoted_modal_conjunct(toks, tq, m: int, b: int) -> bool:
    """ "wrote that she had been paid by X and ‘should have made that clearer’": a quote
    opening with a modal or an auxiliary right after "and" / "but" is a second verb phrase
    of the clause's subject (its own conjunct, as "and would “…”" is)."""
    x = m + 1
    if x < b and toks[x].text in lx.OPENING_MARKS:
        x += 1
    return (
        x < b
        and tq[x] >= 0
        and tq[m] < 0
        and (toks[x].lower in MODAL_VP or toks[x].lower in CONJUNCT_AUXILIARIES)
    )


# a quoted clause's own subject after "and" / "but": '… and “we will fight for it.”'
QUOTED_CLAUSE_SUBJECTS = {
    "i", "we", "you", "he", "she", "they", "it", "nobody", "everybody", "everyone",
    "someone", "somebody", "there",
}  # fmt: skip


def _quoted_clause_conjunct(toks, tq, m: int, b: int) -> bool:
    """ "said the state had priced one at $6.2 million and “nobody was going to pay.”": a
    quote opening with a subject pronoun right after "and" / "but" is a clause of its own,
    coordinated with the reported one before it (its conjunct, as "and that “…”" is)."""
    x = m + 1
    if x < b and toks[x].text in lx.OPENING_MARKS:
        x += 1
    return (
        x + 1 < b
        and tq[x] >= 0
        and tq[m] < 0
        and tq[x - 1] == tq[x]
        and toks[x].lower in QUOTED_CLAUSE_SUBJECTS
        and tq[x + 1] == tq[x]
        and toks[x + 1].is_word
    )


def _verb_conjunct(toks, v: int) -> bool:
    """ "… and would not block the bill", "… and planned to return", "… and stood ready
    to help": a verb phrase sharing the subject before it (an auxiliary or modal, or a
    past tense before "to" or before an adjective and "to"; a cue, "and pledged to …",
    is a statement of its own).  Without a quote in the clause, ", but could …" stays in
    it (one statement); beside a quote, "but" joins as "and" does (decision 10).  One
    adverb may open it ("… and still planned to report", round 32)."""
    if toks[v].lower in CONJUNCT_OPENING_ADVERBS and v + 1 < len(toks):
        v += 1
    low = toks[v].lower
    if low in MODAL_VP or low in CONJUNCT_AUXILIARIES:
        return True
    if not (low.endswith("ed") or low in IRREGULAR_PAST) or low in lx.CUE_FORMS:
        return False
    to = v + 1 if v + 1 < len(toks) and toks[v + 1].lower == "to" else v + 2
    return to < len(toks) and toks[to].lower == "to" and toks[to - 1].is_word


# adverbs that may open a second verb phrase before its verb ("and still planned to …")
CONJUNCT_OPENING_ADVERBS = frozenset(
    {"still", "also", "now", "already", "then", "later", "again", "even", "never", "previously"}
)


# irregular past forms of cues ("knew", "thought", "wrote"): a finite second verb
IRREGULAR_PAST_CUES = {"knew", "thought", "wrote", "felt", "told", "saw", "heard", "taught"}


def _request_for_conjunct(toks, b: int, m: int) -> bool:
    """ "said the council had declared an emergency and asked the state for $2 million":
    an "ask" after "and" (no comma) whose object is followed by "for" and a thing asked
    for, with no clause of its own ("that", "to", "whether", a quote): the reported
    clause's own second verb phrase, not a second statement with no words."""
    if toks[b].lower != "and" or toks[b - 1].text == "," or toks[m].lower not in ASK_FORMS:
        return False
    for x in range(m + 1, min(len(toks), m + 10)):
        t = toks[x]
        if t.lower == "for":
            return x > m + 1
        if not t.is_word or t.lower in REQUEST_CLAUSE_OPENERS:
            return False
    return False


REQUEST_CLAUSE_OPENERS = {"that", "to", "whether", "if", "why", "how", "what", "when"}


def _coordinated_head(ctx: Context, k: int, q: Candidate, se: int) -> tuple[int, int] | None:
    """ "X said that A and called the plan “…”" / "X said A and that B “…”": the clause A
    of the first cue, before a second cue sharing its subject or a second "that" clause
    that the quote belongs to, is a statement of its own (the quote sieve took the first
    cue, so A would be lost)."""
    doc = ctx.doc
    toks = doc.tokens
    tq = ctx.tok_quote
    j = _content_start(ctx, k, se)
    if j is None:
        return None
    qs = doc.tok_index_at_or_after(q.start)
    if (
        qs - 3 > j
        and (
            toks[qs].lower in QUOTE_CONJUNCT_OPENERS
            # (round 24: "said he would play once more, “in front of his family”": a
            # closing adjunct of its own; the clause before is reported too)
            or (toks[qs].lower in QUOTED_ADJUNCT_OPENERS and qs - 3 >= j + 3)
        )
        and toks[qs - 2].text == ","
        and all(tq[x] < 0 for x in range(j, qs - 2))
    ):
        # "said the clinic would stay open, “because people get sick.”": the clause
        # before the comma is reported on its own, the quote opens a clause of its own
        return toks[j].start, toks[qs - 3].end
    for m in range(j + 2, qs - 1):
        if tq[m] >= 0:
            return None
        if toks[m].lower not in {"and", "but"}:
            continue
        v = m + 1
        if toks[v].lower in {"also", "then", "later"}:
            v += 1
        if (
            v < qs
            and toks[v].lower in lx.CUE_FORMS
            # (an irregular past too: "said A and knew “…”", "and thought “…”")
            and (
                toks[v].lower.endswith(("ed", "s", "id", "ld"))
                or toks[v].lower in IRREGULAR_PAST_CUES
            )
        ) or (
            v == m + 1
            and (
                toks[v].lower == "that"
                or (
                    # (round 29: a modal too, "said A but would need “…”": decision 10)
                    toks[m].lower == "but"
                    and toks[m - 1].text != ","
                    and (toks[v].lower in CONJUNCT_AUXILIARIES or toks[v].lower in MODAL_VP)
                )
                or (
                    # (round 24: "said A and had “strongly welcomed” B": the quote opens
                    # right after the auxiliary; not "and was ready to “help …”")
                    toks[m].lower == "and"
                    and toks[m - 1].text != ","
                    and toks[v].lower in CONJUNCT_AUXILIARIES
                    and qs - v <= 2
                )
                or (
                    # (round 27: "said A and “would have to borrow by June”": the quote
                    # opens with the second verb phrase's modal or auxiliary)
                    toks[m - 1].text != ","
                    and qs - v <= 1
                    and (toks[qs].lower in MODAL_VP or toks[qs].lower in CONJUNCT_AUXILIARIES)
                )
                or (
                    # (round 28: "said A and “nobody was going to pay”": a quoted clause
                    # with its own subject, coordinated with the reported one)
                    qs - v <= 1
                    and toks[qs].lower in QUOTED_CLAUSE_SUBJECTS
                    and qs + 1 < len(toks)
                    and tq[qs + 1] == tq[qs]
                    and toks[qs + 1].is_word
                )
            )
        ):
            # (or "said A and / but that B “…”": the quote stands for B only; "said A
            # but had been “…”": a contrasted verb phrase the quote belongs to)
            b = m - 1
            if toks[b].text == ",":
                b -= 1
            if b >= j + 1:
                return toks[j].start, toks[b].end
            return None
    return None


def _and_that_tails(ctx: Context, used_cues: set[int], qc: list[Candidate]) -> list[Candidate]:
    """ "X said A was “inconclusive” and that B": the quote stands for A (the cue is
    taken by the quote sieve, default partial-span convention), the second "that"
    clause B (or a second verb phrase: "said she was “fine” and would rest") is
    reported on its own with the quote's speaker."""
    doc = ctx.doc
    toks = doc.tokens
    tq = ctx.tok_quote
    out: list[Candidate] = []
    for q in qc:
        if q.kind != "partial" or q.source is None or q.cue_pos is None:
            continue
        k = doc.tok_index_at_or_after(q.cue_pos)
        if k not in used_cues or q.start < q.cue_pos:
            continue
        ss, se = ctx.sentence(q.start)
        head = _coordinated_head(ctx, k, q, se)
        if head is not None:
            out.append(
                Candidate(
                    start=head[0],
                    end=head[1],
                    kind="indirect",
                    sentence=(ss, se),
                    para=doc.para_index(head[0]),
                    source=q.source,
                    cue=q.cue,
                    cue_pos=q.cue_pos,
                    sieve="reported",
                    confidence=q.confidence,
                )
            )
        m = doc.tok_index_at_or_after(q.end)
        q_tok = doc.tok_index_at_or_after(q.start)
        relative = _relative_between(toks, tq, k, m)  # (then kept up to date with m)
        while m + 2 < len(toks) and toks[m + 2].start < se:
            low = toks[m].lower
            if (
                tq[m] < 0
                and (_cue_not_noun(doc, m) or low in {":", ";"})
                and not _noun_or_gerund_reading(toks, tq, m)
            ):
                break  # another cue or clause: not the quote's clause any more
            relative = relative or (low in NONRESTRICTIVE and tq[m] < 0)
            that = low in {"and", "but"} and toks[m + 1].lower == "that"  # ("but that B")
            # "and would rest", "but had not decided", "(,) but could not vote for it"
            # (decision 10, round 25: a "but" conjunct is reported as an "and" one is)
            verb_phrase = not relative and low in {"and", "but"} and _verb_conjunct(toks, m + 1)
            verb_phrase = verb_phrase or (
                low == "and"
                and not relative
                and toks[m - 1].text != ","
                and _perfect_participle_conjunct(toks, tq, k, q_tok, m + 1)
            )
            if tq[m] < 0 and (that or verb_phrase):
                # "said A “…” and that B" / "said she was “…” and would rest": B is
                # reported on its own
                j = m + 2 if that else m + 1
                e = _content_end(ctx, j, se)
                if e - toks[j].start >= 3 and not _quoted_inside(ctx, toks[j].start, e):
                    out.append(
                        Candidate(
                            start=toks[j].start,
                            end=e,
                            kind="indirect",
                            sentence=(ss, se),
                            para=doc.para_index(toks[j].start),
                            source=q.source,
                            cue=q.cue,
                            cue_pos=q.cue_pos,
                            sieve="reported",
                            confidence=q.confidence,
                        )
                    )
                break
            m += 1
    return out


# words after which a cue form is a noun or a gerund, not a second act ("on the day in
# question", "committed to finding the cause", "hurt by the ruling")
NOUN_READING_BEFORE = {"in", "on", "of", "for", "about", "by", "without", "from", "to"}
NOUN_READING_ARTICLES = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}


def _noun_or_gerund_reading(toks, tq, m: int) -> bool:
    """The cue form at m follows a preposition, an article or a possessive outside quotes
    (an -ing form only after "to"; not "one saying that …", a participle): a noun or a
    gerund inside the quote's clause."""
    if m < 1 or tq[m - 1] >= 0 or not toks[m].is_word:
        return False
    prev = toks[m - 1].lower
    if prev == "to" and m > 1 and (tq[m - 2] >= 0 or toks[m - 2].text in cues.CLOSING_MARKS):
        # "would ‘talk to nearby towns’ to find spare buses": the quoted act's purpose
        low = toks[m].lower
        return low.endswith("ing") or lx.CUE_FORMS.get(low) == low
    if prev == "to":
        return toks[m].lower.endswith("ing")
    return prev in NOUN_READING_BEFORE or prev in NOUN_READING_ARTICLES


def _participle(tok, cue_ok: bool = False) -> bool:
    low = tok.lower
    return (
        tok.is_word
        and not tok.cap
        and (low.endswith("ed") or low in IRREGULAR_PAST)
        and (cue_ok or low not in lx.CUE_FORMS)
    )


# verbs of judging, cue forms that still share the clause's perfect ("said it had ‘…’ and
# considered the matter closed": the judgement is the clause's, not a second statement)
JUDGED = {"considered", "regarded", "deemed"}
# irregular past participles in -n after a perfect ("had been", "had ‘spoken to him’")
EN_PARTICIPLES = {
    "spoken", "taken", "given", "written", "seen", "done", "known", "shown", "chosen",
    "broken", "driven", "forgotten", "grown", "drawn", "thrown", "fallen", "been",
}  # fmt: skip


def _perfect_participle(tok) -> bool:
    return _participle(tok, cue_ok=True) or tok.lower in EN_PARTICIPLES


def _perfect_participle_conjunct(toks, tq, k: int, qs: int, v: int) -> bool:
    """ "said voters had rejected “…” and voted for change": a participle after "and"
    (not a cue: "and called for …" is the speaker's act) shares the perfect auxiliary
    that governs the quote (had / has / have + participle, between the cue k and the
    quote at qs, outside quotes): the reported clause's second verb phrase."""
    if v >= len(toks) or tq[v] >= 0 or not _participle(toks[v], toks[v].lower in JUDGED):
        return False
    return any(
        toks[x].lower in {"had", "has", "have"}
        and tq[x] < 0
        # (the participle may open the quote: "said it had ‘spoken to him’ and …")
        and _perfect_participle(toks[qs] if x + 2 == qs else toks[x + 1])
        for x in range(k + 1, qs - 1)
    )


def _cue_not_noun(doc: Doc, m: int) -> bool:
    """A cue form at m, unless a base form read as a noun ("“…,” including a formal
    challenge, and had raised …")."""
    low = doc.tokens[m].lower
    base = lx.CUE_FORMS.get(low)
    if base is None:
        return False
    if base != low and not cues.is_cue(doc, m) and _passive_or_contact_relative(doc, m):
        return False  # ("“one of the questions” he had been asked, but that B": round 32)
    return base != low or cues.is_cue(doc, m)


def _passive_or_contact_relative(doc: Doc, m: int) -> bool:
    """The past form at m is a passive's ("had been asked") or a relative clause's on
    the quoted noun before it ("“…” inspectors asked"): no second act of speech."""
    prev = doc.tokens[m - 1].lower if m > 0 else ""
    return prev in lx.BE_FORMS or cues._asked_of_quoted_noun(doc, m)


# the cue, a comma, the quote's opening mark and a conjunction opening a second clause:
# '…, he said, ‘but B’' (not '…, he said, “must spend more”': a predicate of A)
CUE_THEN_QUOTE_RE = re.compile(r"\s*,\s*[\"“‘']\s*")
QUOTED_CONJUNCT_RE = re.compile(r"(?:but|and|because|so|yet|though|although|while)\b")


def _heads_before_quoted_tails(
    ctx: Context, used_cues: set[int], qc: list[Candidate]
) -> list[Candidate]:
    """ "A, he said, ‘but B’": the quote sieve takes the cue for B, a second clause; the
    first clause A, set off before the speaker, is reported with the quote's speaker (as
    in "A, he said, but B" unquoted)."""
    doc = ctx.doc
    toks = doc.tokens
    out: list[Candidate] = []
    for q in qc:
        src = q.source
        if src is None or q.cue_pos is None or q.start < q.cue_pos:
            continue
        k = doc.tok_index_at_or_after(q.cue_pos)
        if k not in used_cues or not CUE_THEN_QUOTE_RE.fullmatch(doc.text, toks[k].end, q.start):
            continue
        if QUOTED_CONJUNCT_RE.match(doc.text, q.start) is None:
            continue
        ss, se = ctx.sentence(src.start)
        a = doc.tok_index_at_or_after(ss)
        p = doc.tok_index_before(src.start)
        if p - a < 3 or toks[p].text != "," or src.end > toks[k].start:
            continue
        if _quoted_inside(ctx, toks[a].start, toks[p].start) or _connective(doc, a, p):
            continue
        out.append(
            Candidate(
                start=toks[a].start,
                end=toks[p].start,
                kind="indirect",
                sentence=(ss, se),
                para=doc.para_index(toks[a].start),
                source=src,
                cue=q.cue,
                cue_pos=q.cue_pos,
                sieve="reported",
                confidence=q.confidence,
            )
        )
    return out


def _drop_nested_in_quoted(
    ctx: Context, cands: list[Candidate], quote_cands: list[Candidate]
) -> list[Candidate]:
    """A cue inside someone else's reported clause is part of that clause (see
    pipeline._drop_nested), also when the clause will be represented by its quote
    ("Ning said Beijing supported the effort and was ready to “help”")."""
    # clauses already attributed with their quote: "X said A … “Q”" (cue before the quote)
    spans = [
        (q.cue_pos, q.start, q.end)
        for q in quote_cands
        if q.sieve == "leading" and q.cue_pos is not None and q.cue_pos < q.start
    ]
    if spans:
        spans.sort()
        cue_starts = [a for a, _, _ in spans]
        reach = list(accumulate((b for _, b, _ in spans), max))

        def inside_quoted_clause(cue_pos: int, end: int) -> bool:
            # spans with a < cue_pos, newest first, while one of them can still reach it
            i = bisect.bisect_left(cue_starts, cue_pos) - 1
            while i >= 0 and reach[i] > cue_pos:
                _, b, e = spans[i]
                if cue_pos < b and end <= e + 2:
                    return True
                i -= 1
            return False

        cands = [
            c for c in cands if c.cue_pos is None or not inside_quoted_clause(c.cue_pos, c.end)
        ]
    out: list[Candidate] = []
    outer: Candidate | None = None  # the quote-bearing reported clause reaching furthest
    for c in sorted(cands, key=lambda c: c.start):
        if (
            outer is not None
            and c.sieve == "reported"
            and c.cue_pos is not None
            and outer.start <= c.cue_pos
            and c.end <= outer.end
            and not c.extra.get("aside_quote")
        ):
            continue
        if (
            c.sieve == "reported"
            and (outer is None or c.end > outer.end)
            and _quoted_inside(ctx, c.start, c.end)
        ):
            outer = c
        out.append(c)
    return out


FIND_IDIOM_OBJECTS = {
    "way", "ways", "it", "themselves", "himself", "herself", "itself", "ourselves",
    "myself", "yourself", "time", "comfort", "work", "jobs", "refuge", "common",
}  # fmt: skip


def _find_idiom(toks, k: int) -> bool:
    """ "find" in its everyday sense: "found a way", "find themselves", "find it hard"."""
    j = k + 1
    if j < len(toks) and toks[j].lower in {"a", "new", "other", "some"}:
        j += 1
    return j < len(toks) and toks[j].lower in FIND_IDIOM_OBJECTS


def _named_head(doc, src: Source) -> Source:
    """A loose subject phrase opening with a name ("Trump avoids", "Donald Trump
    unleashed a series of tweets"): the name is the source."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(src.phrase_start)
    b = a
    while b < len(toks) and b - a < 4 and toks[b].is_word and toks[b].cap:
        b += 1
    if b == a or b >= len(toks) or toks[b].start >= src.phrase_end or toks[b].cap:
        return src
    if toks[a].lower in lx.CARDINALS:
        return src  # "Three candidates said": a count opens a group, no name
    if not toks[b].is_word or toks[b].lower in lx.FUNCTION_WORDS:
        return src  # "Trump's team", "Clinton and …": not a name and its verb
    if toks[b].lower in lx.GROUP_NOUNS or toks[b].lower.endswith(lx.AGENT_PLURAL_ENDINGS):
        return src  # "Trump supporters", "Mortgage lenders": a group the name modifies
    named = analyse_phrase(doc, a, b - 1)
    if named is None or named.kind not in {"name", "org"}:
        return src
    return named


def _first_conjunct(doc, src: Source, ss: int) -> Source:
    """ "Senators A (D-Ore.), B and C said": the first named conjunct speaks for the group
    (the subject reader stops at the last one).  Not for "A and B, who said": a relative
    clause belongs to the nearest name.  "RT and its defenders say", "Trump and his
    allies say": the named one speaks with its own people."""
    toks = doc.tokens
    own_people = src.kind == "group" and toks[
        doc.tok_index_at_or_after(src.phrase_start)
    ].lower in {"its", "his", "her", "their"}
    if src.kind not in {"name", "org", "country"} and not own_people:
        return src
    a = doc.tok_index_at_or_after(src.phrase_end)
    if a + 1 < len(toks) and toks[a].text == "," and toks[a + 1].lower == "who":
        return src
    b = doc.tok_index_before(src.phrase_start)
    if b < 1 or toks[b].lower != "and" or toks[b].start < ss:
        return src
    first = subject_before(doc, b, ss)
    while first is not None and first.kind in {"name", "org", "country"}:
        c = doc.tok_index_before(first.phrase_start)
        if c < 1 or toks[c].text != "," or toks[c].start < ss:
            break
        earlier = subject_before(doc, c, ss)  # "A, B and C"
        if earlier is None or earlier.kind not in {"name", "org", "country"}:
            break
        first = earlier
    if first is None or first.kind not in {"name", "org", "country"}:
        return src
    return first


DOCUMENT_HEADS = {
    "poll", "polls", "survey", "surveys", "study", "studies", "analysis", "analyses",
    "report", "average", "data", "research", "review", "audit", "tally", "count", "census",
    "model", "projections", "figures", "records", "documents", "footage", "video", "videos",
}  # fmt: skip
DOCUMENT_VERBS = {"show", "find", "indicate", "suggest", "estimate", "reveal", "conclude"}
_DOC_PHRASE_STOP = FINITE_AUX | {"said", "says", "told", "and", "but", "or", "because"}


def _document_subject(ctx: Context, k: int, ss: int, src: Source | None) -> Source | None:
    """ "A USA TODAY analysis of filings released Tuesday shows …": a document as the
    subject, however long its modifiers (the subject reader stops at the nearest noun:
    "filings", or finds nothing). Only for verbs of showing and finding."""
    doc = ctx.doc
    toks = doc.tokens
    if _base(doc, k) not in DOCUMENT_VERBS:
        return src
    if src is not None and not (src.kind == "group" or src.loose):
        p = doc.tok_index_before(src.phrase_start)
        if not (p >= 1 and toks[p].lower == "in" and toks[p - 1].lower in cues.PUBLISHED_FORMS):
            return src  # (but "The study published in Nature found": the study, not the
            # journal; "a poll conducted by Gallup" keeps its author)
    if src is None and k > 0 and toks[k - 1].text == ",":
        # "The findings, published in the Medical Review, suggest": not the aside's noun
        return loose_subject(ctx, k, ss)
    head = None
    b = k - 1
    first = doc.tok_index_at_or_after(ss)
    while b >= 0 and toks[b].start >= ss and k - b <= 30 and not ctx.in_quote(b):
        t = toks[b]
        if t.text in {";", ":", "(", ")"} or (
            t.is_word
            and t.lower in _DOC_PHRASE_STOP
            and not (t.lower == "and" and and_in_org(doc, first, b))  # ("Health and Human")
            and not (t.text == "May" and b > first)  # ("published in May": the month)
        ):
            break
        if t.is_word and t.lower in DOCUMENT_HEADS:
            head = b
        b -= 1
    if head is None or (src is not None and src.phrase_start <= toks[head].start):
        return src
    # the head's determiner and premodifiers: "A USA TODAY analysis", "The latest poll"
    a = head
    while (
        a - 1 >= 0
        and toks[a - 1].start >= ss
        and (toks[a - 1].cap or toks[a - 1].lower in lx.DETERMINERS or toks[a - 1].is_word)
        and toks[a - 1].text not in {",", "—", "–", "-"}
        and toks[a - 1].lower not in SUBORDINATORS
        and toks[a - 1].lower not in {"as", "that", "and", "but", "in", "of"}
        and head - a < 5
    ):
        a -= 1
        if toks[a].lower in lx.DETERMINERS or toks[a].lower.endswith(("'s", "’s")):
            break
    ps, pe = toks[a].start, toks[k - 1].end
    return Source("group", ps, pe, doc.text[ps:pe], ps, pe)


def _colon_block(ctx: Context, k: int) -> tuple[int, int] | None:
    """ "The governor added:" ending a paragraph, then an unquoted paragraph: that
    paragraph is what he said (a quoted one is left to the quote sieves)."""
    doc = ctx.doc
    toks = doc.tokens
    c = k + 1
    if c + 1 >= len(toks) or toks[c].text != ":":
        return None
    nxt = toks[c + 1]
    if ctx.in_quote(c + 1):
        return None
    if doc.para_index(nxt.start) == doc.para_index(toks[c].start):
        return _colon_sentence(ctx, c)
    if not nxt.is_word:
        return None  # a quotation mark or a bullet
    if (
        doc.para_index(nxt.start) != doc.para_index(toks[c].start) + 1
        and doc.text[toks[c].end : nxt.start].count("\n") > 3
    ):
        return None
    end = doc.para_end(nxt.start)
    text = doc.text
    while end > nxt.start and (text[end - 1].isspace() or text[end - 1] in ".!?"):
        end -= 1
    if end - nxt.start < 3 or _opens_with_speech(doc, c + 1, end):
        return None
    return nxt.start, end


def _opens_with_speech(doc: Doc, a: int, end: int) -> bool:
    """The paragraph from token a opens with its own speaker and speech verb ("Key
    points:" then "Officials said …"): its words are theirs, not the colon line's."""
    toks = doc.tokens
    stop = min(a + 6, len(toks))
    return any(
        toks[x].lower in lx.SPEECH_FORMS
        and not toks[x].lower.endswith("ing")
        and cues.is_cue(doc, x)
        for x in range(a + 1, stop)
        if toks[x].start < end
    )


def _colon_sentence(ctx: Context, c: int) -> tuple[int, int] | None:
    """``Hill said: We will rebuild.``: a speech verb, a colon, then an unquoted sentence
    opening with a capital in the same paragraph; the sentence is what was said."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    a = c + 1
    if not toks[a].cap or not toks[a].is_word:
        return None
    pe = doc.para_end(toks[a].start)
    e = a
    while e < n and e - a < 60 and toks[e].start < pe:
        if toks[e].text in {".", "!", "?", ":", ";"} and not np_token_ok(doc, e):
            break
        if ctx.in_quote(e):
            return None  # a quote inside: left to the quote sieves
        e += 1
    if e - a < 3 or e - a >= 60 or e >= n or toks[e].text in {":", ";"}:
        return None
    end = toks[e].end if toks[e].text in {"!", "?"} else toks[e - 1].end
    return toks[a].start, end


# "Asked to describe …"; an indirect question ("Asked when …, she said") is left out, as
# in the reference article's gold
ASKED_TOPIC_STARTS = {"to"}
NEGATIONS = {"not", "n't", "never"}
# nouns taking an infinitive complement ("a request to make public …")
INFINITIVE_NOUNS = {
    "request", "requests", "plan", "plans", "effort", "efforts", "decision", "bid", "attempt",
    "call", "calls", "push", "move", "proposal", "promise", "pledge", "vow", "order", "motion",
    "refusal", "failure", "right", "power", "authority", "chance", "way", "need",
}  # fmt: skip
# verbs opening a purpose infinitive after a reported object
PURPOSE_VERBS = {
    "help", "make", "get", "keep", "avoid", "ensure", "prevent", "protect", "show", "win",
    "boost", "obfuscate", "hide", "cover", "pay", "fund", "create", "reduce", "raise",
}  # fmt: skip
FRONTED_OPENERS = {"although", "though", "while", "if", "because", "since", "unless", "when"}
# words opening such a phrase that are not part of it ("And the plan …", "So X …")
PHRASE_OPENERS = frozenset({"and", "but", "so", "yet", "or"} | FRONTED_OPENERS)
# infinitives that rarely report speech after "to" ("to show signs", "to tell the truth")
PURPOSE_EXCLUDED = {"show", "find", "confirm", "repeat", "tell", "release", "offer"}
GO_FORMS = {"go", "goes", "went", "gone", "going"}
PROGRAMME_NOUNS = {"show", "program", "programme", "podcast", "host", "co-host"}


# prepositions of a framework whose object an infinitive describes ("under a program to
# support …", "from a fund to promote …"; not "met with the mayor to demand …": a purpose)
FRAMEWORK_PREPOSITIONS = {"under", "from"}


def _infinitive_of_prepositional_object(toks, k: int) -> bool:
    """ "gave Vantor money under a program to support small firms": the infinitive cue k
    describes the noun a preposition governs (what the program is for), not the main
    subject's purpose ("in an effort to reassure …" is one: INFINITIVE_NOUNS)."""
    if k < 4:
        return False
    noun = toks[k - 2]
    return (
        noun.is_word
        and not noun.cap
        and noun.lower not in lx.FUNCTION_WORDS
        and noun.lower not in INFINITIVE_NOUNS
        and toks[k - 3].lower in lx.DETERMINERS
        and toks[k - 4].lower in FRAMEWORK_PREPOSITIONS
    )


def _asked_frame(ctx: Context, k: int) -> Candidate | None:
    """ "Asked about X, she said …" / "When pressed on X, …": X was put to the speaker
    (an agentless attribution, source null); the answer is a statement of its own."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ss, se = ctx.sentence(toks[k].start)
    first = doc.tok_index_at_or_after(ss)
    if not (
        k == first
        or (k == first + 1 and toks[first].lower == "when")
        or (k > first + 1 and toks[k - 1].lower == "when" and toks[k - 2].text in {",", "and"})
    ):
        return None
    j = k + 1
    asker = None
    if j < n and toks[j].lower == "by":  # "When pressed by Holt about …"
        m = j + 1
        while m < n and m - j <= 5 and toks[m].start < se and toks[m].lower not in {"about", "on"}:
            if toks[m].lower in WH_CLAUSE_STARTERS:
                return None  # "Asked by X whether she was worried about …": a question
            m += 1
        if m >= n or toks[m].start >= se or toks[m].lower not in {"about", "on"}:
            return None
        if m > j + 1:
            # a named asker puts the question ("pressed by moderator Ann Roe about …");
            # "by reporters" stays unnamed
            asker = analyse_phrase(doc, j + 1, m - 1)
            if asker is not None and asker.kind not in {"name", "org", "group"}:
                asker = None  # ("by reporters": an unnamed group, the source kept)
        j = m
    if j + 2 < n and toks[j].lower == "on" and toks[j + 1].lower in lx.WEEKDAYS:
        j += 2  # "Asked on Monday whether …": when, not what
    if j >= n:
        return None  # the text ends after "Asked": nothing was put to anyone
    if toks[j].lower in {"on", "at", "in", "during"} and any(
        toks[x].lower in WH_CLAUSE_STARTERS for x in range(j + 2, min(j + 6, n))
    ):
        return None  # "Asked on the call whether …": where, then the question (as "Asked
        # whether …", not reported)
    if j + 1 >= n or toks[j].start >= se:
        return None
    if toks[j].lower in {"about", "on"}:
        j += 1
    elif toks[j].lower not in ASKED_TOPIC_STARTS:
        return None
    m = j
    while m < n and toks[m].start < se and not (toks[m].text == "," and not ctx.in_quote(m)):
        m += 1
    if m >= n or toks[m].start >= se or m == j:
        return None  # the frame must end in a comma before the main clause
    return _reported(
        ctx,
        k,
        asker,
        (ss, se),
        start=toks[j].start,
        end=toks[m - 1].end,
        confidence=0.5,
        sieve=ASKED_SIEVE,  # a reporter's question: pipeline caps its confidence
    )


def _modal_conjunct(toks, b: int, m: int) -> bool:
    """ "said the mayor had not read it and would respond on Friday": a modal between the
    "and" at b and the cue at m makes a future act of the reported clause's subject, no
    second act of speech reported (one said only what someone would do)."""
    return any(toks[x].lower in {"would", "will"} for x in range(b + 1, m))


def _under_modal(toks, j: int, b: int, m: int) -> bool:
    """ "said he could not go home and explain a no vote": a bare cue after the "and" at
    b goes on a modal or "to" earlier in the reported clause (j..b), not the speaker."""
    low = toks[m].lower
    return lx.SPEECH_FORMS.get(low) == low and any(
        toks[x].lower in MODAL_VP or toks[x].lower == "to" for x in range(j, b)
    )


def _object_pronoun_again(toks, j: int, b: int, m: int) -> bool:
    """ "said her manager called her in and told her she was let go": the cue at m, after
    the "and" at b, has an object pronoun the reported clause (j..b) already has, so it
    goes on that clause's subject (the manager told her), not the speaker's."""
    if m + 1 >= len(toks) or toks[m + 1].lower not in OBJECT_PRONOUNS or b - j < 3:
        return False
    pron = toks[m + 1].lower
    return any(toks[x].lower == pron for x in range(j + 1, b))


def _shared_object_verbs(toks, b: int) -> bool:
    """ "confirmed it had received and rejected a bid": the "and" at b joins two verbs
    of the reported clause sharing one object (an auxiliary and a past form before it),
    not a second act of speech."""
    return (
        b > 1
        and toks[b - 1].lower.endswith("ed")
        and toks[b - 2].lower in FINITE_AUX
        and toks[b - 2].lower not in {"is", "was", "were", "are"}  # "was asked and said"
    )


def _nonrestrictive_cue(toks, k: int, src: Source) -> bool:
    """ "Smith, who (has long) said A, faces trial": the cue k opens a relative clause
    set off by a comma."""
    r = k - 1
    while r > 0 and k - r <= 2 and toks[r].lower in RELATIVE_AUX:
        r -= 1
    if r < 1 or toks[r - 1].text != ",":
        return False
    relatives = {"which", "who"}
    return toks[r].lower in relatives or (r == k - 1 and src.text.lower() in relatives)


def _headline_noun_subject(toks, k: int) -> bool:
    """ "Pension Plan Draws Fire", "Tax Claim Sparks Outrage": a bare cue form right
    before a capitalised -s verb in a Title Case headline is that verb's subject."""
    t = toks[k]
    if t.lower.endswith(("s", "ed", "ing")) or k + 1 >= len(toks):
        return False
    if toks[k - 1].lower.endswith("s"):
        return False  # "Senators Say Reforms Are Needed": a plural subject, a bare verb
    nxt = toks[k + 1]
    return (
        nxt.cap
        and nxt.text.isalpha()
        and nxt.lower.endswith("s")
        and not nxt.lower.endswith(("ss", "us", "is"))
        and nxt.lower not in lx.FUNCTION_WORDS
    )


def _object_then_named_subject(doc: Doc, s: int, e: int) -> bool:
    """ "the boy, Dale Moss" after "The volunteer who found": the words after a cue in a
    restrictive clause on the subject are a bare noun phrase, then a comma and the
    capitalised name the subject phrase ends with (its appositive), no clause."""
    toks = doc.tokens
    a = doc.tok_index_at_or_after(s)
    b = doc.tok_index_at_or_after(e)
    comma = next((x for x in range(a, min(b, a + 12)) if toks[x].text == ","), None)
    if comma is None or comma == a or comma + 1 >= b or b - comma > 6:
        return False
    if not all(toks[x].cap and toks[x].is_word for x in range(comma + 1, b)):
        return False
    return _noun_phrase_only(toks, a, comma)


def _restrictive_cue(toks, k: int) -> bool:
    """ "A nurse who said A has sued": the cue k opens a relative clause on the noun
    right before its pronoun (no comma)."""
    r = k - 1
    while r > 0 and k - r <= 2 and toks[r].lower in RELATIVE_AUX:
        r -= 1
    return r > 0 and toks[r].lower in {"who", "that"} and _noun_like(toks[r - 1])


def _subject_relative_cue(doc: Doc, k: int, src: Source) -> bool:
    """ "One reason that Vale refuses to publish the audit may be …", "What Vale says the
    plan would do has changed": the cue k and its own subject sit in a relative clause
    (``that``/``which`` after a noun, or ``what``) that the sentence's verb follows."""
    toks = doc.tokens
    p = doc.tok_index_at_or_after(src.phrase_start)
    if p >= k or toks[p].lower not in {"that", "which", "what"}:
        p -= 1  # (a subject phrase may be read from its relative pronoun on)
    if p < 1:
        return False
    before = toks[p - 1]
    if cues.is_cue(doc, p - 1):
        return False  # "said that Vale refused …", "asked what Vale said …"
    if toks[p].lower in {"what", "how"}:
        return True  # (also "how experts say it would work has …", a reported question)
    return (
        toks[p].lower in {"that", "which"}
        and _noun_like(before)
        and not before.cap
        and before.lower not in CUE_NOUNS
        and not before.lower.endswith("ed")
    )


def _noun_like(t) -> bool:
    """A word that can end a noun phrase ("payments", "patient", "2019")."""
    return (
        t.is_word
        and t.text.isalnum()
        and t.lower not in lx.FUNCTION_WORDS
        and t.lower not in lx.SUBJECT_PRONOUNS
        and t.lower not in FINITE_AUX
        and not t.lower.endswith("ly")
    )


# the speech verbs that, after a noun, are a sentence's own (closing a relative clause on
# its subject)
MAIN_SPEECH_VERBS = {"said", "says", "told", "tells", "added", "wrote", "writes"}


def _main_verb_end(ctx: Context, s: int, e: int) -> int:
    """ "A treasurer who admitted stealing $2.3 million was sentenced …", "A nurse who said
    she was assaulted by a patient has sued": words reported inside a relative clause on
    the subject end where the sentence's own verb follows a noun, once they hold a verb
    of their own (a gerund or infinitive counts as one)."""
    doc = ctx.doc
    toks = doc.tokens
    first = a = doc.tok_index_at_or_after(s)
    # ("who requested anonymity said …": a request for anonymity is a whole object)
    has_verb = a < len(toks) and (
        toks[a].lower.endswith("ing") or toks[a].lower in {"to", "anonymity"}
    )
    while a < len(toks) and toks[a].start < e:
        t = toks[a]
        if (
            has_verb
            and a > first
            and t.lower in MAIN_SPEECH_VERBS
            and (_noun_like(toks[a - 1]) or toks[a - 1].lower.endswith("ed"))
            and not ctx.in_quote(a)
        ):
            # "An aide who asked not to be identified said …", "A nurse who said she was
            # hurt told …": the sentence's own speech verb closes the relative clause
            return toks[a - 1].end
        if (
            has_verb
            and a > first
            and t.lower in FINITE_AUX
            and (_noun_like(toks[a - 1]) or _modal_verb_before(toks, a, first))
            and not ctx.in_quote(a)
        ):
            return toks[a - 1].end
        if (
            has_verb
            and t.text == ","
            and a + 1 < len(toks)
            and toks[a + 1].start < e
            and (toks[a + 1].lower in FINITE_AUX or _past_main_verb(toks, a + 1))
            and _noun_like(toks[a - 1])
            and not any(toks[x].text == "," for x in range(first, a))
            and not ctx.in_quote(a)
        ):
            # "The suit, filed by two residents who argued the zoo was cruel, was
            # dismissed", "Ruiz, a driver who said fares had fallen, joined the march": the
            # first comma, then the sentence's own verb, closes the relative clause
            return toks[a - 1].end
        if _second_reported_question(doc, a):
            return toks[a - 2 if toks[a - 1].text == "," else a - 1].end
        if (
            t.lower in lx.SUBJECT_PRONOUNS
            or t.lower in FINITE_AUX
            or (t.is_word and not t.cap and (t.lower.endswith("ed") or t.lower in IRREGULAR_PAST))
        ):
            has_verb = True
        a += 1
    return e


def _modal_verb_before(toks, a: int, first: int) -> bool:
    """ "what Vale says the plan would do has changed": a modal and its bare verb end a
    clause whose object is the gap; the finite word at a is the sentence's verb."""
    return (
        a - 2 >= first
        and toks[a - 2].lower in MODAL_VP
        and toks[a - 1].is_word
        and not toks[a - 1].cap
        and toks[a - 1].lower not in {"have", "be", "not"}
        and not toks[a - 1].lower.endswith("ly")  # ("would actually do")
    )


def _second_reported_question(doc: Doc, a: int) -> bool:
    """ "what Vale says the plan would do and how experts say it would work", "…, and
    what it would really do,": "and" then a wh-word opening a clause with a cue of its
    own, or set off by a comma, ends the first reported clause."""
    toks = doc.tokens
    return (
        toks[a].lower == "and"
        and a + 1 < len(toks)
        and toks[a + 1].lower in WH_WORDS
        and (
            toks[a - 1].text == ","
            or any(cues.is_cue(doc, x) for x in range(a + 2, min(a + 6, len(toks))))
        )
    )


# words between a relative pronoun and its cue ("who has long said")
RELATIVE_AUX = {"has", "have", "had", "also", "long", "once", "repeatedly", "later", "since"}


def _relative_pronoun_before(toks, k: int, lo: int) -> bool:
    """The cue at token k opens a relative clause after a comma (", who will testify",
    ", who has long said"): a description of its antecedent, no parenthetical cue."""
    j = k - 1
    while (
        j > 0
        and toks[j].start >= lo
        and (toks[j].lower in FINITE_AUX or toks[j].lower in RELATIVE_AUX)
    ):
        j -= 1
    return j > 0 and toks[j].lower in {"who", "which"} and toks[j - 1].text == ","


def _relative_clause_end(ctx: Context, s: int, e: int) -> int:
    """ "the tax bill, which contended that X, is a good example": reported words inside
    a relative clause end where the sentence returns to its main verb (", is")."""
    doc = ctx.doc
    toks = doc.tokens
    a = doc.tok_index_at_or_after(s)
    while a + 1 < len(toks) and toks[a + 1].start < e:
        # the comma closing the relative, also inside a quote's closing mark ("who
        # called it “a scam,” said …")
        quoted_comma = (
            toks[a].text in cues.QUOTE_MARKS
            and a > 0
            and toks[a - 1].text == ","
            and ctx.in_quote(a - 1)
        )
        if (
            (toks[a].text == "," or quoted_comma)
            and (
                toks[a + 1].lower in FINITE_AUX
                or _past_main_verb(toks, a + 1)  # ", watched it on Thursday"
                or _present_main_verb(toks, a + 1, e)  # ", faces trial in May"
            )
            and (quoted_comma or not ctx.in_quote(a))
        ):
            if quoted_comma:
                return toks[a].end
            return toks[a - 1].end if a > 0 else e
        a += 1
    return e


SPEECH_PAST = {"said", "told", "wrote"}  # irregular past forms of speech verbs


def _past_main_verb(toks, v: int) -> bool:
    """ "…, watched it on Thursday", "Baird, who called it “…,” said he would vote no":
    the main clause's past-tense verb after the comma closing a relative clause (a cue
    only when no participle's complement follows: ", said to cost …", ", reported by …")."""
    t = toks[v]
    if not t.is_word or t.cap:
        return False
    if not (t.lower.endswith("ed") or t.lower in IRREGULAR_PAST or t.lower in SPEECH_PAST):
        return False
    if t.lower not in lx.CUE_FORMS:
        return True
    return v + 1 < len(toks) and toks[v + 1].lower not in {"to", "by", "in", "as", ","}


def _present_main_verb(toks, v: int, e: int) -> bool:
    """ "…, faces trial in May": a lower-case -s word after the comma followed by its
    object (not a list of nouns: ", trucks and buses")."""
    t = toks[v]
    if not (t.is_word and t.text.isalpha() and not t.cap and t.lower.endswith("s")):
        return False
    if t.lower.endswith(("ss", "us", "is")) or t.lower in lx.FUNCTION_WORDS:
        return False
    if t.lower in lx.CUE_FORMS:
        return False
    nxt = toks[v + 1] if v + 1 < len(toks) and toks[v + 1].start < e else None
    return nxt is not None and nxt.is_word and nxt.lower not in {"and", "or", "of"}


QUANTIFIER_SUBJECTS = {
    "some", "many", "most", "few", "several", "both", "all", "others", "another",
}  # fmt: skip


def _quantifier_subject(doc, k: int, ss: int) -> Source | None:
    """ "Some believe …", "Many say …", "But few expect …": a bare quantifier as an
    unnamed source at the start of the clause."""
    toks = doc.tokens
    q = k - 1
    if q > 0 and toks[q].lower == "one" and toks[q - 1].lower == "no":
        q -= 1  # "No one expected …"
        t = toks[q]
        return Source(
            "group",
            t.start,
            toks[k - 1].end,
            "No one" if t.cap else "no one",
            t.start,
            toks[k - 1].end,
        )
    if q < 0 or toks[q].start < ss or toks[q].lower not in QUANTIFIER_SUBJECTS:
        return None
    if (
        q > 0
        and toks[q - 1].start >= ss
        and toks[q - 1].text not in {",", ";", "—"}
        and toks[q - 1].lower not in {"but", "and", "yet", "still", "while", "though"}
    ):
        return None
    t = toks[q]
    return Source("group", t.start, t.end, t.text, t.start, t.end)


def _fronted_participle(ctx: Context, k: int) -> Candidate | None:
    """ "Citing an unfounded theory, Trump accused …" / "Lamenting their luck, Mexicans
    say …": a sentence-initial participle cue; its content runs to the comma and its
    subject is the main clause's, right after that comma."""
    doc = ctx.doc
    toks = doc.tokens
    n = len(toks)
    ss, se = ctx.sentence(toks[k].start)
    if doc.tok_index_at_or_after(ss) != k or k + 1 >= n or toks[k + 1].lower in PREPOSITIONS:
        return None  # (not "Writing for the Times, X noted …": the occasion, not content)
    m = k + 1
    while m < n and toks[m].start < se and m - k <= 25:
        if toks[m].text == "," and not ctx.in_quote(m):
            break
        if ctx.in_quote(m):
            return None
        m += 1
    if m >= n or toks[m].text != "," or m < k + 2:
        return None
    src = subject_after(doc, m, se)
    if src is None or src.kind not in {"name", "pronoun", "org", "group"}:
        return None
    return _reported(
        ctx, k, src, (ss, se), start=toks[k + 1].start, end=toks[m - 1].end, confidence=0.6
    )


def _partial_quotes_only(ctx: Context, a: int, p: int) -> bool:
    """Every quote among tokens a..p-1 is one the quote sieve found partial ("The plan was
    “a giveaway” to developers, she said.", "“Not now” was the answer, the mayor said."):
    the clause is a reported statement holding them (its words the writer's too)."""
    tq = ctx.tok_quote
    quotes = ctx.quotes
    partial = ctx.partial_quotes
    return all(tq[x] < 0 or quotes[tq[x]].start in partial for x in range(a, p))


def _quoted_inside(ctx: Context, s: int, e: int) -> bool:
    """Does the span s..e contain a quoted token?"""
    doc = ctx.doc
    # sorted indexes of the quoted tokens (per document): one bisect instead of a scan
    qt = doc.memo.get("quoted_tokens")
    if qt is None:
        quoted = map((-1).__lt__, ctx.tok_quote)  # C-level pass: quote index >= 0
        qt = doc.memo["quoted_tokens"] = list(compress(range(len(ctx.tok_quote)), quoted))
    if not qt:
        return False  # a text without quotations: no token look-ups
    j = bisect.bisect_left(qt, doc.tok_index_at_or_after(s))
    return j < len(qt) and qt[j] < doc.tok_index_at_or_after(e)
