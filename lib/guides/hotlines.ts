// The national hotlines every guide, the checklist result and the poster give (domain.md, "Passport facts").
// National numbers, the same for every office; the labels are in the public catalog (hotline_<key>).

export const HOTLINES = [
  { key: "KP2MI", number: "0800-1000", tel: "08001000" },
  { key: "KP2MI_ABROAD", number: "+62 21 2924 4800", tel: "+622129244800" },
  { key: "SAPA", number: "129", tel: "129" },
  { key: "POLICE", number: "110", tel: "110" },
] as const;

export type HotlineKey = (typeof HOTLINES)[number]["key"];
