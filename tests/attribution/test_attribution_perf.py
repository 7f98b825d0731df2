"""Performance helpers must not change behaviour (memoised results are not shared);
time grows linearly with the length of varied long texts."""

import pytest

from articles.attribution.mentions import analyse_phrase
from articles.attribution.text import make_doc


def test_analyse_phrase_memo_hands_out_copies():
    doc = make_doc("John Smith said it.")
    first = analyse_phrase(doc, 0, 1)
    first.kind = "mutated"
    first.appositive = (0, 1)
    second = analyse_phrase(doc, 0, 1)
    assert second is not first
    assert second.kind == "name" and second.appositive is None


# -- precomputed indexes and memos must agree with the plain per-token definitions --

SAMPLE = (
    "MAYOR SAYS CITY BUDGET IS ON TRACK\n\n"
    "“We will balance the books,” Mayor Dana Reyes said on Tuesday. She added that "
    "the U.S. Treasury had not been consulted.\n\n"
    "Council member Omar Haddad disagreed. “This plan is a gamble. It cuts parks,” "
    "he told reporters (in a brief statement). Officials said the vote was set for May.\n\n"
    "Reyes, 52, of Springfield, Ill., said: “We will see.”\n"
)


def test_name_token_memo_matches_definition():
    from articles.attribution.mentions import _is_name_token, is_name_token

    doc = make_doc(SAMPLE)
    for t in doc.tokens:
        assert is_name_token(t) == _is_name_token(t), t.text
        assert is_name_token(t) == _is_name_token(t), t.text  # second call: memo hit


def test_token_quote_map_matches_per_token_definition():
    from articles.attribution.context import build_context

    ctx = build_context(SAMPLE)
    assert ctx.quotes
    for i, t in enumerate(ctx.doc.tokens):
        inside = [qi for qi, q in enumerate(ctx.quotes) if q.open_pos <= t.start < q.close_end]
        assert ctx.tok_quote[i] == (inside[0] if inside else -1), t.text


def test_headline_paragraphs_match_definition():
    from articles.attribution.resolve import HEADLINE_SMALL, _headline_paragraphs

    doc = make_doc(SAMPLE + "\nA Short Caption Of The Day\nnot a headline At All\n")
    expected = []
    for p, start in enumerate(doc.para_starts):
        end = doc.para_starts[p + 1] if p + 1 < len(doc.para_starts) else len(doc.text) + 1
        words = [t for t in doc.tokens if start <= t.start < end]
        words = [t for t in words if t.is_word and t.text[0].isalpha()]
        caps = [t for t in words if t.cap or t.lower in HEADLINE_SMALL]
        expected.append(len(words) >= 4 and len(caps) == len(words))
    assert _headline_paragraphs(doc) == expected
    assert expected[0] and not all(expected)


# -- the GC pause around extract(): caller's setting restored, safe across threads --


def test_extract_restores_gc_state():
    import gc

    from articles.attribution import extract

    text = "“We will not accept this,” Anna Berg said. She added that talks would go on."
    assert gc.isenabled()
    assert extract(text)
    assert gc.isenabled()
    gc.disable()
    try:
        assert extract(text)
        assert not gc.isenabled()  # a caller's disabled GC stays disabled
    finally:
        gc.enable()


def test_gc_pause_overlapping_calls_out_of_order():
    """Two calls that overlap and finish in the other order (as two threads can):
    the collector stays paused until the last one returns, then comes back on."""
    import gc

    from articles.attribution import pipeline

    assert gc.isenabled()
    first, second = pipeline._gc_paused(), pipeline._gc_paused()
    first.__enter__()
    assert not gc.isenabled()
    second.__enter__()
    first.__exit__(None, None, None)
    assert not gc.isenabled()  # the second call is still running
    second.__exit__(None, None, None)
    assert gc.isenabled()
    assert pipeline._gc_depth == 0


def test_gc_pause_concurrent_threads():
    import gc
    import threading

    from articles.attribution import extract, pipeline

    text = "Officials said the talks would resume. “It is time,” Mayor Dana Reyes said.\n" * 40
    errors = []

    def work():
        try:
            for _ in range(15):
                assert extract(text)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert pipeline._gc_depth == 0
    assert gc.isenabled()


def test_gc_pause_restored_when_extract_fails(monkeypatch):
    import gc

    from articles.attribution import extract, pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(pipeline, "run", boom)
    assert extract("Officials said the talks would resume.") == []
    assert gc.isenabled() and pipeline._gc_depth == 0


