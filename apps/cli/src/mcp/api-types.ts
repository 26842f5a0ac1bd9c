/** What the API answered: the status and the parsed JSON body (null for 204). */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** One call of the HTTP API, in process. */
export type ApiCall = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<ApiAnswer>;

/** The API's `{ error: { code, message } }` as one line, or a generic line for anything else. */
export function describeApiError(answer: ApiAnswer): string {
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') return `${error.code}: ${error.message}`;
  return `the request failed with status ${answer.status}`;
}
