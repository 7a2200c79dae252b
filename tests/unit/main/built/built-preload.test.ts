// The built preload (out/preload/index.cjs) run as a sandboxed renderer runs it: a CommonJS function
// in its own context, `require` knowing only 'electron', 'electron' offering only contextBridge and
// ipcRenderer. It must expose window.docent with exactly the bridge's three functions.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocentBridge } from '../../../../src/preload/bridge-types';
import { apiNames, eventNames } from '../../../../src/shared/api';
import { buildApp, type BuiltApp } from './build-app';
import { deliver, runSandboxedPreload } from './sandboxed-preload';

/** Every member of DocentBridge; the type below fails to compile if the interface gains one not listed. */
const bridgeMembers = ['invoke', 'on', 'onCommand'] as const;
const listsEveryMember: Exclude<keyof DocentBridge, (typeof bridgeMembers)[number]> extends never ? true : false = true;

let app: BuiltApp;
beforeAll(() => {
  app = buildApp();
}, 180_000);
afterAll(() => app?.remove());

function load() {
  const calls: { channel: string; args: unknown[] }[] = [];
  const run = runSandboxedPreload(app.preload, async (channel, args) => {
    calls.push({ channel, args });
    return { ok: true, value: channel };
  });
  return { run, calls, docent: run.exposed.get('docent') as DocentBridge };
}

describe('the built preload in a sandboxed renderer', () => {
  it('exposes window.docent and nothing else, with exactly the bridge functions', () => {
    expect(listsEveryMember).toBe(true);
    const { run, docent } = load();
    expect([...run.exposed.keys()]).toEqual(['docent']);
    expect(Object.keys(docent).sort()).toEqual([...bridgeMembers].sort());
    for (const member of bridgeMembers) expect(typeof docent[member], member).toBe('function');
    // No ipcRenderer, no Node: only functions that close over them.
    expect(JSON.stringify(Object.getOwnPropertyNames(docent).sort())).toBe(JSON.stringify([...bridgeMembers].sort()));
  });

  it('requires nothing but electron', () => {
    expect(load().run.required).toEqual(['electron']);
  });

  it('invoke sends each API call on its own channel, with the request as given', async () => {
    const { docent, calls } = load();
    for (const name of apiNames) await docent.invoke(name, { probe: name });
    expect(calls).toEqual(apiNames.map((name) => ({ channel: `docent:${name}`, args: [{ probe: name }] })));
  });

  it('on and onCommand hear their own messages, and their returned functions stop listening', () => {
    const { run, docent } = load();
    for (const event of eventNames) {
      const heard: unknown[] = [];
      const stop = docent.on(event, (payload) => heard.push(payload));
      deliver(run, 'docent:event', [event, { n: 1 }]);
      deliver(run, 'docent:event', ['notThisEvent', { n: 2 }]);
      stop();
      deliver(run, 'docent:event', [event, { n: 3 }]);
      expect(heard, event).toEqual([{ n: 1 }]);
    }
    const commands: unknown[][] = [];
    const stop = docent.onCommand((command, argument) => commands.push([command, argument]));
    deliver(run, 'docent:command', ['overview']);
    stop();
    deliver(run, 'docent:command', ['help']);
    expect(commands).toEqual([['overview', undefined]]);
    expect(run.renderer.eventNames()).toEqual([]);
  });
});

describe('the sandbox harness itself', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'docent-preload-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const script = (name: string, text: string) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return file;
  };

  it('refuses an ES module preload, as a sandboxed renderer does', () => {
    const file = script('esm.js', "import { contextBridge } from 'electron';\ncontextBridge.exposeInMainWorld('docent', {});\n");
    expect(() => runSandboxedPreload(file, async () => null)).toThrow(/Cannot use import statement outside a module/);
  });

  it('refuses Node modules and leaves no Node globals in reach', () => {
    expect(() => runSandboxedPreload(script('fs.cjs', "require('node:fs');\n"), async () => null)).toThrow(/module not found: node:fs/);
    const probe = script('globals.cjs', "require('electron').contextBridge.exposeInMainWorld('seen', [typeof process, typeof Buffer, typeof globalThis.require].join());\n");
    expect(runSandboxedPreload(probe, async () => null).exposed.get('seen')).toBe('undefined,undefined,undefined');
  });
});
