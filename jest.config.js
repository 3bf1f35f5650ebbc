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
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
};
