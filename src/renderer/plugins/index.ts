// The plugins every deck view runs, in order. The map plugin (with Leaflet and the basemap) loads
// only for a deck that has a map; it registers its maps with the window's MapDrawers, which its
// context carries (map/map-drawers.ts).
import { createFitSlidePlugin } from './fit-slide-plugin';
import { deferredPlugin } from './deferred-plugin';
import type { DocentPlugin } from './plugin';

function mapPlugin(): DocentPlugin {
  return deferredPlugin({
    id: 'docent-map',
    needed: (slides) => slides.querySelector('pre > code.language-map') !== null,
    load: () => import('../map/map-plugin').then(({ createMapPlugin }) => createMapPlugin()),
  });
}

export const plugins = (): DocentPlugin[] => [mapPlugin(), createFitSlidePlugin()];
