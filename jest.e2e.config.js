// Browser tests of the demo page (`npm run test:e2e`): chromium over the built dist/, one file at
// a time (each launches its own browser), kept apart from `npm test` (see its testPathIgnorePatterns).
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
