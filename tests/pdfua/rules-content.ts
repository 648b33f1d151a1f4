/** PDF/UA-1's rules on page content: everything painted is tagged or an artifact, never both; and no joined words. */
import type { PDFDocument } from 'pdf-lib';
import type { Failure } from './rules.ts';
import { readPage } from './content.ts';
import { joinedWords, tagOrderText } from './tag-order.ts';

export function contentRules(doc: PDFDocument): Failure[] {
  const failures: Failure[] = [];
  doc.getPages().forEach((page, i) => {
    let untagged = 0;
    let artifactInTagged = 0;
    let sample = '';
    for (const item of readPage(doc, page)) {
      if (item.mcid === undefined && !item.artifact) {
        untagged++;
        sample ||= item.kind === 'text' ? `text "${item.text}"` : item.kind;
      }
      if (item.mcid !== undefined && item.artifact) artifactInTagged++;
    }
    if (untagged)
      failures.push({
        rule: '01-005',
        where: `page ${i + 1}: ${untagged} things painted outside tagged content and artifacts (first: ${sample})`,
      });
    if (artifactInTagged)
      failures.push({ rule: '01-004', where: `page ${i + 1}: ${artifactInTagged} artifacts inside tagged content` });
  });
  for (const join of joinedWords(tagOrderText(doc)))
    failures.push({ rule: 'words-joined', where: `"${join.joined}" in "${join.around}"` });
  return failures;
}
