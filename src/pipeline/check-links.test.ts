import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChapter } from '../book/book-index/parse.ts';
import { parseChapterFile } from '../book/chapters/chapter-files.ts';
import { explainBrokenLink, findBrokenLinks, pointsInto, stillBroken, type PageLinks } from './check-links.ts';

/**
 * A tiny built site and book: `pages` maps dist paths to HTML, `chapters` maps ids to MDX (indexed as the book index
 * does).
 */
function site(pages: Record<string, string>, chapters: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'links-'));
  const dir = join(root, 'dist');
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  const indexed = Object.entries(chapters).map(([id, mdx]) => {
    const file = `src/content/chapters/${id}.mdx`;
    return { id, file, facts: parseChapter(join(root, file), parseChapterFile(mdx, file, id).body, file).facts };
  });
  return { dir, chapters: indexed, pages: Object.keys(pages) };
}

const PAGES = {
  'index.html':
    '<a href="/funding/">Funding</a><a href="/funding/#spending-wisely">x</a><a ' +
    'href="https://example.org/">out</a><img src="/favicon.svg">',
  'funding/index.html':
    '<h2 id="spending-wisely">S</h2><h2 id="the-gap">G</h2><a href="#the-gap">up</a><a ' +
    'href="../">home</a><a href="/fundin/">typo</a><a href="/#contents">c</a>',
  'favicon.svg': '<svg/>',
};

describe('internal link check', () => {
  it('accepts links to pages, sections, relative paths and files, and ignores other sites', () => {
    const { dir } = site({
      ...PAGES,
      'funding/index.html': PAGES['funding/index.html'].replace('/fundin/', '/funding/'),
      'index.html': `${PAGES['index.html']}<h2 id="contents">C</h2>`,
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });

  it('reads again a page whose text changed since the last check, and forgets pages that are gone', () => {
    const { dir } = site({
      ...PAGES,
      'funding/index.html': PAGES['funding/index.html'].replace('/fundin/', '/funding/'),
      'index.html': `${PAGES['index.html']}<h2 id="contents">C</h2>`,
    });
    const known: PageLinks = new Map();
    expect(findBrokenLinks(dir, '/', known)).toEqual([]);
    expect(known.size).toBe(2);
    writeFileSync(join(dir, 'funding/index.html'), '<h2 id="spending-wisely">S</h2><a href="/gone/">gone</a>');
    expect(findBrokenLinks(dir, '/', known)).toEqual([{ page: 'funding/index.html', href: '/gone/' }]);
    expect(known.size).toBe(2);
  });

  it('finds a missing page and a missing section', () => {
    const { dir } = site(PAGES);
    expect(findBrokenLinks(dir)).toEqual([
      { page: 'funding/index.html', href: '/fundin/' },
      { page: 'funding/index.html', href: '/#contents', target: 'index.html', fragment: 'contents' },
    ]);
  });

  it("follows the url()s of a page's inline stylesheet: a font it cannot reach is a broken link", () => {
    const style =
      '<style>@font-face{src:url(/_astro/a.woff2)format("woff2")}@font-face{src:url("../../node_modules/b.woff2")}' +
      '.x{background:url(data:image/png;base64,AA==)}</style>';
    const { dir } = site({ 'print/index.html': style, '_astro/a.woff2': 'font' });
    const broken = findBrokenLinks(dir);
    expect(broken.map((l) => l.href)).toEqual(['../../node_modules/b.woff2']);
    expect(explainBrokenLink(broken[0]!, [], dir, []).message).toBe(
      'print/index.html (a built page) (field "link"): loads "../../node_modules/b.woff2", but ' +
        'the built site has no such file.\n' +
        '  Fix: find the stylesheet or component that names it (src/site/styles/, ' +
        'src/components/): a relative url() is resolved from that file, and Astro copies what it ' +
        'resolves into _astro/.',
    );
  });

  it('checks links against the base path the site is served under', () => {
    const { dir } = site({
      'index.html': '<a href="/report/funding/">ok</a><a href="/funding/">outside</a>',
      'funding/index.html': '',
    });
    expect(findBrokenLinks(dir, '/report/').map((l) => l.href)).toEqual(['/funding/']);
  });

  it('points at the chapter line where a broken link was typed, and suggests the fix', () => {
    const s = site(
      {
        ...PAGES,
        'funding/index.html':
          '<h2 id="spending-wisely">S</h2><a href="/fundin/">typo</a><a href="#spending-wisly">x</a>',
      },
      { funding: '---\ntitle: Funding\n---\n\nSee [the typo](/fundin/).\n\nAnd [this](#spending-wisly).\n' },
    );
    const [page, anchor] = findBrokenLinks(s.dir).map((l) => explainBrokenLink(l, s.chapters, s.dir, s.pages).message);
    expect(page).toMatchInlineSnapshot(`
      "src/content/chapters/funding.mdx:5 (field "link"): links to "/fundin/", but the report has no page at that address.
        Fix: did you mean "/funding/"? To link to a chapter, write <Ref id="chapter-id" />: the build checks it and writes the title for you."
    `);
    expect(anchor).toMatchInlineSnapshot(`
      "src/content/chapters/funding.mdx:7 (field "link"): links to "#spending-wisly", but this page has no section with the id "spending-wisly".
        Fix: did you mean "#spending-wisely"? Use an id from that page (spending-wisely), or better, write <Ref id="chapter#section-id" />: the build checks it and writes the heading for you."
    `);
  });

  it('finds the line of a link written as HTML (<a href>) too', () => {
    const s = site(
      { 'funding/index.html': '<a href="/fundin/">typo</a>' },
      { funding: '---\ntitle: Funding\n---\n\nIntro.\n\nSee <a href="/fundin/">the typo</a>.\n' },
    );
    const [message] = findBrokenLinks(s.dir).map((l) => explainBrokenLink(l, s.chapters, s.dir, s.pages).message);
    expect(message).toMatch(/^src\/content\/chapters\/funding\.mdx:7 \(field "link"\): links to "\/fundin\/"/);
  });

  it('tells links to files a later step writes from the rest, under the base path too', () => {
    const { dir } = site({
      'report/index.html': '',
      'funding/index.html':
        '<a href="/report/pdf/book.pdf">PDF</a><a href="../pdf/ch.pdf">PDF</a><a href="/report/pdfs/">typo</a>',
    });
    const broken = findBrokenLinks(dir, '/report/');
    expect(broken.filter((l) => !pointsInto(l, ['pdf/'], '/report/')).map((l) => l.href)).toEqual(['/report/pdfs/']);
  });

  it('looks again at those links once the later step has written (some of) its files', () => {
    const { dir } = site({
      'funding/index.html': '<a href="../pdf/book.pdf#page=2">PDF</a><a href="../pdf/ch.pdf">PDF</a>',
    });
    const later = findBrokenLinks(dir);
    expect(later).toHaveLength(2);
    mkdirSync(join(dir, 'pdf'));
    writeFileSync(join(dir, 'pdf', 'book.pdf'), '%PDF');
    expect(stillBroken(later, dir).map((l) => l.href)).toEqual(['../pdf/ch.pdf']);
  });
});
