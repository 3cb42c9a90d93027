import { describe, expect, it } from "vitest";
import { failureState, translateFieldErrors } from "@/app/(app)/desa/form-state";

const values = { name: "Siti", version: "1" };

describe("failureState", () => {
  it("translates field errors, one per field, in the user's language", () => {
    expect(translateFieldErrors("id", { nik: "nik.length", "topics.0": "topics.required" })).toEqual({
      nik: "NIK harus 16 angka.",
      topics: "Pilih minimal satu materi.",
    });
    const state = failureState("en", { ok: false, reason: "invalid", fieldErrors: { birthDate: "birthDate.future" } }, values);
    expect(state).toMatchObject({ status: "error", values, fieldErrors: { birthDate: "The date of birth cannot be in the future." } });
  });

  it("names only the office to contact for a NIK of another village", () => {
    const state = failureState(
      "id",
      { ok: false, reason: "duplicate", where: "other-village", office: { name: "Kantor Imigrasi Kelas II TPI Batulicin", phone: "0518-70000" } },
      values,
    );
    expect(state.message).toBe(
      "NIK ini sudah terdaftar di desa lain. Hubungi Kantor Imigrasi Kelas II TPI Batulicin (0518-70000) untuk memastikannya.",
    );
    expect(state.fieldErrors.nik).toBe(state.message);
  });

  it("shows who changed what in a conflict and carries the current version", () => {
    const state = failureState(
      "id",
      {
        ok: false,
        reason: "conflict",
        conflict: {
          currentVersion: 3,
          changes: [
            { field: "name", from: "Siti", to: "Siti Aminah" },
            { field: "plannedVisa", from: "WORK", to: "TOURIST" },
            { field: "nikHash", from: "[redacted]", to: "[redacted]" },
          ],
          changedBy: ["Sekdes Gendang Timburu"],
          changedAt: new Date("2026-11-28T02:00:00Z"),
        },
      },
      values,
    );
    expect(state.message).toContain("Sekdes Gendang Timburu");
    expect(state.message).toContain("Nama lengkap (sesuai e-KTP): Siti → Siti Aminah");
    expect(state.message).toContain("Visa yang akan dipakai: Visa kerja → Visa wisata");
    expect(state.message).toContain("NIK (16 angka, sesuai e-KTP): (diubah) → (diubah)");
    expect(state.values).toEqual({ ...values, version: "3" });
  });
});
