import { describe, expect, it } from "vitest";
import { headTags } from "@/lib/public/seo";

describe("headTags", () => {
  it("points a printable copy's canonical, language alternates and og:url at the page it prints", () => {
    const tags = headTags({ locale: "en", path: "/panduan/m-paspor/cetak", copyOf: "/panduan/m-paspor", title: "M-Paspor", description: "d" }, "Site");
    expect(tags.canonical).toBe("http://localhost:3000/en/panduan/m-paspor");
    expect(tags.alternates.map((a) => a.href)).toEqual(["http://localhost:3000/id/panduan/m-paspor", "http://localhost:3000/en/panduan/m-paspor"]);
    expect(tags.openGraph.find((og) => og.property === "og:url")?.content).toBe("http://localhost:3000/en/panduan/m-paspor");
    expect(tags.noIndex).toBe(false);
  });

  it("makes any other page its own canonical", () => {
    expect(headTags({ locale: "id", path: "/kalender", title: "Kalender", description: "d" }, "Site").canonical).toBe("http://localhost:3000/id/kalender");
  });
});
