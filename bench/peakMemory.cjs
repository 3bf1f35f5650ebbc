// Preloaded into the `da06` process the bench runs: on exit, its peak resident memory (kB) goes
// to stderr on a line of its own, as the parent cannot read a child's rusage from Node.
'use strict';
process.on('exit', () => {
  process.stderr.write(`\nda06-bench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
