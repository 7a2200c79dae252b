// Renderer entry: connect to the host and start the view the URL names (/ audience, /speaker, /print).
import './styles/app.css';
import { connectToHost } from './host-client';
import { startAudienceView } from './views/audience-view';
import { startPrintView } from './print/print-view';
import { installExportProgressBar } from './print/export-progress-bar';
import { startSpeakerView } from './speaker/speaker-view';
import { startRemotePage } from './remote/remote-page';
import { showNotice } from './views/notice-banner';
import { describeError } from './views/describe-error';

async function start(): Promise<void> {
  const host = connectToHost();
  const view = window.location.pathname.replace(/\/+$/, '') || '/';
  switch (view) {
    case '/speaker':
      await startSpeakerView(host);
      break;
    case '/remote':
      await startRemotePage();
      break;
    case '/print':
      await startPrintView(host);
      break;
    default:
      await startAudienceView(host);
      installExportProgressBar(host);
  }
  // Tests and the PDF export wait for this.
  document.documentElement.dataset.docentReady = 'true';
}

start().catch((error: unknown) => showNotice(`Docent could not start: ${describeError(error)}`));
