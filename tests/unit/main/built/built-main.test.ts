// The built main process (out/main/index.js, what `electron .` loads) run under Node with a
// recording Electron double, driven through its life cycle as a user would drive the app. It fails
// on what would break the app for every user while unit tests of the pieces stay green: a bundle
// that does not load, a preload that is missing or not CommonJS, a handler registered after the
// window asks for it, a window without its security settings or its navigation guards.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintPlan } from '../../../../src/shared/print-plan';
import { AppSession, display } from './app-session';
import { buildApp, repoRoot, type BuiltApp } from './build-app';
import { checkBeforeReady, checkStarted, expectLockedDown, expectPreloadRan } from './startup-checks';
import { electronEvent, type WindowRecord } from './window-double';

const laptop = display(1, 0, 1280, 800, true);
const projector = display(2, 1280, 1920, 1080, false);
const devArgv = ['/usr/lib/electron/electron', '.'];

let app: BuiltApp;
let scratch: string;
const decks: Record<'basic' | 'speaker' | 'editing', string> = { basic: '', speaker: '', editing: '' };

beforeAll(() => {
  app = buildApp();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'docent-built-main-'));
  for (const name of Object.keys(decks) as (keyof typeof decks)[]) {
    decks[name] = path.join(scratch, 'decks', name);
    cpSync(path.join(repoRoot, 'tests/fixtures/decks', name), decks[name], { recursive: true });
  }
}, 180_000);

afterAll(() => {
  app?.remove();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function userData(): string {
  return mkdtempSync(path.join(scratch, 'user-data-'));
}

/** `Content-Security-Policy` as directive → sources. */
function directives(csp: string | null): Map<string, string[]> {
  return new Map((csp ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name = '', ...sources]) => [name, sources]));
}

/** The guards do what they say: popups denied (web links go to the browser), navigation away refused. */
function expectGuardsHold(session: AppSession, record: WindowRecord): void {
  const open = record.windowOpenHandler!;
  for (const url of ['https://example.org/page', 'app://docent/speaker', 'file:///etc/passwd', 'javascript:alert(1)']) {
    expect(open({ url } as never), `window ${record.id} opening ${url}`).toEqual({ action: 'deny' });
  }
  expect(session.recorder.external.filter((url) => !/^https?:/.test(url))).toEqual([]);
  for (const url of ['https://example.org/', 'file:///etc/passwd', 'docent-deck://deck/deck.md', 'app://docent.evil/']) {
    const event = electronEvent();
    record.contents.emit('will-navigate', event, url);
    expect(event.defaultPrevented, `window ${record.id} navigating to ${url}`).toBe(true);
  }
  const inside = electronEvent();
  record.contents.emit('will-navigate', inside, 'app://docent/speaker');
  expect(inside.defaultPrevented).toBe(false);
  const webview = electronEvent();
  record.contents.emit('will-attach-webview', webview, {}, {});
  expect(webview.defaultPrevented).toBe(true);
}

