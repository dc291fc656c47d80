"""The Kafka jars: an existing install (KAFKA_HOME) or the pinned version from Maven Central.

Maven copies the runtime jars of ``deploy/kafka/pom.xml`` into the user cache directory
(outside the repository), once per version; a manifest written last marks the copy complete,
so the next start runs no Maven at all. A file lock keeps concurrent starts (several test
sessions on one machine) from resolving the same version twice.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import re
import shutil
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from agents.broker.config import ALTERNATIVES, deploy_file
from rasd.errors import BrokerError

logger = logging.getLogger(__name__)

MAVEN_TIMEOUT_S = 900
_VERSION = re.compile(r"^\d+\.\d+\.\d+(?:[-.][A-Za-z0-9]+)*$")
_KAFKA_JAR = re.compile(r"^kafka_2\.1[23]-(.+)\.jar$")


@dataclass(frozen=True)
class KafkaJars:
    version: str
    jars_dir: Path
    source: str  # for status and error messages: "KAFKA_HOME=..." or "cache"

    @property
    def classpath(self) -> str:
        # A JVM classpath wildcard: the directory's jars, in no particular order (fine here:
        # the set has no duplicate classes).
        return str(self.jars_dir / "*")

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.jars_dir.glob("*.jar"))


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("rasd", appauthor=False)) / "kafka"


def check_version(version: str) -> None:
    if not _VERSION.match(version):
        raise BrokerError(
            f"RASD_KAFKA_VERSION={version!r} is not a Kafka release number such as 4.1.1."
        )


def jars_from_kafka_home(kafka_home: str) -> KafkaJars:
    libs = Path(kafka_home).expanduser() / "libs"
    versions = sorted(
        m.group(1) for p in libs.glob("kafka_2.1*.jar") if (m := _KAFKA_JAR.match(p.name))
    )
    if not versions:
        raise BrokerError(
            f"RASD_KAFKA_HOME/KAFKA_HOME={kafka_home} does not look like a Kafka install: "
            f"{libs} has no kafka_2.13-<version>.jar. Point it at the folder that contains bin/ "
            "and libs/ of an unpacked Kafka download, or unset it to let Rasd fetch the jars "
            f"of RASD_KAFKA_VERSION from Maven Central. {ALTERNATIVES}"
        )
    return KafkaJars(version=versions[-1], jars_dir=libs, source=f"KAFKA_HOME={kafka_home}")


def cached_jars(version: str, cache_dir: Path | None = None) -> KafkaJars | None:
    """The cached jars of this version if the cache is complete, else None."""
    jars_dir = (cache_dir or default_cache_dir()) / version / "libs"
    manifest = jars_dir.parent / "manifest.json"
    try:
        expected = json.loads(manifest.read_text(encoding="utf-8"))["jars"]
        complete = all((jars_dir / name).stat().st_size == size for name, size in expected.items())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return KafkaJars(version, jars_dir, "cache") if complete and expected else None


def resolve_jars(
    version: str, cache_dir: Path | None = None, env: Mapping[str, str] | None = None
) -> KafkaJars:
    """The jars of this Kafka version, running Maven only if the cache is incomplete."""
    check_version(version)
    cache_dir = cache_dir or default_cache_dir()
    found = cached_jars(version, cache_dir)
    if found:
        return found
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / f"{version}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        found = cached_jars(version, cache_dir)  # another process may have finished meanwhile
        if found:
            return found
        return _maven_copy(version, cache_dir / version, env)


def _maven_copy(version: str, target: Path, env: Mapping[str, str] | None) -> KafkaJars:
    env = dict(os.environ if env is None else env)
    mvn = shutil.which("mvn", path=env.get("PATH", ""))
    if mvn is None:
        raise BrokerError(
            f"Kafka {version}'s jars are not in the cache ({target}) and Maven (`mvn`) is not on "
            "PATH to fetch them. Install Maven 3.6+ (Debian/Ubuntu: `apt-get install maven`; "
            "macOS: `brew install maven`), or set RASD_KAFKA_HOME to an unpacked Kafka download. "
            f"{ALTERNATIVES}"
        )
    pom = deploy_file("pom.xml")
    staging = target / "libs.partial"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    command = [
        mvn,
        "-q",
        "-B",
        "-f",
        str(pom),
        f"-Dkafka.version={version}",
        f"-Doutput.dir={staging}",
        "dependency:copy-dependencies",
    ]
    logger.info("fetching Kafka %s jars with Maven into %s", version, target)
    started = time.monotonic()
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=MAVEN_TIMEOUT_S, env=env, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise BrokerError(
            f"Maven did not finish fetching Kafka {version} within {MAVEN_TIMEOUT_S} s. Check "
            f"that Maven Central is reachable (a proxy in ~/.m2/settings.xml?). {ALTERNATIVES}",
            retriable=True,
        ) from exc
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip().splitlines()
        missing = any("Could not find artifact" in line or "not found" in line for line in output)
        advice = (
            f"Kafka {version} may not exist on Maven Central: set RASD_KAFKA_VERSION to a "
            "released version (such as 4.1.1)."
            if missing
            else "Check the network and proxy settings for Maven Central (~/.m2/settings.xml)."
        )
        tail = "\n".join(output[-12:])
        raise BrokerError(
            f"Maven could not fetch the jars of Kafka {version} (exit {result.returncode}). "
            f"{advice} Or set RASD_KAFKA_HOME to an unpacked Kafka download. {ALTERNATIVES}\n"
            f"Maven said:\n{tail}",
            retriable=not missing,
        )
    jars = {p.name: p.stat().st_size for p in staging.glob("*.jar")}
    if not any(_KAFKA_JAR.match(name) for name in jars):
        raise BrokerError(f"Maven succeeded but copied no kafka_2.13 jar into {staging}.")
    libs = target / "libs"
    shutil.rmtree(libs, ignore_errors=True)
    os.replace(staging, libs)
    # The manifest goes last: its presence is what makes the cache count as complete.
    (target / "manifest.json").write_text(
        json.dumps({"version": version, "jars": jars}, indent=1), encoding="utf-8"
    )
    logger.info(
        "fetched %d jars (%.1f MB) in %.1f s",
        len(jars),
        sum(jars.values()) / 1e6,
        time.monotonic() - started,
    )
    return KafkaJars(version, libs, "cache")
