#!/usr/bin/env bash
# newsgraph's peer race: newsgraph's matcher against the matchers a user would
# otherwise pick, on the same generated data, in one run on this machine.
#
#   benches/peers/run.sh            50 MB corpus, 2 runs per peer (~4 minutes on 2 cores)
#   benches/peers/run.sh --quick    5 MB corpus, 1 run per peer (~1-2 minutes)
#   benches/peers/run.sh --only 'newsgraph|daachorse'   a subset (the reference always runs)
#
# Needs cargo and python3 (with venv); everything else is installed under
# target/peers/: a venv with the pinned Python peers (requirements.txt, from
# PyPI), the Rust peers (this folder's own cargo project), the data. See
# README.md beside this script.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
QUICK=0
RUNS=2
ONLY=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1; RUNS=1 ;;
        --runs) RUNS=$2; shift ;;
        --only) ONLY=(--only "$2"); shift ;;
        *) echo "usage: $0 [--quick] [--runs N] [--only REGEX]" >&2; exit 2 ;;
    esac
    shift
done
OUT=target/peers
mkdir -p "$OUT"

echo "== Python peers (venv $OUT/venv)" >&2
if [ ! -x "$OUT/venv/bin/python" ]; then
    python3 -m venv "$OUT/venv"
fi
"$OUT/venv/bin/pip" install -q --disable-pip-version-check -r benches/peers/requirements.txt

echo "== Rust peers and newsgraph's examples/match_count (release)" >&2
CARGO_TARGET_DIR="$OUT/cargo" cargo build -q --release --locked --manifest-path benches/peers/Cargo.toml
cargo build -q --release --example match_count

if [ $QUICK = 1 ]; then
    DATA=$OUT/data-quick; GEN=(--corpus-mb 5)
else
    DATA=$OUT/data; GEN=(--corpus-mb 50)
fi
# Regenerate when the generator or the gazetteers it reads changed, or the
# data is missing.
STAMP=$(cat benches/peers/gen_data.py gazetteers/people.tsv gazetteers/organisations.tsv \
    gazetteers/countries.tsv gazetteers/cities.tsv | sha256sum | cut -c1-16)
if [ ! -f "$DATA/manifest.json" ] || [ "$(cat "$DATA/.generator" 2>/dev/null)" != "$STAMP" ]; then
    echo "== data -> $DATA" >&2
    "$OUT/venv/bin/python" benches/peers/gen_data.py --out "$DATA" "${GEN[@]}"
    echo "$STAMP" > "$DATA/.generator"
fi

echo "== race" >&2
QUICK_FLAG=()
[ $QUICK = 1 ] && QUICK_FLAG=(--quick)
"$OUT/venv/bin/python" benches/peers/race.py --data "$DATA" --python "$OUT/venv/bin/python" \
    --runs "$RUNS" "${QUICK_FLAG[@]}" "${ONLY[@]}"
