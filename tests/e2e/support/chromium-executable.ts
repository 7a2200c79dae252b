// Which Chromium the end-to-end tests use: the same one `docent export` prints with (Playwright's
// own if installed, else the system's). The logic lives with the exporter.
export { chromiumExecutable } from '../../../src/host/export/find-chromium';
