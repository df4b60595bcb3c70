import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The import direction is a rule, not a good intention:
// contracts <- core <- adapters (db, bus, notify, vision, camera) <- apps. Nothing imports an app.
const noIo = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http',
  'child_process', 'node:child_process', 'better-sqlite3', 'pg', 'kysely', 'hono', 'nats', 'sharp', 'onnxruntime-node'];
const adapters = ['@truongan/db', '@truongan/db/*', '@truongan/vision', '@truongan/vision/*', '@truongan/camera',
  '@truongan/camera/*', '@truongan/notify', '@truongan/notify/*', '@truongan/bus', '@truongan/bus/*', '@truongan/testkit', '@truongan/testkit/*',
  '@truongan/reports', '@truongan/reports/*'];
const apps = ['@truongan/server', '@truongan/server/*', '@truongan/web', '@truongan/web/*'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.models/**', '**/.tmp/**', '**/.scratch/**', 'data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '**/*.cjs', '**/*.js'], languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['packages/contracts/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['@truongan/*', ...noIo] }] },
  },
  {
    files: ['packages/core/src/**'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: noIo, patterns: [...adapters, ...apps] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'core has no I/O: config comes in through ports' }],
    },
  },
  {
    files: ['packages/db/src/**', 'packages/vision/src/**', 'packages/camera/src/**', 'packages/notify/src/**', 'packages/bus/src/**', 'packages/reports/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: apps }] },
  },
);
