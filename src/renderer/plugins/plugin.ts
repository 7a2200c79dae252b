// The plugin contract, as reveal.js has it: a plugin is { id, init(deck), destroy() }.
import type { Slide } from '../../core/deck/deck-model';
import type { DocentHost } from '../../shared/api';
import type { RevealApi } from '../reveal-types';
import type { MapDrawers } from '../map/map-drawers';

export interface DocentPluginContext {
  reveal: RevealApi;
  host: DocentHost;
  /** The deck file's name ("deck.md"), for errors that name a line of it. */
  deckFileName: string;
  /** The deck.md line where each slide starts, indexed like reveal's flattened slide list. */
  slideStartLine(slideElement: HTMLElement): number | null;
  /** The parsed slide a section shows (unsaved edits included): its lines, map blocks, attributes. */
  slideOf(slideElement: HTMLElement): Slide | null;
  /** The window's maps: the map plugin registers itself, so the print view and the tests can have them all drawn. */
  maps: MapDrawers;
}

export interface DocentPlugin {
  id: string;
  /** Called once the deck's slides are in the DOM (and again after each re-render of a slide). */
  init(context: DocentPluginContext): void | Promise<void>;
  /** Called when the deck view is torn down or re-rendered. Must release every listener and DOM node it made. */
  destroy(): void;
}
