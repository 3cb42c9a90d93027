import "server-only";
import { revalidatePath } from "next/cache";

// Public pages are statically generated and revalidated on a timer; call these after a change so the public
// sees it at once. Call them from a server action or route handler (not during render).

/** After a guide is created, edited, published or unpublished, or a fee or moratorium country changes. */
export function revalidatePublicGuides() {
  revalidatePath("/(public)/[locale]", "layout");
}

/** After a designation, office contact, PIMPASA assignment or public event changes. */
export function revalidatePublicDirectory() {
  revalidatePath("/(public)/[locale]", "layout");
}
