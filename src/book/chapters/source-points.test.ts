/**
 * Every point of the eBook extract (003) and the press release (000) has a place in the book, listed
 * in data/source-points.yaml; this checks each place still exists, and that the list covers every
 * line of the press release and every section of the eBook extract.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { missingPlaces, SourcePointSchema, type SourcePoint } from './source-points.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCES = resolve(ROOT, '../shared/sources');
const points: SourcePoint[] = (parse(readFileSync(join(ROOT, 'data/source-points.yaml'), 'utf8')) as unknown[]).map(
  (raw) => SourcePointSchema.parse(raw),
);
const chapterFile = (id: string) => join(ROOT, 'src/content/chapters', `${id}.mdx`);
const readChapter = (id: string) => (existsSync(chapterFile(id)) ? readFileSync(chapterFile(id), 'utf8') : undefined);

describe('the points of the eBook and the press release (data/source-points.yaml)', () => {
  it('has each point once, by id', () => {
    const ids = points.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('finds every point in its chapter', () => {
    expect(missingPlaces(points, readChapter)).toEqual([]);
  });

  it('covers every line of the press release but its heading list, and every section of the eBook extract', () => {
    const pressLines = new Set(points.filter((p) => p.source === '000').map((p) => p.line));
    expect([...Array(10).keys()].map((i) => i + 1).filter((line) => !pressLines.has(line))).toEqual([]);
    const parts = new Set(points.filter((p) => p.source === '003').map((p) => p.part));
    expect([...parts].sort()).toEqual([
      'Executive summary',
      'Foreword',
      'Inside NHS cyber security challenges',
      'Research methodology',
    ]);
  });

  it('names a point whose words are gone from its chapter, and a point whose chapter is gone', () => {
    const catastrophic = points.find((p) => p.id === 'ebook-catastrophic')!;
    const cut = (id: string) =>
      id === 'threat-landscape' ? readChapter(id)!.replace(/can be\s+catastrophic/, 'can be serious') : readChapter(id);
    expect(missingPlaces([catastrophic], cut)).toEqual([
      'point "ebook-catastrophic" (003 line 1, Inside NHS cyber security challenges): chapter ' +
        '"threat-landscape" no longer says "can be catastrophic"; ' +
        'make the point there again ("The harm to patient care can be catastrophic, which is why ' +
        'public concern grows"), or update its anchor.',
    ]);
    expect(missingPlaces([{ ...catastrophic, chapter: 'threats' }], readChapter)).toEqual([
      'point "ebook-catastrophic" (003 line 1, Inside NHS cyber security challenges): there is ' +
        'no chapter "threats" any more; give the point a chapter that makes it.',
    ]);
  });
});

describe.skipIf(!existsSync(SOURCES))(`the points' lines in ${SOURCES}`, () => {
  it('points at lines the source files have', () => {
    const lines = (n: string) =>
      readFileSync(join(SOURCES, `${n}_${n === '000' ? '0f7593e8d70d325e' : '4d08b0374813355a'}.txt`), 'utf8').split(
        '\n',
      ).length;
    expect(points.filter((p) => p.line > lines(p.source)).map((p) => p.id)).toEqual([]);
  });
});
