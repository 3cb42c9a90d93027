import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { createGuide, setGuidePublished, updateGuide } from "@/lib/guides/editing/commands";
import { getGuideForEditing, listGuidesForEditing } from "@/lib/guides/editing/queries";
import { renderGuidePreview } from "@/lib/guides/editing/preview";
import { saveFee } from "@/lib/reference-data/commands";
import { createActor, createOffice, pickVillage } from "../support/factories/base";
import { guideInput } from "../support/factories/admin";
import { fieldKeysOf, notFoundResult, valueOf } from "../support/results";

// The first query of a file opens the pool and loads the client; on a busy machine that alone can exceed the
// default per-test timeout, so it happens here with a generous one.
beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
}, 60_000);

describe("guide editing", { timeout: 30_000 }, () => {
  it("creates a draft, edits it, publishes it and audits each step", async () => {
    const admin = await createActor("ADMIN");
    const input = guideInput();
    const guide = valueOf(await createGuide(admin, input));
    expect(guide.published).toBe(false);
    expect(guide.updatedById).toBe(admin.id);

    const draftEdit = valueOf(await updateGuide(admin, guide.id, { ...input, title: "Cara resmi membuat paspor" }));
    expect(draftEdit.publicChanged).toBe(false);

    const published = valueOf(await setGuidePublished(admin, guide.id, { published: true }));
    expect(published.publicChanged).toBe(true);
    const liveEdit = valueOf(await updateGuide(admin, guide.id, { ...input, title: "Cara resmi membuat paspor", body: `${input.body}\n3. Bayar kode billing.` }));
    expect(liveEdit.publicChanged).toBe(true);
    expect(liveEdit.guide.body).toContain("kode billing");

    const audit = await db.auditLog.findMany({ where: { entity: "Guide", entityId: guide.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["guide.create", "guide.update", "guide.publish", "guide.update"]);
    expect(audit[1].changes).toEqual({ title: { from: input.title, to: "Cara resmi membuat paspor" } });
    expect(Object.keys(audit[3].changes as object)).toEqual(["body"]);
    expect((await listGuidesForEditing(admin)).find((g) => g.id === guide.id)?.published).toBe(true);
  });

  it("links the translation of the same slug", async () => {
    const admin = await createActor("ADMIN");
    const id = valueOf(await createGuide(admin, guideInput({ slug: "pekerja-migran-aman" })));
    const en = valueOf(await createGuide(admin, guideInput({ slug: "pekerja-migran-aman", locale: "en", title: "Working abroad safely" })));
    expect((await getGuideForEditing(admin, id.id)).translation).toEqual({ id: en.id, locale: "en", title: "Working abroad safely" });
  });

  it("rejects bad input per field and leaves the guide unchanged", async () => {
    const admin = await createActor("ADMIN");
    const input = guideInput();
    const guide = valueOf(await createGuide(admin, input));
    const auditBefore = await db.auditLog.count();
    const error = await updateGuide(admin, guide.id, {
      ...input,
      slug: "Judul Dengan Spasi",
      locale: "fr",
      title: "",
      body: "x".repeat(50_001),
      category: "NEWS",
      sortOrder: "-1",
    });
    expect(error).toMatchObject({ ok: false, reason: "invalid" });
    expect(fieldKeysOf(error)).toEqual({
      slug: "guide.slugInvalid",
      locale: "guide.locale",
      title: "guide.titleRequired",
      body: "guide.bodyTooLong",
      category: "guide.category",
      sortOrder: "guide.sortOrder",
    });
    const other = valueOf(await createGuide(admin, guideInput()));
    const duplicate = await updateGuide(admin, other.id, { ...input, slug: guide.slug });
    expect(fieldKeysOf(duplicate)).toEqual({ slug: "guide.slugTaken" });
    expect(await db.guide.findUnique({ where: { id: guide.id } })).toMatchObject({ title: input.title, slug: guide.slug });
    expect(await db.auditLog.count()).toBe(auditBefore + 1);
  });

  it("previews Markdown without passing raw HTML or script links through", async () => {
    const admin = await createActor("ADMIN");
    valueOf(await saveFee(admin, { code: "PREVIEW_FEE", labelId: "Biaya uji", labelEn: "Test fee", amount: "123456", sortOrder: "0" }));
    const html = valueOf(
      await renderGuidePreview(admin, {
        locale: "id",
        body: "# Judul\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(1)) {{fee:PREVIEW_FEE}}\n\n| x | y |\n|---|---|\n| 1 | 2 |",
      }),
    );
    expect(html).toContain("<h1>Judul</h1>");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("javascript:");
    expect(html).toContain("<table>");
    expect(html).toMatch(/Rp\s?123\.456/);
  });

  it("looks absent to every role but the administrator", async () => {
    const admin = await createActor("ADMIN");
    const guide = valueOf(await createGuide(admin, guideInput()));
    const office = await createOffice(["63.09"]);
    const staff = await createActor("OFFICE_STAFF", { officeId: office.id });
    const official = await createActor("VILLAGE_OFFICIAL", { villageCode: await pickVillage("63.09") });
    for (const actor of [staff, official]) {
      expect(await createGuide(actor, guideInput())).toEqual(notFoundResult);
      expect(await updateGuide(actor, guide.id, guideInput())).toEqual(notFoundResult);
      expect(await setGuidePublished(actor, guide.id, { published: true })).toEqual(notFoundResult);
      await expect(listGuidesForEditing(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(getGuideForEditing(actor, guide.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(renderGuidePreview(actor, { body: "x", locale: "id" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await db.guide.findUnique({ where: { id: guide.id } }))?.published).toBe(false);
    expect(await setGuidePublished(admin, "00000000-0000-0000-0000-000000000000", { published: true })).toEqual(notFoundResult);
  });
});
