// The installers' configuration and what they would package. Electron cannot be downloaded here, so
// electron-builder packages the app for Linux as a folder (`--linux dir`) around a stand-in Electron
// distribution: the app.asar it writes is the one every installer (AppImage, .deb, NSIS, .dmg)
// carries. The test reads that archive, then starts the built main from the archive's own files,
// outside the repository, so a package the app needs and the archive lacks fails here.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import asar from '@electron/asar';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importedPackages, runtimeModules } from '../../../../scripts/runtime-modules.mjs';
import { AppSession, display } from './app-session';
import { repoRoot, type BuiltApp } from './build-app';
import { checkBeforeReady, checkStarted } from './startup-checks';

const configFile = 'electron-builder.config.mjs';
let stage: string;
let unpacked: string;
let archive: string[];
let config: Configuration;

/** A copy of the project as `npm run dist` sees it after `npm run build`, with the real node_modules. */
function stageProject(): string {
  const folder = mkdtempSync(path.join(repoRoot, '.tmp-package-'));
  for (const file of ['package.json', 'package-lock.json', configFile, 'scripts/runtime-modules.mjs', 'resources/build', 'slides']) cpSync(path.join(repoRoot, file), path.join(folder, file), { recursive: true });
  // Hard links (fast, no data copied): electron-builder asks npm for the dependency tree, and npm does
  // not follow a symlinked node_modules (it reports every package as extraneous).
  execFileSync('cp', ['-al', path.join(repoRoot, 'node_modules'), path.join(folder, 'node_modules')]);
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', path.join(folder, 'out'), '--logLevel', 'warn'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  // The gazetteer index as `npm run build` leaves it (rebuilt only when its sources changed).
  const gazetteer = path.join(repoRoot, 'out', 'gazetteer');
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-gazetteer.mjs'), gazetteer], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  cpSync(gazetteer, path.join(folder, 'out', 'gazetteer'), { recursive: true });
  return folder;
}

/** Electron's unpacked distribution as electron-builder expects it, with a placeholder for the binary it renames. */
function standInElectron(folder: string): string {
  const dist = path.join(folder, 'electron-dist');
  mkdirSync(path.join(dist, 'resources'), { recursive: true });
  writeFileSync(path.join(dist, 'electron'), '#!/bin/sh\necho "a stand-in for the Electron binary"\n');
  chmodSync(path.join(dist, 'electron'), 0o755);
  return dist;
}

