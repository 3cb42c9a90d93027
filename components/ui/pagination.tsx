import Link from "next/link";

/** Server-side paging: links keep the current filters in the query string. */
export function Pagination({
  page,
  pages,
  hrefFor,
  labels,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  labels: { previous: string; next: string; pageOf: string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.pageOf} className="flex items-center justify-between gap-4 py-4 text-sm">
      {page > 1 ? (
        <Link className="rounded-md px-3 py-2 font-semibold text-brand-700 underline" href={hrefFor(page - 1)} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pages ? (
        <Link className="rounded-md px-3 py-2 font-semibold text-brand-700 underline" href={hrefFor(page + 1)} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
