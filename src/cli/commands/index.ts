// The command table. Each command lives in its own file.
import type { Command } from '../cli-io';
import { serveCommand } from './serve';

export const commands: Record<string, Command> = {
  serve: serveCommand,
};
