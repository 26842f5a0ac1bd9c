/**
 * An error a user can cause (bad file, bad value), carried as a value with a stable code.
 * Adapters show `message` as it is; a stack trace is only for bugs.
 */
export class UserError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: unknown;
  constructor(code: string, message: string, status = 422, details?: unknown) {
    super(message);
    this.name = 'UserError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/**
 * Whether a thrown value is a {@link UserError}.
 * @example isUserError(new UserError('BAD_DATE', 'bad date')) // true
 */
export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
