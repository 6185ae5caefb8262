// ESLint as in Hono: typescript-eslint's strict type-checked rules, type-only imports kept apart.
import eslint from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      '.wrangler',
      'worker-configuration.d.ts',
      'test-artifacts',
      'public',
      'eslint.config.js',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    ignores: [
      'src/engine/**',
      'src/domain/**',
      'src/widget/client/**',
      'tests/browser/**',
      'tests/node/**',
      'tests/deploy/**',
    ],
    languageOptions: { parserOptions: { project: './tsconfig.json' } },
  },
  {
    files: [
      'scripts/**/*.ts',
      'bench/**/*.ts',
      'src/engine/**/*.ts',
      'src/domain/**/*.ts',
      'src/widget/client/**/*.ts',
      'tests/browser/**/*.ts',
      'tests/node/**/*.ts',
      'tests/deploy/**/*.ts',
      '*.ts',
    ],
    languageOptions: { parserOptions: { project: './tsconfig.node.json' } },
  },
  {
    // Tests read response bodies as `(await response.json()) as Shape` for legibility.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
)
