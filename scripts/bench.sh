#!/usr/bin/env bash
# The benchmark table (bench/README.md): installs what its references need when missing (Hugo, vipsthumbnail from
# libvips-tools, Chromium), then runs it in Release. Usage: scripts/bench.sh [--quick] [table options | MODE [options]]
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
bash scripts/ensure-tools.sh hugo vips
# Without Chromium the browse row is reported as not measured; the other rows still run.
bash scripts/ensure-tools.sh chromium || echo "Chromium could not be installed: the browse row will not be measured." >&2
exec dotnet run -c Release --project bench/CollectionSite.Bench -- "$@"
