import { describe, expect, it } from 'vitest';
import { chapterNumbers, neighbours, orderChapters, type ChapterLike } from './book-order.ts';

const entry = (id: string, order: number, kind: 'front' | 'chapter' | 'back' = 'chapter'): ChapterLike => ({
  id,
  filePath: `src/content/chapters/${id}.mdx`,
  data: { order, kind, title: id },
});

describe('book order', () => {
  const book = orderChapters([
    entry('c', 3),
    entry('foreword', 1, 'front'),
    entry('b', 2),
    entry('glossary', 9, 'back'),
  ]);

  it('sorts by order', () => expect(book.map((c) => c.id)).toEqual(['foreword', 'b', 'c', 'glossary']));

  it('numbers only the chapters proper', () => {
    expect([...chapterNumbers(book)]).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('links each chapter to the one before and after', () => {
    expect(neighbours(book, 'b')).toEqual({ prev: book[0], next: book[2] });
    expect(neighbours(book, 'foreword').prev).toBeUndefined();
    expect(neighbours(book, 'glossary').next).toBeUndefined();
  });

  it('refuses two chapters with the same order, naming both files', () => {
    expect(() => orderChapters([entry('a', 2), entry('b', 2)])).toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/b.mdx (field "order"): has order 2, the same as src/content/chapters/a.mdx.
        Fix: give each chapter its own order number; the chapters are listed in order of these numbers.]
    `);
  });
});
