/**
 * Post-processing of Chromium's PDF with pdf-lib: what an accessible, reproducible document needs and
 * Chromium does not write. Metadata (Info and XMP, with the PDF/UA identifier) dated by the edition,
 * the title shown in the window title bar, exact bookmark titles, artifacts, link descriptions, struct
 * ids that do not depend on the browser's state, a file identifier computed from the content, and PDF 1.7.
 */
import { createHash } from 'node:crypto';
import { PDFDocument, PDFHeader, PDFHexString, PDFName } from 'pdf-lib';
import { markPageDecoration } from './decoration.ts';
import { fixOutlineTitles } from './outline.ts';
import { markRepeatedHeaders } from './repeated-headers.ts';
import type { PageFacts } from './print-page.ts';
import { describeLinks, markPageArtifacts, PageContents, regroupFigures } from './structure.ts';
import { readWordSpacesAsSpaces } from './spaces.ts';
import { addListBodies, mapRolesToStandard } from './standard-structure.ts';
import { renumberStructIds } from './struct-ids.ts';
import { xmpPacket } from './xmp.ts';

/** The tool that made the PDF, as its metadata names it. */
export const CREATOR = 'Report generator (Astro, Chromium, pdf-lib)';

/** A finished PDF and its number of pages (read while finishing: no second load to count them). */
export interface FinishedPdf { bytes: Uint8Array; pages: number }

/** Chromium's PDF, finished: same bytes for the same page and the same browser. */
export async function finishPdf(chromiumPdf: Uint8Array, facts: PageFacts): Promise<FinishedPdf> {
  const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false });
  const producer = `${doc.getProducer() ?? 'Chromium'}; pdf-lib`;
  const date = new Date(`${facts.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`the print page has no valid dcterms.date (got "${facts.date}")`);

  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setAuthor(facts.author);
  doc.setSubject(facts.description);
  doc.setLanguage(facts.lang);
  doc.setCreator(CREATOR);
  doc.setProducer(producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const xmp = xmpPacket({ title: facts.title, author: facts.author, subject: facts.description, lang: facts.lang,
    date: facts.date, creator: CREATOR, producer });
  const stream = doc.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));

  fixOutlineTitles(doc, facts.headings);
  describeLinks(doc, facts.linkText);
  regroupFigures(doc);
  mapRolesToStandard(doc);
  addListBodies(doc);
  renumberStructIds(doc);
  const contents = new PageContents(doc);
  markPageArtifacts(doc, contents);
  markPageDecoration(doc, contents);
  markRepeatedHeaders(doc, contents);
  contents.write();
  readWordSpacesAsSpaces(doc);
  doc.context.header = PDFHeader.forVersion(1, 7);

  // The file identifier: a digest of the document itself, so it is stable and still changes with content.
  // Saved once with a placeholder of the same length, which the digest (of those bytes) then replaces.
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(ID_PLACEHOLDER), PDFHexString.of(ID_PLACEHOLDER)]);
  const bytes = Buffer.from(await doc.save());
  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const placeholder = Buffer.from(`<${ID_PLACEHOLDER}>`, 'latin1');
  for (let at = bytes.indexOf(placeholder); at >= 0; at = bytes.indexOf(placeholder, at)) bytes.write(`<${digest}>`, at, 'latin1');
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages: doc.getPageCount() };
}

/** Stands for the file identifier while the document is saved (32 hex digits, as the digest). */
const ID_PLACEHOLDER = 'F11E1D00'.repeat(4);
