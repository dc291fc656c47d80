"""Keyword queries for subscriptions: AND / OR / NOT, parentheses, "quoted phrases", prefix*.

Grammar (operators are upper-case English words or their Arabic/symbol equivalents, so a
lower-case "and" or "or" is an ordinary search word)::

    query   := or
    or      := and (("OR" | "أو" | "|") and)*
    and     := unary (["AND" | "و" | "&"] unary)*       -- juxtaposition means AND
    unary   := ("NOT" | "ليس" | "-" | "!") unary | atom
    atom    := "(" query ")" | '"' phrase '"' | word | word*

Words and phrases are compared on normalised tokens (``rasd.alerts._text``): Arabic without
diacritics, with unified alef/ya/ta marbuta, and with the proclitics و ف ب ل ك ال peeled off
the text, so ``داعش`` matches ``لداعش`` and ``التحالف`` matches ``وللتحالف``.  A word that
normalises to several tokens ("al-Sharaa") is matched as a phrase.

``parse_query`` raises ``QuerySyntaxError`` (an ``InputError``) whose message names the
position and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from rasd.alerts._text import query_forms, token_forms, tokens
from rasd.errors import InputError

__all__ = ["Query", "QuerySyntaxError", "SearchText", "parse_query"]

MAX_QUERY_CHARS = 2000
MAX_DEPTH = 32

_OR = {"OR", "أو", "او", "|", "||"}
_AND = {"AND", "و", "&", "&&"}
_NOT = {"NOT", "ليس", "!"}


class QuerySyntaxError(InputError):
    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"query: {message} (at character {position + 1})")
        self.position = position


class SearchText:
    """Text prepared for matching: its token forms, indexed by position."""

    __slots__ = ("_forms", "_index")

    def __init__(self, *texts: str) -> None:
        self._forms: list[frozenset[str]] = []
        for i, text in enumerate(texts):
            if i:
                self._forms.append(frozenset())  # a gap: phrases never span two fields
            self._forms.extend(token_forms(t) for t in tokens(text))
        self._index: dict[str, list[int]] = {}
        for pos, forms in enumerate(self._forms):
            for form in forms:
                self._index.setdefault(form, []).append(pos)

    def positions(self, forms: frozenset[str]) -> set[int]:
        out: set[int] = set()
        for form in forms:
            out.update(self._index.get(form, ()))
        return out

    def has_prefix(self, prefix: str) -> bool:
        return any(form.startswith(prefix) for form in self._index)

    def at(self, pos: int) -> frozenset[str]:
        return self._forms[pos] if 0 <= pos < len(self._forms) else frozenset()


class Query(Protocol):
    def matches(self, text: SearchText) -> bool: ...

    def terms(self) -> list[str]:
        """The positive words and phrases, for explaining a match."""
        ...


@dataclass(frozen=True, slots=True)
class _Phrase:
    raw: str
    words: tuple[frozenset[str], ...]
    prefix: bool = False  # the last word is a prefix ("sanction*")

    def matches(self, text: SearchText) -> bool:
        if self.prefix and len(self.words) == 1:
            return any(text.has_prefix(f) for f in self.words[0])
        for start in text.positions(self.words[0]):
            if all(self._word_at(text, start + i, i) for i in range(1, len(self.words))):
                return True
        return False

    def _word_at(self, text: SearchText, pos: int, i: int) -> bool:
        found = text.at(pos)
        if self.prefix and i == len(self.words) - 1:
            return any(f.startswith(w) for f in found for w in self.words[i])
        return bool(found & self.words[i])

    def terms(self) -> list[str]:
        return [self.raw]


@dataclass(frozen=True, slots=True)
class _Not:
    inner: Query

    def matches(self, text: SearchText) -> bool:
        return not self.inner.matches(text)

    def terms(self) -> list[str]:
        return []


@dataclass(frozen=True, slots=True)
class _All:
    parts: tuple[Query, ...]

    def matches(self, text: SearchText) -> bool:
        return all(p.matches(text) for p in self.parts)

    def terms(self) -> list[str]:
        return [t for p in self.parts for t in p.terms()]


@dataclass(frozen=True, slots=True)
class _Any:
    parts: tuple[Query, ...]

    def matches(self, text: SearchText) -> bool:
        return any(p.matches(text) for p in self.parts)

    def terms(self) -> list[str]:
        return [t for p in self.parts for t in p.terms()]


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # word, phrase, lparen, rparen, and, or, not
    text: str
    pos: int


def _lex(query: str) -> list[_Token]:
    out: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            out.append(_Token("lparen" if ch == "(" else "rparen", ch, i))
            i += 1
        elif ch in "\"“”«»":
            closing = {"\"": "\"", "“": "”", "”": "”", "«": "»", "»": "»"}[ch]
            end = query.find(closing, i + 1)
            if end < 0 and closing != "\"":
                end = query.find("\"", i + 1)
            if end < 0:
                raise QuerySyntaxError("a quoted phrase is not closed", i)
            out.append(_Token("phrase", query[i + 1 : end], i))
            i = end + 1
        elif ch in "-!" and (not out or out[-1].kind in {"lparen", "and", "or", "not"} or query[i - 1].isspace()):
            out.append(_Token("not", ch, i))
            i += 1
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] not in "()\"“”«»":
                i += 1
            word = query[start:i]
            kind = "word"
            if word in _OR:
                kind = "or"
            elif word in _AND:
                kind = "and"
            elif word in _NOT:
                kind = "not"
            out.append(_Token(kind, word, start))
    return out


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.toks = _lex(query)
        self.i = 0
        self.depth = 0

    def peek(self) -> _Token | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Token:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self) -> Query:
        if not self.toks:
            raise QuerySyntaxError("the query is empty; write at least one word", 0)
        node = self.or_()
        tok = self.peek()
        if tok is not None:
            if tok.kind == "rparen":
                raise QuerySyntaxError("')' has no matching '('", tok.pos)
            raise QuerySyntaxError(f"unexpected {tok.text!r}", tok.pos)
        return node

    def or_(self) -> Query:
        parts = [self.and_()]
        while (tok := self.peek()) is not None and tok.kind == "or":
            self.take()
            self._need_operand(tok)
            parts.append(self.and_())
        return parts[0] if len(parts) == 1 else _Any(tuple(parts))

    def and_(self) -> Query:
        parts = [self.unary()]
        while (tok := self.peek()) is not None and tok.kind not in {"or", "rparen"}:
            if tok.kind == "and":
                self.take()
                self._need_operand(tok)
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else _All(tuple(parts))

    def unary(self) -> Query:
        tok = self.peek()
        if tok is not None and tok.kind == "not":
            self.take()
            self._need_operand(tok)
            return _Not(self.unary())
        return self.atom()

    def atom(self) -> Query:
        tok = self.peek()
        if tok is None:
            raise QuerySyntaxError("the query ends where a word was expected", len(self.query))
        if tok.kind == "lparen":
            self.take()
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise QuerySyntaxError(f"more than {MAX_DEPTH} nested parentheses", tok.pos)
            if (nxt := self.peek()) is not None and nxt.kind == "rparen":
                raise QuerySyntaxError("'()' is empty", tok.pos)
            node = self.or_()
            close = self.peek()
            if close is None or close.kind != "rparen":
                raise QuerySyntaxError("'(' is never closed", tok.pos)
            self.take()
            self.depth -= 1
            return node
        if tok.kind in {"word", "phrase"}:
            self.take()
            return _make_phrase(tok)
        raise QuerySyntaxError(f"{tok.text!r} needs a word before it", tok.pos)

    def _need_operand(self, op: _Token) -> None:
        nxt = self.peek()
        if nxt is None or nxt.kind in {"rparen", "and", "or"}:
            raise QuerySyntaxError(f"{op.text!r} needs a word after it", op.pos)


def _make_phrase(tok: _Token) -> _Phrase:
    text = tok.text
    prefix = tok.kind == "word" and text.endswith("*") and len(text) > 1
    words = tokens(text.rstrip("*") if prefix else text)
    if not words:
        what = "quoted phrase" if tok.kind == "phrase" else f"word {text!r}"
        raise QuerySyntaxError(f"the {what} has no letters or digits to search for", tok.pos)
    forms = tuple(query_forms(w) for w in words)
    return _Phrase(raw=text, words=forms, prefix=prefix)


def parse_query(query: str) -> Query:
    """Parse a keyword query; raise ``QuerySyntaxError`` saying where and what is wrong."""
    if len(query) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(f"the query is longer than {MAX_QUERY_CHARS} characters", MAX_QUERY_CHARS)
    return _Parser(query).parse()
