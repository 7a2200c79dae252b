// The contract between the /print view and the PDF exporter: how the exporter asks for a layout
// (the page's query string) and what the page answers once it is ready to print (window.__docentPrint).
import { z } from 'zod';
import type { ExportOptions } from './api';

/** One page the print view laid out, in print order. */
export const printedPageSchema = z.object({
  /** The slide's number as the slide counter shows it (1-based, vertical slides counted in order). */
  slide: z.number().int().min(1),
  kind: z.enum(['slide', 'step', 'notes', 'handout']),
  /** The slide's title, or "Slide N" when it has no heading. */
  title: z.string(),
});
export type PrintedPage = z.infer<typeof printedPageSchema>;

export const printPlanSchema = z.object({
  title: z.string().nullable(),
  author: z.string().nullable(),
  subject: z.string().nullable(),
  /** The CSS page size every page was laid out at, in CSS pixels. */
  pageSize: z.object({ width: z.number().positive(), height: z.number().positive() }),
  pages: z.array(printedPageSchema),
  /** Things the user should know, one line each: a slide whose content is cut off at the bottom. */
  warnings: z.array(z.string()).default([]),
});
export type PrintPlan = z.infer<typeof printPlanSchema>;

export const printStatusSchema = z.object({
  stage: z.enum(['loading', 'layout', 'drawing', 'ready', 'failed']),
  mapsDrawn: z.number().int().min(0),
  mapsTotal: z.number().int().min(0),
  /** Why the page could not be laid out ("deck.md:12: …"), when stage is failed. */
  error: z.string().nullable(),
});
export type PrintStatus = z.infer<typeof printStatusSchema>;

/** What the print view exposes on window for the exporter to read. */
export interface PrintHandle {
  /** Resolves once fonts, images and every map are drawn; rejects with a one-line reason. */
  ready: Promise<PrintPlan>;
  status(): PrintStatus;
}

export const printHandleName = '__docentPrint';

/** The print view's query string for these options (no leading "?"). Names avoid reveal.js's own query options. */
export function printQuery(options: ExportOptions): string {
  const fields: [string, string][] = [
    ['layout', options.layout],
    ['paper', options.paper],
    ['steps', options.fragments ? '1' : '0'],
  ];
  // Only when asked: a print without drawings keeps the URL it always had.
  if (options.annotations) fields.push(['drawings', '1']);
  if (options.range) fields.push(['first', String(options.range.first)], ['last', String(options.range.last)]);
  return fields.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
}

/** The options a print view URL asks for; anything missing or malformed takes its default. */
export function readPrintQuery(search: string): ExportOptions {
  // Plain parsing: src/shared also compiles without DOM or Node types (no URLSearchParams).
  const query = new Map(
    search
      .replace(/^\?/, '')
      .split('&')
      .filter(Boolean)
      .map((pair): [string, string] => {
        const [name = '', value = ''] = pair.split('=');
        return [decodeURIComponent(name), decodeURIComponent(value.replace(/\+/g, ' '))];
      }),
  );
  const layout = query.get('layout');
  const first = Number(query.get('first'));
  const last = Number(query.get('last'));
  return {
    layout: layout === 'notes' || layout === 'handout' ? layout : 'slides',
    paper: query.get('paper') === 'letter' ? 'letter' : 'a4',
    fragments: query.get('steps') === '1',
    annotations: query.get('drawings') === '1',
    range: Number.isInteger(first) && Number.isInteger(last) && first >= 1 && last >= first ? { first, last } : null,
  };
}
