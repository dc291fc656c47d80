"""The broker's JVM process: launch detached, recognise it by pid, stop it gracefully."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

logger = logging.getLogger(__name__)

MAIN_CLASS = "kafka.Kafka"
_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM it when the parent dies (Linux), so a killed test
    session does not leave a 512 MB JVM behind. Best effort elsewhere."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def launch(
    command: Sequence[str], cwd: Path, console_log: Path, *, detached: bool
) -> subprocess.Popen[bytes]:
    """Start the JVM in its own session with output to console_log. Detached means it
    outlives this process (the CLI); otherwise it dies with it (tests)."""
    preexec: Callable[[], None] | None = None if detached else _die_with_parent
    with open(console_log, "ab") as out:
        return subprocess.Popen(
            list(command),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=preexec,
        )


def read_pid(pid_file: Path) -> int | None:
    try:
        return int(pid_file.read_text().strip())
    except (OSError, ValueError):
        return None


def is_broker_process(pid: int, marker: str) -> bool:
    """Whether pid is alive and is our broker: its command line names the main class and
    this node's config file (marker), so a recycled pid is never taken for the broker."""
    proc = Path(f"/proc/{pid}")
    if proc.exists():
        try:
            stat = (proc / "stat").read_text()
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            return False
        state = stat.rsplit(")", 1)[-1].split()[0] if ")" in stat else "?"
        return state not in {"Z", "X"} and MAIN_CLASS in cmdline and marker in cmdline
    try:  # no /proc (macOS): liveness only
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def terminate_all(
    processes: Sequence[tuple[int, str, subprocess.Popen[bytes] | None]], timeout: float
) -> list[int]:
    """SIGTERM every (pid, marker, child) at once (Kafka's clean shutdown; one at a time
    would leave the last nodes of a quorum waiting for controllers already gone), wait up to
    timeout in all, then SIGKILL the rest. Returns the pids that had to be killed."""
    alive = [p for p in processes if is_broker_process(p[0], p[1])]
    for pid, _, _ in alive:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    killed = []
    for pid, marker, child in alive:
        if _wait_gone(pid, marker, deadline - time.monotonic(), child):
            continue
        logger.warning(
            "broker pid %d still running %.0f s after SIGTERM: sending SIGKILL", pid, timeout
        )
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        _wait_gone(pid, marker, 10.0, child)
        killed.append(pid)
    return killed


def _wait_gone(
    pid: int, marker: str, timeout: float, child: subprocess.Popen[bytes] | None
) -> bool:
    deadline = time.monotonic() + max(timeout, 0.0)
    while True:
        if child is not None and child.poll() is not None:
            return True  # reaped: no zombie left behind
        if not is_broker_process(pid, marker):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
