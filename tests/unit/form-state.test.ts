import { describe, expect, it } from "vitest";
import { conflict, fieldError, invalid, notFound } from "@/lib/platform/command";
import { failureFormState, messageText, unavailableFormState } from "@/lib/platform/form-state";

// The one translator of command failures into form state (lib/platform/form-state.ts).

const values = { name: "Siti", version: "1", password: "rahasia-sekali" };
const wita = { locale: "id" as const, timeZone: "Asia/Makassar" };
const en = { locale: "en" as const, timeZone: "Asia/Jakarta" };

describe("failureFormState", () => {
  it("translates field errors, one per field, in the reader's language, keeping the values but never a password", () => {
    const state = failureFormState(wita, invalid({ nik: { key: "identity.nik.length" }, topics: { key: "candidate.topics.required" } }), values);
    expect(state).toEqual({
      status: "error",
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: { nik: "NIK harus 16 angka.", topics: "Pilih minimal satu materi." },
      values: { name: "Siti", version: "1" },
    });
    expect(failureFormState(en, fieldError("birthDate", "candidate.birthDate.future"), values).fieldErrors).toEqual({
      birthDate: "The date of birth cannot be in the future.",
    });
  });

  it("says not found as the common text", () => {
    expect(failureFormState(en, notFound, values).message).toBe(messageText(en, { key: "common.notFoundBody" }));
  });

  it("puts a conflict on its field, with its lines, and replaces the kept values", () => {
    const state = failureFormState(
      wita,
      conflict("candidate.conflict.title", {
        params: { who: "Sekdes Gendang Timburu", at: new Date("2026-11-28T02:00:00Z") },
        lines: [
          { key: "candidate.conflict.line", params: { field: { key: "candidate.field.name" }, from: "Siti", to: "Siti Aminah" } },
          {
            key: "candidate.conflict.line",
            params: { field: { key: "candidate.field.plannedVisa" }, from: { key: "candidate.plannedVisa.WORK" }, to: { key: "candidate.plannedVisa.TOURIST" } },
          },
          { key: "candidate.conflict.line", params: { field: { key: "candidate.field.nik" }, from: { key: "candidate.conflict.redacted" }, to: { key: "candidate.conflict.redacted" } } },
        ],
        keep: { version: "3" },
      }),
      values,
    );
    // 02:00 UTC is 10:00 in the village's zone (WITA), not 09:00 WIB.
    expect(state.message).toContain("Sekdes Gendang Timburu");
    expect(state.message).toMatch(/10[.:]00/);
    expect(state.message).toContain("Nama lengkap (sesuai e-KTP): Siti → Siti Aminah");
    expect(state.message).toContain("Visa yang akan dipakai: Visa kerja → Visa wisata");
    expect(state.message).toContain("NIK (16 angka, sesuai e-KTP): (diubah) → (diubah)");
    expect(state.values).toEqual({ name: "Siti", version: "3" });

    const onField = failureFormState(en, conflict("candidate.duplicate.elsewhere", { field: "nik" }), values);
    expect(onField.fieldErrors.nik).toBe(onField.message);
    expect(onField.message).toBe(
      "This NIK is already registered elsewhere. The immigration office will reconcile it; this record was not saved.",
    );
  });

  it("answers an outage with the common text and the typed values", () => {
    expect(unavailableFormState("en", values)).toMatchObject({ status: "error", values: { name: "Siti", version: "1" } });
  });
});
