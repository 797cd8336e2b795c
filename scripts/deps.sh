#!/usr/bin/env bash
# Installs the Debian 12 packages CSM Workbench needs to build, test and run, skipping what is already there.
# Usage: scripts/deps.sh [build|test]   (test adds what the headless test run and packaging checks need)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev qt6-image-formats-plugins libgl-dev
    libqcustomplot-dev libboost-date-time-dev libsqlite3-dev sqlite3
    fonts-noto-cjk
)
if [[ "${1:-build}" == test ]]; then
    # the package test validates the .desktop, AppStream and MIME files with these; clang-format checks the
    # formatting of the tree
    packages+=(dpkg-dev file xvfb xauth desktop-file-utils appstream shared-mime-info libglib2.0-bin clang-format)
    # tests/io/tst_icalendar has a real calendar client's parser read the .ics files it writes
    packages+=(python3 python3-icalendar)
    # tests/ui/tst_print* read the PDFs back (pdftotext, pdfinfo, pdffonts, pdfimages); scripts/print-samples
    # renders them to PNG (pdftoppm)
    packages+=(poppler-utils)
    # the sanitizer build (preset asan) links with LLVM's linker when it is there: a third of GNU ld's CPU time
    packages+=(lld)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
