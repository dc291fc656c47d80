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
from itertools import compress
from typing import Any, Final

import yaml  # type: ignore[import-untyped]

from rasd.errors import ConfigError
from rasd.events.recent import Recent
from rasd.events.screen import TriggerScreen
from rasd.events.textnorm import TOKEN_RE, normalize_word, word_info

log = logging.getLogger(__name__)

LANGUAGES: Final = ("ar", "en")


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
    before: str = "actor"  # role of the subject before it ("target": the body that admits a state)
    only_status: tuple[str, ...] = ()
    nominal: bool = False  # "new sanctions": the trigger is an adjective of the noun
    weight: float = 0.85
    priority: int = 1  # competing sanctions triggers on the same noun: highest wins
    planned: bool = False  # the act is a step towards the event ("applied to join"): planned
    modal: bool = False  # counts only as a possibility or a future ("could face sanctions")
    passive: bool = False  # counts only after an auxiliary ("sanctions were imposed")
    verb: bool = False  # counts only as a verb, not as a noun after a determiner ("keeps the freeze")
    fresh: bool = False  # counts only with a day of the news ("crossed into … on Tuesday"): often background
    # cue groups of which one must ALSO start within ``also_window`` tokens after the trigger
    # ("threatened Russia with … sanctions": the "with" near, the noun further on)
    also: tuple[str, ...] = ()
    also_window: int = 0
    # the ALSO window counts from the needed cue, not from the trigger ("مدد … التفويض الممنوح
    # … بتفتيش السفن … بما يخالف حظر الأسلحة": the embargo is named after the mandate, however
    # long the verb's subject, date and term before it)
    also_from_need: bool = False


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


