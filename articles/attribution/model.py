"""Records: the public ``Statement`` and the internal working candidate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import TYPE_CHECKING

from .mentions import Source

if TYPE_CHECKING:
    from .resolve import Entity  # (resolve imports this module)


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement: who said what, with offsets into the article text."""

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

    def to_dict(self) -> dict:
        """The JSON contract (without "doc")."""
        return asdict(self)


# each field's slot writer, in field order: a frozen dataclass's __init__ goes through
# object.__setattr__ once per field (twice the time of writing the slots directly), and
# the pipeline builds one record per statement (~35,000 on a 1 MB text)
_STATEMENT_SLOTS = tuple(getattr(Statement, f.name).__set__ for f in fields(Statement))


def new_statement(*values: object) -> Statement:
    """Statement(*values) (every field, in field order), its slots written directly."""
    record = object.__new__(Statement)
    for write, value in zip(_STATEMENT_SLOTS, values, strict=True):
        write(record, value)
    return record


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
    entity: Entity | None = None
    role: str | None = None
    country: str | None = None
    organization: str | None = None
    contains_quote: bool = False
    extra: dict = field(default_factory=dict)


# Sort key of a candidate that has a source: where that source starts.  A C-level
# attribute getter, no Python frame per call: every candidate list is sorted by it
# several times (~45,000 calls per MB of text).
source_start: Callable[[Candidate], int] = attrgetter("source.start")
