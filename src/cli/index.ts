// Entry point of the bundled CLI (out/cli/docent.mjs).
import { runCli } from './main';

const status = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
// A server command resolves only when it stops; others exit with their status.
process.exitCode = status;
