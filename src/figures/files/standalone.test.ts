import { describe, expect, it } from 'vitest';
import { cardFrame } from './standalone.ts';

describe('cardFrame', () => {
  it('leaves a picture between 1:1 and 2:1 as it is', () => {
    for (const [w, h] of [
      [688, 688],
      [688, 500],
      [688, 344],
    ])
      expect(cardFrame(w!, h!)).toEqual({ width: w, height: h, dx: 0, dy: 0 });
  });

  it('pads a tall picture to square and a flat one to 2:1, the content centred', () => {
    expect(cardFrame(688, 1000)).toEqual({ width: 1000, height: 1000, dx: 156, dy: 0 });
    expect(cardFrame(688, 300)).toEqual({ width: 688, height: 344, dx: 0, dy: 22 });
  });
});