# A cue phrase a token may start: (group name, its words).
Phrase = tuple[str, tuple[str, ...]]
# The phrases a token may start, by their second word (exact), and those whose second word is
# a stem ("سفار*"); None when it starts none.
PhraseStarts = tuple[dict[str, tuple[Phrase, ...]], tuple[Phrase, ...]] | None
# (norm, clitic-free forms, future forms, cue tags, phrases it may start, whether a trigger may
# start there: one of its readings begins a trigger, or it is a fragment of a split word, and
# its ``REFERS_BACK`` | ``MARKS_SANCTIONS_TARGET`` bits) of a word as written
WordInfo = tuple[str, frozenset[str], frozenset[str], frozenset[str], PhraseStarts, bool, int]
# What a word may start, alone or as the first word of a phrase (``WordInfo[6]``): an anaphor
# ("البلدين", "the two countries"), or a marker of whom sanctions are on ("on", "against").
REFERS_BACK, MARKS_SANCTIONS_TARGET = 1, 2


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
    _phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    _form_tags: Recent[frozenset[str], tuple[frozenset[str], PhraseStarts, int]] = field(
        default_factory=lambda: Recent(FORM_CACHE)
    )
    _raw_trigger: Recent[str, bool] = field(default_factory=lambda: Recent(SPELLING_CACHE))
    # The keys of ``triggers`` as a set: ``frozenset.isdisjoint(dict)`` walks the whole dict,
    # ``isdisjoint(frozenset)`` only the smaller side.
    trigger_words: frozenset[str] = frozenset()
    # Raw spellings known to start a trigger, and every spelling already classified (those of
    # the young generation of ``_raw_trigger``): a sentence is checked with two C-level set
    # operations instead of a loop over its words.
    _trigger_raw: set[str] = field(default_factory=set)
    _classified: set[str] = field(default_factory=set)
    # Split words ("وق عت"): the spellings of one or two letters that may begin one, and what
    # the next word must then begin with (see ``_index_joins``).
    _join_first: set[str] = field(default_factory=set)
    _join_rest: dict[str, frozenset[str]] = field(default_factory=dict)
    # Everything ``sentences.build`` needs of a word as written, looked up once per spelling.
    _words: Recent[str, WordInfo] = field(default_factory=lambda: Recent(SPELLING_CACHE))
    # Which sentences of an article may hold a trigger, in one pass (``screen``).
    screen: TriggerScreen | None = None
    # ``specs_for`` of each set of readings already asked about.
    _specs_for: dict[frozenset[str], tuple[TriggerSpec, ...]] = field(default_factory=dict)

    def specs_for(self, readings: frozenset[str]) -> tuple[TriggerSpec, ...]:
        """The trigger specs of every reading, readings in sorted order (a set's order changes
        with the process's string hashing; every worker must find the same events); cached
        per set of readings, which the word tables share between tokens."""
        specs = self._specs_for.get(readings)
        if specs is None:
            triggers = self.triggers
            specs = tuple(spec for form in sorted(readings) for spec in triggers.get(form, ()))
            if len(self._specs_for) < 200_000:
                self._specs_for[readings] = specs
        return specs

    def group(self, name: str) -> WordGroup:
        return self.groups.get(name) or _EMPTY

    def index(self) -> None:
        self.trigger_words = frozenset(self.triggers)
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

    def _form_info(self, here: frozenset[str]) -> tuple[frozenset[str], PhraseStarts, int]:
        """Cue groups a token with readings ``here`` starts on its own, the phrases it may
        start, and its ``REFERS_BACK`` | ``MARKS_SANCTIONS_TARGET`` bits."""
        cached = self._form_tags.get(here)
        if cached is None:
            found: set[str] = set()
            phrases: list[Phrase] = []
            for form in here:
                found.update(self._single.get(form, ()))
                phrases.extend(self._phrases.get(form, ()))
                for prefix, name in self._prefixes:
                    if form.startswith(prefix):
                        found.add(name)
            names = found.union(name for name, _ in phrases)
            refs = (REFERS_BACK if "anaphor" in names else 0) | (
                MARKS_SANCTIONS_TARGET if "@target:sanctions" in names else 0
            )
            cached = (frozenset(found), _phrase_starts(phrases), refs)
            self._form_tags.put(here, cached)
        return cached

    def tags(self, forms: list[frozenset[str]]) -> list[frozenset[str]]:
        """For each token, the names of the cue groups and markers that start there."""
        infos = [self._form_info(here) for here in forms]
        return phrase_tags(forms, [info[0] for info in infos], [info[1] for info in infos])

    def word(self, raw: str) -> WordInfo:
        """(norm, forms, future forms, cue tags, phrase candidates, may start a trigger, what
        it may refer to) of a word as written, cached."""
        info = self._words.get(raw)
        if info is None:
            norm, forms, future = word_info(raw, self.lang)
            tags, phrases, refs = self._form_info(forms)
            if future and not (_FUTURE_KEEPS & (future_tags := self._form_info(future)[0])) <= tags:
                # (Arabic) a call, a study or a refusal ahead is one still: "ستبحث الحكومة رفع
                # العقوبات", "ستسعى تركيا إلى الانضمام" (the future reading of the verb)
                tags = tags | (_FUTURE_KEEPS & future_tags)
            if raw == "May" and "demand" in tags:
                # the month ("LONDON, May 9 (Reuters) -") or Theresa May, not the modal: news
                # copy writes the modal in lower case wherever it does not open a sentence
                tags = tags - {"demand"}
            starts = not (forms.isdisjoint(self.trigger_words) and future.isdisjoint(self.trigger_words))
            fragment = len(norm) <= 2 and (norm in self._join_rest or not norm)
            info = (norm, forms, future, tags, phrases, starts or fragment, refs)
            self._words.put(raw, info)
        return info

    def starts_group(self, infos: list[WordInfo], i: int, group: str) -> bool:
        """Whether cue ``group`` starts at token ``i`` of the words ``infos`` (on its own, or
        as a phrase whose later words follow), as ``phrase_tags`` would tag it."""
        info = infos[i]
        if group in info[3]:
            return True
        starts = info[4]
        if starts is None or i + 1 >= len(infos):
            return False
        by_second, starred = starts
        following = infos[i + 1][1]
        candidates = [p for p in starred if _word_in(p[1][1], following)]
        for form in following:
            candidates.extend(by_second.get(form, ()))
        n = len(infos)
        return any(
            name == group and i + len(words) <= n
            and all(_word_in(words[k], infos[i + k][1]) for k in range(2, len(words)))
            for name, words in candidates
        )

    def words(self, raws: list[str]) -> list[WordInfo]:
        """``word`` of each of ``raws``."""
        infos = list(map(self._words.young.get, raws))
        if not all(infos):  # (a WordInfo is a non-empty tuple: only a miss is false)
            word = self.word
            return [info or word(raw) for info, raw in zip(infos, raws, strict=True)]
        return infos  # type: ignore[return-value]  # no None left

    def is_trigger_word(self, raw: str) -> bool:
        """Whether a word as written can start a trigger (cached per spelling)."""
        cached = self._raw_trigger.young.get(raw)
        if cached is not None:
            return cached
        known = self._raw_trigger.old.get(raw)
        if known is None:
            _, forms, future = word_info(raw, self.lang)
            known = not (forms.isdisjoint(self.trigger_words) and future.isdisjoint(self.trigger_words))
            if len(raw) <= 2 and (normalize_word(raw) in self._join_rest or not normalize_word(raw)):
                # (never dropped: the index built it, and what is added is one or two letters)
                self._join_first.add(raw)
        if self._raw_trigger.put(raw, known):
            # the young generation turned old: the two sets follow the new young one
            self._classified.clear()
            self._trigger_raw.clear()
        self._classified.add(raw)
        if known:
            self._trigger_raw.add(raw)
        return known

    def any_trigger(self, words: list[str]) -> bool:
        """Whether a trigger starts at one of ``words`` (tokens as written, in order), or at a
        word split in two by the source ("وق عت": a fragment of one or two letters and the
        next token, joined)."""
        if not self._trigger_raw.isdisjoint(words):
            return True
        if not self._classified.issuperset(words):
            for w in words:
                if self.is_trigger_word(w):
                    return True
            if not self._classified.issuperset(words):
                return self._any_join(words, every_pair=True)  # the table turned over meanwhile
        if self._join_first.isdisjoint(words):
            return False  # no fragment that could begin a trigger: the common case
        return self._any_join(words, every_pair=False)

    def _any_join(self, words: list[str], *, every_pair: bool) -> bool:
        is_trigger = self.is_trigger_word
        join_first = self._join_first
        for i in range(len(words) - 1):
            w = words[i]
            if every_pair:
                if len(w) <= 2 and is_trigger(w + words[i + 1]):
                    return True
            elif w in join_first and self._may_join(w, words[i + 1]) and is_trigger(w + words[i + 1]):
                return True
        return False

    def _may_join(self, fragment: str, following: str) -> bool:
        return self.may_join(normalize_word(fragment), normalize_word(following))

    def may_join(self, fragment: str, following: str) -> bool:
        """Cheap necessary condition for the normalised words ``fragment + following`` to be
        a trigger: the fragment begins a clitic-prefixed trigger form whose rest ``following``
        begins with (``_join_rest`` holds the first one or two letters of each rest)."""
        rest = self._join_rest.get(fragment)
        if rest is None:
            return fragment == ""
        return "" in rest or following[:1] in rest or following[:2] in rest

    def _index_joins(self) -> None:
        """``_join_rest``: for each normalised fragment of one or two letters that can begin a
        trigger as written (after clitics: و ف, ب ل ك س, لل, ال), the possible starts of the
        rest. Over-inclusive by design: it only decides which pairs get the exact check."""
        if self.lang == "ar":
            conj, mid, article = ("", "و", "ف"), ("", "ب", "ل", "ك", "س", "لل"), ("", "ال")
            clitics = {c + m + a for c in conj for m in mid for a in article}
        else:
            clitics = {""}
        surfaces = {c + key for c in clitics for key in self.triggers}
        if self.lang == "ar":
            surfaces |= {c + "لل" + key[2:] for c in ("", "و", "ف") for key in self.triggers if key.startswith("ال")}
        rest: dict[str, set[str]] = {}
        for surface in surfaces:
            for cut in (1, 2):
                if len(surface) == cut:
                    rest.setdefault(surface, set()).add("")  # the next word is only a suffix
                elif len(surface) > cut:
                    rest.setdefault(surface[:cut], set()).add(surface[cut:cut + 2])
                    rest[surface[:cut]].add(surface[cut:cut + 1])
        self._join_rest = {k: frozenset(v) for k, v in rest.items()}


