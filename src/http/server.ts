/**
 * The HTTP JSON API (fastify). Routes are thin: they validate at the edge with the same zod schemas the
 * services use, call the service, and return what it returns. OpenAPI is served at /api/docs.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import os from 'node:os';
import path from 'node:path';
import { registerActorRoutes } from '../actors/actor.routes.js';
import { registerAllegationRoutes } from '../allegations/allegation.routes.js';
import { registerAssessmentRoutes } from '../assessments/assessment.routes.js';
import { registerAuditRoutes } from '../audit/audit.routes.js';
import { registerCaseRoutes } from '../cases/case.routes.js';
import { registerCaseStatsRoutes } from '../case-stats/case-stats.routes.js';
import { registerCorroborationRoutes } from '../corroboration/corroboration.routes.js';
import type { Db } from '../db/connect.js';
import { type FileStore, folderFileStore } from '../files/file-store.js';
import { registerProposalRoutes } from '../proposals/proposal.routes.js';
import { registerPublishRoutes } from '../publish/publish.routes.js';
import { registerEvidenceRoutes } from '../evidence/evidence.routes.js';
import { registerFigureRoutes } from '../figures/figure.routes.js';
import { registerIncidentRoutes } from '../incidents/incident.routes.js';
import { registerSourceRoutes } from '../sources/source.routes.js';
import { registerTransferRoutes } from '../transfer/transfer.routes.js';
import { registerWebApp } from './web-app.js';
import { registerAccessControl } from '../access/access.plugin.js';
import { actorLabel } from '../access/principal.js';
import { redactAnswer } from '../access/redact-answer.js';
import { currentScope } from '../access/request-scope.js';
import { registerAccountRoutes } from '../accounts/account.routes.js';
import { LoginThrottle } from '../accounts/login-throttle.js';
import { errorHandler } from './error-handler.js';
import {
  docsCsp,
  type LogTarget,
  loggerOptions,
  refuseUnstorableRequest,
  securityHeaders,
} from './hardening.js';
import { BODY_LIMITS } from '../shared/limits.js';

export interface ServerOptions {
  db: Db;
  /** Off by default; secrets are always redacted (src/http/hardening.ts). */
  logger?: LogTarget;
  /** Largest JSON body accepted, in bytes; upload and import routes set their own (src/shared/limits.ts). */
  bodyLimit?: number;
  /** Where uploaded originals are kept; a temporary folder when not given (tests). */
  files?: FileStore;
  /**
   * Local mode: while no account exists, whoever reaches the server acts as admin. Only for a server bound
   * to the loopback address (`dalil serve` checks); requests must name a loopback host.
   */
  allowLocal?: boolean;
  /** Mark the session cookie Secure (Dalil served over TLS, or behind a TLS proxy). */
  secureCookies?: boolean;
  /** Trust X-Forwarded-For/-Proto from a reverse proxy in front of Dalil (only then). */
  trustProxy?: boolean;
  /** The built web app's folder; null serves the plain home page instead. Default: DALIL_WEB_ROOT or dist/web. */
  webRoot?: string | null;
}

export async function buildServer(options: ServerOptions) {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimit ?? BODY_LIMITS.json,
    // Behind a TLS proxy, the client's address (for sign-in throttling) and scheme come from its headers.
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: { code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
    }),
  );
  const access = registerAccessControl(app, {
    db: options.db,
    allowLocal: options.allowLocal ?? false,
    redact: redactAnswer,
  });
  app.addHook('onSend', securityHeaders);
  app.addHook('preValidation', refuseUnstorableRequest);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Dalil API',
        description: 'Documenting human rights violations and holding someone to account for them',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', ...docsCsp });

  // Every write is audited under the name of the principal the access control identified.
  const files = options.files ?? folderFileStore(path.join(os.tmpdir(), 'dalil-files'));
  const context = () => {
    const scope = currentScope();
    const levels = scope.access && !scope.access.cleared ? { levels: scope.access.levels } : {};
    return { db: options.db, actor: actorLabel(scope.principal), files, ...levels };
  };
  app.get('/api/health', { schema: { hide: true } }, () => ({ ok: true }));
  registerAccountRoutes(app, context, {
    throttle: new LoginThrottle(),
    localMode: access.localMode,
    secureCookies: options.secureCookies ?? false,
  });
  registerCaseRoutes(app, context);
  registerCaseStatsRoutes(app, context);
  registerIncidentRoutes(app, context);
  registerAllegationRoutes(app, context);
  registerAssessmentRoutes(app, context);
  registerActorRoutes(app, context);
  registerSourceRoutes(app, context);
  registerFigureRoutes(app, context);
  registerCorroborationRoutes(app, context);
  registerTransferRoutes(app, context);
  registerAuditRoutes(app, context);
  registerProposalRoutes(app, context);
  registerEvidenceRoutes(app, context);
  registerPublishRoutes(app, context);
  await registerWebApp(app, context, options.webRoot === undefined ? {} : { webRoot: options.webRoot });
  return Object.assign(app, { localMode: access.localMode, routeKeys: access.routes });
}

export type DalilServer = Awaited<ReturnType<typeof buildServer>>;
