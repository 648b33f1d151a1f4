/**
 * The project's layering, checked by `npx depcruise` in the unit tests (src/layering.test.ts):
 * each folder may import only the folders listed before it, and no module may import itself through
 * others. Reading the list top to bottom is reading the architecture from the ground up.
 */
const LAYERS = [
  // Small helpers every layer may use: errors, escaping, CSV text, nearest-name suggestions.
  ['core', '^src/lib/[^/]+\\.ts$'],
  ['data', '^src/lib/data/'],
  ['chapters', '^src/lib/(content|book-index|refs)/'],
  ['charts', '^src/lib/charts/'],
  ['outputs', '^src/lib/(downloads|sharing|print|search|security)/'],
  ['build', '^src/lib/build/'],
  ['plugins', '^src/plugins/'],
  // The editions beside the site: the book as document trees, set by Typst (print) and as an EPUB.
  ['editions', '^src/editions/'],
  ['components', '^src/(components|layouts)/'],
  ['pages', '^src/pages/'],
  // The search index, made after Astro's pages; it also runs on its own as a command.
  ['steps', '^scripts/build-search\\.ts$'],
  ['integrations', '^src/integrations/'],
  ['config', '^(astro\\.config\\.mjs|src/content\\.config\\.ts)$'],
  // The commands an editor or developer runs: npm run build, new-chapter, the bench.
  ['commands', '^scripts/(?!build-search\\.ts$)'],
];

const upward = LAYERS.map(([name, path], i) => ({
  name: `${name}-imports-upward`,
  comment: `${name} may import only the layers before it in .dependency-cruiser.cjs`,
  severity: 'error',
  from: { path, pathNot: '\\.test\\.ts$' },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => `(${p})`).join('|') },
})).filter((rule) => rule.to.path);

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'a module imports itself through others', severity: 'error', from: {}, to: { circular: true } },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|^tests/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
