import type { GuideSource } from "../schema";
import { bekerjaKeLuarNegeri } from "./bekerja-ke-luar-negeri";
import { biayaPaspor } from "./biaya-paspor";
import { dokumenPaspor } from "./dokumen-paspor";
import { hakDiLuarNegeri } from "./hak-di-luar-negeri";
import { mPaspor } from "./m-paspor";
import { pasLintasBatas } from "./pas-lintas-batas";
import { pasporHilangRusak } from "./paspor-hilang-rusak";
import { pasporPekerjaMigran } from "./paspor-pekerja-migran";
import { tandaPerdaganganOrang } from "./tanda-perdagangan-orang";
import { tanyaJawab } from "./tanya-jawab";

/** The guides the portal ships with, in both languages. Figures come from the database through tokens. */
export const GUIDE_SOURCES: GuideSource[] = [
  mPaspor,
  dokumenPaspor,
  pasporHilangRusak,
  biayaPaspor,
  pasLintasBatas,
  pasporPekerjaMigran,
  bekerjaKeLuarNegeri,
  tandaPerdaganganOrang,
  hakDiLuarNegeri,
  tanyaJawab,
];
