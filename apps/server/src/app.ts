import { OpenAPIHono, z } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Store } from '@secondround/store';
import type { AppEnv, Mode } from './env';
import { errorBody, handleError } from './errors';
import { resolveOwner } from './middleware/auth';
import { sameOriginWrites } from './middleware/cross-site';
import { isTls } from './middleware/request-info';
import { requestLog } from './middleware/request-log';
import { accountsConfigFromEnv, type AccountsConfig } from './services/accounts';
import { smtpGuardFromEnv, type SmtpGuard } from './services/smtp-guard';
import { hostCheck } from './middleware/host-check';
import { clipperGuard, isPairedClipper } from './middleware/clipper-auth';
import { clipperRoutes } from './routes/clipper';
import { applicationRoutes } from './routes/applications';
import { authRoutes } from './routes/auth';
import { backupRoutes } from './routes/backup';
import { contactRoutes } from './routes/contacts';
import { diagnosisRoutes } from './routes/diagnosis';
import { settingsRoutes } from './routes/settings';
import { importCsvRoutes } from './routes/import-csv';
import { interviewRoutes } from './routes/interviews';
import { prepRoutes } from './routes/prep';
import { storyRoutes } from './routes/stories';
import { socialRoutes } from './routes/social';
import { followUpRoutes } from './routes/follow-ups';
import { reminderRoutes } from './routes/reminders';
import { mailSyncRoutes } from './routes/mail-sync';
import { thankYouRoutes } from './routes/thank-you';
import { profileRoutes } from './routes/profile';
import { referenceRoutes } from './routes/references';
import { autoBackupRoutes } from './routes/auto-backups';
import type { AutoBackups } from './services/auto-backups';
import { materialRoutes } from './routes/materials';
import { undoRoutes } from './routes/undo';
import { calendarFileRoutes } from './routes/calendar-file';
import { coachShareRoutes } from './routes/coach-shares';
import { coachRoutes } from './routes/coach';
import { mailRoutes } from './routes/mail';
import { jobRoutes } from './routes/jobs';
import { quickAddRoutes } from './routes/quick-add';
import { json, router } from './routes/common';
import { defineRoute } from './routes/route-table';
import { inProcessUploadJobs, type Jobs } from './services/jobs/jobs';
import { serveWeb } from './static';

export interface AppOptions {
  store: Store;
  mode: Mode;
  version: string;
  /** Personal mode: the Host values this server answers to (DNS-rebinding guard). Omit in tests. */
  allowedHosts?: readonly string[];
  /** Folder of the built web app to serve, if any. */
  webDist?: string;
  /** Whether thank-you notes and follow-ups may be sent by SMTP. Default: in personal mode, or with SECONDROUND_ALLOW_SMTP=1. */
  allowSmtp?: boolean;
  /** Believe a proxy's X-Forwarded-Proto and X-Forwarded-For. Default: SECONDROUND_TRUST_PROXY=1. */
  trustProxy?: boolean;
  /** Hosted mode's account settings. Default: read from the environment (see README). */
  accounts?: Partial<AccountsConfig>;
  /** Hosted mode's limits on the SMTP hosts people may name. Default: SECONDROUND_SMTP_ALLOWED_HOSTS. */
  smtpGuard?: SmtpGuard;
  /** Personal mode on a database file: the automatic daily copies (made on the first use of a day). */
  autoBackups?: AutoBackups;
  /** Request and error log (JSON lines); none in tests unless given. */
  logger?: Logger;
  /** True once the server is shutting down: readiness then answers 503 so a load balancer stops sending. */
  draining?: () => boolean;
  /** The background job queue, for routes that hand work to it; without one, upload jobs run in this process and reminders are not queued. */
  jobs?: Jobs;
}

const health = defineRoute({
  method: 'get',
  path: '/health',
  bodyLimit: 1024,
  isPublic: true,
  tags: ['meta'],
  responses: { 200: json(z.object({ ok: z.literal(true), db: z.enum(['sqlite', 'postgres']), version: z.string(), mode: z.enum(['personal', 'hosted']) })) },
});

const ready = defineRoute({
  method: 'get',
  path: '/ready',
  bodyLimit: 1024,
  isPublic: true,
  tags: ['meta'],
  responses: {
    200: json(z.object({ ready: z.literal(true) })),
    503: json(z.object({ ready: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }), 'Not ready: shutting down, or the database does not answer'),
  },
});

/** How long readiness waits for the database before it calls it down. */
const READY_TIMEOUT_MS = 2000;

