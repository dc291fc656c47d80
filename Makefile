# The two commands at the top of README.md: `make up` and `make test`.
.PHONY: install install-test pure up test lint bench

install:
	bash scripts/bootstrap.sh

install-test:
	RASD_WITH_BROWSER=1 bash scripts/bootstrap.sh

# The analysis core as pure Python (no compiled modules): for editing rasd/text, entities, events.
pure:
	RASD_COMPILE=0 RASD_WITH_BROWSER=1 bash scripts/bootstrap.sh

# Embedded broker + topics + worker + bundled sample feeds; alerts printed and on the dashboard.
up: install
	.venv/bin/rasd up

# Everything the tests need, then the whole suite (unit, real-broker integration, browser).
test: install-test
	.venv/bin/python -m pytest -p no:cacheprovider

lint:
	.venv/bin/ruff check rasd agents topics schemas tests bench
	.venv/bin/mypy

bench:
	.venv/bin/python -m bench
