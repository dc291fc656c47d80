"""Subscriptions: what a subscriber wants to be alerted about, and how it is delivered.

A subscription is built from a request body (``Subscription.from_body``) or from its record
on the subscriptions topic (``Subscription.from_record``).  Bodies are validated against
``subscription.schema.json`` plus the checks a schema cannot express (the keyword query
parses, the webhook URL is not a private address); every problem is reported as a
``FieldError`` with its JSON path, all at once, in ``SubscriptionError.errors``.

Filters combine with AND; the values inside one filter combine with OR.  ``statuses``
defaults to ``occurred`` and ``planned``: historical, negated and stalled events alert only
when a subscriber asks for them.
"""

from __future__ import annotations

import copy
import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from rasd.alerts._text import tokens
from rasd.alerts.query import Query, QuerySyntaxError, parse_query
from rasd.errors import InputError
from rasd.netguard import AllowList, BlockedAddress, check_url

__all__ = [
    "DEFAULT_STATUSES",
    "Delivery",
    "FieldError",
    "Filters",
    "Subscription",
    "SubscriptionError",
    "Webhook",
    "body_schema",
    "merge_patch",
    "new_subscription_id",
    "validate_body",
]

SCHEMA_VERSION = 1
DEFAULT_STATUSES = ("occurred", "planned")
DELIVERY_MODES = ("immediate", "hourly_digest")


@dataclass(frozen=True, slots=True)
class FieldError:
    path: str  # JSON path of the field, e.g. "filters/statuses/0"; "" for the body itself
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.path or "(body)", "message": self.message}

    def __str__(self) -> str:
        return f"{self.path or '(body)'}: {self.message}"


class SubscriptionError(InputError):
    """A subscription body that cannot be accepted; ``errors`` lists every problem."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("invalid subscription: " + "; ".join(str(e) for e in errors))
        self.errors = errors


@cache
def body_schema() -> dict[str, Any]:
    text = resources.files("rasd.alerts").joinpath("subscription.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(body_schema())


def _describe(error: ValidationError) -> str:
    """A message for a person; jsonschema's own messages echo whole values and say little."""
    v = error.validator
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        known = ", ".join(sorted(error.schema.get("properties", {})))
        return f"unknown field(s) {', '.join(map(repr, extra))}; known fields: {known}"
    if v == "required":
        return error.message.replace("is a required property", "is required")
    if v == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return f"{error.instance!r} is not one of: {allowed}"
    if v == "type":
        return f"must be {'an' if str(error.validator_value)[0] in 'aeio' else 'a'} {error.validator_value}"
    if v == "pattern" and error.path and error.path[-1] == "id":
        return "use 1-128 letters, digits, '-' or '_', starting with a letter or digit"
    if v == "pattern" and error.path and error.path[-1] == "url":
        return "must be an http:// or https:// URL"
    if v == "minLength":
        return f"must have at least {error.validator_value} characters"
    if v == "maxLength":
        return f"must have at most {error.validator_value} characters"
    if v == "uniqueItems":
        return "has the same value twice"
    if v in {"minimum", "maximum"}:
        return f"must be between 0 and 1 (got {error.instance!r})"
    return error.message[:200]


def validate_body(body: Any, *, allow: AllowList | None = None) -> list[FieldError]:
    """Every problem with a subscription body, as field path + reason (empty: valid)."""
    if not isinstance(body, dict):
        return [FieldError("", "the body must be a JSON object")]
    errors = [
        FieldError("/".join(str(p) for p in e.absolute_path), _describe(e))
        for e in sorted(_validator().iter_errors(body), key=lambda e: list(map(str, e.absolute_path)))
    ]
    bad_paths = {e.path for e in errors}
    query = (body.get("filters") or {}).get("query") if isinstance(body.get("filters"), dict) else None
    if isinstance(query, str) and "filters/query" not in bad_paths:
        try:
            parse_query(query)
        except QuerySyntaxError as exc:
            errors.append(FieldError("filters/query", str(exc).removeprefix("query: ")))
    delivery = body.get("delivery")
    hook = delivery.get("webhook") if isinstance(delivery, dict) else None
    url = hook.get("url") if isinstance(hook, dict) else None
    if isinstance(url, str) and "delivery/webhook/url" not in bad_paths:
        try:
            check_url(url, allow or AllowList())
        except BlockedAddress as exc:
            errors.append(FieldError("delivery/webhook/url", str(exc)))
    return errors


def name_keys(names: tuple[str, ...] | list[str]) -> frozenset[str]:
    """How ids and names are compared: case-folded as given, and as normalised tokens."""
    out = {n.casefold() for n in names} | {" ".join(tokens(n)) for n in names}
    out.discard("")
    return frozenset(out)


def new_subscription_id() -> str:
    return "sub_" + secrets.token_hex(8)


