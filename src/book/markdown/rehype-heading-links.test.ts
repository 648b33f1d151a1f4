import { describe, expect, it } from 'vitest';
import { rehype } from 'rehype';
import rehypeHeadingLinks from './rehype-heading-links.ts';

const run = async (html: string) =>
  String(await rehype().data('settings', { fragment: true }).use(rehypeHeadingLinks).process(html));

describe('rehype-heading-links', () => {
  it('adds a section link after each h2 and h3 with an id, leaving the heading text alone', async () => {
    expect(await run('<h2 id="gap">The gap</h2><h3 id="why">Why</h3>')).toBe(
      '<div class="heading-wrapper level-h2"><h2 id="gap">The gap</h2><a class="heading-link" ' +
        'href="#gap"><span aria-hidden="true">#</span><span class="visually-hidden">Link to ' +
        'section: The gap</span></a></div>' +
        '<div class="heading-wrapper level-h3"><h3 id="why">Why</h3><a class="heading-link" ' +
        'href="#why"><span aria-hidden="true">#</span><span class="visually-hidden">Link to ' +
        'section: Why</span></a></div>',
    );
  });

  it('leaves h1, h4 and headings without ids as they are', async () => {
    const html = '<h1 id="t">T</h1><h2>No id</h2><h4 id="x">X</h4>';
    expect(await run(html)).toBe(html);
  });
});
