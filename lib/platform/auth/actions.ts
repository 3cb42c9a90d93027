"use server";

import { signOut } from "@/lib/platform/auth/config";

// Signing out from the workspace shell (a server action the components import).

export async function signOutAction() {
  await signOut({ redirectTo: "/masuk" });
}
