import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { GUIDE_SOURCES } from "@/lib/guides/content";
import { getGuideData, getPublishedGuide, listPublishedGuides } from "@/lib/guides/queries";
import { renderGuideBody } from "@/lib/guides/markdown";
import { seedGuides } from "@/lib/guides/seed";
import { seedMoratorium, seedPassportFees } from "../support/factories/public";

describe("public guides", () => {
  it("reads nothing, without failing, from a database with only its migrations", async () => {
    expect(await listPublishedGuides("id")).toEqual([]);
    expect(await getPublishedGuide("m-paspor", "id")).toBeNull();
    // The migration of the lost and damaged passport rules brings their fines; nothing else is there yet.
    expect(await getGuideData()).toEqual({
      fees: [
        { code: "LOST_FINE", labelId: "Denda paspor hilang", labelEn: "Fine for a lost passport", amount: 1_000_000 },
        { code: "DAMAGED_FINE", labelId: "Denda paspor rusak", labelEn: "Fine for a damaged passport", amount: 500_000 },
      ],
      moratorium: [],
    });
  });

  it("seeds every guide in both languages, published, and is idempotent", async () => {
    const written = await seedGuides(db);
    expect(written).toBe(GUIDE_SOURCES.length * 2);
    await db.guide.update({ where: { slug_locale: { slug: "m-paspor", locale: "id" } }, data: { title: "diubah" } });
    await seedGuides(db);
    expect(await db.guide.count()).toBe(GUIDE_SOURCES.length * 2);
    expect((await getPublishedGuide("m-paspor", "id"))!.title).toMatch(/M-Paspor/);
    expect((await listPublishedGuides("en")).map((g) => g.slug)).toEqual(GUIDE_SOURCES.map((s) => s.slug));
  });

  it("gives every shipped guide its sources and the day it was checked", async () => {
    await seedGuides(db);
    for (const source of GUIDE_SOURCES) {
      expect(source.sources.length).toBeGreaterThan(0);
      const guide = (await getPublishedGuide(source.slug, "en"))!;
      expect(guide.sources.split("\n")).toEqual(source.sources);
      expect(guide.checkedOn?.toISOString().slice(0, 10)).toBe(source.checkedOn);
    }
  });

  it("on start, brings corrected shipped text to guides nobody edited and leaves edited ones alone", async () => {
    await seedGuides(db);
    const key = (slug: string) => ({ slug_locale: { slug, locale: "id" as const } });
    await db.guide.update({ where: key("biaya-paspor"), data: { body: "Teks lama dari rilis sebelumnya." } });
    await db.guide.update({ where: key("tanya-jawab"), data: { body: "Teks suntingan administrator.", updatedById: crypto.randomUUID() } });
    await seedGuides(db, { onlyMissing: true });
    expect((await db.guide.findUniqueOrThrow({ where: key("biaya-paspor") })).body).toContain("17 Desember 2024");
    expect((await db.guide.findUniqueOrThrow({ where: key("tanya-jawab") })).body).toBe("Teks suntingan administrator.");
  });

  it("never returns an unpublished guide", async () => {
    await db.guide.create({
      data: { slug: "draf", locale: "id", title: "Draf", summary: "Belum terbit", body: "Isi draf", category: "FAQ" },
    });
    expect(await getPublishedGuide("draf", "id")).toBeNull();
    expect((await listPublishedGuides("id")).map((g) => g.slug)).not.toContain("draf");
  });

  it("renders the fee table and moratorium list from the database", async () => {
    await seedPassportFees();
    await seedMoratorium(["SA", "KW"]);
    const data = await getGuideData();
    expect(data.fees.map((f) => f.code)).toEqual([
      "ORDINARY_5Y",
      "ORDINARY_10Y",
      "E_PASSPORT_5Y",
      "E_PASSPORT_10Y",
      "SAME_DAY_SURCHARGE",
      "PMI_FIRST_ORDINARY",
      "LOST_FINE",
      "DAMAGED_FINE",
    ]);
    const fees = (await getPublishedGuide("biaya-paspor", "id"))!;
    const html = renderGuideBody(fees.body, "id", data);
    expect(html).toContain("<td>Paspor biasa (non-elektronik) 5 tahun</td>");
    expect(html).toContain("Rp\u00a0350.000");
    await db.passportFee.update({ where: { code: "ORDINARY_5Y" }, data: { amount: 400_000 } });
    expect(renderGuideBody(fees.body, "id", await getGuideData())).toContain("Rp\u00a0400.000");
    const work = (await getPublishedGuide("bekerja-ke-luar-negeri", "en"))!;
    expect(renderGuideBody(work.body, "en", data)).toContain("<li>Saudi Arabia</li>");
  });
});
