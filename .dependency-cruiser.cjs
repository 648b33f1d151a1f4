/**
 * The project's layering, checked by `npx depcruise` in the unit tests (src/pipeline/layering.test.ts):
 * each folder may import only the folders listed before it, and no module may import itself through
 * others. Reading the list top to bottom is reading the architecture from the ground up. Tests (tests/
 * and every *.test.ts) come last: they may import anything, and nothing imports them.
 */
const TEST = '(^tests/|\\.test\\.ts$)';
const LAYERS = [
  // Small helpers every layer may use: errors, escaping, CSV text, nearest-name suggestions, the cache.
  ['helpers', '^src/lib/'],
  // The book: its data, then its addresses, then the chapters, their index, cross-references and Markdown.
  ['data', '^src/book/data/'],
  ['routes', '^src/book/[^/]+\\.ts$'],
  ['chapters', '^src/book/(chapters|book-index|refs|markdown)/'],
  ['figures', '^src/figures/'],
  // The print edition, the EPUB and the search index, each made from the book and its figures.
  ['editions', '^src/editions/'],
  // The website: what its pages share (downloads, sharing, search, CSP), then components, layouts, pages.
  ['site', '^src/site/(?!layouts/)'],
  ['components', '^src/(components/|site/layouts/)'],
  ['pages', '^src/pages/'],
  // The build as Astro integrations, and its checks, lock and record; then the config that lists them.
  ['pipeline', '^src/pipeline/(?!bench/|harness/)'],
  ['config', '^(astro\\.config\\.mjs|src/content\\.config\\.ts)$'],
  // What drives a whole build from outside: a project copied, a dev server, a PDF read back; the bench; the commands.
  ['harness', '^src/pipeline/harness/'],
  ['bench', '^src/pipeline/bench/'],
  ['commands', '^scripts/'],
  ['tests', TEST],
];

const upward = LAYERS.map(([name, path], i) => ({
  name: `${name}-imports-upward`,
  comment: `${name} may import only the layers before it in .dependency-cruiser.cjs`,
  severity: 'error',
  from: { path, pathNot: name === 'tests' ? undefined : TEST },
  to: {
    path: LAYERS.slice(i + 1)
      .map(([, p]) => `(${p})`)
      .join('|'),
  },
})).filter((rule) => rule.to.path);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'a module imports itself through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