def test_proxy_prefilter_agrees_with_the_pattern():
    from articles.attribution.context import build_context
    from articles.attribution.mentions import Source
    from articles.attribution.resolve import PROXY, _proxy_source

    cases = [
        ("A spokeswoman for Hillary Clinton said the plan was final.", "Hillary Clinton"),
        ("Advisers to Mr. Obama say the deal is near.", "Obama"),
        ("A lawyer for the Smith family declined to comment.", "Smith"),
        ("Two aides to Dr Patel said she would run.", "Patel"),
        ("Speaking to Anna Berg, the minister said no.", "Anna Berg"),
        ("The report was sent to\nMaria Lopez on Monday.", "Maria Lopez"),
        ("Maria Lopez said no.", "Maria Lopez"),
    ]
    for text, name in cases:
        ctx = build_context(text)
        s = text.index(name)
        src = Source("name", s, s + len(name), name, s, s + len(name))
        got = _proxy_source(ctx, src)
        m = PROXY.search(text, max(0, s - 60), s)
        if m is None or m.end() != s or "\n" in text[m.start() : s]:
            assert got is None, text
        else:
            assert got is not None and got.start == m.start(), text


def test_fuzzy_surname_bound_agrees_with_plain_ratio():
    import difflib

    from articles.attribution.context import build_context
    from articles.attribution.resolve import Registry

    text = (
        "Mayor Dana Reyes met Senator Omar Haddad, Judge Anna Berglund, Paul McClenney "
        "and Maria Haddadi in Springfield on Monday.\n"
    )
    reg = Registry(build_context(text))
    assert len(reg.by_surname) >= 4

    def plain(word):
        best, best_r = None, 0.0
        for sur, ents in reg.by_surname.items():
            if sur[0] != word[0] or abs(len(sur) - len(word)) > 2 or len(sur) < 4:
                continue
            r = difflib.SequenceMatcher(None, word, sur).ratio()
            if r > best_r:
                best_r, best = r, ents
        return best[0] if best is not None and best_r >= 0.8 else None

    for word in ["haddad", "hadad", "haddadi", "reyes", "reyez", "mclenney", "berglun", "bergl"]:
        got = reg._fuzzy(word, len(text))
        want = plain(word)
        assert got is want, word


def test_content_end_skip_index_changes_nothing():
    """_content_end jumps over clause marks that cannot end a clause after its two
    subject look-ups; with an identity skip index (no jumps) every clause end must
    be the same, from every token of every golden article and an unpunctuated run."""
    from pathlib import Path

    from articles.attribution.context import build_context
    from articles.attribution.reported import _clause_marks, _clause_skip, _content_end

    golden = sorted((Path(__file__).parent / "golden").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in golden]
    texts.append(
        "the mayor said council members told reporters that Dana Reyes warned voters "
        "would have said and then argued officials also noted the plan " * 12
    )
    for text in texts:
        ctx = build_context(text)
        toks = ctx.doc.tokens
        ends = [_content_end(ctx, j, ctx.sentence(toks[j].start)[1]) for j in range(len(toks))]
        assert _clause_skip(ctx) != list(range(len(_clause_marks(ctx)[0]) + 1))
        ctx.doc.memo["clause_skip"] = list(range(len(_clause_marks(ctx)[0]) + 1))
        plain = [_content_end(ctx, j, ctx.sentence(toks[j].start)[1]) for j in range(len(toks))]
        assert ends == plain


def test_content_end_conjunction_precheck_changes_nothing(monkeypatch):
    """_content_end skips a subject look-up when no conjunction or comma lies between
    the clause start and the cue; always looking up must give the same clause ends."""
    from pathlib import Path

    from articles.attribution import reported
    from articles.attribution.context import build_context

    golden = sorted((Path(__file__).parent / "golden").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in golden]
    texts.append(
        "the mayor said council members told reporters that Dana Reyes warned voters "
        "and the unions argued officials as usual noted the plan while critics said no " * 12
    )
    for text in texts:
        ctx = build_context(text)
        toks = ctx.doc.tokens
        sents = [ctx.sentence(t.start)[1] for t in toks]
        ends = [reported._content_end(ctx, j, sents[j]) for j in range(len(toks))]
        with monkeypatch.context() as mp:
            mp.setattr(reported, "_conj_between", lambda ctx, j, m: True)
            plain = [reported._content_end(ctx, j, sents[j]) for j in range(len(toks))]
        assert ends == plain


