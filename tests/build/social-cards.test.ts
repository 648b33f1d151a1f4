/**
 * Every page's social card, checked as the platforms' card validators check one, by a checker that
 * shares no code with what it checks: it reads the image's size from the file's own header.
 * The rules: Open Graph (Facebook shows a large card from 600×315) and X's summary_large_image (at least
 * 300×157, at most 4096×4096, under 5 MB, PNG or JPEG), stated sizes that are the file's, alt text
 * (X takes up to 420 characters), and a shape between 1:1 and 2:1, since platforms crop cards to about
 * 1.91:1: a taller picture would lose more than half its height, a flatter one its sides.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/book/data/load.ts';
import { builtPages, DIST, page } from '../support/site.ts';

const { book } = loadData(process.cwd());
const pages = builtPages().filter((p) => p !== '404.html' && !p.startsWith('print/'));
const meta = (path: string, key: string) =>
  page(path).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

/** What a validator reads of an image file: its type from its first bytes, its size from its header. */
function imageFacts(bytes: Buffer): { type: string; width: number; height: number } | undefined {
  if (
    bytes.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')) &&
    bytes.toString('latin1', 12, 16) === 'IHDR'
  ) {
    return { type: 'image/png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  // A JPEG states its size in its first start-of-frame segment (SOF0 to SOF15, bar DHT, JPG and DAC).
  for (
    let at = 2;
    bytes[0] === 0xff && bytes[1] === 0xd8 && at + 9 < bytes.length;
    at += 2 + bytes.readUInt16BE(at + 2)
  ) {
    const marker = bytes[at + 1]!;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { type: 'image/jpeg', width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
    }
  }
  return undefined;
}

/** The rules a card breaks, in words; none for a good card. */
function cardProblems(tags: Record<string, string | undefined>, file: Buffer | undefined): string[] {
  const problems: string[] = [];
  if (!tags.image?.startsWith('https://')) problems.push(`og:image is not an absolute https address: ${tags.image}`);
  if (tags.twitterImage !== tags.image) problems.push('twitter:image is not og:image');
  if (tags.card !== 'summary_large_image') problems.push(`twitter:card is ${tags.card}`);
  if (!tags.alt?.trim()) problems.push('no og:image:alt');
  else if (tags.alt.length > 420) problems.push(`og:image:alt is ${tags.alt.length} characters; X takes 420`);
  if (tags.twitterAlt !== tags.alt) problems.push('twitter:image:alt is not og:image:alt');
  if (!file) return [...problems, 'the image is not built'];
  const facts = imageFacts(file);
  if (!facts) return [...problems, 'the image is neither PNG nor JPEG'];
  const { type, width, height } = facts;
  if (tags.type !== type) problems.push(`og:image:type is ${tags.type}, the file is ${type}`);
  if (Number(tags.width) !== width || Number(tags.height) !== height)
    problems.push(`stated ${tags.width}×${tags.height}, the file is ${width}×${height}`);
  if (width < 600 || height < 315) problems.push(`${width}×${height} is under 600×315`);
  if (width > 4096 || height > 4096) problems.push(`${width}×${height} is over 4096×4096`);
  if (file.length >= 5 * 1024 * 1024) problems.push(`${file.length} bytes is not under 5 MB`);
  if (width / height < 1 || width / height > 2) problems.push(`${width}×${height} is not between 1:1 and 2:1`);
  return problems;
}

/** A page's card tags, and its image file from the built site if it is there. */
function card(path: string) {
  const tags = {
    image: meta(path, 'og:image'),
    twitterImage: meta(path, 'twitter:image'),
    card: meta(path, 'twitter:card'),
    type: meta(path, 'og:image:type'),
    width: meta(path, 'og:image:width'),
    height: meta(path, 'og:image:height'),
    alt: meta(path, 'og:image:alt'),
    twitterAlt: meta(path, 'twitter:image:alt'),
  };
  const file = tags.image?.startsWith(book.url) ? join(DIST, tags.image.slice(book.url.length)) : undefined;
  return { tags, file: file && existsSync(file) ? readFileSync(file) : undefined };
}

describe('social cards, as a card validator checks them', () => {
  it.each(pages)('%s names a card that meets the Open Graph and X rules', (path) => {
    const { tags, file } = card(path);
    expect(cardProblems(tags, file)).toEqual([]);
  });

  // The checker must be able to fail: a good card, then the same card broken one way at a time.
  it('finds a card too small, too tall, missing, mis-stated, unnamed or of the wrong type', () => {
    const embed = pages.find((p) => p.startsWith('embed/'))!;
    const { tags, file } = card(embed);
    expect(cardProblems(tags, file)).toEqual([]);
    const resized = (width: number, height: number) => {
      const copy = Buffer.from(file!);
      copy.writeUInt32BE(width, 16);
      copy.writeUInt32BE(height, 20);
      return copy;
    };
    const broken: [string, Record<string, string | undefined>, Buffer | undefined, RegExp][] = [
      ['too small', { ...tags, width: '500', height: '260' }, resized(500, 260), /under 600×315/],
      ['too tall', { ...tags, width: '700', height: '1400' }, resized(700, 1400), /between 1:1 and 2:1/],
      ['too large', { ...tags, width: '5000', height: '3000' }, resized(5000, 3000), /over 4096/],
      ['not built', tags, undefined, /not built/],
      ['mis-stated', { ...tags, width: '1200', height: '630' }, file, /stated 1200×630/],
      ['no alt', { ...tags, alt: '', twitterAlt: '' }, file, /no og:image:alt/],
      ['alt too long', { ...tags, alt: 'x'.repeat(421), twitterAlt: 'x'.repeat(421) }, file, /420/],
      ['wrong type', { ...tags, type: 'image/jpeg' }, file, /og:image:type/],
      ['not an image', tags, Buffer.from('<svg/>'), /neither PNG nor JPEG/],
    ];
    for (const [what, t, f, problem] of broken) expect(cardProblems(t, f).join('\n'), what).toMatch(problem);
  });
});
