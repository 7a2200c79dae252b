// The map slide in Chromium through the browser host. Every check reads the rendered page: element
// geometry, the SVG paths Leaflet drew and screenshot pixels; nothing is compared with a stored image.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
// window.__docentMaps and window.__docentMapsReady, as the renderer declares them.
import type {} from '../../src/renderer/map/map-probe';
import { startDocentServer, type DocentServer } from './support/docent-server';
import { currentIndices, openDeck, watchOffAppRequests } from './support/present';

const root = path.resolve(import.meta.dirname, '../..');
const fixtureDeck = 'tests/fixtures/decks/map-basic';
const defaultDeck = 'slides/russia-china-north-korea';

interface ExpectedPlace {
  name: string;
  lat: number;
  lon: number;
}

/** The places with coordinates of the deck's n-th map block, read from deck.md with a YAML parser. */
function placesOfBlock(deck: string, n: number): ExpectedPlace[] {
  const text = readFileSync(path.join(root, deck, 'deck.md'), 'utf8');
  const blocks = [...text.matchAll(/^```map\s*\n([\s\S]*?)^```\s*$/gm)].map((match) => match[1] ?? '');
  const block = parseYaml(blocks[n] ?? '') as { places?: unknown[] } | null;
  return (block?.places ?? []).flatMap((place) => {
    if (typeof place !== 'object' || place === null) return [];
    const { name, lat, lon } = place as Record<string, unknown>;
    return typeof lat === 'number' && typeof lon === 'number' ? [{ name: String(name), lat, lon }] : [];
  });
}

