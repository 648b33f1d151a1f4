import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { getData } from './index.ts';
import { bookDataLoader } from './loader.ts';

/** The part of Astro's loader context the loader uses: a store, a logger and a digest. */
function context() {
  const items = new Map<string, { id: string; data: Record<string, unknown> }>([['gone', { id: 'gone', data: {} }]]);
  const errors: string[] = [];
  const store = { keys: () => [...items.keys()], delete: (id: string) => items.delete(id), set: (entry: { id: string; data: Record<string, unknown> }) => items.set(entry.id, entry) };
  const ctx = { store, logger: { error: (m: string) => errors.push(m) }, generateDigest: (d: unknown) => JSON.stringify(d).length.toString() };
  return { items, errors, ctx: ctx as unknown as LoaderContext };
}

describe('data/ in the content layer', () => {
  it("stores each checked item of one kind by id, and drops items no longer in data/", async () => {
    const { items, errors, ctx } = context();
    await bookDataLoader((data) => data.stats).load(ctx);
    expect(errors).toEqual([]);
    expect(items.has('gone')).toBe(false);
    expect(items.get('staff-role-awareness')?.data).toMatchObject({ value: getData().stats.get('staff-role-awareness')!.value });
    expect(items.size).toBe(getData().stats.size);
  });
});
