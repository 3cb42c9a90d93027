// Expected failures cross layers as codes, never as raw exception text. The UI translates the code.

export type ErrorCode = "NOT_FOUND" | "CONFLICT" | "INVALID_INPUT" | "DUPLICATE" | "RATE_LIMITED" | "UNAVAILABLE";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

/** Out of scope and absent look the same to the caller: both are "not found". */
export class NotFoundError extends AppError {
  constructor(entity = "record") {
    super("NOT_FOUND", `${entity} not found`);
  }
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
