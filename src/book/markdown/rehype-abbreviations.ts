/**
 * Spells out each abbreviation from data/glossary.yaml the first time it appears on a page, as GOV.UK
 * style does: "Integrated Care Boards (<abbr>ICBs</abbr>)". The expansion is in the text itself, so
 * every reader gets it: screen readers, phones (no hover), print and the PDF. The <abbr> carries no
 * title there, since its expansion sits right beside it (WCAG technique G97) and a title would only be
 * read or shown twice. Abbreviations marked `wellKnown` (UK, NHS) are not spelt out, and get
 * <abbr title="..."> on first use instead (technique H28). Headings, links and code are left alone;
 * where the text already spells the term out before the abbreviation, it is not repeated.
 */
import type { ElementContent, Root, RootContent, Text } from 'hast';
import { h } from 'hastscript';
import type { GlossaryTerm } from '../data/glossary.ts';

export interface RehypeAbbreviationsOptions {
  /** The glossary's entries; those with an `abbr` are expanded. */
  terms: () => Iterable<GlossaryTerm>;
}

const SKIP = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'abbr',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'title',
  'data',
]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SENTENCE_END = /(^|[.!?]["”’)]?\s+)$/;

type Parent = { children: (RootContent | ElementContent)[]; tagName?: string };

/** The pure core: rewrites `tree` in place, spelling out the first use of each abbreviation. */
export function expandAbbreviations(tree: Root, terms: Iterable<GlossaryTerm>): void {
  const byAbbr = new Map<string, GlossaryTerm>();
  for (const term of terms) if (term.abbr) byAbbr.set(term.abbr, term);
  if (!byAbbr.size) return;
  const alternatives = [...byAbbr.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  // An abbreviation as a whole word (not part of "NHS-wide"), with an optional plural and possessive.
  const pattern = new RegExp(`(?<![\\w-])(${alternatives})(s?)(['’]s)?(?![\\w-])`, 'g');
  const seen = new Set<string>();

  const rewrite = (node: Text, atStart: boolean): ElementContent[] | undefined => {
    const out: ElementContent[] = [];
    let last = 0;
    let changed = false;
    for (const match of node.value.matchAll(pattern)) {
      const [whole, abbr, plural, possessive = ''] = match as unknown as [string, string, string, string | undefined];
      if (seen.has(abbr)) continue;
      seen.add(abbr);
      changed = true;
      const term = byAbbr.get(abbr)!;
      const before = node.value.slice(last, match.index);
      const written = abbr + plural;
      const fullName = term.term + plural;
      if (term.wellKnown) {
        out.push({ type: 'text', value: before }, h('abbr', { title: fullName }, written), {
          type: 'text',
          value: possessive,
        });
      } else if (
        before.toLowerCase().endsWith(`${fullName} (`.toLowerCase()) &&
        node.value.startsWith(')', match.index + whole.length)
      ) {
        out.push({ type: 'text', value: before }, h('abbr', written), { type: 'text', value: possessive });
      } else {
        const opensSentence = SENTENCE_END.test(node.value.slice(0, match.index)) && (atStart || match.index > 0);
        const name = opensSentence ? fullName[0]!.toUpperCase() + fullName.slice(1) : fullName;
        out.push({ type: 'text', value: `${before}${name}${possessive} (` }, h('abbr', written), {
          type: 'text',
          value: ')',
        });
      }
      last = match.index + whole.length;
    }
    if (!changed) return undefined;
    out.push({ type: 'text', value: node.value.slice(last) });
    return out.filter((n) => n.type !== 'text' || n.value !== '');
  };

  const walk = (parent: Parent) => {
    for (let i = 0; i < parent.children.length; i++) {
      const child = parent.children[i]!;
      if (child.type === 'text') {
        const replaced = rewrite(child, i === 0);
        if (replaced) {
          parent.children.splice(i, 1, ...replaced);
          i += replaced.length - 1;
        }
      } else if ('children' in child && !(child.type === 'element' && SKIP.has(child.tagName))) {
        walk(child as Parent);
      }
    }
  };
  walk(tree as Parent);
}

export default function rehypeAbbreviations({ terms }: RehypeAbbreviationsOptions) {
  return (tree: Root) => expandAbbreviations(tree, terms());
}
