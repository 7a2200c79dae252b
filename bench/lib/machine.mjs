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

/** CPU ticks (user + system) of every process, by pid, with its name. */
function cpuTicks() {
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(Number(entry), { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // ended while listing
    }
  }
  return ticks;
}

/**
 * How busy the machine is with other people's work: the 1-minute load average, and the processes that
 * are not the suite's using 20% of a core or more over one second (measured, not ps's lifetime average).
 */
export async function machineLoad() {
  const [one] = os.loadavg();
  const before = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = cpuTicks();
  const mine = new Set(descendants(process.pid).concat(process.pid));
  const ticksPerSecond = 100; // USER_HZ on Linux
  let othersPercent = 0;
  const busy = [];
  for (const [pid, now] of after) {
    const then = before.get(pid);
    if (!then || mine.has(pid)) continue;
    const percent = ((now.ticks - then.ticks) / ticksPerSecond) * 100;
    othersPercent += percent;
    if (percent >= 20) busy.push({ name: now.name, percent });
  }
  busy.sort((a, b) => b.percent - a.percent);
  return { loadAverage: one, othersPercent, busy: busy.slice(0, 5).map(({ name, percent }) => `${name} ${percent.toFixed(0)}%`), at: new Date().toISOString() };
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
