#!/usr/bin/env node
// The command line is bundled by `npm run build` into dist/cli.js.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "dist", "cli.js");
if (!existsSync(cli)) {
  process.stderr.write("carecalc: run `npm run build` first (dist/cli.js is missing).\n");
  process.exit(2);
}
require(cli);
