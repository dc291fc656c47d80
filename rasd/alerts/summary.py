"""One-line alert summaries in English and Arabic, from per-event-type templates.

English: "Syria joined the Global Coalition to Defeat ISIS — 3 sources".
Arabic:  "انضمت سوريا إلى التحالف الدولي ضد داعش — 3 مصادر".

Arabic names come from the entities' ``name_ar`` when the record has one (else the English
name).  Arabic verbs agree with the first actor (verb-subject order takes the singular):
feminine for states and for names such as الولايات المتحدة or وزارة الخزانة, else masculine.
A planned event uses the future ("will join" / "ستنضم"); historical, negated and stalled
events get a label in front so nobody reads them as news.

A pact whose parties are all actors ("Turkey and Iraq signed…") has no counterpart to name:
it reads "Turkey and Iraq signed a security cooperation agreement", the kind of agreement
taken from the evidence sentence when the caller passes it, else "an agreement".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Party", "agreement_kind", "event_summary", "sources_phrase", "surge_summary"]


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    name_ar: str | None = None
    type: str | None = None

    @property
    def ar(self) -> str:
        return self.name_ar or self.name


@dataclass(frozen=True, slots=True)
class _Template:
    en_past: str
    en_future: str
    en_passive: str
    ar_verbs: tuple[str, str, str, str]  # masculine past, feminine past, masc. present, fem. present
    ar_rest: str  # after "<verb> <actor>"
    ar_passive: str


_TEMPLATES: dict[str, _Template] = {
    "sanctions.imposed": _Template(
        "{actor} imposed sanctions on {target}", "{actor} will impose sanctions on {target}",
        "Sanctions imposed on {target}",
        ("فرض", "فرضت", "يفرض", "تفرض"), "عقوبات على {target}", "فرض عقوبات على {target}",
    ),
    "sanctions.lifted": _Template(
        "{actor} lifted sanctions on {target}", "{actor} will lift sanctions on {target}",
        "Sanctions lifted on {target}",
        ("رفع", "رفعت", "يرفع", "ترفع"), "العقوبات عن {target}", "رفع العقوبات عن {target}",
    ),
    "sanctions.suspended": _Template(
        "{actor} suspended {instrument}", "{actor} will suspend {instrument}",
        "{instrument} suspended",
        ("علق", "علقت", "يعلق", "تعلق"), "{instrument}", "تعليق {instrument}",
    ),
    "sanctions.extended": _Template(
        "{actor} renewed sanctions on {target}", "{actor} will renew sanctions on {target}",
        "Sanctions on {target} renewed",
        ("مدد", "مددت", "يمدد", "تمدد"), "العقوبات على {target}", "تمديد العقوبات على {target}",
    ),
    "sanctions.threatened": _Template(
        "{actor} threatened sanctions on {target}", "{actor} may impose sanctions on {target}",
        "Sanctions threatened on {target}",
        ("هدد", "هددت", "يهدد", "تهدد"), "بفرض عقوبات على {target}", "تهديد بفرض عقوبات على {target}",
    ),
    "alliance.joined": _Template(
        "{actor} joined {target}", "{actor} will join {target}", "New member joined {target}",
        ("انضم", "انضمت", "ينضم", "تنضم"), "إلى {target}", "انضمام إلى {target}",
    ),
    "agreement.signed": _Template(
        "{actor} signed an agreement with {target}", "{actor} will sign an agreement with {target}",
        "Agreement signed with {target}",
        ("وقع", "وقعت", "يوقع", "توقع"), "اتفاقًا مع {target}", "توقيع اتفاق مع {target}",
    ),
    "relations.restored": _Template(
        "{actor} restored relations with {target}", "{actor} will restore relations with {target}",
        "Relations restored with {target}",
        ("استأنف", "استأنفت", "يستأنف", "تستأنف"), "العلاقات مع {target}", "استئناف العلاقات مع {target}",
    ),
    "forces.integrated": _Template(
        "{actor} integrated forces into {target}", "{actor} will integrate forces into {target}",
        "Forces integrated into {target}",
        ("دمج", "دمجت", "يدمج", "تدمج"), "قوات في {target}", "دمج قوات في {target}",
    ),
    "military.presence": _Template(
        "{actor} set up a military presence in {target}",
        "{actor} will set up a military presence in {target}",
        "Military presence set up in {target}",
        ("أقام", "أقامت", "يقيم", "تقيم"), "وجودًا عسكريًا في {target}", "إقامة وجود عسكري في {target}",
    ),
}
_FALLBACK = _Template(
    "{actor}: {type} involving {target}", "{actor}: planned {type} involving {target}",
    "{type} involving {target}",
    ("", "", "", ""), "", "{type}: {target}",
)

_STATUS_LABEL = {
    "historical": ("Background: ", "خلفية: "),
    "negated": ("Denied: ", "نفي: "),
    "stalled": ("Stalled: ", "متعثر: "),
}
_FEMININE_STARTS = (
    "الولايات", "وزارة", "الحكومة", "الإدارة", "الأمم", "المفوضية", "هيئة", "الخزانة", "دولة",
    "جمهورية", "المملكة", "الإمارات", "منظمة", "قوات", "الجامعة",
)
# Pacts with no counterpart: (English past, English future, Arabic rest after "<verb> <actors>").
_MUTUAL: dict[str, tuple[str, str, str]] = {
    "agreement.signed": ("{actor} signed {kind}", "{actor} will sign {kind}", "{kind_ar}"),
    "relations.restored": ("{actor} restored relations", "{actor} will restore relations", "العلاقات"),
}
# The kind of an agreement, from its evidence sentence: the first that matches, most specific
# first. (English pattern, Arabic pattern, English phrase, Arabic phrase.)
_AGREEMENT_KINDS = tuple(
    (re.compile(en, re.I), re.compile(ar), en_phrase, ar_phrase)
    for en, ar, en_phrase, ar_phrase in (
        (r"\bsecurity\s+(?:and\s+\w+\s+)?cooperation", r"تعاون\s+(?:ال)?أمني|(?:ال)?تعاون\s+الأمني",
         "a security cooperation agreement", "اتفاقية تعاون أمني"),
        (r"\b(?:defen[cs]e|military)\s+cooperation", r"(?:ال)?تعاون\s+(?:ال)?(?:دفاعي|عسكري)",
         "a defence cooperation agreement", "اتفاقية تعاون دفاعي"),
        (r"\bcease-?fire\b|\btruce\b", r"وقف\s+إطلاق\s+النار|هدنة", "a ceasefire agreement", "اتفاق وقف إطلاق النار"),
        (r"\bpeace\s+(?:agreement|deal|accord|treaty)", r"(?:اتفاق|اتفاقية|معاهدة)\s+(?:ال)?سلام",
         "a peace agreement", "اتفاق سلام"),
        (r"\bmemorandum\s+of\s+understanding|\bMoU\b", r"مذكرة\s+تفاهم",
         "a memorandum of understanding", "مذكرة تفاهم"),
        (r"\bsecurity\b", r"(?:ال)?أمني(?:ة)?\b", "a security agreement", "اتفاقية أمنية"),
        (r"\bdefen[cs]e\b|\bmilitary\b", r"(?:ال)?(?:دفاعي|عسكري)(?:ة)?\b", "a defence agreement", "اتفاقية دفاعية"),
        (r"\b(?:trade|economic)\b", r"(?:ال)?(?:تجاري|اقتصادي)(?:ة)?\b", "an economic agreement", "اتفاقية اقتصادية"),
        (r"\benergy\b", r"(?:ال)?طاقة\b", "an energy agreement", "اتفاقية في مجال الطاقة"),
        (r"\bcooperation\b", r"تعاون", "a cooperation agreement", "اتفاقية تعاون"),
    )
)
_TASHKEEL = re.compile("[\u064b-\u065f\u0670\u0640]")


def agreement_kind(evidence: str | None) -> tuple[str, str]:
    """("a security cooperation agreement", "اتفاقية تعاون أمني") from an evidence sentence."""
    text = _TASHKEEL.sub("", evidence or "")
    for en, ar, en_phrase, ar_phrase in _AGREEMENT_KINDS:
        if en.search(text) or ar.search(text):
            return en_phrase, ar_phrase
    return "an agreement", "اتفاقًا"


_DURATION = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")


_THE_WORDS = frozenset(
    "coalition union council department ministry forces nations organization organisation "
    "treasury act league office agency army bank fund court committee commission alliance "
    "states kingdom emirates republic government administration parliament congress senate".split()
)


def _en(party: Party) -> str:
    """The English name as used mid-sentence: "the Global Coalition", but "Syria", "ISIS"."""
    name = party.name
    if name[:4].lower() == "the " or party.type not in {"ORG", "GPE", "LAW", "FAC", None}:
        return name
    words = {w.strip(".,()").lower() for w in name.split()}
    return "the " + name if words & _THE_WORDS else name


def _join_en(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _join_ar(names: list[str]) -> str:
    return " و".join(names)  # the conjunction و attaches to the next word


def _feminine(party: Party) -> bool:
    if party.type == "GPE":
        return True
    name = party.ar
    return name.endswith("ة") or name.startswith(_FEMININE_STARTS)


def _duration(iso: str | None) -> tuple[str, str]:
    """(" for 180 days", " لمدة 180 يومًا") for "P180D"; empty strings when unknown."""
    m = _DURATION.match(iso or "")
    if not m or not any(m.groups()):
        return "", ""
    units = [("year", "سنة", "سنوات"), ("month", "شهر", "أشهر"), ("week", "أسبوع", "أسابيع"), ("day", "يوم", "أيام")]
    for value, (en, ar_one, ar_few) in zip(m.groups(), units, strict=True):
        if value:
            n = int(value)
            en_part = f" for {n} {en}{'s' if n != 1 else ''}"
            if n == 1:
                ar_part = f" لمدة {ar_one} واحد" if en != "year" else " لمدة سنة واحدة"
            elif 3 <= n <= 10:
                ar_part = f" لمدة {n} {ar_few}"
            else:
                ar_part = f" لمدة {n} {ar_one}{'ًا' if en != 'year' else ''}"
            return en_part, ar_part
    return "", ""


def sources_phrase(count: int) -> tuple[str, str]:
    """("3 sources", "3 مصادر") with Arabic number agreement (1, 2, 3–10, 11+)."""
    en = f"{count} source" + ("" if count == 1 else "s")
    if count == 1:
        ar = "مصدر واحد"
    elif count == 2:
        ar = "مصدران"
    elif 3 <= count <= 10:
        ar = f"{count} مصادر"
    else:
        ar = f"{count} مصدرًا"
    return en, ar


def event_summary(
    event_type: str,
    status: str,
    actors: list[Party],
    targets: list[Party],
    *,
    instrument: Party | None = None,
    duration: str | None = None,
    sources: int = 1,
    evidence: str | None = None,
) -> dict[str, str]:
    """{"en": ..., "ar": ...}: one line each, ending with the number of sources.

    ``evidence`` (the event's evidence sentence) names the kind of an agreement.
    """
    tpl = _TEMPLATES.get(event_type, _FALLBACK)
    mutual = _MUTUAL.get(event_type)
    if mutual is not None and actors and not targets:
        tpl = _mutual_template(tpl, mutual, evidence)
    target_en = _join_en([_en(t) for t in targets]) or "an unnamed party"
    target_ar = _join_ar([t.ar for t in targets]) or "جهة غير محددة"
    if instrument is not None:
        instr_en, instr_ar = _en(instrument), instrument.ar
    else:
        instr_en, instr_ar = f"sanctions on {target_en}", f"العقوبات على {target_ar}"
    fields_en = {"target": target_en, "instrument": instr_en, "type": event_type}
    fields_ar = {"target": target_ar, "instrument": instr_ar, "type": event_type}
    if actors:
        actor_en = _join_en([_en(a) for a in actors])
        actor_ar = _join_ar([a.ar for a in actors])
        en = (tpl.en_future if status == "planned" else tpl.en_past).format(actor=actor_en, **fields_en)
        verbs = tpl.ar_verbs
        fem = _feminine(actors[0])
        if status == "planned":
            verb = "س" + (verbs[3] if fem else verbs[2])
        else:
            verb = verbs[1] if fem else verbs[0]
        rest = tpl.ar_rest.format(**fields_ar)
        ar = " ".join(p for p in (verb, actor_ar, rest) if p)
        if not verb:  # unknown event type: no verb to conjugate
            ar = f"{actor_ar}: {tpl.ar_passive.format(**fields_ar)}"
    else:
        en = tpl.en_passive.format(**fields_en)
        ar = tpl.ar_passive.format(**fields_ar)
        if status == "planned":
            en, ar = "Planned: " + en, "مخطط: " + ar
    dur_en, dur_ar = _duration(duration)
    en, ar = en + dur_en, ar + dur_ar
    en = en[0].upper() + en[1:]
    label = _STATUS_LABEL.get(status)
    if label:
        en, ar = label[0] + en, label[1] + ar
    src_en, src_ar = sources_phrase(sources)
    return {"en": f"{en} — {src_en}", "ar": f"{ar} — {src_ar}"}


def _mutual_template(tpl: _Template, mutual: tuple[str, str, str], evidence: str | None) -> _Template:
    kind_en, kind_ar = agreement_kind(evidence)
    past, future, rest_ar = (part.replace("{kind}", kind_en).replace("{kind_ar}", kind_ar) for part in mutual)
    return _Template(past, future, tpl.en_passive, tpl.ar_verbs, rest_ar, tpl.ar_passive)


def surge_summary(entity: Party, count: int, baseline: float, window_minutes: int) -> dict[str, str]:
    if window_minutes % 60 == 0:
        hours = window_minutes // 60
        span_en = "hour" if hours == 1 else f"{hours} hours"
        span_ar = "الساعة الأخيرة" if hours == 1 else f"آخر {hours} ساعات"
    else:
        span_en, span_ar = f"{window_minutes} minutes", f"آخر {window_minutes} دقيقة"
    usual = f"{baseline:.1f}".removesuffix(".0")
    if count == 1:
        articles_ar = "مقال واحد"
    elif count == 2:
        articles_ar = "مقالين"
    elif 3 <= count <= 10:
        articles_ar = f"{count} مقالات"
    else:
        articles_ar = f"{count} مقالًا"
    articles_en = f"{count} article" + ("" if count == 1 else "s")
    return {
        "en": f"Surge: {entity.name} in {articles_en} in the last {span_en} (usually {usual})",
        "ar": f"ارتفاع مفاجئ: ورد ذكر {entity.ar} في {articles_ar} خلال {span_ar} (المعتاد {usual})",
    }