async function databaseAnswers(store: Store): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`the database did not answer within ${READY_TIMEOUT_MS} ms`), READY_TIMEOUT_MS);
  });
  const query = sql`select 1 as one`.execute(store.db).then(
    () => null,
    () => 'the database does not answer',
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether this server sends mail by SMTP, and through which guard: the same for the API and the reminders. */
export function smtpOptionsFor(options: Pick<AppOptions, 'mode' | 'allowSmtp' | 'smtpGuard'>) {
  // A hosted server connecting to any host a user names is a way into its network: opt in there.
  return { smtpAllowed: options.allowSmtp ?? (options.mode === 'personal' || process.env.SECONDROUND_ALLOW_SMTP === '1'), smtpGuard: options.mode === 'hosted' ? (options.smtpGuard ?? smtpGuardFromEnv()) : null };
}

function apiRoutes(options: AppOptions & { trustProxy: boolean; accountsConfig: AccountsConfig }) {
  const smtp = smtpOptionsFor(options);
  return router()
    .openapi(health, (c) => c.json({ ok: true as const, db: options.store.dialect, version: options.version, mode: options.mode }, 200))
    .openapi(ready, async (c) => {
      if (options.draining?.()) return c.json({ ready: false as const, error: { code: 'DRAINING', message: 'this server is shutting down' } }, 503);
      const problem = await databaseAnswers(options.store);
      if (problem) return c.json({ ready: false as const, error: { code: 'DATABASE_DOWN', message: problem } }, 503);
      return c.json({ ready: true as const }, 200);
    })
    .route('/', applicationRoutes)
    .route('/', interviewRoutes)
    .route('/', contactRoutes)
    .route('/', backupRoutes)
    .route('/', diagnosisRoutes)
    .route('/', settingsRoutes)
    .route('/', storyRoutes)
    .route('/', prepRoutes)
    .route('/', importCsvRoutes)
    .route('/', socialRoutes)
    .route('/', thankYouRoutes(smtp))
    .route('/', followUpRoutes(smtp))
    .route('/', reminderRoutes(smtp))
    .route('/', authRoutes(options.mode, { trustProxy: options.trustProxy, accounts: options.accountsConfig }))
    .route('/', profileRoutes)
    .route('/', referenceRoutes(smtp))
    .route('/', autoBackupRoutes(options.mode === 'personal' ? (options.autoBackups ?? null) : null))
    .route('/', materialRoutes)
    .route('/', clipperRoutes)
    .route('/', undoRoutes)
    .route('/', calendarFileRoutes)
    .route('/', coachShareRoutes(options.mode))
    .route('/', coachRoutes(options.mode))
    .route('/', mailRoutes)
    .route('/', mailSyncRoutes)
    .route('/', jobRoutes)
    .route('/', quickAddRoutes);
}

/** The whole HTTP app: API under /api, the web app everywhere else. */
export function createApp(options: AppOptions) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  const trustProxy = options.trustProxy ?? process.env.SECONDROUND_TRUST_PROXY === '1';
  if (options.logger) app.use('*', requestLog(options.logger, trustProxy));
  const accountsConfig: AccountsConfig = { ...(options.mode === 'hosted' ? accountsConfigFromEnv() : { signup: 'open', idleDays: 7, publicUrl: null, mailer: null, now: () => new Date() }), ...options.accounts };
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"], scriptSrc: ["'self'"], connectSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"] },
      xFrameOptions: 'DENY',
      // Sent only over TLS (below): over plain HTTP it is ignored at best and wrong at worst.
      strictTransportSecurity: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (isTls(c, trustProxy)) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  });
  app.use('*', clipperGuard(options.store));
  if (options.allowedHosts) app.use('*', hostCheck(options.allowedHosts, isPairedClipper));
  if (options.mode === 'hosted') app.use('/api/*', sameOriginWrites(trustProxy, isPairedClipper));
  const jobs = options.jobs ?? inProcessUploadJobs(options.store, options.logger);
  app.use('/api/*', async (c, next) => {
    c.set('store', options.store);
    c.set('jobs', jobs);
    await next();
  });
  app.use('/api/*', resolveOwner(options.mode, { trustProxy, idleDays: accountsConfig.idleDays }));
  const backups = options.mode === 'personal' ? options.autoBackups : undefined;
  if (backups) {
    app.use('/api/*', async (_c, next) => {
      backups.noteUse();
      await next();
    });
  }
  const api = apiRoutes({ ...options, trustProxy, accountsConfig });
  app.route('/api', api);
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'secondround API', version: options.version } });
  app.all('/api/*', (c) => c.json(errorBody('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), 404));
  if (options.webDist) serveWeb(app, options.webDist);
  return app;
}

export type ApiType = ReturnType<typeof apiRoutes>;
