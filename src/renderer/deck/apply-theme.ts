// Loads the deck's reveal.js theme. Themes are bundled (the app is offline); the build strips the
// remote font @imports some themes carry, so they fall back to local fonts.
import { defaultTheme, themes, type ThemeName } from '../../core/deck/deck-model';

const themeStyles = import.meta.glob('../../../node_modules/reveal.js/dist/theme/*.css', { query: '?url', import: 'default' }) as Record<string, () => Promise<string>>;

export async function applyTheme(name: string | undefined): Promise<ThemeName> {
  const theme: ThemeName = (themes as readonly string[]).includes(name ?? '') ? (name as ThemeName) : defaultTheme;
  const entry = Object.entries(themeStyles).find(([path]) => path.endsWith(`/${theme}.css`));
  if (!entry) return theme;
  const href = await entry[1]();
  let link = document.querySelector<HTMLLinkElement>('link#docent-theme');
  if (!link) {
    link = document.createElement('link');
    link.id = 'docent-theme';
    link.rel = 'stylesheet';
    document.head.append(link);
  }
  if (link.getAttribute('href') !== href) {
    const loaded = new Promise<void>((resolve) => {
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
    });
    link.href = href;
    await loaded;
  }
  document.documentElement.dataset.theme = theme;
  return theme;
}