def _phrase_starts(phrases: list[Phrase]) -> PhraseStarts:
    if not phrases:
        return None
    exact: dict[str, list[Phrase]] = {}
    starred: list[Phrase] = []
    for phrase in phrases:
        second = phrase[1][1]
        if second.endswith("*"):
            starred.append(phrase)
        else:
            exact.setdefault(second, []).append(phrase)
    return {k: tuple(v) for k, v in exact.items()}, tuple(starred)


# the cue groups a verb keeps in the future ("سـ" before it): what is sought or refused ahead
_FUTURE_KEEPS: Final = frozenset({"demand", "negation_verbs"})


def phrase_tags(
    forms: list[frozenset[str]], tags: list[frozenset[str]], starts: list[PhraseStarts]
) -> list[frozenset[str]]:
    """Each token's own cue ``tags``, plus the groups of the phrases that start there (``starts``)
    and whose later words follow in ``forms``."""
    out = list(tags)
    n = len(forms)
    for i in compress(range(n - 1), starts):  # a phrase has two words or more
        by_second, starred = starts[i]  # type: ignore[misc]  # compress skipped the None
        following = forms[i + 1]
        found: tuple[Phrase, ...] = ()
        for form in following:
            got = by_second.get(form)
            if got is not None:
                found += got
        if starred:
            found += tuple(p for p in starred if _word_in(p[1][1], following))
        if not found:
            continue  # the usual case: "the", "to", "في" not followed by a phrase's next word
        own = tags[i]
        extra: set[str] = set()
        for name, words in found:
            size = len(words)
            if name in own or i + size > n:
                continue
            if size == 2 or all(_word_in(words[k], forms[i + k]) for k in range(2, size)):
                extra.add(name)
        if extra:
            out[i] = own | extra
    return out


