"""Shared builder of the blind held-out gold files (bench/heldout*/make_gold.py).

Each set's make_gold.py holds its hand annotations, written with ``q`` / ``p``, and calls
``write_gold``. A quote is located by searching its exact text after the previous quote's
end, so the offsets always satisfy text[start:end] == quote text and spans never overlap.
"""

import json
from pathlib import Path

PEOPLE_FIELDS = ("role", "country", "organization")

# Round 23 convention (articles/attribution/README.md, "Annotation conventions: decisions
# (round 23)"): an organisation speaking is its own organisation, and a supranational body
# is written by its one short key, as the reference gold writes "EU"
SUPRANATIONAL_KEYS = {
    "European Union": "EU", "European Commission": "EU", "European Parliament": "EU",
    "United Nations": "UN", "World Health Organization": "WHO",
    "International Monetary Fund": "IMF", "International Atomic Energy Agency": "IAEA",
    "African Union": "AU", "International Labour Organization": "ILO",
}  # fmt: skip


def q(text, speaker, kind, cue, source, role=None, country=None, org=None):
    """One annotated statement."""
    return {
        "text": text,
        "speaker": speaker,
        "kind": kind,
        "cue": cue,
        "source": source,
        "role": role,
        "country": country,
        "organization": org,
    }


def p(text, person, kind, cue, source):
    """A statement by a named person (name, role, country, organisation in ``person``)."""
    return q(
        text,
        person["speaker"],
        kind,
        cue,
        source,
        role=person.get("role"),
        country=person.get("country"),
        org=person.get("org"),
    )


def own_organisation(item, speaking_bodies):
    """``item`` with an organisation speaker's own organisation when none is written
    (``speaking_bodies``: the set's organisation speakers; round 23)."""
    speaker = item["speaker"]
    if speaker in speaking_bodies and item["organization"] is None:
        return dict(item, organization=SUPRANATIONAL_KEYS.get(speaker, speaker))
    return item


def build(texts: Path, doc_id, dateline, quotes, *, corpus, source, speaking_bodies=()):
    """One gold document in score.py's format."""
    text = (texts / f"{doc_id}.txt").read_text(encoding="utf-8")
    out, cursor, people = [], 0, {}
    for item in (own_organisation(x, speaking_bodies) for x in quotes):
        if "after" in item:  # the words first written earlier (a standfirst): skip past them
            item = dict(item)
            cursor = text.index(item.pop("after"), cursor)
        start = text.find(item["text"], cursor)
        if start < 0:
            raise ValueError(f"{doc_id}: not found after {cursor}: {item['text']!r}")
        end = start + len(item["text"])
        cursor = end
        out.append(dict(start=start, end=end, **item))
        if item["speaker"]:
            people.setdefault(item["speaker"], {k: item[k] for k in PEOPLE_FIELDS})
    return {
        "id": doc_id,
        "corpus": corpus,
        "text": text,
        "meta": {
            "source": source,
            "published": None,
            "dateline": dateline,
            "headline": text.split("\n", 1)[0],
        },
        "people": [dict(name=n, **v) for n, v in people.items()],
        "quotes": out,
    }


def write_gold(here: Path, name: str, docs, *, corpus, source, speaking_bodies=()):
    """Build every document of ``docs`` ((doc id, dateline, quotes), …) into here/name;
    ``speaking_bodies`` names the set's organisation speakers (see own_organisation)."""
    lines = [
        json.dumps(
            build(
                here / "texts", *d, corpus=corpus, source=source, speaking_bodies=speaking_bodies
            ),
            ensure_ascii=False,
        )
        for d in docs
    ]
    (here / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} docs, {sum(len(d[2]) for d in docs)} quotes")