describe('the built main process, from start to quit', () => {
  let session: AppSession;

  beforeAll(async () => {
    session = await AppSession.start({ bundle: app.main, userData: userData(), argv: devArgv, displays: [laptop] });
  });
  afterAll(() => session?.end());

  it('is the entry package.json names, and its preload is a CommonJS file inside out/', () => {
    expect(path.relative(app.root, app.main)).toBe(path.join('out', 'main', 'index.js'));
    expect(existsSync(app.preload)).toBe(true);
  });

  it('before ready: takes the single-instance lock and registers its schemes, and nothing else', () => {
    checkBeforeReady(session);
  });

  it('on ready: opens the default deck in one locked-down window, every API channel answered before it loads', async () => {
    session.ready();
    await checkStarted(session, app);
  });

  it('app:// serves the built renderer with its CSP, and nothing outside it', async () => {
    const serve = session.recorder.protocols.get('app')!.handler;
    const index = readFileSync(path.join(app.renderer, 'index.html'), 'utf8');
    for (const page of ['/', '/speaker', '/print', '/editor']) {
      const response = await serve(new Request(`app://docent${page}`));
      expect(response.status, page).toBe(200);
      expect(await response.text()).toBe(index);
      const csp = directives(response.headers.get('Content-Security-Policy'));
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('img-src')).toContain('docent-deck:');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index)?.[1];
    const asset = await serve(new Request(`app://docent/${script}`));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Content-Type')).toMatch(/javascript/);
    expect(await asset.text()).toBe(readFileSync(path.join(app.renderer, script!), 'utf8'));

    const outside = ['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/assets/..%2f..%2fmain%2findex.js', '/..%5c..%5cpackage.json', '/%00', '/nope.js', `/${encodeURIComponent(app.main)}`];
    for (const target of outside) {
      const response = await serve(new Request(`app://docent${target}`));
      expect(response.status, target).toBe(404);
    }
    const deckAssets = session.recorder.protocols.get('docent-deck')!.handler;
    for (const target of ['/../../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      expect((await deckAssets(new Request(`docent-deck://deck${target}`))).status, target).toBe(404);
    }
  });

  it('app:// serves every chunk, stylesheet and font the renderer loads later, with the type a module script and a font need', async () => {
    const serve = session.recorder.protocols.get('app')!.handler;
    // The build's index of its chunks (the views, the editor, the map, highlighting and math load on first use).
    const manifest = JSON.parse(readFileSync(path.join(app.renderer, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[]; assets?: string[]; isDynamicEntry?: boolean }>;
    const lazy = Object.values(manifest).filter((entry) => entry.isDynamicEntry);
    expect(lazy.length).toBeGreaterThanOrEqual(6);
    const files = new Set(Object.values(manifest).flatMap((entry) => [entry.file, ...(entry.css ?? []), ...(entry.assets ?? [])]));
    // The fonts the themes inlined are files the theme stylesheets name.
    const themes = [...files].filter((file) => /\/white-[\w-]+\.css$/.test(file));
    expect(themes.length).toBeGreaterThan(0);
    for (const theme of themes) {
      const css = readFileSync(path.join(app.renderer, theme), 'utf8');
      for (const match of css.matchAll(/url\("?([^")]+\.woff2?)"?\)/g)) files.add(path.posix.join(path.posix.dirname(theme), match[1]!));
    }
    const types = { '.js': /^text\/javascript/, '.css': /^text\/css/, '.woff': /^font\/woff$/, '.woff2': /^font\/woff2$/, '.json': /^application\/json/ } as Record<string, RegExp>;
    let fonts = 0;
    for (const file of files) {
      const type = types[path.extname(file)];
      if (!type) continue;
      const response = await serve(new Request(`app://docent/${file}`));
      expect(response.status, file).toBe(200);
      expect(response.headers.get('Content-Type'), file).toMatch(type);
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(app.renderer, file))), file).toBe(true);
      if (file.endsWith('.woff')) fonts += 1;
    }
    expect(fonts).toBeGreaterThan(0);
    expect((await serve(new Request('app://docent/.vite/manifest.json'))).status).toBe(404);
  });

  it('the first window refuses popups and navigation away from the app', () => {
    expectGuardsHold(session, session.window('/'));
    expect(session.recorder.external).toEqual(['https://example.org/page']);
  });

  it('a second instance started with a deck path opens that deck here and brings the window forward', async () => {
    const audience = session.window('/');
    session.recorder.focused = null;
    session.secondInstance([...devArgv, decks.basic]);
    const told = () => audience.sent.some((message) => message.channel === 'docent:event' && message.args[0] === 'deckChanged' && (message.args[1] as { folder: string }).folder === decks.basic);
    await session.until('the window is told the deck changed', told);
    expect(await session.deckFolder()).toBe(decks.basic);
    expect(session.windows).toHaveLength(1);
    expect(session.recorder.focused).toBe(audience);
  });

  it('File → Open Deck… opens the deck picked in the dialog', async () => {
    session.recorder.answer('showOpenDialog', { canceled: false, filePaths: [decks.speaker] });
    session.clickMenu('File', 'Open Deck…');
    await session.until('the picked deck is open', async () => (await session.deckFolder()) === decks.speaker);
    const picker = session.recorder.dialogs.find((dialog) => dialog.kind === 'showOpenDialog');
    expect(picker?.options).toMatchObject({ properties: expect.arrayContaining(['openFile', 'openDirectory']) });
  });

  it('File → Open Recent lists the decks opened and reopens one', async () => {
    await session.until('the menu lists the recent decks', () => recentFolders().includes(decks.basic) && recentFolders().includes(decks.speaker));
    const basic = recentItems().find((item) => item.sublabel === decks.basic)!;
    session.clickMenu('File', 'Open Recent', basic.label!);
    await session.until('the recent deck is open', async () => (await session.deckFolder()) === decks.basic);
  });

  function recentItems() {
    const file = session.recorder.applicationMenu?.find((item) => item.label === 'File');
    const recent = (file?.submenu as { label?: string; submenu?: unknown }[]).find((item) => item.label === 'Open Recent');
    return (recent?.submenu ?? []) as { label?: string; sublabel?: string }[];
  }
  function recentFolders() {
    return recentItems().map((item) => item.sublabel);
  }

  it('File → Export → PDF… prints in a hidden, locked-down window and writes the PDF', async () => {
    const target = path.join(scratch, 'exported.pdf');
    const audience = session.window('/');
    const plan: PrintPlan = {
      title: 'Basic',
      author: null,
      subject: null,
      pageSize: { width: 1280, height: 720 },
      pages: [
        { slide: 1, kind: 'slide', title: 'Opening' },
        { slide: 2, kind: 'slide', title: 'Second' },
      ],
      warnings: [],
    };
    // The print view itself is the renderer's (covered by the export e2e specs): here it answers as a ready page.
    session.recorder.pageFor = (url) =>
      new URL(url).pathname === '/print'
        ? {
            evaluate: (expression) => (expression.includes('.status()') ? { stage: 'ready', mapsDrawn: 0, mapsTotal: 0, error: null } : plan),
            async pdf() {
              const pdf = await PDFDocument.create();
              for (const _ of plan.pages) pdf.addPage([960, 540]);
              return pdf.save();
            },
          }
        : {};
    session.recorder.answer('showMessageBox', { response: 0, checkboxChecked: false });
    session.recorder.answer('showSaveDialog', { canceled: false, filePath: target });
    session.clickMenu('File', 'Export', 'PDF…');
    await session.until('the PDF is written and its window gone', () => existsSync(target) && session.windows.length === 1);

    const printWindow = session.recorder.windows.find((record) => record.loads[0]?.url.startsWith('app://docent/print'))!;
    expect(printWindow.options).toMatchObject({ show: false, paintWhenInitiallyHidden: true });
    expectLockedDown(printWindow);
    expectGuardsHold(session, printWindow);
    expect(printWindow.loads[0]).toMatchObject({ url: 'app://docent/print?layout=slides&paper=a4&steps=0', status: 200 });
    expect(printWindow.backgroundThrottling).toBe(false);
    expect(printWindow.destroyed).toBe(true);
    expect(printWindow.visible).toBe(false);
    expect(audience.progress.at(-1)).toBe(-1);
    const progress = audience.sent.filter((message) => message.args[0] === 'exportProgress').map((message) => (message.args[1] as { stage: string }).stage);
    expect(progress).toContain('printing');
    expect(progress.at(-1)).toBe('done');
    // A real reader of the file: poppler.
    const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/^Title:\s+Basic$/m);
    expect(session.recorder.errorBoxes).toEqual([]);
  });

  it('File → Export → HTML (one file)… writes the self-contained file with no window of its own', async () => {
    const target = path.join(scratch, 'exported.html');
    const windows = session.recorder.windows.length;
    session.recorder.answer('showSaveDialog', { canceled: false, filePath: target });
    session.clickMenu('File', 'Export', 'HTML (one file)…');
    await session.until('the HTML file is written', () => existsSync(target));
    const html = readFileSync(target, 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    expect(html).toContain('<title>A basic deck</title>');
    expect(session.recorder.windows.length).toBe(windows);
    const progress = session.window('/').sent.filter((message) => message.args[0] === 'exportProgress').map((message) => (message.args[1] as { stage: string }).stage);
    expect(progress.at(-1)).toBe('done');
    expect(session.recorder.errorBoxes).toEqual([]);
  });

  it('Start Presenting on one display: the audience full screen, the speaker view over it with the keys', async () => {
    session.clickMenu('View', 'Start Presenting');
    await session.until('the speaker view is open', () => session.windows.some((record) => record.loads[0]?.url === 'app://docent/speaker'));
    const audience = session.window('/');
    const speaker = session.window('/speaker');
    expectLockedDown(speaker);
    expectGuardsHold(session, speaker);
    expectPreloadRan(speaker, app);
    expect(audience.fullScreen).toBe(true);
    expect(speaker.fullScreen).toBe(false);
    expect(session.recorder.focused).toBe(speaker);
    expect(session.double.electron.screen.listenerCount('display-added')).toBe(1);
  });

  it('a projector plugged in: the audience moves to it full screen, the speaker view stays on the laptop', () => {
    session.displaysChange('display-added', [laptop, projector], projector);
    const audience = session.window('/');
    const speaker = session.window('/speaker');
    expect(audience.fullScreen).toBe(true);
    expect(within(audience.bounds, projector.bounds)).toBe(true);
    expect(speaker.fullScreen).toBe(false);
    expect(within(speaker.bounds, laptop.bounds)).toBe(true);
  });

  it('the projector pulled out: both windows come back to the laptop, nothing reloads', () => {
    const loadsBefore = session.windows.map((record) => record.loads.length);
    session.displaysChange('display-removed', [laptop], projector);
    expect(within(session.window('/').bounds, laptop.bounds)).toBe(true);
    expect(session.window('/').fullScreen).toBe(true);
    expect(within(session.window('/speaker').bounds, laptop.bounds)).toBe(true);
    expect(session.windows.map((record) => record.loads.length)).toEqual(loadsBefore);
  });

  it('Stop Presenting leaves full screen and stops following the displays', () => {
    session.clickMenu('View', 'Stop Presenting');
    expect(session.window('/').fullScreen).toBe(false);
    for (const event of ['display-added', 'display-removed', 'display-metrics-changed']) expect(session.double.electron.screen.listenerCount(event)).toBe(0);
  });

  it('Start Presenting with two displays from the start: audience on the projector, speaker on the laptop', async () => {
    session.recorder.displays = [laptop, projector];
    session.clickMenu('View', 'Start Presenting');
    await session.until('the audience is on the projector', () => within(session.window('/').bounds, projector.bounds));
    expect(session.window('/').fullScreen).toBe(true);
    expect(within(session.window('/speaker').bounds, laptop.bounds)).toBe(true);
    expect(session.windows).toHaveLength(2);
    session.clickMenu('View', 'Stop Presenting');
  });

  it('opening another deck over unsaved edits asks: Cancel keeps the deck, Open goes on and keeps a recovery copy', async () => {
    const open = (await session.call('getDeck')) as { folder: string; fileName: string; text: string; version: string };
    const unsaved = { folder: open.folder, fileName: open.fileName, text: `${open.text}\n\nAn unsaved line.\n`, baseVersion: open.version };
    await session.call('saveRecovery', unsaved);

    session.recorder.answer('showMessageBox', { response: 1, checkboxChecked: false });
    session.secondInstance([...devArgv, decks.editing]);
    await session.until('the question was asked', () => session.recorder.dialogs.some((dialog) => dialog.kind === 'showMessageBox' && String((dialog.options as { message?: string }).message).includes('unsaved changes')));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await session.deckFolder()).toBe(open.folder);

    session.recorder.answer('showMessageBox', { response: 0, checkboxChecked: false });
    session.secondInstance([...devArgv, decks.editing]);
    await session.until('the other deck is open', async () => (await session.deckFolder()) === decks.editing);
    // The copy waits for that deck to be opened again (the API serves only the open deck's copy).
    session.secondInstance([...devArgv, open.folder]);
    await session.until('the first deck is open again', async () => (await session.deckFolder()) === open.folder);
    const kept = (await session.call('loadRecovery', { folder: open.folder, fileName: open.fileName })) as { text: string } | null;
    expect(kept?.text).toBe(unsaved.text);
    // Back to the other deck, as the tests after this one have it (asked again: the copy is still unsaved).
    session.recorder.answer('showMessageBox', { response: 0, checkboxChecked: false });
    session.secondInstance([...devArgv, decks.editing]);
    await session.until('the other deck is open again', async () => (await session.deckFolder()) === decks.editing);
    expect(session.recorder.answers.showMessageBox).toHaveLength(0);
  });

  it('closing a window whose editor holds unsaved text asks; Cancel keeps it open', () => {
    const audience = session.window('/');
    audience.page.refusesUnload = true;
    session.recorder.answer('showMessageBoxSync', 1);
    audience.window.close();
    expect(audience.destroyed).toBe(false);
    const asked = session.recorder.dialogs.at(-1)!;
    expect(asked).toMatchObject({ kind: 'showMessageBoxSync', window: audience.id, expected: true });
    expect((asked.options as { buttons?: string[] }).buttons).toEqual(['Close without saving', 'Cancel']);
  });

  it('File → Quit with unsaved text: Cancel keeps the app running; Close without saving quits', async () => {
    const audience = session.window('/');
    session.recorder.answer('showMessageBoxSync', 1);
    session.clickMenu('File', 'quit');
    expect(session.recorder.quitted).toBe(false);
    expect(audience.destroyed).toBe(false);

    session.recorder.answer('showMessageBoxSync', 0);
    session.clickMenu('File', 'quit');
    expect(session.recorder.quitted).toBe(true);
    expect(session.windows).toEqual([]);
    // before-quit closed the services (the deck store and its file watcher): no deck is open any more.
    const getDeck = session.recorder.handlers.get('docent:getDeck')!.listener;
    const asked = () => getDeck({ senderFrame: { url: 'app://docent/' } } as never, {}) as Promise<{ ok: boolean; error?: { code: string } }>;
    await session.until('the services are closed', async () => (await asked()).ok === false);
    expect((await asked()).error?.code).toBe('DECK_NOT_FOUND');
  });

  it('no window was ever made without its security settings, and nothing was left unhandled', () => {
    for (const record of session.recorder.windows) expectLockedDown(record);
    expect(session.recorder.dialogs.filter((dialog) => !dialog.expected)).toEqual([]);
    expect(session.recorder.errorBoxes).toEqual([]);
    expect(session.rejections).toEqual([]);
  });
});

