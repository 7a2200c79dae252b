// Entry of the exported HTML file (docent export --html): the same audience and speaker views the
// app runs, on a host that answers from the file itself. The speaker view is the same file with
// #speaker at the end of its address (the audience window opens it with S).
import '../styles/app.css';
import { fileDeckElementId, fileDeckSchema } from '../../shared/file-deck';
import { createFileHostClient } from '../host-client/file-host-client';
import { startAudienceView } from '../views/audience-view';
import { startSpeakerView } from '../speaker/speaker-view';
import { showNotice } from '../views/notice-banner';
import { describeError } from '../views/describe-error';

async function start(): Promise<void> {
  const data = document.getElementById(fileDeckElementId)?.textContent ?? '';
  const deck = fileDeckSchema.parse(JSON.parse(data));
  const host = createFileHostClient(deck, window);
  if (window.location.hash === '#speaker') await startSpeakerView(host);
  else await startAudienceView(host);
  document.documentElement.dataset.docentReady = 'true';
}

start().catch((error: unknown) => showNotice(`This file could not show its deck: ${describeError(error)}`));
