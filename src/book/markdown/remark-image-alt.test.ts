import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import remarkImageAlt from './remark-image-alt.ts';

const run = async (mdx: string) => {
  const file = new VFile({ path: `${process.cwd()}/src/content/chapters/test.mdx`, value: mdx });
  await compile(file, { remarkPlugins: [remarkImageAlt] });
};

describe('remark-image-alt', () => {
  it('accepts images with alt text, and components marked decorative with alt=""', async () => {
    await expect(run('![A ward at night](ward.png)\n\n<img src="rule.svg" alt="" />')).resolves.toBeUndefined();
  });

  it('stops on a Markdown image without alt text, with file and line', async () => {
    await expect(run('Text.\n\n![](ward.png)')).rejects.toThrowErrorMatchingInlineSnapshot(`
      [BookError: src/content/chapters/test.mdx:3 ("ward.png", field "alt"): the image "ward.png" has no alt text.
        Fix: describe what the image shows, for readers who cannot see it: ![Bar chart: 94% of staff know their role](chart.png). If it is only decoration, use <img src="..." alt="" /> to say so.]
    `);
  });

  it('stops on an <img> without alt', async () => {
    await expect(run('<img src="ward.png" />')).rejects.toThrow(
      'test.mdx:1 (field "alt"): an <img> has no alt attribute.',
    );
  });
});
