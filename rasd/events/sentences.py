"""Sentences, clauses and tokens with offsets into the article text as published.

Sentence ends are . ! ? ؟ followed by space, line breaks and ; ؛ . A period after a short
abbreviation ("U.S.", "Mr.", "Feb.") does not end a sentence. Some corpora strip punctuation
altogether, so a sentence is also cut into chunks of at most ``MAX_TOKENS`` tokens: that caps
the work per sentence and keeps every role search local.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.events.lexicon import Lexicon
from rasd.events.textnorm import TOKEN_RE, word_info

MAX_TOKENS = 80  # per sentence chunk
MAX_SENTENCES = 2000  # per article; beyond this the tail is not searched for events

_BOUNDARY = re.compile(r"[.!?؟]+[\"'”»)]*(?=\s)|\n+|[;؛]")
_ABBREV = re.compile(r"(?:\b[A-Za-z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Jan|Feb|Mar|Apr|"
                     r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Inc|Ltd|Co|vs|etc)$")
# Clause connectors: a contrast or a new finite clause after a comma starts a new clause.
_CLAUSE_WORDS_AR = frozenset({"لكن", "ولكن", "بينما", "فيما", "غير", "إلا", "الا"})
_CLAUSE_WORDS_EN = frozenset({"but", "while", "whereas", "however", "although", "though", "yet"})


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    # tokens: parallel lists (speed matters: this runs on every article)
    starts: list[int]
    ends: list[int]
    norms: list[str]
    forms: list[frozenset[str]]
    future: list[frozenset[str]]
    clause: list[int]  # clause number of each token
    tags: list[frozenset[str]]  # cue groups and markers starting at each token


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``; whitespace-only spans are skipped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0).startswith(".") and _ABBREV.search(text, max(0, m.start() - 5), m.start()):
            continue
        end = m.end()
        if text[pos:end].strip():
            spans.append((pos, end))
        pos = end
        if len(spans) >= MAX_SENTENCES:
            return spans
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def has_trigger(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Cheap pre-check: does any word of the span (or a split word "وق عت") start a trigger?"""
    words = TOKEN_RE.findall(text, start, end)
    for i, word in enumerate(words):
        if lex.is_trigger_word(word):
            return True
        if len(word) <= 2 and i + 1 < len(words) and lex.is_trigger_word(word + words[i + 1]):
            return True
    return False


def build(text: str, start: int, end: int, lex: Lexicon) -> list[Sentence]:
    """Tokens of one sentence span, cut into chunks of at most ``MAX_TOKENS``."""
    lang = lex.lang
    clause_words = _CLAUSE_WORDS_AR if lang == "ar" else _CLAUSE_WORDS_EN
    out: list[Sentence] = []
    chunk: Sentence | None = None
    clause = 0
    prev_end = start
    for m in TOKEN_RE.finditer(text, start, end):
        if chunk is None or len(chunk.starts) >= MAX_TOKENS:
            if chunk is not None:
                chunk.end = prev_end
                out.append(chunk)
            chunk = Sentence(m.start(), end, [], [], [], [], [], [], [])
            clause = 0
        norm, forms, future = word_info(m.group(0), lang)
        if chunk.starts and (m.start() - prev_end > 1 or text[prev_end] != " "):
            gap = text[prev_end:m.start()]
            if ":" in gap or (("," in gap or "،" in gap) and _bare(norm, lang) in clause_words):
                clause += 1
        chunk.starts.append(m.start())
        chunk.ends.append(m.end())
        chunk.norms.append(norm)
        chunk.forms.append(forms)
        chunk.future.append(future)
        chunk.clause.append(clause)
        prev_end = m.end()
    if chunk is not None:
        chunk.end = end
        out.append(chunk)
    for sentence in out:
        sentence.tags = lex.tags(sentence.forms)
    return out


def _bare(norm: str, lang: str) -> str:
    if lang == "ar" and len(norm) > 3 and norm[0] in "وف":
        return norm[1:]
    return norm
