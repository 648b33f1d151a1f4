/**
 * Helpers the checks use inside the page. installHelpers is serialised into the page by
 * page.evaluate (it works with JavaScript disabled too), so it must not refer to anything outside itself.
 */

/** One thing a check found wrong, as it reports it. */
export interface RawFinding {
  /** The check's rule id, e.g. "color-contrast" or "text-clipped". */
  rule: string;
  /** What is wrong, in words, with the measured numbers. */
  detail: string;
  /** A CSS selector for the element. */
  selector: string;
  /** The start of its HTML. */
  snippet: string;
}

export interface Helpers {
  selector(el: Element): string;
  snippet(el: Element): string;
  finding(rule: string, el: Element, detail: string): RawFinding;
  /** Any CSS colour (system colours, oklch...) as sRGB 0–255 and alpha 0–1, read back through a canvas. */
  rgba(color: string): [number, number, number, number];
  /** WCAG contrast ratio of two opaque colours. */
  contrast(a: number[], b: number[]): number;
  /** The opaque colour behind an element: its own and its ancestors' backgrounds, composited. */
  backdrop(el: Element): [number, number, number];
  /** Rendered: not display:none, visibility:hidden or opacity 0, here or in an ancestor. */
  shown(el: Element): boolean;
  /** Hidden on purpose but read by screen readers (the .visually-hidden pattern: a 1px clipped box). */
  visuallyHidden(el: Element): boolean;
}

declare global {
  interface Window {
    __a11y: Helpers;
  }
}

export function installHelpers(): void {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const rgba = (color: string): [number, number, number, number] => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  };
  const lum = (c: number[]) => {
    const [r, g, b] = c
      .slice(0, 3)
      .map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const selector = (el: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = el; node && node !== document.documentElement; node = node.parentElement) {
      if (node.id) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const same = node.parentElement
        ? [...node.parentElement.children].filter((c) => c.tagName === node!.tagName)
        : [];
      const tag = node.tagName.toLowerCase();
      const cls = node.classList[0] && !tag.includes('-') ? `.${CSS.escape(node.classList[0])}` : '';
      parts.unshift(same.length > 1 ? `${tag}${cls}:nth-of-type(${same.indexOf(node) + 1})` : `${tag}${cls}`);
    }
    return parts.join(' > ');
  };
  const snippet = (el: Element): string => {
    const html = el.outerHTML.replace(/\s+/g, ' ');
    return html.length > 140 ? `${html.slice(0, 137)}...` : html;
  };
  const visuallyHidden = (el: Element): boolean => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const r = node.getBoundingClientRect();
      const s = getComputedStyle(node);
      if (r.width <= 1 && r.height <= 1 && (s.overflow !== 'visible' || s.clipPath !== 'none' || s.clip !== 'auto'))
        return true;
    }
    return false;
  };
  window.__a11y = {
    selector,
    snippet,
    finding: (rule, el, detail) => ({ rule, detail, selector: selector(el), snippet: snippet(el) }),
    rgba,
    contrast: (a, b) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return Math.round(((hi! + 0.05) / (lo! + 0.05)) * 100) / 100;
    },
    backdrop(el) {
      const layers: number[][] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const c = rgba(getComputedStyle(node).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let out = layers.at(-1)?.[3] === 1 ? layers.pop()!.slice(0, 3) : rgba('Canvas').slice(0, 3);
      for (const c of layers.reverse()) out = out.map((v, i) => c[i]! * c[3]! + v * (1 - c[3]!));
      return out.map(Math.round) as [number, number, number];
    },
    shown: (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
    visuallyHidden,
  };
}
