/**
 * Abbreviations as links to the glossary. On the website a well-known abbreviation ("NHS") carries its
 * expansion as a title, which shows on hover; a reading system shows no title. So in the book the first
 * abbreviation of each kind in a chapter links to its glossary entry, where it is spelt out.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';

/** For each abbreviation the glossary explains ("NHS"), the book's link to its entry. */
export function glossaryTargets(docs: { file: string; body: Root }[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const { file, body } of docs) {
    for (const dt of selectAll('dl.glossary dt[id]', body)) {
      const abbr = select('abbr', dt);
      if (abbr) targets.set(toString(abbr).trim(), `${file}#${String(dt.properties.id)}`);
    }
  }
  return targets;
}

/**
 * Links the first use of each abbreviation in `article` to its glossary entry (not in headings, links or the glossary).
 */
export function linkAbbreviations(article: Element, targets: Map<string, string>): void {
  if (select('dl.glossary', article)) return;
  const skip = new Set(selectAll('a abbr, h1 abbr, h2 abbr, h3 abbr, h4 abbr, svg abbr', article));
  const linked = new Set<string>();
  const visit = (parent: Element) =>
    parent.children.forEach((child, i) => {
      if (child.type !== 'element') return;
      const text = child.tagName === 'abbr' ? toString(child).trim() : '';
      const href = targets.get(text.replace(/s$/, '')) ?? targets.get(text);
      if (href && !skip.has(child) && !linked.has(href)) {
        linked.add(href);
        parent.children[i] = h('a', { href, className: ['glossary-link'] }, [child]);
      } else if (child.tagName !== 'abbr') visit(child);
    });
  visit(article);
}
