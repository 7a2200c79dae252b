// Loads a built main bundle with Node's own ESM loader (not Vitest's), its `import 'electron'`
// answered by a double through module hooks. Each load is a fresh module instance with its own double.
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { ElectronDouble } from './electron-double';

const doubles: Map<string, unknown> = ((globalThis as Record<symbol, unknown>)[Symbol.for('docent.electron-doubles')] ??= new Map()) as Map<string, unknown>;
let hooked = false;
let runs = 0;

// Vitest runs test code with its own import(); this one is Node's.
const nativeImport = createRequire(import.meta.url)('./native-import.cjs') as (specifier: string) => Promise<unknown>;

/** Evaluates the bundle, as Electron does at startup; resolves once its top level has run. */
export async function loadBuiltMain(bundle: string, double: ElectronDouble): Promise<void> {
  if (!hooked) {
    register(new URL('./electron-hooks.mjs', import.meta.url).href, { data: { exportNames: Object.keys(double.electron) } });
    hooked = true;
  }
  const run = `${process.pid}-${++runs}`;
  doubles.set(run, double.electron);
  await nativeImport(`${pathToFileURL(bundle).href}?run=${run}`);
}
