/*
 * The check's Web Worker: the core rules off the pane's thread, so a 50,000-row table does not
 * freeze Excel (desktop Excel restarts an add-in that blocks for 5 s). Started by
 * startCheckWorker.ts; webpack 5 bundles it as its own file.
 */
import { createCheckAnswerer } from './answerCheck';
import type { CheckRequest } from './checkMessages';

const answer = createCheckAnswerer();

// The project compiles with the DOM library, where `self` is a Window; in a worker it is the
// worker's scope, whose postMessage takes just the message (as Window's one-argument form does).
self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  self.postMessage(answer(event.data));
});
