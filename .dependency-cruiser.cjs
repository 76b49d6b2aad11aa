// The import rules `npm test` enforces over src/ (ARCHITECTURE.md, "Rules the tests enforce").
// Run alone: `npm run -s deps`. Every rule is written so that it holds vacuously while a
// folder it names (src/text, src/ui/state, ...) does not exist yet.

// Layers, lowest first: each may import only from itself and the layers before it.
const LAYERS = ['text', 'sim', 'shell', 'demo', 'ui', 'cli'];

const layerRules = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `layer-${layer}`,
  severity: 'error',
  comment:
    `src/${layer} may import only from itself and lower layers ` +
    `(${LAYERS.slice(0, index).join(', ') || 'none'}); layers: ${LAYERS.join(' <- ')}.`,
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(index + 1).join('|')})/` },
}));

// Inside src/ui: views and state read; only actions write. Keys name bindings, not effects.
const uiWingRules = [
  ['views', ['actions']],
  ['state', ['actions', 'views']],
  ['keys', ['actions', 'views']],
].map(([wing, forbidden]) => ({
  name: `ui-${wing}-not-to-${forbidden.join('-or-')}`,
  severity: 'error',
  comment: `src/ui/${wing} must not import src/ui/${forbidden.join(' or src/ui/')}.`,
  from: { path: `^src/ui/${wing}/` },
  to: { path: `^src/ui/(${forbidden.join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'src-file-outside-a-layer',
      severity: 'error',
      comment: `Every file under src/ belongs to a layer folder: ${LAYERS.join(', ')}.`,
      from: { path: '^src/', pathNot: `^src/(${LAYERS.join('|')})/` },
      to: {},
    },
    ...layerRules,
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import loops in src/, type-only imports included.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'sim-only-through-index',
      severity: 'error',
      comment: 'Outside src/sim, import the model only through src/sim/index.ts.',
      from: { path: '^src/', pathNot: '^src/sim/' },
      to: { path: '^src/sim/', pathNot: '^src/sim/index\\.ts$' },
    },
    ...uiWingRules,
    {
      name: 'ui-demo-through-live',
      severity: 'error',
      comment:
        'The dashboard reaches demo mode through src/demo/live.ts, which loads no schema: zod stays out of its start (test/ui/start-imports.test.ts; ARCHITECTURE.md, "What the start loads").',
      from: { path: '^src/ui/' },
      to: { path: '^src/demo/', pathNot: '^src/demo/live\\.ts$' },
    },
    {
      name: 'no-ui-libraries-below-ui',
      severity: 'error',
      comment: 'The model, the language, the demo and the text layer know nothing of the UI.',
      from: { path: '^src/(text|sim|shell|demo)/' },
      to: { path: 'node_modules/(@types/)?(react|ink)[-/]' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Count `import type` too: a loop closed only through types is still a loop.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
