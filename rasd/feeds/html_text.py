"""HTML to clean plain text: what a reader sees, paragraphs kept apart by a blank line.

Scripts, styles and other non-content elements are dropped with their content; entities are
decoded; runs of whitespace inside a paragraph collapse to one space. Works on fragments and
on broken markup alike (``html.parser`` never raises on bad input).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "object", "head"})
_BLOCK = frozenset(
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "tr", "table", "article", "section", "header", "footer", "figure", "figcaption", "pre",
        "hr", "dd", "dt", "dl", "aside", "main", "nav", "address",
    }
)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_LOOKS_LIKE_HTML = re.compile(r"<[A-Za-z/!]|&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0

    def _break(self) -> None:
        paragraph = _SPACES.sub(" ", "".join(self._current)).strip()
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


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment; paragraphs separated by one blank line."""
    if not html:
        return ""
    if not _LOOKS_LIKE_HTML.search(html):
        return plain_text(html)
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    collector._break()
    return "\n\n".join(collector.paragraphs)


def plain_text(text: str) -> str:
    """Normalise plain text: blank-line separated paragraphs, single spaces within them."""
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n"))
    cleaned = (_SPACES.sub(" ", p).strip() for p in paragraphs)
    return "\n\n".join(p for p in cleaned if p)
