-- The page script's engagement event from a rotating set of visitors (their
-- address through the trusted proxy header). Each request is told apart by its
-- thread (in the target) and its number (in the time on page and scroll depth),
-- so the hits stored can be checked one by one; 2xx answers are counted.
local threads = {}

function setup(thread)
    thread:set("id", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    counter = 0
    accepted = 0
    visitors = tonumber(os.getenv("BENCH_VISITORS") or "5000")
    page = os.getenv("BENCH_PAGE")
    marker = os.getenv("BENCH_MARKER")
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
    -- A visitor's browser: without one the event is a bot's.
    wrk.headers["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
end

function request()
    counter = counter + 1
    local n = counter % visitors
    local headers = {
        ["X-Forwarded-For"] = string.format("10.%d.%d.%d", id, math.floor(n / 256) % 256, n % 256),
    }
    for name, value in pairs(wrk.headers) do headers[name] = value end
    local body = string.format(
        '{"n":"engagement","u":"%s","es":%d,"sd":%d,"t":"%s-%d"}',
        page, counter % 30000, math.floor(counter / 30000) % 101, marker, id
    )
    return wrk.format(nil, nil, headers, body)
end

function response(status, headers, body)
    if status >= 200 and status < 300 then
        accepted = accepted + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("accepted")
    end
    io.write(string.format("accepted=%d\n", total))
end