describe('the built main process, other starts', () => {
  it('a second copy that does not get the lock quits without a window or a handler', async () => {
    const session = await AppSession.start({ bundle: app.main, userData: userData(), argv: [...devArgv, decks.basic], displays: [laptop], lockGranted: false });
    try {
      expect(session.recorder.quitCalls).toHaveLength(1);
      session.ready();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(session.recorder.windows).toEqual([]);
      expect(session.recorder.handleCalls).toEqual([]);
      expect(session.rejections).toEqual([]);
    } finally {
      session.end();
    }
  });

  it('a packaged app opens the deck on its command line, and a second instance handed over during startup is not lost', async () => {
    const session = await AppSession.start({ bundle: app.main, userData: userData(), argv: ['/opt/Docent/docent', decks.speaker], displays: [laptop], isPackaged: true });
    try {
      session.ready();
      session.secondInstance(['/opt/Docent/docent', decks.basic]);
      await session.until('the first window has loaded', () => session.windows[0]?.loads.length === 1);
      await session.until('the deck from the second instance is open', async () => (await session.deckFolder()) === decks.basic);
      const opened = session.recorder.dialogs.length + session.recorder.errorBoxes.length;
      expect(opened).toBe(0);
    } finally {
      session.double.electron.app.quit();
      session.end();
    }
  });

  it('a deck opened from the macOS Finder arrives as open-file, before ready too, and opens once the app has started', async () => {
    const session = await AppSession.start({ bundle: app.main, userData: userData(), argv: ['/Applications/Docent.app/Contents/MacOS/Docent'], displays: [laptop], isPackaged: true });
    try {
      const event = electronEvent();
      session.double.electron.app.emit('open-file', event, path.join(decks.editing, 'deck.md'));
      expect(event.defaultPrevented, 'the app says it takes the file').toBe(true);
      session.ready();
      await session.until('the first window has loaded', () => session.windows[0]?.loads.length === 1);
      await session.until('the deck from the Finder is open', async () => (await session.deckFolder()) === decks.editing);
      expect(session.recorder.errorBoxes).toEqual([]);
    } finally {
      session.double.electron.app.quit();
      session.end();
    }
  });

  it('closing the last window on Linux and Windows quits the app', async () => {
    const session = await AppSession.start({ bundle: app.main, userData: userData(), argv: devArgv, displays: [laptop] });
    try {
      session.ready();
      await session.until('the first window has loaded', () => session.windows[0]?.loads.length === 1 && session.recorder.applicationMenu !== null);
      // A window closed while it still loads: its load is aborted, and nothing is left unhandled.
      session.clickMenu('View', 'Speaker View');
      expect(session.windows).toHaveLength(2);
      session.windows[1]!.window.close();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(session.rejections).toEqual([]);
      session.clickMenu('View', 'Speaker View');
      await session.until('the speaker view has loaded', () => session.windows[1]?.loads.length === 1);
      session.window('/').window.close();
      expect(session.windows).toEqual([]);
      expect(session.recorder.quitted).toBe(process.platform !== 'darwin');
      expect(session.rejections).toEqual([]);
    } finally {
      session.end();
    }
  });
});

function within(inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}
