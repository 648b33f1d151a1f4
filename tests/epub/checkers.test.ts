/**
 * The EPUB as the publishing world checks it: epubcheck (the EPUB 3 rules) and Ace by DAISY (EPUB
 * Accessibility, with axe inside) find nothing wrong with the built book, and both fail a copy broken
 * in three ways a careless change could break it: a chart with no text alternative, a page-list entry
 * pointing at no page marker, and bad metadata.
 */
import { describe, expect, it } from 'vitest';
import { ace, EPUB, epubcheck, readEpub, rezip, text } from './read-epub.ts';

/** The built book with its three faults. */
function brokenCopy(): string {
  const files = readEpub();
  const edit = (path: string, change: (source: string) => string) => {
    const before = text(files[path]!);
    const after = change(before);
    if (after === before) throw new Error(`the fault was not made in ${path}: the EPUB changed shape`);
    files[path] = new TextEncoder().encode(after);
  };
  // A chart with no title: its SVG no longer says what it shows.
  const chapter = Object.keys(files).find((path) => text(files[path]!).includes('class="chart__svg"'))!;
  edit(chapter, (s) =>
    s
      .replace(/(<svg[^>]*class="chart__svg"[^>]*?) aria-labelledby="[^"]*"/, '$1')
      .replace(/<title id="chart-[^"]*">[^<]*<\/title>/, ''),
  );
  // A page-list entry whose target is gone.
  edit('EPUB/nav.xhtml', (s) =>
    s.replace(/(<nav epub:type="page-list"[\s\S]*?href="[^"#]+#)page-(\d+)"/, '$1no-such-page-$2"'),
  );
  // Metadata: a modified date that is not a date, and no accessibility metadata.
  edit('EPUB/package.opf', (s) =>
    s
      .replace(/(property="dcterms:modified">)[^<]*/, '$1yesterday')
      .replace(/\s*<meta property="(schema:access|dcterms:conformsTo|a11y:)[^>]*>[^<]*<\/meta>/g, ''),
  );
  return rezip(files, 'broken.epub');
}

describe('the checkers', () => {
  it.concurrent('epubcheck: 0 errors, 0 warnings on the built EPUB', async () => {
    const result = await epubcheck(EPUB);
    expect(result.messages).toEqual([]);
    expect(result.status).toBe(0);
  });

  it.concurrent('Ace by DAISY: no violation and no missing accessibility metadata on the built EPUB', async () => {
    const result = await ace(EPUB);
    expect(result.violations).toEqual([]);
    expect(result.metadata.missing.filter((name) => !/^a11y:certifier(Credential|Report)$/.test(name))).toEqual([]);
    expect(result.status).toBe(0);
  });

  describe('a deliberately broken copy fails both', () => {
    const broken = brokenCopy();

    it.concurrent('epubcheck fails it: the missing page-list target and the bad date', async () => {
      const result = await epubcheck(broken);
      expect(result.status).not.toBe(0);
      expect(result.messages.join('\n')).toMatch(/ERROR\(RSC-012\).*nav\.xhtml/); // fragment identifier not defined
      expect(result.messages.join('\n')).toMatch(/ERROR\(OPF-054\)|dcterms:modified/);
    });

    it.concurrent(
      'Ace fails it: the chart without a text alternative and the missing accessibility ' + 'metadata',
      async () => {
        const result = await ace(broken);
        expect(result.status).not.toBe(0);
        expect(result.violations.join('\n')).toMatch(/svg-img-alt|role-img-alt/);
        expect(result.violations.join('\n')).toMatch(/metadata-access(mode|ibility)/);
      },
    );
  });
});
