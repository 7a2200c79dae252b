// The plugins every deck view runs, in order.
import type { DocentPlugin } from './plugin';

export const plugins = (): DocentPlugin[] => [];
