import { describe, expect, it } from 'vitest';
import { rehype } from 'rehype';
import rehypeExternalLinks, { type ExternalLinkOptions } from './rehype-external-links.ts';

const run = async (html: string, options: ExternalLinkOptions = {}) =>
  String(await rehype().data('settings', { fragment: true }).use(rehypeExternalLinks, options).process(html));

describe('rehype-external-links', () => {
  it(
    'marks a link to another site, visibly and for screen readers, and keeps it from the ' + 'opener and referrer',
    async () => {
      expect(await run('<a href="https://www.england.nhs.uk/">NHS England</a>')).toBe(
        '<a href="https://www.england.nhs.uk/" class="external-link" rel="external noopener noreferrer">NHS England' +
          '<span class="external-link__mark"><span aria-hidden="true">\u00a0↗</span><span ' +
          'class="visually-hidden"> (external site)</span></span></a>',
      );
    },
  );

  it('opens no new window', async () => {
    expect(await run('<a href="http://example.com/">x</a>')).not.toContain('target');
  });

  it("leaves links inside the report alone: relative, fragment and the report's own address", async () => {
    const html = '<a href="/funding/">a</a><a href="#gap">b</a><a href="https://example.org/nhs/x/">c</a>';
    expect(await run(html, { siteUrl: () => 'https://example.org/nhs/' })).toBe(html);
  });

  it('leaves mail links alone', async () => {
    expect(await run('<a href="mailto:a@example.org">mail</a>')).toBe('<a href="mailto:a@example.org">mail</a>');
  });
});
