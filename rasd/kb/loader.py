"""Load the knowledge base from YAML data files (the built-in ones and users' watchlists).

Built-in data lives in ``rasd/kb/data/``: ``offices.yaml`` lists offices and their titles, every
other ``*.yaml`` file there (except generator inputs, ``*.src.yaml``) is a list of entity
records. A watchlist is an entity file of the same format anywhere on disk. Every record is
validated; a bad one stops the load with an :class:`~rasd.errors.InputError` that names the
file, the record and the problem, because a silently skipped watchlist entry is an alert that
never fires.

A watchlist record whose ``id`` is already known extends that entity (more aliases, a
priority, a sanctions flag) instead of replacing it, so users can annotate built-in entities.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from rasd.errors import InputError
from rasd.kb.model import ENTITY_TYPES, KBEntity, KnowledgeBase, Office, OfficeTerm

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
OFFICES_FILE = "offices.yaml"
NOT_NAMES_FILE = "not_names.yaml"

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ENTITY_KEYS = frozenset({
    "id", "type", "en", "ar", "aliases", "ambiguous", "whole_word", "demonyms", "offices", "country",
    "parent", "sanctioned", "sanction_lists", "priority", "codes", "targets", "bloc",
})
_OFFICE_KEYS = frozenset({"id", "titles", "country"})
_TERM_KEYS = frozenset({"office", "from", "to"})
_LANG = re.compile(r"^[a-z]{2,3}$")
_ISO2 = re.compile(r"^[A-Za-z]{2}$")

__all__ = ["DATA_DIR", "builtin_files", "default_kb", "load_kb"]


class _RecordError(Exception):
    """A problem with one record; turned into an InputError naming file and record."""


def builtin_files() -> list[Path]:
    """The built-in entity files, in load order."""
    return sorted(
        p for p in DATA_DIR.glob("*.yaml")
        if p.name not in (OFFICES_FILE, NOT_NAMES_FILE) and not p.name.endswith(".src.yaml")
    )


def load_kb(extra_paths: Sequence[str | Path] = (), *, builtin: bool = True) -> KnowledgeBase:
    """Load the built-in knowledge base (unless ``builtin=False``) plus watchlist files.

    Raises :class:`InputError` for a missing, unreadable or invalid file; the message names the
    file, the record (its position and id) and the problem.
    """
    kb = KnowledgeBase()
    if builtin:
        _load_offices(kb, DATA_DIR / OFFICES_FILE)
        kb.not_names = _load_not_names(DATA_DIR / NOT_NAMES_FILE)
        for path in builtin_files():
            _load_entities(kb, path, source="builtin", extend=False)
    for extra in extra_paths:
        path = Path(extra)
        _load_entities(kb, path, source=path.name, extend=True)
    _resolve_references(kb)
    kb.forget_indexes()  # watchlist files may have added office terms to built-in entities
    log.debug("knowledge base loaded: %d entities, %d offices", len(kb.entities), len(kb.offices))
    return kb


@functools.lru_cache(maxsize=4)
def default_kb(extra_paths: tuple[str, ...] = ()) -> KnowledgeBase:
    """The built-in knowledge base plus ``extra_paths``, loaded once per process.

    Callers share the returned object: treat it as read-only.
    """
    return load_kb(extra_paths)


# --- files -----------------------------------------------------------------------------------


def _read_yaml_list(path: Path) -> list[Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: knowledge-base file not found; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read knowledge-base file ({exc})") from None
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{path}: not valid YAML{where}: {problem}") from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise InputError(
            f"{path}: expected a YAML list of records (each starting with '- id: ...'), "
            f"found a {type(data).__name__}"
        )
    return data


def _describe(index: int, record: Any) -> str:
    rid = record.get("id") if isinstance(record, Mapping) else None
    return f"record {index + 1}" + (f" (id {rid!r})" if rid else "")


def _load_offices(kb: KnowledgeBase, path: Path) -> None:
    for index, record in enumerate(_read_yaml_list(path)):
        try:
            office = _parse_office(record)
            if office.id in kb.offices:
                raise _RecordError(f"office id {office.id!r} is defined twice")
        except _RecordError as exc:
            raise InputError(f"{path}: {_describe(index, record)}: {exc}") from None
        kb.offices[office.id] = office


def _load_not_names(path: Path) -> dict[str, tuple[str, ...]]:
    """The ``not_names`` file: records ``{lang: xx, phrases: [...]}``."""
    out: dict[str, list[str]] = {}
    for index, record in enumerate(_read_yaml_list(path)):
        try:
            if not isinstance(record, Mapping):
                raise _RecordError("expected a mapping with lang and phrases")
            _check_keys(record, frozenset({"lang", "phrases", "why"}))
            lang = _required_str(record, "lang")
            if not _LANG.match(lang):
                raise _RecordError(f"lang {lang!r} is not a language code such as 'ar' or 'en'")
            out.setdefault(lang, []).extend(_strings(record.get("phrases"), "phrases"))
        except _RecordError as exc:
            raise InputError(f"{path}: record {index + 1}: {exc}") from None
    return {lang: tuple(phrases) for lang, phrases in out.items()}


def _load_entities(kb: KnowledgeBase, path: Path, *, source: str, extend: bool) -> None:
    seen_here: set[str] = set()
    for index, record in enumerate(_read_yaml_list(path)):
        try:
            entity = _parse_entity(record, source=source)
            if entity.id in seen_here:
                raise _RecordError(f"id {entity.id!r} appears twice in this file")
            unknown = [t.office for t in entity.offices if t.office not in kb.offices]
            if unknown:
                raise _RecordError(
                    f"unknown office {unknown[0]!r}; known offices are listed in "
                    f"{DATA_DIR / OFFICES_FILE}"
                )
            seen_here.add(entity.id)
            existing = kb.entities.get(entity.id)
            if existing is None:
                kb.entities[entity.id] = entity
            elif extend:
                _extend(existing, entity)
            else:
                raise _RecordError(f"id {entity.id!r} is already defined by {existing.source}")
        except _RecordError as exc:
            raise InputError(f"{path}: {_describe(index, record)}: {exc}") from None


def _resolve_references(kb: KnowledgeBase) -> None:
    """Check ``country``/``parent``/``targets`` ids; a two-letter ``country`` is an ISO 3166 code."""
    by_iso = {e.codes["iso2"]: e.id for e in kb.entities.values() if "iso2" in e.codes}
    for entity in kb.entities.values():
        for attr in ("country", "parent"):
            ref = getattr(entity, attr)
            if ref is None or ref in kb.entities:
                continue
            if attr == "country" and _ISO2.match(ref):
                # a territory code the KB lacks (or a KB loaded without built-ins) leaves the
                # entity without a country rather than failing a whole sanctions-list import
                entity.country = by_iso.get(ref.upper())
                if entity.country is None:
                    log.warning("entity %r (%s): no territory with ISO code %r in the KB",
                                entity.id, entity.source, ref)
                continue
            raise InputError(
                f"entity {entity.id!r} ({entity.source}): {attr} {ref!r} is not a known entity id"
                + (" or ISO 3166 country code" if attr == "country" else "")
            )
        for ref in entity.targets:
            if ref not in kb.entities:
                raise InputError(f"entity {entity.id!r} ({entity.source}): target {ref!r} is not a known entity id")


def _extend(entity: KBEntity, extra: KBEntity) -> None:
    """Add a watchlist record's names and flags to an entity that is already loaded."""
    for attr in ("aliases", "ambiguous", "whole_word", "demonyms"):
        merged = dict(getattr(entity, attr))
        for lang, names in getattr(extra, attr).items():
            merged[lang] = _unique((*merged.get(lang, ()), *names))
        setattr(entity, attr, merged)
    if extra.name_ar and not entity.name_ar:
        entity.name_ar = extra.name_ar
    entity.offices = (*entity.offices, *(t for t in extra.offices if t not in entity.offices))
    entity.sanctioned = entity.sanctioned or extra.sanctioned
    entity.bloc = entity.bloc or extra.bloc
    entity.sanction_lists = _unique((*entity.sanction_lists, *extra.sanction_lists))
    entity.priority = max(entity.priority, extra.priority)
    entity.codes = {**entity.codes, **extra.codes}
    entity.source = f"{entity.source}+{extra.source}"


