/** Tables of issue 13 (accounts): failed sign-in counters and password-reset tokens. */
export interface AccountTables {
  authFailures: AuthFailuresTable;
  passwordResets: PasswordResetsTable;
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
