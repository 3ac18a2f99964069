#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: types, format,
# lint, unit tests, the build (which itself checks the content), then tests
# on the built site in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
# Astro sends no usage data, here or in the builds the tests start (they inherit the environment).
export ASTRO_TELEMETRY_DISABLED=1
bash scripts/ensure-system-packages.sh
rm -rf test-results

# Types, format, lint and unit tests only read the code, so they run at the same time, once `astro sync`
# has written the content types the type check and the linter read. Each one's output is printed in that
# order when all have ended, and the build starts only if all four passed.
echo "== astro sync" && astro sync
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
names=("astro check" "prettier" "eslint" "unit tests")
commands=(
  "astro check --noSync --minimumFailingSeverity hint"
  "prettier --check . --log-level warn"
  "eslint . --max-warnings 0"
  "vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json"
)
pids=()
for i in "${!commands[@]}"; do
  bash -c "${commands[$i]}" >"$logs/$i" 2>&1 &
  pids+=("$!")
done
failed=()
for i in "${!commands[@]}"; do
  status=0
  wait "${pids[$i]}" || status=$?
  echo "== ${names[$i]}" && cat "$logs/$i"
  [ "$status" -eq 0 ] || failed+=("${names[$i]} (exit $status)")
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "== failed: ${failed[*]}"
  exit 1
fi

echo "== build" && npm run build --silent
echo "== site tests" && vitest run --project site --reporter=default --reporter=json --outputFile.json=test-results/site.json
node scripts/test-summary.ts test-results/unit.json test-results/site.json
