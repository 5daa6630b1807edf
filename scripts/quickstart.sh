#!/usr/bin/env bash
# Fresh machine to first result: install what is missing, build, and score the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh build
./build/precis eval --semantics reference \
  --input examples/data/prompts.jsonl --responses examples/data/responses.jsonl \
  --out build/example-results