function deckHasMap(deck: string): boolean {
  const file = path.join(root, deck, 'deck.md');
  return existsSync(file) && /^```map\s*$/m.test(readFileSync(file, 'utf8'));
}

/** The 1-based number of the first slide of the deck holding a map block (reveal's "jump to" number). */
function slideNumberOfMap(deck: string, n: number): number {
  const text = readFileSync(path.join(root, deck, 'deck.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  let slide = 1;
  let fence = false;
  let seen = -1;
  for (const line of text.split('\n')) {
    if (/^ {0,3}(```|~~~)/.test(line)) {
      if (!fence && /^```map\s*$/.test(line) && ++seen === n) return slide;
      fence = !fence;
    } else if (!fence && /^(---|--)\s*$/.test(line)) slide += 1;
  }
  throw new Error(`no map block ${n} in ${deck}`);
}

async function goToSlide(page: Page, number: number): Promise<void> {
  for (const digit of String(number)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await waitUntilStill(page);
}

/** Waits until reveal.js's transition has ended: the current slide stays put for a few frames. */
async function waitUntilStill(page: Page, scope = ''): Promise<void> {
  let last = '';
  let still = 0;
  for (let i = 0; i < 100 && still < 3; i++) {
    const box = await page.evaluate((scope) => {
      const rect = document.querySelector(`${scope} .reveal section.present`)?.getBoundingClientRect();
      return rect ? [rect.x, rect.y, rect.width, rect.height].map((n) => n.toFixed(1)).join(',') : '';
    }, scope);
    still = box === last && box !== '' ? still + 1 : 0;
    last = box;
    await page.waitForTimeout(100);
  }
}

/** What the page says about the map on the current slide: boxes in the slide's own pixels. */
interface MapReading {
  figure: { width: number; height: number };
  leafletBox: { dx: number; dy: number; dw: number; dh: number };
  basemapCovers: boolean;
  view: { south: number; west: number; north: number; east: number; zoom: number };
  markers: { x: number; y: number }[];
  labels: { text: string; left: number; top: number; right: number; bottom: number; contrast: number }[];
  longSegments: string[];
  highlightSamples: { screenX: number; screenY: number }[];
  landSamples: { screenX: number; screenY: number }[];
  highlightColour: string;
}

/** @param scope a selector for the element holding the deck (the speaker view has two), or '' */
async function readCurrentMap(page: Page, scope = ''): Promise<MapReading> {
  return page.evaluate((scope) => {
    const probe = window.__docentMaps?.find((candidate) => candidate.element.closest(`${scope} .reveal section.present`));
    if (!probe) throw new Error('no map on the current slide');
    const figure = probe.element;
    const rect = figure.getBoundingClientRect();
    // reveal.js scales the slide; divide screen pixels by this to get the slide's own pixels.
    const scale = rect.width / figure.offsetWidth;
    const toMap = (x: number, y: number) => ({ x: (x - rect.left) / scale, y: (y - rect.top) / scale });
    const leaflet = figure.querySelector('.leaflet-container')?.getBoundingClientRect();
    if (!leaflet) throw new Error('no Leaflet container');
    const view = probe.view();
    const width = figure.offsetWidth;
    const height = figure.offsetHeight;
    const worldWidth = 256 * 2 ** view.zoom;

    // Every straight segment of every outline, in map pixels: none may run across the map.
    const longSegments: string[] = [];
    const outlines = [...figure.querySelectorAll<SVGPathElement>('path.docent-map-land, path.docent-map-highlight')];
    for (const outline of outlines) {
      const matrix = outline.getScreenCTM();
      if (!matrix) continue;
      const d = outline.getAttribute('d') ?? '';
      for (const subpath of d.split(/(?=M)/)) {
        const points = [...subpath.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => {
          const screen = new DOMPoint(Number(m[1]), Number(m[2])).matrixTransform(matrix);
          return toMap(screen.x, screen.y);
        });
        if (/z\s*$/i.test(subpath) && points[0]) points.push(points[0]);
        for (let i = 1; i < points.length; i++) {
          const a = points[i - 1]!;
          const b = points[i]!;
          const crossesView = Math.max(a.y, b.y) >= 0 && Math.min(a.y, b.y) <= height && Math.max(a.x, b.x) >= 0 && Math.min(a.x, b.x) <= width;
          // A third of the world, or more than the view and its margins: what the antimeridian smear looks like.
          if (crossesView && Math.abs(b.x - a.x) > Math.min(worldWidth / 3, width * 1.5)) {
            longSegments.push(`${outline.getAttribute('class')}: ${a.x.toFixed(0)},${a.y.toFixed(0)} -> ${b.x.toFixed(0)},${b.y.toFixed(0)}`);
          }
        }
      }
    }

    // Points inside highlighted and other countries, away from markers, labels, arrows and the title.
    const covered = [...figure.querySelectorAll('.docent-map-label, .docent-map-title, path.docent-map-place, path.docent-map-event, path.docent-map-arrow')].map((element) => {
      const box = element.getBoundingClientRect();
      return element.matches('path.docent-map-arrow') ? null : box;
    });
    // Arrows, as points every few pixels on screen.
    const arrowPoints = [...figure.querySelectorAll<SVGPathElement>('path.docent-map-arrow')].flatMap((arrow) => {
      const matrix = arrow.getScreenCTM();
      if (!matrix) return [];
      const points: DOMPoint[] = [];
      for (let s = 0; s <= arrow.getTotalLength(); s += 3) points.push(DOMPoint.fromPoint(arrow.getPointAtLength(s)).matrixTransform(matrix));
      return points;
    });
    const nearArrow = (x: number, y: number) => arrowPoints.some((p) => Math.hypot(p.x - x, p.y - y) < 10);
    // Every outline, with its stroke widened while sampling: a point near any border (where
    // antialiasing mixes colours) is not a fair sample of a country's fill.
    const outlinesWithBoxes = outlines.map((shape) => ({ shape, box: shape.getBoundingClientRect(), inverse: shape.getScreenCTM()?.inverse() }));
    const nearBorder = (screenX: number, screenY: number) =>
      outlinesWithBoxes.some(({ shape, box, inverse }) => {
        if (!inverse || screenX < box.left - 4 || screenX > box.right + 4 || screenY < box.top - 4 || screenY > box.bottom + 4) return false;
        return shape.isPointInStroke(new DOMPoint(screenX, screenY).matrixTransform(inverse));
      });
    const samples = (className: string) => {
      const found: { screenX: number; screenY: number }[] = [];
      const paths = outlinesWithBoxes.filter(({ shape }) => shape.classList.contains(className));
      for (let gx = 1; gx < 48; gx++) {
        for (let gy = 1; gy < 28; gy++) {
          const screenX = Math.round(rect.left + (rect.width * gx) / 48);
          const screenY = Math.round(rect.top + (rect.height * gy) / 28);
          if (covered.some((box) => box && screenX > box.left - 6 && screenX < box.right + 6 && screenY > box.top - 6 && screenY < box.bottom + 6)) continue;
          const inside = paths.some(({ shape, box, inverse }) => {
            if (!inverse || screenX < box.left || screenX > box.right || screenY < box.top || screenY > box.bottom) return false;
            return shape.isPointInFill(new DOMPoint(screenX, screenY).matrixTransform(inverse));
          });
          if (inside && !nearBorder(screenX, screenY) && !nearArrow(screenX, screenY)) found.push({ screenX, screenY });
        }
      }
      return found;
    };
    const strokeWidths = outlines.map((shape) => shape.style.strokeWidth);
    for (const shape of outlines) shape.style.strokeWidth = `${6 / scale}px`;
    const highlightSamples = samples('docent-map-highlight');
    const landSamples = samples('docent-map-land');
    outlines.forEach((shape, i) => (shape.style.strokeWidth = strokeWidths[i] ?? ''));

    const basemap = figure.querySelector('.leaflet-overlay-pane svg')?.getBoundingClientRect();
    return {
      figure: { width, height },
      leafletBox: { dx: leaflet.left - rect.left, dy: leaflet.top - rect.top, dw: leaflet.width - rect.width, dh: leaflet.height - rect.height },
      basemapCovers: Boolean(basemap && basemap.left <= rect.left + 1 && basemap.top <= rect.top + 1 && basemap.right >= rect.right - 1 && basemap.bottom >= rect.bottom - 1),
      view,
      markers: [...figure.querySelectorAll('path.docent-map-place')].map((marker) => {
        const box = marker.getBoundingClientRect();
        return toMap(box.left + box.width / 2, box.top + box.height / 2);
      }),
      labels: [...figure.querySelectorAll<HTMLElement>('.docent-map-label')].map((label) => {
        const box = label.getBoundingClientRect();
        const topLeft = toMap(box.left, box.top);
        const bottomRight = toMap(box.right, box.bottom);
        // WCAG contrast of the label's text on its own background (the background is what it sits on).
        const luminance = (css: string) => {
          const [r, g, b] = (css.match(/[\d.]+/g) ?? []).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        const style = getComputedStyle(label);
        const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
        const contrast = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
        return { text: label.textContent ?? '', left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y, contrast };
      }),
      longSegments,
      highlightSamples,
      landSamples,
      highlightColour: probe.highlightColour,
    };
  }, scope);
}

/** Labels that overlap another label, or leave the map. */
function crowdedLabels(reading: MapReading): string[] {
  const { labels, figure } = reading;
  const problems: string[] = [];
  labels.forEach((a, i) => {
    if (a.left < -1 || a.top < -1 || a.right > figure.width + 1 || a.bottom > figure.height + 1) problems.push(`${a.text} leaves the map`);
    for (const b of labels.slice(i + 1)) {
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      if (overlap) problems.push(`${a.text} overlaps ${b.text}`);
    }
  });
  return problems;
}

/** Where Web Mercator puts a coordinate in a view, computed here, independently of Leaflet. */
function expectedPosition(view: MapReading['view'], size: MapReading['figure'], lat: number, lon: number): { x: number; y: number } {
  const middle = (view.west + view.east) / 2;
  const windowLon = lon + 360 * Math.round((middle - lon) / 360);
  const mercator = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  return {
    x: ((windowLon - view.west) / (view.east - view.west)) * size.width,
    y: ((mercator(view.north) - mercator(lat)) / (mercator(view.north) - mercator(view.south))) * size.height,
  };
}

/** Pixel colours of a screenshot at screen points, decoded by a blank page's canvas. */
async function coloursAt(context: BrowserContext, png: Buffer, points: { screenX: number; screenY: number }[]): Promise<number[][]> {
  const analysis = await context.newPage();
  try {
    return await analysis.evaluate(
      async ({ data, points }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context2d = canvas.getContext('2d');
        if (!context2d) throw new Error('no canvas');
        context2d.drawImage(image, 0, 0);
        return points.map((p) => [...context2d.getImageData(p.screenX, p.screenY, 1, 1).data.slice(0, 3)]);
      },
      { data: png.toString('base64'), points },
    );
  } finally {
    await analysis.close();
  }
}

function hexToRgb(hex: string): number[] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const near = (a: number[], b: number[], tolerance = 10) => a.every((channel, i) => Math.abs(channel - (b[i] ?? 0)) <= tolerance);

/** All the geometry and pixel checks for the map on the current slide. */
async function expectMapDrawnRight(page: Page, context: BrowserContext, places: ExpectedPlace[], scope = ''): Promise<MapReading> {
  await expect(page.locator(`${scope} .reveal section.present figure.docent-map`)).toHaveAttribute('data-map-ready', 'true');
  await waitUntilStill(page, scope);
  const reading = await readCurrentMap(page, scope);

  // The map fills its box exactly, and the basemap is drawn over all of it (sizes in the slide's own pixels).
  expect(reading.figure.width).toBeGreaterThan(600);
  expect(reading.figure.height).toBeGreaterThan(300);
  for (const delta of Object.values(reading.leafletBox)) expect(Math.abs(delta)).toBeLessThan(1);
  expect(reading.basemapCovers).toBe(true);

  // Markers sit where Web Mercator puts their coordinates, inside the map.
  expect(reading.markers).toHaveLength(places.length);
  places.forEach((place, i) => {
    const marker = reading.markers[i]!;
    const expected = expectedPosition(reading.view, reading.figure, place.lat, place.lon);
    expect(Math.abs(marker.x - expected.x), `${place.name} x`).toBeLessThan(1.5);
    expect(Math.abs(marker.y - expected.y), `${place.name} y`).toBeLessThan(1.5);
    expect(marker.x).toBeGreaterThan(0);
    expect(marker.x).toBeLessThan(reading.figure.width);
    expect(marker.y).toBeGreaterThan(0);
    expect(marker.y).toBeLessThan(reading.figure.height);
  });

  // Every label reads well: dark text on its own light box, whatever the theme or the land below.
  for (const label of reading.labels) expect(label.contrast, label.text).toBeGreaterThan(4.5);

  // No outline runs across the map (the antimeridian smear).
  expect(reading.longSegments).toEqual([]);

  // Highlighted countries are painted in the highlight colour; the others are not.
  expect(reading.highlightSamples.length).toBeGreaterThan(20);
  // Enough land outside the highlight to judge its colour (the default deck's map, fitted to Eurasia and
  // the United States at 1280×720, leaves about twenty points clear of labels).
  expect(reading.landSamples.length).toBeGreaterThan(12);
  const screenshot = await page.screenshot();
  const highlight = hexToRgb(reading.highlightColour);
  const highlighted = await coloursAt(context, screenshot, reading.highlightSamples);
  const others = await coloursAt(context, screenshot, reading.landSamples);
  const share = (colours: number[][]) => colours.filter((colour) => near(colour, highlight)).length / colours.length;
  const misses = highlighted.flatMap((colour, i) => (near(colour, highlight) ? [] : [`${JSON.stringify(reading.highlightSamples[i])}=${colour.join(',')}`]));
  expect(share(highlighted), `not in the highlight colour: ${misses.slice(0, 8).join(' ')}`).toBeGreaterThan(0.95);
  expect(share(others)).toBeLessThan(0.05);
  return reading;
}

test.describe('map slide', () => {
  let server: DocentServer;
  test.beforeAll(async () => {
    server = await startDocentServer(fixtureDeck);
  });
  test.afterAll(async () => server.stop());

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`draws both maps right at ${width}×${height}, from the app alone`, async ({ page, context }) => {
      const offApp = watchOffAppRequests(page, server.origin);
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.setViewportSize({ width, height });
      await openDeck(page, server.url);
      await goToSlide(page, slideNumberOfMap(fixtureDeck, 0));
      const eurasia = await expectMapDrawnRight(page, context, placesOfBlock(fixtureDeck, 0));
      expect(eurasia.labels.length).toBe(5); // four places (one with its event) and the arrow's label
      expect(crowdedLabels(eurasia)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`eurasia-${width}.png`) });
      // The second map is centred on the Pacific: the countries crossing 180° are whole there.
      await goToSlide(page, slideNumberOfMap(fixtureDeck, 1));
      const pacific = await expectMapDrawnRight(page, context, placesOfBlock(fixtureDeck, 1));
      expect(pacific.view.west).toBeLessThan(180);
      expect(pacific.view.east).toBeGreaterThan(180);
      expect(crowdedLabels(pacific)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`pacific-${width}.png`) });
      expect(offApp).toEqual([]);
      expect(pageErrors).toEqual([]);
      await expect(page.locator('.docent-notice[data-kind="error"]')).toHaveCount(0);
    });
  }

  test('stays right when the window is resized and in the overview', async ({ page, context }) => {
    await openDeck(page, server.url);
    await goToSlide(page, slideNumberOfMap(fixtureDeck, 0));
    const places = placesOfBlock(fixtureDeck, 0);
    await expectMapDrawnRight(page, context, places);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expectMapDrawnRight(page, context, places);
    await page.setViewportSize({ width: 1000, height: 700 });
    await expectMapDrawnRight(page, context, places);
    await page.keyboard.press('o');
    await expect(page.locator('.reveal')).toHaveClass(/overview/);
    // The overview draws every map; each still fills its (now small) box.
    await expect(page.locator('figure.docent-map[data-map-ready="true"]')).toHaveCount(3);
    await page.waitForTimeout(900); // reveal's overview transition
    await expectMapDrawnRight(page, context, places);
    await page.keyboard.press('Escape');
    await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
    await page.waitForTimeout(900);
    await expectMapDrawnRight(page, context, places);
  });

  test('arrow keys still change slides after the map was used, and the map returns to its fitted view', async ({ page }) => {
    await openDeck(page, server.url);
    const first = slideNumberOfMap(fixtureDeck, 0);
    await goToSlide(page, first);
    const figure = page.locator('.reveal section.present figure.docent-map');
    await expect(figure).toHaveAttribute('data-map-ready', 'true');
    const fitted = await page.evaluate(() => window.__docentMaps?.find((p) => p.element.closest('section.present'))?.view());
    const box = (await figure.boundingBox())!;
    // Pan with the mouse: the view moves.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 + 80, { steps: 8 });
    await page.mouse.up();
    const panned = await page.evaluate(() => window.__docentMaps?.find((p) => p.element.closest('section.present'))?.view());
    expect(Math.abs((panned?.west ?? 0) - (fitted?.west ?? 0))).toBeGreaterThan(1);
    // The map has had the mouse; the arrow keys still belong to the presentation.
    const before = await currentIndices(page);
    await page.keyboard.press('ArrowRight');
    expect((await currentIndices(page)).h).toBe(before.h + 1);
    await waitUntilStill(page);
    await page.keyboard.press('ArrowLeft');
    expect((await currentIndices(page)).h).toBe(before.h);
    await waitUntilStill(page);
    const again = await page.evaluate(() => window.__docentMaps?.find((p) => p.element.closest('section.present'))?.view());
    // The same view: same zoom, and the same edges to within a pixel (Leaflet rounds its pixel origin).
    const figureWidth = await figure.evaluate((element) => (element as HTMLElement).offsetWidth);
    const degreesPerPixel = ((fitted?.east ?? 0) - (fitted?.west ?? 0)) / figureWidth;
    expect(again?.zoom).toBeCloseTo(fitted?.zoom ?? NaN, 9);
    for (const key of ['south', 'west', 'north', 'east'] as const) expect(Math.abs((again?.[key] ?? NaN) - (fitted?.[key] ?? NaN))).toBeLessThan(1.5 * degreesPerPixel);
  });

  test('a wrong block shows its error and line on the slide, and the deck goes on', async ({ page }) => {
    await openDeck(page, server.url);
    const text = readFileSync(path.join(root, fixtureDeck, 'deck.md'), 'utf8');
    const wrongLine = text.split('\n').findIndex((line) => line.startsWith('colour:')) + 1;
    await goToSlide(page, slideNumberOfMap(fixtureDeck, 2));
    const error = page.locator('.reveal section.present .docent-map-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText(`line ${wrongLine}`);
    await expect(error).toContainText('unknown key "colour"');
    const before = await currentIndices(page);
    await page.keyboard.press('ArrowRight');
    expect((await currentIndices(page)).h).toBe(before.h + 1);
    await expect(page.locator('.reveal section.present h2')).toHaveText('After the maps');
  });

  test('tells the PDF export when every map of the deck is drawn', async ({ page }) => {
    await openDeck(page, server.url);
    // On the first slide only the next one's map is drawn; asking draws them all.
    await page.evaluate(async () => window.__docentMapsReady?.());
    await expect(page.locator('figure.docent-map:not([data-map-ready="true"])')).toHaveCount(0);
    await expect(page.locator('figure.docent-map .leaflet-container')).toHaveCount(2);
    await expect(page.locator('figure.docent-map .docent-map-error')).toHaveCount(1);
  });
});

test.describe('in the speaker view', () => {
  let server: DocentServer;
  test.beforeAll(async () => {
    server = await startDocentServer(fixtureDeck);
  });
  test.afterAll(async () => server.stop());

  test('both previews draw their map right', async ({ page, context }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await openDeck(page, `${server.origin}/speaker#token=${server.token}`);
    const mapSlide = slideNumberOfMap(fixtureDeck, 0);
    for (let i = 1; i < mapSlide; i++) await page.keyboard.press('ArrowRight');
    // The current slide is the first map; the next preview shows the second.
    await expectMapDrawnRight(page, context, placesOfBlock(fixtureDeck, 0), '.speaker-current');
    await expectMapDrawnRight(page, context, placesOfBlock(fixtureDeck, 1), '.speaker-next');
  });
});

