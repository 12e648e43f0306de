-- wrk script of bench/run: GET /practices/{id} over random published ids (when a file of ids is
-- given after "--"), or the fixed URL path otherwise. At the end prints one machine-readable line
--   BENCH_WRK {"requests":..,"durationUs":..,"rps":..,"p50Us":..,"p99Us":..,...}
-- beside wrk's own --latency report.

local ids = {}
local counter = 0
local threads = {}

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

function init(args)
  local file = args[1]
  if file ~= nil and file ~= "" then
    for line in io.lines(file) do
      if line ~= "" then
        table.insert(ids, line)
      end
    end
    if #ids == 0 then
      error("no ids in " .. file)
    end
  end
  math.randomseed(os.time() * 1000 + (tid or 0))
end

function request()
  if #ids > 0 then
    return wrk.format("GET", "/practices/" .. ids[math.random(#ids)])
  end
  return wrk.format("GET")
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_WRK {"requests":%d,"durationUs":%d,"rps":%.1f,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f,'
      .. '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout))
end
