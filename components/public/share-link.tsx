"use client";

import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Shares the current page (the phone's share sheet, e.g. WhatsApp) or copies its address. Shown only once
 * JavaScript runs; without it the page tells the reader to copy the address.
 */
export function ShareLink({ label, copiedLabel, title }: { label: string; copiedLabel: string; title: string }) {
  const ready = useSyncExternalStore(subscribe, () => true, () => false);
  const [copied, setCopied] = useState(false);
  if (!ready) return null;

  async function share() {
    const url = window.location.href;
    if (navigator.share) {
      await navigator.share({ title, url }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(url);
    setCopied(true);
  }

  return (
    <p className="no-print mt-3">
      <button
        type="button"
        onClick={share}
        className="inline-flex min-h-11 items-center rounded-md bg-white px-4 py-2 text-sm font-semibold text-brand-700 ring-1 ring-inset ring-brand-600 hover:bg-brand-50"
      >
        {label}
      </button>
      <span role="status" className="ml-3 text-sm text-slate-700">
        {copied ? copiedLabel : ""}
      </span>
    </p>
  );
}
