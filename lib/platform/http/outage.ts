// Where a signed-in request goes when the database cannot be reached while its session is read: the friendly
// outage page (app/(app)/gangguan/route.ts), which links back to the page the user was on.

export const OUTAGE_PATH = "/gangguan";
/** Set by proxy.ts on every request it forwards, so server components know their own path. */
export const REQUEST_PATH_HEADER = "x-desa-path";

/** A same-site path to go back to; anything else (another host, a scheme, a control character) is /masuk. */
export function outageReturnPath(value: string | null): string {
  return value && /^\/(?![/\\])[^\s\u0000-\u001f]*$/.test(value) && value !== OUTAGE_PATH ? value : "/masuk";
}

export function outageHref(path: string | null): string {
  return `${OUTAGE_PATH}?kembali=${encodeURIComponent(outageReturnPath(path))}`;
}
