"use client";

import { ErrorNotice, errorDigest } from "@/components/errors/error-notice";

export default function WorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice digest={errorDigest(error)} retry={retry} homeHref="/masuk" />;
}
