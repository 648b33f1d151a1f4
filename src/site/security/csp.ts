/**
 * The site's Content Security Policy, in one place. astro.config.mjs hands it to Astro's `security.csp`,
 * which writes a `<meta http-equiv="content-security-policy">` into every page with a hash for each
 * inline style and script; the build writes it again, as an HTTP header for static hosts, into the
 * site's _headers file (headersFile below). Nothing may come from another origin, and no inline script may run.
 */
import { paths, withBase } from '../../book/routes.ts';

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
export const EMBED_PATTERN = `/${paths.figurePages}*`;

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

/** Headers every page gets besides the policy: no referrer, no MIME sniffing, no framing, no powerful features. */
const PAGE_HEADERS = [
  'Referrer-Policy: no-referrer',
  'X-Content-Type-Options: nosniff',
  'X-Frame-Options: DENY',
  'Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy: same-origin',
];

/**
 * The site's _headers file, for static hosts that read one (Netlify, Cloudflare Pages and others), with
 * paths under `base`. The build writes it into the site (src/pipeline/integrations/headers.ts).
 */
export function headersFile(base = '/'): string {
  const under = (pattern: string) => withBase(base, pattern);
  const rule = (pattern: string, lines: string[]) => [under(pattern), ...lines.map((l) => `  ${l}`)].join('\n');
  return (
    [
      [
        '# HTTP headers for static hosts that read a _headers file (Netlify, Cloudflare Pages and others),',
        '# written by the build from src/site/security/csp.ts: edit that file, not this one.',
        '# Each page also carries the policy as a <meta> with hashes for its inline styles; browsers enforce both.',
        "# No other site may frame a page (frame-ancestors 'none', X-Frame-Options), except the figures' embed",
        '# pages: their rule detaches the two headers ("! Name", as Cloudflare Pages writes it) and sends the',
        '# same policy with frame-ancestors *. A host that joins the values of rules that both match, instead',
        '# of detaching, would keep embed pages unframeable.',
        rule('/*', [`Content-Security-Policy: ${cspHeader()}`, ...PAGE_HEADERS]),
      ].join('\n'),
      rule(EMBED_PATTERN, [
        '! Content-Security-Policy',
        '! X-Frame-Options',
        `Content-Security-Policy: ${cspHeader('embed')}`,
      ]),
      // Astro names these files by a hash of their content: a changed file gets a new name, so caches may keep them for
      // ever.
      rule('/_astro/*', ['Cache-Control: public, max-age=31536000, immutable']),
      // The search index keeps its names from build to build: an hour, so a rebuilt site is searched within one.
      rule(`/${paths.searchIndex}*`, ['Cache-Control: public, max-age=3600']),
    ].join('\n\n') + '\n'
  );
}

/**
 * Vite's `build.assetsInlineLimit`: never inline a script into the page. Astro inlines small scripts,
 * which the meta policy would allow by hash but a header policy (no per-page hashes) would block; as a
 * file under /_astro/ a script passes both. Other assets keep Vite's default (undefined → 4 KB).
 */
export const keepScriptsExternal = (file: string): false | undefined => (/\.m?js$/.test(file) ? false : undefined);
