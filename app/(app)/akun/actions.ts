"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  changeOwnPassword,
  confirmTotpEnrolment,
  disableOwnTwoFactor,
  regenerateRecoveryCodes,
  startTotpEnrolment,
} from "@/lib/accounts/commands";
import { signIn } from "@/lib/platform/auth/config";
import { getSessionState } from "@/lib/platform/auth/session";
import { mintTicket } from "@/lib/platform/auth/tickets";
import { runFormAction } from "@/lib/platform/form-action";
import type { FormState } from "@/lib/platform/forms";
import type { CodesState } from "@/components/auth/codes-form";

// The own account. These actions serve any signed-in user, also one who still owes 2FA enrolment.
const holder = { accountHolder: true };

export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    changeOwnPassword,
    async ({ sessionVersion }, actor) => {
      // The change ended every session, this one too: issue this device a fresh one.
      await signIn("credentials", { ticket: mintTicket(actor.id, sessionVersion, "session"), redirectTo: "/akun?sandi=baru" });
      return { message: { key: "account.passwordChanged" } };
    },
    holder,
  );
}

export async function startTotpEnrolmentAction() {
  const state = await getSessionState();
  if (!state) redirect("/masuk");
  // Already enrolled (a second tab, a double post) answers as a repeat: the page shows the current state.
  await startTotpEnrolment(state.actor, {});
  revalidatePath("/akun/keamanan");
}

const codes = ({ recoveryCodes }: { recoveryCodes: string[] }) => ({ state: { status: "codes" as const, codes: recoveryCodes } });

export async function confirmTotpEnrolmentAction(_previous: CodesState, formData: FormData): Promise<CodesState> {
  return runFormAction(formData, confirmTotpEnrolment, codes, holder);
}

export async function regenerateRecoveryCodesAction(_previous: CodesState, formData: FormData): Promise<CodesState> {
  return runFormAction(formData, regenerateRecoveryCodes, codes, holder);
}

export async function disableOwnTwoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, disableOwnTwoFactor, () => ({ revalidate: ["/akun/keamanan"], message: { key: "account.twoFactorDisabled" } }), holder);
}
