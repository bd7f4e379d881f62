#!/usr/bin/env bash
# Dossier, chrono-node and dateparser side by side on TimeML: the same documents, each anchored at its creation time,
# scored by one script (score.py, the measures of `dossier eval dates`). Speed: each peer times its own loop over all
# documents (start-up and loading excluded), best of three; Dossier's speed comes from the BenchmarkDotNet run
# (DateResolverBenchmarks, corpus "timeml") because a CLI run would include .NET start-up.
#
#   bench/peers/run.sh [TBAQ-DIR]          (needs node + npm, and /usr/bin/python3 with python3-dateparser)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${1:-$root/../shared/data/timex/TBAQ-cleaned}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/timeml.py" "$data" > "$work/cases.jsonl"
dotnet run --project "$root/src/Dossier.Cli" -c Release -- eval dates "$data" --predictions "$work/dossier.jsonl"
[ -d "$here/node_modules/chrono-node" ] || (cd "$here" && npm ci --silent)
for _ in 1 2 3; do node "$here/chrono_peer.js" "$work/cases.jsonl" > "$work/chrono.jsonl" 2>> "$work/chrono.time"; done
for _ in 1 2 3; do /usr/bin/python3 "$here/dateparser_peer.py" "$work/cases.jsonl" > "$work/dateparser.jsonl" 2>> "$work/dateparser.time"; done

echo
python3 "$here/score.py" "$work/cases.jsonl" dossier="$work/dossier.jsonl" chrono="$work/chrono.jsonl" dateparser="$work/dateparser.jsonl"
echo
echo "speed (best of 3 runs of each peer's own loop):"
python3 "$here/speed.py" "$work/chrono.time" "$work/dateparser.time"
