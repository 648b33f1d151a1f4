/**
 * Marks links that leave the report, so readers know before they follow one: an arrow they can see
 * and "(external site)" for screen readers, and `rel="external noopener noreferrer"` so the other site
 * gets neither a handle on this page nor its address. Links stay in the same tab (GOV.UK's advice).
 * Wraps rehype-external-links; links to the report's own public address are not external.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import externalLinks from 'rehype-external-links';

export interface ExternalLinkOptions {
  /** The report's public address (data/book.yaml `url`), read when the plugin runs. */
  siteUrl?: () => string;
}

/** The mark appended inside each external link. */
export const externalMark = (): Element[] => [
  h('span', { 'aria-hidden': 'true' }, '\u00a0↗'),
  h('span', { class: 'visually-hidden' }, ' (external site)'),
];

export default function rehypeExternalLinks(options: ExternalLinkOptions = {}): (tree: Root) => void {
  const own = options.siteUrl?.();
  return externalLinks({
    rel: ['external', 'noopener', 'noreferrer'],
    content: externalMark(),
    contentProperties: { class: 'external-link__mark' },
    properties: { class: 'external-link' },
    test: (element) => !own || !String(element.properties.href ?? '').startsWith(own),
  });
}
