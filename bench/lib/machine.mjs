// What the numbers were measured on, and how busy the machine was while they were.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchRoot, chromiumPath, repoRoot } from './paths.mjs';

function quiet(command, args, options = {}) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], ...options }).trim();
  } catch {
    return null;
  }
}

function packageVersion(folder) {
  try {
    return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

export function describeMachine() {
  const cpus = os.cpus();
  const chromium = quiet(chromiumPath, ['--version']);
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 2 ** 30,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: chromium ? chromium.replace(/\s+built on.*$/s, '') : `not found at ${chromiumPath}`,
    versions: {
      docent: packageVersion(repoRoot),
      'reveal.js': packageVersion(path.join(repoRoot, 'node_modules/reveal.js')),
      'playwright-core': packageVersion(path.join(repoRoot, 'node_modules/playwright-core')),
      '@marp-team/marp-cli': packageVersion(path.join(benchRoot, 'node_modules/@marp-team/marp-cli')),
      decktape: packageVersion(path.join(benchRoot, 'node_modules/decktape')),
    },
    commit: quiet('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot }),
    uncommittedFiles: (quiet('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'bin', 'scripts'], { cwd: repoRoot }) ?? '').split('\n').filter(Boolean).length,
  };
}

/** Load average and the busiest processes that are not the suite's own, to tell a reader the run may be noisy. */
export function machineLoad() {
  const [one] = os.loadavg();
  const mine = new Set(descendants(process.pid).concat(process.pid));
  const table = quiet('ps', ['-eo', 'pid,pcpu,comm', '--sort=-pcpu', '--no-headers']) ?? '';
  const busy = table
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([pid, cpu]) => !mine.has(Number(pid)) && Number(cpu) >= 20)
    .slice(0, 5)
    .map(([, cpu, name]) => `${name} ${cpu}%`);
  return { loadAverage: one, busy, at: new Date().toISOString() };
}

/** Every process below `pid`, read from /proc (Linux) rather than `ps`, so sampling it often stays cheap. */
export function descendants(pid) {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while listing
    }
    // The command name is in parentheses and may hold spaces; the parent pid is the 2nd field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(Number(entry));
  }
  const found = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length) {
    const next = queue.shift();
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}
