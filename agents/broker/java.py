"""Finding a Java runtime new enough for the Kafka version that will run."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from agents.broker.config import ALTERNATIVES
from rasd.errors import BrokerError

logger = logging.getLogger(__name__)

_VERSION = re.compile(r'version "(\d+)(?:\.(\d+))?[^"]*"')


@dataclass(frozen=True)
class Java:
    executable: str
    major: int


def required_java(kafka_version: str) -> int:
    """Kafka 4.x brokers need Java 17; 3.x brokers run on 11."""
    major = kafka_version.split(".", 1)[0]
    return 17 if not major.isdigit() or int(major) >= 4 else 11


def parse_java_major(version_output: str) -> int | None:
    """The major version from `java -version` output: "17.0.15" -> 17, "1.8.0_392" -> 8."""
    match = _VERSION.search(version_output)
    if not match:
        return None
    first, second = int(match.group(1)), match.group(2)
    return int(second) if first == 1 and second else first


def find_java(kafka_version: str, env: Mapping[str, str] | None = None) -> Java:
    """The java to run the broker with: $JAVA_HOME/bin/java, else the first on PATH."""
    env = os.environ if env is None else env
    needed = required_java(kafka_version)
    install_hint = (
        f"Install a Java {needed}+ runtime (Debian/Ubuntu: `apt-get install openjdk-{needed}-jre-headless`; "
        f"macOS: `brew install openjdk@{needed}`) and put it on PATH or set JAVA_HOME."
    )
    java_home = env.get("JAVA_HOME", "")
    if java_home:
        executable = str(Path(java_home) / "bin" / "java")
        if not os.access(executable, os.X_OK):
            raise BrokerError(
                f"JAVA_HOME={java_home} has no bin/java, so the embedded Kafka broker cannot run. "
                f"Point JAVA_HOME at a Java {needed}+ install or unset it to use the java on PATH. "
                f"{ALTERNATIVES}"
            )
    else:
        found = shutil.which("java", path=env.get("PATH", ""))
        if found is None:
            raise BrokerError(
                f"No `java` on PATH: the embedded Kafka {kafka_version} broker needs Java {needed} "
                f"or newer. {install_hint} {ALTERNATIVES}"
            )
        executable = found
    try:
        result = subprocess.run(
            [executable, "-version"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BrokerError(f"Could not run `{executable} -version` ({exc}). {install_hint}") from exc
    major = parse_java_major(result.stderr + result.stdout)
    if major is None:
        raise BrokerError(
            f"`{executable} -version` did not print a Java version "
            f"({(result.stderr or result.stdout).strip()[:200]!r}). {install_hint}"
        )
    if major < needed:
        raise BrokerError(
            f"{executable} is Java {major}, but Kafka {kafka_version} needs Java {needed} or newer. "
            f"{install_hint} {ALTERNATIVES}"
        )
    logger.debug("using %s (Java %d)", executable, major)
    return Java(executable, major)
