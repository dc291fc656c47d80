"""The analyzer on damaged news text: a defined result, never an exception.

Feeds deliver articles cut off mid-word, stripped of punctuation, glued to the next story,
flattened from tables or wrapped in stray quotes. Each case here takes real-style articles (the
held-out sets' texts, written for the project) and damages them in one such way, then checks
what a consumer of ``rasd analyze`` relies on: no exception, every offset inside the text and
pointing at the text it claims, and no event without a participant. The damage is drawn from a
fixed seed, so a failure names a case that can be replayed.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from rasd.analyze import analyze

ARTICLES_PER_CASE = 30
PUBLISHED = date(2024, 5, 1)


def _texts() -> list[str]:
    """Every held-out article text of both languages, in a stable order."""
    texts: list[str] = []
    for path in sorted(Path(__file__).parent.glob("test_heldout*_events_*.py")):
        module = importlib.import_module(f"tests.unit.{path.stem}")
        texts += [a.text for a in getattr(module, "ARTICLES", []) if getattr(a, "text", "")]
    return texts


def _words(text: str) -> list[str]:
    return text.split(" ")


def _cut_mid_text(text: str, rng: random.Random) -> str:
    return text[:rng.randrange(1, len(text))]  # a feed's summary cut at a character limit


def _fragment(text: str, rng: random.Random) -> str:
    start = rng.randrange(len(text))
    return text[start:start + rng.randrange(1, 600)]  # starts and ends inside words


def _no_punctuation(text: str, rng: random.Random) -> str:
    return "".join(c for c in text if c not in ".،,؛;:!?؟\n")  # one endless sentence


def _sentences_shuffled(text: str, rng: random.Random) -> str:
    parts = text.replace("\n", ". ").split(". ")
    rng.shuffle(parts)  # a headline last, a pronoun before its name
    return ". ".join(parts)


def _words_dropped(text: str, rng: random.Random) -> str:
    return " ".join(w for w in _words(text) if rng.random() > 0.2)


def _table_flattened(text: str, rng: random.Random) -> str:
    words = _words(text)
    return " | ".join("\t".join(words[i:i + 4]) for i in range(0, len(words), 4))


def _stories_glued(text: str, rng: random.Random, others: list[str]) -> str:
    return text + rng.choice(others)  # no break between two stories


def _stray_quotes(text: str, rng: random.Random) -> str:
    return " ".join(rng.choice(["«", '"', "(", ""]) + w + rng.choice(["»", '"', ")", ""]) for w in _words(text))


def _shouted(text: str, rng: random.Random) -> str:
    return text.upper()


DAMAGES: dict[str, Callable[..., str]] = {
    "cut_mid_text": _cut_mid_text,
    "fragment": _fragment,
    "no_punctuation": _no_punctuation,
    "sentences_shuffled": _sentences_shuffled,
    "words_dropped": _words_dropped,
    "table_flattened": _table_flattened,
    "stories_glued": _stories_glued,
    "stray_quotes": _stray_quotes,
    "shouted": _shouted,
}


def _check(text: str) -> None:
    result = analyze(text, published=PUBLISHED)
    for entity in result.entities:
        for m in entity.mentions:
            assert 0 <= m.start < m.end <= len(text), (entity.name, m)
            assert text[m.start:m.end] == m.text, (entity.name, m)
    for event in result.events:
        ev = event.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text
        assert event.actors or event.targets, event.type


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_damaged_articles_get_a_defined_result(damage: str) -> None:
    texts = _texts()
    assert len(texts) > 1000, "the held-out sets were not found beside this test"
    rng = random.Random(f"rasd-{damage}")
    apply = DAMAGES[damage]
    for _ in range(ARTICLES_PER_CASE):
        original = rng.choice(texts)
        text = apply(original, rng, texts) if damage == "stories_glued" else apply(original, rng)
        try:
            _check(text)
        except Exception as error:  # the case, so that it can be replayed
            raise AssertionError(f"{damage} of {original[:60]!r}: {error!r}") from error
