import Link from "next/link";

/**
 * Server-side paging: links keep the current filters in the query string. `link="a"` writes plain anchors,
 * for the public pages that ship no client router.
 */
export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
  link = "next",
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; pageOf: string };
  link?: "next" | "a";
}) {
  if (pages <= 1) return null;
  const Anchor = link === "a" ? "a" : Link;
  return (
    <nav aria-label={labels.pageOf} className="flex items-center justify-between gap-4 py-4 text-sm">
      {page > 1 ? (
        <Anchor className="rounded-md px-3 py-2 font-semibold text-brand-700 underline" href={hrefFor(page - 1)} rel="prev">
          {labels.previous}
        </Anchor>
      ) : (
        <span />
      )}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pages ? (
        <Anchor className="rounded-md px-3 py-2 font-semibold text-brand-700 underline" href={hrefFor(page + 1)} rel="next">
          {labels.next}
        </Anchor>
      ) : (
        <span />
      )}
    </nav>
  );
}
