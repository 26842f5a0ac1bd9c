import type { Store } from '@secondround/store';

/** `personal`: one implicit owner, loopback only. `hosted`: accounts and sessions. */
export type Mode = 'personal' | 'hosted';

export interface AppEnv {
  Variables: {
    ownerId: string;
    store: Store;
  };
}
