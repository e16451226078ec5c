-- Writes for wrk: each thread PUTs its own 500 exercise ids in turn (created, then replaced), so
-- no two connections write one id at once (that would be a 409, a conflict, not a cost).
-- Used by benchmarks/http.sh and benchmarks/http-ab.sh (PATHS=PUT); the token is theirs.
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local n = 0
function request()
  n = n + 1
  local id = "bench-" .. tid .. "-" .. (n % 500)
  local body = '{"id":"' .. id .. '","name":"Bench ' .. id .. '","kind":"mobility","primary":["hips"]}'
  return wrk.format("PUT", "/api/v1/exercises/" .. id,
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer benchmark"}, body)
end
