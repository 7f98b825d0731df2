"""Round 27 speed work (output byte-identical): invented sentences only.

1. ``roles.RoleResolver._one_titled`` ("the founder's grandson" whose founder is not
   named: the one person of the article with that title, asked of every person) keeps
   its answer per (title, position, depth) while no mention's RoleInfo changes: the
   same statement asks it from its own mention and from its speaker's other mentions.
2. ``pipeline.to_statement`` writes a Statement's slots directly (``model.new_statement``)
   instead of a frozen dataclass's ``__init__``: the same record, field by field.
"""

from __future__ import annotations

import dataclasses

from articles.attribution import extract, roles
from articles.attribution.context import build_context
from articles.attribution.model import Statement, new_statement
from articles.attribution.resolve import Registry

NAMES = [
    "Anna Berg", "Tomas Lind", "Maria Castell", "Peter Vogt", "Ines Carvalho", "Jonas Weber",
    "Clara Nunes", "Oskar Brandt", "Lea Fischer", "Hugo Martens", "Rita Solberg", "Emil Strand",
]  # fmt: skip
GRANDSON = (
    " ".join(f"{name} said the plan was sound." for name in NAMES)
    + "\n\n"
    + "“We will keep the mill open,” said Lars Halvorsen, the founder's grandson. "
    + "Halvorsen, the founder's grandson, added that demand was strong and that prices "
    + "would hold.\n\nHalvorsen said the board agreed.\n"
)


def test_one_titled_asked_once_per_statement(monkeypatch):
    deep = []
    for_entity = roles.RoleResolver.for_entity

    def counted(self, ent, pos, depth=0):
        if depth >= 1:  # (the calls _one_titled makes for every person, and a few more)
            deep.append(pos)
        return for_entity(self, ent, pos, depth)

    monkeypatch.setattr(roles.RoleResolver, "for_entity", counted)
    out = extract(GRANDSON)
    # each question ("the founder", at the statement, at depth 0 and 1) asks the 13
    # persons once: 78 calls (130 when every mention asked again)
    assert len(deep) < 100
    halvorsen = [s for s in out if s.speaker == "Lars Halvorsen"]
    assert [(s.role, s.cue) for s in halvorsen] == [
        ("grandson", "said"),
        ("grandson", "added"),
        ("grandson", "said"),
    ]
    assert {s.speaker for s in out} == {*NAMES, "Lars Halvorsen"}


def test_one_titled_answer_forgotten_when_a_mention_changes():
    ctx = build_context(GRANDSON)
    rr = roles.RoleResolver(ctx, Registry(ctx))
    assert rr.titled is None  # (not kept before assign_roles's second pass)
    rr.forget_titled()
    rr.titled = {("founder", 10, 0): None}
    rr.forget_titled()
    assert rr.titled == {}


def test_new_statement_is_the_dataclass_record():
    values = {
        "quote": "the plan was sound",
        "start": 3,
        "end": 21,
        "kind": "indirect",
        "speaker": "Anna Berg",
        "speaker_type": "person",
        "source": "Anna Berg",
        "speaker_start": 30,
        "speaker_end": 39,
        "role": "mayor",
        "country": "SE",
        "organization": "Borlange Council",
        "cue": "said",
        "confidence": 0.875,
    }
    assert [f.name for f in dataclasses.fields(Statement)] == list(values)
    built = new_statement(*values.values())
    record = Statement(**values)
    assert type(built) is Statement
    assert built == record and hash(built) == hash(record)
    assert built.to_dict() == record.to_dict() == values
    try:
        built.role = "chair"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:  # pragma: no cover
        raise AssertionError("a Statement stays frozen")


def test_to_statement_fields_in_order():
    text = "“The bridge will open in May,” said Mayor Anna Berg of Falun.\n"
    (s,) = extract(text)
    assert s == Statement(**s.to_dict())
    assert s.quote == text[s.start : s.end] == "The bridge will open in May,"
    assert s.kind == "direct" and s.cue == "said"
    assert s.source == text[s.speaker_start : s.speaker_end]
    assert s.speaker == "Anna Berg" and s.speaker_type == "person" and s.role == "Mayor"
    assert 0 < s.confidence <= 1


def test_counsel_role_read_once_per_first_mention(monkeypatch):
    """3. for_entity reads a barrister's side ("X KC, prosecuting,") at the person's first
    mention once, not once per statement (a person quoted thousands of times)."""
    asked = []
    counsel_role = roles._counsel_role

    def counted(ctx, start, end):
        asked.append((start, end))
        return counsel_role(ctx, start, end)

    monkeypatch.setattr(roles, "_counsel_role", counted)
    text = "Helen Marsh KC, prosecuting, told the court the fire was set on purpose.\n\n" + "".join(
        f"“The {n} door was open,” Marsh said.\n\n" for n in ("front", "back", "side", "barn")
    )
    out = extract(text)
    marsh = [s for s in out if s.speaker == "Helen Marsh"]
    assert len(marsh) == 5 and {s.role for s in marsh} == {"prosecutor"}
    assert len(asked) == len(set(asked)) == 1
