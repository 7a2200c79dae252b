// Loads the deck's reveal.js theme. Themes are bundled (the app is offline); the build strips the
// remote font @imports some themes carry, so they fall back to local fonts, and serves the fonts the
// themes inline as files of their own (electron.vite.config.ts), which the browser caches once.
import { defaultTheme, themes, type ThemeName } from '../../core/deck/deck-model';

// The stylesheets' URLs only (eager: a few bytes each, no round trip before the theme's own request).
const themeStyles = import.meta.glob('../../../node_modules/reveal.js/dist/theme/*.css', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export async function applyTheme(name: string | undefined): Promise<ThemeName> {
  const theme: ThemeName = (themes as readonly string[]).includes(name ?? '') ? (name as ThemeName) : defaultTheme;
  const entry = Object.entries(themeStyles).find(([path]) => path.endsWith(`/${theme}.css`));
  if (!entry) return theme;
  const href = entry[1];
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
