// Lint: TypeScript rules for .ts and .astro files (eslint-plugin-astro), and
// the layer table of ARCHITECTURE.md enforced by eslint-plugin-boundaries: a
// module may import only from the layers its row allows (tests/process/layers.test.ts
// shows a forbidden import fails). src/pipeline/ also never imports Astro, so
// it runs and tests in plain Node.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import boundaries from 'eslint-plugin-boundaries';

/** The layers of ARCHITECTURE.md, one folder each (pages spans four folders). */
const LAYERS = [
  { type: 'core', pattern: 'src/core' },
  { type: 'words', pattern: 'src/words' },
  { type: 'pipeline', pattern: 'src/pipeline' },
  { type: 'authoring', pattern: 'src/authoring' },
  { type: 'search', pattern: 'src/search' },
  { type: 'compare', pattern: 'src/compare' },
  { type: 'charts', pattern: 'src/charts' },
  { type: 'embed', pattern: 'src/embed' },
  { type: 'cards', pattern: 'src/cards' },
  { type: 'integrations', pattern: 'src/integrations' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'browser', pattern: 'src/browser' },
  { type: 'pages', pattern: 'src/(pages|components|layouts|styles)' },
  { type: 'tools', pattern: '(scripts|tests)', partialMatch: false },
];

/** What each layer may import (besides itself, node built-ins and npm packages): ARCHITECTURE.md's table. */
const MAY_IMPORT = {
  core: [],
  words: ['core'],
  pipeline: ['words', 'core'],
  authoring: ['pipeline', 'charts', 'words', 'core'],
  search: ['pipeline', 'words', 'core'],
  compare: ['pipeline', 'words', 'core'],
  charts: ['pipeline', 'words', 'core'],
  embed: ['charts', 'pipeline', 'words', 'core'],
  cards: ['charts', 'pipeline', 'words', 'core'],
  integrations: ['pipeline', 'charts', 'words', 'core'],
  lib: ['core', 'words', 'pipeline', 'search', 'compare', 'charts', 'embed', 'cards', 'integrations'],
  browser: ['search', 'compare', 'embed', 'words', 'core'],
  pages: ['core', 'words', 'pipeline', 'search', 'compare', 'charts', 'embed', 'cards', 'lib', 'browser', 'pages'],
  tools: LAYERS.map((l) => l.type),
};

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'tests/fixtures/', 'public/'] },
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,astro}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/include': ['src/**/*', 'scripts/**/*', 'tests/**/*'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'ARCHITECTURE.md: {{from.type}} may not import {{to.type}}',
          policies: Object.entries(MAY_IMPORT).map(([from, to]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
          })),
        },
      ],
    },
  },
  {
    // Promises live in the browser code, the search engine, the cards and the CLIs: one left floating
    // fails silently in a reader's browser or ends a CLI before its work. Typed, so only where it pays.
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // A test sits next to the behaviour it tests and may borrow fixtures and helpers from anywhere.
    files: ['src/**/*.test.ts'],
    rules: { 'boundaries/dependencies': 'off' },
  },
  {
    files: ['src/pipeline/**/*.ts', 'src/authoring/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro/*', 'astro:*', '@astrojs/*'],
              message: 'src/pipeline/ and src/authoring/ must stay free of Astro (see ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/charts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro/*', 'astro:*'],
              message: 'src/charts/ is plain functions from data to Plot specs.',
            },
          ],
        },
      ],
    },
  },
);
