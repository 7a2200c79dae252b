// Builds the renderer and the command line when they are missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const builtAt = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const sources = newest('src');
const steps = [];
if (builtAt('out/renderer/index.html') < sources) steps.push(['npx', ['electron-vite', 'build']]);
if (builtAt('out/cli/docent.mjs') < sources) steps.push(['node', ['scripts/build-cli.mjs']]);
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
