"""Which sentences of an article may hold a trigger: one Aho-Corasick pass over the article.

Most sentences of the news hold no trigger at all, and most articles none. Tokenising every
sentence only to learn that costs more than the rest of the event stage on such text, so the
article is screened first, in C: its words are folded the way the lexicon's are
(``textnorm.normalize_word``, character by character) and written one after the other with
everything between them left out, and one automaton looks for the trigger words in that.

The screen may let a sentence through that holds no trigger (a trigger word inside a longer
word, or spelled across two words), never the other way round: every reading of a word that
can start a trigger is a substring of the folded word, apart from "ال…" read from "لل…", for
which the "لل…" spelling is a key too; a split word ("وق عت") is its two halves written
together; an English reading is the folded word itself, so a phrase is its words together.
Sentences let through are then checked word by word exactly as before.

The folding goes through the one-byte alphabets of ``rasd.text.bytefold`` (encode, translate,
decode: all C); a text outside them, or holding a character that folds to more than one ("İ"
→ "i" + a combining dot), is not screened and every sentence is checked.
"""

from __future__ import annotations

import codecs
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Final

import ahocorasick

from rasd.events.textnorm import TOKEN_RE, normalize_word
from rasd.text import bytefold

__all__ = ["TriggerScreen"]

_AL, _LIL = "\u0627\u0644", "\u0644\u0644"  # ال لل


class _Folding:
    """For one byte alphabet: the byte-level fold and the bytes that vanish from the view."""

    __slots__ = ("fold", "vanish", "chars", "unfoldable")

    def __init__(self, alphabet: bytefold.ByteAlphabet) -> None:
        chars = alphabet.chars
        index = {c: i for i, c in enumerate(chars) if c != "\ufffe"}
        fold = bytearray(range(256))
        vanish = bytearray()
        unfoldable: list[bytes] = []
        for c, i in index.items():
            folded = normalize_word(c) if TOKEN_RE.fullmatch(c) else ""
            if not folded:
                vanish.append(i)  # between words, or a mark the lexicon ignores
            elif len(folded) == 1 and folded in index:
                fold[i] = index[folded]
            else:
                # One character folding to several ("İ" → "i̇"), or to one outside the alphabet:
                # the one-byte view cannot hold it, so a text with it is not screened at all
                # (every sentence is checked, as for a text outside the alphabets).
                unfoldable.append(bytes((i,)))
        self.fold = bytes(fold)
        self.vanish = bytes(vanish)
        self.chars = chars
        self.unfoldable = tuple(unfoldable)


_FOLDINGS: Final = {a.name: _Folding(a) for a in (bytefold.ARABIC_ALPHABET, bytefold.LATIN_ALPHABET)}


class ScreenedText:
    """The folded words of one article, where the automaton found trigger words in them."""

    __slots__ = ("hits", "_raw", "_vanish")

    def __init__(self, hits: list[int], raw: bytes, vanish: bytes) -> None:
        self.hits = hits  # view offsets of the last character of each found key
        self._raw = raw
        self._vanish = vanish

    def marked(self, spans: list[tuple[int, int]]) -> list[bool]:
        """For each sentence span (in order, not overlapping), whether a key was found in it."""
        marks = [False] * len(spans)
        if not self.hits or not spans:
            return marks
        # The view offset where each sentence ends: the characters kept before its end, summed
        # over the pieces of text between one sentence end and the next (all of it in C).
        raw, vanish = self._raw, self._vanish
        ends = list(map(itemgetter(1), spans))
        pieces = map(raw.__getitem__, map(slice, [0, *ends[:-1]], ends))
        view_ends = list(accumulate(map(len, map(bytes.translate, pieces, repeat(None), repeat(vanish)))))
        count = len(marks)
        for k in set(map(bisect_right, repeat(view_ends), self.hits)):
            if k < count:
                marks[k] = True
        return marks


class TriggerScreen:
    """The automaton over every trigger key of one lexicon (see the module docstring)."""

    def __init__(self, keys: Iterable[str]) -> None:
        wanted = set(keys)
        # A key holding another key adds no sentence: keep the shortest ones only.
        minimal = [k for k in wanted if not any(o != k and o in k for o in wanted)]
        self._automaton = ahocorasick.Automaton()
        for key in minimal:
            self._automaton.add_word(key, len(key))
        if minimal:
            self._automaton.make_automaton()
        self._empty = not minimal
        self.size = len(minimal)

    @classmethod
    def for_triggers(cls, lang: str, phrases: Iterable[tuple[str, ...]]) -> TriggerScreen:
        """The screen of a lexicon whose triggers are ``phrases`` (normalised words)."""
        keys: set[str] = set()
        for words in phrases:
            if lang == "ar":
                first = words[0]  # clitics and suffixes may stand between the words
                keys.add(first)
                if first.startswith(_AL) and len(first) > 2:
                    keys.add(_LIL + first[2:])
            else:
                keys.add("".join(words))
        return cls(k.rstrip("*") for k in keys if k.rstrip("*"))

    def scan(self, text: str) -> ScreenedText | None:
        """Where trigger keys occur in ``text``'s folded words; None when the text is outside
        the byte alphabets (then every sentence must be checked)."""
        encoded = bytefold.encode(text)
        if encoded is None:
            return None
        alphabet, raw = encoded
        folding = _FOLDINGS[alphabet.name]
        if folding.unfoldable and any(b in raw for b in folding.unfoldable):
            return None
        view = codecs.charmap_decode(raw.translate(folding.fold, folding.vanish), "strict", folding.chars)[0]  # type: ignore[arg-type]
        hits = [] if self._empty else list(map(itemgetter(0), self._automaton.iter(view)))  # (end, value)
        return ScreenedText(hits, raw, folding.vanish)
