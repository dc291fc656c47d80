"""A generator of realistic mixed Arabic/English news articles (~3 KB each) for benchmarks.

Sentences are built from news-style templates filled with names, aliases and demonyms drawn
from the knowledge base (with clitics, diacritics and English possessives mixed in), plus filler
sentences with no entity at all, so the matcher sees both hits and long stretches of plain text.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import orjson

from rasd.kb.model import KnowledgeBase

AR_TEMPLATES = (
    "وقال {p} في مؤتمر صحفي إن {g} ستواصل دعم الجهود الدولية لمكافحة الإرهاب.",
    "وأعلنت {o} أنها فرضت عقوبات جديدة على شخصيات مرتبطة ب{g2}، في خطوة وصفتها بالضرورية.",
    "والتقى {p} نظيره {p2} على هامش القمة، وبحثا العلاقات الثنائية بين {g} و{g2}.",
    "وذكرت مصادر مطلعة أن المحادثات بين الجانبين تعثرت خلال الأسابيع الماضية بسبب الخلافات.",
    "وأكد المتحدث باسم {o} أن القرار جاء بعد مشاورات مطولة مع الحلفاء الأوروبيين.",
    "ويأتي ذلك في وقت تشهد فيه المنطقة توترات متصاعدة، وسط مخاوف من اتساع رقعة الصراع.",
    "وأشار التقرير إلى أن الاقتصاد تأثر بشدة بالعقوبات المفروضة منذ سنوات طويلة.",
    "وانضمت {g} رسميًا إلى {o}، وفق بيان صادر عن الخارجية.",
)
EN_TEMPLATES = (
    "{p} said on Monday that {g} would keep supporting international efforts against terrorism.",
    "The {o} announced new sanctions on individuals linked to {g2}, a step officials called necessary.",
    "{p} met his counterpart {p2} on the sidelines of the summit to discuss ties between {g} and {g2}.",
    "Sources familiar with the matter said the talks had stalled over the past weeks amid disagreements.",
    "A spokesman for the {o} said the decision followed lengthy consultations with European allies.",
    "The region has seen rising tensions, with fears that the conflict could widen further.",
    "The report noted that the economy had been badly hit by years of sanctions.",
    "{g}'s government formally joined the {o}, according to a ministry statement.",
)
# Hand-annotated real articles beside the checkout (../shared/gold); read in place, never copied.
GOLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "gold"

CLITICS = ("", "", "", "و", "ب", "ل", "ف")
TASHKEEL = ("\u064b", "\u064e", "\u0651")


def _names(kb: KnowledgeBase, kind: str, lang: str) -> list[str]:
    out: list[str] = []
    for e in kb.entities.values():
        if (kind == "GPE") != (e.type == "GPE") or (kind == "PERSON") != (e.type == "PERSON"):
            continue
        name = e.name_ar if lang == "ar" else e.name_en
        if name:
            out.append(name)
        out.extend(e.aliases.get(lang, ())[:2])
    return out or (["سوريا"] if lang == "ar" else ["Syria"])


def generate(
    kb: KnowledgeBase, count: int, *, seed: int = 7, size: int = 3000, in_chars: bool = False
) -> Iterator[str]:
    """``count`` articles of about ``size`` bytes of UTF-8 (``size`` characters with
    ``in_chars``), alternating Arabic and English.

    Bytes by default, as the targets speak of "articles of about 3 KB": an Arabic letter takes
    two bytes, so 3,000 characters made the Arabic half 5.6 KB (the corpus averaged 4.3 KB
    until 30 Nov 2026; per-MB rates are comparable across the change, per-article ones not)."""
    rng = random.Random(seed)
    pools = {
        lang: {k: _names(kb, k, lang) for k in ("PERSON", "GPE", "ORG")} for lang in ("ar", "en")
    }
    for i in range(count):
        lang = "ar" if i % 2 == 0 else "en"
        templates = AR_TEMPLATES if lang == "ar" else EN_TEMPLATES
        pool = pools[lang]
        parts: list[str] = []
        length = 0
        while length < size:
            sentence = rng.choice(templates).format(
                p=rng.choice(pool["PERSON"]), p2=rng.choice(pool["PERSON"]),
                g=rng.choice(pool["GPE"]), g2=rng.choice(pool["GPE"]), o=rng.choice(pool["ORG"]),
            )
            if lang == "ar" and rng.random() < 0.3:
                words = sentence.split(" ")
                j = rng.randrange(len(words))
                words[j] = rng.choice(CLITICS) + words[j] + rng.choice(TASHKEEL)
                sentence = " ".join(words)
            parts.append(sentence)
            length += (len(sentence) if in_chars else len(sentence.encode("utf-8"))) + 1
        yield " ".join(parts)


def real_articles(gold_dir: Path = GOLD_DIR) -> list[str]:
    """The texts of the real articles in ``gold_dir``'s ``*.gold.jsonl`` files, or ``[]`` when
    the directory is absent. They are the check on the generated corpus: real news has fewer
    trigger sentences per article and more office titles ("the Saudi foreign minister")."""
    texts: list[str] = []
    for path in sorted(gold_dir.glob("*.gold.jsonl")):
        for line in path.read_bytes().splitlines():
            if line.strip():
                texts.append(orjson.loads(line)["text"])
    return texts


def corpus(kb: KnowledgeBase, count: int, kind: str) -> list[str]:
    """``count`` generated articles, or the real articles repeated to about ``count``."""
    if kind == "generated":
        return list(generate(kb, count))
    texts = real_articles()
    if not texts:
        raise SystemExit(f"no real articles: {GOLD_DIR} is absent")
    return texts * max(1, round(count / len(texts)))
