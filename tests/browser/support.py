"""Constants and helpers shared by the browser tests and their fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

API_TOKEN = "dashboard-test-token-0123456789"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"


async def screenshot(page: Any, name: str) -> Path:
    """Save the whole page as ``test-output/screenshots/<name>.png`` for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    return path
