/**
 * Worker entry of `parseDocument`: parses the bytes it is given and posts back either the document or the
 * AppError's code and message. Anything else thrown becomes `file_corrupt`: a parser crash means the file
 * is one we cannot read, and the raw message is kept in `details` for the logs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../shared/errors.js';
import { parseDocumentInProcess } from './parse-in-process.js';
import type { ParsedDocument } from './types.js';

export interface WorkerInput {
  bytes: Uint8Array;
  fileName: string;
  maxBytes: number;
}

export type WorkerOutput =
  | { ok: true; document: ParsedDocument }
  | { ok: false; code: string; message: string; field?: string; details?: unknown };

const input = workerData as WorkerInput;
let output: WorkerOutput;
try {
  output = { ok: true, document: await parseDocumentInProcess(input.bytes, input.fileName, input) };
} catch (error) {
  output = isAppError(error)
    ? { ok: false, code: error.code, message: error.message, field: error.field, details: error.details }
    : {
        ok: false,
        code: 'file_corrupt',
        message: `${input.fileName}: the file could not be parsed`,
        field: 'file',
        details: error instanceof Error ? error.message : String(error),
      };
}
parentPort?.postMessage(output);
