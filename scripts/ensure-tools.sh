#!/usr/bin/env bash
# Installs the system tools CollectionSite needs, when they are missing.
# Usage: scripts/ensure-tools.sh hugo vips chromium
# Debian/Ubuntu: apt-get (as root, or via sudo). macOS: Homebrew. Elsewhere: prints the command to run.
set -euo pipefail

declare -A APT=([hugo]=hugo [vips]=libvips-tools [chromium]=chromium)
declare -A BREW=([hugo]=hugo [vips]=vips [chromium]=chromium)

missing=()
for tool in "$@"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] && exit 0

apt_packages=(); brew_packages=()
for tool in "${missing[@]}"; do
  apt_packages+=("${APT[$tool]}"); brew_packages+=("${BREW[$tool]}")
done

if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "Missing: ${missing[*]}. Run as root: apt-get update && apt-get install -y ${apt_packages[*]}" >&2; exit 1
  fi
  echo "Installing ${apt_packages[*]} with apt-get..." >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt_packages[@]}" >/dev/null
elif command -v brew >/dev/null 2>&1; then
  echo "Installing ${brew_packages[*]} with Homebrew..." >&2
  brew install "${brew_packages[@]}"
else
  echo "Missing: ${missing[*]}. Install them with your package manager:" >&2
  echo "  Debian/Ubuntu: sudo apt-get install -y ${apt_packages[*]}" >&2
  echo "  macOS:         brew install ${brew_packages[*]}" >&2
  exit 1
fi

for tool in "${missing[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Could not install $tool." >&2; exit 1; }
done
