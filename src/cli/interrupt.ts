// Ctrl+C (or SIGTERM) stops a long-running command at once. The command is asked to stop cleanly
// first (close the browser, the server); if that has not ended the process within a moment — a file
// operation stuck on a hostile file, a browser that does not close — the process exits anyway, and a
// second Ctrl+C exits immediately. The exit status is 130, as for any command stopped by Ctrl+C.
import { exitStatus } from './cli-io';

const forceAfterMs = 2_000;
export const interruptedStatus = exitStatus.cancelled;

/** Calls `stop` on the first SIGINT/SIGTERM; returns a function that removes the handlers. */
export function onInterrupt(stop: () => void): () => void {
  let interrupted = false;
  const handler = () => {
    if (interrupted) process.exit(interruptedStatus);
    interrupted = true;
    setTimeout(() => process.exit(interruptedStatus), forceAfterMs).unref();
    stop();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
