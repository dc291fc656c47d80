"""One Aho-Corasick automaton over every normalised alias of the knowledge base.

The automaton holds names, short/ambiguous aliases, demonyms and office titles of both
languages, folded by ``rasd.text.normalize``. A raw hit counts only when it sits on word
boundaries; in Arabic a word may carry proclitics before the alias (و ف ب ل ك, and the article
ال when the alias' own article was taken off), so "لداعش" and "للتحالف" match while the stem of
"بريطانيا" never does: only KB aliases are ever matched, the clitic is just allowed in front.
Among the hits that survive, the longest wins and none overlap.

The same automaton holds the anchor words of the unlinked-name patterns
(``rasd.entities.unlinked.ANCHOR_KEYS``), so one scan of the article serves both. Which entries
of a key survive depends only on the key, the clitic before it and the case pattern of the
surface, so that decision is made once per combination and remembered.

Speed: a copy written in one of the byte alphabets of ``rasd.text.bytefold`` (nearly every
article; ``NormalizedText`` makes its bytes on the way) is searched by a compiled byte automaton
of ``ahocorasick_rs``, which returns every match in one call: no Python object per character
and no iterator step per match. Any other copy goes through ``pyahocorasick``. Both report the
matches in the same order (by end, the longest first at one end), so what follows is the same.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Final, NamedTuple

import ahocorasick
import ahocorasick_rs

from rasd.entities.unlinked import ANCHOR_KEYS, Anchors
from rasd.kb.model import KnowledgeBase
from rasd.text import bytefold
from rasd.text.normalize import (
    ALNUM,
    ARABIC_LETTER,
    ARTICLE_PREFIXES,
    PROCLITIC_PREFIXES,
    NormalizedText,
    arabic_stem_variants,
    is_arabic_letter,
    normalize_alias,
)

__all__ = ["AliasEntry", "EntityMatcher", "EntryKinds", "Hit", "get_matcher"]

log = logging.getLogger(__name__)

# What may stand before an alias inside the same (Arabic) word.
PLAIN, ARTICLE_ONLY, ANY, WHOLE_WORD = 0, 1, 2, 3
# Case rules checked on the original (English) surface.
NO_CASE, INITIAL_CAPITAL, ALL_CAPS = 0, 1, 2

_MAX_PREFIX: Final = 4  # longest clitic chain: وبال
_AL: Final = "\u0627\u0644"
_ARABIC_DEMONYM_SUFFIXES: Final = ("", "\u0647", "\u064a\u0646", "\u0648\u0646", "\u0627\u0646")  # ـة ـين ـون ـان


# Arabic news quotes the proper part of a bloc's or party's name after its generic head
# (تحالف "الفتح", ائتلاف «النصر»; quotes fold to '"'), and an electoral bloc is called an
# alliance, a coalition, a list or a bloc alike (قائمة "سائرون" is تحالف سائرون).
_BLOC_HEADS: Final = tuple(normalize_alias(w) for w in (  # تحالف ائتلاف قائمة كتلة
    "\u062a\u062d\u0627\u0644\u0641", "\u0627\u0626\u062a\u0644\u0627\u0641",
    "\u0642\u0627\u0626\u0645\u0629", "\u0643\u062a\u0644\u0629"))
_PARTY_HEADS: Final = tuple(normalize_alias(w) for w in (  # حزب حركة تيار جبهة
    "\u062d\u0632\u0628", "\u062d\u0631\u0643\u0629", "\u062a\u064a\u0627\u0631",
    "\u062c\u0628\u0647\u0629"))


def _quoted_variants(norm: str) -> list[str]:
    """Other keys of an Arabic bloc or party name: its proper part in quotes, and for a bloc
    the other generic heads (plain and quoted)."""
    head, _, rest = norm.partition(" ")
    if not rest or '"' in rest:
        return []
    if head in _BLOC_HEADS:
        heads: tuple[str, ...] = _BLOC_HEADS
    elif head in _PARTY_HEADS:
        heads = (head,)
    else:
        return []
    out = [f'{h} "{rest}"' for h in heads]
    out.extend(f"{h} {rest}" for h in heads if h != head)
    return out


def _quoted_code(norm: str) -> str | None:
    """The key of an Arabic name whose last part is a code in Latin letters or digits, with that
    code in quotes, as news writes it: «اللجنة العسكرية الليبية «5+5»», «لجنة «5+5»»."""
    stem, _, code = norm.rpartition(" ")
    if not stem or '"' in norm or any(is_arabic_letter(c) for c in code):
        return None
    return f'{stem} "{code}"'


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """What a matched key means."""

    kind: str  # "name", "ambiguous", "demonym", "office" or "not_name"
    target: str  # entity id, or office id for kind "office"
    lang: str
    case_rule: int = NO_CASE
    prefixes: int = PLAIN


class EntryKinds:
    """The entries of a hit sorted by kind (computed once per distinct entries tuple)."""

    __slots__ = (
        "names", "name_targets", "single_target", "ambiguous", "demonym_targets", "offices", "known", "surname",
    )

    def __init__(self, entries: tuple[AliasEntry, ...], *, surname: bool = False) -> None:
        self.names = [e for e in entries if e.kind == "name"]
        self.name_targets = {e.target for e in self.names}
        # The one entity all name entries point to, if they agree (the usual case).
        self.single_target = self.names[0].target if len(self.name_targets) == 1 else None
        self.ambiguous = [e for e in entries if e.kind == "ambiguous"]
        self.demonym_targets = list({e.target for e in entries if e.kind == "demonym"})
        self.offices = [e for e in entries if e.kind == "office"]
        # Anything but a demonym: unlinked names must not overlap it.
        self.known = any(e.kind != "demonym" for e in entries)
        # The key is one Latin-script word naming a person ("Carney", "Trump"): preceded by
        # another given name ("Jay Carney", "Ivanka Trump") it is someone else.
        self.surname = surname


class Hit(NamedTuple):
    """A raw match that passed the boundary checks, in normalised-copy offsets."""

    nstart: int
    nend: int
    entries: tuple[AliasEntry, ...]
    kinds: EntryKinds | None = None


def _case_rule(alias: str) -> int:
    letters = [c for c in alias if c.isalpha()]
    if not letters or not all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters):
        return NO_CASE
    if all(c.isupper() for c in letters) and len(letters) <= 6:
        return ALL_CAPS
    # "the States", "al-Qaeda": a capital anywhere makes it a proper name.
    return INITIAL_CAPITAL if any(c.isupper() for c in letters) else NO_CASE


def _english_variants(norm: str, original: str) -> list[str]:
    """Spelling variants of a normalised Latin-script alias."""
    out = [norm]
    if norm.startswith("the "):
        out.append(norm[4:])
    if "'" in norm:
        out.append(norm.replace("'", ""))
    if "." in norm:
        undotted = norm.replace(".", "")
        if len(undotted) >= 2:
            out.append(undotted.replace("  ", " "))
    letters = "".join(c for c in original if c.isalpha())
    if letters.isupper() and 2 <= len(letters) <= 4 and letters == original.strip():
        out.append(".".join(letters.lower()) + ".")  # US -> u.s.
    words = norm.split(" ")
    if len(words) >= 2:
        for i, w in enumerate(words):
            if w in ("al", "el") and i + 1 < len(words):
                swapped = words.copy()
                swapped[i] = "el" if w == "al" else "al"
                out.append(" ".join(swapped))
                if i > 0:  # "Bashar al-Assad" -> "Bashar Assad"
                    out.append(" ".join(words[:i] + words[i + 1 :]))
    return out


class EntityMatcher:
    """The compiled automaton for one knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._entries: list[tuple[AliasEntry, ...]] = []
        keyed: dict[str, dict[AliasEntry, None]] = {}

        def add(key: str, entry: AliasEntry) -> None:
            if len(key) < 2:
                return
            keyed.setdefault(key, {})[entry] = None

        def add_alias(alias: str, kind: str, target: str, lang: str, held_back: Collection[str] = (),
                      whole: bool = False) -> None:
            """``held_back``: keys the entity lists as ambiguous, which no variant of a plain
            name may make plain ("The Guardian" without "the" is the ambiguous "Guardian").
            ``whole``: (Arabic) the alias matches only as a whole word, no clitic, no stem."""
            norm = normalize_alias(alias)
            if not norm:
                return
            # A spaced dash folds to a space in the article but the alias' spaces are squeezed:
            # "الحركة الشعبية - قطاع الشمال" must match as written.
            loose = NormalizedText(alias).text.strip() if " - " in alias or " \u2013 " in alias else norm
            if is_arabic_letter(norm[0]):
                if whole:
                    add(norm, AliasEntry(kind, target, "ar", prefixes=WHOLE_WORD))
                    return
                add(norm, AliasEntry(kind, target, "ar"))
                if loose != norm:
                    add(loose, AliasEntry(kind, target, "ar"))
                for quoted in _quoted_variants(norm):
                    add(quoted, AliasEntry(kind, target, "ar"))
                if (coded := _quoted_code(norm)) is not None:
                    add(coded, AliasEntry(kind, target, "ar"))
                for stem in arabic_stem_variants(norm):
                    if stem not in held_back:
                        add(stem, AliasEntry(kind, target, "ar", prefixes=ARTICLE_ONLY))
            else:
                rule = _case_rule(alias)
                for variant in _english_variants(norm, alias):
                    if variant not in held_back:
                        add(variant, AliasEntry(kind, target, lang, case_rule=rule))
                if loose != norm:
                    add(loose, AliasEntry(kind, target, lang, case_rule=rule))

        def add_demonym(demonym: str, target: str, lang: str) -> list[str]:
            norm = normalize_alias(demonym)
            if not norm:
                return []
            if is_arabic_letter(norm[0]):
                # (the article as written: "ألماني" normalises to a word that only looks like one)
                base = norm[2:] if norm.startswith(_AL) and demonym.lstrip().startswith("ال") and len(norm) > 4 else norm
                forms = [base + s for s in _ARABIC_DEMONYM_SUFFIXES] if base.endswith("\u064a") else [base]
                for form in forms:
                    add(form, AliasEntry("demonym", target, "ar", prefixes=ANY))
                return forms
            rule = _case_rule(demonym)
            forms = [norm] + ([norm + "s"] if norm.endswith(("an", "i")) else [])
            for form in forms:
                add(form, AliasEntry("demonym", target, lang, case_rule=rule))
            return forms

        demonym_forms: dict[str, list[str]] = {}
        for entity in kb.entities.values():
            # What an entity lists as ambiguous stays ambiguous even when it is also one of its
            # names: "عمان" is Oman's name and Amman's, "مالي" Mali's and "financial".
            held_back = {
                normalize_alias(alias)
                for aliases in entity.ambiguous.values() for alias in aliases
            } if entity.ambiguous else set()
            whole = {a for aliases in entity.whole_word.values() for a in aliases} if entity.whole_word else set()
            for lang, name in (("en", entity.name_en), ("ar", entity.name_ar)):
                if name and (not held_back or normalize_alias(name) not in held_back):
                    add_alias(name, "name", entity.id, lang, held_back, whole=name in whole)
            for lang, aliases in entity.aliases.items():
                for alias in aliases:
                    if not held_back or normalize_alias(alias) not in held_back:
                        add_alias(alias, "name", entity.id, lang, held_back, whole=alias in whole)
            for lang, aliases in entity.ambiguous.items():
                for alias in aliases:
                    add_alias(alias, "ambiguous", entity.id, lang)
            for lang, demonyms in entity.demonyms.items():
                for demonym in demonyms:
                    demonym_forms.setdefault(entity.id, []).extend(add_demonym(demonym, entity.id, lang))
        for lang, phrases in kb.not_names.items():
            for phrase in phrases:
                add_alias(phrase, "not_name", "", lang)
        for office in kb.offices.values():
            for lang, titles in office.titles.items():
                for title in titles:
                    add_alias(title, "office", office.id, lang)
                    for variant in self._title_respellings(title, office.country, demonym_forms):
                        add_alias(variant, "office", office.id, lang)

        anchor_labels: dict[str, list[tuple[str, int]]] = {}
        for group, anchor_keys in ANCHOR_KEYS.items():
            for rank, key in enumerate(anchor_keys):
                anchor_labels.setdefault(key, []).append((group, rank))
        automaton = ahocorasick.Automaton()
        # Per key index: its entries, whether any entry has a case rule, its anchor labels.
        self._case_ruled: list[bool] = []
        self._anchors: list[tuple[tuple[str, int], ...]] = []
        # Keys holding anchors come last, so one comparison of the index tells them apart.
        ordered = [k for k in keyed if k not in anchor_labels] + list(anchor_labels)
        self._first_anchor = len(ordered) - len(anchor_labels)
        self._keys = ordered
        for key in ordered:
            entries = tuple(keyed.get(key, ()))
            self._entries.append(entries)
            self._case_ruled.append(any(e.case_rule != NO_CASE for e in entries))
            self._anchors.append(tuple(anchor_labels.get(key, ())))
            automaton.add_word(key, (len(key), len(self._entries) - 1))
        automaton.make_automaton()
        self._automaton = automaton
        # The fast path: per byte alphabet, an automaton over the bytes of the keys it can
        # spell, and its pattern number -> key index. A copy in that alphabet (nearly every
        # article) is searched in one call that returns all matches as a list, in the order
        # ``self._automaton`` gives (by end, longest first); any other copy takes the plain path.
        self._byte_automata: dict[bytefold.ByteAlphabet, tuple[ahocorasick_rs.BytesAhoCorasick, list[int]]] = {}
        for alphabet in bytefold.ALPHABETS:
            key_of: list[int] = []
            patterns: list[bytes] = []
            for index, key in enumerate(ordered):
                raw = alphabet.encode(key)
                if raw is not None:
                    key_of.append(index)
                    patterns.append(raw)
            try:
                byte_automaton = ahocorasick_rs.BytesAhoCorasick(
                    patterns, implementation=ahocorasick_rs.Implementation.ContiguousNFA
                )
            except ValueError as exc:  # the library's limits: the plain path still works, slower
                log.warning("no byte automaton for the %s alphabet (%s): matching without it", alphabet.name, exc)
                continue
            self._byte_automata[alphabet] = (byte_automaton, key_of)
        self.size = len(keyed)
        # Per key index: (clitic prefix, or the surface as written if case matters) -> the
        # surviving entries and their kinds. Made on first use.
        self._survivors: list[dict[str | tuple[str, str], tuple[tuple[AliasEntry, ...], EntryKinds]] | None] = (
            [None] * len(self._entries)
        )
        # Worked out once here rather than on first sight in an article: every key's record
        # for "all entries survive", and for a key without case rule its survivors when it
        # stands as a whole word (``_bare``, read without a dict lookup; None for a key with
        # a case rule, whose survivors depend on the surface, or without entries).
        self._surname = [self._names_a_person_in_one_latin_word(key, entries) for key, entries in zip(
            self._keys, self._entries, strict=True)]
        self._all_survive = [
            (entries, EntryKinds(entries, surname=surname)) for entries, surname in zip(
                self._entries, self._surname, strict=True)
        ]
        self._bare: list[tuple[tuple[AliasEntry, ...], EntryKinds] | None] = [
            self._survivors_of(index, "", len(self._keys[index]))
            if entries and not self._case_ruled[index] else None
            for index, entries in enumerate(self._entries)
        ]
        log.debug("entity automaton compiled: %d keys", self.size)

    def _names_a_person_in_one_latin_word(self, key: str, entries: tuple[AliasEntry, ...]) -> bool:
        words = key.split(" ")
        if len(words) == 2 and words[0] in ("al", "el"):  # "al-Assad" is one surname
            words = words[1:]
        if len(words) != 1 or not key[:1].isascii() or not key[:1].isalpha():
            return False
        people = self.kb.entities
        return any(
            e.kind in ("name", "ambiguous") and e.target in people and people[e.target].type == "PERSON"
            for e in entries
        )

    @staticmethod
    def _title_respellings(
        title: str, country: str | None, demonym_forms: dict[str, list[str]]
    ) -> list[str]:
        """An Arabic title ending in its country's demonym, respelled with each other demonym
        spelling ("الرئيس الأمريكي" -> "الرئيس الأميركي"), so the data need list only one."""
        if not country or country not in demonym_forms:
            return []
        norm = normalize_alias(title)
        words = norm.split(" ")
        if len(words) < 2 or not is_arabic_letter(norm[0]):
            return []
        last = words[-1][2:] if words[-1].startswith(_AL) else words[-1]
        forms = demonym_forms[country]
        if last not in forms:
            return []
        head = " ".join(words[:-1])
        return [f"{head} {_AL}{form}" for form in forms if form != last and form.endswith("\u064a")]

    def find(self, nt: NormalizedText) -> list[Hit]:
        """All hits on word boundaries (overlapping; the caller picks among them)."""
        return self.scan(nt)[0]

    def scan(self, nt: NormalizedText, *, fast: bool = True) -> tuple[list[Hit], Anchors]:
        """The hits of ``find`` and, from the same pass, the unlinked-name anchors.

        Hits come by end, and at one end the longest first. ``fast=False`` takes the plain
        path whatever the text (tests compare the two)."""
        text = nt.text
        original = nt.original
        aligned = nt.aligned
        # Is the character at i a letter or digit, an Arabic letter. One more byte, "neither",
        # answers for the end of the text and (as index -1) for the start.
        # (joined, not ``+``: mypyc up to 1.20 leaks the left operand of ``bytes + bytes``,
        # a whole text's worth per article in a long-running worker; mypyc issue 1192)
        classes = b"".join((nt.char_classes(), b"\x00"))
        encoded = nt.copy_bytes() if fast else None
        matches: Iterable[tuple[int, int, int]]  # (pattern number, start, end)
        key_of: Sequence[int]
        if encoded is not None and encoded[0] in self._byte_automata:
            byte_automaton, key_of = self._byte_automata[encoded[0]]
            matches = byte_automaton.find_matches_as_indexes(encoded[1], overlapping=True)
        else:
            matches = ((index, end + 1 - length, end + 1) for end, (length, index) in self._automaton.iter(text))
            key_of = range(len(self._keys))
        hits: list[Hit] = []
        anchors: Anchors = {group: [] for group in ANCHOR_KEYS}
        anchors_of = self._anchors
        first_anchor = self._first_anchor
        case_ruled = self._case_ruled
        survivors = self._survivors
        bare = self._bare
        new_hit = tuple.__new__  # Hit(...) without the Python-level __new__ of a NamedTuple
        key: str | tuple[str, str]  # of the survivors memo: the clitic and/or the surface
        for pattern, nstart, nend in matches:
            index = key_of[pattern]
            if index >= first_anchor:
                for group, rank in anchors_of[index]:
                    anchors[group].append((nstart, nend, rank))
            if classes[nend] & ALNUM:
                continue
            if classes[nstart - 1] & ALNUM:
                # Only an Arabic word may carry clitics in front of the alias.
                if not classes[nstart] & ARABIC_LETTER:
                    continue
                ws = nstart - 1
                while ws > 0 and classes[ws - 1] & ALNUM and nstart - ws < _MAX_PREFIX + 1:
                    ws -= 1
                if ws > 0 and classes[ws - 1] & ALNUM:
                    continue
                prefix = text[ws:nstart]
                if case_ruled[index]:
                    start, stop = (nstart, nend) if aligned else nt.span(nstart, nend)
                    key = (prefix, original[start:stop])
                else:
                    key = prefix
            else:
                survived = bare[index]
                if survived is not None:  # the usual hit: a whole word, no case rule
                    if survived[0]:
                        hits.append(new_hit(Hit, (nstart, nend, survived[0], survived[1])))
                    continue
                if not case_ruled[index]:
                    continue  # an anchor word, no entries
                start, stop = (nstart, nend) if aligned else nt.span(nstart, nend)
                key = original[start:stop]
            memo = survivors[index]
            found = memo.get(key) if memo is not None else None
            survived = found if found is not None else self._survivors_of(index, key, nend - nstart)
            if survived[0]:
                hits.append(new_hit(Hit, (nstart, nend, survived[0], survived[1])))
        return hits, anchors

    def _survivors_of(
        self, index: int, key: str | tuple[str, str], length: int
    ) -> tuple[tuple[AliasEntry, ...], EntryKinds]:
        if self._case_ruled[index]:
            prefix, surface = key if isinstance(key, tuple) else ("", key)
            case = _case_pattern(surface)
        else:
            prefix, case = str(key), 0
        every = self._entries[index]
        entries = tuple(e for e in every if _prefix_ok(prefix, e.prefixes, length) and _case_ok(e.case_rule, case))
        memo = self._survivors[index]
        if memo is None:
            memo = self._survivors[index] = {}
        elif len(memo) >= _MAX_SURVIVORS_PER_KEY:
            memo.clear()  # a bound for long-running workers (surfaces of one key vary little)
        if not entries:
            survived = _NO_SURVIVORS
        elif len(entries) == len(every):
            survived = self._all_survive[index]  # the usual case: one shared record per key
        else:
            survived = (entries, EntryKinds(entries, surname=self._surname[index]))
        memo[key] = survived
        return survived


