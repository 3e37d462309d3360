#!/usr/bin/env bash
# A smoke test of the production stack (run by .ci/run): start it on loopback, check nginx,
# both app servers, PostgreSQL, Redis and the task worker, stop one app server and check that
# nginx keeps serving from the other without an error, then stop everything.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT=${SMOKE_PORT:-8090} APP_PORTS="8191 8192" PG_PORT=54391 REDIS_PORT=6391
export STACK_DIR=${STACK_DIR:-$(mktemp -d /tmp/citypeers-stack.XXXXXX)} SEED_DEMO=0
trap 'deploy/stack.sh stop; rm -rf "$STACK_DIR"' EXIT
chmod 755 "$STACK_DIR"
deploy/stack.sh start
base="http://127.0.0.1:$PORT"
curl -fsS "$base/healthz" | grep -q '"status": "ok"'
curl -fsS -o /dev/null "$base/en/"
curl -fsS -o /dev/null "$base/static/css/site.css"
# Visitors' pages are kept by nginx (public, no cookie); a PURGE from loopback refreshes them;
# a signed-in visitor (session cookie) always reaches an app server.
cache_status() { curl -fsS -o /dev/null -D - "$@" | tr -d '\r' | sed -n 's/^X-Cache-Status: //Ip'; }
curl -fsS -o /dev/null "$base/en/"
[ "$(cache_status "$base/en/")" = HIT ] || { echo "nginx did not keep a public page" >&2; exit 1; }
curl -fsS -o /dev/null -X PURGE "$base/en/"
[ "$(cache_status "$base/en/")" = HIT ] || { echo "a purge left no fresh copy" >&2; exit 1; }
[ "$(cache_status -H "Cookie: sessionid=x" "$base/en/")" = BYPASS ] \
    || { echo "a session cookie was served from the cache" >&2; exit 1; }
# The worker runs queued tasks (emails, expiry) outside the request.
set -a; . <(deploy/stack.sh env); set +a
.venv/bin/python manage.py expire_mentorship_requests | grep -q "queued"
for _ in $(seq 60); do
    done_count=$(.venv/bin/python manage.py shell --no-imports -c \
        "from django_tasks_db.models import DBTaskResult as R; print(R.objects.filter(status='SUCCESSFUL').count())" | tail -1)
    [ "$done_count" -ge 1 ] && break
    sleep 0.5
done
[ "$done_count" -ge 1 ] || { echo "the task worker ran nothing" >&2; exit 1; }
# One app server down: nginx serves every request from the other.
kill "$(cat "$STACK_DIR/app-8191.pid")"
sleep 1
for _ in $(seq 20); do
    status=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: sessionid=none" "$base/en/")
    [ "$status" = 200 ] || { echo "got $status with one app server down" >&2; exit 1; }
done
echo "Production stack smoke test: nginx, 2 app servers, PostgreSQL, Redis, worker, failover: ok"
