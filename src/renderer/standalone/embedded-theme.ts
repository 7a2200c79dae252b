// applyTheme for the exported HTML file: the exporter wrote the deck's theme into the file itself
// (a <style> whose data-theme names it), so there is nothing to load. The standalone build puts
// this module in place of deck/apply-theme.ts, which would otherwise carry every theme.
import { defaultTheme, themes, type ThemeName } from '../../core/deck/deck-model';
import { fileThemeElementId } from '../../shared/file-deck';

export async function applyTheme(_name: string | undefined): Promise<ThemeName> {
  const written = document.getElementById(fileThemeElementId)?.dataset.theme ?? '';
  const theme: ThemeName = (themes as readonly string[]).includes(written) ? (written as ThemeName) : defaultTheme;
  document.documentElement.dataset.theme = theme;
  return theme;
}
