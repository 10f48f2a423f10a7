#!/usr/bin/env bash
# Load test of the public job board (/jobs with filters) on loopback, in Release, against a fresh SQLite
# database with at least 1,000 open positions. Prints requests/s and p50/p99 latency per URL and for a mix.
#
#   bench/jobs-load.sh [--no-build] [--duration 15] [--connections 16] [--port 5077]
#
# The bar (docs/performance.md): >= 1,000 requests/s with p99 <= 50 ms on a 2-core machine.
# Uses wrk (installed from Debian's packages when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1; duration=15; connections=16; port=5077
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --duration) duration="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --port) port="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk ..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get install -y -qq wrk >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$build" -eq 1 ]; then
  dotnet build src/Shortlist.Web -c Release -warnaserror -v q -nologo >/dev/null
fi
app="$(pwd)/src/Shortlist.Web/bin/Release/net10.0/shortlist.dll"

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# A fresh database: the demo generator with 1,400 positions gives 1,009 open ones (seed 42); the rest are
# drafts, on hold or closed, as on a real board.
db=(--database sqlite --connection-string "Data Source=$work/jobs.db")
echo "Seeding a fresh SQLite database in $work ..."
dotnet "$app" seed --candidates 50 --positions 1400 --seed 42 "${db[@]}" | tail -1

# The embedding worker is switched off so that it does not compete for the two cores during the run
# (it would embed the 1,400 new positions once, then idle).
ASPNETCORE_ENVIRONMENT=Production dotnet "$app" serve --urls "http://127.0.0.1:$port" "${db[@]}" \
  --Embeddings:Enabled=false --Logging:LogLevel:Default=Warning > "$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/health/ready" && break; sleep 0.5; done
open=$(curl -fs "$base/api/v1/jobs?pageSize=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
echo "Open positions on the board: $open"
[ "${open:-0}" -ge 1000 ] || { echo "fewer than 1,000 open positions" >&2; exit 1; }

urls=(
  "/jobs?q=scrum+master&industry=healthcare"
  "/jobs?q=pmp&workplace=Remote&sort=Newest"
  "/jobs?role=business-analyst"
  "/jobs?workplace=Hybrid&engagement=Contract&posted=30"
  "/jobs?page=2"
  "/jobs?industry=financial-services&page=2"
)

echo "Warming up (30 s of the mix, so that the JIT has compiled the hot path at tier 1) ..."
for u in "${urls[@]}"; do for _ in 1 2 3; do curl -fs -o /dev/null "$base$u"; done; done

# A mix of all the URLs, one after another per connection.
lua="$work/mix.lua"
{
  echo "local paths = {"
  for u in "${urls[@]}"; do echo "  \"$u\","; done
  echo "}"
  echo 'local i = 0'
  echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
} > "$lua"

# Server CPU per request (user + system time of the server process / requests) is printed too: unlike
# requests/s it hardly depends on what else the machine is doing.
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
wrk -t2 -c"$connections" -d30s -s "$lua" "$base" >/dev/null
printf '\n%-52s %10s %9s %9s %12s %7s\n' "URL (${duration}s, ${connections} connections, 2 threads)" "req/s" "p50" "p99" "CPU ms/req" "errors"
run() {
  local label="$1"; shift
  local out rps p50 p99 errors before after n per
  before=$(cpu)
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@")
  after=$(cpu)
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  per=$(awk -v a="$after" -v b="$before" -v n="$n" -v t="$ticks" 'BEGIN { printf "%.2f", (a - b) * 1000 / t / (n > 0 ? n : 1) }')
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {s=s $0 " "} END {print (s == "" ? "0" : s)}' <<<"$out")
  printf '%-52s %10s %9s %9s %12s %7s\n' "$label" "$rps" "$p50" "$p99" "$per" "$errors"
}
# Thousands of different searches: more than the per-snapshot result cache keeps, so most requests compute.
uncached="$work/uncached.lua"
cat > "$uncached" <<'LUA'
local words = { "manager", "analyst", "epic", "pmp", "agile", "migration", "cloud", "healthcare", "sap", "program", "senior", "data" }
local sorts = { "Relevance", "Newest", "Pay" }
local places = { "Hybrid", "Remote", "OnSite", "" }
local i = 0
request = function()
  i = i + 1
  local path = "/jobs?q=" .. words[i % #words + 1] .. "&sort=" .. sorts[math.floor(i / #words) % #sorts + 1] ..
    "&workplace=" .. places[math.floor(i / 36) % #places + 1] .. "&page=" .. (math.floor(i / 144) % 50 + 1)
  return wrk.format("GET", path)
end
LUA

for u in "${urls[@]}"; do run "$u" "$base$u"; done
run "mix of the above" -s "$lua" "$base"
run "7,200 different searches (mostly uncached)" -s "$uncached" "$base"
echo
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (other work on the machine makes these figures noisy)."
