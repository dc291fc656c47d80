#!/usr/bin/env bash
# Installs what Rasd needs on a fresh machine: system packages (Java 17+ and Maven for the
# embedded Kafka broker; Chromium for the browser tests) and the Python environment (.venv).
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=${RASD_WITH_BROWSER:-0}
missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || missing+=(maven)
if [ "$want_browser" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  missing+=(chromium)
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "bootstrap: please install ${missing[*]} (Java 17+, Maven${want_browser:+, Chromium}) and run again." >&2
    exit 1
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
# RASD_COMPILE=1 (the default) builds the analysis core with mypyc (setup.py): ~1.4x faster.
# RASD_COMPILE=0 installs it as pure Python, for editing those modules.
compile=${RASD_COMPILE:-1}
stamp=.venv/.rasd-install
changed=$(find pyproject.toml setup.py rasd \( -name '*.py' -o -name '*.toml' \) -newer "$stamp" 2>/dev/null | head -1 || true)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "compile=$compile" ] && [ -z "$changed" ]; then
  echo "bootstrap: Python environment up to date (compile=$compile)"
  exit 0
fi
.venv/bin/python -m pip install -q --upgrade pip
find rasd -name '*.so' -delete
rm -f rasd_core__mypyc*.so
if [ "$compile" = 1 ]; then
  echo "bootstrap: installing Rasd with its analysis core compiled (mypyc, about two minutes)"
fi
RASD_COMPILE=$compile .venv/bin/python -m pip install -q -e '.[dev]'
echo "compile=$compile" > "$stamp"
