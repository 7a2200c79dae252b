// The command table. Each command lives in its own file.
import type { Command } from '../cli-io';
import { analyzeCommand } from './analyze';
import { generateCommand } from './generate';
import { exportCommand } from './export';
import { serveCommand } from './serve';

export const commands: Record<string, Command> = {
  analyze: analyzeCommand,
  generate: generateCommand,
  export: exportCommand,
  serve: serveCommand,
};
