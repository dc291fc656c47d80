"""Tag agent: rasd.articles -> rasd.articles.tagged (entities), rasd.mentions (for surges)."""

from __future__ import annotations

import os
from typing import Any

from agents.app import app, settings, topics
from agents.processing import process_stream, send
from rasd.analyze import tag_article
from rasd.kb.loader import default_kb
from rasd.messages import encode_message
from rasd.pipeline import mention_counts, merge_mention_counts

# Loaded once per worker process, before the first message; watchlists from RASD_KB_PATHS.
KB = default_kb(tuple(p for p in settings.kb_paths.split(os.pathsep) if p))


# Mention counts gathered since the last flush (RASD_MENTIONS_FLUSH_SECONDS), then sent once per
# entity: one message per entity per flush, not one per entity per article. Every mention
# record costs a message, its consumption and a surge-table changelog write; at 50 articles/s
# of ~30 entities each, a 1 s flush still sent ~23 records per article, a 10 s one ~6.
# Surges are counted in hour windows, so the flush delays them by a few seconds at most.
MENTIONS_FLUSH_SECONDS = float(settings.mentions_flush_seconds)
_pending_mentions: list[dict[str, Any]] = []


async def _tag(article: dict[str, Any]) -> None:
    tagged = tag_article(article, kb=KB)
    await send("tag", topics["articles.tagged"], article["id"], encode_message(tagged))
    _pending_mentions.extend(mention_counts(tagged))


@app.timer(MENTIONS_FLUSH_SECONDS)
async def send_mentions() -> None:
    if not _pending_mentions:
        return
    merged = merge_mention_counts(_pending_mentions)
    _pending_mentions.clear()
    for record in merged:
        await send("tag", topics["mentions"], record["entity_id"], encode_message(record))


@app.agent(topics["articles"], name="tag")
async def tag(stream: Any) -> None:
    # One message at a time: batched through Faust's take_events, a SIGKILLed worker lost one
    # article in 1,000 in 2 of 3 kill tests (its offset committed, its output never produced;
    # RELIABILITY.md Finding 10, since guarded in agents/faust_transport.py).
    await process_stream(stream, stage="tag", schema="article", handle=_tag, batch=False)
