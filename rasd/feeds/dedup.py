"""Exactly one article per story: decide whether (and at which revision) to publish."""

from __future__ import annotations

from typing import Any


def decide(previous: dict[str, Any] | None, record: dict[str, Any]) -> dict[str, Any] | None:
    """The record to publish, or None when this story was already published unchanged.

    ``previous`` is what was last published under the record's id (at least
    ``content_hash`` and ``revision``), or None for an id never seen: a new id is revision 1,
    a changed content hash is the previous revision + 1, an unchanged one is not published.
    """
    if previous is None:
        return {**record, "revision": 1}
    if previous.get("content_hash") == record["content_hash"]:
        return None
    return {**record, "revision": int(previous.get("revision") or 0) + 1}


def remembered(record: dict[str, Any]) -> dict[str, Any]:
    """The part of a published record that ``decide`` needs next time (what a table keeps)."""
    return {"content_hash": record["content_hash"], "revision": record["revision"]}
