"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/platform/auth/config";
import { secureCookies } from "@/lib/platform/env";
import { isLocale } from "@/lib/platform/i18n/locale";
import { LOCALE_COOKIE } from "@/lib/platform/i18n/server";

export async function signOutAction() {
  await signOut({ redirectTo: "/masuk" });
}

export async function setLanguageAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", secure: secureCookies(), maxAge: 365 * 24 * 3600 });
  revalidatePath("/", "layout");
}
