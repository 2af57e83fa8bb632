#!/usr/bin/env bash
# Installs the programs baocao calls: Tesseract with Vietnamese (scanned pages), LibreOffice
# (old .doc/.rtf/.odt/.xls, and making the corpus PDFs), poppler-utils, fonts for rendering,
# and Chromium (the audit HTML report is checked in a real headless browser by the tests).
# Debian/Ubuntu only; elsewhere it prints what to install and exits non-zero.
set -euo pipefail

PACKAGES=(
  tesseract-ocr tesseract-ocr-vie
  libreoffice-writer-nogui libreoffice-calc-nogui
  poppler-utils
  fonts-dejavu-core fonts-liberation
  chromium
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && { echo "system packages: all present"; exit 0; }

if ! command -v apt-get >/dev/null 2>&1; then
  cat >&2 <<MSG
baocao needs these programs, and this is not a Debian/Ubuntu machine:
  - Tesseract 4+ with the Vietnamese language data (vie)   e.g. brew install tesseract tesseract-lang
  - LibreOffice (soffice on PATH)                           e.g. brew install --cask libreoffice
  - Chromium or Chrome (only for the audit HTML tests)
Missing here: ${missing[*]}
MSG
  exit 1
fi

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
