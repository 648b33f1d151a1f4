/**
 * Each chart is read once: in Chromium's accessibility tree (the CDP's full tree, what screen readers
 * are given) a figure's chart is one image node named "Figure N: title", with no text inside it for a
 * screen reader to read again after the description.
 */
import { afterAll, it } from 'vitest';
import { tabPool } from '../support/browser.ts';
import { sitePages } from '../support/pages.ts';
import { page as builtPage } from '../support/site.ts';

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

const pages = sitePages().filter((p) => p.served && builtPage(p.path).querySelector('figure.chart'));
const tabs = tabPool('light');
afterAll(() => tabs.close());

it.concurrent.for(pages)(
  '$name: each chart is one named image with no text inside',
  async ({ address, path }, { expect }) => {
    const names = builtPage(path)
      .querySelectorAll('svg[role="img"] > title')
      .map((t) => t.text);
    const { nodes } = await tabs.use(async (tab) => {
      const page = await tab.visit(address);
      const cdp = await page.context().newCDPSession(page);
      try {
        return (await cdp.send('Accessibility.getFullAXTree')) as unknown as { nodes: AXNode[] };
      } finally {
        await cdp.detach();
      }
    });
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    /** Every node under `node` that assistive technology is given (ignored ones pass their children on). */
    const below = (node: AXNode): AXNode[] =>
      (node.childIds ?? [])
        .map((id) => byId.get(id)!)
        .filter(Boolean)
        .flatMap((child) => (child.ignored ? below(child) : [child, ...below(child)]));
    const images = nodes.filter((n) => !n.ignored && n.role?.value === 'image' && names.includes(n.name?.value ?? ''));
    expect(images.map((n) => n.name?.value).sort()).toEqual([...names].sort());
    for (const image of images) {
      expect(
        below(image).map((n) => `${n.role?.value} "${n.name?.value ?? ''}"`),
        image.name?.value,
      ).toEqual([]);
    }
  },
);
