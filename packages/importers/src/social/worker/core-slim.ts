/*
 * What the scan worker needs of @secondround/core, and nothing more: its bundle (see workerCode
 * in scan-in-worker.ts) resolves `@secondround/core` to this file, so the worker does not load the
 * whole domain (schemas, NLP models, demo data), ~30 MB of memory for nothing. The main thread
 * keeps importing the package; the worker's errors cross back as plain data.
 */
export { UserError, isUserError } from '../../../../core/src/errors';
export { scanItems } from '../../../../core/src/social/report';
