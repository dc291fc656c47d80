"""Decide a feed's character set from its bytes, not only from what it declares.

Arabic feeds often declare the wrong charset (windows-1256 bytes labelled UTF-8 or
ISO-8859-1, UTF-8 labelled windows-1256). Trusting the label yields mojibake such as
``ÇáÚŞæÈÇÊ`` which no downstream matcher can read. So: a BOM wins; bytes that are valid
UTF-8 and not plain ASCII are UTF-8 (that is very unlikely by chance); otherwise each
candidate (declared ones first) is scored for mojibake and the cleanest one wins.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_XML_DECL = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])")
_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Tried after the declared charsets, in this order, when the bytes are not UTF-8.
FALLBACKS = tuple(codecs.lookup(n).name for n in ("windows-1256", "iso-8859-6", "windows-1252"))

# A word of 3+ Latin-1 supplement letters with no ASCII letter is how Arabic looks when
# decoded as Latin-1; C1 controls never occur in real text.
_MOJIBAKE_WORD = re.compile(r"(?<![A-Za-z])[\u00c0-\u00ff]{3,}(?![A-Za-z])")
_C1_CONTROL = re.compile(r"[\u0080-\u009f]")


@dataclass
class Decoded:
    text: str
    encoding: str
    declared: str | None
    warnings: list[str] = field(default_factory=list)


def declared_charsets(body: bytes, content_type: str | None) -> list[str]:
    """Charsets named by the HTTP header and the XML declaration, normalised, header first."""
    found: list[str] = []
    if content_type:
        header = _CHARSET_PARAM.search(content_type)
        if header:
            found.append(header.group(1))
    declaration = _XML_DECL.match(body[:200])
    if declaration:
        found.append(declaration.group(2).decode("ascii"))
    names: list[str] = []
    for name in found:
        try:
            canonical = codecs.lookup(name).name
        except LookupError:
            continue
        if canonical not in names:
            names.append(canonical)
    return names


def _mojibake_score(text: str) -> float:
    """Share of non-ASCII characters that look like mis-decoded bytes (0 = clean)."""
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if not non_ascii:
        return 0.0
    bad = sum(len(m) for m in _MOJIBAKE_WORD.findall(text)) + len(_C1_CONTROL.findall(text))
    return bad / non_ascii


def decode_feed(body: bytes, content_type: str | None = None) -> Decoded:
    """Decode a feed body to text, choosing the charset as described in the module doc."""
    declared = declared_charsets(body, content_type)
    first_declared = declared[0] if declared else None
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(encoding, "replace"), encoding, first_declared)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        decoded = Decoded(text, "utf-8", first_declared)
        if text.isascii() or not declared or declared[0] == "utf-8":
            return decoded
        decoded.warnings.append(f"declared charset {declared[0]} but the bytes are UTF-8")
        return decoded

    best: Decoded | None = None
    best_score = 2.0
    for encoding in dict.fromkeys([*declared, *FALLBACKS]):
        if encoding.startswith("utf"):
            continue  # already ruled out above
        try:
            text = body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _mojibake_score(text)
        if score < best_score:
            best, best_score = Decoded(text, encoding, first_declared), score
        if score < 0.05:
            break
    if best is None:
        best = Decoded(body.decode("windows-1252", "replace"), "windows-1252", first_declared)
        best.warnings.append("no charset decodes the feed cleanly; undecodable bytes replaced")
    if declared and best.encoding != declared[0]:
        best.warnings.append(f"declared charset {declared[0]} but the bytes read as {best.encoding}")
    return best


def to_utf8_xml(decoded: Decoded) -> bytes:
    """The decoded feed as UTF-8 bytes whose XML declaration (if any) says UTF-8."""
    text = decoded.text.lstrip("\ufeff")
    data = text.encode("utf-8")
    return _XML_DECL.sub(rb"\1utf-8\3", data, count=1)
