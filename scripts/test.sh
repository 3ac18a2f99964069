#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: types, format,
# lint, unit tests, the build (which itself checks the content), then tests
# on the built site in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
# Astro sends no usage data, here or in the builds the tests start (they inherit the environment).
export ASTRO_TELEMETRY_DISABLED=1
bash scripts/ensure-system-packages.sh
echo "== astro check" && astro check --minimumFailingSeverity hint
echo "== prettier" && prettier --check . --log-level warn
echo "== eslint" && eslint . --max-warnings 0
rm -rf test-results
echo "== unit tests" && vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-results/unit.json
echo "== build" && npm run build --silent
echo "== site tests" && vitest run --project site --reporter=default --reporter=json --outputFile.json=test-results/site.json
node scripts/test-summary.ts test-results/unit.json test-results/site.json
