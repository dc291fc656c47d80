"""What the rule-sentence tests compare: each event of a sentence as (type, status, actor names,
target names), so that a test states what a user would see in one line."""

from __future__ import annotations

from datetime import date

from rasd.analyze import analyze

Row = tuple[str, str, set[str], set[str]]
ALERTABLE = ("occurred", "planned")


def event_rows(text: str, *, lang: str, published: date) -> list[Row]:
    """Every event the analyzer finds in ``text``."""
    return [(e.type, e.status, {p.name for p in e.actors}, {p.name for p in e.targets})
            for e in analyze(text, lang=lang, published=published).events]


def alert_rows(text: str, *, lang: str, published: date) -> list[Row]:
    """The events of ``text`` that would alert (occurred or planned)."""
    return [row for row in event_rows(text, lang=lang, published=published) if row[1] in ALERTABLE]
