#!/usr/bin/env bash
# The test command (README's second command, and .ci/run): types, lint, then every vitest project
# (unit, integration against real SQLite/PostgreSQL/NATS/ffmpeg/RTSP, browser tests in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results

echo "== typecheck"; npx tsc -p tsconfig.json --noEmit
echo "== lint"; npx eslint . --max-warnings=0
echo "== web build"; npm run build --silent -w @truongan/web

status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@" || status=$?
# One closing line that any CI reader understands, computed from vitest's own JSON report.
node -e '
  const r = require("./test-results/vitest.json");
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' || true
exit $status
