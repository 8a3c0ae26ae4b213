/**
 * Serves the React web application built into dist/web at `/`, with an SPA fallback: any GET path that is
 * not an API route or a file gets index.html, so /incidents/<id> can be bookmarked. Responses carry a strict
 * Content-Security-Policy: scripts, styles, images and requests from this server only, nothing inline.
 * Without a build (tests that never ran `vite build`) the plain home page is served instead.
 *
 * DALIL_WEB_ROOT names another build folder; `webRoot: null` asks for the plain home page outright.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import { registerHomePage } from './home-page.js';
import type { ContextFactory, ZodApp } from './route-context.js';

/** The policy for the web application's pages and files. */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** dist/web under the repository root, found by walking up from this file (src/http or dist/src/http). */
export function defaultWebRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'dist', 'web');
    dir = path.dirname(dir);
  }
  return path.resolve('dist', 'web');
}

function secure(reply: FastifyReply): void {
  reply.header('Content-Security-Policy', WEB_APP_CSP);
  reply.header('Cross-Origin-Opener-Policy', 'same-origin');
  reply.header('Cross-Origin-Resource-Policy', 'same-origin');
  reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

/** Registers the web application (or the plain home page when `webRoot` holds no build). */
export async function registerWebApp(
  app: ZodApp,
  context: ContextFactory,
  options: { webRoot?: string | null } = {},
): Promise<void> {
  const root =
    options.webRoot === undefined ? (process.env.DALIL_WEB_ROOT ?? defaultWebRoot()) : options.webRoot;
  if (!root || !existsSync(path.join(root, 'index.html'))) {
    registerHomePage(app, context);
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    // The build writes .br and .gz beside each asset (web/vite.config.ts).
    preCompressed: true,
    schemaHide: true,
    setHeaders: (reply, filePath) => {
      secure(reply);
      // Built assets carry a content hash in their name: cache them for good; index.html never.
      const cache = filePath.includes(`${path.sep}assets${path.sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      reply.header('Cache-Control', cache);
    },
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    if (pathname === '/api' || pathname.startsWith('/api/') || path.extname(pathname) !== '') {
      return reply.status(404).send({ error: { code: 'not_found', message: `no route GET ${pathname}` } });
    }
    secure(reply);
    reply.header('Cache-Control', 'no-cache');
    return reply.sendFile('index.html', root);
  });
}
