// Two private URL schemes instead of file://: app://docent/ serves the built renderer, and
// docent-deck://deck/ serves the open deck's own files, both confined to their folders.
import { protocol, net } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../host/http/security-headers';
import { contentTypeFor, resolveStatic } from '../host/http/static-files';
import type { DocentServices } from '../host/docent-services';

export const appOrigin = 'app://docent';

export function isAppUrl(url: string): boolean {
  return url.startsWith(`${appOrigin}/`);
}

/** Must run before the app is ready. */
export function registerSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: 'docent-deck', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveProtocols(rendererRoot: string, services: DocentServices): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const pagePath = ['/', '/speaker', '/print', '/editor'].includes(url.pathname) ? 'index.html' : url.pathname;
    const file = await resolveStatic(rendererRoot, pagePath);
    if (!file) return new Response('not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    return new Response(response.body, {
      headers: { 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': contentSecurityPolicy.replace("img-src 'self'", "img-src 'self' docent-deck:"), 'X-Content-Type-Options': 'nosniff' },
    });
  });
  protocol.handle('docent-deck', async (request) => {
    try {
      const relative = decodeURIComponent(new URL(request.url).pathname.replace(/^\//, ''));
      const file = await services.store.assetPath(relative);
      const response = await net.fetch(pathToFileURL(file).href);
      return new Response(response.body, { headers: { 'Content-Type': contentTypeFor(file, true), 'Content-Security-Policy': "default-src 'none'; sandbox" } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });
}
