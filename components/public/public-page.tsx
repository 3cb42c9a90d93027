import type { ReactNode } from "react";
import type { PageHead } from "@/lib/public/seo";

/** What a public page function returns: its head, its body, and a status other than 200 when there is one. */
export type PublicPage = { head: PageHead; body: ReactNode; status?: number };

/** Thrown by a page function when what the address names does not exist (a guide, a village). */
export class PublicPageNotFound extends Error {
  constructor() {
    super("Public page not found");
  }
}

export function publicNotFound(): never {
  throw new PublicPageNotFound();
}
