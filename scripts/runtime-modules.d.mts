// Types of runtime-modules.mjs, for the packaging test.
export function importedPackages(bundleText: string): string[];
export function runtimeModules(root: string, bundleText: string): string[];
export function installedModules(root: string): string[];
