import { notFound } from "next/navigation";

// Any other path under /id or /en gets the public not-found page inside the public layout (right language tag).
export default function UnknownPublicPage() {
  notFound();
}
