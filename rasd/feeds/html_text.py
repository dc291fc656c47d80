"""HTML to clean plain text: what a reader sees, paragraphs kept apart by a blank line.

Scripts, styles and other non-content elements are dropped with their content; entities are
decoded; runs of whitespace inside a paragraph collapse to one space. Works on fragments and
on broken markup alike (``html.parser`` never raises on bad input).

``html.parser`` costs ~20 us for a two-paragraph feed summary, a fifth of a record's cost. Most
summaries are simple markup: well-formed tags with plain attributes and no comments, scripts
or CDATA. For those one regex finds the same tags the parser would (a test checks both agree
on generated fragments); anything else goes through the parser.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "object", "head"})
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "tr", "table", "article", "section", "header", "footer", "figure", "figcaption", "pre",
        "hr", "dd", "dt", "dl", "aside", "main", "nav", "address",
    }
)
# Runs of these collapse to one space. The pattern skips runs that are already one plain
# space (most of them), which would otherwise each be a match replaced by itself.
_SPACE_CHARS = " \t\r\n\f\v\u00a0\u200b"
_SPACES = re.compile(f" [{_SPACE_CHARS}]+|[{_SPACE_CHARS[1:]}][{_SPACE_CHARS}]*")
# What _SPACES can match starts with one of these; looking for them with ``in`` is ~10x
# faster than the regex scan (~20 ns a character) on text that has none of them.
_SPACE_RUN_STARTS = ("  ", *_SPACE_CHARS[1:])
_LOOKS_LIKE_HTML = re.compile(r"<[A-Za-z/!]|&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_TAG_KINDS = {name: kind for kind in (_SKIP, _BLOCK) for name in kind}
# A strictly well-formed start tag (name, whitespace-separated plain attributes, optional
# "/") or end tag ("</name>"): html.parser reads each such tag with the same extent and
# name. Stricter than the parser on purpose: whatever this does not match goes to the parser.
_SIMPLE_TAG = re.compile(
    r"""<(?:([a-zA-Z][a-zA-Z0-9]*)"""
    r"""(?:[ \t\n\r\f]+[^\s"'<>/=]+(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*"""
    r"""[ \t\n\r\f]*/?|/([a-zA-Z][a-zA-Z0-9]*)[ \t\n\r\f]*)>"""
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0

    def _break(self) -> None:
        paragraph = _collapse_spaces("".join(self._current)).strip()
        if paragraph:
            self.paragraphs.append(paragraph)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._current.append(data)

    def parse_html_declaration(self, i: int) -> int:
        # CPython's parser raises AssertionError on some malformed declarations ("<![ turno",
        # found by mutating a real feed); read such a "<!" as text and go on.
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.handle_data("<!")
            return i + 2


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment; paragraphs separated by one blank line."""
    if not html:
        return ""
    if not _LOOKS_LIKE_HTML.search(html):
        return plain_text(html)
    simple = _simple_markup_text(html)
    return simple if simple is not None else _parsed_text(html)


def _parsed_text(html: str) -> str:
    """``html_to_text`` through html.parser: any markup, however broken."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    collector._break()
    return "\n\n".join(collector.paragraphs)


def _collapse_spaces(text: str) -> str:
    """Runs of spaces (``_SPACE_CHARS``) as one space."""
    for start in _SPACE_RUN_STARTS:
        if start in text:
            return _SPACES.sub(" ", text)
    return text


def _simple_markup_text(html: str) -> str | None:
    """``html_to_text`` for simple markup without html.parser, or None when it is not simple:
    a "<" outside the tags found (comments, CDATA, broken tags, a bare "<") or an element
    whose content is dropped (scripts: the parser reads their content as raw text)."""
    # split() gives [text, start-tag name, end-tag name, text, ...]; a NUL marks where a
    # block tag breaks the paragraph (html has none, and entities never decode to one).
    pieces = _SIMPLE_TAG.split(html)
    if html.count("<") != len(pieces) // 3 or "\x00" in html:
        return None  # a "<" the simple tags do not account for
    out: list[str] = []
    for i in range(0, len(pieces) - 1, 3):
        chunk = pieces[i]
        out.append(unescape(chunk) if "&" in chunk else chunk)
        name = pieces[i + 1] or pieces[i + 2]
        kind = _TAG_KINDS.get(name) or _TAG_KINDS.get(name.lower())
        if kind is _BLOCK:
            out.append("\x00")
        elif kind is _SKIP:
            return None
    tail = pieces[-1]
    out.append(unescape(tail) if "&" in tail else tail)
    # No space run crosses a NUL, so collapsing once equals collapsing each paragraph.
    paragraphs = (p.strip() for p in _collapse_spaces("".join(out)).split("\x00"))
    return "\n\n".join(p for p in paragraphs if p)


def plain_text(text: str) -> str:
    """Normalise plain text: blank-line separated paragraphs, single spaces within them."""
    if "\n" not in text:  # one paragraph (most titles, names and terms)
        return _collapse_spaces(text).strip()
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    cleaned = (_collapse_spaces(p).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)
