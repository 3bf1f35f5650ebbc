import { main } from './main';

/** Local calendar date: the report date a clerk means by "today". */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Resolves once the stream has flushed its queue (or closed: a reader that went away). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

// Written in chunks, a report can meet a reader that has gone (`da06 check … | head`): EPIPE is
// then no fault to report; any other write error gets one line, never Node's stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    process.stderr.write(
      `da06: không ghi được kết quả (${error.message}) — kiểm tra nơi nhận kết quả, ví dụ đĩa còn trống.\n`,
    );
  }
  process.exit(2);
});

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today,
  // A line redrawn in place (carriage return, erase to its end): only on a terminal.
  drained: () => drained(process.stdout),
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r${text}\u001b[K`) : undefined,
}).then((code) => {
  process.exitCode = code;
});
