"""The benchmark driver (started by bench/run.sh against a running stack; see bench/README.md).

Phases: queries per request on the demo data (small); ``seed_scale``; queries again (large);
wrk at BENCH_CONNECTIONS connections for BENCH_DURATION s per endpoint, through nginx (as
people are served, nginx's page cache included) and, for the pages with a cost budget, straight
to one app server (what producing the page costs, the bare page measured around them);
single-request latency and compressed page weight; the concurrent-completion soak; one app
server killed under load. Writes bench/results/latest.md (and .json) and prints the budgets.
"""

from __future__ import annotations

import base64
import datetime
import gzip
import http.client
import http.cookies
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path
from urllib.parse import urlencode

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PY = str(ROOT / ".venv" / "bin" / "python")
PORT = int(os.environ.get("PORT", "8095"))
STACK_DIR = Path(os.environ.get("STACK_DIR", ROOT / "var" / "prod"))
APP_PORTS = os.environ.get("APP_PORTS", "8196 8197").split()
APP_PORT = int(APP_PORTS[-1])  # the cost pass; the failover kills APP_PORTS[0]
SCALE = float(os.environ.get("BENCH_SCALE", "0.02"))
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "10"))
WRK_THREADS = int(os.environ.get("BENCH_WRK_THREADS", "2"))
SOAK_THREADS = int(os.environ.get("BENCH_SOAK_THREADS", "20"))
FAILOVER_SECONDS = int(os.environ.get("BENCH_FAILOVER_SECONDS", "12"))
SINGLE_REQUESTS = int(os.environ.get("BENCH_SINGLE_REQUESTS", "15"))
QUIET_WAIT = int(os.environ.get("BENCH_QUIET_WAIT", "5"))
RESULTS = Path(os.environ.get("BENCH_RESULTS", BENCH / "results"))
BARE_EVERY = 4  # in the cost pass, the bare page again after every 4 endpoints (it drifts)
MESSAGE_WARNING = 30  # django.contrib.messages.WARNING: a refusal is a warning or an error

BUDGET_ANONYMOUS = 2.0  # × the bare page's mean latency
BUDGET_SIGNED_IN_LESSON = 3.0
BUDGET_DASHBOARD_P95_MS = 100
BUDGET_COURSE_REPORT_MS = 50
BUDGET_BULK_MATCHING_MS = 1000
BUDGET_LESSON_KB = 30


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


# ----------------------------------------------------------------------------- helpers


def django_json(script: str, *args: str) -> dict:
    done = subprocess.run(  # noqa: S603 - our own helper scripts
        [PY, str(BENCH / script), *args], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"{script} {' '.join(args)} failed")
    return json.loads(done.stdout)


def write_json(data) -> str:
    handle = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, dir=STACK_DIR)
    json.dump(data, handle)
    handle.close()
    return handle.name


def request(method, path, *, cookies=None, body=None, connection=None, port=PORT):
    """One HTTP request (no redirect following): (status, headers, body)."""
    conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {}
    if cookies:
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body, headers=headers)
    response = conn.getresponse()
    data = response.read()
    if connection is None:
        conn.close()
    return response.status, response.getheaders(), data


def set_cookies(headers) -> dict[str, str]:
    jar = http.cookies.SimpleCookie()
    for key, value in headers:
        if key.lower() == "set-cookie":
            jar.load(value)
    return {name: morsel.value for name, morsel in jar.items()}


def message_levels(headers) -> list[int]:
    """Levels of the flash messages a response leaves in Django's cookie storage (read without
    checking the signature: only to tell a success from a refusal)."""
    value = set_cookies(headers).get("messages")
    if not value:
        return []
    payload = value.split(":", 1)[0]  # payload:timestamp:signature
    compressed = payload.startswith(".")
    payload = payload.lstrip(".")
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        data = json.loads(zlib.decompress(raw) if compressed else raw)
    except (ValueError, zlib.error):
        return []
    return [item[2] for item in data if isinstance(item, list) and item[:1] == ["__json_message"]]


