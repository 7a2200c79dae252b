#!/usr/bin/env node
// The `docent` command. The CLI is bundled from src/cli by scripts/build-cli.mjs (run by `npm ci` via "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/docent.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('docent: the command line is not built yet; run "npm run build:cli" (npm ci does it for you).\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
