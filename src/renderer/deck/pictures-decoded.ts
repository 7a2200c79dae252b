// A slide's pictures decide its height, so any layout measured before they are decoded is wrong:
// reveal.js's print layout centres each slide by its height once, and a picture that arrives later
// pushes the slide's bottom off its page. This resolves once every picture under `root` is decoded
// (or has failed: a broken picture prints as it presents). Event-driven, never a fixed sleep; the
// exporter bounds the whole wait with its timeout.
import { backgroundUrls } from '../../core/deck/background-urls';

/** Loads and decodes `url` into the image cache, so a background that uses it paints at once. */
function decodeUrl(url: string): Promise<void> {
  const image = new Image();
  image.src = url;
  return image.decode().catch(() => undefined);
}

async function decodeImage(image: HTMLImageElement): Promise<void> {
  // decode() waits for the load itself; when it rejects (broken, or a src changed while loading),
  // wait for the load or error event still to come, so a picture still loading is not skipped.
  await image.decode().catch(async () => {
    if (image.complete) return;
    await new Promise<void>((resolve) => {
      image.addEventListener('load', () => resolve(), { once: true });
      image.addEventListener('error', () => resolve(), { once: true });
    });
  });
}

/**
 * Every <img> and every background picture under `root` decoded: slide backgrounds named by
 * `data-background-image` (before reveal.js has made their elements), the backgrounds reveal.js
 * made, and inline `background-image` styles.
 */
export async function picturesDecoded(root: ParentNode): Promise<void> {
  const urls = new Set<string>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-background-image]')) {
    const url = element.getAttribute('data-background-image');
    if (url) urls.add(url);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[style]')) for (const url of backgroundUrls(element.style.backgroundImage)) urls.add(url);
  await Promise.all([...[...root.querySelectorAll('img')].map(decodeImage), ...[...urls].map(decodeUrl)]);
}
