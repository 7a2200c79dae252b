// npm start: the desktop app where Electron is installed; otherwise say so and serve the browser host.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// require('electron') gives the binary's path (ELECTRON_OVERRIDE_DIST_PATH included) or throws.
let electronPath;
try {
  electronPath = require('electron');
} catch {
  electronPath = null;
}
const run = (command, args) => new Promise((resolve) => spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).on('exit', (code) => resolve(code ?? 1)));

if (typeof electronPath === 'string' && existsSync(electronPath)) {
  process.exit(await run('npx', ['electron-vite', 'preview', '--', ...process.argv.slice(2)]));
} else {
  console.log('Electron is not installed here (its binary could not be downloaded); serving the browser host instead.');
  const built = await run('node', ['scripts/ensure-built.mjs']);
  if (built !== 0) process.exit(built);
  process.exit(await run('node', ['bin/docent.mjs', 'serve', ...process.argv.slice(2)]));
}
