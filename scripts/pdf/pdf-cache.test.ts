import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageInputs, pdfCache } from './pdf-cache.ts';

/** A tiny built site under base /report/: a print page with inline CSS naming a font, and a stylesheet naming an image. */
function site() {
  const dist = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
  const write = (path: string, text: string) => { mkdirSync(join(dist, path, '..'), { recursive: true }); writeFileSync(join(dist, path), text); };
  write('print/a/index.html', '<style>@font-face{src:url(/report/_astro/f.woff2)}</style><link rel="stylesheet" href="../../_astro/s.css">'
    + '<a href="/report/data/x.png">chart as PNG</a>');
  write('_astro/f.woff2', 'font 1');
  write('_astro/s.css', 'body{background:url("i.svg")}');
  write('_astro/i.svg', '<svg/>');
  write('data/x.png', 'png 1');
  const key = () => pageInputs(dist, '/report/', 'print/a/', 'shared');
  return { dist, write, key };
}

describe('a print page\'s cache key', () => {
  it('changes with the page, its fonts, its stylesheets and what they load', () => {
    const { write, key } = site();
    const keys = [key()];
    for (const [path, text] of [['print/a/index.html', '<p>edited</p>'], ['_astro/f.woff2', 'font 2'], ['_astro/s.css', 'p{}'], ['_astro/i.svg', '<svg></svg>']]) {
      const again = site();
      again.write(path!, text!);
      keys.push(again.key());
    }
    expect(new Set(keys).size).toBe(5);
    expect(site().key(), 'the same site elsewhere').toBe(keys[0]);
    write('data/x.png', 'png 2'); // a download the page links to, never loads
    expect(key()).toBe(keys[0]);
  });

  it('depends on what every PDF shares (browser, paper, finishing code)', () => {
    const { dist } = site();
    expect(pageInputs(dist, '/report/', 'print/a/', 'a4 …')).not.toBe(pageInputs(dist, '/report/', 'print/a/', 'letter …'));
  });
});

describe('the PDF cache', () => {
  it('gives back the bytes and facts it was given, per paper size', () => {
    const root = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
    const a4 = pdfCache(root, 'a4');
    a4.put('k', new Uint8Array([1, 2, 3]), { pdf: 'pdf/a.pdf', pages: 3 });
    expect(pdfCache(root, 'a4').get('k')).toEqual({ bytes: Buffer.from([1, 2, 3]), facts: { pdf: 'pdf/a.pdf', pages: 3 } });
    expect(pdfCache(root, 'letter').get('k')).toBeUndefined();
  });
});