test.describe('the default deck', () => {
  test.skip(!deckHasMap(defaultDeck), `${defaultDeck} has no map block yet`);
  let server: DocentServer;
  test.beforeAll(async () => {
    server = await startDocentServer(defaultDeck);
  });
  test.afterAll(async () => server?.stop());

  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
  ] as const) {
    test(`its map slide is drawn right at ${width}×${height}`, async ({ page, context }) => {
      const offApp = watchOffAppRequests(page, server.origin);
      await page.setViewportSize({ width, height });
      await openDeck(page, server.url);
      await goToSlide(page, slideNumberOfMap(defaultDeck, 0));
      await expectMapDrawnRight(page, context, placesOfBlock(defaultDeck, 0));
      await page.screenshot({ path: test.info().outputPath(`default-deck-${width}.png`) });
      await page.keyboard.press('o');
      await page.waitForTimeout(900);
      await expectMapDrawnRight(page, context, placesOfBlock(defaultDeck, 0));
      expect(offApp).toEqual([]);
    });
  }
});

test.describe('editing a map block', () => {
  let server: DocentServer;
  test.beforeAll(async () => {
    server = await startDocentServer(fixtureDeck);
  });
  test.afterAll(async () => server.stop());

  test('redraws the map from the new block when deck.md changes, and shows a new mistake', async ({ page, context }) => {
    await openDeck(page, server.url);
    await goToSlide(page, slideNumberOfMap(fixtureDeck, 0));
    await expect(page.locator('.reveal section.present path.docent-map-place')).toHaveCount(4);
    const file = path.join(server.deckFolder, 'deck.md');
    const original = readFileSync(file, 'utf8');

    // A fifth place: the deck view re-renders the slide, the plugin starts again on it.
    const withPlace = original.replace('events:\n  - place: Vladivostok', '  - name: Irkutsk\n    lat: 52.2870\n    lon: 104.3050\nevents:\n  - place: Vladivostok');
    expect(withPlace).not.toBe(original);
    writeFileSync(file, withPlace);
    await expect(page.locator('.reveal section.present path.docent-map-place')).toHaveCount(5);
    await expect(page.locator('.reveal section.present figure.docent-map')).toHaveCount(1);
    await expect(page.locator('.reveal section.present .docent-map-label', { hasText: 'Irkutsk' })).toBeVisible();
    await expectMapDrawnRight(page, context, [...placesOfBlock(fixtureDeck, 0), { name: 'Irkutsk', lat: 52.287, lon: 104.305 }]);

    // A coordinate out of range, on a known line: the map becomes an error naming that line.
    const broken = withPlace.replace('    lat: 52.2870', '    lat: 152.2870');
    writeFileSync(file, broken);
    const wrongLine = broken.split('\n').findIndex((line) => line === '    lat: 152.2870') + 1;
    await expect(page.locator('.reveal section.present .docent-map-error')).toContainText(`line ${wrongLine}`);
    await expect(page.locator('.reveal section.present .docent-map-error')).toContainText('lat must be between -90 and 90');
  });
});
