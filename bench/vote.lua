-- Every request is a new visitor: its own address (trusted proxy header) and no cookie.
local counter = 0
local threads = {}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    round = tonumber(os.getenv("BENCH_ROUND") or "0")
    wrk.method = "POST"
    wrk.body = os.getenv("BENCH_BODY")
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    wrk.headers["Accept"] = "application/json"
    wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
end

function request()
    counter = counter + 1
    local address = string.format("%d.%d.%d.%d", 10 + round, id, math.floor(counter / 256) % 256, counter % 256)
    local headers = { ["X-Forwarded-For"] = address }
    for name, value in pairs(wrk.headers) do headers[name] = value end
    return wrk.format(nil, nil, headers)
end
