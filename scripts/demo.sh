#!/usr/bin/env bash
# The demo, set-up included: builds the site from the bundled sample collection (no account, no keys),
# then builds it with Hugo. Usage: scripts/demo.sh [extra build options, e.g. --output DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
bash scripts/ensure-tools.sh hugo

output="site-output"
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[$i]}" = "--output" ] && output="${args[$((i + 1))]}"
done

dotnet run --project src/CollectionSite -c Release -- build --demo "$@"
hugo --source "$output" --printPathWarnings --panicOnWarning --quiet
echo "Built the HTML into $output/public. Preview: hugo server -s $output"