@dataclass(frozen=True, slots=True)
class Filters:
    entities: tuple[str, ...] = ()
    entity_types: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    min_confidence: float | None = None
    sanctioned_entity: bool = False
    query: str | None = None
    compiled_query: Query | None = field(default=None, compare=False, repr=False)
    # normalised forms of ``entities`` / ``countries``, computed once (matching is hot)
    entity_keys: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)
    country_keys: frozenset[str] = field(default=frozenset(), init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.query and self.compiled_query is None:
            object.__setattr__(self, "compiled_query", parse_query(self.query))
        object.__setattr__(self, "entity_keys", name_keys(self.entities))
        object.__setattr__(self, "country_keys", name_keys(self.countries))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Filters:
        def tup(name: str) -> tuple[str, ...]:
            return tuple(data.get(name) or ())

        return cls(
            entities=tup("entities"),
            entity_types=tup("entity_types"),
            event_types=tup("event_types"),
            statuses=tuple(data.get("statuses") or DEFAULT_STATUSES),
            countries=tup("countries"),
            languages=tup("languages"),
            sources=tup("sources"),
            min_confidence=data.get("min_confidence"),
            sanctioned_entity=bool(data.get("sanctioned_entity", False)),
            query=data.get("query") or None,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("entities", "entity_types", "event_types", "countries", "languages", "sources"):
            if value := getattr(self, name):
                out[name] = list(value)
        out["statuses"] = list(self.statuses)
        if self.min_confidence is not None:
            out["min_confidence"] = self.min_confidence
        if self.sanctioned_entity:
            out["sanctioned_entity"] = True
        if self.query:
            out["query"] = self.query
        return out


@dataclass(frozen=True, slots=True)
class Webhook:
    url: str
    secret: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class Delivery:
    """Every alert goes to the alerts topic; a webhook, when set, receives it too."""

    mode: str = "immediate"  # immediate | hourly_digest
    webhook: Webhook | None = None

    def to_dict(self, *, redact: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"mode": self.mode, "topic": True}
        if self.webhook is not None:
            out["webhook"] = {"url": self.webhook.url}
            if redact:
                out["webhook"]["has_secret"] = True
            else:
                out["webhook"]["secret"] = self.webhook.secret
        return out


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Subscription:
    id: str
    name: str
    filters: Filters = Filters()
    delivery: Delivery = Delivery()
    created_at: datetime = field(default_factory=_now)
    updated_at: datetime = field(default_factory=_now)

    @classmethod
    def from_body(
        cls,
        body: Any,
        *,
        id: str | None = None,
        created_at: datetime | None = None,
        now: datetime | None = None,
        allow: AllowList | None = None,
    ) -> Subscription:
        """Validate a request body; raise ``SubscriptionError`` listing every problem.

        ``id`` (from the URL of a PUT) wins over an ``id`` in the body, which must then agree.
        """
        errors = validate_body(body, allow=allow)
        if id is not None and isinstance(body, dict) and body.get("id") not in (None, id):
            errors.append(FieldError("id", f"the body says {body.get('id')!r} but the URL says {id!r}"))
        if errors:
            raise SubscriptionError(errors)
        now = now or _now()
        delivery = body.get("delivery") or {}
        hook = delivery.get("webhook")
        return cls(
            id=id or body.get("id") or new_subscription_id(),
            name=body["name"].strip() or body["name"],
            filters=Filters.from_dict(body.get("filters") or {}),
            delivery=Delivery(
                mode=delivery.get("mode", "immediate"),
                webhook=Webhook(hook["url"], hook["secret"]) if hook else None,
            ),
            created_at=created_at or now,
            updated_at=now,
        )

    def to_body(self) -> dict[str, Any]:
        """The body form (secret included): the base of a PATCH merge."""
        body: dict[str, Any] = {"id": self.id, "name": self.name, "filters": self.filters.to_dict()}
        delivery: dict[str, Any] = {"mode": self.delivery.mode}
        if self.delivery.webhook is not None:
            delivery["webhook"] = {"url": self.delivery.webhook.url, "secret": self.delivery.webhook.secret}
        body["delivery"] = delivery
        return body

    def to_record(self, *, redact: bool = False) -> dict[str, Any]:
        """The subscriptions-topic record (``schemas/subscription``); ``redact`` hides the secret."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "name": self.name,
            "filters": self.filters.to_dict(),
            "delivery": self.delivery.to_dict(redact=redact),
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Subscription:
        """Load a topic record; a bad one raises ``SubscriptionError`` (dead-letter it)."""
        body = {k: record[k] for k in ("id", "name", "filters", "delivery") if k in record}
        delivery = dict(body.get("delivery") or {})
        delivery.pop("topic", None)
        body["delivery"] = delivery
        try:
            created = datetime.fromisoformat(record["created_at"])
            updated = datetime.fromisoformat(record["updated_at"])
        except (KeyError, TypeError, ValueError):
            raise SubscriptionError([FieldError("created_at", "missing or not an ISO 8601 time")]) from None
        # Private targets were checked when the subscription was accepted (with the
        # allow-list of that time); delivery checks the resolved address again.
        sub = cls.from_body(body, created_at=created, now=updated, allow=AllowList.parse("0.0.0.0/0,::/0"))
        return sub


def merge_patch(target: dict[str, Any], patch: Any) -> Any:
    """RFC 7396 JSON merge patch: ``null`` deletes a member, objects merge, the rest replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(out.get(key, {}), value)
    return out
