import type { CheckWorker } from '../../src/worker/checkMessages';

/**
 * Stands in for src/worker/startCheckWorker.ts under Jest (ts-jest compiles to CommonJS, where its
 * `import.meta.url` does not exist): as in a host without workers, the check runs inline.
 */
export function startCheckWorker(): CheckWorker {
  throw new Error('no Worker under Jest');
}
