// ESLint flat config: typescript-eslint's type-checked rules for the whole tree, React hooks rules for
// the pane, and the house rules that keep src/domain pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-cli/', 'out/', 'coverage/', 'test/artifacts/', '.eslintcache'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // The ideographic space (U+3000) is part of zh-CN text layout (报表 headers, 编制说明 lines): allowed in
      // strings and templates, still an error in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    // Build scripts and configs are plain Node JavaScript: no TypeScript project, so no type-checked rules.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node, sourceType: 'module' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/standalone/**/*.tsx', 'src/taskpane/**/*.ts', 'src/standalone/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The pane talks to the port; only its composition root (portContext, index) meets the hosts.
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    ignores: ['src/taskpane/portContext.tsx', 'src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/hosts/**', 'exceljs'],
              message: 'The pane talks only to the port (src/domain/port); hosts are wired in portContext.tsx.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/hosts/**', '**/taskpane/**', '**/standalone/**', '**/cli/**', '**/export/**'],
              message: 'src/domain is pure: it must not import hosts, the pane, the CLI or exporters.',
            },
            {
              group: [
                'node:*',
                'fs',
                'path',
                'os',
                'worker_threads',
                'child_process',
                'react',
                'react-dom',
                'exceljs',
                'docx',
                '@fluentui/*',
              ],
              message: 'src/domain is pure: no Node, React, Office or file-format libraries.',
            },
          ],
        },
      ],
    },
  },
);
