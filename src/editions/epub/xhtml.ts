/**
 * An EPUB content document: XHTML (XML, so every element closed and every attribute quoted), in the
 * book's language, with the EPUB's style sheet. Written from hast through xast, unified's XML tree.
 */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';

/** The style sheet every document links to. */
export const STYLESHEET = 'epub.css';

export interface DocumentParts {
  title: string;
  lang: string;
  body: Root | ElementContent[];
  /** The body's epub:type, e.g. "frontmatter" or "bodymatter". */
  type?: string;
}

/** The document's XML text. */
export function xhtmlDocument({ title, lang, body, type }: DocumentParts): string {
  const tree = h(
    'html',
    { xmlns: 'http://www.w3.org/1999/xhtml', 'xmlns:epub': 'http://www.idpf.org/2007/ops', lang, 'xml:lang': lang },
    [
      h('head', [
        h('meta', { charset: 'utf-8' }),
        h('title', title),
        h('link', { rel: 'stylesheet', href: STYLESHEET }),
      ]),
      // One main landmark holds everything, the page markers included, as a reader's tools expect.
      h('body', type ? { 'epub:type': type } : {}, [
        h('main', Array.isArray(body) ? body : (body.children as ElementContent[])),
      ]),
    ],
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n${toXml(toXast(tree))}\n`;
}
