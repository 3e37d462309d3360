-- wrk script for bench/run.py: the request (method, body, cookies, content type) comes from
-- the environment; every response's status is checked against BENCH_EXPECT; done() prints
-- the exact latency percentiles and counts as one JSON line (prefix BENCH_JSON).
local method = os.getenv("BENCH_METHOD") or "GET"
local body = os.getenv("BENCH_BODY") or ""
local cookie = os.getenv("BENCH_COOKIE") or ""
local content_type = os.getenv("BENCH_CONTENT_TYPE") or ""
local expect = tonumber(os.getenv("BENCH_EXPECT") or "200")

wrk.method = method
if body ~= "" then wrk.body = body end
if cookie ~= "" then wrk.headers["Cookie"] = cookie end
if content_type ~= "" then wrk.headers["Content-Type"] = content_type end

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   expected = 0
   unexpected = 0
end

function response(status, headers, body)
   if status == expect then
      expected = expected + 1
   else
      unexpected = unexpected + 1
   end
end

function done(summary, latency, requests)
   local ok, bad = 0, 0
   for _, thread in ipairs(threads) do
      ok = ok + thread:get("expected")
      bad = bad + thread:get("unexpected")
   end
   local e = summary.errors
   io.write(string.format(
      'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "mean_us": %.1f, ' ..
      '"stdev_us": %.1f, "p50_us": %d, "p90_us": %d, "p95_us": %d, "p99_us": %d, ' ..
      '"max_us": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, ' ..
      '"timeouts": %d, "status_errors": %d, "expected": %d, "unexpected": %d}\n',
      summary.requests, summary.duration, summary.bytes, latency.mean, latency.stdev,
      latency:percentile(50), latency:percentile(90), latency:percentile(95),
      latency:percentile(99), latency.max, e.connect, e.read, e.write, e.timeout, e.status,
      ok, bad))
end
