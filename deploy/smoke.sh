#!/usr/bin/env bash
# A smoke test of the production stack (run by .ci/run): start it on loopback, check nginx,
# both app servers, PostgreSQL, Redis and the task worker; slow clients never hold an app
# worker; bodies over a route's limit get 413 (a page in the visitor's language), uploads fit
# where they belong; stop one app server and check that nginx keeps serving from the other
# without an error; stop PostgreSQL, then the app servers, and check the maintenance page in
# the URL's language; then stop everything.
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

# Slow clients: 20 connections that send their headers or their body a few bytes a second
# (within nginx's timeouts, so they stay open). nginx holds them; the 4 app workers stay free,
# so the health check and a page (not from nginx's cache) still answer at once.
cat >"$STACK_DIR/slow_clients.py" <<'PYTHON'
import os, select, socket, sys, time
port, count, ready, stop = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
clients = []
for number in range(count):
    client = socket.create_connection(("127.0.0.1", port))
    if number % 2:  # headers that never end
        client.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    else:  # a form posted a few bytes at a time
        client.sendall(b"POST /en/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n"
                       b"Content-Type: application/x-www-form-urlencoded\r\n\r\n")
    clients.append(client)
open(ready, "w").close()
deadline = time.monotonic() + 30
while not os.path.exists(stop) and time.monotonic() < deadline:
    for number, client in enumerate(clients):
        try:
            client.sendall(b"X-Slow: 1\r\n" if number % 2 else b"a=1&")
        except OSError:  # dropped, or the stack stopped after a failure
            sys.exit(1)
    time.sleep(1)
# Still waiting on nginx: nothing answered or closed any of them.
readable, _, _ = select.select(clients, [], [], 0)
sys.exit(1 if readable or not os.path.exists(stop) else 0)
PYTHON
.venv/bin/python "$STACK_DIR/slow_clients.py" "$PORT" 20 "$STACK_DIR/slow.ready" \
    "$STACK_DIR/slow.stop" &
slow_pid=$!
for _ in $(seq 100); do [ -e "$STACK_DIR/slow.ready" ] && break; sleep 0.1; done
[ -e "$STACK_DIR/slow.ready" ] || { echo "the slow clients could not connect" >&2; exit 1; }
slowest=0
for _ in 1 2 3 4 5; do
    for path in /healthz /en/; do
        read -r status seconds < <(curl -s -o /dev/null -m 2 -w "%{http_code} %{time_total}\n" \
            -H "Cookie: sessionid=none" "$base$path")
        [ "$status" = 200 ] || { echo "$path answered $status beside 20 slow clients" >&2; exit 1; }
        slowest=$(printf '%s\n%s\n' "$slowest" "$seconds" | sort -g | tail -1)
    done
done
touch "$STACK_DIR/slow.stop"
wait "$slow_pid" || { echo "nginx did not keep the slow clients waiting" >&2; exit 1; }
echo "Beside 20 slow clients, /healthz and /en/ answered 200 in at most ${slowest}s"

# Body limits: 1 MiB on public pages, 2 MiB on the admin's forms, more on upload routes only.
# Without a session the upload routes answer a redirect or 403, but never 413.
head -c $((5 * 1024 * 1024)) /dev/zero >"$STACK_DIR/5m.bin"
head -c $((3 * 1024 * 1024)) /dev/zero >"$STACK_DIR/3m.bin"
post() { curl -s -o "$STACK_DIR/body.html" -w "%{http_code}" -H "Content-Type: application/octet-stream" \
    --data-binary "@$STACK_DIR/$1" "$base$2"; }
[ "$(post 5m.bin /sk/)" = 413 ] || { echo "a 5 MiB post to a page was not refused" >&2; exit 1; }
grep -q '<html lang="sk">' "$STACK_DIR/body.html" \
    && cmp -s "$STACK_DIR/body.html" staticfiles/errors/413/sk.html \
    || { echo "the 413 page is not the Slovak one" >&2; exit 1; }
[ "$(post 3m.bin /admin/pages/2/edit/)" = 413 ] \
    || { echo "a 3 MiB post to an admin form was not refused" >&2; exit 1; }
for path in /admin/images/add/ /admin/documents/multiple/add/ /en/partnerships/any/documents/; do
    status=$(post 3m.bin "$path")
    [ "$status" != 413 ] && [ "$status" -lt 500 ] \
        || { echo "a 3 MiB upload to $path got $status" >&2; exit 1; }
done
status=$(curl -s -o /dev/null -w "%{http_code}" -H "X-Big: $(head -c 9000 /dev/zero | tr '\0' a)" "$base/en/")
[ "$status" = 400 ] || { echo "a 9 KB header got $status" >&2; exit 1; }
echo "Body and header limits: 413 in the visitor's language, uploads where they belong: ok"

# One app server down: nginx serves every request from the other.
kill "$(cat "$STACK_DIR/app-8191.pid")"
sleep 1
for _ in $(seq 20); do
    status=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: sessionid=none" "$base/en/")
    [ "$status" = 200 ] || { echo "got $status with one app server down" >&2; exit 1; }
done

# The database down: Django answers 503 with the maintenance page in the URL's language (the
# same page nginx keeps for when no app server answers).
maintenance_check() {  # path, language, who answers (django or nginx), curl options
    local headers=$STACK_DIR/headers.txt
    status=$(curl -s -o "$STACK_DIR/body.html" -D "$headers" -w "%{http_code}" "${@:4}" "$base$1")
    [ "$status" = 503 ] || { echo "$1 answered $status" >&2; return 1; }
    grep -q "<html lang=\"$2\">" "$STACK_DIR/body.html" \
        || { echo "$1: not the $2 maintenance page" >&2; return 1; }
    cmp -s "$STACK_DIR/body.html" "staticfiles/errors/$2.html" \
        || { echo "$1: the page differs from staticfiles/errors/$2.html" >&2; return 1; }
    grep -qi '^Retry-After: 30' "$headers" && grep -qi '^Cache-Control:.*no-store' "$headers" \
        || { echo "$1: no Retry-After, or cacheable" >&2; return 1; }
    # X-Frame-Options: a header only Django sends.
    if grep -qi '^X-Frame-Options' "$headers"; then by=django; else by=nginx; fi
    [ "$by" = "$3" ] || { echo "$1: answered by $by, not $3" >&2; return 1; }
}
runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$STACK_DIR/pg/data" -m fast stop >/dev/null
for _ in $(seq 50); do
    [ "$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: sessionid=none" "$base/sk/")" = 503 ] && break
    sleep 0.2
done
maintenance_check /sk/ sk django -H "Cookie: sessionid=none"  # fails loading the session
maintenance_check /zh-hans/ zh-hans django  # fails finding the page
curl -s "$base/healthz" | grep -q '"database": "error"' || { echo "healthz missed it" >&2; exit 1; }
# No app server at all: nginx's copy, in the language of the URL, else of the browser.
app_pid=$(cat "$STACK_DIR/app-8192.pid")
kill "$app_pid"
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
maintenance_check /sk/ sk nginx
maintenance_check /es/courses/ es nginx
maintenance_check / en nginx
maintenance_check /admin/ sk nginx -H "Accept-Language: fr,sk;q=0.8"
echo "Maintenance page (database down, app servers down) in the visitor's language: ok"
echo "Production stack smoke test: nginx, 2 app servers, PostgreSQL, Redis, worker, failover: ok"
