// Word (.docx) -> blocks with mammoth, which reads the document's styles: "Heading 1…6" become
// headings, "Title" the title, "Caption" paragraphs the captions of the pictures before them; lists,
// tables, embedded pictures (with the alt text Word keeps) come through its HTML; footnotes are left out.
import mammoth from 'mammoth';
import { DocentError } from '../../core/errors';
import { demoteHeadings, htmlBlocks } from './html-blocks';
import { embeddedScheme } from './picture-store';
import type { ReadBlocks } from './reader-result';
import { textEntry, unzipWithin } from './zip-archive';

const styleMap = [
  "p[style-name='Title'] => h1.docent-title:fresh",
  "p[style-name='Subtitle'] => p.docent-subtitle:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Figure'] => p.caption:fresh",
  "p[style-name='Illustration'] => p.caption:fresh",
  "p[style-name='Drawing'] => p.caption:fresh",
  // Footnote text is never a bullet; mammoth's footnote list is left out too (see html-blocks).
  "p[style-name='Footnote Text'] => !",
  "p[style-name='footnote text'] => !",
];

export async function readDocx(bytes: Uint8Array): Promise<ReadBlocks> {
  // The zip is checked (limits, the parts Word needs) before mammoth inflates it.
  const parts = unzipWithin(bytes, (name) => name === 'word/document.xml' || name === 'docProps/core.xml' || name === '[Content_Types].xml');
  if (!parts.has('word/document.xml')) {
    if (parts.has('[Content_Types].xml')) throw new DocentError('DOCUMENT_CORRUPT', 'the file is an Office file but not a Word document (no word/document.xml)');
    throw new DocentError('DOCUMENT_CORRUPT', 'the file is a zip archive, not a Word document');
  }
  const embedded = new Map<string, Uint8Array>();
  let result: { value: string };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap,
        includeDefaultStyleMap: true,
        convertImage: mammoth.images.imgElement(async (image) => {
          const key = String(embedded.size);
          embedded.set(key, new Uint8Array(await image.readAsBuffer()));
          return { src: `${embeddedScheme}${key}` };
        }),
      },
    );
  } catch (error) {
    throw new DocentError('DOCUMENT_CORRUPT', `the Word document cannot be read (${(error as Error).message.split('\n')[0]})`);
  }
  const { blocks } = htmlBlocks(result.value, { captionClass: /\bcaption\b/ });
  return { ...splitTitle(blocks, result.value, textEntry(parts, 'docProps/core.xml')), embedded };
}

/** The Word "Title" paragraph (or the document's title property) is the title; headings then start below it. */
function splitTitle(blocks: ReadBlocks['blocks'], html: string, coreXml: string | null): Omit<ReadBlocks, 'embedded'> {
  const titleMatch = /<h1 class="docent-title">([\s\S]*?)<\/h1>/.exec(html);
  const titleText = titleMatch ? htmlBlocks(`<p>${titleMatch[1] ?? ''}</p>`).blocks[0] : undefined;
  if (titleText?.kind === 'paragraph') {
    const at = blocks.findIndex((block) => block.kind === 'heading' && block.level === 1 && block.text === titleText.text);
    const rest = at >= 0 ? [...blocks.slice(0, at), ...blocks.slice(at + 1)] : blocks;
    return { blocks: demoteHeadings(rest), title: titleText.text, date: null };
  }
  const property = coreXml ? /<dc:title>([^<]+)<\/dc:title>/.exec(coreXml)?.[1]?.trim() : undefined;
  if (property) return { blocks: demoteHeadings(blocks), title: property, date: null };
  return { blocks, title: null, date: null };
}
