import { hc, type ClientResponse } from 'hono/client';
import type { ApiType } from '@secondround/server';

/** The typed API client: route shapes come from the server's route definitions, never copied. */
export const api = hc<ApiType>('/api');

export interface ApiErrorBody {
  error: { code: string; message: string };
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Unwrap a typed response: the JSON on success, an ApiError with the server's message otherwise. */
/** The body type of a response's success statuses. */
export type SuccessBody<R> = R extends ClientResponse<infer T, infer S, infer _F> ? (S extends 200 | 201 | 204 ? T : never) : never;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any: matches every ClientResponse the typed client returns
export async function unwrap<R extends ClientResponse<any, any, any> | Response>(res: R): Promise<R extends ClientResponse<any, any, any> ? SuccessBody<R> : unknown> {
  if (res.ok) return (res.status === 204 ? undefined : await res.json()) as never;
  let body: Partial<ApiErrorBody> = {};
  try {
    body = (await res.json()) as unknown as ApiErrorBody;
  } catch {
    /* not JSON: keep the status line */
  }
  throw new ApiError(res.status, body.error?.code ?? 'HTTP_' + res.status, body.error?.message ?? `request failed (${res.status})`);
}
