import "server-only";
import { revalidatePath } from "next/cache";

// The one place the editor asks Next to rebuild public guide pages, so a published edit shows at once
// without a new build.
export function revalidatePublicGuides() {
  revalidatePath("/[locale]/panduan", "layout");
  revalidatePath("/[locale]", "page");
}
