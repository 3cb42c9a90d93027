"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { secureCookies } from "@/lib/platform/env";
import { isLocale } from "@/lib/platform/i18n/locale";
import { LOCALE_COOKIE } from "@/lib/platform/i18n/server";

// The language switch of the signed-in workspaces and the sign-in pages (a server action the components import).

export async function setLanguageAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", secure: secureCookies(), maxAge: 365 * 24 * 3600 });
  revalidatePath("/", "layout");
}
