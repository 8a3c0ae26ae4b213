import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError, ERROR_CODES, type ErrorCode } from '../shared/errors.js';
import { concurrencyLimit } from './concurrency-limit.js';
import { checkDocument } from './parse-in-process.js';
import type { WorkerInput, WorkerOutput } from './parse-worker.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_MEMORY_MB,
  DEFAULT_TIMEOUT_MS,
  type ParsedDocument,
  type ParseOptions,
} from './types.js';

export type { Language, MediaType, PageSpan, ParsedDocument, ParseOptions } from './types.js';
export { MEDIA_TYPES } from './types.js';
export { parseDocumentInProcess } from './parse-in-process.js';

/**
 * Parses an uploaded document (PDF, DOCX, HTML, text, Markdown) into text with page spans, language, title
 * and metadata date. Cheap checks (empty, size, type) run here; the parse itself runs in a worker thread
 * with a heap limit and a timeout that kills it, so a hostile or broken file cannot hang or exhaust the
 * server. Throws `AppError` with codes unsupported_file_type, file_too_large, file_empty, file_encrypted,
 * file_corrupt, no_text_layer, parse_timeout.
 */
export async function parseDocument(
  bytes: Uint8Array,
  fileName: string,
  opts: ParseOptions = {},
): Promise<ParsedDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxMemoryMb = opts.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  checkDocument(bytes, fileName, maxBytes); // fail fast without paying for a worker
  const input: WorkerInput = { bytes, fileName, maxBytes }; // structured clone copies the bytes
  return parseSlots(() => runWorker(input, timeoutMs, maxMemoryMb));
}

/**
 * Parses running at once in this process: parsing is CPU-bound, and each worker may take its whole heap
 * limit, so a burst of uploads waits its turn rather than exhausting memory. One core is left to the server.
 */
const parseSlots = concurrencyLimit(Math.max(1, Math.min(4, availableParallelism() - 1)));

/** One parse in a fresh worker; the timeout starts when the worker does, not while queued. */
function runWorker(input: WorkerInput, timeoutMs: number, maxMemoryMb: number): Promise<ParsedDocument> {
  const { fileName } = input;
  const worker = startWorker(input, maxMemoryMb);
  return new Promise<ParsedDocument>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new AppError(
              'parse_timeout',
              `${fileName}: parsing took longer than ${timeoutMs} ms and was stopped`,
              'file',
            ),
          ),
        ),
      timeoutMs,
    );
    worker.once('message', (output: WorkerOutput) =>
      settle(() => (output.ok ? resolve(output.document) : reject(toAppError(output)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError(
                'file_too_large',
                `${fileName}: parsing needed more than ${maxMemoryMb} MB of memory and was stopped`,
                'file',
              )
            : new AppError('internal', `${fileName}: the parser failed`, 'file', error.message),
        ),
      ),
    );
    worker.once('exit', (exitCode) =>
      settle(() =>
        reject(new AppError('internal', `${fileName}: the parser stopped unexpectedly (exit ${exitCode})`)),
      ),
    );
  });
}

function toAppError(output: Extract<WorkerOutput, { ok: false }>): AppError {
  const code: ErrorCode = output.code in ERROR_CODES ? (output.code as ErrorCode) : 'internal';
  return new AppError(code, output.message, output.field, output.details);
}

/**
 * Starts the worker on the compiled `parse-worker.js` beside this file; when this file is TypeScript
 * source (vitest, tsx) the worker first registers tsx's loader so it can import `parse-worker.ts`.
 */
function startWorker(input: WorkerInput, maxMemoryMb: number): Worker {
  const here = import.meta.url;
  const isSource = here.endsWith('.ts');
  const entry = new URL(isSource ? './parse-worker.ts' : './parse-worker.js', here);
  const resourceLimits = {
    maxOldGenerationSizeMb: maxMemoryMb,
    maxYoungGenerationSizeMb: Math.min(64, maxMemoryMb / 4),
  };
  if (!isSource) return new Worker(entry, { workerData: input, resourceLimits });
  const require = createRequire(here);
  const tsxApi = new URL('./dist/esm/api/index.mjs', `file://${require.resolve('tsx/package.json')}`).href;
  // pdf.js (several MB of plain JS) is loaded before tsx's hooks are on, which would otherwise run it
  // through the TypeScript transform and make each parse in tests several seconds slower; pdf.js picks up
  // its preloaded worker code from globalThis.pdfjsWorker.
  const pdfjsDir = new URL('./legacy/build/', `file://${require.resolve('pdfjs-dist/package.json')}`).href;
  const bootstrap = `
    Promise.all([import('${pdfjsDir}pdf.mjs'), import('${pdfjsDir}pdf.worker.mjs')])
      .then(([, pdfWorker]) => { globalThis.pdfjsWorker = pdfWorker; return import(${JSON.stringify(tsxApi)}); })
      .then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: input, resourceLimits });
}
