/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
    // `import.meta.url` (webpack's worker form) does not compile to CommonJS: no worker here.
    '^\\./startCheckWorker$': '<rootDir>/test/stubs/startCheckWorker.ts',
  },
  // A limit for a test that hangs, not a speed check (that is `npm run bench`): the pane suites
  // render whole views in jsdom, and on two shared cores under load one took over the 5 s default.
  testTimeout: 20_000,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
};
