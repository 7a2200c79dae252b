// docent serve [deck] [--port N] [--host ADDRESS]: the browser host.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../../core/errors';
import { appPaths } from '../../host/app-paths';
import { createServices } from '../../host/docent-services';
import { startBrowserHost } from '../../host/http/browser-host';
import { loadGazetteer } from '../../host/offline-gazetteer';
import { exitStatus, type Command } from '../cli-io';
import { onInterrupt } from '../interrupt';

const help = `Usage: docent serve [deck] [--port N] [--host ADDRESS] [--new-decks FOLDER]

Serves the deck (a folder with deck.md, or a .md file; default: the bundled deck) at
http://127.0.0.1:<port>. The URL printed carries an access token after its "#": the browser
keeps it for this tab only and never sends it in a request; give it to no one you would not
let edit the deck.
  --port N        port to listen on (0 = any free port; default 0)
  --host ADDRESS  address to listen on (default 127.0.0.1, loopback only). Anything else makes the
                  deck reachable from the network: only do it on a network you trust.
  --new-decks FOLDER  lets the page make decks from documents (☰ → New Deck from Document…): the
                  document is uploaded to this server and each deck is made in a new folder inside
                  FOLDER (which must exist); nothing else is written there. Without it the page
                  cannot make decks.`;

export const serveCommand: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' }, 'new-decks': { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    io.stdout(`${help}\n`);
    return exitStatus.ok;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DocentError('REQUEST_INVALID', `--port must be a number from 0 to 65535, not "${values.port}"`);
  if (!existsSync(path.join(appPaths.rendererRoot, 'index.html'))) {
    throw new DocentError('IO_FAILED', 'the app is not built yet; run "npm run build" first');
  }
  const newDecksFolder = values['new-decks'] === undefined ? null : await allowedFolder(path.resolve(io.cwd, values['new-decks']), values['new-decks']);
  const services = createServices({ settingsFolder: appPaths.settingsFolder(), loadPlaces: loadGazetteer, newDecksFolder });
  await services.openChosenDeck(path.resolve(io.cwd, positionals[0] ?? appPaths.defaultDeck));
  const host = await startBrowserHost({ services, rendererRoot: appPaths.rendererRoot, host: values.host, port });
  if (values.host !== '127.0.0.1' && values.host !== 'localhost' && values.host !== '::1') {
    io.stderr(`docent serve: listening on ${values.host}: anyone who can reach it and has the token can present and edit this deck\n`);
  }
  io.stdout(`Docent is presenting ${services.store.deck.folder}\n`);
  if (newDecksFolder) io.stdout(`New decks from documents are made in ${newDecksFolder}\n`);
  io.stdout(`${host.url}\n`);
  // The speaker view is a page of the same server; it needs the same token (a tablet or a second browser window opens it).
  io.stdout(`Speaker view: ${host.origin}/speaker#token=${host.token}\n`);
  let removeHandlers: () => void = () => undefined;
  await new Promise<void>((resolve) => {
    removeHandlers = onInterrupt(resolve);
  });
  await host.close();
  await services.close();
  removeHandlers();
  return exitStatus.ok;
};

/** The folder for new decks, as its real path (a symlink is followed once, here, and never again). */
async function allowedFolder(absolute: string, given: string): Promise<string> {
  try {
    const real = await realpath(absolute);
    if (!(await stat(real)).isDirectory()) throw new Error('not a folder');
    return real;
  } catch {
    throw new DocentError('IO_FAILED', '--new-decks must name a folder that exists', { file: given });
  }
}
