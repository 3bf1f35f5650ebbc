import { checkGrid } from '../core/check/checkGrid';
import type { Grid } from '../core/table/grid';
import type { CheckRequest, CheckResponse } from './checkMessages';

/**
 * The worker's side, apart from the worker so Jest can run it: answers each request with the core
 * `checkGrid`, keeping the last grid so a new report date or a column correction sends only the
 * options (copying 50,000 rows again would cost more than the check saves).
 */
export function createCheckAnswerer(): (request: CheckRequest) => CheckResponse {
  let kept: Grid | null = null;
  return (request) => {
    if (request.type === 'check') kept = request.grid;
    if (!kept) return { type: 'failed', id: request.id, message: 'recheck before any grid' };
    try {
      return { type: 'checked', id: request.id, result: checkGrid(kept, request.options) };
    } catch (error) {
      // The core throws only on a broken invariant: the pane shows "unknown" with a next step.
      return { type: 'failed', id: request.id, message: String(error) };
    }
  };
}
