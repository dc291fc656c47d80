"""``rasd feeds add | list | remove | check`` through click's CliRunner."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from agents.cli import cli

SAMPLES = Path(__file__).resolve().parents[2] / "rasd" / "samples" / "feeds"


@pytest.fixture
def runner(monkeypatch, tmp_path):
    monkeypatch.setenv("RASD_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("RASD_FEEDS_FILE", raising=False)
    monkeypatch.delenv("RASD_ALLOW_PRIVATE_HOSTS", raising=False)
    monkeypatch.delenv("RASD_CONFIG", raising=False)
    return CliRunner()


@pytest.fixture
def sample_http():
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(SAMPLES)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_add_list_remove(runner, tmp_path):
    file_ = str(tmp_path / "feeds.yaml")
    added = runner.invoke(cli, ["feeds", "add", "https://news.example/rss", "--lang", "ar", "--country", "sy",
                                "--interval", "15m", "--tag", "syria", "--name", "News", "--file", file_])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(cli, ["feeds", "list", "--file", file_])
    assert "https://news.example/rss" in listed.output and "900s" in listed.output
    removed = runner.invoke(cli, ["feeds", "remove", "https://news.example/rss", "--file", file_])
    assert removed.exit_code == 0
    assert "no feeds" in runner.invoke(cli, ["feeds", "list", "--file", file_]).output


def test_feeds_file_setting_is_the_default(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("RASD_FEEDS_FILE", str(tmp_path / "from-setting.yaml"))
    assert runner.invoke(cli, ["feeds", "add", "https://news.example/rss"]).exit_code == 0
    assert (tmp_path / "from-setting.yaml").exists()


def test_bad_input_gets_a_message_not_a_traceback(runner, tmp_path):
    file_ = str(tmp_path / "feeds.yaml")
    bad = runner.invoke(cli, ["feeds", "add", "not a url", "--file", file_])
    assert bad.exit_code != 0 and "http:// or https://" in bad.output and "Traceback" not in bad.output
    bad = runner.invoke(cli, ["feeds", "add", "https://x.example/", "--interval", "1s", "--file", file_])
    assert "impolite" in bad.output
    missing = runner.invoke(cli, ["feeds", "remove", "https://nope.example/", "--file", file_])
    assert missing.exit_code != 0 and "no feed" in missing.output
    (tmp_path / "broken.yaml").write_text("feeds: [unclosed", encoding="utf-8")
    broken = runner.invoke(cli, ["feeds", "list", "--file", str(tmp_path / "broken.yaml")])
    assert broken.exit_code != 0 and "not valid YAML" in broken.output


def test_check_prints_health_and_items(runner, sample_http):
    result = runner.invoke(cli, ["feeds", "check", f"{sample_http}/akhbar-ar.rss", "--allow-private", "127.0.0.1"])
    assert result.exit_code == 0, result.output
    assert "health: ok" in result.output and "items: 3" in result.output
    assert "[ar]" in result.output and "انضمام سوريا" in result.output


def test_check_refuses_private_addresses_unless_allowed(runner, sample_http):
    result = runner.invoke(cli, ["feeds", "check", f"{sample_http}/akhbar-ar.rss"])
    assert result.exit_code == 1
    assert "health: failing" in result.output and "loopback" in result.output
