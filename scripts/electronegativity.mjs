#!/usr/bin/env node
// Electron hardening audit: runs Doyensec's Electronegativity over the Electron code (src/main,
// src/preload and the renderer's index.html with its CSP) and fails on any finding that
// security/electronegativity-allowlist.json does not justify. An entry names the check, the file and
// the flagged source line exactly (`source`), so a real regression on another line, or an edit of
// the reviewed line, is a new finding that needs its own review. A stale allow-list entry (one that
// no longer matches a finding) fails too, so the list never outlives the reason it was written for.
//
//   node scripts/electronegativity.mjs            audit; exit 1 on an unreviewed finding
//   node scripts/electronegativity.mjs --root D   audit a copy of the app at D (a scratch copy
//                                                 with sandbox flipped must fail)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const allowListFile = path.join(root, 'security/electronegativity-allowlist.json');

// Electronegativity fetches fresh translations from the network on every run (1 s timeout, then
// falls back to its bundled English). The test suite stays offline: answer that fetch with
// "unavailable" before it is made.
const toolRequire = createRequire(require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'));
const gotPath = toolRequire.resolve('got');
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: Object.assign(() => Promise.reject(new Error('offline')), { default: () => Promise.reject(new Error('offline')) }) };
const run = require('@doyensec/electronegativity').default ?? require('@doyensec/electronegativity');
// Its one network-only check (is there a newer Electron with security fixes?) cannot run offline;
// `npm audit` reports advisories for the pinned electron package instead. The version check only
// feeds it.
const networkOnlyChecks = ['availablesecurityfixesglobalcheck', 'electronversionjsoncheck'];

/** The files Electronegativity reads, staged in one folder so its global checks see the whole app. */
function stageSources(appRoot) {
  const stage = mkdtempSync(path.join(os.tmpdir(), 'docent-electronegativity-'));
  cpSync(path.join(appRoot, 'src/main'), path.join(stage, 'src/main'), { recursive: true });
  cpSync(path.join(appRoot, 'src/preload'), path.join(stage, 'src/preload'), { recursive: true });
  cpSync(path.join(appRoot, 'src/renderer/index.html'), path.join(stage, 'src/renderer/index.html'));
  // Lets it detect the Electron version the app is built with.
  cpSync(path.join(appRoot, 'package.json'), path.join(stage, 'package.json'));
  inlineWebPreferences(path.join(stage, 'src/main'));
  return stage;
}

/**
 * Electronegativity reads webPreferences only when they are written inline in `new BrowserWindow`;
 * ours are one shared constant (`webPreferences: secureWebPreferences`). In the staged copy, put the
 * constant's object literal in its place so the audit checks the values the app really uses
 * (flipping `sandbox: true` in the constant is then a finding, not silence).
 */
function inlineWebPreferences(folder) {
  const files = readdirSync(folder, { recursive: true }).filter((name) => /\.[cm]?[jt]s$/.test(name)).map((name) => path.join(folder, name));
  const constants = new Map();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^(?:export )?const (\w+)(?:: [^=]+)? = (\{[\s\S]*?\n\})(?: as const)?;/gm)) {
      constants.set(match[1], match[2]);
    }
  }
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const inlined = text.replace(/webPreferences: (\w+)/g, (whole, name) => (constants.has(name) ? `webPreferences: ${constants.get(name)}` : whole));
    if (inlined !== text) writeFileSync(file, inlined);
  }
}

function readAllowList() {
  const entries = JSON.parse(readFileSync(allowListFile, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${allowListFile}: expected a list of {check, file, source, reason}`);
  for (const [i, entry] of entries.entries()) {
    for (const key of ['check', 'file', 'source', 'reason']) {
      if (typeof entry[key] !== 'string' || !entry[key].trim()) throw new Error(`${allowListFile}: entry ${i + 1} needs a "${key}"`);
    }
    if (entry.reason.trim().length < 20) throw new Error(`${allowListFile}: entry ${i + 1} (${entry.check}) needs a real reason`);
  }
  return entries;
}

const rootArg = process.argv.indexOf('--root');
const input = stageSources(rootArg > 0 ? path.resolve(process.argv[rootArg + 1] ?? '') : root);
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;

let failed = false;
try {
  // Programmatic runs still print "no connectivity" notes through console.log; they are not findings.
  const log = console.log;
  console.log = () => undefined;
  const result = await run({ input, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: networkOnlyChecks }, false).finally(() => {
    console.log = log;
  });
  const allowList = readAllowList();
  const used = new Set();
  const unreviewed = [];
  for (const issue of result.issues) {
    const file = issue.file.split(path.sep).join('/');
    const source = String(issue.sample ?? '').trim();
    const index = allowList.findIndex((entry) => entry.check === issue.id && entry.file === file && entry.source === source);
    if (index >= 0) used.add(index);
    else unreviewed.push(`  ${issue.id}  ${file}:${issue.location.line}:${issue.location.column}  ${issue.description}\n      ${source}`);
  }
  const hardErrors = result.errors.filter((error) => !error.tolerable);
  if (hardErrors.length) {
    failed = true;
    console.error(`electronegativity could not parse ${hardErrors.length} file(s):`);
    for (const error of hardErrors) console.error(`  ${error.file}: ${error.message}`);
  }
  if (unreviewed.length) {
    failed = true;
    console.error(`electronegativity: ${unreviewed.length} finding(s) not in security/electronegativity-allowlist.json:`);
    console.error(unreviewed.join('\n'));
  }
  const stale = allowList.filter((_entry, i) => !used.has(i));
  if (stale.length) {
    failed = true;
    console.error('electronegativity: allow-list entries that match no finding any more (remove them):');
    for (const entry of stale) console.error(`  ${entry.check}  ${entry.file}`);
  }
  if (!failed) {
    const allowed = result.issues.length;
    console.log(`electronegativity: ${result.atomicChecks + result.globalChecks} checks, 0 unreviewed findings (${allowed} allowed with a reason)`);
  }
  if (process.env.ELECTRONEGATIVITY_REPORT) writeFileSync(process.env.ELECTRONEGATIVITY_REPORT, JSON.stringify(result.issues, null, 2));
} finally {
  rmSync(input, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
