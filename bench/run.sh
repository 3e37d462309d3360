#!/usr/bin/env bash
# The CityPeers benchmark (`make bench`): start the production stack on its own ports and
# state directory, seed the scale data on top of the demo, drive it with wrk, soak the
# completion POST, kill an app server under load, write bench/results/latest.md, stop.
#
#   bench/run.sh                   # BENCH_SCALE=0.02: 1,000 learners, a few minutes
#   BENCH_SCALE=1 bench/run.sh     # the full set: 50,000 learners, 650,000 quiz attempts
#
# Settings (environment): BENCH_SCALE, BENCH_DURATION (s per endpoint, 10),
# BENCH_CONNECTIONS (10), BENCH_SOAK_THREADS (20), BENCH_FAILOVER_SECONDS (12),
# BENCH_PORT (8095), BENCH_APP_PORTS ("8196 8197"), BENCH_PG_PORT (54396),
# BENCH_REDIS_PORT (6396); STACK_DIR to keep the stack's state (else a temporary directory,
# removed at the end).
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT=${BENCH_PORT:-8095} APP_PORTS=${BENCH_APP_PORTS:-"8196 8197"}
export PG_PORT=${BENCH_PG_PORT:-54396} REDIS_PORT=${BENCH_REDIS_PORT:-6396}
export SEED_DEMO=1 GUNICORN_WORKERS=${GUNICORN_WORKERS:-2}
stop_stack() {  # stop, then wait for the servers to be gone (gunicorn stops gracefully)
    local pids alive
    pids=$(cat "$STACK_DIR"/app-*.pid "$STACK_DIR/worker.pid" "$STACK_DIR/redis.pid" \
        "$STACK_DIR/nginx/nginx.pid" 2>/dev/null || true)
    deploy/stack.sh stop
    for _ in $(seq 60); do
        alive=0
        for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ "$alive" = 0 ] && break
        sleep 0.5
    done
}
if [ -n "${STACK_DIR:-}" ]; then
    mkdir -p "$STACK_DIR"
    cleanup() { stop_stack; }
else
    STACK_DIR=$(mktemp -d /tmp/citypeers-bench.XXXXXX)
    cleanup() { stop_stack; rm -rf "$STACK_DIR"; }
fi
export STACK_DIR
chmod 755 "$STACK_DIR"

if ! command -v wrk >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

trap cleanup EXIT
deploy/stack.sh start

# The stack's environment for the helpers run against it. `stack.sh env` prints only part of
# it: the rest is what stack.sh gives its servers for loopback over plain HTTP.
set -a
# shellcheck disable=SC1090
. <(deploy/stack.sh env)
SECURE_SSL_REDIRECT=false COOKIES_SECURE=false SECURE_HSTS_SECONDS=0
STAFF_REQUIRE_SECOND_FACTOR=false ALLAUTH_TRUSTED_PROXY_COUNT=1
EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
PUBLIC_BASE_URL="http://127.0.0.1:$PORT" WAGTAILADMIN_BASE_URL="http://127.0.0.1:$PORT"
CSRF_TRUSTED_ORIGINS="http://127.0.0.1:$PORT,http://localhost:$PORT"
set +a

.venv/bin/python bench/run.py
