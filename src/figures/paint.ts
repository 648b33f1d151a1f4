/**
 * A chart's colours as attributes, for a file that carries no stylesheet (the standalone SVG, its PNG,
 * the print edition's drawing): the light palette's colour for each role, as the page's stylesheet gives them.
 */
import { PALETTE } from './palette.ts';
import type { Mark } from './scene.ts';
import type { Paint } from './svg.ts';

const light = PALETTE.light;
/** The light palette's colour for each role (the page's too), as SVG attributes. */
export const paintLight: Paint = (m: Mark) => {
  if (m.type === 'text') return { fill: m.class === 'muted' ? light.muted : light.text };
  const data = m.class === 'mark' ? light.mark : light.mark2;
  switch (m.class) {
    case 'mark':
    case 'mark-2':
      return m.type === 'line' ? { stroke: data, 'stroke-width': 3 } : { fill: data };
    case 'ring':
      return { fill: light.bg, stroke: light.mark2, 'stroke-width': 2.5 };
    case 'track':
      return { fill: 'none', stroke: light.outline, 'stroke-width': 1.5 };
    case 'rule':
      return { stroke: light.outline, 'stroke-width': 2 };
    case 'grid':
      return { stroke: light.grid, 'stroke-width': 1 };
    default:
      return { stroke: light.outline, 'stroke-width': 1 };
  }
};
