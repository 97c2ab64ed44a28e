#!/usr/bin/env bash
# System packages for the tests and the Linux build on a Debian/Ubuntu machine (run as root or with sudo):
# validators for the desktop files, and the xcb-util libraries packaging/build.py bundles.
set -euo pipefail
apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
  desktop-file-utils appstream libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
  libxcb-render-util0 libxcb-util1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1 libdbus-1-3
