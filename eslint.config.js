import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Keeps the domain pure: shared/ may import no Electron, no Node built-ins and no DOM-bound code. */
const sharedRestrictions = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
    { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
    {
      group: ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'stream'],
      message: 'shared/ is pure: no Node built-ins.',
    },
    {
      group: ['better-sqlite3', 'pdfkit'],
      message: 'shared/ is pure: storage and reports live in electron/.',
    },
    { group: ['react', 'react-dom', 'react-dom/*', 'zustand'], message: 'shared/ is pure: no UI code.' },
    {
      group: ['../electron/*', '../../electron/*', '../renderer/*', '../../renderer/*'],
      message: 'shared/ imports nothing outside shared/.',
    },
  ],
};

/** Keeps the renderer a web page: it reaches the services only through renderer/api.ts. */
const rendererRestrictions = {
  patterns: [
    {
      group: ['electron', 'electron/*'],
      message: 'The renderer talks to the main process only through renderer/api.ts.',
    },
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process'],
      message: 'The renderer is a web page: no Node built-ins.',
    },
    {
      group: ['better-sqlite3', 'pdfkit'],
      message: 'The renderer reaches storage and reports through the API.',
    },
    {
      group: ['../electron/*', '../../electron/*', '../../../electron/*'],
      message: 'The renderer reaches the services through the API.',
    },
  ],
};

/**
 * Views and components talk to stores, never to the API: data flows view → store →
 * renderer/api.ts → service (ARCHITECTURE.md). Only renderer/stores/ (and the renderer's own
 * plumbing beside api.ts) import it.
 */
const viewRestrictions = {
  patterns: [
    ...rendererRestrictions.patterns,
    {
      regex: '(^|/)api(\\.ts)?$',
      message:
        'A view or component reaches the API through a store in renderer/stores/, never renderer/api.ts.',
    },
  ],
};

/**
 * The rooms of electron/ and who may enter which (ARCHITECTURE.md). `main/` and `preload/` are
 * the only code that imports Electron; `core/` (db, services, report) is plain Node that every
 * door shares and that knows no door; `common/` holds what two doors share and knows nothing
 * else; the doors (`cli/`, `server/`, `worker/`, `main/`, `preload/`) do not import each other,
 * except that the desktop main process starts the worker, and the desktop main process and
 * `rca room` host the room's LAN server.
 */
const ROOMS = ['core', 'common', 'cli', 'server', 'worker', 'main', 'preload'];
/** Relative import patterns that reach a room of electron/ from any depth below electron/. */
const into = (room) => [1, 2, 3, 4].map((depth) => `${'../'.repeat(depth)}${room}/*`);
function electronRoom(room, mayEnter) {
  const closed = ROOMS.filter((other) => other !== room && !mayEnter.includes(other));
  return {
    files: [`electron/${room}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(room === 'main' || room === 'preload'
              ? []
              : [
                  {
                    group: ['electron', 'electron/*'],
                    message: `electron/${room}/ is plain Node: no Electron.`,
                  },
                ]),
            ...closed.map((other) => ({
              group: into(other),
              message: `electron/${room}/ may not import electron/${other}/ (see ARCHITECTURE.md).`,
            })),
            {
              group: ['../../renderer/*', '../../../renderer/*', '../../../../renderer/*'],
              message: 'The back end never imports the renderer.',
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'artifacts/**', '*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.dom-tests.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Build scripts are plain JavaScript run by Node.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    // Tests poke at raw, deliberately malformed JSON; typing every mutation would hide what it breaks.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', sharedRestrictions] } },
  { files: ['renderer/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', rendererRestrictions] } },
  {
    files: ['renderer/views/**/*.{ts,tsx}', 'renderer/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', viewRestrictions] },
  },
  electronRoom('core', []),
  electronRoom('common', []),
  // The desktop main process and `rca room` host the room's LAN server (electron/server/room/).
  electronRoom('cli', ['core', 'common', 'server']),
  electronRoom('server', ['core', 'common']),
  electronRoom('worker', ['core', 'common']),
  electronRoom('main', ['core', 'common', 'worker', 'server']),
  electronRoom('preload', ['common']),
  {
    // Every write is one IMMEDIATE transaction through electron/core/db/write.ts (busy timeout, guard, read-only).
    files: ['electron/**/*.ts'],
    ignores: ['electron/core/db/write.ts', 'electron/core/db/migrate.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: 'Write through writeTransaction() in electron/core/db/write.ts, not db.transaction().',
        },
      ],
    },
  },
);
