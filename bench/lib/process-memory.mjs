// Samples the memory of a group of processes (a host and the browser presenting from it) over time.
// PSS (proportional set size) counts a page shared by N processes as 1/N in each, so the sum over
// Chromium's many processes is not inflated by shared libraries the way a sum of RSS is.
// Reading /proc/<pid>/smaps_rollup makes the kernel walk each process's page tables, tens of
// milliseconds for a big renderer: the sampling runs in a worker thread so it never holds up the
// event loop that drives the browser.
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { descendants } from './machine.mjs';

function kilobytes(text, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}

function readProcess(pid) {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    return { pss: kilobytes(rollup, 'Pss'), rss: kilobytes(rollup, 'Rss'), isNode: name === 'node' };
  } catch {
    return { pss: 0, rss: 0, isNode: false }; // the process ended between listing and reading
  }
}

function samplerLoop({ rootPid, intervalMs }) {
  const peaks = { peakPssKb: 0, peakRssKb: 0, peakNodePssKb: 0, peakBrowserPssKb: 0, samples: 0 };
  const take = () => {
    let pss = 0;
    let rss = 0;
    let nodePss = 0;
    for (const pid of descendants(rootPid)) {
      const sample = readProcess(pid);
      pss += sample.pss;
      rss += sample.rss;
      if (sample.isNode) nodePss += sample.pss;
    }
    peaks.peakPssKb = Math.max(peaks.peakPssKb, pss);
    peaks.peakRssKb = Math.max(peaks.peakRssKb, rss);
    peaks.peakNodePssKb = Math.max(peaks.peakNodePssKb, nodePss);
    peaks.peakBrowserPssKb = Math.max(peaks.peakBrowserPssKb, pss - nodePss);
    peaks.samples += 1;
  };
  take();
  const timer = setInterval(take, intervalMs);
  parentPort.on('message', () => {
    clearInterval(timer);
    take();
    parentPort.postMessage(peaks);
  });
}

if (!isMainThread && workerData?.role === 'docent-bench-memory-sampler') samplerLoop(workerData);

/**
 * Starts sampling, every `intervalMs`, the processes below `rootPid`. `stop()` resolves with the peaks
 * in kB: of the whole group, of its Node processes alone (the host) and of the rest (the browser).
 */
export function sampleTreeMemory(rootPid, intervalMs = 250) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { role: 'docent-bench-memory-sampler', rootPid, intervalMs } });
  let result = null;
  return {
    stop() {
      result ??= new Promise((resolve, reject) => {
        worker.once('message', (peaks) => {
          void worker.terminate();
          resolve(peaks);
        });
        worker.once('error', reject);
        worker.postMessage('stop');
      });
      return result;
    },
  };
}
