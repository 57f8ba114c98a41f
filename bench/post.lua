-- wrk script for `make bench` part 5: POST one body (a file) for wrk's duration; print the
-- answers counted, the latency percentiles and the statuses (with the last one that was
-- not 2xx) as one JSON line.
-- Arguments after `--`: BODY_FILE CONTENT_TYPE
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = args[2]
  done_count = 0
  bad = 0
  last_bad = 0
end

function response(status, headers, body)
  done_count = done_count + 1
  if status < 200 or status > 299 then
    bad = bad + 1
    last_bad = status
  end
end

function done(summary, latency, requests)
  local counted, failed, status = 0, 0, 0
  for _, thread in ipairs(threads) do
    counted = counted + thread:get("done_count")
    failed = failed + thread:get("bad")
    if thread:get("last_bad") ~= 0 then status = thread:get("last_bad") end
  end
  io.write(string.format(
    '{"responses":%d,"non2xx":%d,"bad_status":%d,"errors":%d,"seconds":%.6f,"p50_ms":%.3f,"p95_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f}\n',
    counted, failed, status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
