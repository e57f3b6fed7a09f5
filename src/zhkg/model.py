"""The data passed between stages: an :class:`Article` carries its text,
metadata, sentences, entities and relations through ingest -> extract ->
resolve -> graph -> rdf / viewer.  Every stage reads and fills an Article;
no stage reaches back into another.

The JSON form (:meth:`Article.to_json`) is the `zhkg extract` interface: the
gold format of the annotated corpus plus ``path``, ``line``, ``text``,
per-entity ``mentions`` and per-relation ``evidence``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ENTITY_TYPES",
    "METADATA_KEYS",
    "PREDICATES",
    "SCORED_TYPES",
    "Article",
    "Entity",
    "Evidence",
    "Failure",
    "Relation",
    "Span",
]

#: Entity types scored against gold.
SCORED_TYPES = ("Person", "Organization", "Community", "Event")
#: All entity types zhkg emits.
ENTITY_TYPES = SCORED_TYPES + ("Position", "Place", "Date")
#: The twelve relations of the gold format.
PREDICATES = (
    "holdsPosition",
    "subOrganizationOf",
    "leadsCommunity",
    "memberOf",
    "attended",
    "spokeAt",
    "chaired",
    "officiatesUnveiling",
    "represents",
    "heldAt",
    "organizedBy",
    "signedAgreement",
)
#: Metadata fields read from a page.
METADATA_KEYS = ("title", "source", "published", "author", "editor", "reviewer")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Entity:
    """One entity of one article, with every mention of it.

    ``attrs`` holds type-specific values: ``date`` (ISO) on events and dates,
    ``member_count`` on communities, ``aliases`` (short names) on units,
    ``kind`` (an event's kind: founding, unveiling, signing, meeting, ...).
    """

    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    _seen: set[Span] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._seen.update(self.mentions)

    @property
    def key(self) -> tuple[str, str]:
        return (self.type, self.name)

    def add_mention(self, span: Span) -> None:
        if span not in self._seen:  # a set: a long article has thousands of mentions
            self._seen.add(span)
            self.mentions.append(span)

    def remove_mentions(self, start: int, end: int) -> None:
        """Drop the mentions at ``[start, end)`` (a span given to another entity)."""
        self.mentions = [s for s in self.mentions if (s.start, s.end) != (start, end)]
        self._seen = set(self.mentions)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "name": self.name}
        for k, v in self.attrs.items():
            if v is not None and v != [] and v != "":
                out[k] = v
        out["mentions"] = [m.to_json() for m in sorted(self.mentions, key=lambda m: m.start)]
        return out


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact comes from: the sentence span, the rule, a confidence."""

    start: int
    end: int
    rule: str
    confidence: float = 0.9

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass(slots=True)
class Relation:
    """A fact ``s p o`` between two entities of the same article.

    ``s_type``/``o_type`` name the entities' types so that a name used by two
    types stays unambiguous. ``title`` is the post for holdsPosition;
    ``attrs`` may carry ``start``/``end`` dates (任命/免去) and ``removed``.
    """

    s: str
    p: str
    o: str
    s_type: str
    o_type: str
    evidence: Evidence
    title: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str, str | None]:
        return (self.s, self.p, self.o, self.title)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"s": self.s, "p": self.p, "o": self.o}
        if self.title is not None:
            out["title"] = self.title
        for k, v in self.attrs.items():
            if v is not None:
                out[k] = v
        out["evidence"] = self.evidence.to_json()
        return out


@dataclass(slots=True)
class Article:
    """One article as it moves through the pipeline.

    ``text`` is the exact string all offsets index (main text after decoding
    and boilerplate removal; for ``.jsonl`` input the ``text`` field as given).
    """

    path: str
    text: str
    line: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    @property
    def id(self) -> str:
        """A stable identifier for the article: path, plus line for jsonl."""
        return self.path if self.line is None else f"{self.path}#{self.line}"

    def entity(self, type_: str, name: str) -> Entity | None:
        for e in self.entities:
            if e.type == type_ and e.name == name:
                return e
        return None

    def to_json(self, *, with_text: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path}
        if self.line is not None:
            out["line"] = self.line
        meta = {k: self.metadata.get(k) for k in METADATA_KEYS}
        if self.metadata.get("site"):
            meta["site"] = self.metadata["site"]  # the site's name over its nav bar
        if self.url:
            meta["url"] = self.url
        out["metadata"] = meta
        if with_text:
            out["text"] = self.text
        out["entities"] = [e.to_json() for e in self.entities]
        out["relations"] = [r.to_json() for r in self.relations]
        return out


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read: the file, the line, the reason."""

    path: str
    error: str
    line: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path}
        if self.line is not None:
            out["line"] = self.line
        out["error"] = self.error
        return out
