import { randomUUID } from "node:crypto";

// Valid inputs for the administrators' commands; tests override what they exercise.

const unique = () => randomUUID().slice(0, 8);

export function officeInput(overrides: Record<string, unknown> = {}) {
  const suffix = unique();
  return {
    slug: `kanim-batulicin-${suffix}`,
    name: `Kantor Imigrasi Kelas II TPI Batulicin ${suffix}`,
    officeClass: "KELAS_II_TPI",
    address: "Jl. Raya Batulicin No. 1, Tanah Bumbu",
    phone: "0518-70000",
    email: `kanim-${suffix}@imigrasi.go.id`,
    website: "",
    regionalProvinceCode: "63",
    timeZone: "Asia/Makassar",
    requiresDisnakerRecommendation: "on",
    regencyCodes: [] as string[],
    confirmMoves: [] as string[],
    ...overrides,
  };
}

export function guideInput(overrides: Record<string, unknown> = {}) {
  return {
    slug: `cara-membuat-paspor-${unique()}`,
    locale: "id",
    title: "Cara membuat paspor lewat M-Paspor",
    summary: "Langkah demi langkah mengajukan paspor secara resmi.",
    body: "## Langkah\n\n1. Daftar dengan e-mail dan OTP.\n2. Pilih kantor imigrasi.",
    category: "PASSPORT",
    sortOrder: "1",
    ...overrides,
  };
}
