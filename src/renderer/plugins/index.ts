// The plugins every deck view runs, in order.
import { createMapPlugin } from '../map/map-plugin';
import { createFitSlidePlugin } from './fit-slide-plugin';
import type { DocentPlugin } from './plugin';

export const plugins = (): DocentPlugin[] => [createMapPlugin(), createFitSlidePlugin()];
