/** The one scene renderer, and the colours a standalone file carries: charts.css's light scheme, role for role. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from './palette.ts';
import type { Mark, MarkClass } from './scene.ts';
import { paintLight } from './paint.ts';
import { markSvg, sceneMarks } from './svg.ts';

const css = readFileSync('src/site/styles/charts.css', 'utf8');
/** The stroke width charts.css gives shapes of class `ch-<name>` (first rule naming it). */
const cssStrokeWidth = (name: string) =>
  Number(new RegExp(`\\.ch-${name} \\{[^}]*stroke-width: ([\\d.]+)`).exec(css)?.[1]);

describe('markSvg', () => {
  it('escapes text and breaks wrapped lines into tspans a line apart', () => {
    const text: Mark = {
      type: 'text',
      x: 10,
      y: 20,
      lines: ['Staff & <patients>', 'second'],
      anchor: 'end',
      size: 14,
      class: 'label',
    };
    expect(markSvg(text)).toBe(
      '<text class="ch-label" x="10" y="20" font-size="14" text-anchor="end"><tspan ' +
        'x="10">Staff &amp; &lt;patients&gt;</tspan><tspan x="10" dy="17.5">second</tspan></text>',
    );
  });

  it('rounds to a tenth of a unit and dashes a second series', () => {
    expect(markSvg({ type: 'line', x1: 0.04, y1: 1.26, x2: 3, y2: 4, class: 'mark-2', dashed: true })).toBe(
      '<line class="ch-mark-2" x1="0" y1="1.3" x2="3" y2="4" stroke-dasharray="7 5"/>',
    );
  });

  it('puts decoration first, in a group hidden from assistive technology', () => {
    const svg = sceneMarks({
      width: 10,
      height: 10,
      marks: [
        { type: 'rect', x: 0, y: 0, width: 5, height: 5, class: 'mark' },
        { type: 'line', x1: 0, y1: 9, x2: 10, y2: 9, class: 'axis', decorative: true },
      ],
    });
    expect(svg).toBe(
      '<g aria-hidden="true"><line class="ch-axis" x1="0" y1="9" x2="10" y2="9"/></g><rect ' +
        'class="ch-mark" x="0" y="0" width="5" height="5"/>',
    );
  });
});

describe("a standalone file's colours", () => {
  const light = PALETTE.light;
  const shape = (cls: MarkClass, type: 'rect' | 'line' = 'rect'): Mark =>
    type === 'rect'
      ? { type, x: 0, y: 0, width: 1, height: 1, class: cls }
      : { type, x1: 0, y1: 0, x2: 1, y2: 1, class: cls };

  it('paint every role in the light palette', () => {
    expect(paintLight(shape('mark'))).toEqual({ fill: light.mark });
    expect(paintLight(shape('mark-2'))).toEqual({ fill: light.mark2 });
    expect(paintLight(shape('mark', 'line')).stroke).toBe(light.mark);
    expect(paintLight(shape('ring'))).toMatchObject({ fill: light.bg, stroke: light.mark2 });
    expect(paintLight(shape('grid', 'line')).stroke).toBe(light.grid);
    expect(paintLight({ type: 'text', x: 0, y: 0, lines: ['a'], anchor: 'start', size: 14, class: 'muted' })).toEqual({
      fill: light.muted,
    });
    expect(paintLight({ type: 'text', x: 0, y: 0, lines: ['a'], anchor: 'start', size: 14, class: 'value' })).toEqual({
      fill: light.text,
    });
  });

  it('draw strokes as wide as charts.css does', () => {
    for (const [cls, type] of [
      ['ring', 'rect'],
      ['track', 'rect'],
      ['rule', 'line'],
      ['axis', 'line'],
      ['grid', 'line'],
    ] as const) {
      expect(paintLight(shape(cls, type))['stroke-width'], cls).toBe(cssStrokeWidth(cls));
    }
    expect(paintLight(shape('mark', 'line'))['stroke-width']).toBe(
      Number(/line\.ch-mark \{[^}]*stroke-width: ([\d.]+)/.exec(css)?.[1]),
    );
  });
});
