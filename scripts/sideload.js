#!/usr/bin/env node
// @ts-check
// `npm run sideload`: loads manifest.xml into Excel desktop with office-addin-debugging when that
// package is installed and Excel desktop can exist here (Windows, macOS); otherwise prints the
// manual steps and exits 0, so the command is safe on Linux and in CI.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { sideloadSteps } = require('./startMessage');

/** office-addin-debugging's command-line script, or null when the package is not installed. */
function debuggingCli() {
  try {
    const manifest = require.resolve('office-addin-debugging/package.json');
    /** @type {{ bin?: string | Record<string, string> }} */
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['office-addin-debugging'];
    return bin ? path.join(path.dirname(manifest), bin) : null;
  } catch {
    return null;
  }
}

const cli = debuggingCli();
const hasDesktopExcel = process.platform === 'win32' || process.platform === 'darwin';
if (cli && hasDesktopExcel) {
  const run = spawnSync(process.execPath, [cli, 'start', 'manifest.xml', 'desktop'], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}

console.log(
  cli
    ? 'Excel desktop runs on Windows and macOS only; load the add-in by hand:'
    : 'office-addin-debugging is not installed (npm install --save-dev office-addin-debugging); load the add-in by hand:',
);
// The desktop line points back at this command: by hand, the README's steps take its place.
console.log(
  sideloadSteps()
    .filter((line) => !line.includes('npm run sideload'))
    .join('\n'),
);
