#!/usr/bin/env bash
# Installs what Trường An needs from Debian and npm. Idempotent: safe to run on every start.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  ffmpeg                                   # camera ingest, clips, demo video
  chromium fonts-dejavu-core fonts-noto-core  # browser tests; Vietnamese glyphs in screenshots and PDFs
  python3-gi gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-tools  # RTSP test camera
  postgresql                               # initdb/pg_ctl fallback when no PostgreSQL server answers
  poppler-utils                            # pdftotext for report tests
)
missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[install] apt: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[install] npm ci"
  npm ci --no-audit --no-fund
fi

# Face models come from an npm tarball, checked against pinned checksums (see scripts/fetch-models.mjs).
if [ -f scripts/fetch-models.mjs ]; then node scripts/fetch-models.mjs; fi
