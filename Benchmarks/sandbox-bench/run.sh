#!/usr/bin/env bash
# Measures the sandbox's throughput for small Slack calls on loopback with keep-alive.
#
# Usage: Benchmarks/sandbox-bench/run.sh [SECONDS] [CONNECTIONS]
# Needs wrk (apt-get install wrk). Builds muster in release, starts it with the
# demo organisation and rate limits off, drives POST /api/auth.test (a form body with a Bearer
# token, as slack_sdk sends it), POST /api/users.info and POST /api/chat.postMessage (which
# records a message; no state directory, so nothing is written to disk), and prints requests
# per second.
# SCRATCH (default .build) is the SwiftPM scratch path.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-5}
connections=${2:-32}
scratch=${SCRATCH:-.build}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

swift build -c release -j 1 --scratch-path "$scratch" --product muster >&2
python3 - "$work/seed.json" <<'PY'
import json, sys
users = [{"id": f"U{n:08d}", "name": f"user{n}", "email": f"user{n}@example.com"} for n in range(1, 251)]
seed = {"slack": {"team": {"id": "T0BENCH", "name": "Bench", "domain": "bench"},
                  "apps": [{"id": "A0BENCH", "name": "bench", "botUserId": "U0BENCHBOT", "botId": "B0BENCH",
                            "tokens": [{"token": "xoxb-bench", "scopes": ["users:read", "users:read.email", "chat:write"]}]}],
                  "users": users, "rateLimits": {"isEnabled": False},
                  "channels": [{"id": "C0BENCH", "name": "bench", "members": ["U0BENCHBOT"]}]}}
json.dump(seed, open(sys.argv[1], "w"))
PY
"$scratch/release/muster" sandbox serve --output json --seed "$work/seed.json" > "$work/endpoints.json" &
pid=$!
for _ in $(seq 50); do [ -s "$work/endpoints.json" ] && break; sleep 0.1; done
url=$(python3 -c "import json,sys; print([e['url'] for e in json.load(open(sys.argv[1]))['endpoints'] if e['service']=='slack'][0])" "$work/endpoints.json")

for method in auth.test users.info chat.postMessage; do
    cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = "user=U00000042&channel=C0BENCH&text=status+update"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Bearer xoxb-bench"
LUA
    out=$(wrk -t 1 -c "$connections" -d "${seconds}s" -s "$work/post.lua" "${url}${method}")
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    echo "$method: ${rate} req/s (${connections} keep-alive connections, ${seconds}s, non-2xx: ${non2xx:-0})"
done
