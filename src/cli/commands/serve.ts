// docent serve [deck] [--port N] [--host ADDRESS]: the browser host.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DocentError } from '../../core/errors';
import { appPaths } from '../../host/app-paths';
import { createServices } from '../../host/docent-services';
import { startBrowserHost } from '../../host/http/browser-host';
import { loadGazetteer } from '../../host/offline-gazetteer';
import { exitStatus, type Command } from '../cli-io';
import { onInterrupt } from '../interrupt';

const help = `Usage: docent serve [deck] [--port N] [--host ADDRESS]

Serves the deck (a folder with deck.md, or a .md file; default: the bundled deck) at
http://127.0.0.1:<port>. The URL printed carries an access token after its "#": the browser
keeps it for this tab only and never sends it in a request; give it to no one you would not
let edit the deck.
  --port N        port to listen on (0 = any free port; default 0)
  --host ADDRESS  address to listen on (default 127.0.0.1, loopback only). Anything else makes the
                  deck reachable from the network: only do it on a network you trust.`;

export const serveCommand: Command = async (argv, io) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string', default: '0' }, host: { type: 'string', default: '127.0.0.1' }, help: { type: 'boolean' } },
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
  const services = createServices({ settingsFolder: appPaths.settingsFolder(), loadPlaces: loadGazetteer });
  await services.openChosenDeck(path.resolve(io.cwd, positionals[0] ?? appPaths.defaultDeck));
  const host = await startBrowserHost({ services, rendererRoot: appPaths.rendererRoot, host: values.host, port });
  if (values.host !== '127.0.0.1' && values.host !== 'localhost' && values.host !== '::1') {
    io.stderr(`docent serve: listening on ${values.host}: anyone who can reach it and has the token can present and edit this deck\n`);
  }
  io.stdout(`Docent is presenting ${services.store.deck.folder}\n`);
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
