import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const book = mkdtempSync(join(tmpdir(), 'png-cache-'));
const png = (byte: number) => async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, byte]);

describe('cachedPng', () => {
  afterAll(() => rmSync(book, { recursive: true, force: true }));

  it('renders a picture once, however many pages ask for it at once', async () => {
    const { cachedPng } = await import('./png-cache.ts');
    const render = vi.fn(png(1));
    const [a, b] = await Promise.all([cachedPng(book, 'chart one', render), cachedPng(book, 'chart one', render)]);
    expect(render).toHaveBeenCalledTimes(1);
    expect([...a]).toEqual([...b]);
  });

  it('keeps it for the next build, which renders nothing', async () => {
    await (await import('./png-cache.ts')).cachedPng(book, 'chart two', png(2));
    vi.resetModules(); // a new build: a new process, with nothing in memory
    const render = vi.fn(png(3));
    const kept = await (await import('./png-cache.ts')).cachedPng(book, 'chart two', render);
    expect(render).not.toHaveBeenCalled();
    expect(kept.at(-1)).toBe(2);
    expect(readdirSync(join(book, '.cache', 'png')).every((f) => /\.png(\.sha256)?$/.test(f))).toBe(true);
  });

  it('renders again when the input (the SVG, or how it is drawn) changes', async () => {
    const { cachedPng } = await import('./png-cache.ts');
    const render = vi.fn(png(4));
    await cachedPng(book, 'chart two, edited', render);
    expect(render).toHaveBeenCalledTimes(1);
    expect(existsSync(join(book, '.cache', 'png'))).toBe(true);
  });

  it('renders again a picture whose kept file was damaged, and never hands back the damaged bytes', async () => {
    await (await import('./png-cache.ts')).cachedPng(book, 'chart three', png(5));
    const [kept] = readdirSync(join(book, '.cache', 'png'))
      .filter((f) => f.endsWith('.png'))
      .map((f) => join(book, '.cache', 'png', f))
      .filter((f) => readFileSync(f).at(-1) === 5);
    writeFileSync(kept!, Buffer.from([0x89, 0x50]));
    vi.resetModules();
    const render = vi.fn(png(5));
    const again = await (await import('./png-cache.ts')).cachedPng(book, 'chart three', render);
    expect(render).toHaveBeenCalledTimes(1);
    expect(again.at(-1)).toBe(5);
    expect(readFileSync(kept!).at(-1)).toBe(5);
  });

  it('keeps only the pictures the last build asked for, once it has published', async () => {
    await (await import('./png-cache.ts')).cachedPng(book, 'chart four', png(6));
    vi.resetModules(); // the next build asks only for chart three
    const { cachedPng, forgetUnusedPngs } = await import('./png-cache.ts');
    const render = vi.fn(png(7));
    await cachedPng(book, 'chart three', render);
    expect(forgetUnusedPngs(book)).toBeGreaterThan(0);
    expect(readdirSync(join(book, '.cache', 'png')).filter((f) => f.endsWith('.png'))).toHaveLength(1);
    expect(render).not.toHaveBeenCalled();
    expect(forgetUnusedPngs(book)).toBe(0);
  });
});
