#!/usr/bin/env node
import { renderCliError } from './errors.js';
import { buildProgram } from './program.js';

// Exit codes: 0 ok, 1 user error, 2 internal error.
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = renderCliError(error);
}
