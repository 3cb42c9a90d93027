import "server-only";
import { db } from "@/lib/platform/db/client";
import { getRetentionPolicy } from "./retention";

/** What the public privacy notice needs from the database: the controllers' contacts and the periods in force. */
export async function getPrivacyNoticeData() {
  const [retention, offices] = await Promise.all([
    getRetentionPolicy(),
    db.immigrationOffice.findMany({
      where: { regencies: { some: {} } },
      select: { name: true, address: true, phone: true, email: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { retention, offices };
}
