"""The ordered pipeline: quotes -> mentions/cues -> attribution sieves ->
reported speech -> continuation -> name/pronoun resolution -> roles."""

from __future__ import annotations

import logging

from .context import build_context
from .model import Candidate, Statement
from .reported import find_reported
from .resolve import resolve
from .roles import assign_roles
from .sieves import attribute_quotes, continuation

MAX_CHARS = 5_000_000
logger = logging.getLogger(__name__)


def _select(quote_cands: list[Candidate], reported: list[Candidate]) -> list[Candidate]:
    """Merge quote and reported candidates.

    A reported clause that contains a quoted span is represented by that
    quoted span (kind "partial"), so the clause itself is dropped.
    """
    qspans = sorted((c.start, c.end) for c in quote_cands)
    out = list(quote_cands)
    seen: set[tuple[int, int]] = set()
    import bisect

    starts = [s for s, _ in qspans]
    for r in reported:
        i = bisect.bisect_left(starts, r.start)
        overlaps = False
        for j in (i - 1, i):
            if 0 <= j < len(qspans):
                s, e = qspans[j]
                if s < r.end and r.start < e:
                    overlaps = True
        if not overlaps and i < len(qspans) and qspans[i][0] < r.end:
            overlaps = True
        if overlaps:
            continue
        key = (r.start, r.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def run(text: str) -> list[Candidate]:
    ctx = build_context(text)
    qc = attribute_quotes(ctx)
    used = set()
    for c in qc:
        if c.sieve in {"trailing", "leading"} and c.cue_pos is not None:
            used.add(ctx.doc.tok_index_at_or_after(c.cue_pos))
    rc = find_reported(ctx, used, qc)
    cands = _select(qc, rc)
    continuation(cands)
    reg = resolve(ctx, cands)
    assign_roles(ctx, reg, cands)
    return cands


def to_statement(text: str, c: Candidate) -> Statement:
    src = c.source
    speaker = c.speaker
    return Statement(
        quote=text[c.start : c.end],
        start=c.start,
        end=c.end,
        kind=c.kind,
        speaker=speaker,
        speaker_type=c.speaker_type if speaker else None,
        source=src.text if src is not None else None,
        speaker_start=src.start if src is not None else None,
        speaker_end=src.end if src is not None else None,
        role=c.role if speaker and c.speaker_type == "person" else None,
        country=c.country,
        organization=c.organization,
        cue=c.cue,
        confidence=round(c.confidence if src is not None else 0.5, 3),
    )


def extract(text: str) -> list[Statement]:
    """Find every statement in ``text``: quotes and reported speech, attributed.

    Never raises on a ``str``; returns records sorted by ``start``.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
    try:
        cands = run(text)
    except Exception:  # pragma: no cover - a bug must not break ingestion
        logger.exception("attribution failed on a %d-character text", len(text))
        return []
    return [to_statement(text, c) for c in cands]
