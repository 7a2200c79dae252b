// The settings every Docent window is created with. Electronegativity audits them statically
// (scripts/electronegativity.mjs); this pins the values its rules do not cover, such as nodeIntegration.
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, shell: {}, protocol: {}, net: {} }));

const { secureWebPreferences } = await import('../../../src/main/windows');

describe('secureWebPreferences', () => {
  it('isolates the page from Node and Electron: context isolation and sandbox on, no Node anywhere', () => {
    expect(secureWebPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
    });
    expect(secureWebPreferences).not.toHaveProperty('nodeIntegrationInSubFrames', true);
  });

  it('keeps the web security model: same-origin policy on, no insecure content, no <webview>', () => {
    expect(secureWebPreferences).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, webviewTag: false });
    expect(secureWebPreferences).not.toHaveProperty('experimentalFeatures', true);
    expect(secureWebPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the preload bridge as a CommonJS file next to the main bundle', () => {
    expect(secureWebPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });
});
