// The part of reveal.js's API Docent relies on.
import type Reveal from 'reveal.js';

export type RevealApi = InstanceType<typeof Reveal>;