def csrf_for(fixtures: dict, session: str, page: str) -> tuple[dict, str]:
    """Open the page with the form as a browser would: (cookies, form token)."""
    cookies = {fixtures["session_cookie"]: session}
    status, headers, html = request("GET", page, cookies=cookies)
    if status != 200:
        raise SystemExit(f"GET {page} for a CSRF token: {status}")
    secret = set_cookies(headers).get(fixtures["csrf_cookie"])
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if secret is None:
        raise SystemExit(f"GET {page} set no CSRF cookie")
    cookies[fixtures["csrf_cookie"]] = secret
    return cookies, match.group(1).decode() if match else secret


def cookies_for(fixtures: dict, endpoint: dict) -> tuple[dict, str | None]:
    role = endpoint.get("auth")
    if role is None:
        return {}, None
    session = fixtures["sessions"][role]
    if endpoint.get("method") == "POST":
        cookies, token = csrf_for(fixtures, session, endpoint["form_page"])
        return cookies, urlencode({"csrfmiddlewaretoken": token})
    return {fixtures["session_cookie"]: session}, None


class CpuUse:
    """CPU time used while it runs, in cores, by the stack (its servers and their children:
    the app workers, PostgreSQL, Redis, nginx, the task worker) and by every other process but
    this benchmark and its wrk ("other": other people's test runs on a shared machine, which
    skew every latency)."""

    def __init__(self, interval: float = 0.25) -> None:
        self.started = time.monotonic()
        self.before = self._split()
        # Sampled while it runs: an app worker recycled meanwhile (gunicorn's max_requests)
        # takes its CPU time with it, so the last value seen of every process counts.
        self.seen = [dict(self.before[0]), dict(self.before[1])]
        self._done = threading.Event()
        self._sampler = threading.Thread(target=self._sample, args=(interval,), daemon=True)
        self._sampler.start()

    def _sample(self, interval: float) -> None:
        while not self._done.wait(interval):
            for seen, now in zip(self.seen, self._split(), strict=True):
                seen.update(now)

    @staticmethod
    def _table() -> dict[int, tuple[int, int]]:
        table = {}
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                data = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            fields = data[data.rindex(")") + 2 :].split()
            table[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
        return table

    @staticmethod
    def _stack_roots() -> set[int]:
        roots = set()
        files = [
            *STACK_DIR.glob("app-*.pid"),
            STACK_DIR / "worker.pid",
            STACK_DIR / "redis.pid",
            STACK_DIR / "nginx" / "nginx.pid",
            STACK_DIR / "pg" / "data" / "postmaster.pid",
        ]
        for file in files:
            try:
                roots.add(int(file.read_text().split()[0]))
            except (OSError, ValueError, IndexError):
                pass
        return roots

    def _split(self) -> tuple[dict[int, int], dict[int, int]]:
        table = self._table()
        children: dict[int, list[int]] = {}
        for pid, (ppid, _ticks) in table.items():
            children.setdefault(ppid, []).append(pid)

        def tree(roots) -> set[int]:
            found, todo = set(), list(roots)
            while todo:
                pid = todo.pop()
                if pid not in found:
                    found.add(pid)
                    todo.extend(children.get(pid, []))
            return found

        stack, ours = tree(self._stack_roots()), tree({os.getpid()})
        return (
            {pid: t for pid, (_p, t) in table.items() if pid in stack},
            {pid: t for pid, (_p, t) in table.items() if pid not in stack and pid not in ours},
        )

    def stop(self) -> tuple[float, float]:
        """(stack cores, other cores)."""
        self._done.set()
        self._sampler.join()
        elapsed = time.monotonic() - self.started
        for seen, now in zip(self.seen, self._split(), strict=True):
            seen.update(now)
        used = []
        for before, seen in zip(self.before, self.seen, strict=True):
            ticks = sum(t - before.get(pid, 0) for pid, t in seen.items())
            used.append(max(0.0, ticks / os.sysconf("SC_CLK_TCK") / elapsed) if elapsed else 0.0)
        return used[0], used[1]


def wait_for_quiet() -> float:
    """Wait (up to BENCH_QUIET_WAIT s) until other processes use under a fifth of a core."""
    deadline = time.monotonic() + QUIET_WAIT
    while True:
        probe = CpuUse()
        time.sleep(1)
        _stack, load = probe.stop()
        if load < 0.2 or time.monotonic() > deadline:
            return load


def fmt_ms(us: float) -> str:
    return f"{us / 1000:.1f}"


# ----------------------------------------------------------------------------- measurements


def run_wrk(endpoint, cookies, body, seconds, *, port=PORT, connections=CONNECTIONS) -> dict:
    env = dict(os.environ)
    env.update(
        BENCH_METHOD=endpoint.get("method", "GET"),
        BENCH_BODY=body or "",
        BENCH_COOKIE="; ".join(f"{k}={v}" for k, v in cookies.items()),
        BENCH_CONTENT_TYPE="application/x-www-form-urlencoded" if body else "",
        BENCH_EXPECT=str(endpoint.get("expect", 200)),
    )
    command = [
        "wrk",
        f"-t{min(WRK_THREADS, connections)}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(BENCH / "wrk.lua"),
        f"http://127.0.0.1:{port}{endpoint['path']}",
    ]
    cpu = CpuUse()
    done = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    stack_cores, other_load = cpu.stop()
    elapsed = time.monotonic() - cpu.started
    line = next((x for x in done.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
    if line is None:
        raise SystemExit(f"wrk gave no result for {endpoint['name']}:\n{done.stdout}{done.stderr}")
    result = json.loads(line[len("BENCH_JSON ") :])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["other_load"] = other_load
    # The stack's CPU per request (ms): the cost of a page, little affected by other load.
    result["cpu_ms"] = stack_cores * elapsed * 1000 / max(result["requests"], 1)
    result["errors"] = (
        result["connect_errors"]
        + result["read_errors"]
        + result["write_errors"]
        + result["timeouts"]
        + result["unexpected"]
    )
    return result


def single_latency(endpoint: dict, cookies: dict, body: str | None) -> float:
    """Median of sequential requests straight to one app server, over one keep-alive
    connection (ms): the page's own response time, whatever nginx caches."""
    conn = http.client.HTTPConnection("127.0.0.1", APP_PORT, timeout=60)
    timings = []
    for n in range(SINGLE_REQUESTS + 1):
        started = time.perf_counter()
        request(
            endpoint.get("method", "GET"),
            endpoint["path"],
            cookies=cookies,
            body=body,
            connection=conn,
        )
        if n:  # the first one warms the connection up
            timings.append((time.perf_counter() - started) * 1000)
    conn.close()
    return statistics.median(timings)


def page_weight(endpoint: dict, cookies: dict, assets: dict) -> dict:
    """gzip -6 bytes of the HTML and of the CSS and JS files it links from /static/."""
    status, headers, html = request("GET", endpoint["path"], cookies=cookies)
    links = re.findall(rb'<link[^>]+rel="stylesheet"[^>]*href="(/static/[^"]+)"', html)
    links += re.findall(rb'<link[^>]+href="(/static/[^"]+)"[^>]*rel="stylesheet"', html)
    links += re.findall(rb'<script[^>]+src="(/static/[^"]+)"', html)
    asset_bytes = 0
    for link in sorted(set(links)):
        path = link.decode()
        if path not in assets:
            _s, _h, data = request("GET", path)
            assets[path] = len(gzip.compress(data, 6))
        asset_bytes += assets[path]
    html_bytes = len(gzip.compress(html, 6))
    return {
        "status": status,
        "cache": dict((k.lower(), v) for k, v in headers).get("x-cache-status", ""),
        "html_raw": len(html),
        "html_gz": html_bytes,
        "assets_gz": asset_bytes,
        "total_gz": html_bytes + asset_bytes,
        "assets": len(set(links)),
    }


def soak(fixtures: dict) -> dict:
    """Every pending lesson of the soak learners POSTed twice (a double click), shuffled over
    SOAK_THREADS threads. A POST succeeded when it answered 302 with a message below warning
    level (success, or information; a refusal is a warning or an error); the
    database must then hold one row per lesson: none lost, none doubled."""
    items, pairs = [], []
    for learner in fixtures["soak"]:
        cookies, token = csrf_for(fixtures, learner["session"], learner["form_page"])
        body = urlencode({"csrfmiddlewaretoken": token})
        for lesson in learner["lessons"]:
            pairs.append([learner["enrolment"], lesson["key"]])
            items += [(learner["enrolment"], lesson["key"], lesson["url"], cookies, body)] * 2
    random.Random(7).shuffle(items)
    before = django_json("completions.py", write_json(pairs))
    outcomes: list[tuple] = []
    lock = threading.Lock()

    failures: list = []

    def worker(share):
        for enrolment, key, url, cookies, body in share:
            try:
                status, headers, _b = request("POST", url, cookies=cookies, body=body)
                levels = message_levels(headers)
                ok = status == 302 and bool(levels) and max(levels) < MESSAGE_WARNING
                if not ok:
                    failures.append((status, headers))
            except Exception as error:  # counted as a failed POST
                status, ok = f"error: {error}", False
            with lock:
                outcomes.append((enrolment, key, status, ok))

    threads = [
        threading.Thread(target=worker, args=(items[i::SOAK_THREADS],)) for i in range(SOAK_THREADS)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    after = django_json("completions.py", write_json(pairs))
    succeeded = {(e, k) for e, k, _s, ok in outcomes if ok}
    new_rows = {name: after["rows"][name] - before["rows"][name] for name in after["rows"]}
    lost = sum(1 for e, k in succeeded if after["rows"][f"{e}:{k}"] == 0)
    doubled = sum(1 for n in after["rows"].values() if n > 1)
    unexplained = sum(
        1
        for name, n in new_rows.items()
        if n and tuple(name.split(":", 1)) not in {(str(e), k) for e, k in succeeded}
    )
    successful = sum(1 for *_x, ok in outcomes if ok)
    return {
        "learners": len(fixtures["soak"]),
        "threads": SOAK_THREADS,
        "posts": len(items),
        "successful_posts": successful,
        "failed_posts": len(outcomes) - successful,
        "statuses": sorted({str(s) for _e, _k, s, _ok in outcomes}),
        "lessons": len(pairs),
        "lessons_with_success": len(succeeded),
        "rows_created": sum(new_rows.values()),
        "table_growth": after["total"] - before["total"],
        "lost": lost,
        "doubled": doubled,
        "unexplained": unexplained,
        "seconds": round(elapsed, 2),
        "first_failure": failures[0] if failures else None,
        "ok": lost == 0
        and doubled == 0
        and unexplained == 0
        and sum(new_rows.values()) == len(succeeded) == len(pairs)
        and after["total"] - before["total"] == len(succeeded),
    }


def kill_app_server(port: str) -> list[int]:
    """SIGKILL one gunicorn app server, master and workers: a crash, not a graceful stop."""
    master = int((STACK_DIR / f"app-{port}.pid").read_text().strip())
    children_file = Path(f"/proc/{master}/task/{master}/children")
    workers = (
        [int(pid) for pid in children_file.read_text().split()] if children_file.exists() else []
    )
    for pid in [master, *workers]:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return [master, *workers]


def failover(targets: list[tuple[dict, dict]]) -> dict:
    """wrk on each target at once (half the connections each) while one of the two app
    servers is killed: the anonymous page (maybe from nginx's cache) and a signed-in page
    (always from an app server)."""
    results: dict[str, dict] = {}

    def load(endpoint, cookies):
        results[endpoint["name"]] = run_wrk(
            endpoint, cookies, None, FAILOVER_SECONDS, connections=max(1, CONNECTIONS // 2)
        )

    threads = [threading.Thread(target=load, args=target) for target in targets]
    for thread in threads:
        thread.start()
    time.sleep(FAILOVER_SECONDS / 3)
    killed = kill_app_server(APP_PORTS[0])
    for thread in threads:
        thread.join()
    return {
        "targets": results,
        "killed": killed,
        "requests": sum(r["requests"] for r in results.values()),
        "errors": sum(r["errors"] for r in results.values()),
    }


# ----------------------------------------------------------------------------- report


def evaluate(c: dict) -> list[tuple[bool, str]]:
    endpoints, served, cost, single = c["endpoints"], c["served"], c["cost"], c["single"]
    soak_result, failover_result = c["soak"], c["failover"]
    budgets = []
    errors = sum(r["errors"] for r in served.values()) + sum(r["errors"] for r in cost.values())
    budgets.append((errors == 0, f"zero errors under load: {errors} errors"))
    budgets.append(
        (
            soak_result["failed_posts"] == 0,
            f"zero errors in the soak: {soak_result['failed_posts']} failed POSTs",
        )
    )
    budgets.append(
        (
            failover_result["errors"] == 0,
            f"zero errors with an app server killed: {failover_result['errors']} errors "
            f"in {failover_result['requests']} requests",
        )
    )
    for e in endpoints:
        name = e["name"]
        if name not in cost or e["group"] == "bare":
            continue
        ratio = cost[name]["mean_us"] / cost[name]["bare_mean_us"]
        cpu_ratio = cost[name]["cpu_ms"] / cost[name]["bare_cpu_ms"]
        limit = BUDGET_SIGNED_IN_LESSON if e["group"] == "signed-in lesson" else BUDGET_ANONYMOUS
        budgets.append(
            (
                cpu_ratio <= limit,
                f"{name} ≤ {limit:g}× bare page cost: {cpu_ratio:.2f}× CPU per request "
                f"({ratio:.2f}× mean latency)",
            )
        )
    qs, ql = c["queries_small"], c["queries_large"]
    changed = [
        f"{name} {qs[name]['queries']}→{ql[name]['queries']}"
        for name in ql
        if name in qs and qs[name]["queries"] != ql[name]["queries"]
    ]
    budgets.append(
        (
            not changed,
            "queries per request identical at small and large data"
            + (f": differ for {', '.join(changed)}" if changed else ""),
        )
    )
    p95 = served["learner dashboard"]["p95_us"] / 1000
    budgets.append(
        (
            p95 < BUDGET_DASHBOARD_P95_MS,
            f"learner dashboard p95 < {BUDGET_DASHBOARD_P95_MS} ms at {CONNECTIONS} "
            f"concurrent: {p95:.1f} ms",
        )
    )
    report = single["course report"]
    budgets.append(
        (
            report < BUDGET_COURSE_REPORT_MS,
            f"course report < {BUDGET_COURSE_REPORT_MS} ms (single request, median): "
            f"{report:.1f} ms",
        )
    )
    for name in ("bulk matching", "bulk matching, draft proposal"):
        budgets.append(
            (
                single[name] < BUDGET_BULK_MATCHING_MS,
                f"{name} page < {BUDGET_BULK_MATCHING_MS} ms (single request, median): "
                f"{single[name]:.1f} ms",
            )
        )
    for e in endpoints:
        if e["name"].startswith("lesson") and e["name"] in c["weight"]:
            kb = c["weight"][e["name"]]["total_gz"] / 1024
            budgets.append(
                (
                    kb < BUDGET_LESSON_KB,
                    f"{e['name']} < {BUDGET_LESSON_KB} KB gzipped HTML+CSS+JS: {kb:.1f} KB",
                )
            )
    s = soak_result
    budgets.append(
        (
            s["ok"],
            f"soak: {s['rows_created']} rows for {s['lessons']} lessons POSTed {s['posts']} "
            f"times ({s['lost']} lost, {s['doubled']} doubled, {s['unexplained']} unexplained)",
        )
    )
    return budgets


def write_report(c: dict) -> str:
    info, endpoints, served, cost = c["info"], c["endpoints"], c["served"], c["cost"]
    single, weight = c["single"], c["weight"]
    qs, ql = c["queries_small"], c["queries_large"]
    bare_runs = ", ".join(fmt_ms(us) for us in cost["bare page"]["runs"])
    cached = sorted({w["cache"] for w in weight.values() if w["cache"]})
    lines = [
        "# CityPeers benchmark",
        "",
        f"Run {c['when']} on {os.cpu_count()} CPU cores: the production stack "
        f"(nginx, 2 gunicorn servers × {os.environ.get('GUNICORN_WORKERS', '2')} sync workers, "
        "PostgreSQL 15, Redis, task worker) on loopback; wrk "
        f"`-t{WRK_THREADS} -c{CONNECTIONS} -d{DURATION}s` per endpoint, on the same machine.",
        "",
        f"Data: demo content + `seed_scale --scale {c['scale']:g}` ({info['scale_users']} scale "
        f"learners, {info['enrolments']} enrolments, {info['lesson_completions']} lesson "
        f"completions; seeding took {c['seed_seconds']:.0f} s). Signed in: learner "
        f"{c['emails']['learner']} ({info['learner_enrolments']} enrolments), mentor "
        f"{c['emails']['mentor']} ({info['mentor_open_mentorships']} open mentorships), "
        f"administrator {c['emails']['admin']}. Bulk matching: {info['bulk_plain_program']} "
        f"({info['bulk_plain_unmatched']} unmatched mentees, no proposal) and "
        f"{info['bulk_proposal_program']} (a draft proposal of {info['bulk_proposal_pairs']} "
        f"pairs, {info['bulk_proposal_mentors']} mentors to choose from; proposing took "
        f"{info['propose_seconds']} s).",
        "",
        'Baseline ("bare page"): a `cms_pages.StandardPage` with a title and one paragraph, '
        "added by the benchmark: Wagtail routing and the site's base template (header, menus, "
        "footer, language switcher), no selectors. `healthz` (plain Django, no template) for "
        "reference.",
        "",
        "**Served** = wrk through nginx, as people get the pages"
        + (
            f" (nginx's page cache is on: X-Cache-Status {', '.join(cached)} on a first fetch)"
            if cached
            else ""
        )
        + f". **Cost** = wrk straight to one app server ({APP_PORT}, 2 workers), no cache: "
        "what producing the page costs; × bare divides its mean latency by the bare page's "
        f"(measured before the first page and after every {BARE_EVERY}; the mean of the runs "
        f"just before and after; bare runs: {bare_runs} ms). CPU ms/req = CPU time of the "
        "stack's processes (app workers, PostgreSQL, Redis, nginx) per request during the run "
        "(the cost run where there is one, else the served run): a cost measure that other "
        "load on the machine hardly affects; × bare CPU compares it with the median of the bare "
        f"page's runs ({', '.join(f'{x:.1f}' for x in cost['bare page']['cpu_runs'])} ms).",
        "",
        "| endpoint | served req/s | mean ms | p50 | p95 | p99 | errors | cost req/s | cost "
        "mean ms | × bare | CPU ms/req | × bare CPU | queries small → large | single ms | "
        "gzip KB (HTML + CSS/JS) | other load |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for e in endpoints:
        name = e["name"]
        r = served[name]
        k = cost.get(name)
        w = weight.get(name)
        size = (
            f"{w['total_gz'] / 1024:.1f} ({w['html_gz'] / 1024:.1f} + {w['assets_gz'] / 1024:.1f})"
            if w
            else "–"
        )
        cost_cells = (
            f"{k['rps']:.0f} | {fmt_ms(k['mean_us'])} | {k['mean_us'] / k['bare_mean_us']:.2f} | "
            f"{k['cpu_ms']:.1f} | {k['cpu_ms'] / k['bare_cpu_ms']:.2f}"
            if k
            else f"– | – | – | {r['cpu_ms']:.1f} | –"
        )
        loads = [r["other_load"]] + ([k["other_load"]] if k else [])
        lines.append(
            f"| {name} | {r['rps']:.0f} | {fmt_ms(r['mean_us'])} | {fmt_ms(r['p50_us'])} | "
            f"{fmt_ms(r['p95_us'])} | {fmt_ms(r['p99_us'])} | "
            f"{r['errors'] + (k['errors'] if k else 0)} | {cost_cells} | "
            f"{qs.get(name, {}).get('queries', '–')} → {ql.get(name, {}).get('queries', '–')} | "
            f"{single[name]:.1f} | {size} | {max(loads):.2f} |"
        )
    s, f = c["soak"], c["failover"]
    failover_parts = ", ".join(
        f"{name}: {r['requests']} requests, {r['errors']} errors, p99 {fmt_ms(r['p99_us'])} ms, "
        f"max {fmt_ms(r['max_us'])} ms"
        for name, r in f["targets"].items()
    )
    lines += [
        "",
        "errors = socket errors (connect, read, write, timeout) + responses other than the "
        "expected status (200; 302 for the completion POST), served and cost runs together. "
        f"single ms = median of {SINGLE_REQUESTS} sequential requests straight to an app server. "
        "queries: in-process (Django test client under the stack's settings), the demo data "
        "with the demo accounts → the scale data with the scale accounts. other load = CPU "
        "cores used by processes outside the stack and the benchmark during the row's wrk runs "
        "(another test run on the machine; above ~0.2 the row is slower than it should be).",
        "",
        f"**Soak**: {s['learners']} scale learners, {s['threads']} threads, {s['posts']} "
        f"completion POSTs ({s['lessons']} lessons not done yet, each POSTed twice) in "
        f"{s['seconds']} s: {s['successful_posts']} succeeded (302 with no warning or error), "
        f"{s['failed_posts']} did not (statuses {', '.join(s['statuses'])}); "
        f"{s['rows_created']} rows created (the table grew by {s['table_growth']}), "
        f"{s['lost']} lost, {s['doubled']} doubled.",
        "",
        f"**Failover**: for {FAILOVER_SECONDS} s, wrk on two pages at once "
        f"({max(1, CONNECTIONS // 2)} connections each); app server {APP_PORTS[0]} killed "
        f"(SIGKILL, master and workers) after {FAILOVER_SECONDS // 3} s. {failover_parts}.",
        "",
        "## Budgets",
        "",
    ]
    for ok, text in c["budgets"]:
        lines.append(f"- {'met   ' if ok else 'MISSED'} {text}")
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- main


def main() -> None:
    started = time.perf_counter()
    log("fixtures and queries per request on the demo data (small)")
    small = django_json("fixtures.py", "small")
    queries_small = django_json("queries.py", write_json(small))

    log(f"seed_scale --scale {SCALE:g}")
    seed_started = time.perf_counter()
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="lms.settings.dev")
    subprocess.run(  # noqa: S603
        [PY, "manage.py", "seed_scale", "--scale", str(SCALE)], cwd=ROOT, env=env, check=True
    )
    seed_seconds = time.perf_counter() - seed_started
    # A settled database, as autovacuum leaves it a little after a bulk load (else autovacuum
    # works through the new rows during the measurements): visibility map and statistics.
    subprocess.run(  # noqa: S603
        [PY, "manage.py", "dbshell", "--", "-c", "VACUUM ANALYZE;"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )

    log("fixtures and queries per request on the large data")
    fixtures = django_json("fixtures.py", "large")
    queries_large = django_json("queries.py", write_json(fixtures))
    for name, q in {**queries_small, **queries_large}.items():
        if q["status"] not in (200, 302):
            log(f"warning: {name} answered {q['status']} in-process")

    endpoints = fixtures["endpoints"]
    requests = {e["name"]: cookies_for(fixtures, e) for e in endpoints}
    single, weight, assets = {}, {}, {}
    for endpoint in endpoints:
        cookies, body = requests[endpoint["name"]]
        single[endpoint["name"]] = single_latency(endpoint, cookies, body)
        if endpoint.get("method", "GET") == "GET" and endpoint["group"] != "info":
            weight[endpoint["name"]] = page_weight(endpoint, cookies, assets)

    def measure(endpoint: dict, port: int) -> dict:
        quiet = wait_for_quiet()
        where = "served" if port == PORT else "cost"
        log(f"{where} {endpoint['name']} ({endpoint['path']}; other load {quiet:.2f} before)")
        r = run_wrk(endpoint, *requests[endpoint["name"]], DURATION, port=port)
        log(
            f"  {r['rps']:.0f} req/s, mean {fmt_ms(r['mean_us'])} ms, "
            f"p95 {fmt_ms(r['p95_us'])} ms, {r['errors']} errors, other load "
            f"{r['other_load']:.2f}"
        )
        return r

    served = {e["name"]: measure(e, PORT) for e in endpoints}

    # Cost: straight to one app server, the bare page before the first page and after every
    # BARE_EVERY; each page is compared with the mean of the bare runs around it.
    bare = endpoints[0]
    priced = [e for e in endpoints if e["group"] in ("anonymous", "signed-in lesson")]
    cost = {}
    bare_runs = [measure(bare, APP_PORT)]
    pending: list[dict] = []
    for index, endpoint in enumerate(priced):
        r = cost[endpoint["name"]] = measure(endpoint, APP_PORT)
        r["bare_before"] = bare_runs[-1]
        pending.append(r)
        if (index + 1) % BARE_EVERY == 0 or index == len(priced) - 1:
            bare_runs.append(measure(bare, APP_PORT))
            for r in pending:
                before = r.pop("bare_before")
                r["bare_mean_us"] = (before["mean_us"] + bare_runs[-1]["mean_us"]) / 2
            pending = []
    median_run = sorted(bare_runs, key=lambda r: r["mean_us"])[len(bare_runs) // 2]
    # CPU per request hardly drifts with other load: every page against the bare runs' median.
    bare_cpu = statistics.median(r["cpu_ms"] for r in bare_runs)
    for r in cost.values():
        r["bare_cpu_ms"] = bare_cpu
    cost[bare["name"]] = dict(
        median_run,
        bare_mean_us=median_run["mean_us"],
        bare_cpu_ms=bare_cpu,
        cpu_runs=[r["cpu_ms"] for r in bare_runs],
        runs=[r["mean_us"] for r in bare_runs],
        errors=sum(r["errors"] for r in bare_runs),
    )

    log(f"soak: concurrent completion POSTs, {SOAK_THREADS} threads")
    soak_result = soak(fixtures)
    log(f"  {soak_result}")
    targets = [
        next(e for e in endpoints if e["name"] == "catalog en"),
        next(e for e in endpoints if e["name"] == "lesson (signed in)"),
    ]
    log(f"failover: {', '.join(t['path'] for t in targets)}, killing app server {APP_PORTS[0]}")
    failover_result = failover([(t, requests[t["name"]][0]) for t in targets])
    log(f"  {failover_result['requests']} requests, {failover_result['errors']} errors")

    context = {
        "when": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "scale": SCALE,
        "info": fixtures["info"],
        "small_info": small["info"],
        "emails": fixtures["emails"],
        "endpoints": endpoints,
        "served": served,
        "cost": cost,
        "single": single,
        "weight": weight,
        "queries_small": queries_small,
        "queries_large": queries_large,
        "soak": soak_result,
        "failover": failover_result,
        "seed_seconds": seed_seconds,
    }
    context["budgets"] = evaluate(context)
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = write_report(context)
    for name in ("latest", f"scale-{SCALE:g}"):
        (RESULTS / f"{name}.md").write_text(report)
        (RESULTS / f"{name}.json").write_text(json.dumps(context, indent=1, default=str))
    print()
    print(report)
    missed = [text for ok, text in context["budgets"] if not ok]
    log(
        f"done in {time.perf_counter() - started:.0f} s: {len(context['budgets']) - len(missed)} "
        f"budgets met, {len(missed)} missed"
    )


if __name__ == "__main__":
    main()
