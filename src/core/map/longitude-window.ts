// Which 360° of longitude a map shows. Web maps usually show -180..180, which cuts the Pacific and
// the far north-east of Asia in two; a map about East Asia or the Pacific is centred where its places are instead.

/** Longitude normalised to [-180, 180). */
export function normalizeLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * The centre of the narrowest arc of longitude holding every given longitude: the opposite side of
 * the widest empty gap between them. 0 when there are none.
 */
export function viewCentreLongitude(lons: readonly number[]): number {
  const sorted = [...new Set(lons.map(normalizeLongitude))].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return 0;
  // The gap that wraps from the last longitude round to the first.
  let gapStart = last;
  let gapWidth = first + 360 - last;
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as number;
    const width = (sorted[i] as number) - previous;
    if (width > gapWidth) {
      gapStart = previous;
      gapWidth = width;
    }
  }
  const arcStart = gapStart + gapWidth;
  const arcWidth = 360 - gapWidth;
  return normalizeLongitude(arcStart + arcWidth / 2);
}

/** The same meridian as `lon`, expressed within [centre - 180, centre + 180). */
export function longitudeNear(lon: number, centre: number): number {
  return centre + normalizeLongitude(lon - centre);
}
