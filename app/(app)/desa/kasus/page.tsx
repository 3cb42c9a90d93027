import { CaseList } from "@/components/journeys/case-list";
import { requireWorkspace } from "@/lib/platform/auth/session";
import { getRequestLocale } from "@/lib/platform/i18n/server";
import { listCases } from "@/lib/journeys/queries";
import { caseFiltersSchema } from "@/lib/journeys/schema";

export default async function VillageCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireWorkspace("desa");
  const locale = await getRequestLocale();
  const filters = caseFiltersSchema.parse(await searchParams);
  return <CaseList locale={locale} list={await listCases(actor, filters)} filters={filters} path="/desa/kasus" />;
}
