import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (from, forbidden, message) => ({
  files: [`${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((dir) => ({
          group: [`**/${dir}`, `**/${dir}/**`, `${dir}/**`],
          message,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // One-way imports: src -> machines -> content. content imports neither.
  layer('machines', ['src'], 'machines/ must never import from src/.'),
  layer(
    'content',
    ['src', 'machines'],
    'content/ is data: it imports neither src/ nor machines/.',
  ),
);
