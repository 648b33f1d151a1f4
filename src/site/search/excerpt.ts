/**
 * Pagefind's excerpts are HTML: the page's text with `<` and `>` escaped and each match wrapped in
 * <mark>. Rather than trust them to innerHTML, the search page splits them into plain text runs, some
 * marked, and builds the nodes itself.
 */

/** A run of excerpt text; `mark` when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
const decode = (text: string): string => text.replace(/&(?:lt|gt|amp|quot|#39|#x27);/g, (e) => ENTITIES[e]!);

/** "a <mark>legacy</mark> system" → [{a }, {legacy, mark}, { system}]. Any other tag is kept as text. */
export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  html.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((piece) => {
    const marked = piece.startsWith('<mark>') && piece.endsWith('</mark>');
    const text = decode(marked ? piece.slice(6, -7) : piece);
    if (text) parts.push({ text, mark: marked });
  });
  return parts;
}

/** "1 result", "3 results", "No results" for `query`, as the live region announces it. */
export function resultCount(count: number, query: string): string {
  const quoted = `“${query.trim()}”`;
  if (count === 0) return `No results for ${quoted}. Try another word, or browse the contents.`;
  return `${count} ${count === 1 ? 'chapter matches' : 'chapters match'} ${quoted}.`;
}
