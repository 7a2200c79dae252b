// Renderer entry: connect to the host and start the view the URL names (/ audience, /speaker, /print).
// The audience view is in the entry (every deck opens it); the other views are chunks of their own,
// loaded only by the window that shows them.
import './styles/app.css';
import { connectToHost } from './host-client';
import { startAudienceView } from './views/audience-view';
import { installExportProgressBar } from './print/export-progress-bar';
import { showNotice } from './views/notice-banner';
import { describeError } from './views/describe-error';
import { installPendingPrintHandle } from './print/pending-print-handle';
import { printHandleName, type PrintHandle } from '../shared/print-plan';

declare global {
  interface Window {
    [printHandleName]?: PrintHandle;
  }
}

async function start(): Promise<void> {
  const host = connectToHost();
  const view = window.location.pathname.replace(/\/+$/, '') || '/';
  switch (view) {
    case '/speaker':
      await (await import('./speaker/speaker-view')).startSpeakerView(host);
      break;
    case '/remote':
      await (await import('./remote/remote-page')).startRemotePage();
      break;
    case '/print': {
      const pending = installPendingPrintHandle(window);
      try {
        const { startPrintView } = await import('./print/print-view');
        // startPrintView sets its own handle before its first await.
        const started = startPrintView(host);
        const handle = window[printHandleName];
        if (handle) pending.adopt(handle);
        await started;
      } catch (error) {
        pending.fail(error);
        throw error;
      }
      break;
    }
    default:
      await startAudienceView(host);
      installExportProgressBar(host);
      // The desktop app's menu bar has these; a browser page shows its own menu.
      if (host.kind === 'browser') (await import('./new-deck/app-menu')).installAppMenu(host);
  }
  // Tests and the PDF export wait for this.
  document.documentElement.dataset.docentReady = 'true';
}

start().catch((error: unknown) => showNotice(`Docent could not start: ${describeError(error)}`));
