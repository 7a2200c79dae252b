// The map slide plugin: turns each ```map block of the deck into a Leaflet map of its places.
// Maps are drawn lazily (the current slide and its neighbours), refreshed whenever reveal.js shows
// or rescales them, fitted again whenever their slide is entered, and removed on destroy.
import 'leaflet/dist/leaflet.css';
import './map.css';
import type { CodeBlock } from '../../core/deck/deck-model';
import { DocentError, isDocentError } from '../../core/errors';
import { basemapCountryLookup } from '../../core/map/basemap-country-lookup';
import { describeMapBlock } from '../../core/map/describe-map';
import type { MapBlock, MapSpec } from '../../core/map/map-spec';
import { parseMapBlock } from '../../core/map/parse-map-block';
import { namesToLookUp, resolveMapBlock } from '../../core/map/resolve-map-block';
import type { DocentHost, PlaceHit } from '../../shared/api';
import type { DocentPlugin, DocentPluginContext } from '../plugins/plugin';
import type { RevealApi } from '../reveal-types';
import { loadCountries } from './basemap';
import { showMapError } from './map-error-box';
import type { MapDrawer, MapDrawers } from './map-drawers';
import { mapsReadyEvent, type MapProbe } from './map-probe';
import { defaultMapStyle, type MapStyle } from './map-style';
import { MapView } from './map-view';

interface MapSlot {
  section: HTMLElement;
  /** The block as the deck view rendered it, put back on destroy (the deck view reuses sections). */
  pre: HTMLElement;
  figure: HTMLElement;
  canvas: HTMLElement;
  spec: MapSpec | null;
  view: MapView | null;
  drawing: Promise<void> | null;
}

export function createMapPlugin(style: Partial<MapStyle> = {}): DocentPlugin {
  return new MapPlugin({ ...defaultMapStyle, ...style });
}

class MapPlugin implements DocentPlugin, MapDrawer {
  readonly id = 'docent-map';
  private slots: MapSlot[] = [];
  private reveal: RevealApi | null = null;
  private destroyed = false;
  private registry: MapDrawers | null = null;
  private readonly listeners: [string, () => void][] = [
    ['ready', () => this.showCurrent()],
    ['slidechanged', () => this.showCurrent()],
    ['resize', () => this.refreshAll()],
    ['overviewshown', () => void this.drawAll().then(() => this.setOverview(true))],
    ['overviewhidden', () => {
      this.setOverview(false);
      this.showCurrent();
    }],
    ['pdf-ready', () => void this.drawAll()],
  ];

  constructor(private readonly style: MapStyle) {}

  /** Settles when init has found, parsed and resolved the deck's blocks. */
  private started: Promise<void> = Promise.resolve();

  init(context: DocentPluginContext): Promise<void> {
    this.registry = context.maps;
    context.maps.add(this);
    this.started = this.start(context);
    return this.started;
  }

