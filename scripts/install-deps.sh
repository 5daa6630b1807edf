#!/usr/bin/env bash
# Installs the Debian 12 packages precis needs to build and test, when they are missing.
# Runs apt-get only if something is missing; needs root (or sudo) in that case.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libicu-dev libre2-dev libutf8proc-dev libfmt-dev libsimdjson-dev libcld2-dev libhwy-dev
  libcli11-dev catch2 libbenchmark-dev clang-format-14
  python3 python3-dev pybind11-dev python3-numpy python3-pytest
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
