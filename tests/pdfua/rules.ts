/** The rules the checker claims (check.ts), a failure of one, and how failures read in a test's message. */
/** A broken rule: its checkpoint (e.g. "02-004"), what it asks, and where it is broken. */
export interface Failure {
  rule: Rule;
  where: string;
}

/** The rules the checker claims, by Matterhorn checkpoint. */
export const RULES = {
  '01-005': 'content is tagged or marked as an artifact',
  '01-004': 'no artifact inside tagged content',
  '02-001': 'every structure type is standard or role-mapped to a standard type',
  '02-004': 'no standard structure type is remapped',
  '06-001': 'the document has XMP metadata',
  '06-002': 'the XMP metadata declares PDF/UA (pdfuaid:part 1)',
  '06-003': 'the XMP metadata has a dc:title',
  '07-001': 'the viewer shows the document title (DisplayDocTitle true)',
  '01-001': 'the document is tagged (a structure tree, MarkInfo Marked true)',
  '11-006': 'the document names its natural language (Lang)',
  '09-004': 'a list (L) holds only list items (LI), lists and a caption',
  '09-005': 'a list item (LI) holds only a label (Lbl) and a body (LBody) and sits in a list; a body sits in an item',
  '09-001': 'table rows, header and data cells sit where a table allows',
  '13-004': 'every Figure has alternative text',
  '28-002': 'every annotation is tagged (referenced from the structure tree)',
  '28-011': 'every link annotation sits in a Link structure element',
  '28-004': 'every link annotation has a description (Contents or Alt)',
  '19-003': 'every page with annotations has tab order /S',
  '31-009': 'every font is embedded',
  '31-027': 'every font maps its characters to Unicode (ToUnicode)',
  'words-joined': 'text read in tag order has no words joined at a line wrap',
} as const;
export type Rule = keyof typeof RULES;

/** Failures in one line each, for a test's message. */
export const describeFailures = (failures: Failure[]): string =>
  failures.map((f) => `${f.rule} (${RULES[f.rule]}): ${f.where}`).join('\n');