  private async start(context: DocentPluginContext): Promise<void> {
    const slidesElement = context.reveal.getSlidesElement();
    const codes = slidesElement ? [...slidesElement.querySelectorAll<HTMLElement>('pre > code.language-map')] : [];
    if (!slidesElement || codes.length === 0) return;
    this.reveal = context.reveal;

    const blocks: (MapBlock | Error)[] = [];
    for (const code of codes) {
      const pre = code.parentElement as HTMLElement;
      const section = pre.closest('section') ?? slidesElement;
      // The block as the deck model has it (its YAML and line), found before the slot replaces it.
      const source = sourceBlock(context, section, code);
      this.slots.push(createSlot(section, pre));
      blocks.push(parseOrError(source?.body ?? code.textContent ?? '', source?.line));
    }
    const lookup = await lookUpNames(context.host, blocks.filter((block): block is MapBlock => !(block instanceof Error)));
    const basemapCountry = basemapCountryLookup(await loadCountries().catch(() => []));
    if (this.destroyed) return;
    const fileName = context.deckFileName;
    blocks.forEach((block, i) => {
      const slot = this.slots[i] as MapSlot;
      try {
        if (block instanceof Error) throw block;
        const fromHost = (name: string): PlaceHit | null => (lookup instanceof Error ? null : (lookup.get(name.trim().toLowerCase()) ?? null));
        const unanswered = namesToLookUp(block).filter((name) => !fromHost(name) && !basemapCountry(name));
        if (lookup instanceof Error && unanswered.length) throw new DocentError('MAP_BLOCK_INVALID', `map block: ${lookup.message}`, { line: block.line });
        slot.spec = resolveMapBlock(block, (name) => fromHost(name) ?? basemapCountry(name));
        // The map's text alternative, for screen readers and for tagged PDF (a figure with its alt text).
        slot.figure.setAttribute('role', 'img');
        slot.figure.setAttribute('aria-label', describeMapBlock(block));
      } catch (error) {
        showMapError(slot.figure, error, fileName);
        slot.figure.dataset.mapReady = 'true';
      }
    });

    for (const [event, listener] of this.listeners) context.reveal.on(event, listener);
    // When printing, maps are drawn once reveal.js has put the slides on their pages ('pdf-ready',
    // or the print view asking its MapDrawers), not before: their size depends on it.
    if (!isPrintView(context.reveal) && context.reveal.isReady()) this.showCurrent();
  }

  destroy(): void {
    this.destroyed = true;
    this.registry?.remove(this);
    for (const [event, listener] of this.listeners) this.reveal?.off(event, listener);
    for (const slot of this.slots) {
      slot.view?.destroy();
      slot.figure.replaceWith(slot.pre);
    }
    this.slots = [];
  }

  /** Draws every map not drawn yet; resolves when all are drawn or show their error. */
  async drawAll(): Promise<void> {
    await this.started.catch(() => undefined);
    await Promise.all(this.slots.map((slot) => this.draw(slot)));
  }

  probes(): MapProbe[] {
    return this.slots.flatMap((slot) => {
      const view = slot.view;
      if (!view) return [];
      return [
        {
          element: slot.figure,
          centre: view.centre,
          project: (lat: number, lon: number) => view.project(lat, lon),
          view: () => {
            const bounds = view.map.getBounds();
            return { south: bounds.getSouth(), west: bounds.getWest(), north: bounds.getNorth(), east: bounds.getEast(), zoom: view.map.getZoom() };
          },
          highlightColour: this.style.highlight,
        },
      ];
    });
  }

  /** Draws the maps of the current slide and its neighbours; refits the current slide's maps. */
  private showCurrent(): void {
    const reveal = this.reveal;
    if (!reveal || this.destroyed) return;
    const current = reveal.getCurrentSlide() as HTMLElement | undefined;
    const slides = reveal.getSlides() as HTMLElement[];
    const index = current ? slides.indexOf(current) : -1;
    const near = new Set(slides.slice(Math.max(0, index - 1), index + 2));
    for (const slot of this.slots) {
      if (!near.has(slot.section)) continue;
      void this.draw(slot).then(() => {
        if (slot.section !== current) return;
        // A map drawn while its slide was hidden could not be measured then.
        if (this.sizeFigures(slot.section)) slot.view?.refresh();
        slot.view?.fit();
      });
    }
  }

  private readonly sizedSections = new WeakSet<HTMLElement>();

  /** Sizes the section's maps once, when it can be measured. Says whether it did so now. */
  private sizeFigures(section: HTMLElement): boolean {
    if (this.sizedSections.has(section) || !this.reveal || !sizeMapFigures(section, this.reveal)) return false;
    this.sizedSections.add(section);
    return true;
  }

  private setOverview(on: boolean): void {
    for (const slot of this.slots) {
      slot.view?.setInteractive(!on);
      slot.view?.refresh();
    }
  }

  private refreshAll(): void {
    for (const slot of this.slots) slot.view?.refresh();
  }

