// A plugin whose code is a chunk of its own, loaded the first time a deck needs it (the map plugin
// and Leaflet for a deck with a ```map block). Until then it costs the entry a test and nothing more.
// Its init settles when the loaded plugin's init does, so the plugins after it run in the same order
// and see the same page as when the code was in the entry.
import type { DocentPlugin, DocentPluginContext } from './plugin';

export interface DeferredPluginSpec {
  id: string;
  /** Whether the deck now shown needs the plugin (read from the slides in the DOM). */
  needed(slides: HTMLElement): boolean;
  load(): Promise<DocentPlugin>;
}

export function deferredPlugin(spec: DeferredPluginSpec): DocentPlugin {
  let loaded: DocentPlugin | null = null;
  let destroyed = false;
  return {
    id: spec.id,
    async init(context: DocentPluginContext): Promise<void> {
      const slides = context.reveal.getSlidesElement();
      if (!slides || !spec.needed(slides)) return;
      const plugin = await spec.load();
      // The deck view tore this plugin down while its code loaded: the loaded one never starts.
      if (destroyed) return;
      loaded = plugin;
      await plugin.init(context);
    },
    destroy(): void {
      destroyed = true;
      loaded?.destroy();
      loaded = null;
    },
  };
}
