// What the print view measures of its laid-out pages for exports that rebuild or capture slides
// (PowerPoint, PNG): where each page is, and where each block of a slide sits and how its text is
// styled once the theme and the fit-to-slide rules have applied. Content comes from the deck
// model; only geometry and computed style come from here.
import { z } from 'zod';

export const boxSchema = z.object({ x: z.number(), y: z.number(), width: z.number().min(0), height: z.number().min(0) });
export type Box = z.infer<typeof boxSchema>;

export const textStyleSchema = z.object({
  /** The first family of the computed font-family, without quotes. */
  fontFamily: z.string(),
  /** CSS pixels at the 1280×720 slide size. */
  fontSize: z.number().positive(),
  /** #rrggbb */
  color: z.string(),
  bold: z.boolean(),
  italic: z.boolean(),
  align: z.enum(['left', 'center', 'right', 'justify']),
  uppercase: z.boolean(),
  /** Line height as a multiple of the font size. */
  lineHeight: z.number().positive(),
});
export type TextStyle = z.infer<typeof textStyleSchema>;

/** One top-level block of a slide (heading, paragraph, list, picture, table, map…), box relative to the slide. */
export const blockGeometrySchema = z.object({
  tag: z.string(),
  box: boxSchema,
  /** The text's style (a list's first item, a table's body cells). */
  text: textStyleSchema.nullable(),
  /** A table's header cells' style. */
  header: textStyleSchema.nullable(),
  /** The picture inside a paragraph that holds only a picture. */
  image: boxSchema.nullable(),
  /** A table's column widths (CSS pixels), from its first row. */
  columns: z.array(z.number().min(0)).default([]),
});
export type BlockGeometry = z.infer<typeof blockGeometrySchema>;

export const pageGeometrySchema = z.object({
  /** 1-based slide number, as in the print plan. */
  slide: z.number().int().min(1),
  kind: z.enum(['slide', 'step', 'notes', 'handout']),
  /** The page in the print view's document coordinates (for a screenshot of it). */
  page: boxSchema,
  /** The slide's background colour (#rrggbb). */
  background: z.string(),
  blocks: z.array(blockGeometrySchema),
});
export type PageGeometry = z.infer<typeof pageGeometrySchema>;

export const slideGeometrySchema = z.array(pageGeometrySchema);

export const geometryHandleName = '__docentGeometry';
