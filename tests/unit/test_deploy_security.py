"""Secured clusters: TLS and SASL (PLAIN, SCRAM) reach aiokafka and Faust as they should,
and secrets never show in reprs, the redacted settings or `rasd settings`."""

from __future__ import annotations

import ssl

import pytest
from click.testing import CliRunner
from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

from agents.app import _credentials
from agents.cli import cli
from agents.kafka_client import client_kwargs
from rasd.errors import ConfigError
from rasd.settings import Settings

PASSWORD = "s3cret-canary-pw"


def secured(protocol: str, mechanism: str = "") -> Settings:
    return Settings.load(env={
        "RASD_KAFKA_BOOTSTRAP": "kafka-1:9093,kafka-2:9093",
        "RASD_SECURITY_PROTOCOL": protocol,
        "RASD_SASL_MECHANISM": mechanism,
        "RASD_SASL_USERNAME": "rasd",
        "RASD_SASL_PASSWORD": PASSWORD,
    })


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "SCRAM-SHA-512", "PLAIN"])
@pytest.mark.parametrize("protocol", ["SASL_PLAINTEXT", "SASL_SSL"])
def test_sasl_reaches_plain_aiokafka_clients(protocol, mechanism):
    kwargs = client_kwargs(secured(protocol, mechanism))
    assert kwargs["bootstrap_servers"] == "kafka-1:9093,kafka-2:9093"
    assert kwargs["security_protocol"] == protocol
    assert kwargs["sasl_mechanism"] == mechanism
    # aiokafka takes the SCRAM credentials in its sasl_plain_* arguments too.
    assert kwargs["sasl_plain_username"] == "rasd" and kwargs["sasl_plain_password"] == PASSWORD
    assert isinstance(kwargs.get("ssl_context"), ssl.SSLContext) == (protocol == "SASL_SSL")


@pytest.mark.parametrize("mechanism", ["SCRAM-SHA-256", "SCRAM-SHA-512", "PLAIN"])
@pytest.mark.parametrize("protocol", ["SASL_PLAINTEXT", "SASL_SSL"])
def test_sasl_reaches_the_faust_consumer_and_producer(protocol, mechanism):
    auth = credentials_to_aiokafka_auth(_credentials(secured(protocol, mechanism)))
    assert auth["security_protocol"] == protocol
    assert auth["sasl_mechanism"] == mechanism
    assert auth["sasl_plain_username"] == "rasd" and auth["sasl_plain_password"] == PASSWORD


def test_sasl_without_mechanism_means_plain():
    settings = secured("SASL_PLAINTEXT")
    assert client_kwargs(settings)["sasl_mechanism"] == "PLAIN"
    assert credentials_to_aiokafka_auth(_credentials(settings))["sasl_mechanism"] == "PLAIN"


def test_tls_only():
    settings = secured("SSL")
    kwargs = client_kwargs(settings)
    assert kwargs["security_protocol"] == "SSL" and "sasl_mechanism" not in kwargs
    assert credentials_to_aiokafka_auth(_credentials(settings))["security_protocol"] == "SSL"


def test_plaintext_sends_no_credentials():
    kwargs = client_kwargs(Settings.load(env={"RASD_SASL_PASSWORD": PASSWORD}))
    assert PASSWORD not in repr(kwargs)
    assert _credentials(Settings.load(env={})) is None


def test_unknown_sasl_mechanism_is_refused_with_the_choices():
    with pytest.raises(ConfigError, match="SCRAM-SHA-256"):
        secured("SASL_SSL", "SCRAM-SHA-1")


def test_secrets_are_hidden_from_repr_redacted_and_the_cli(monkeypatch):
    settings = secured("SASL_SSL", "SCRAM-SHA-512")
    assert PASSWORD not in repr(settings)
    assert settings.redacted()["sasl_password"] == "***"
    assert PASSWORD not in repr(_credentials(settings))
    monkeypatch.setenv("RASD_SASL_PASSWORD", PASSWORD)
    monkeypatch.setenv("RASD_API_TOKEN", "token-canary")
    result = CliRunner().invoke(cli, ["settings"])
    assert result.exit_code == 0
    assert "RASD_SASL_PASSWORD=***" in result.output
    assert PASSWORD not in result.output and "token-canary" not in result.output
