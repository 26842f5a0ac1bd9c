/** Tables of issue 13 (accounts): failed sign-in counters and password-reset tokens. */
export interface AccountTables {
  authFailures: AuthFailuresTable;
  passwordResets: PasswordResetsTable;
  usageLeases: UsageLeasesTable;
}

/** One failed sign-in; `key` is `account:<email>` or `address:<client address>`. */
export interface AuthFailuresTable {
  id: string;
  key: string;
  at: string;
}

/** A one-time password-reset token; `id` is the SHA-256 of the token, never the token. */
export interface PasswordResetsTable {
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/**
 * One unit of a person's allowance in use: an upload (held for an hour) or a running scan (held
 * until it ends, or its lease runs out if the process died). `kind` is `upload` or `scan`.
 */
export interface UsageLeasesTable {
  id: string;
  ownerId: string;
  kind: string;
  at: string;
  expiresAt: string;
}
