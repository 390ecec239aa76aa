#!/usr/bin/env bash
# Runs before `npm test` (the pretest script): installs the Debian packages the tests use when they
# are missing, so a fresh machine with Node 20 runs every test and skips none.
#   chromium          the sidebar in a real browser (test/client, with axe-core)
#   libreoffice-writer  the DOCX dossier opened and converted to PDF (test/documents)
#   poppler-utils     pdfinfo / pdftotext / pdftoppm read that PDF back
#   fonts-liberation  Times New Roman's metric twin, so LibreOffice lays pages out as Word does
#   fonts-dejavu-core  the fallback for Vietnamese letters (test/documents/font-widths-source.test.ts reads both)
set -euo pipefail

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer)
{ command -v pdfinfo && command -v pdftotext && command -v pdftoppm; } >/dev/null || need+=(poppler-utils)
{ command -v fc-list >/dev/null && fc-list | grep -q "Liberation Serif"; } || need+=(fonts-liberation)
# DejaVu Serif: LibreOffice's fallback for the Vietnamese letters Liberation Serif lacks, whose widths font-widths.ts holds.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "npm test needs these Debian packages (or your system's equivalents): ${need[*]}. No apt-get here: install them, then run npm test again." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo)
else
  echo "npm test needs these Debian packages: ${need[*]}. Install them once as root:" >&2
  echo "  sudo apt-get install --no-install-recommends ${need[*]}" >&2
  exit 1
fi
echo "Installing the Debian packages the tests need: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
