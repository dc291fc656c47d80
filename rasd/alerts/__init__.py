"""Alerts and subscriptions: the pure core behind the alert agent, the API and delivery.

- ``subscription``: what a subscriber wants (filters, keyword query, delivery), validated
  with per-field messages;
- ``query``: the keyword query language (AND / OR / NOT, parentheses, phrases; Arabic and
  English, normalised);
- ``rules``: ``match(subscription, event_record)`` and why it matched;
- ``alert``: alert ids, revisions, severity and the new / update / nothing decision;
- ``summary``: one-line summaries in English and Arabic;
- ``surge``: mention surges per entity in tumbling windows.

No Kafka and no HTTP here: ``agents/`` does the I/O.
"""

from rasd.alerts.alert import (
    SEVERITIES,
    Alert,
    AlertBook,
    AlertState,
    Decision,
    alert_id,
    decide,
    severity,
)
from rasd.alerts.query import QuerySyntaxError, SearchText, parse_query
from rasd.alerts.rules import MatchResult, RecordView, match
from rasd.alerts.subscription import (
    DEFAULT_STATUSES,
    Delivery,
    FieldError,
    Filters,
    Subscription,
    SubscriptionError,
    Webhook,
    merge_patch,
    validate_body,
)
from rasd.alerts.summary import event_summary, surge_summary
from rasd.alerts.surge import Surge, SurgeConfig, SurgeDetector, match_surge, surge_alert

__all__ = [
    "DEFAULT_STATUSES",
    "SEVERITIES",
    "Alert",
    "AlertBook",
    "AlertState",
    "Decision",
    "Delivery",
    "FieldError",
    "Filters",
    "MatchResult",
    "QuerySyntaxError",
    "RecordView",
    "SearchText",
    "Subscription",
    "SubscriptionError",
    "Surge",
    "SurgeConfig",
    "SurgeDetector",
    "Webhook",
    "alert_id",
    "decide",
    "event_summary",
    "match",
    "match_surge",
    "merge_patch",
    "parse_query",
    "severity",
    "surge_alert",
    "surge_summary",
    "validate_body",
]