# -- round 2: bisected quote look-up, pre-filtered cue loop --


def test_quoted_inside_matches_scan():
    from articles.attribution.context import build_context
    from articles.attribution.reported import _quoted_inside

    ctx = build_context(SAMPLE)
    doc = ctx.doc

    def plain(s, e):
        return any(ctx.tok_quote[i] >= 0 for i, t in enumerate(doc.tokens) if s <= t.start < e)

    cuts = sorted({0, len(doc.text)} | {t.start for t in doc.tokens} | {t.end for t in doc.tokens})
    for s in cuts[::3]:
        for e in cuts[::5]:
            assert _quoted_inside(ctx, s, e) == plain(s, e), (s, e)


def test_loop_words_cover_every_trigger():
    from articles.attribution import lexicons as lx
    from articles.attribution import reported as r

    for words in (r._TRIGGER_WORDS, lx.SPEECH_FORMS, lx.COGNITION_FORMS, lx.CUE_FORMS):
        assert set(words) <= r._LOOP_WORDS
    assert {":", "in", "asked", "pressed", "according"} <= r._LOOP_WORDS


def test_cached_title_parsers_match_definitions():
    from articles.attribution.resolve import _definite_title, _headline_title

    for phrase in [
        "the senator", "The Indiana governor", "the former president", "the ad's narrator",
        "the 2016 nominee", "Mayor", "UN chief", "Ex-mayor", "officials", "the minister",
    ]:  # fmt: skip
        for f in (_definite_title, _headline_title):
            assert f(phrase) == f.__wrapped__(phrase), phrase
            assert f(phrase) == f.__wrapped__(phrase), phrase  # second call: cache hit


def test_similarities_match_difflib():
    import difflib
    import random

    from articles.attribution.resolve import _quick_ratio, _ratio

    rng = random.Random(7)
    pairs = [("mcclenney", "mclenney"), ("smith", "smyth"), ("doyle", "boyle"), ("", "")]
    pairs += [("".join(rng.choices("aelnrst", k=rng.randint(0, 9))), "".join(
        rng.choices("aelnrst", k=rng.randint(0, 9)))) for _ in range(300)]  # fmt: skip
    for a, b in pairs:
        sm = difflib.SequenceMatcher(None, a, b)
        assert _quick_ratio(a, b) == sm.quick_ratio(), (a, b)
        assert _ratio(a, b) == sm.ratio(), (a, b)
        assert _ratio(a, b) == sm.ratio(), (a, b)  # second call: cache hit


def test_surname_index_matches_plain_filter():
    import random

    from articles.attribution.resolve import _Surnames

    rng = random.Random(3)
    index = _Surnames()
    plain = {}
    for _ in range(400):
        sur = "".join(rng.choices("abcmnors", k=rng.randint(1, 9)))
        (index.setdefault if rng.random() < 0.5 else index.__setitem__)(sur, [sur])
        plain.setdefault(sur, [sur])
    assert list(index) == list(plain)
    for word in {"".join(rng.choices("abcmnors", k=rng.randint(4, 9))) for _ in range(200)}:
        want = [
            s for s in plain if s[0] == word[0] and abs(len(s) - len(word)) <= 2 and len(s) >= 4
        ]
        assert index.near(word) == want, word


def test_conj_between_matches_scan():
    from articles.attribution.context import build_context
    from articles.attribution.reported import _CONJ_OR_COMMA, _conj_between

    ctx = build_context(SAMPLE + "\nShe said that he and they would, but not yet, or soon.\n")
    toks = ctx.doc.tokens
    for j in range(len(toks)):
        for m in range(j, min(len(toks), j + 40)):
            plain = any(t.lower in _CONJ_OR_COMMA for t in toks[j + 1 : m])
            assert _conj_between(ctx, j, m) == plain, (j, m)


def test_cached_role_key_matches_definition():
    from articles.attribution.roles import _role_key

    for role in ["Chief Financial Officer", "chief executive", "CTO", "former finance chief", ""]:
        assert _role_key(role) == _role_key.__wrapped__(role)
        assert _role_key(role) == _role_key.__wrapped__(role)  # second call: cache hit


