// Server-rendered horizontal bar charts with the same numbers in a table beside them: readable at a glance,
// nothing to download, and a screen reader reads the table (the SVG is hidden from it).

export type Bar = { label: string; values: number[] };

const COLORS = ["#0b4f9c", "#c8961e"];

export function BarChart({
  title,
  series,
  bars,
  labelHeader,
  formatNumber,
}: {
  title: string;
  series: string[];
  bars: Bar[];
  labelHeader: string;
  formatNumber: (n: number) => string;
}) {
  const max = Math.max(1, ...bars.flatMap((b) => b.values));
  const rowHeight = 12 * series.length + 10;
  const labelWidth = 150;
  const width = 480;
  const plot = width - labelWidth - 50;
  const height = Math.max(rowHeight, bars.length * rowHeight) + 4;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`chart-${title}`}>
      <h2 id={`chart-${title}`} className="mb-3 font-semibold">
        {title}
      </h2>
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div>
          {series.length > 1 ? (
            <p className="mb-2 flex gap-4 text-xs" aria-hidden="true">
              {series.map((s, i) => (
                <span key={s} className="inline-flex items-center gap-1">
                  <span className="inline-block h-3 w-3" style={{ background: COLORS[i] }} />
                  {s}
                </span>
              ))}
            </p>
          ) : null}
          <svg viewBox={`0 0 ${width} ${height}`} className="w-full" aria-hidden="true" role="presentation">
            {bars.map((bar, row) => (
              <g key={bar.label} transform={`translate(0 ${row * rowHeight + 2})`}>
                <text x={labelWidth - 6} y={rowHeight / 2} textAnchor="end" dominantBaseline="middle" fontSize="11" fill="#1e293b">
                  {bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label}
                </text>
                {bar.values.map((value, i) => (
                  <g key={i} transform={`translate(${labelWidth} ${i * 12 + 4})`}>
                    <rect width={Math.max(value > 0 ? 2 : 0, (value / max) * plot)} height="10" fill={COLORS[i]} rx="1" />
                    <text x={(value / max) * plot + 4} y="9" fontSize="10" fill="#334155">
                      {formatNumber(value)}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </svg>
        </div>
        <table className="w-full self-start text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-2">
                {labelHeader}
              </th>
              {series.map((s) => (
                <th key={s} scope="col" className="py-1 text-right">
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {bar.label}
                </th>
                {bar.values.map((v, i) => (
                  <td key={i} className="py-1 text-right tabular-nums">
                    {formatNumber(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
