// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Boundaries from docs/style.md, as lint rules. */
const restrictedImports = (extra = []) => [
  'error',
  {
    paths: [
      { name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." },
      ...extra,
    ],
    patterns: [],
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-restricted-imports': restrictedImports([
        { name: 'dexie', message: 'Only utils/db/ imports dexie.' },
      ]),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page-derived text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent; page text is never HTML.' },
        { property: 'outerHTML', message: 'Use textContent; page text is never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes; page text is never HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the UI.' },
      ],
    },
  },
  {
    files: ['utils/db/**'],
    rules: { 'no-restricted-imports': restrictedImports() },
  },
  {
    files: ['utils/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." },
          ],
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'utils/ never imports entrypoints/.' },
            { group: ['**/components/**', '@/components/**'], message: 'utils/ never imports components/.' },
          ],
        },
      ],
    },
  },
  {
    // The dexie boundary still applies inside utils/ (outside utils/db/).
    files: ['utils/**'],
    ignores: ['utils/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: "Import { browser } from 'wxt/browser'." },
            { name: 'dexie', message: 'Only utils/db/ imports dexie.' },
          ],
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'utils/ never imports entrypoints/.' },
            { group: ['**/components/**', '@/components/**'], message: 'utils/ never imports components/.' },
          ],
        },
      ],
    },
  },
  {
    // Tests may read fixture markup they wrote themselves, and may open Dexie directly.
    files: ['tests/**', 'scripts/**', 'cli/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-imports': 'off' },
  },
);
