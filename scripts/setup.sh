#!/usr/bin/env bash
# Set up a fresh machine for Budget Check: Debian's Chromium and the CJK fonts (the real-browser tests and the demo
# run in Chromium; without the fonts Chinese renders as boxes in screenshots), Debian's firefox-esr (the Firefox
# build's content-script tests, through puppeteer-core), then the npm packages from the lock file.
# Safe to run again: it installs only what is missing, and reinstalls npm packages only when the lock file changed.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} (Debian packages)"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci wipes node_modules: run it only when the installed tree is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund
fi
