// What must hold once the built main process has started: shared by the life-cycle test and by the
// test that breaks the wiring on purpose (which expects these very checks to fail).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { apiNames } from '../../../../src/shared/api';
import type { AppSession } from './app-session';
import type { BuiltApp } from './build-app';
import type { WindowRecord } from './window-double';

/** Before `ready`: the single-instance lock taken, both schemes registered, nothing else done yet. */
export function checkBeforeReady(session: AppSession): void {
  const { recorder } = session;
  expect(recorder.lockRequests, 'single-instance lock requests').toBe(1);
  expect(recorder.quitCalls).toEqual([]);
  expect(recorder.schemes, 'scheme registrations before ready').toHaveLength(1);
  const schemes = new Map(recorder.schemes[0]?.schemes.map((each) => [each.scheme, each.privileges]));
  expect([...schemes.keys()].sort()).toEqual(['app', 'docent-deck']);
  for (const privileges of schemes.values()) expect(privileges).toMatchObject({ standard: true, secure: true });
  expect(recorder.windows).toEqual([]);
  expect(recorder.handleCalls).toEqual([]);
}

export function expectLockedDown(record: WindowRecord): void {
  expect(record.options.webPreferences, `window ${record.id}'s webPreferences`).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
  });
  expect(record.options.webPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
  expect(record.options.webPreferences).not.toHaveProperty('experimentalFeatures', true);
  expect(record.windowOpenHandler, `window ${record.id} has a window-open handler`).toBeTypeOf('function');
  expect(record.contents.listenerCount('will-navigate'), `window ${record.id} guards navigation`).toBeGreaterThan(0);
}

/** The preload a window runs: a CommonJS file inside the build's out/, run sandboxed without error. */
export function expectPreloadRan(record: WindowRecord, app: BuiltApp): void {
  const preload = record.options.webPreferences?.preload ?? '';
  expect(path.relative(path.join(app.root, 'out'), preload).startsWith('..'), `preload ${preload} is inside out/`).toBe(false);
  expect(existsSync(preload), `preload ${preload} exists`).toBe(true);
  expect(/^\s*(import|export)\s/m.test(readFileSync(preload, 'utf8')), 'the preload has no ESM import/export').toBe(false);
  expect(record.preloadError, 'the preload ran in a sandboxed renderer').toBeNull();
  expect([...(record.preload?.exposed.keys() ?? [])], 'what the preload exposed').toEqual(['docent']);
}

/** After `ready`: one locked-down window showing the default deck, every channel answered before it loaded. */
export async function checkStarted(session: AppSession, app: BuiltApp): Promise<WindowRecord> {
  const started = () => (session.windows[0]?.loads.length ?? 0) >= 1 && session.recorder.applicationMenu !== null;
  await session.until('the first window has loaded and the menu is set (or startup failed)', () => started() || session.rejections.length > 0, 5_000);
  expect(session.rejections.map(String), 'unhandled rejections while starting').toEqual([]);
  const { recorder } = session;
  expect(recorder.windows).toHaveLength(1);
  const first = recorder.windows[0]!;
  expectLockedDown(first);
  expect(first.loads[0]).toMatchObject({ url: 'app://docent/', status: 200 });
  const firstLoad = first.loads[0]!.at;

  const channels = recorder.handleCalls.map((call) => call.channel);
  expect([...channels].sort(), 'ipcMain.handle channels: each API call exactly once').toEqual(apiNames.map((name) => `docent:${name}`).sort());
  for (const call of recorder.handleCalls) expect(call.at, `${call.channel} registered before the first page loads`).toBeLessThan(firstLoad);
  for (const [scheme, registration] of recorder.protocols) expect(registration.at, `${scheme}: served before the first page loads`).toBeLessThan(firstLoad);

  expectPreloadRan(first, app);
  expect(await session.deckFolder()).toBe(path.join(app.root, 'slides', 'russia-china-north-korea'));
  expect(recorder.errorBoxes).toEqual([]);
  expect(session.rejections).toEqual([]);
  return first;
}
