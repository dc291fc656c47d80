"""Exactly one article per story: decide whether (and at which revision) to publish."""

from __future__ import annotations

from typing import Any


def decide(
    previous: dict[str, Any] | None, record: dict[str, Any], *, origin: str | None = None
) -> dict[str, Any] | None:
    """The record to publish, or None when this story was already published unchanged.

    ``previous`` is what was last published under the record's id (at least
    ``content_hash`` and ``revision``), or None for an id never seen: a new id is revision 1,
    a changed content hash is the previous revision + 1, an unchanged one is not published.

    ``origin`` names the input message (its partition and offset). When ``previous`` was
    stored for that very message, this is a redelivery after a crash that may have kept the
    stored entry and lost the publication: the record is published again at its revision
    (a duplicate with the same id and revision, which downstream stages drop or repeat).
    """
    if previous is None:
        return {**record, "revision": 1}
    revision = int(previous.get("revision") or 0)
    if previous.get("content_hash") == record["content_hash"]:
        redelivered = origin is not None and previous.get("origin") == origin
        return {**record, "revision": revision} if redelivered else None
    return {**record, "revision": revision + 1}


def remembered(record: dict[str, Any]) -> dict[str, Any]:
    """The part of a published record that ``decide`` needs next time (what a table keeps)."""
    return {"content_hash": record["content_hash"], "revision": record["revision"]}
