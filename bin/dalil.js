#!/usr/bin/env node
// The installed `dalil` command runs the compiled CLI; `npm install` builds it (the `prepare` script).
import '../dist/src/cli/main.js';
