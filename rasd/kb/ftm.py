"""Import FollowTheMoney / OpenSanctions entity exports (JSON lines) as a watchlist.

Each line of an export is one entity: ``{"id", "schema", "properties": {"name": [...],
"alias": [...], ...}, "datasets": [...]}``. People and organisations become
:class:`KBEntity` records (names kept in every script), everything else (vessels, addresses,
sanction records...) is skipped and counted. A bad line is reported as a problem naming its
line number; it never stops the import.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import yaml
from babel import Locale

from rasd.kb.model import KBEntity

__all__ = ["FTM_TYPES", "entity_record", "import_ftm", "write_watchlist"]

# FtM schema -> KB entity type; other schemata are skipped
FTM_TYPES = {"Person": "PERSON", "Organization": "ORG", "Company": "ORG", "LegalEntity": "ORG"}
_QID = re.compile(r"^Q[1-9][0-9]*$")
# ISO codes an article-facing KB knows as territories (FtM also uses "suhh", "zz", "eu"...)
_TERRITORIES = frozenset(
    c for c in Locale("en").territories if isinstance(c, str) and len(c) == 2 and c.isalpha()
)


def import_ftm(
    lines: Iterable[str | bytes], *, list_name: str | None = None
) -> tuple[list[KBEntity], list[str]]:
    """Turn FtM JSON lines into KB entities; return them and the problems found.

    ``list_name`` labels the import: it becomes each entity's ``source`` and is added to the
    sanction lists of sanctioned entities (besides the entity's own FtM datasets).
    """
    entities: list[KBEntity] = []
    problems: list[str] = []
    skipped: Counter[str] = Counter()
    seen: set[str] = set()
    source = f"ftm:{list_name}" if list_name else "ftm"
    for lineno, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            problems.append(f"line {lineno}: not UTF-8 text")
            continue
        if not text.strip():
            continue
        try:
            data = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            problems.append(f"line {lineno}: not valid JSON ({exc})")
            continue
        if not isinstance(data, dict):
            problems.append(f"line {lineno}: expected a JSON object, found {type(data).__name__}")
            continue
        schema = data.get("schema")
        if not isinstance(schema, str) or not schema:
            problems.append(f"line {lineno}: no 'schema'")
            continue
        if schema not in FTM_TYPES:
            skipped[schema] += 1
            continue
        try:
            entity = _entity(data, schema, source=source, list_name=list_name)
        except ValueError as exc:
            problems.append(f"line {lineno}: {exc}")
            continue
        if entity.id in seen:
            problems.append(f"line {lineno}: entity {data['id']!r} appears more than once; kept the first")
            continue
        seen.add(entity.id)
        entities.append(entity)
    if skipped:
        counts = ", ".join(f"{schema} ({n})" for schema, n in sorted(skipped.items()))
        problems.append(f"skipped {sum(skipped.values())} entities of schemata not imported: {counts}")
    return entities, problems


def _entity(data: dict[str, Any], schema: str, *, source: str, list_name: str | None) -> KBEntity:
    ftm_id = data.get("id")
    if not isinstance(ftm_id, str) or not ftm_id.strip():
        raise ValueError("no entity 'id'")
    props = data.get("properties")
    if not isinstance(props, dict):
        raise ValueError(f"entity {ftm_id!r} has no 'properties' object")
    names = _values(props, "name")
    if not names:
        raise ValueError(f"entity {ftm_id!r} has no name")
    strong = _unique([*names, *_values(props, "alias"), *_values(props, "previousName")])
    weak = [n for n in _unique(_values(props, "weakAlias")) if n not in strong]
    name_en = next((n for n in names if _script(n) == "en"), names[0])
    name_ar = next((n for n in strong if _script(n) == "ar"), None)
    topics = _values(props, "topics")
    sanctioned = "sanction" in topics
    datasets = [d for d in data.get("datasets") or () if isinstance(d, str) and d]
    lists = _unique([*datasets, *([list_name] if list_name else [])]) if sanctioned else []
    countries = [c.upper() for c in _values(props, "country") if c.upper() in _TERRITORIES]
    entity_id = ftm_id if _QID.match(ftm_id) else f"ftm:{ftm_id}"
    return KBEntity(
        id=entity_id,
        type=FTM_TYPES[schema],
        name_en=name_en,
        name_ar=name_ar,
        aliases=_by_script(n for n in strong if n not in (name_en, name_ar)),
        ambiguous=_by_script(weak),
        country=countries[0] if countries else None,
        sanctioned=sanctioned,
        sanction_lists=tuple(lists),
        source=source,
        codes={"ftm": ftm_id},
    )


def _values(props: dict[str, Any], key: str) -> list[str]:
    value = props.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [" ".join(v.split()) for v in value if isinstance(v, str) and v.strip()]


def _script(name: str) -> str:
    """The language key a name is filed under: ar (Arabic script), en (Latin), und (other)."""
    for ch in name:
        if ch.isalpha():
            uname = unicodedata.name(ch, "")
            if uname.startswith("ARABIC"):
                return "ar"
            return "en" if uname.startswith("LATIN") else "und"
    return "en"


def _by_script(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in names:
        out.setdefault(_script(name), []).append(name)
    return {lang: tuple(_unique(ns)) for lang, ns in out.items()}


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def entity_record(entity: KBEntity) -> dict[str, Any]:
    """The data-file record of ``entity`` (the format ``rasd.kb.loader`` reads)."""
    record: dict[str, Any] = {"id": entity.id, "type": entity.type, "en": entity.name_en}
    if entity.name_ar:
        record["ar"] = entity.name_ar
    for key in ("aliases", "ambiguous", "demonyms"):
        value = getattr(entity, key)
        if value:
            record[key] = {lang: list(names) for lang, names in value.items()}
    if entity.offices:
        record["offices"] = [
            {"office": t.office, **({"from": t.start} if t.start else {}), **({"to": t.end} if t.end else {})}
            for t in entity.offices
        ]
    for key in ("country", "parent"):
        if getattr(entity, key):
            record[key] = getattr(entity, key)
    if entity.sanctioned:
        record["sanctioned"] = True
    if entity.sanction_lists:
        record["sanction_lists"] = list(entity.sanction_lists)
    if entity.priority:
        record["priority"] = entity.priority
    if entity.codes:
        record["codes"] = dict(entity.codes)
    return record


def write_watchlist(entities: Iterable[KBEntity], path: str | Path, *, note: str = "") -> None:
    """Write ``entities`` as a watchlist file that ``load_kb(extra_paths=[path])`` reads."""
    header = "# Rasd watchlist (entity records; see rasd/kb/loader.py for the format).\n"
    if note:
        header += "".join(f"# {line}\n" for line in note.splitlines())
    body = yaml.dump(
        [entity_record(e) for e in entities], allow_unicode=True, sort_keys=False, width=10_000
    )
    Path(path).write_text(header + body, encoding="utf-8")
