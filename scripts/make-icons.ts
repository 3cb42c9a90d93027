import { readFile, writeFile } from "node:fs/promises";
import { chromium } from "@playwright/test";

// Draws the portal's icons from public/icon.svg with Chromium (no image library needed): the PNGs of the web
// manifest and the Apple touch icon, and favicon.ico holding 16, 32 and 48 px PNGs. Re-run after editing the
// SVG: node_modules/.bin/tsx scripts/make-icons.ts

const SVG = "public/icon.svg";
const PNGS: [string, number][] = [["public/icon-192.png", 192], ["public/icon-512.png", 512], ["public/apple-touch-icon.png", 180]];
const FAVICON_SIZES = [16, 32, 48];

const svg = await readFile(SVG, "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();

async function png(size: number): Promise<Buffer> {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`);
  return page.screenshot({ type: "png", omitBackground: false });
}

for (const [file, size] of PNGS) await writeFile(file, await png(size));

// An ICO file: a 6-byte header, a 16-byte entry per image, then the images (PNG inside ICO since Windows Vista).
const images = [];
for (const size of FAVICON_SIZES) images.push({ size, data: await png(size) });
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach(({ size, data }, index) => {
  const entry = 6 + 16 * index;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4); // colour planes
  header.writeUInt16LE(32, entry + 6); // bits per pixel
  header.writeUInt32LE(data.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += data.length;
});
await writeFile("public/favicon.ico", Buffer.concat([header, ...images.map((image) => image.data)]));
await browser.close();
console.log(`icons: ${PNGS.map(([file]) => file).join(", ")}, public/favicon.ico (${FAVICON_SIZES.join(", ")} px)`);