def test_fuzzy_index_and_letter_bound_agree_with_plain_loop():
    import difflib
    import random

    from articles.attribution.context import build_context
    from articles.attribution.resolve import Registry

    rng = random.Random(11)

    def word(k):
        return rng.choice("BCDHMS") + "".join(rng.choices("aeiolnrst", k=k))

    text = "".join(f"{word(4)} {word(rng.randint(3, 8))} spoke on Monday.\n" for _ in range(300))
    reg = Registry(build_context(text))
    assert len(reg.by_surname) > 100

    def plain(w):
        best, best_r = None, 0.0
        for sur, ents in reg.by_surname.items():
            if sur[0] != w[0] or abs(len(sur) - len(w)) > 2 or len(sur) < 4:
                continue
            sm = difflib.SequenceMatcher(None, w, sur)
            if sm.quick_ratio() <= best_r or sm.quick_ratio() < 0.8:
                continue
            if sm.ratio() > best_r:
                best_r, best = sm.ratio(), ents
        return reg._pick(best, len(text)) if best is not None and best_r >= 0.8 else None

    words = list(reg.by_surname)[:60] + [word(rng.randint(3, 8)).lower() for _ in range(300)]
    for w in words:
        assert reg._fuzzy(w, len(text)) is plain(w), w


def test_doc_lookups_match_definitions():
    import bisect

    doc = make_doc(SAMPLE)
    assert doc.lowers == [t.lower for t in doc.tokens]
    for pos in range(-1, len(SAMPLE) + 2):
        assert doc.tok_index_at_or_after(pos) == bisect.bisect_left(doc.starts, pos)


def test_name_particles_capitalised_at_a_word_start_only():
    doc = make_doc("Talks with al-Qadi, d'Estaing and el-Sisi; x_al-Qadi, an-d.")
    caps = [(t.text, t.cap) for t in doc.tokens if t.is_word]
    assert caps == [
        ("Talks", True), ("with", False), ("al-Qadi", True), ("d'Estaing", True),
        ("and", False), ("el-Sisi", True), ("x", False),
        ("al-Qadi", False),  # "_" is a word character: no word boundary before "al"
        ("an-d", False),
    ]  # fmt: skip


def test_is_cue_memo_matches_definition():
    from articles.attribution.cues import _is_verbal_cue, is_cue
    from articles.attribution.lexicons import CUE_FORMS

    doc = make_doc(SAMPLE + "The claims were denied. Some believe it, he was told.")
    for i, t in enumerate(doc.tokens):
        plain = t.is_word and not t.cap and t.lower in CUE_FORMS and _is_verbal_cue(doc, i, t)
        assert is_cue(doc, i) == plain, t.text
        assert is_cue(doc, i) == plain, t.text  # second call: memo hit


def test_group_lexicons_are_capitalised():
    # mentions._group skips lower-case tokens, which is exact only while every
    # organisation and supranational name starts with a capital
    from articles.attribution import lexicons as lx

    assert all(name[:1].isupper() for name in (*lx.SUPRANATIONAL, *lx.KNOWN_ORGS))


def test_mention_cue_before_matches_whole_window_search():
    import re

    from articles.attribution.quotes import MENTION_BEFORE_RE, _mention_cue_before

    whole_window = re.compile(MENTION_BEFORE_RE.pattern[: -len(r"\Z")] + r"\s*$", re.IGNORECASE)
    for before in [
        "", "so-called", "the so-called ", "the so-called\n", "a group nicknamed the, ",
        "the words:\u00a0", "known as", "it was known as ", "the wordy ", "the word, x",
        "That Hashtags:\n\n", "titled the  ", "entitled an,", "said the word.", "  ",
    ]:  # fmt: skip
        assert _mention_cue_before(before) == bool(whole_window.search(before)), before


# -- linear time on long texts unlike the repeated paragraphs of test_attribution_robustness --


def _cpu_seconds(text: str) -> float:
    import time

    from articles.attribution import extract

    t0 = time.process_time()
    extract(text)
    return time.process_time() - t0


def _golden_texts() -> list[str]:
    from pathlib import Path

    return [
        p.read_text(encoding="utf-8")
        for p in sorted((Path(__file__).parent / "golden").glob("*.txt"))
    ]


