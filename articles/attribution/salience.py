"""A running model of the story for resolve.py: who is in focus at a point of the text.

News copy refers back to a person by a pronoun or a description, and a reader takes the
person the story is about at that point: the one named latest in the writer's own words,
the one the paragraph or the sentence just before is about, the one who spoke last. The
local rules of resolve.py read single constructions; the measures here read the story:

* ``last_named``: where a person was last named outside quotes before a point;
* ``salient_holder``: of the people a description could name ("the minister" with two
  ministers in the story), the one that was last a subject or speaker, in the latest
  paragraph, when no other is one in that paragraph;
* ``object_in_focus``: a pronoun opening a sentence after one that names a single person
  of its gender, even as an object ("X then turned to Ms Y. Asked …, she said"), is that
  person when the antecedent found belongs to an earlier paragraph;
* ``continue_speaker_chain``: once every description is resolved, a pronoun goes on with
  the speaker of the statement just before ("The sporting director said …. He told …"),
  which the first pronoun pass could not see when that description was resolved late.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Candidate
    from .resolve import Entity, Registry, _Sightings

# how many of a person's latest mentions are read back for one outside quotes
MENTIONS_READ_BACK = 8
# how many statements before a pronoun are read back for the speaker chain
STATEMENTS_READ_BACK = 40
# how many of the people last a subject or speaker are tested as a description's holder
HOLDERS_TESTED = 12
# a fronted participial clause before a sentence's pronoun: "Asked whether …, she said"
FRONTED_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+ed\b[^.;:!?\"“”]*, ")


def last_named(reg: Registry, ent: Entity, pos: int) -> int:
    """Where ``ent`` was last named outside quotes before pos (-1: nowhere close)."""
    ctx = reg.ctx
    at = ctx.doc.tok_index_at_or_after
    i = bisect.bisect_left(ent.mentions, (pos, -1)) - 1
    for k in range(i, max(-1, i - MENTIONS_READ_BACK), -1):
        s = ent.mentions[k][0]
        if not ctx.in_quote(at(s)):
            return s
    return -1


def salient_holder(
    reg: Registry, pos: int, holds: Callable[[Entity], bool], events
) -> Entity | None:
    """The person ``holds`` accepts who was last a subject or speaker (``events``:
    (position, person, outer) sorted) in pos's paragraph or the two before it, when no
    other such person is one in that person's latest paragraph (the story has moved on
    to that one: "Italian Foreign Minister X said … / Norway's foreign minister, Y,
    said … “…,” the minister added" is Y; a minister named only as an object, "He met
    his French counterpart, Z", is not in focus), and no other such person is named in
    that person's sentence there ("Sen. A met Sen. B. “…,” the senator said": no
    telling)."""
    doc = reg.ctx.doc
    lo = doc.para_starts[max(0, doc.para_index(pos) - 2)]
    latest: dict[int, tuple[int, Entity]] = {}
    i = bisect.bisect_left(events, pos, key=itemgetter(0)) - 1
    while i >= 0 and events[i][0] >= lo and len(latest) < HOLDERS_TESTED:
        p, ent, _outer = events[i]
        latest.setdefault(id(ent), (p, ent))
        i -= 1
    holders = [(p, ent) for p, ent in latest.values() if holds(ent)]
    if not holders:
        return None
    top_at, top = holders[0]
    if len(holders) > 1 and holders[1][0] >= doc.para_start(top_at):
        return None  # two such people in one paragraph: no telling
    ss, se = reg.ctx.sentence(top_at)
    if any(e is not top and _named_in(e, ss, se) and holds(e) for e in reg.entities[:300]):
        return None  # "Sen. A met Sen. B": another holder beside that person, no telling
    return top


def _named_in(ent: Entity, lo: int, hi: int) -> bool:
    """Is ``ent`` mentioned in [lo, hi)?"""
    i = bisect.bisect_left(ent.mentions, (lo, -1))
    return i < len(ent.mentions) and ent.mentions[i][0] < hi


def object_in_focus(
    reg: Registry, sightings: _Sightings, pos: int, gender: str, ent: Entity
) -> Entity:
    """ "Mr Pumphrey then turned to Ms Okonjo. Asked whether …, she said …": a pronoun
    opening its sentence (or after a fronted participial clause) whose paragraph's
    sentence before names exactly one person of its gender, in any role, means that
    person when the antecedent found is not named in the pronoun's paragraph."""
    from .resolve import _gendered_word_in  # (resolve imports this module)

    ctx = reg.ctx
    doc = ctx.doc
    ss, _ = ctx.sentence(pos)
    if ss == 0:
        return ent
    opening = doc.text[ss:pos].lstrip(" \t\n“\"‘'")
    if opening and FRONTED_PARTICIPLE_RE.fullmatch(opening) is None:
        return ent
    para_lo = doc.para_start(pos)
    ps, pe = ctx.sentence(ss - 1)
    if ps < para_lo or sightings.is_named_between(ent, para_lo, pos):
        return ent
    if _gendered_word_in(ctx, ps, pe, gender):
        return ent  # "She has faced …, his wife, X, … . She has called …": still the topic
    same = [
        e
        for e in sightings.named_candidates(ps, pe)
        if reg.gender(e) == gender and sightings.is_named_between(e, ps, pe)
    ]
    return same[0] if len(same) == 1 else ent


def continue_speaker_chain(
    reg: Registry,
    order: list[Candidate],
    pronouns: list[tuple[int, int, Entity]],
    late: set[int],
    named_in_quote: Callable[[Candidate, Entity], bool],
) -> list[Candidate]:
    """A he/she statement goes on with the speaker of the latest statement before it,
    in its paragraph or the one before, whose speaker is of its gender (or of none
    known), when the pronoun's person is not named since and that statement is in the
    pronoun's own paragraph with a named or described source ("X, the goalkeeper, said
    A. “…,” he said"), or was resolved after the pronoun pass or moved by the story's
    focus (``late``: candidate ids): "The sporting director, who …, said A. He told
    L'Equipe …" is the sporting director, not the man who spoke in the paragraph
    before. A pronoun so moved carries the chain on; the ones moved are returned."""
    doc = reg.ctx.doc
    moved = []
    for pos, ci, ent in pronouns:
        c = order[ci]
        gender = c.source.gender if c.source is not None else None
        lo = doc.para_starts[max(0, doc.para_index(pos) - 1)]
        prev = _latest_statement(reg, order, ci, lo, gender)
        if prev is None or prev.entity in (None, ent) or prev.source is None:
            continue
        # (a statement of the pronoun's own paragraph by a named or described speaker,
        # or one the first pass could not see)
        own = prev.source.start >= doc.para_start(pos) and prev.source.kind != "pronoun"
        if not own and id(prev) not in late:
            continue
        person = prev.entity
        assert person is not None  # (checked above)
        if last_named(reg, ent, pos) > prev.source.start or named_in_quote(c, person):
            continue
        c.entity, c.speaker = person, person.name
        late.add(id(c))
        moved.append(c)
    return moved


def _latest_statement(
    reg: Registry, order: list[Candidate], ci: int, lo: int, gender: str | None
) -> Candidate | None:
    """The latest candidate before order[ci], starting at lo or after, whose person is
    of that gender or of none known (read back over at most STATEMENTS_READ_BACK)."""
    for k in range(ci - 1, max(-1, ci - 1 - STATEMENTS_READ_BACK), -1):
        prev = order[k]
        if prev.source is None or prev.source.start < lo:
            return None
        if prev.entity is not None and reg.gender(prev.entity) in (None, gender):
            return prev
    return None
