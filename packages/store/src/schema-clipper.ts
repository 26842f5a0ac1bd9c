/** Pairing tokens of the browser clipper: only the SHA-256 of a token is stored. */
export interface ClipperTokensTable {
  id: string;
  ownerId: string;
  name: string;
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ClipperTables {
  clipperTokens: ClipperTokensTable;
}
