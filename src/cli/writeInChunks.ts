/** Pieces are joined into writes of about this many characters: few writes, small strings. */
const CHUNK_CHARS = 1 << 20;

/**
 * Writes the pieces through `write`, joined into chunks of about a million characters: a report
 * of 50,000 tasks is never held whole as one string, nor as one UTF-8 copy of it on the way out.
 * After each chunk it waits for `drained`, if given: into a pipe, Node queues what the reader has
 * not taken yet, so without waiting the whole report would pile up in memory all the same.
 */
export async function writeInChunks(
  pieces: Iterable<string>,
  write: (text: string) => void,
  drained?: () => Promise<void>,
): Promise<void> {
  let chunk: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    chunk.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARS) {
      write(chunk.join(''));
      chunk = [];
      size = 0;
      await drained?.();
    }
  }
  if (size > 0) write(chunk.join(''));
}
