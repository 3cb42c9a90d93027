import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/platform/errors";

/** For pages: a domain read whose "not found" (absent or out of scope, already audited) renders the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
}