# --- records ---------------------------------------------------------------------------------


def _parse_office(record: Any) -> Office:
    if not isinstance(record, Mapping):
        raise _RecordError(f"expected a mapping with id/titles/country, found {record!r}")
    _check_keys(record, _OFFICE_KEYS)
    office_id = _required_str(record, "id")
    titles = _names_by_lang(record.get("titles"), "titles")
    if not titles:
        raise _RecordError("'titles' must give at least one title, e.g. {en: [President]}")
    return Office(id=office_id, titles=titles, country=_optional_str(record, "country"))


def _parse_entity(record: Any, *, source: str) -> KBEntity:
    if not isinstance(record, Mapping):
        raise _RecordError(f"expected a mapping with id/type/en/..., found {record!r}")
    _check_keys(record, _ENTITY_KEYS)
    entity_id = _required_str(record, "id")
    entity_type = _required_str(record, "type")
    if entity_type not in ENTITY_TYPES:
        raise _RecordError(f"type {entity_type!r} is not one of {', '.join(ENTITY_TYPES)}")
    priority = record.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise _RecordError(f"'priority' must be an integer, found {priority!r}")
    return KBEntity(
        id=entity_id,
        type=entity_type,
        name_en=_required_str(record, "en"),
        name_ar=_optional_str(record, "ar"),
        aliases=_names_by_lang(record.get("aliases"), "aliases"),
        ambiguous=_names_by_lang(record.get("ambiguous"), "ambiguous"),
        whole_word=_names_by_lang(record.get("whole_word"), "whole_word"),
        demonyms=_names_by_lang(record.get("demonyms"), "demonyms"),
        offices=tuple(_parse_term(t) for t in _list(record.get("offices"), "offices")),
        country=_optional_str(record, "country"),
        parent=_optional_str(record, "parent"),
        targets=tuple(_strings(record.get("targets"), "targets")),
        sanctioned=_flag(record, "sanctioned"),
        bloc=_flag(record, "bloc"),
        sanction_lists=tuple(_strings(record.get("sanction_lists"), "sanction_lists")),
        priority=priority,
        source=source,
        codes=_codes(record.get("codes")),
    )