_EMPTY: Final = WordGroup()


def _read(name: str) -> dict[str, Any]:
    path = resources.files("rasd.events") / "lexicons" / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"event lexicon {name} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"event lexicon {name}: expected a mapping at the top level.")
    _no_booleans_in_lists(data, name)
    return data


def _no_booleans_in_lists(node: Any, name: str) -> None:
    """Word lists hold words: YAML reads an unquoted no, yes, on or off as a boolean, which
    would silently become the word "false" or "true"."""
    if isinstance(node, dict):
        for value in node.values():
            _no_booleans_in_lists(value, name)
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool):
                raise ConfigError(
                    f"event lexicon {name}: a word list holds the boolean {item}; "
                    "quote words such as \"no\", \"yes\", \"on\" and \"off\"."
                )
            _no_booleans_in_lists(item, name)


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
                before=str(item.get("before", "actor")),
                only_status=tuple(item.get("only_status") or ()),
                nominal=bool(item.get("nominal", False)),
                weight=float(item.get("weight", 0.85)),
                priority=int(item.get("priority", 1)),
                planned=bool(item.get("planned", False)),
                modal=bool(item.get("modal", False)),
                passive=bool(item.get("passive", False)),
                verb=bool(item.get("verb", False)),
                fresh=bool(item.get("fresh", False)),
                also=tuple(item.get("also") or ()),
                also_window=int(item.get("also_window", 0)),
                also_from_need=bool(item.get("also_from_need", False)),
            )
            forms = item["forms"]
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"{source}: trigger #{n + 1} is malformed ({exc}).") from exc
        for form in forms:
            words = _phrase(str(form))
            if words:
                table.setdefault(words[0], []).append(replace(template, words=words))
    return table


# Readings of a word cached per lexicon, with their cue groups: a news stream's vocabulary keeps
# growing, so the cache is bounded like the word caches of ``textnorm`` (about 0.3 KB a word).
FORM_CACHE: Final = 32768
# Spellings as written cached per lexicon (``word``: ~1-1.4 KB each with the readings they keep
# alive; ``is_trigger_word``: ~0.4 KB). Names, numbers and misspellings make a stream's spellings
# countless: at the former bound of 500,000 these could hold close to 1 GB in a worker that runs
# for months. Each cache keeps the recent half when full (``Recent``): the words in use survive.
SPELLING_CACHE: Final = 32768


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
    lexicon._index_joins()
    lexicon.screen = TriggerScreen.for_triggers(lang, (spec.words for specs in triggers.values() for spec in specs))
    log.debug("event lexicon %s: %d trigger words, %d cue groups", lang, len(triggers), len(groups))
    return lexicon
