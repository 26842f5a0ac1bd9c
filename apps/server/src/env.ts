import type { Logger } from 'pino';
import type { Store } from '@secondround/store';
import type { Jobs } from './services/jobs/jobs';

/** `personal`: one implicit owner, loopback only. `hosted`: accounts and sessions. */
export type Mode = 'personal' | 'hosted';

export interface AppEnv {
  Variables: {
    ownerId: string;
    store: Store;
    /** Set by the request log, when the server has one. */
    requestId?: string;
    log?: Logger;
    /** Set by the clipper guard for a request carrying a live pairing token. */
    clipperOwnerId?: string;
    /** The background job queue (uploads' jobs in this process when the app was made without one). */
    jobs: Jobs;
  };
}
