// Lint rules, including the layering rule from ARCHITECTURE.md:
// shared/ is pure (no renderer, electron, React, Dexie, DOM-only libraries);
// renderer/ and electron/ never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['scratch/**', 'dist/**', 'dist-electron/**', 'dist-cli/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/renderer/**', '**/electron/**', 'electron', 'electron/*'], message: 'shared/ is the pure domain: it must not import the renderer or Electron.' },
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'react-i18next', 'zustand', 'zustand/*'], message: 'shared/ must not import React or UI state.' },
        { group: ['dexie', 'dexie/*', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'shared/ must not touch storage: renderer/db does.' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'shared/ runs in the browser too: no Node built-ins.' },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict([
        { group: ['**/electron/**', 'electron', 'electron/*'], message: 'The renderer reaches Electron only through renderer/platform and shared/ipc.ts.' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The renderer runs in a sandbox: no Node built-ins.' },
      ]),
    },
  },
  {
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/ui/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/electron/**', 'electron', 'electron/*'], message: 'The renderer reaches Electron only through renderer/platform and shared/ipc.ts.' },
        { group: ['dexie', 'dexie/*', '**/db/**', '**/db'], message: 'Components never call Dexie: store actions do, through renderer/db.' },
        { group: ['@automerge/*', '**/plan-doc/doc*', '**/plan-doc/engine*', '**/plan-doc/tx*'], message: 'Components never touch the Automerge document: they read the view and call store actions.' },
        { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The renderer runs in a sandbox: no Node built-ins.' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/renderer/**'], message: 'Electron main and preload never import the renderer.' },
        { group: ['react', 'react-dom', 'dexie'], message: 'Electron main and preload are a thin shell: no UI or storage libraries.' },
      ]),
    },
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/renderer/**', '**/electron/**', 'electron', 'electron/*', 'react', 'react-dom', 'dexie'], message: 'The CLI reuses shared/ only: never the renderer or Electron.' },
      ]),
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
