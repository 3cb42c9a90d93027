import { getWorkspaceActor } from "@/lib/platform/auth/session";
import { AUDIT_EXPORT_HEADER, auditExportRows, parseAuditFilter } from "@/lib/platform/audit/queries";
import { toCsv } from "@/lib/exports/csv";
import { recordAudit } from "@/lib/platform/audit/log";

// CSV of the filtered audit log. Anyone who may not read the log gets the same 404 as a missing page.
export async function GET(request: Request) {
  const actor = await getWorkspaceActor("admin", "audit:read");
  if (!actor) return new Response("Not found", { status: 404 });
  const filter = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await auditExportRows(actor, filter);
  // Taking a copy of the trail is itself recorded.
  await recordAudit({ actor, action: "audit.export", entity: "AuditLog", changes: { filter, rows: rows.length } });
  const csv = toCsv(AUDIT_EXPORT_HEADER, rows);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="log-audit-${stamp}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
