import type { CheckWorker } from './checkMessages';

/**
 * Starts the check worker. webpack 5 reads this exact form and bundles checkWorker.ts as its own
 * (hashed) file; Jest maps this module to test/stubs/startCheckWorker.ts, as ts-jest compiles to
 * CommonJS, where `import.meta` does not exist.
 */
export function startCheckWorker(): CheckWorker {
  // The chunk name makes dist/ readable (check-worker.<hash>.js); the URL stays relative to the
  // pane's own script, so the worker comes from the pane's origin and needs no manifest domain.
  return new Worker(
    /* webpackChunkName: "check-worker" */ new URL('./checkWorker.ts', import.meta.url),
  );
}
