// Lint: TypeScript rules, plus the layer rule of ARCHITECTURE.md —
// build-time data code in src/pipeline/ never imports Astro, so it runs and
// tests in plain Node.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'tests/fixtures/', 'public/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro', 'astro/*', 'astro:*', '@astrojs/*'], message: 'src/pipeline/ must stay free of Astro (see ARCHITECTURE.md).' },
            { group: ['**/pages/**', '**/components/**', '**/layouts/**', '**/charts/**'], message: 'src/pipeline/ is the bottom layer: it may not import from the layers above it.' },
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
        { patterns: [{ group: ['astro', 'astro/*', 'astro:*', '**/pages/**', '**/components/**', '**/layouts/**'], message: 'src/charts/ is plain functions from data to Plot specs.' }] },
      ],
    },
  },
);
