#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so a fresh clone needs only `npm ci`.
'use strict';
const { register } = require('tsx/cjs/api');
register();
require('../src/cli/run.ts');
