#!/usr/bin/env node
// The `rca` command line: runs the built CLI (npm install builds it via the prepare script).
const path = require('node:path');
const fs = require('node:fs');
const built = path.join(__dirname, '..', 'dist', 'cli', 'rca.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('rca: the command line is not built yet; run "npm run build:node" in the checkout.\n');
  process.exit(2);
}
require(built);
