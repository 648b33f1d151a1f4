import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { Referable } from '../refs/registry.ts';
import remarkRefs from './remark-refs.ts';

const item = (id: string, kind: string, text: string, chapter: string, fragment?: string): [string, Referable] => [
  id,
  { id, kind, text, chapter, fragment, file: `src/content/chapters/${chapter}.mdx` },
];
const refs = new Map([
  item('funding', 'chapter', 'Funding', 'funding'),
  item('funding#spending-wisely', 'section', 'Spending wisely', 'funding', 'spending-wisely'),
  item('training#the-trend', 'section', 'The trend', 'training', 'the-trend'),
  item('training-trend', 'Figure', 'Figure 4', 'training', 'training-trend'),
]);

/** Compiles MDX as chapter `funding` and returns the JavaScript MDX produced. */
const run = async (mdx: string) => {
  const file = new VFile({ path: `${process.cwd()}/src/content/chapters/funding.mdx`, value: mdx });
  return String(await compile(file, { remarkPlugins: [[remarkRefs, { refs: () => refs }]] }));
};

describe('remark-refs', () => {
  it('passes known ids to the Ref component with where they were typed', async () => {
    const js = await run('As <Ref id="training-trend" /> shows.');
    expect(js).toContain('id: "training-trend"');
    expect(js).toContain('from: "src/content/chapters/funding.mdx:1"');
  });

  it('completes #section to a section of the same chapter', async () => {
    expect(await run('See <Ref id="#spending-wisely" />.')).toContain('id: "funding#spending-wisely"');
  });

  it('stops on a dangling reference, with file, line and the nearest id', async () => {
    await expect(run('Intro.\n\nSee <Ref id="training-trnd" />.')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/funding.mdx:3 ("training-trnd", field "<Ref id>"): there is no chapter, section or chart with the id "training-trnd" to refer to.
        Fix: did you mean "training-trend"? Otherwise refer to a chapter by its file name without .mdx (methods), a section as chapter#section-id (the id in the address when you click the # beside its heading), or a chart by its id in data/charts.yaml.]
    `);
  });

  it('stops on a reference to a section of this chapter that does not exist', async () => {
    await expect(run('See <Ref id="#nowhere" />.')).rejects.toThrow(
      'src/content/chapters/funding.mdx:1 ("#nowhere", field "<Ref id>"): there is no chapter, ' +
        'section or chart with the id "funding#nowhere" to refer to.',
    );
  });

  it('stops on a <Ref /> without an id', async () => {
    await expect(run('See <Ref />.')).rejects.toThrow('funding.mdx:1 (field "<Ref id>"): a <Ref /> has no id.');
  });
});
