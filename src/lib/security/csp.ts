/**
 * The site's Content Security Policy, in one place. astro.config.mjs hands it to Astro's `security.csp`,
 * which writes a `<meta http-equiv="content-security-policy">` into every page with a hash for each
 * inline style and script; public/_headers repeats it as an HTTP header for static hosts (a build test
 * checks the two agree). Nothing may come from another origin, and no inline script may run.
 */

/** Directives besides script-src and style-src (Astro writes those two, with the page's hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Sources for script-src. Only files served by the site itself; Pagefind compiles its WebAssembly
 * search engine in the page, which needs 'wasm-unsafe-eval' (it allows WebAssembly, not JS eval).
 */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for style-src: the site's own stylesheets; Astro adds a hash for each inline <style>. */
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/**
 * Who may frame a page: a directive a `<meta>` cannot carry (browsers ignore frame-ancestors there), so
 * it is sent as a header only. No other site may frame the report, except its figures' embed pages
 * (/embed/<chart-id>/), made to be shown inside other sites.
 */
export const FRAME_ANCESTORS = { page: "'none'", embed: '*' } as const;
/** The route under which pages may be framed, as a _headers path pattern. */
export const EMBED_PATTERN = '/embed/*';

/**
 * The policy as one header value, for hosts that send headers. Inline styles are allowed by hash in the
 * page's own meta policy; a header cannot list per-page hashes, so it allows inline styles and the meta
 * policy (both are enforced) narrows them to the hashed ones. Scripts stay strict in both.
 */
export function cspHeader(framing: keyof typeof FRAME_ANCESTORS = 'page'): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`,
    `style-src ${CSP_STYLE_SOURCES.join(' ')} 'unsafe-inline'`,
    `frame-ancestors ${FRAME_ANCESTORS[framing]}`,
  ].join('; ');
}

/**
 * Vite's `build.assetsInlineLimit`: never inline a script into the page. Astro inlines small scripts,
 * which the meta policy would allow by hash but a header policy (no per-page hashes) would block; as a
 * file under /_astro/ a script passes both. Other assets keep Vite's default (undefined → 4 KB).
 */
export const keepScriptsExternal = (file: string): false | undefined => (/\.m?js$/.test(file) ? false : undefined);
