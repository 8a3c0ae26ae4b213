/**
 * Runs the CLI in this process and captures what it prints, for tests: the same program and error
 * rendering as the installed `dalil` command, without a process start per call.
 */
import { renderCliError } from './errors.js';
import { buildProgram } from './program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<CliResult> {
  const saved = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  let stdout = '';
  let stderr = '';
  process.stdout.write = (chunk: string | Uint8Array) => ((stdout += String(chunk)), true);
  process.stderr.write = (chunk: string | Uint8Array) => ((stderr += String(chunk)), true);
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const previousExit = process.exitCode;
  process.exitCode = 0;
  let code = 0;
  try {
    await buildProgram().parseAsync(['node', 'dalil', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    code = renderCliError(error);
  } finally {
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    process.exitCode = previousExit;
  }
  return { code, stdout, stderr };
}