_MAX_SURVIVORS_PER_KEY: Final = 256
_NO_SURVIVORS: Final[tuple[tuple[AliasEntry, ...], EntryKinds]] = ((), EntryKinds(()))
# Case pattern bits of a surface.
_NO_LOWER, _CAPITAL_AT_WORD_START = 1, 2


def _prefix_ok(prefix: str, rule: int, length: int) -> bool:
    if rule == ARTICLE_ONLY:
        return prefix in ARTICLE_PREFIXES
    if not prefix:
        return True
    if rule == WHOLE_WORD:
        return False  # "وابل" (a hail of fire) is no clitic and Apple's "آبل"
    if length < 3:
        return False
    if rule == ANY:
        return prefix in PROCLITIC_PREFIXES or prefix in ARTICLE_PREFIXES
    return prefix in PROCLITIC_PREFIXES


def _case_pattern(surface: str) -> int:
    """``_NO_LOWER`` and ``_CAPITAL_AT_WORD_START`` bits of an original surface."""
    pattern = 0 if any(c.islower() for c in surface) else _NO_LOWER
    # A proper name shows at least one capital at a word start ("member states" is not one).
    if any(c.isupper() and (i == 0 or not surface[i - 1].isalpha()) for i, c in enumerate(surface)):
        pattern |= _CAPITAL_AT_WORD_START
    return pattern


def _case_ok(rule: int, case: int) -> bool:
    if rule == NO_CASE:
        return True
    if rule == ALL_CAPS:
        return bool(case & _NO_LOWER)
    return bool(case & _CAPITAL_AT_WORD_START)


_CACHE: Final[dict[int, tuple[KnowledgeBase, tuple[int, int], EntityMatcher]]] = {}
_CACHE_LOCK: Final = threading.Lock()


def get_matcher(kb: KnowledgeBase) -> EntityMatcher:
    """The matcher for ``kb``, compiled once per KB object (and again if it grew)."""
    signature = (len(kb.entities), len(kb.offices))
    cached = _CACHE.get(id(kb))
    if cached is not None and cached[0] is kb and cached[1] == signature:
        return cached[2]
    with _CACHE_LOCK:
        matcher = EntityMatcher(kb)
        if len(_CACHE) >= 8:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[id(kb)] = (kb, signature, matcher)
    return matcher