  private draw(slot: MapSlot): Promise<void> {
    const spec = slot.spec;
    if (!spec) return Promise.resolve();
    slot.drawing ??= loadCountries()
      .then(async (countries) => {
        if (this.destroyed) return;
        this.sizeFigures(slot.section);
        slot.view = new MapView(slot.canvas, spec, countries, this.style);
        if (spec.title) slot.figure.append(titleElement(spec.title));
        // Leaflet has added the outlines; one frame later they are painted.
        await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      })
      .catch((error: unknown) => showMapError(slot.figure, error))
      .finally(() => {
        slot.figure.dataset.mapReady = 'true';
        if (this.slots.every((other) => other.figure.dataset.mapReady === 'true')) document.dispatchEvent(new CustomEvent(mapsReadyEvent));
      });
    return slot.drawing;
  }
}

function createSlot(section: HTMLElement, pre: HTMLElement): MapSlot {
  const figure = document.createElement('figure');
  figure.className = 'docent-map';
  figure.dataset.mapReady = 'false';
  const canvas = document.createElement('div');
  canvas.className = 'docent-map-canvas';
  figure.append(canvas);
  pre.replaceWith(figure);
  return { section, pre, figure, canvas, spec: null, view: null, drawing: null };
}

/** The slide's map block that this rendered block shows: the slide's n-th ```map block is its n-th map code element. */
function sourceBlock(context: DocentPluginContext, section: HTMLElement, code: HTMLElement): CodeBlock | undefined {
  const index = [...section.querySelectorAll('code.language-map')].indexOf(code);
  return context.slideOf(section)?.mapBlocks[index];
}

function parseOrError(yaml: string, line: number | undefined): MapBlock | Error {
  try {
    return parseMapBlock(yaml, line ?? 0);
  } catch (error) {
    return isDocentError(error) ? error : new Error(String(error));
  }
}

/** One question to the gazetteer for all blocks of the deck. */
async function lookUpNames(host: DocentHost, blocks: MapBlock[]): Promise<Map<string, PlaceHit | null> | Error> {
  const names = [...new Set(blocks.flatMap(namesToLookUp))];
  const found = new Map<string, PlaceHit | null>();
  try {
    for (let start = 0; start < names.length; start += 500) {
      const batch = names.slice(start, start + 500);
      const hits = await host.lookupPlaces({ names: batch });
      batch.forEach((name, i) => found.set(name.trim().toLowerCase(), hits[i] ?? null));
    }
  } catch (error) {
    return new Error(`the place names could not be looked up: ${error instanceof Error ? error.message : String(error)}`);
  }
  return found;
}

/**
 * A map takes the height its slide has left (shared between the slide's maps), in the slide's own
 * pixels, so it fills the same share of the slide at any window size.
 */
function sizeMapFigures(section: HTMLElement, reveal: RevealApi): boolean {
  if (section.offsetHeight === 0) return false; // hidden (display: none): nothing to measure yet
  const figures = [...section.querySelectorAll<HTMLElement>(':scope figure.docent-map:not([data-map-error="true"])')];
  const slideHeight = reveal.getComputedSlideSize().height;
  const mapsHeight = figures.reduce((sum, figure) => sum + figure.offsetHeight, 0);
  const othersHeight = section.scrollHeight - mapsHeight;
  const each = Math.max(160, Math.floor((slideHeight - othersHeight) / Math.max(1, figures.length)));
  for (const figure of figures) figure.style.height = `${each}px`;
  if (isPrintView(reveal)) {
    // reveal.js centred the slide on its PDF page before the map took its height; centre it again, as it does.
    const config = reveal.getConfig() as { center?: boolean };
    if (config.center || section.classList.contains('center')) section.style.top = `${Math.max((slideHeight - section.scrollHeight) / 2, 0)}px`;
  } else {
    reveal.layout();
  }
  return true;
}

/** reveal.js 6 has isPrintView() at run time; its type declarations still call it isPrintingPDF(). */
function isPrintView(reveal: RevealApi): boolean {
  const api = reveal as unknown as { isPrintView?: () => boolean; isPrintingPDF?: () => boolean };
  return api.isPrintView?.() ?? api.isPrintingPDF?.() ?? false;
}

function titleElement(title: string): HTMLElement {
  const element = document.createElement('figcaption');
  element.className = 'docent-map-title';
  element.textContent = title;
  return element;
}
