// Deck text (runs from the deck model) and rendered style (from the print view) as pptxgenjs text:
// PowerPoint measures in inches and points, the slide was laid out at 1280×720 CSS pixels.
import type PptxGenJS from 'pptxgenjs';
import type { ListItem, TextRun } from '../../../core/deck/slide-blocks';
import type { Box, TextStyle } from '../../../shared/slide-geometry';

/** CSS pixels per inch; the 1280×720 slide is PowerPoint's 13.333×7.5 in widescreen slide. */
export const pixelsPerInch = 96;
export const slideInches = { width: 1280 / pixelsPerInch, height: 720 / pixelsPerInch };

export function inches(box: Box): { x: number; y: number; w: number; h: number } {
  const round = (value: number) => Math.round((value / pixelsPerInch) * 1000) / 1000;
  return { x: round(box.x), y: round(box.y), w: Math.max(0.05, round(box.width)), h: Math.max(0.05, round(box.height)) };
}

/** #rrggbb → RRGGBB, as pptxgenjs wants colours. */
export function hex(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}

const monospace = 'Courier New';

/** The text box options a rendered style gives: font, size in points, colour, alignment. */
export function styleOptions(style: TextStyle): PptxGenJS.TextPropsOptions {
  return {
    fontFace: style.fontFamily,
    fontSize: Math.max(6, Math.round(style.fontSize * 0.75 * 10) / 10),
    color: hex(style.color),
    bold: style.bold,
    italic: style.italic,
    align: style.align,
    lineSpacingMultiple: Math.min(3, Math.max(0.8, Math.round(style.lineHeight * 100) / 100)),
  };
}

/** One paragraph's runs as pptxgenjs text objects; the last run ends the paragraph. */
export function runObjects(runs: TextRun[], style: TextStyle | null, paragraph: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps[] {
  const visible = runs.filter((run) => run.text.length > 0);
  const list = visible.length ? visible : [{ text: '' }];
  return list.map((run, index) => {
    const text = style?.uppercase ? run.text.toUpperCase() : run.text;
    // pptxgenjs starts a new paragraph where paragraph options change: every run carries them.
    const options: PptxGenJS.TextPropsOptions = { ...paragraph };
    if (run.bold) options.bold = true;
    if (run.italic) options.italic = true;
    if (run.code) options.fontFace = monospace;
    if (run.link && /^(https?:|mailto:)/i.test(run.link)) options.hyperlink = { url: run.link };
    if (index === list.length - 1) options.breakLine = true;
    return { text, options };
  });
}

/** A list's items as bulleted (or numbered) paragraphs, nested items indented. */
export function listObjects(items: ListItem[], style: TextStyle | null): PptxGenJS.TextProps[] {
  return items.flatMap((item) =>
    runObjects(item.runs, style, {
      bullet: item.ordered ? { type: 'number', indent: 24 } : { indent: 24 },
      indentLevel: item.level,
    }),
  );
}

export const codeFont = monospace;