def _golden_articles(length: int) -> str:
    """The golden articles one after the other, as many as fit."""
    news = "".join(t + "\n\n" for t in _golden_texts())
    return (news * (length // len(news) + 1))[:length]


def _golden_one_paragraph(length: int) -> str:
    """A headline, then the golden articles run together into one long paragraph."""
    body = " ".join(" ".join(t.split()) for t in _golden_texts()) + " "
    return "Mayor Says Budget Is On Track\n\n" + (body * (length // len(body) + 1))[:length]


def _many_people(length: int) -> str:
    """Invented news naming new people all the time (pronouns, titles, 'its chief
    economist' and quotes referring back), in one long paragraph after a short lead."""
    import random

    rng = random.Random(7)
    firsts = ["Anna", "John", "Maria", "Peter", "Laura", "David", "Sofia", "Mark", "Elena"]
    syllables = ["ber", "lin", "dor", "kas", "mon", "ver", "tal", "ros", "nik", "sel", "pra"]

    def person() -> str:
        return f"{rng.choice(firsts)} {''.join(rng.choices(syllables, k=3)).capitalize()}"

    out = ["Officials Meet On Trade\n\n"]
    size = len(out[0])
    while size < length:
        a, b = person(), person()
        sentences = [
            f"“We will not accept this,” Foreign Minister {a} said on Monday.",
            "She added that the talks would continue, according to officials.",
            "Acme Corp said it would appeal. The company said its lawyers were ready.",
            f"Its chief economist, {b}, told reporters the plan must “be fair” for everyone.",
            "The senator said he disagreed. The former president said nothing.",
            f"Sen. {b} said the group's director, {a}, had resigned. He said it again.",
            f"{b} met {a} on Monday. “It is over,” she said. He said that it was not.",
        ]
        rng.shuffle(sentences)
        out.append(" ".join(sentences) + " ")
        size += len(out[-1])
    return "".join(out)[:length]


@pytest.mark.parametrize(
    "make", [_golden_articles, _golden_one_paragraph, _many_people], ids=lambda f: f.__name__
)
def test_time_grows_linearly_on_long_varied_texts(make):
    # As test_attribution_robustness.test_time_grows_linearly_with_length (250 kB vs
    # 1 MB: linear ~4, quadratic ~16), on texts whose steps look back over a growing
    # document: many different people, one paragraph of 1 MB, headlines and titles.
    assert _cpu_seconds(make(1_000_000)) < 7 * _cpu_seconds(make(250_000)) + 0.2


def test_spelling_index_keeps_every_surname_fuzzy_can_accept():
    """With many surnames _fuzzy looks only at those sharing enough letters with the
    word (_Surnames.similar): of the surnames near() lists, exactly those within
    quick_ratio 0.8 (same particle) must remain, in the same order."""
    import random

    from articles.attribution.resolve import (
        SPELLING_INDEX_FROM,
        _particle_prefix,
        _quick_ratio,
        _Surnames,
    )

    rng = random.Random(5)

    def spelling() -> str:
        particle = rng.choice(["", "", "", "al-", "el-", "d'"])
        return particle + "".join(
            rng.choices("abdelmnorst", k=rng.choice([3, 4, 5, 6, 8, 11, 12, 13, 14, 15]))
        )

    index = _Surnames()
    while len(index) < 3 * SPELLING_INDEX_FROM:
        index.setdefault(spelling(), [])
    words = [spelling() for _ in range(300)] + list(index)[:100]
    words = [w for w in words if len(w) >= 4]
    more = [spelling() for _ in range(200)]  # added after the index is built

    def fits(word: str, sur: str) -> bool:
        p = _particle_prefix(word)
        return p == _particle_prefix(sur) and _quick_ratio(word[len(p) :], sur[len(p) :]) >= 0.8

    kept = listed = matched = 0
    for k, word in enumerate(words):
        if k == len(words) // 2:
            for sur in more:
                index.setdefault(sur, [])
        similar, near = index.similar(word), index.near(word)
        assert [s for s in similar if fits(word, s)] == [s for s in near if fits(word, s)], word
        kept, listed = kept + len(similar), listed + len(near)
        matched += any(fits(word, s) for s in near)
    assert matched > 100 and kept < listed / 2


def test_company_words_lookup_matches_lowered_slice():
    import random

    from articles.attribution.resolve import _company_words_between
    from articles.attribution.text import make_doc

    rng = random.Random(2)
    pieces = ["the company", "THE COMPANY", "The Firm", "the fİrm", "the ſirm", "the firmament"]
    pieces += ["thE compANY's", "the  firm", "the com pany", "x", " ", "İ", "K", "said", "\n"]
    for _ in range(60):
        doc = make_doc("".join(rng.choices(pieces, k=40)))
        n = len(doc.text)
        for _ in range(40):
            lo = rng.randint(0, n)
            hi = rng.randint(lo, n)
            low = doc.text[lo:hi].lower()
            want = "the company" in low or "the firm" in low
            assert _company_words_between(doc, lo, hi) == want, (doc.text, lo, hi)
