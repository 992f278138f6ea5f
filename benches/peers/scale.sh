#!/usr/bin/env bash
# The large-gazetteer measurement: newsgraph, the aho-corasick peer and
# pyahocorasick on a generated gazetteer of 2,000,000 names (homonyms
# included), on the race's 50 MB corpus. See README.md beside this script.
#
#   benches/peers/scale.sh                  2,000,000 names, one run per row
#   benches/peers/scale.sh --names 500000   another size
#   benches/peers/scale.sh --runs 3 --only newsgraph
#
# Needs cargo and python3 (with venv), like run.sh, and a few GB of memory
# (pyahocorasick alone takes gigabytes at this size).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
NAMES=2000000
RUNS=1
ONLY=()
while [ $# -gt 0 ]; do
    case "$1" in
        --names) NAMES=$2; shift ;;
        --runs) RUNS=$2; shift ;;
        --only) ONLY=(--only "$2"); shift ;;
        *) echo "usage: $0 [--names N] [--runs N] [--only REGEX]" >&2; exit 2 ;;
    esac
    shift
done
OUT=target/peers
mkdir -p "$OUT"

echo "== Python peers (venv $OUT/venv)" >&2
if [ ! -x "$OUT/venv/bin/python" ]; then
    python3 -m venv "$OUT/venv"
fi
# Only pyahocorasick runs here, at the version the race pins.
"$OUT/venv/bin/pip" install -q --disable-pip-version-check "$(grep '^pyahocorasick==' benches/peers/requirements.txt)"

echo "== Rust peers and newsgraph's examples/match_count (release)" >&2
CARGO_TARGET_DIR="$OUT/cargo" cargo build -q --release --locked --manifest-path benches/peers/Cargo.toml
cargo build -q --release --example match_count

DATA=$OUT/data-huge
STAMP=$( (cat benches/peers/gen_data.py gazetteers/people.tsv gazetteers/organisations.tsv \
    gazetteers/countries.tsv gazetteers/cities.tsv; echo "$NAMES") | sha256sum | cut -c1-16)
if [ ! -f "$DATA/manifest.json" ] || [ "$(cat "$DATA/.generator" 2>/dev/null)" != "$STAMP" ]; then
    echo "== data -> $DATA" >&2
    "$OUT/venv/bin/python" benches/peers/gen_data.py --out "$DATA" --corpus-mb 50 --huge "$NAMES"
    echo "$STAMP" > "$DATA/.generator"
fi

echo "== large gazetteer ($(uptime))" >&2
"$OUT/venv/bin/python" benches/peers/scale.py --data "$DATA" --python "$OUT/venv/bin/python" \
    --runs "$RUNS" "${ONLY[@]}"
echo "== done ($(uptime))" >&2
