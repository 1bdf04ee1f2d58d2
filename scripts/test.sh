#!/usr/bin/env bash
# The whole test suite, set-up included: installs Hugo and libvips when missing, builds, runs every test,
# and ends with one line "N passed, N failed". Usage: scripts/test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
bash scripts/ensure-tools.sh hugo vips
# Browser tests need Debian's chromium; without it they are skipped with the command that installs it.
bash scripts/ensure-tools.sh chromium || echo "Chromium could not be installed: the browser tests will be skipped." >&2

results="TestResults"
rm -rf "$results"
status=0
dotnet test CollectionSite.sln -c Release --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?

bash scripts/test-summary.sh "$results"
exit $status
