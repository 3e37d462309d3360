# CityPeers: `make run` serves the demo site, `make test` runs every check and test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Where `make run` serves the demo: the address in its emails and absolute links, and the
# Wagtail Site's host and port (seed_demo sets them from it).
RUN_URL := http://127.0.0.1:$(PORT)
RUN_ENV := PUBLIC_BASE_URL=$(RUN_URL) WAGTAILADMIN_BASE_URL=$(RUN_URL)
MANAGE := $(PY) manage.py
LOCALES := -l es -l zh_Hans -l sk
MSG_IGNORE := --ignore=.venv --ignore=var --ignore=media --ignore=staticfiles --ignore=tests

.PHONY: run test venv messages compilemessages lint check-catalogs migrate seed clean prod prod-stop bench e2e e2e-deps

$(VENV)/.installed: pyproject.toml
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	@rm -rf build *.egg-info
	@touch $@

venv: $(VENV)/.installed

# Browser tests (tests/e2e, marked e2e): Playwright drives Debian's Chromium (never a browser
# download), with a CJK font for the Chinese pages, and axe-core vendored from npm into var/.
CHROMIUM := /usr/bin/chromium
CJK_FONT := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
AXE_CORE_VERSION := 4.14.1
AXE_JS := var/node/node_modules/axe-core/axe.min.js
# The Nu Html Checker (tests/e2e/test_validators.py), vendored from npm like axe-core; runs on
# Debian's Java.
VNU_VERSION := 26.9.27
VNU_JAR := var/node/node_modules/vnu-jar/build/dist/vnu.jar

e2e-deps: $(AXE_JS) $(VNU_JAR)
	@test -x $(CHROMIUM) -a -f $(CJK_FONT) || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei)
	@command -v java >/dev/null || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless)

# npm removes what an earlier `--no-save` install put in var/node, so this installs both.
$(VNU_JAR): | $(AXE_JS)
	npm install --no-save --no-audit --no-fund --silent --prefix var/node \
		axe-core@$(AXE_CORE_VERSION) vnu-jar@$(VNU_VERSION)

$(AXE_JS):
	npm install --no-save --no-audit --no-fund --silent --prefix var/node axe-core@$(AXE_CORE_VERSION)

# Only the browser tests (`make test` runs them too).
e2e: venv compilemessages e2e-deps
	$(VENV)/bin/pytest -m e2e

compilemessages: venv
	$(MANAGE) compilemessages --ignore=.venv --verbosity=0

messages: venv
	$(MANAGE) makemessages $(LOCALES) $(MSG_IGNORE) --no-obsolete --no-wrap

check-catalogs: venv
	$(MANAGE) check_catalogs

migrate: venv compilemessages
	@mkdir -p var
	$(MANAGE) migrate --noinput

seed: migrate
	$(RUN_ENV) $(MANAGE) seed_demo

run: seed
	@echo ""
	@echo "CityPeers is starting on http://127.0.0.1:$(PORT)/"
	@echo "Demo logins (password: citypeers-demo):"
	@echo "  admin@example.org        administrator (Wagtail admin at /admin/)"
	@echo "  learner@example.org      learner"
	@echo "  mentor@example.org       mentor"
	@echo "  coordinator@example.org  program coordinator"
	@echo "  editor-es@example.org, editor-zh@example.org, editor-sk@example.org  regional editors"
	@echo "  reviewer-en@example.org ... reviewer-sk@example.org  course reviewers"
	@echo ""
	$(RUN_ENV) $(MANAGE) runserver 127.0.0.1:$(PORT)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache

test: venv compilemessages lint e2e-deps
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=lms.settings.test $(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check_catalogs
	$(VENV)/bin/pytest

# The production stack on loopback: PostgreSQL, Redis, the task worker, two gunicorn app
# servers and nginx (PORT=8080 by default). `make prod-stop` stops it.
prod: venv compilemessages
	PORT=$(or $(PROD_PORT),8080) deploy/stack.sh start

prod-stop:
	deploy/stack.sh stop

# The benchmark (not part of `make test`): its own production stack (ports 8095, 8196-8197,
# 54396, 6396), demo + scale data (BENCH_SCALE=0.02 by default, 1 for the full set), wrk per
# endpoint, a completion soak and an app server killed under load; writes
# bench/results/latest.md and stops the stack. See bench/README.md.
bench: venv compilemessages
	bench/run.sh

clean:
	rm -rf $(VENV) var staticfiles
