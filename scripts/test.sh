#!/usr/bin/env bash
# Fresh machine to every test: install what is missing, build, run all tests (ctest), then the
# same tests in an AddressSanitizer + UndefinedBehaviorSanitizer build, then the format and
# generated-docs checks. Set PRECIS_SKIP_SANITIZERS=1 to skip the sanitizer build locally.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

export PRECIS_DATA="${PRECIS_DATA:-$(cd .. && pwd)/shared/data}"

echo "== build (RelWithDebInfo)"
scripts/build.sh build
echo "== tests"
(cd build && ctest --output-on-failure -j "$(nproc)")

echo "== format check (clang-format 14)"
files=$(git ls-files '*.h' '*.cpp' '*.c')
if ! clang-format-14 --dry-run --Werror $files; then
  echo "format check failed: run clang-format-14 -i on the files above" >&2
  exit 1
fi

echo "== generated docs are up to date"
python3 docs/gen_verifier_docs.py --precis build/precis --check

if [ "${PRECIS_SKIP_SANITIZERS:-0}" != "1" ]; then
  echo "== build (ASan + UBSan)"
  scripts/build.sh build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRECIS_SANITIZE=ON -DPRECIS_BUILD_BENCHMARKS=OFF -DPRECIS_BUILD_PYTHON=OFF
  echo "== tests under ASan + UBSan"
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure -j "$(nproc)")
fi
echo "== all tests passed"
