// Installers for the desktop app (`npm run dist`, after `npm run build`): AppImage and .deb on
// Linux, an NSIS installer on Windows, a .dmg on macOS. The package holds the built app (out/),
// the gazetteer index, the bundled deck (slides/), package.json and only the npm packages the main
// process imports.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedModules, runtimeModules } from './scripts/runtime-modules.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const mainBundle = path.join(root, 'out/main/index.js');

/** node_modules folders to leave out: every installed package the main bundle does not reach. */
function unusedModules() {
  // Before a build (e.g. only reading this configuration) there is no bundle to read: keep them all.
  if (!existsSync(mainBundle)) return [];
  const needed = new Set(runtimeModules(root, readFileSync(mainBundle, 'utf8')));
  return installedModules(root).filter((folder) => !needed.has(folder) && ![...needed].some((each) => each.startsWith(`${folder}/`)));
}

const deckDescription = 'Docent deck (Markdown)';

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'org.docent.desktop',
  productName: 'Docent',
  executableName: 'docent',
  copyright: 'Docent contributors, MIT licence',
  directories: { output: 'dist', buildResources: 'resources/build' },
  files: [
    'package.json',
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    // The build's index of its chunks, read by the tests and the bench only.
    '!out/renderer/.vite/**',
    // The exported HTML file's code (vite.standalone.config.ts): File → Export → HTML writes it into the file.
    'out/standalone/**',
    // The place gazetteer's index, built by `npm run build` (scripts/build-gazetteer.mjs).
    'out/gazetteer/places.tsv',
    'out/gazetteer/countries.json',
    'slides/**',
    '!**/*.map',
    // Only files no package loads: folders named test/ or docs/ can be code (suffix-thumb's src/test is).
    '!**/node_modules/**/{README,README.*,CHANGELOG,CHANGELOG.*,HISTORY.md,*.d.ts,*.d.mts,*.d.cts,*.map,.github}',
    ...unusedModules().map((folder) => `!${folder}/**`),
  ],
  asar: true,
  // electron-builder's .deb needs a homepage; the project has no public page yet (.invalid is reserved
  // for exactly that). Replace it once there is one.
  extraMetadata: { homepage: 'https://docent.invalid/' },
  // A .md file or a deck folder opened from the file manager is handed to the app (second-instance or argv).
  fileAssociations: [{ ext: ['md', 'markdown'], name: deckDescription, description: deckDescription, mimeType: 'text/markdown', role: 'Viewer', icon: 'icon' }],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Docent contributors',
    synopsis: 'Present a document as a slide deck, offline',
    icon: 'icon.png',
    // inode/directory: "Open with Docent" on a deck folder.
    mimeTypes: ['text/markdown', 'inode/directory'],
    desktop: { entry: { Name: 'Docent', Comment: 'Present a document as a slide deck, offline', Keywords: 'slides;presentation;reveal.js;markdown;' } },
  },
  deb: { packageCategory: 'office', priority: 'optional' },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: { target: ['nsis'], icon: 'icon.png' },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
    // Adds "Open as Docent deck" to folders in Explorer (resources/build/installer.nsh).
    include: 'resources/build/installer.nsh',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'icon.png',
    // Folders can be dropped on the Dock icon or opened with Docent (public.folder).
    extendInfo: { CFBundleDocumentTypes: [{ CFBundleTypeName: 'Docent deck folder', CFBundleTypeRole: 'Viewer', LSItemContentTypes: ['public.folder'], LSHandlerRank: 'Alternate' }] },
  },
  dmg: { artifactName: '${productName}-${version}.${ext}' },
  publish: null,
};
