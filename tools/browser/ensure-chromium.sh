#!/usr/bin/env bash
# Installs Debian's Chromium and a CJK font for the page tests, unless Chromium is already there.
# Needs root (as CI and the development machines run); prints why when it cannot install.
set -euo pipefail

if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'noto sans cjk'; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: not root; install the Debian packages chromium and fonts-noto-cjk" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=300 update -q
apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends chromium fonts-noto-cjk
