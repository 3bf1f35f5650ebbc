import { writeInChunks } from './writeInChunks';

/**
 * Containers this deep or shallower are written member by member; deeper values (a report's
 * tasks and findings, at depth 6) in one `JSON.stringify` each. A 50,000-task report as one string
 * is ≈ 130 million UTF-16 characters, 260 MB, plus its UTF-8 copy on the way out: the difference
 * between staying under 1 GB and not (issue 9 §4).
 */
const SPLIT_DEPTH = 5;
const INDENT = '  ';
/** Whole items of an array are stringified this many at a time: fewer calls, no giant string. */
const BATCH = 256;

/**
 * Writes `JSON.stringify(value, null, 2)` through `write` in chunks (see `writeInChunks`), never
 * holding it as one string. The chunks, joined, are that string byte for byte.
 */
export async function writeJson(
  value: unknown,
  write: (text: string) => void,
  drained?: () => Promise<void>,
): Promise<void> {
  await writeInChunks(jsonPieces(value, 0), write, drained);
}

/** The pieces of `JSON.stringify(value, null, 2)` for a value `depth` levels down. */
function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth > SPLIT_DEPTH || !isSplittable(value)) {
    yield leaf(value, depth) ?? 'null';
    return;
  }
  const outer = INDENT.repeat(depth);
  const inner = outer + INDENT;
  const isArray = Array.isArray(value);
  if (isArray && depth === SPLIT_DEPTH) {
    yield* batchedArray(value, depth);
    return;
  }
  // Indices, not `map`: JSON.stringify writes an array's holes as null.
  const keys = isArray ? Array.from(value, (_, index) => index) : Object.keys(value);
  let first = true;
  for (const key of keys) {
    const member: unknown = (value as Record<string | number, unknown>)[key];
    const whole = depth + 1 > SPLIT_DEPTH || !isSplittable(member);
    const text = whole ? leaf(member, depth + 1) : '';
    // JSON.stringify leaves out object members it cannot write (undefined, functions).
    if (text === undefined && !isArray) continue;
    yield `${first ? (isArray ? '[' : '{') : ','}\n${inner}`;
    if (!isArray) yield `${JSON.stringify(key)}: `;
    if (whole) yield text ?? 'null';
    else yield* jsonPieces(member, depth + 1);
    first = false;
  }
  if (first) yield isArray ? '[]' : '{}';
  else yield `\n${outer}${isArray ? ']' : '}'}`;
}

/** An array whose items are written whole, a batch at a time. */
function* batchedArray(items: readonly unknown[], depth: number): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  yield `[\n${inner}`;
  for (let start = 0; start < items.length; start += BATCH) {
    if (start > 0) yield `,\n${inner}`;
    yield itemsAt(items.slice(start, start + BATCH), depth);
  }
  yield `\n${INDENT.repeat(depth)}]`;
}

/**
 * The items of `batch` as JSON.stringify lays them out in an array `depth` levels down. The batch
 * is wrapped in `depth` one-item arrays, so that JSON.stringify indents it itself (no second pass
 * over the text to re-indent it), and the wrapping is cut off again: each level k opens with
 * "[\n" and k + 1 indents, and closes with "\n", k indents and "]".
 */
function itemsAt(batch: unknown[], depth: number): string {
  let nested: unknown = batch;
  for (let level = 0; level < depth; level++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  const open = (depth + 1) * (depth + 4);
  const close = (depth + 1) * (depth + 2);
  return text.slice(open, text.length - close);
}

/**
 * Plain arrays and objects: the values whose JSON we can assemble ourselves. Anything with a
 * `toJSON` (a Date) or another prototype is left to `JSON.stringify` whole.
 */
function isSplittable(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `JSON.stringify(value, null, 2)` as it reads nested `depth` levels down: JSON strings never hold
 * a raw line break, so every "\n" is a line of the layout and takes the outer indent.
 */
function leaf(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined || depth === 0) return text;
  return text.replaceAll('\n', `\n${INDENT.repeat(depth)}`);
}
