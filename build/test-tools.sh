#!/usr/bin/env bash
# Makes sure the programs that some tests drive are on this machine, before any test runs:
# Chromium (browser tests), LibreOffice and pdftotext (printing the steering report), the
# Carlito font (metrically the same as Calibri, the workbooks' font in Excel, so that a report
# prints here as it does for its readers) and Node with npm (the OpenAPI linter). Maven runs
# this in its validate phase unless tests are skipped, so `./mvnw -B verify` stays the one test
# command.
#
# As root on Debian or Ubuntu it installs what is missing with apt-get; anywhere else it stops
# with one line saying what to install. Tests that need these programs never skip.
set -euo pipefail

declare -A package_of=(
  [chromium]=chromium
  [soffice]=libreoffice-calc-nogui
  [pdftotext]=poppler-utils
  [node]=nodejs
  [npm]=npm
)

missing=()
for program in chromium soffice pdftotext node npm; do
  command -v "$program" >/dev/null 2>&1 || missing+=("${package_of[$program]}")
done
[ -n "$(fc-list :family=Carlito 2>/dev/null || true)" ] || missing+=(fonts-crosextra-carlito)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the test tools that are missing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
  exit 0
fi

echo "The tests need these Debian packages, which are missing: ${missing[*]} (install them with: sudo apt-get install -y ${missing[*]})" >&2
exit 1
