"""Language of an article: "ar", "en" or "other", with the feed's declared language as a prior.

When ``rasd.text.langid`` exists (the text package's detector) it is used; until then, and
whenever it cannot decide, a script-ratio check decides: Arabic letters mean Arabic, Latin
letters with common English function words mean English.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Callable
from functools import cache

log = logging.getLogger(__name__)

LANGS = ("ar", "en", "other")
LANG_SAMPLE_LIMIT = 5000  # characters read from the start of a text; the rest never decides

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as by was at from said has have it are be its".split()
)
_WORD = re.compile(r"[A-Za-z]+")


@cache  # looked up once: importing on every call cost as much as detecting
def _external_detector() -> Callable[[str], str] | None:
    try:
        module = importlib.import_module("rasd.text.langid")
    except ImportError:
        return None
    for name in ("detect_language", "detect_lang", "detect"):
        func = getattr(module, name, None)
        if callable(func):
            return func
    return None


def script_language(text: str, hint: str | None = None) -> str:
    """Decide from the letters; the hint breaks ties and decides very short texts."""
    sample = text[:LANG_SAMPLE_LIMIT]
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    letters = arabic + latin
    hint = hint if hint in LANGS else None
    if letters < 20 and hint:
        return hint
    if letters == 0:
        return hint or "other"
    if arabic / letters >= 0.5:
        return "ar"
    words = [w.lower() for w in _WORD.findall(sample)]
    if words:
        english = sum(1 for w in words if w in _ENGLISH_WORDS) / len(words)
        # English prose has ~20-30% function words; a hint of "en" lowers the bar.
        if english >= (0.05 if hint == "en" else 0.12):
            return "en"
    return "other"


def detect_lang(text: str, hint: str | None = None) -> str:
    """The language ("ar", "en" or "other") of the first ``LANG_SAMPLE_LIMIT`` characters."""
    text = text[:LANG_SAMPLE_LIMIT]
    detector = _external_detector()
    if detector is not None:
        try:
            result = detector(text)
        except (ValueError, TypeError) as exc:
            log.debug("rasd.text.langid could not decide (%s); using the script check", exc)
        else:
            code = result if isinstance(result, str) else getattr(result, "lang", None)
            if code in ("ar", "en"):
                return code
            if code and code != "und" and len(text) > 200:
                return "other"
    return script_language(text, hint)
