#!/usr/bin/env bash
# Called by .ci/run before `npm ci`: installs what the in-editor test layer needs on a fresh machine and
# prints what each step cost. System packages come from Debian's apt (as root); Node 24 and code-server
# come from npm into .vscode-test/ (scripts/editor/provision.mjs, which `npm test` would otherwise run).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
packages=()
[ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] || packages+=(chromium)
[ -f /usr/include/krb5.h ] || packages+=(libkrb5-dev)            # kerberos module of VS Code's server
fc-list :lang=ja family 2>/dev/null | grep -q . || [ -d /usr/share/fonts/opentype/ipafont-gothic ] \
  || packages+=(fonts-ipafont-gothic)                                # Japanese UI screenshots
command -v g++ >/dev/null && command -v make >/dev/null || packages+=(build-essential)  # node-gyp
command -v python3 >/dev/null || packages+=(python3)               # node-gyp
if [ "${#packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "provision-ci: missing ${packages[*]}; run: sudo sh -c 'apt-get update && apt-get install -y ${packages[*]}'" >&2
    exit 1
  fi
  echo "provision-ci: apt-get install ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${packages[@]}" >/dev/null
fi
apt_done=$(date +%s)
echo "provision-ci: system packages $((apt_done - started)) s"

node scripts/editor/provision.mjs
echo "provision-ci: total $(($(date +%s) - started)) s"
