// ESLint flat config: typescript-eslint's type-checked rules for the whole tree, React hooks rules for
// the pane, and the house rules that keep src/domain pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-cli/', 'out/', 'coverage/', 'test/artifacts/', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/standalone/**/*.tsx', 'src/taskpane/**/*.ts', 'src/standalone/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/hosts/**', '**/taskpane/**', '**/standalone/**', '**/cli/**', '**/export/**'], message: 'src/domain is pure: it must not import hosts, the pane, the CLI or exporters.' },
            { group: ['node:*', 'fs', 'path', 'os', 'worker_threads', 'child_process', 'react', 'react-dom', 'exceljs', 'docx', '@fluentui/*'], message: 'src/domain is pure: no Node, React, Office or file-format libraries.' },
          ],
        },
      ],
    },
  },
);
