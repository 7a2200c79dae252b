// Node module hooks (module.register) that give a bundle loaded with `?run=<id>` in its URL the
// Electron double of that run when it imports 'electron'. Everything else resolves as usual.
const scheme = 'docent-electron-double:';
let exportNames = [];

export function initialize(data) {
  exportNames = data.exportNames;
}

export async function resolve(specifier, context, nextResolve) {
  const run = context.parentURL?.startsWith('file:') ? new URL(context.parentURL).searchParams.get('run') : null;
  if (specifier === 'electron' && run) return { url: `${scheme}electron?run=${encodeURIComponent(run)}`, shortCircuit: true };
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith(scheme)) return nextLoad(url, context);
  const run = new URL(url).searchParams.get('run');
  const lines = [`const double = globalThis[Symbol.for('docent.electron-doubles')].get(${JSON.stringify(run)});`];
  for (const name of exportNames) lines.push(`export const ${name} = double.${name};`);
  lines.push('export default double;');
  return { format: 'module', source: lines.join('\n'), shortCircuit: true };
}
