// Deck images are fetched by the browser itself (<img src>, CSS backgrounds), which cannot add an
// Authorization header, and a cookie would reach every port of the host. So each page, once it has
// shown its token, gets a random asset path (/deck-asset/<key>/…): a capability that only reads
// regular files inside the open deck. It is never printed, never in a URL the user is given, and
// another origin cannot read the page that holds it (no CORS; Referrer-Policy: no-referrer).
import { randomBytes } from 'node:crypto';
import { tokenMatches } from './request-guard';

export class AssetCapabilities {
  private readonly keys: string[] = [];

  constructor(private readonly limit = 256) {}

  issue(): string {
    const key = randomBytes(18).toString('base64url');
    this.keys.push(key);
    // Old pages' keys lapse first; a page that outlived 256 newer ones reloads to get another.
    if (this.keys.length > this.limit) this.keys.shift();
    return key;
  }

  allows(candidate: string): boolean {
    let found = false;
    for (const key of this.keys) found = tokenMatches(candidate, key) || found;
    return found;
  }
}
