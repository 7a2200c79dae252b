// Runs one command as its own process and measures its wall time and peak memory.
// Wall time is taken around spawn..exit with the monotonic clock; peak memory is the kernel's
// maximum resident set size reported by GNU time (-v), the same tool a reader would use by hand.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const gnuTime = '/usr/bin/time';

/**
 * @returns {Promise<{ ms: number, cpuMs: number | null, peakKb: number | null, code: number | null, stdout: string, stderr: string }>}
 */
export async function runTimed(command, args, { cwd, env, timeoutMs = 600_000 } = {}) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'docent-bench-time-'));
  const report = path.join(scratch, 'time.txt');
  const useTime = existsSync(gnuTime);
  const [file, argv] = useTime ? [gnuTime, ['-v', '-o', report, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  clearTimeout(timer);
  let peakKb = null;
  if (useTime && existsSync(report)) {
    const text = readFileSync(report, 'utf8');
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
    if (match) peakKb = Number(match[1]);
    const status = /Exit status: (\d+)/.exec(text);
    // CPU time (user + system, the process and the children it waited for) hardly moves with the machine's load; wall time does.
    const user = /User time \(seconds\): ([\d.]+)/.exec(text);
    const system = /System time \(seconds\): ([\d.]+)/.exec(text);
    const cpuMs = user && system ? (Number(user[1]) + Number(system[1])) * 1000 : null;
    rmSync(scratch, { recursive: true, force: true });
    return { ms, cpuMs, peakKb, code: status ? Number(status[1]) : code, stdout, stderr };
  }
  rmSync(scratch, { recursive: true, force: true });
  return { ms, cpuMs: null, peakKb, code, stdout, stderr };
}

/** Throws with the command's own output when it failed, so a broken figure says why. */
export function expectSuccess(result, what) {
  if (result.code === 0) return result;
  const tail = `${result.stderr}\n${result.stdout}`.trim().split('\n').slice(-8).join('\n');
  throw new Error(`${what} exited with ${result.code}:\n${tail}`);
}
