// Proof that the startup checks bite: each case breaks the built bundle's wiring the way a
// careless change to src/main or the build could, in a copy of the build, and the checks the
// life-cycle test runs must then fail for that reason. The unbroken copy must pass them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppSession, display } from './app-session';
import { buildApp, repoRoot, type BuiltApp } from './build-app';
import { checkBeforeReady, checkStarted } from './startup-checks';

let app: BuiltApp;
const copies: BuiltApp[] = [];

beforeAll(() => {
  app = buildApp();
}, 180_000);
afterAll(() => {
  for (const copy of copies) copy.remove();
  app?.remove();
});

type Edit = (text: string) => string;

/** Replaces `from`, which must occur exactly once: a break that no longer applies fails loudly. */
function replaceOnce(from: string, to: string): Edit {
  return (text) => {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`the break expects ${JSON.stringify(from)} once in the bundle, found it ${count} times`);
    return text.replace(from, () => to);
  };
}

function brokenCopy(edits: { main?: Edit[]; preload?: Edit[] }): BuiltApp {
  const root = mkdtempSync(path.join(repoRoot, '.tmp-built-app-broken-'));
  cpSync(app.root, root, { recursive: true });
  const inCopy = (file: string) => path.join(root, path.relative(app.root, file));
  const copy: BuiltApp = { root, main: inCopy(app.main), preload: inCopy(app.preload), renderer: inCopy(app.renderer), remove: () => rmSync(root, { recursive: true, force: true }) };
  copies.push(copy);
  for (const [file, list] of [
    [copy.main, edits.main ?? []],
    [copy.preload, edits.preload ?? []],
  ] as const) {
    writeFileSync(file, list.reduce((text, edit) => edit(text), readFileSync(file, 'utf8')));
  }
  return copy;
}

/** Starts the app and runs the startup checks; the first check that fails, or null when all hold. */
async function startupFailure(target: BuiltApp): Promise<string | null> {
  let session: AppSession | null = null;
  try {
    session = await AppSession.start({
      bundle: target.main,
      userData: mkdtempSync(path.join(target.root, 'user-data-')),
      argv: ['/usr/lib/electron/electron', '.'],
      displays: [display(1, 0, 1280, 800, true)],
      keepRejections: true,
    });
    checkBeforeReady(session);
    session.ready();
    await checkStarted(session, target);
    return null;
  } catch (error) {
    if (!(error instanceof Error)) return String(error);
    // An assertion's message abbreviates; what it saw is in actual/expected.
    const seen = error as Error & { actual?: unknown; expected?: unknown };
    return [error.message, 'actual' in seen ? JSON.stringify(seen.actual) : '', 'expected' in seen ? JSON.stringify(seen.expected) : ''].join('\n');
  } finally {
    session?.double.electron.app.quit();
    // Rejections of a broken start arrive late; they belong to this case, not to the test run.
    await new Promise((resolve) => setTimeout(resolve, 100));
    session?.end();
  }
}

const ipcLine = '\tregisterIpc(services, () => BrowserWindow.getAllWindows().map((window) => window.webContents));\n';

describe('breaking the wiring on purpose fails the startup checks', () => {
  it('the unbroken build passes them (the control)', async () => {
    expect(await startupFailure(brokenCopy({}))).toBeNull();
  });

  it('IPC handlers registered after the window is created', async () => {
    const broken = brokenCopy({ main: [replaceOnce(ipcLine, ''), replaceOnce('\tpresenter.audience();\n\topenHandedOver', `\tpresenter.audience();\n${ipcLine}\topenHandedOver`)] });
    expect(await startupFailure(broken)).toMatch(/registered before the first page loads/);
  });

  it('the preload pointing at a file the build does not have', async () => {
    const broken = brokenCopy({ main: [replaceOnce('"../preload/index.cjs"', '"../preload/index.js"')] });
    expect(await startupFailure(broken)).toMatch(/preload .*index\.js exists/);
  });

  it('the sandbox turned off', async () => {
    const broken = brokenCopy({ main: [replaceOnce('\tsandbox: true,', '\tsandbox: false,')] });
    expect(await startupFailure(broken)).toMatch(/webPreferences[\s\S]*sandbox/);
  });

  it("one channel's handler dropped", async () => {
    const broken = brokenCopy({ main: [replaceOnce('for (const name of apiNames) ipcMain.handle(', 'for (const name of apiNames.filter((each) => each !== "saveDeck")) ipcMain.handle(')] });
    expect(await startupFailure(broken)).toMatch(/each API call exactly once[\s\S]*docent:saveDeck/);
  });

  it('a channel registered twice', async () => {
    const broken = brokenCopy({ main: [replaceOnce(ipcLine, `${ipcLine}${ipcLine}`)] });
    expect(await startupFailure(broken)).toMatch(/second handler|exactly once/);
  });

  it('the preload built as an ES module', async () => {
    const broken = brokenCopy({ preload: [replaceOnce('let electron = require("electron");', 'import * as electron from "electron";')] });
    expect(await startupFailure(broken)).toMatch(/no ESM import\/export|sandboxed renderer/);
  });

  it('schemes registered after ready', async () => {
    const broken = brokenCopy({ main: [replaceOnce('registerSchemes();\n', ''), replaceOnce('\tawait app.whenReady();\n', '\tawait app.whenReady();\n\tregisterSchemes();\n')] });
    expect(await startupFailure(broken)).toMatch(/scheme registrations before ready/);
  });

  it('two top-level `require`s in the bundle (the build once shipped this: a SyntaxError before anything runs)', async () => {
    // The shape of that bundle: electron-vite's ESM shim `const require`, and a module's own `require` hoisted beside it.
    const broken = brokenCopy({
      main: [
        replaceOnce('import path from "node:path";\n', 'import path from "node:path";\nconst require = createRequire(import.meta.url);\n'),
        replaceOnce('var requirePackage = createRequire(import.meta.url);', 'var require = createRequire(import.meta.url);\nvar requirePackage = require;'),
      ],
    });
    expect(await startupFailure(broken)).toMatch(/Identifier 'require' has already been declared/);
  });
});
