import "server-only";
import type pg from "pg";
import { decryptField } from "@/lib/platform/crypto/fields";
import { normalisePhone } from "./phone";
import { sealPhone } from "./seal";

// Data migration (decision 013): before lib/identity, a privacy correction stored phones as "08…" beside the
// "+628…" of registration. This step decrypts each such phone, normalises it, and writes it sealed again. It
// needs the encryption keys, so it runs in TypeScript from prepareDatabase and `npm run db:migrate`, after the
// SQL migrations. Idempotent and cheap on every start: the mask tells the old form apart (new masks start
// "+62"), so only rows still in the old form are read (a number that is no mobile number is left alone), and each is updated only if unchanged since.

export async function renormaliseStoredPhones(pool: pg.Pool | pg.PoolClient, batchSize = 500): Promise<number> {
  let changed = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = await pool.query<{ id: string; phoneEncrypted: string; phoneMasked: string | null }>(
      `SELECT id::text AS id, "phoneEncrypted", "phoneMasked" FROM "Candidate"
        WHERE id > $1::uuid AND "phoneEncrypted" IS NOT NULL
          AND ("phoneMasked" IS NULL OR "phoneMasked" NOT LIKE '+62%')
        ORDER BY id LIMIT $2`,
      [after, batchSize],
    );
    if (!rows.length) return changed;
    for (const row of rows) {
      // A number that is no mobile number at all stays as it was (a person corrects it through a request).
      const phone = normalisePhone(decryptField(row.phoneEncrypted));
      if (!phone) continue;
      const sealed = sealPhone(phone);
      // Raw SQL keeps updatedAt (the retention clock) and the version (no edit form goes stale).
      const { rowCount } = await pool.query(
        `UPDATE "Candidate" SET "phoneEncrypted" = $2, "phoneMasked" = $3 WHERE id = $1::uuid AND "phoneEncrypted" = $4`,
        [row.id, sealed.phoneEncrypted, sealed.phoneMasked, row.phoneEncrypted],
      );
      changed += rowCount ?? 0;
    }
    after = rows[rows.length - 1].id;
  }
}
