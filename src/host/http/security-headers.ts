// Headers every browser-host response carries. The CSP is the same as the Electron renderer's
// (src/renderer/index.html): everything from 'self', fonts and images also as data: URLs.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * The build names its chunks, styles and fonts after their content ("assets/index-B2x9Qk_a.js"), so such a file
 * never changes under its name: the browser may keep it, and a second start of the host loads no font or chunk
 * again. Everything else (pages, the API, deck files) is `no-store`, as every response is by default.
 */
export function cachePolicyFor(file: string): string {
  return /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-store';
}
