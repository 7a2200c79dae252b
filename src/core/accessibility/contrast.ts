// WCAG 2.2 contrast: relative luminance of sRGB colours and the ratio of two of them
// (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), and the AA thresholds a text must meet.

export type Rgb = readonly [r: number, g: number, b: number];

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** From 1 (the same colour) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A colour drawn with this opacity over another (text in rgba over the slide). */
export function over(colour: Rgb, alpha: number, background: Rgb): Rgb {
  return [0, 1, 2].map((i) => (colour[i] as number) * alpha + (background[i] as number) * (1 - alpha)) as unknown as Rgb;
}

/**
 * WCAG's large text is 18 pt (24 CSS px), or 14 pt (18.66 px) bold: AA asks 3:1 of it and 4.5:1 of
 * the rest. Sizes are CSS pixels of the 1280×720 slide.
 */
export function requiredContrast(fontSize: number, bold: boolean): number {
  return fontSize >= 24 || (bold && fontSize >= 18.66) ? 3 : 4.5;
}
