// Reads answer an absent or out-of-scope record by throwing "not found" (pages turn it into the 404 page);
// writes answer it as a value (lib/platform/command.ts). Expected failures of writes are values, never errors.

export type ErrorCode = "NOT_FOUND";

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