def _flag(record: Mapping[str, Any], key: str) -> bool:
    value = record.get(key, False)
    if not isinstance(value, bool):
        raise _RecordError(f"{key!r} must be true or false, found {value!r}")
    return value


def _parse_term(term: Any) -> OfficeTerm:
    if not isinstance(term, Mapping):
        raise _RecordError(f"each office term must be {{office: ..., from: ..., to: ...}}, found {term!r}")
    _check_keys(term, _TERM_KEYS, where="office term")
    office = _required_str(term, "office")
    start, end = _date(term.get("from"), "from"), _date(term.get("to"), "to")
    if start and end and end < start:
        raise _RecordError(f"office term {office!r} ends ({end}) before it starts ({start})")
    return OfficeTerm(office=office, start=start, end=end)


def _check_keys(record: Mapping[Any, Any], allowed: frozenset[str], where: str = "record") -> None:
    unknown = sorted(str(k) for k in record if k not in allowed)
    if unknown:
        raise _RecordError(
            f"unknown field {unknown[0]!r} in {where}; allowed fields: {', '.join(sorted(allowed))}"
        )


def _required_str(record: Mapping[Any, Any], key: str) -> str:
    value = record.get(key)
    if value is None:
        raise _RecordError(f"missing required field {key!r}")
    if not isinstance(value, str) or not value.strip():
        raise _RecordError(f"{key!r} must be a non-empty string, found {value!r}")
    return value.strip()


def _optional_str(record: Mapping[Any, Any], key: str) -> str | None:
    return None if record.get(key) is None else _required_str(record, key)


def _list(value: Any, key: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _RecordError(f"{key!r} must be a list, found {value!r}")
    return value


def _strings(value: Any, key: str) -> list[str]:
    """A list of non-empty strings; a single string counts as a list of one."""
    if isinstance(value, str):
        value = [value]
    out = []
    for item in _list(value, key):
        if not isinstance(item, str) or not item.strip():
            raise _RecordError(f"{key!r} must hold non-empty strings, found {item!r}")
        out.append(item.strip())
    return out


def _names_by_lang(value: Any, key: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise _RecordError(f"{key!r} must map a language code to names, e.g. {{en: [...], ar: [...]}}")
    out: dict[str, tuple[str, ...]] = {}
    for lang, names in value.items():
        if not isinstance(lang, str) or not _LANG.match(lang):
            raise _RecordError(f"{key!r}: {lang!r} is not a language code such as 'en' or 'ar'")
        unique = _unique(_strings(names, f"{key}.{lang}"))
        if unique:
            out[lang] = unique
    return out


def _codes(value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
    ):
        raise _RecordError(f"'codes' must map a scheme to a string code, found {value!r}")
    return {k: (v.upper() if k == "iso2" else v) for k, v in value.items()}


def _date(value: Any, key: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, int) and 1000 <= value <= 9999:  # a bare year: from its first day
        return date(value, 1, 1) if key == "from" else date(value, 12, 31)
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _RecordError(f"office term {key!r} must be a date like 2025-01-20, found {value!r}")


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
