"""Pure steps between the agents' topics that are not analysis proper (record shaping)."""

from __future__ import annotations

from typing import Any


def mention_counts(tagged: dict[str, Any]) -> list[dict[str, Any]]:
    """One ``mention_count`` record per linked entity of a tagged article (for surge counting)."""
    article = tagged["article"]
    out = []
    for entity in tagged["entities"]:
        if not entity.get("linked") or not entity.get("id") or not entity.get("mentions"):
            continue
        out.append(
            {
                "schema_version": 1,
                "entity_id": entity["id"],
                "name": entity["name"],
                "type": entity["type"],
                "article_id": article["id"],
                "lang": article.get("lang", "other"),
                "count": len(entity["mentions"]),
                "at": article.get("fetched_at") or article["published"],  # when Rasd saw it
            }
        )
    return out
