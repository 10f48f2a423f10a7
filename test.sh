#!/usr/bin/env bash
# Installs what the tests need when it is missing (PostgreSQL and Chromium from Debian's packages),
# then builds and runs every test. The last line is the summary: "N passed, M failed".
set -euo pipefail
cd "$(dirname "$0")"

need=()
ls -d /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
  # The test suite starts its own throwaway PostgreSQL server; the packaged one is not needed running.
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build Shortlist.slnx -c Release -warnaserror > artifacts/build.log 2>&1; then
  grep -E "error|Error" artifacts/build.log | sort -u | head -40
  echo "0 passed, 1 failed (the build failed; see artifacts/build.log)"
  exit 1
fi
tail -3 artifacts/build.log
status=0
# Each project writes its results to a folder of its own, so that projects finishing together never pick the same file name.
run_tests() { dotnet test "$1" -c Release --no-build --logger "trx" --results-directory "$results/$(basename "$1")" -- RunConfiguration.TreatNoTestsAsError=true; }
# The test projects run side by side, as 'dotnet test' on the solution would run them; the browser tests then run on
# their own, because a real Chromium beside four busy test hosts on two cores stalled a page past a minute now and then.
pids=()
for project in tests/*.Tests; do
  [ "$project" = tests/Shortlist.Browser.Tests ] && continue
  run_tests "$project" & pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid" || status=$?; done
[ -d tests/Shortlist.Browser.Tests ] && { run_tests tests/Shortlist.Browser.Tests || status=$?; }

passed=0; failed=0
for f in "$results"/*/*.trx; do
  [ -e "$f" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$line"); x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${x:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
