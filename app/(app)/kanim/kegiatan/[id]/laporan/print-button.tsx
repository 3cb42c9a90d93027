"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="no-print min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white">
      {label}
    </button>
  );
}
