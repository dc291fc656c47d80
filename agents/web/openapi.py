"""The OpenAPI 3.1 document of the subscriptions API and the alert stream.

Built from the same JSON Schemas the server validates with, so the document cannot drift
from the behaviour.  OpenAPI 3.1 uses JSON Schema 2020-12, so the schemas go in as they are.
"""

from __future__ import annotations

import copy
from typing import Any

from agents.web.broadcaster import EVENT_TYPES
from rasd import __version__
from rasd.alerts.alert import SEVERITIES
from rasd.alerts.subscription import body_schema

__all__ = ["openapi_document"]


def _schema(name: str) -> dict[str, Any]:
    try:
        from schemas import load_schema
    except ImportError:  # the schemas package is the lead's; the document still serves
        return {"type": "object"}
    out = copy.deepcopy(load_schema(name))
    out.pop("$schema", None)
    return out


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def openapi_document(max_body_bytes: int) -> dict[str, Any]:
    body = copy.deepcopy(body_schema())
    body.pop("$schema", None)
    patch = copy.deepcopy(body)
    patch.pop("required", None)
    patch["description"] = (
        "A JSON merge patch (RFC 7396) of a subscription body: null removes a field."
    )
    sub_ref = {"$ref": "#/components/schemas/Subscription"}
    json_body = {"application/json": {"schema": {"$ref": "#/components/schemas/SubscriptionBody"}}}
    id_param = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$"},
    }
    common = {
        "400": _error("The body is not JSON, or a parameter is invalid."),
        "401": _error("Missing or wrong bearer token."),
        "503": _error("The subscription store is not available; try again."),
    }

    def stream_param(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
        return {
            "name": name,
            "in": "query",
            "required": False,
            "schema": schema,
            "description": description,
        }

    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Rasd alerts API",
            "version": __version__,
            "description": (
                "Subscriptions to sanctions and alliance alerts from Arabic and English news, and a "
                "live stream of alerts. Every request needs `Authorization: Bearer <RASD_API_TOKEN>`; "
                "when no token is configured the API answers clients on the same machine only."
            ),
        },
        "security": [{"bearerAuth": []}],
        "paths": {
            "/subscriptions": {
                "get": {
                    "summary": "List subscriptions (webhook secrets are never returned)",
                    "responses": {
                        "200": {
                            "description": "All subscriptions",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["subscriptions", "count"],
                                        "properties": {
                                            "subscriptions": {"type": "array", "items": sub_ref},
                                            "count": {"type": "integer"},
                                        },
                                    }
                                }
                            },
                        },
                        **common,
                    },
                },
                "post": {
                    "summary": "Create a subscription",
                    "requestBody": {"required": True, "content": json_body},
                    "responses": {
                        "201": {
                            "description": "Created",
                            "headers": {"Location": {"schema": {"type": "string"}}},
                            "content": {"application/json": {"schema": sub_ref}},
                        },
                        "409": _error(
                            "A subscription with this id exists (use PUT to replace it)."
                        ),
                        "413": _error(f"The body is larger than {max_body_bytes} bytes."),
                        "415": _error("The body is not application/json."),
                        "422": _error(
                            "The body is JSON but not a valid subscription; `errors` lists each field."
                        ),
                        **common,
                    },
                },
            },
            "/subscriptions/{id}": {
                "parameters": [id_param],
                "get": {
                    "summary": "One subscription",
                    "responses": {
                        "200": {
                            "description": "Found",
                            "content": {"application/json": {"schema": sub_ref}},
                        },
                        "404": _error("No such subscription."),
                        **common,
                    },
                },
                "put": {
                    "summary": "Create or replace a subscription (an omitted webhook secret keeps the stored one)",
                    "requestBody": {"required": True, "content": json_body},
                    "responses": {
                        "200": {
                            "description": "Replaced",
                            "content": {"application/json": {"schema": sub_ref}},
                        },
                        "201": {
                            "description": "Created",
                            "content": {"application/json": {"schema": sub_ref}},
                        },
                        "413": _error("Body too large."),
                        "415": _error("Not JSON."),
                        "422": _error("Not a valid subscription."),
                        **common,
                    },
                },
                "patch": {
                    "summary": "Change some fields (JSON merge patch)",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/merge-patch+json": {
                                "schema": {"$ref": "#/components/schemas/SubscriptionPatch"}
                            },
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/SubscriptionPatch"}
                            },
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "Updated",
                            "content": {"application/json": {"schema": sub_ref}},
                        },
                        "404": _error("No such subscription."),
                        "413": _error("Body too large."),
                        "415": _error("Not JSON."),
                        "422": _error("The result is not a valid subscription."),
                        **common,
                    },
                },
                "delete": {
                    "summary": "Delete a subscription",
                    "responses": {
                        "204": {"description": "Deleted"},
                        "404": _error("No such subscription."),
                        **common,
                    },
                },
            },
            "/alerts/stream": {
                "get": {
                    "summary": "Live alerts as Server-Sent Events",
                    "description": (
                        "Each alert is an `event: alert` whose `id` is `<alert id>:<revision>` and whose `data` is "
                        "the alert JSON. Comments (`: heartbeat`) keep the connection open. A client that does "
                        "not keep up is disconnected after a final `: dropped` comment and may reconnect. "
                        "Filters may repeat or be comma-separated."
                    ),
                    "parameters": [
                        stream_param(
                            "event_type",
                            {"type": "string", "enum": list(EVENT_TYPES)},
                            "Event type (or surge).",
                        ),
                        stream_param(
                            "entity", {"type": "string"}, "Entity id or English/Arabic name."
                        ),
                        stream_param(
                            "lang",
                            {"type": "string", "enum": ["ar", "en", "other"]},
                            "Article language.",
                        ),
                        stream_param(
                            "severity",
                            {"type": "string", "enum": list(SEVERITIES)},
                            "Minimum severity.",
                        ),
                        stream_param("subscription", {"type": "string"}, "Subscription id."),
                    ],
                    "responses": {
                        "200": {
                            "description": "An endless event stream",
                            "content": {
                                "text/event-stream": {
                                    "schema": {"type": "string"},
                                    "x-event-data": {"$ref": "#/components/schemas/Alert"},
                                }
                            },
                        },
                        "503": _error("Too many stream clients."),
                        **{k: v for k, v in common.items() if k != "503"},
                    },
                }
            },
            "/openapi.json": {
                "get": {
                    "summary": "This document",
                    "security": [],
                    "responses": {"200": {"description": "OpenAPI 3.1 document"}},
                }
            },
        },
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "SubscriptionBody": body,
                "SubscriptionPatch": patch,
                "Subscription": _schema("subscription"),
                "Alert": _schema("alert"),
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "string",
                            "description": "What went wrong and what to do.",
                        },
                        "errors": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["field", "message"],
                                "properties": {
                                    "field": {"type": "string"},
                                    "message": {"type": "string"},
                                },
                            },
                        },
                    },
                },
            },
        },
    }
