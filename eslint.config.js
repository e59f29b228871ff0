// @ts-check
/**
 * The one ESLint config of the repository (every workspace): `npm run lint` at the root.
 * JavaScript's and typescript-eslint's recommended rules, without type information (fast on 2 cores).
 * .astro files: frontmatter and <script> blocks, with eslint-plugin-astro's recommended rules.
 */
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/.next/',
    '**/.next-test/',
    '**/.astro/',
    '**/.scripts/',
    '**/test-results/',
    '**/coverage/',
    '**/next-env.d.ts',
    'data/',
    'cms/media/',
    'cms/private-uploads/',
    'site/snapshot/',
    // generated
    'cms/src/app/(payload)/admin/importMap.js',
    'content-types/src/payload-types.ts',
    'cms/src/migrations/sqlite/',
    'cms/src/migrations/postgres/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `catch {}` is how this code base says "best effort, nothing to do on failure".
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Chinese text uses the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true, skipJSXText: true }],
      // Shown, not failing: a few boundaries (Pagefind's runtime, form data, Payload internals) are untyped.
      '@typescript-eslint/no-explicit-any': 'warn',
      // `interface GeneratedTypes extends Config {}` is how Payload's types are augmented.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // `cond ? a() : b()` as a statement is a deliberate terse style in the site's small client scripts.
      '@typescript-eslint/no-unused-expressions': ['error', { allowTernary: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Code that runs in the browser: the site's client scripts and the admin's React components.
    files: ['site/src/**/*.{ts,tsx,js,mjs}', 'site/public/**/*.js', 'cms/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // <script> blocks of .astro files (eslint-plugin-astro's virtual files). The is:inline ones run
    // unbundled before first paint on old phones and are written in ES5 on purpose.
    files: ['**/*.astro/*.js', '**/*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-var': 'off' },
  },
)
