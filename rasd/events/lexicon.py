"""Trigger and cue lexicons, loaded from the YAML data files in ``lexicons/``.

Files are named ``<lang>.triggers.yaml`` and ``<lang>.cues.yaml``. Words are normalised on load
with the same rules as the text (``textnorm.normalize_word``), so the data files can be written
as the words are published. A lexicon is compiled once per language and cached.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml  # type: ignore[import-untyped]

from rasd.errors import ConfigError
from rasd.events.textnorm import TOKEN_RE, normalize_word, word_info

log = logging.getLogger(__name__)

LANGUAGES = ("ar", "en")


def _phrase(text: str) -> tuple[str, ...]:
    """A lexicon entry as a tuple of normalised words ("سفار*" keeps its star)."""
    star = text.endswith("*")
    words = tuple(normalize_word(w) for w in TOKEN_RE.findall(text))
    if star and words:
        words = words[:-1] + (words[-1] + "*",)
    return words


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    type: str
    words: tuple[str, ...]
    needs: tuple[str, ...] = ()
    window: int = 5
    side: str = "both"  # where the needed cue must be: before, after, both
    after: str = "target"  # role of an entity right after the trigger with no marker
    only_status: tuple[str, ...] = ()
    nominal: bool = False  # "new sanctions": the trigger is an adjective of the noun
    weight: float = 0.85
    priority: int = 1  # competing sanctions triggers on the same noun: highest wins


@dataclass(slots=True)
class WordGroup:
    """A set of words and phrases that can be looked up at a token position."""

    single: set[str] = field(default_factory=set)
    prefixes: tuple[str, ...] = ()
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    @classmethod
    def build(cls, entries: list[str]) -> WordGroup:
        group = cls()
        prefixes: list[str] = []
        for entry in entries:
            words = _phrase(str(entry))
            if not words:
                continue
            if len(words) == 1:
                if words[0].endswith("*"):
                    prefixes.append(words[0][:-1])
                else:
                    group.single.add(words[0])
            else:
                group.phrases.setdefault(words[0], []).append(words)
        group.prefixes = tuple(prefixes)
        return group

    def match_at(self, forms: list[frozenset[str]], i: int) -> int:
        """Length in tokens of the entry matching at token ``i`` (0 if none)."""
        here = forms[i]
        best = 0
        if self.phrases:
            for form in here:
                for words in self.phrases.get(form, ()):
                    n = len(words)
                    if n > best and i + n <= len(forms) and all(
                        _word_in(words[k], forms[i + k]) for k in range(1, n)
                    ):
                        best = n
        if best:
            return best
        if not here.isdisjoint(self.single):
            return 1
        if self.prefixes and any(f.startswith(self.prefixes) for f in here):
            return 1
        return 0


def _word_in(word: str, forms: frozenset[str]) -> bool:
    if word.endswith("*"):
        stem = word[:-1]
        return any(f.startswith(stem) for f in forms)
    return word in forms


@dataclass(slots=True)
class Lexicon:
    lang: str
    # first word of a trigger -> its specs (several types may share a word)
    triggers: dict[str, list[TriggerSpec]]
    groups: dict[str, WordGroup]
    target_markers: dict[str, WordGroup]  # event family -> markers introducing a target
    actor_markers: WordGroup
    between_markers: WordGroup
    stop_markers: WordGroup
    # Precomputed lookups so that a sentence is tagged once (every cue group and marker a
    # token starts) and each later check is a set membership, not a scan of word lists.
    _single: dict[str, set[str]] = field(default_factory=dict)
    _prefixes: list[tuple[str, str]] = field(default_factory=list)
    _phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    _form_tags: dict[frozenset[str], tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]] = field(
        default_factory=dict
    )
    _raw_trigger: dict[str, bool] = field(default_factory=dict)

    def group(self, name: str) -> WordGroup:
        return self.groups.get(name) or _EMPTY

    def index(self) -> None:
        named: dict[str, WordGroup] = dict(self.groups)
        for fam, markers in self.target_markers.items():
            named[f"@target:{fam}"] = markers
        named["@actor"] = self.actor_markers
        named["@between"] = self.between_markers
        named["@stop"] = self.stop_markers
        for name, group in named.items():
            for word in group.single:
                self._single.setdefault(word, set()).add(name)
            self._prefixes.extend((prefix, name) for prefix in group.prefixes)
            for first, phrases in group.phrases.items():
                self._phrases.setdefault(first, []).extend((name, words) for words in phrases)

    def tags(self, forms: list[frozenset[str]]) -> list[frozenset[str]]:
        """For each token, the names of the cue groups and markers that start there."""
        out: list[frozenset[str]] = []
        n = len(forms)
        for i, here in enumerate(forms):
            cached = self._form_tags.get(here)
            if cached is None:
                found: set[str] = set()
                phrases: list[tuple[str, tuple[str, ...]]] = []
                for form in here:
                    found.update(self._single.get(form, ()))
                    phrases.extend(self._phrases.get(form, ()))
                    for prefix, name in self._prefixes:
                        if form.startswith(prefix):
                            found.add(name)
                cached = (frozenset(found), tuple(phrases))
                if len(self._form_tags) < 200_000:
                    self._form_tags[here] = cached
            tags, candidates = cached
            if candidates:
                extra = {
                    name for name, words in candidates
                    if name not in tags and i + len(words) <= n
                    and all(_word_in(words[k], forms[i + k]) for k in range(1, len(words)))
                }
                if extra:
                    tags = tags | extra
            out.append(tags)
        return out

    def is_trigger_word(self, raw: str) -> bool:
        """Whether a word as written can start a trigger (cached per spelling)."""
        known = self._raw_trigger.get(raw)
        if known is None:
            _, forms, future = word_info(raw, self.lang)
            known = not (forms.isdisjoint(self.triggers) and future.isdisjoint(self.triggers))
            if len(self._raw_trigger) < 500_000:
                self._raw_trigger[raw] = known
        return known


_EMPTY = WordGroup()


def _read(name: str) -> dict[str, Any]:
    path = resources.files("rasd.events") / "lexicons" / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"event lexicon {name} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"event lexicon {name}: expected a mapping at the top level.")
    return data


def _spec_list(raw: dict[str, Any], source: str) -> dict[str, list[TriggerSpec]]:
    table: dict[str, list[TriggerSpec]] = {}
    for n, item in enumerate(raw.get("triggers") or []):
        try:
            template = TriggerSpec(
                type=str(item["type"]),
                words=(),
                needs=tuple(item.get("needs") or ()),
                window=int(item.get("window", 5)),
                side=str(item.get("side", "both")),
                after=str(item.get("after", "target")),
                only_status=tuple(item.get("only_status") or ()),
                nominal=bool(item.get("nominal", False)),
                weight=float(item.get("weight", 0.85)),
                priority=int(item.get("priority", 1)),
            )
            forms = item["forms"]
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{source}: trigger #{n + 1} is malformed ({exc}).") from exc
        for form in forms:
            words = _phrase(str(form))
            if words:
                table.setdefault(words[0], []).append(replace(template, words=words))
    return table


@lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` ("ar" or "en"); other languages fall back to English."""
    if lang not in LANGUAGES:
        lang = "en"
    triggers_file = f"{lang}.triggers.yaml"
    cues = _read(f"{lang}.cues.yaml")
    triggers = _spec_list(_read(triggers_file), triggers_file)
    groups = {name: WordGroup.build(list(words or [])) for name, words in (cues.get("groups") or {}).items()}
    markers = cues.get("markers") or {}
    target = {fam: WordGroup.build(list(words or [])) for fam, words in (markers.get("target") or {}).items()}
    lexicon = Lexicon(
        lang=lang,
        triggers=triggers,
        groups=groups,
        target_markers=target,
        actor_markers=WordGroup.build(list(markers.get("actor") or [])),
        between_markers=WordGroup.build(list(markers.get("between") or [])),
        stop_markers=WordGroup.build(list(markers.get("stop") or [])),
    )
    lexicon.index()
    log.debug("event lexicon %s: %d trigger words, %d cue groups", lang, len(triggers), len(groups))
    return lexicon
