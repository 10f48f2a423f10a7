#!/usr/bin/env bash
# Lighthouse (npm lighthouse 13, Debian's Chromium) against the product running in Release on loopback with
# the demo data: the home page, /jobs, /jobs with filters, a position page and, when it exists, its apply page.
# Prints the four category scores per page; the target is >= 90 in each (docs/accessibility.md).
#
#   bench/lighthouse.sh [--no-build] [--desktop] [--runs 5] [--url http://127.0.0.1:5000]
#   (--url: a product already running; --desktop: also the desktop preset; the default is Lighthouse's mobile run;
#    --runs: Lighthouse runs per page and preset, default 5. The performance score of one run swings by several
#    points with the machine's own scheduling, so, as Lighthouse CI does, each line reports the run with the median
#    performance score, and the lowest and highest performance scores beside it.)
#
# Lighthouse is installed into bench/.lighthouse (git-ignored) on first use; Chromium comes from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build=1; base=""; port=5078; presets="mobile"; runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --url) base="$2"; shift ;;
    --desktop) presets="mobile desktop" ;;
    --runs) runs="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

command -v chromium >/dev/null 2>&1 || {
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
}
lh="$root/bench/.lighthouse/node_modules/.bin/lighthouse"
if [ ! -x "$lh" ]; then
  echo "Installing lighthouse 13 into bench/.lighthouse ..."
  mkdir -p "$root/bench/.lighthouse"
  npm install --prefix "$root/bench/.lighthouse" --no-audit --no-fund --silent lighthouse@13 >/dev/null
fi

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

if [ -z "$base" ]; then
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  [ "$build" -eq 1 ] && dotnet build src/Shortlist.Web -c Release -warnaserror -v q -nologo >/dev/null
  app="$root/src/Shortlist.Web/bin/Release/net10.0/shortlist.dll"
  # A fresh database with the demo data (seeded on first start), in Production mode.
  (cd "$work" && ASPNETCORE_ENVIRONMENT=Production dotnet "$app" serve --urls "http://127.0.0.1:$port" \
    --database sqlite --connection-string "Data Source=$work/lh.db" --Embeddings:Enabled=false \
    --Logging:LogLevel:Default=Warning > "$work/server.log" 2>&1) &
  server=$!
  base="http://127.0.0.1:$port"
  echo "Starting the product with demo data ..."
  for _ in $(seq 1 240); do curl -fs -o /dev/null "$base/health/ready" && break; sleep 0.5; done
fi

job=$(curl -fs "$base/api/v1/jobs?pageSize=1" | sed -n 's/.*"id":"\([0-9a-f-]*\)","title".*"slug":"\([^"]*\)".*/\1\/\2/p')
pages=("/" "/jobs" "/jobs?q=project+manager&workplace=Hybrid" "/jobs/$job")
# The apply page is built separately; include it once it answers.
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/jobs/$job/apply")" = "200" ]; then pages+=("/jobs/$job/apply"); fi

export CHROME_PATH=/usr/bin/chromium
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"
printf '%-52s %12s %9s %14s %15s %5s\n' "page" "performance" "(min-max)" "accessibility" "best-practices" "seo"
status=0
for p in "${pages[@]}"; do
  for preset in $presets; do
    reports=()
    for n in $(seq 1 "$runs"); do
      out="$work/report-$n.json"
      args=(--quiet --output=json --output-path="$out" --chrome-flags="$flags" --only-categories=performance,accessibility,best-practices,seo)
      [ "$preset" = desktop ] && args+=(--preset=desktop)
      if ! "$lh" "$base$p" "${args[@]}" >/dev/null 2>"$work/lh.log"; then
        echo "lighthouse failed on $p ($preset):"; tail -5 "$work/lh.log"; status=1; continue
      fi
      reports+=("$out")
    done
    [ "${#reports[@]}" -gt 0 ] || continue
    line=$(node -e '
      const runs = process.argv.slice(1).map(f => require(f));
      const perf = r => Math.round(r.categories.performance.score * 100);
      runs.sort((a, b) => perf(a) - perf(b));
      const r = runs[Math.floor((runs.length - 1) / 2)]; const c = r.categories;
      const s = k => Math.round(c[k].score * 100);
      const v = [s("performance"), s("accessibility"), s("best-practices"), s("seo")];
      console.log([v[0], perf(runs[0]) + "-" + perf(runs[runs.length - 1]), v[1], v[2], v[3]].join(" ") + (v.every(x => x >= 90) ? "" : " BELOW"));' "${reports[@]}")
    read -r perf range a11y bp seo below <<<"$line"
    printf '%-52s %12s %9s %14s %15s %5s %s\n' "$p ($preset)" "$perf" "$range" "$a11y" "$bp" "$seo" "${below:+below 90}"
    [ -z "${below:-}" ] || status=1
    rm -f "$work"/report-*.json
  done
done
exit $status
