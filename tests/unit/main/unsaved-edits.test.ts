// Opening another deck while the editor holds unsaved text asks first; with nothing unsaved it does not.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const showMessageBox = vi.fn();
vi.mock('electron', () => ({ dialog: { showMessageBox, showMessageBoxSync: vi.fn() } }));

const { mayLeaveDeck } = await import('../../../src/main/unsaved-edits');
const { createServices } = await import('../../../src/host/docent-services');

async function servicesWithDeck() {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'docent-leave-'));
  writeFileSync(path.join(folder, 'deck.md'), '# saved\n');
  const services = createServices({ settingsFolder: mkdtempSync(path.join(os.tmpdir(), 'docent-settings-')), watch: false });
  const deck = await services.openChosenDeck(folder);
  return { services, deck };
}

beforeEach(() => showMessageBox.mockReset());

describe('mayLeaveDeck', () => {
  it('lets another deck open without asking when nothing is unsaved', async () => {
    const { services } = await servicesWithDeck();
    expect(await mayLeaveDeck(services, null)).toBe(true);
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('asks when the editor left unsaved text, and stays on Cancel', async () => {
    const { services, deck } = await servicesWithDeck();
    await services.saveRecovery({ folder: deck.folder, fileName: deck.fileName, text: '# unsaved\n', baseVersion: deck.version });
    showMessageBox.mockResolvedValue({ response: 1 });
    expect(await mayLeaveDeck(services, null)).toBe(false);
    expect(showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ message: 'deck.md has unsaved changes.' }));
    showMessageBox.mockResolvedValue({ response: 0 });
    expect(await mayLeaveDeck(services, null)).toBe(true);
  });

  it('does not ask when the recovery copy holds what is already on disk', async () => {
    const { services, deck } = await servicesWithDeck();
    await services.saveRecovery({ folder: deck.folder, fileName: deck.fileName, text: deck.text, baseVersion: deck.version });
    expect(await mayLeaveDeck(services, null)).toBe(true);
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('lets the first deck open when none is open yet', async () => {
    const services = createServices({ settingsFolder: null, watch: false });
    expect(await mayLeaveDeck(services, null)).toBe(true);
  });
});
