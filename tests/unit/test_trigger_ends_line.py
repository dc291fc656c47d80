"""A designation verb that ends its sentence piece (a hard line break right after it, as in
wrapped plain text) once raised an IndexError that cost the whole article its events: the
check for "designated … as <a status>" looked at the token after the verb without asking
whether there was one. Both texts failed before the fix with no event at all."""

from __future__ import annotations

import importlib
import textwrap
from datetime import date
from pathlib import Path

import pytest

from rasd.analyze import analyze
from rasd.entities.tagger import tag_entities
from rasd.events.extractor import extract
from rasd.kb.loader import load_kb

DAY = date(2025, 4, 14)


@pytest.mark.parametrize("text", [
    pytest.param('Canada imposed sanctions on Iran\'s oil minister on Monday. A line of the notice read: '
                 '"The Office of Foreign Assets Control designated\nMaxim Petrenko ..."', id="quoted-line-cut"),
    pytest.param("Canada imposed sanctions on Iran's oil minister on Monday.\nWashington, notice: The Office of "
                 "Foreign Assets Control designated\nMaxim Petrenko and two firms.", id="wrapped-line"),
])
def test_a_designation_at_a_line_end_keeps_the_articles_events(text: str) -> None:
    events = analyze(text, lang="en", published=DAY).events
    assert any(e.type == "sanctions.imposed" and "Canada" in {a.name for a in e.actors} for e in events), events
    assert any("Office of Foreign Assets Control" in {a.name for a in e.actors} for e in events), events


def _wrapped(text: str, width: int = 72) -> str:
    return "\n".join(textwrap.fill(p, width) for p in text.split("\n"))


def _heldout_texts() -> list[tuple[str, str, str]]:
    """(id, lang, text): each held-out module's docstring (long, dense prose about events, with
    its own line breaks) and, hard-wrapped at 72 columns as plain-text feeds often are, the
    docstring again and every fifth of its articles."""
    out: list[tuple[str, str, str]] = []
    for path in sorted(Path(__file__).parent.glob("test_heldout*_events_*.py")):
        module = importlib.import_module(f"tests.unit.{path.stem}")
        lang = "ar" if path.stem.endswith("_ar") else "en"
        articles = [a for v in vars(module).values() if isinstance(v, (list, tuple))
                    for a in v if hasattr(a, "text") and isinstance(a.text, str)]
        texts = [module.__doc__ or ""] + [a.text for a in articles[::5]]
        out.extend((f"{path.stem}-{i}", lang, _wrapped(t)) for i, t in enumerate(texts))
        out.append((f"{path.stem}-doc", lang, module.__doc__ or ""))  # as written: where the bug was found
    return out


def test_wrapped_heldout_texts_never_raise_in_the_extractor() -> None:
    """The extractor itself (not the guard around it, which logs and drops the article's events)
    runs through every wrapped text: an exception here is an article silently left without events."""
    kb = load_kb()
    texts = _heldout_texts()
    assert len(texts) > 300
    failed = []
    for key, lang, text in texts:
        try:
            extract(text, lang, tag_entities(text, kb, lang=lang), DAY)
        except Exception as exc:  # noqa: BLE001 - every kind is a failure to report
            failed.append(f"{key}: {type(exc).__name__}: {exc}")
    assert not failed, failed[:10]
