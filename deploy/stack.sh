#!/usr/bin/env bash
# The production stack on this machine, on loopback, from Debian's packages and PyPI:
# PostgreSQL 15, Redis, the django-tasks worker, two gunicorn app servers and nginx in front
# (load balancer, static files). Production settings throughout.
#
#   deploy/stack.sh start   # install what is missing, start everything, print the address
#   deploy/stack.sh stop    # stop everything it started (by pid)
#   deploy/stack.sh status
#   deploy/stack.sh env     # print its environment (for manage.py commands against it)
#
# State lives in var/prod/ (database files, logs, pids). Ports: PORT (nginx, default 8080),
# APP_PORTS (default "8101 8102"), PG_PORT (54330), REDIS_PORT (6390).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STATE=${STACK_DIR:-$ROOT/var/prod}
PORT=${PORT:-8080}
APP_PORTS=${APP_PORTS:-"8101 8102"}
PG_PORT=${PG_PORT:-54330}
REDIS_PORT=${REDIS_PORT:-6390}
PG_BIN=/usr/lib/postgresql/15/bin
PY=$ROOT/.venv/bin/python

need() {  # install Debian packages that are missing
    local missing=()
    [ -x "$PG_BIN/initdb" ] || missing+=(postgresql-15)
    command -v redis-server >/dev/null || missing+=(redis-server)
    command -v nginx >/dev/null || missing+=(nginx-light)
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

environment() {
    mkdir -p "$STATE"
    [ -s "$STATE/secret_key" ] || "$PY" -c "import secrets; print(secrets.token_urlsafe(50))" > "$STATE/secret_key"
    export DJANGO_SETTINGS_MODULE=lms.settings.production
    export SECRET_KEY
    SECRET_KEY=$(cat "$STATE/secret_key")
    export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/citypeers"
    export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
    export ALLOWED_HOSTS="127.0.0.1,localhost"
    export CSRF_TRUSTED_ORIGINS="http://127.0.0.1:$PORT,http://localhost:$PORT"
    export ALLAUTH_TRUSTED_PROXY_COUNT=1
    export PUBLIC_BASE_URL="http://127.0.0.1:$PORT"
    export WAGTAILADMIN_BASE_URL="$PUBLIC_BASE_URL"
    export FRONTEND_CACHE_URL="http://127.0.0.1:$PORT"
    # Loopback over plain HTTP: no HTTPS redirect, cookies not marked Secure, emails printed.
    export SECURE_SSL_REDIRECT=false COOKIES_SECURE=false SECURE_HSTS_SECONDS=0
    export EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
    export STAFF_REQUIRE_SECOND_FACTOR=${STAFF_REQUIRE_SECOND_FACTOR:-false}
    export TASKS_BACKEND=database
}

running() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_postgres() {
    local data=$STATE/pg/data
    if [ ! -d "$data" ]; then
        mkdir -p "$STATE/pg"
        chown postgres:postgres "$STATE/pg"
        chmod 700 "$STATE/pg"
        runuser -u postgres -- "$PG_BIN/initdb" -D "$data" -U postgres -A trust -E UTF8 \
            --locale=C.UTF-8 >/dev/null
    fi
    if ! runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$data" -l "$STATE/pg/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $STATE/pg" start >/dev/null
    fi
    runuser -u postgres -- "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres citypeers \
        2>/dev/null || true
}

start_redis() {
    running "$STATE/redis.pid" && return
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --save "" \
        --appendonly no --dir "$STATE" --pidfile "$STATE/redis.pid" \
        --logfile "$STATE/redis.log"
    for _ in $(seq 50); do [ -s "$STATE/redis.pid" ] && break; sleep 0.1; done
}

start_apps() {
    "$PY" manage.py migrate --noinput -v0
    "$PY" manage.py collectstatic --noinput -v0
    # nginx's own pages (maintenance, 413) in every language, into staticfiles/errors/.
    "$PY" manage.py build_error_pages -v0
    if [ "${SEED_DEMO:-1}" = 1 ]; then
        # Demo content is written with the development settings' permission, into this database.
        DJANGO_SETTINGS_MODULE=lms.settings.dev "$PY" manage.py seed_demo >/dev/null
    fi
    if ! running "$STATE/worker.pid"; then
        nohup "$PY" manage.py db_worker >"$STATE/worker.log" 2>&1 &
        echo $! >"$STATE/worker.pid"
    fi
    for port in $APP_PORTS; do
        running "$STATE/app-$port.pid" && continue
        GUNICORN_BIND="127.0.0.1:$port" GUNICORN_WORKERS=${GUNICORN_WORKERS:-2} \
            "$ROOT/.venv/bin/gunicorn" -c gunicorn.conf.py --pid "$STATE/app-$port.pid" \
            --daemon --capture-output --access-logfile "$STATE/app-$port.access.log" \
            --error-logfile "$STATE/app-$port.error.log"
    done
    for port in $APP_PORTS; do
        for _ in $(seq 100); do
            curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" -H "Host: 127.0.0.1" && break
            sleep 0.2
        done
    done
}

start_nginx() {
    local prefix=$STATE/nginx upstreams=""
    mkdir -p "$prefix"
    for port in $APP_PORTS; do
        upstreams+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
    done
    cp deploy/proxy_params "$prefix/proxy_params"
    UPSTREAMS="$upstreams" PREFIX="$prefix" PORT="$PORT" ROOT="$ROOT" "$PY" - <<'PYTHON'
import os
text = open("deploy/nginx.conf.template").read()
for key in ("PREFIX", "PORT", "ROOT", "UPSTREAMS"):
    text = text.replace(f"@{key}@", os.environ[key].rstrip("\n"))
open(os.path.join(os.environ["PREFIX"], "nginx.conf"), "w").write(text)
PYTHON
    chmod o+rx "$ROOT" "$ROOT/staticfiles" 2>/dev/null || true
    nginx -q -t -p "$prefix" -c "$prefix/nginx.conf"
    if running "$prefix/nginx.pid"; then
        nginx -p "$prefix" -c "$prefix/nginx.conf" -s reload
    else
        nginx -p "$prefix" -c "$prefix/nginx.conf"
    fi
}

stop() {
    local prefix=$STATE/nginx
    running "$prefix/nginx.pid" && nginx -p "$prefix" -c "$prefix/nginx.conf" -s quit || true
    for pidfile in "$STATE"/app-*.pid "$STATE/worker.pid" "$STATE/redis.pid"; do
        running "$pidfile" && kill "$(cat "$pidfile")" || true
        rm -f "$pidfile"
    done
    if [ -d "$STATE/pg/data" ]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg/data" -m fast stop >/dev/null 2>&1 || true
    fi
}

case "${1:-start}" in
    start)
        need
        environment
        start_postgres
        start_redis
        start_apps
        start_nginx
        echo "CityPeers (production settings) is serving on http://127.0.0.1:$PORT/"
        echo "App servers: $APP_PORTS; worker, Redis :$REDIS_PORT, PostgreSQL :$PG_PORT."
        echo "Stop it with: deploy/stack.sh stop"
        ;;
    stop) stop ;;
    env)  # the stack's environment, for commands run against it
        environment
        for name in DJANGO_SETTINGS_MODULE SECRET_KEY DATABASE_URL REDIS_URL ALLOWED_HOSTS \
            CSRF_TRUSTED_ORIGINS ALLAUTH_TRUSTED_PROXY_COUNT PUBLIC_BASE_URL WAGTAILADMIN_BASE_URL \
            FRONTEND_CACHE_URL SECURE_SSL_REDIRECT COOKIES_SECURE SECURE_HSTS_SECONDS EMAIL_BACKEND \
            STAFF_REQUIRE_SECOND_FACTOR TASKS_BACKEND; do
            printf '%s=%q\n' "$name" "${!name}"
        done
        ;;
    status)
        for pidfile in "$STATE"/app-*.pid "$STATE/worker.pid" "$STATE/redis.pid" "$STATE/nginx/nginx.pid"; do
            if running "$pidfile"; then echo "up   $pidfile"; else echo "down $pidfile"; fi
        done
        ;;
    *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
