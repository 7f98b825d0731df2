"""Records: the public ``Statement`` and the internal working candidate."""

from __future__ import annotations

from collections import deque
from dataclasses import asdict, dataclass, field, fields
from itertools import repeat
from operator import call

from .mentions import Source


@dataclass(frozen=True, slots=True, init=False)
class Statement:
    """One statement: who said what, with offsets into the article text.

    Immutable.  The constructor takes the fields below in order (positionally or by name).
    """

    quote: str
    start: int
    end: int
    kind: str  # "direct" | "partial" | "indirect"
    speaker: str | None
    speaker_type: str | None  # "person" | "organization" | None
    source: str | None
    speaker_start: int | None
    speaker_end: int | None
    role: str | None
    country: str | None
    organization: str | None
    cue: str | None
    confidence: float

    def __init__(
        self, quote: str, start: int, end: int, kind: str, speaker: str | None,
        speaker_type: str | None, source: str | None, speaker_start: int | None,
        speaker_end: int | None, role: str | None, country: str | None,
        organization: str | None, cue: str | None, confidence: float,
    ) -> None:  # fmt: skip
        # A frozen dataclass's own __init__ sets each field through object.__setattr__,
        # ~14 Python-level calls (3-5 µs per statement, tens of thousands per MB): the
        # slots' C-level setters are applied in one map instead (same fields, same order;
        # deque(maxlen=0) runs the map without keeping its results).
        values = (
            quote, start, end, kind, speaker, speaker_type, source, speaker_start,
            speaker_end, role, country, organization, cue, confidence,
        )  # fmt: skip
        deque(map(call, _STATEMENT_SETTERS, repeat(self), values), maxlen=0)

    def to_dict(self) -> dict:
        """The JSON contract (without "doc")."""
        return asdict(self)


# the C-level setter of each Statement slot, in field order (see Statement.__init__)
_STATEMENT_SETTERS = tuple(Statement.__dict__[f.name].__set__ for f in fields(Statement))


@dataclass
class Candidate:
    """A statement while the sieves work on it."""

    start: int
    end: int
    kind: str
    sentence: tuple[int, int]
    para: int
    source: Source | None = None
    cue: str | None = None
    cue_pos: int | None = None
    sieve: str | None = None
    confidence: float = 0.0
    # filled by resolution / roles
    speaker: str | None = None
    speaker_type: str | None = None
    entity: object | None = None
    role: str | None = None
    country: str | None = None
    organization: str | None = None
    contains_quote: bool = False
    extra: dict = field(default_factory=dict)
