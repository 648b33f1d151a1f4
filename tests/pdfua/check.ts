/**
 * A checker for the machine-checkable rules of PDF/UA-1 (ISO 14289-1), as the Matterhorn Protocol's
 * machine checkpoints and veraPDF's PDFUA-1 profile state them, plus one rule of this project: text
 * read in tag order has no words joined at a line wrap. veraPDF cannot be installed here, so this reads
 * the file itself: objects with pdf-lib, content streams and ToUnicode maps with its own small readers
 * (syntax.ts, cmap.ts, fonts.ts). It shares no code with what makes the PDF, and assumes no producer:
 * it judges Typst's PDFs as it judged Chromium's.
 *
 * Each failure names its rule (the Matterhorn checkpoint) and where; an empty list means the PDF passes.
 */
import { PDFDocument } from 'pdf-lib';
import { documentRules } from './rules-document.ts';
import { structureRules } from './rules-structure.ts';
import { contentRules } from './rules-content.ts';
import type { Failure } from './rules.ts';

/** The rules a PDF breaks (empty when it passes). */
export async function checkPdfUa(bytes: Uint8Array): Promise<Failure[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return [...documentRules(doc), ...structureRules(doc), ...contentRules(doc)];
}
