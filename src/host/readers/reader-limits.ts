// The limits every document reader keeps, so no input can make Docent hang or run out of memory.
// The README's "Reading documents" section states the same numbers.

/** A document file larger than this is refused before it is read. */
export const maxDocumentFileBytes = 64 * 1024 * 1024;
/** A zip (Word, OpenDocument, EPUB) may unpack to at most this much in all … */
export const maxUnzippedBytes = 256 * 1024 * 1024;
/** … with at most this many entries, none expanding more than this ratio (a zip bomb expands by thousands). */
export const maxZipEntries = 10_000;
export const maxCompressionRatio = 200;
/** PDF pages read; the notes say when a longer document was cut. */
export const maxPdfPages = 300;
/** Scanned pages read with OCR (each takes seconds). */
export const maxOcrPages = 20;
/** A picture file larger than this is not read at all (the notes say so). */
export const maxPictureSourceBytes = 48 * 1024 * 1024;
/** A picture is huge, and is scaled down and encoded again, when its file is larger than this … */
export const maxPictureBytes = 8 * 1024 * 1024;
/** … or a side is longer than this; it is then made to fit this side (twice the slide's 1280 pixels). */
export const maxPictureSide = 4096;
export const pictureTargetSide = 2560;
/** A picture of more pixels is not decoded (its pixels alone would take 200 MB); it is left out. */
export const maxPictureDecodePixels = 50_000_000;
/** At most this many pictures, this much in all, go into one deck. */
export const maxPictures = 200;
export const maxAllPictureBytes = 96 * 1024 * 1024;
/** Reading a document (OCR included) stops with an error after this long. */
export const maxReadMilliseconds = 5 * 60 * 1000;