beforeAll(async () => {
  stage = stageProject();
  const output = path.join(stage, 'dist');
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--config', configFile, `-c.electronDist=${standInElectron(stage)}`, `-c.directories.output=${output}`, '--publish', 'never'],
    { cwd: stage, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  unpacked = path.join(output, 'linux-unpacked');
  archive = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
  config = await getConfig(stage, path.join(stage, configFile), null);
}, 300_000);

afterAll(() => {
  if (stage) rmSync(stage, { recursive: true, force: true });
}, 120_000);

function png(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the installers', () => {
  it("pass electron-builder's own validation of the configuration, which refuses a mistyped option", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const mistyped = { ...config, linux: { ...config.linux, targetz: ['AppImage'] } } as Configuration;
    await expect(validateConfiguration(mistyped, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*configuration\.linux/);
  });

  it('are AppImage and .deb for Linux, NSIS for Windows and a .dmg for macOS, for an app named Docent with its icon', () => {
    expect(config.productName).toBe('Docent');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(existsSync(path.join(unpacked, 'docent')), 'the executable is named docent').toBe(true);
    // One 1024 px PNG: electron-builder makes the .ico, the .icns and the Linux sizes from it.
    for (const platform of [config.linux, config.win, config.mac]) expect(png(path.join(stage, 'resources/build', String(platform?.icon)))).toEqual({ width: 1024, height: 1024 });
  });

  it('open .md files everywhere, and deck folders on Linux, Windows and macOS', () => {
    const associations = [config.fileAssociations ?? []].flat();
    expect(associations.flatMap((association) => [association.ext].flat())).toEqual(expect.arrayContaining(['md', 'markdown']));
    expect(config.linux?.mimeTypes).toEqual(expect.arrayContaining(['text/markdown', 'inode/directory']));
    const folderTypes = (config.mac?.extendInfo as { CFBundleDocumentTypes?: { LSItemContentTypes?: string[] }[] }).CFBundleDocumentTypes ?? [];
    expect(folderTypes.flatMap((type) => type.LSItemContentTypes ?? [])).toContain('public.folder');
    const nsis = readFileSync(path.join(stage, String(config.nsis?.include)), 'utf8');
    expect(nsis).toMatch(/!macro customInstall[\s\S]*Software\\Classes\\Directory\\shell\\Docent\\command[\s\S]*"%1"/);
    expect(nsis).toMatch(/!macro customUnInstall[\s\S]*DeleteRegKey HKCU "Software\\Classes\\Directory\\shell\\Docent"/);
  });

  it('package the built app, the bundled deck and only the npm packages the main process imports', () => {
    const top = new Set(archive.map((entry) => entry.split('/')[0]));
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json', 'slides']);
    expect([...new Set(archive.filter((entry) => entry.startsWith('out/')).map((entry) => entry.split('/')[1]))].sort()).toEqual(['gazetteer', 'main', 'preload', 'renderer', 'standalone']);
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/standalone/docent-file.js', 'out/standalone/themes/white.css', 'out/gazetteer/places.tsv', 'out/gazetteer/countries.json', 'slides/russia-china-north-korea/deck.md']) expect(archive, file).toContain(file);
    expect(archive.filter((entry) => /\.map$|(^|\/)(tests?|__tests__|bench|src)\//.test(entry) && !entry.startsWith('node_modules/'))).toEqual([]);

    const bundle = readFileSync(path.join(stage, 'out/main/index.js'), 'utf8');
    const packages = new Set(archive.filter((entry) => entry.startsWith('node_modules/') && entry.endsWith('/package.json')).map((entry) => entry.replace(/\/package\.json$/, '')).filter((folder) => !folder.slice('node_modules/'.length).includes('/node_modules/') && folder.split('/').length <= (folder.startsWith('node_modules/@') ? 3 : 2)));
    for (const name of importedPackages(bundle)) expect(packages, `${name}, which the main bundle imports`).toContain(`node_modules/${name}`);
    expect([...packages].sort()).toEqual(runtimeModules(stage, bundle).filter((folder) => !folder.slice('node_modules/'.length).includes('/node_modules/')));

    const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    for (const name of Object.keys(manifest.devDependencies)) expect(packages, `dev dependency ${name}`).not.toContain(`node_modules/${name}`);
    // Bundled into out/renderer already, or the command line's alone. (marked is the main process's
    // too: File → Export → HTML renders each slide's markdown to find the pictures the file carries.)
    for (const name of ['reveal.js', 'leaflet', 'codemirror', '@codemirror/view', 'dompurify', 'playwright-core']) expect(packages, name).not.toContain(`node_modules/${name}`);
  });

  it("start from the archive's own files: the built main, its preload and renderer, and the place data", async () => {
    const extracted = mkdtempSync(path.join(os.tmpdir(), 'docent-packaged-'));
    try {
      // Outside the repository, so nothing missing from the archive is found in the project's node_modules.
      asar.extractAll(path.join(unpacked, 'resources', 'app.asar'), extracted);
      const app: BuiltApp = { root: extracted, main: path.join(extracted, 'out/main/index.js'), preload: path.join(extracted, 'out/preload/index.cjs'), renderer: path.join(extracted, 'out/renderer'), remove: () => undefined };
      const session = await AppSession.start({ bundle: app.main, userData: mkdtempSync(path.join(extracted, 'user-data-')), argv: [path.join(unpacked, 'docent')], displays: [display(1, 0, 1280, 800, true)], isPackaged: true });
      try {
        checkBeforeReady(session);
        session.ready();
        await checkStarted(session, app);
        const [hit] = (await session.call('lookupPlaces', { names: ['Paris'] })) as ({ name: string; kind: string } | null)[];
        expect(hit).toMatchObject({ name: 'Paris', kind: 'city' });
      } finally {
        session.double.electron.app.quit();
        session.end();
      }
    } finally {
      rmSync(extracted, { recursive: true, force: true });
    }
  });
});
