"""README's settings table is generated from the settings object and must not drift."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from agents.cli import cli
from rasd.settings import settings_reference

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_settings_section() -> str:
    text = README.read_text(encoding="utf-8")
    assert "\n## Settings\n" in text, "README.md has no '## Settings' section"
    section = text.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line for line in section.splitlines() if line.startswith("|"))


def test_readme_settings_table_matches_the_settings():
    assert readme_settings_section() == settings_reference(), (
        "README.md's ## Settings table differs from rasd/settings.py; regenerate it with "
        "`rasd settings --markdown` and paste it under ## Settings"
    )


def test_every_setting_is_documented_once():
    rows = settings_reference().splitlines()[2:]
    variables = [row.split("`")[1] for row in rows]
    assert len(variables) == len(set(variables))
    assert {"RASD_SHUTDOWN_TIMEOUT", "RASD_READY_MAX_LAG", "RASD_LAG_INTERVAL"} <= set(variables)
    assert all(row.rstrip(" |").split("|")[-1].strip() for row in rows), "a setting without a meaning"


def test_settings_command_prints_the_reference():
    result = CliRunner().invoke(cli, ["settings", "--markdown"])
    assert result.exit_code == 0
    assert result.output.strip() == settings_reference()
