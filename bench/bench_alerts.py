"""Rule-matching speed: how many (subscription, event record) pairs per second.

Prints figures for a baseline (subscriptions filtering on event type only) and for realistic
subscriptions (entities, countries and an Arabic/English keyword query), measured in the
same run, and their ratio.  Never fails on timing.

    .venv/bin/python bench/bench_alerts.py [--subs 200] [--records 200]
"""

from __future__ import annotations

import argparse
import random
import time
from typing import Any

from rasd.alerts.rules import RecordView, match
from rasd.alerts.subscription import Subscription

TYPES = ["sanctions.imposed", "sanctions.lifted", "alliance.joined", "agreement.signed"]
ENTITIES = [("Q858", "Syria", "سوريا", "GPE"), ("Q30", "United States", "الولايات المتحدة", "GPE"),
            ("Q5", "Ahmed al-Sharaa", "أحمد الشرع", "PERSON"), ("Q796", "Iraq", "العراق", "GPE"),
            ("Q794", "Iran", "إيران", "GPE"), ("Q41835", "Global Coalition", "التحالف الدولي", "ORG")]
WORDS = "عقوبات رفع فرض التحالف الدولي وزارة الخزانة قانون قيصر sanctions lifted treasury coalition".split()


def make_record(rng: random.Random, i: int) -> dict[str, Any]:
    ents = rng.sample(ENTITIES, 3)
    text = " ".join(rng.choice(WORDS) for _ in range(60))
    return {
        "cluster_id": f"c{i}", "revision": 1,
        "event": {"type": rng.choice(TYPES), "status": rng.choice(["occurred", "planned", "historical"]),
                  "actors": [{"id": ents[0][0], "name": ents[0][1]}], "targets": [{"id": ents[1][0], "name": ents[1][1]}],
                  "evidence": {"start": 0, "end": 80, "text": text[:80]}, "confidence": rng.random()},
        "article": {"id": f"a{i}", "url": f"https://news{i % 7}.example.org/{i}", "source": f"news{i % 7}",
                    "title": text[:40], "lang": rng.choice(["ar", "en"])},
        "entities": [{"id": e[0], "name": e[1], "name_ar": e[2], "type": e[3], "linked": True, "mentions": []} for e in ents],
        "sources": [{"article_id": f"a{i}", "url": f"https://news{i % 7}.example.org/{i}", "source": f"news{i % 7}"}],
        "text_snippet": text,
    }


def realistic(rng: random.Random, i: int) -> Subscription:
    ent = rng.choice(ENTITIES)
    return Subscription.from_body({
        "id": f"s{i}", "name": "x",
        "filters": {"entities": [ent[0], ent[2]], "countries": [rng.choice(ENTITIES)[1]],
                    "query": f'({rng.choice(WORDS)} OR "{rng.choice(WORDS)} {rng.choice(WORDS)}") AND NOT {rng.choice(WORDS)}'},
    })


def run(subs: list[Subscription], records: list[dict[str, Any]]) -> tuple[float, int]:
    start = time.perf_counter()
    hits = 0
    for rec in records:
        view = RecordView(rec)  # read once per record, as the alert agent does
        hits += sum(match(s, view) is not None for s in subs)
    return time.perf_counter() - start, hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subs", type=int, default=200)
    parser.add_argument("--records", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(42)
    records = [make_record(rng, i) for i in range(args.records)]
    baseline_subs = [Subscription.from_body({"id": f"b{i}", "name": "x", "filters": {"event_types": [rng.choice(TYPES)]}})
                     for i in range(args.subs)]
    real_subs = [realistic(rng, i) for i in range(args.subs)]
    pairs = args.subs * args.records
    base_t, base_hits = run(baseline_subs, records)
    real_t, real_hits = run(real_subs, records)
    print(f"pairs per run: {pairs} ({args.subs} subscriptions × {args.records} records)")
    print(f"baseline (event type only): {pairs / base_t:,.0f} pairs/s, {base_hits} matches")
    print(f"realistic (entities + countries + query): {pairs / real_t:,.0f} pairs/s, {real_hits} matches")
    print(f"ratio realistic/baseline time: {real_t / base_t:.2f}x")


if __name__ == "__main__":
    main()
