import pytest

from rasd.errors import ConfigError
from rasd.settings import Settings, settings_reference


def test_defaults_run_against_the_embedded_broker():
    s = Settings.load(env={})
    assert s.embedded and s.bootstrap == "127.0.0.1:9092"


def test_environment_overrides_config_file(tmp_path):
    cfg = tmp_path / "rasd.toml"
    cfg.write_text('broker_port = 19092\nlog_level = "DEBUG"\n')
    s = Settings.load(env={"RASD_CONFIG": str(cfg), "RASD_BROKER_PORT": "29092"})
    assert s.broker_port == 29092 and s.log_level == "DEBUG"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"RASD_BROKER_PORT": "abc"}, "whole number"),
        ({"RASD_WEB_PORT": "70000"}, "1 to 65535"),
        ({"RASD_LOG_LEVEL": "LOUD"}, "DEBUG"),
        ({"RASD_EVENT_LOOP": "trio"}, "RASD_EVENT_LOOP=trio: use uvloop or asyncio"),
        ({"RASD_PRODUCER_COMPRESSION": "brotli"}, "RASD_PRODUCER_COMPRESSION=brotli: use zstd, lz4, snappy"),
        ({"RASD_CONFIG": "/nonexistent/rasd.toml"}, "cannot read"),
    ],
)
def test_bad_settings_name_the_variable(env, message):
    with pytest.raises(ConfigError, match=message):
        Settings.load(env=env)


def test_unknown_key_in_config_file(tmp_path):
    cfg = tmp_path / "rasd.toml"
    cfg.write_text("brokr_port = 1\n")
    with pytest.raises(ConfigError, match="brokr_port"):
        Settings.load(env={"RASD_CONFIG": str(cfg)})


def test_secrets_are_redacted():
    s = Settings.load(env={"RASD_SASL_PASSWORD": "hunter2", "RASD_API_TOKEN": "t0k"})
    shown = s.redacted()
    assert shown["sasl_password"] == "***" and shown["api_token"] == "***"
    assert "hunter2" not in repr(shown)


def test_reference_lists_every_setting():
    ref = settings_reference()
    assert "RASD_KAFKA_BOOTSTRAP" in ref and "RASD_API_TOKEN" in ref
