-- wrk script of bench/run's write phase: POST /initiatives of initiative-service, one new draft
-- initiative per request, each with its own Idempotency-Key (so none is a replay). Arguments after
-- "--": a bearer token, the panel id, and a tag unique to the attempt (keys and titles of two
-- attempts never collide). Prints the same BENCH_WRK line as practices.lua.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end

local token, panel, tag
local sent = 0

function init(args)
  token, panel, tag = args[1], args[2], args[3]
  if token == nil or panel == nil or tag == nil then
    error("usage: wrk ... -s create-initiative.lua URL -- TOKEN PANEL_ID TAG")
  end
end

function request()
  sent = sent + 1
  local key = string.format("%s-%d-%d", tag, tid, sent)
  local body = string.format(
    '{"panelId":"%s","title":"Bench write %s","summary":"A weekly welcome desk staffed in pairs, written by the benchmark."}',
    panel, key)
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = key,
  }, body)
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
