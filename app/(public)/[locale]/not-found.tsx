import Link from "next/link";
import { publicMessages } from "@/lib/i18n/messages/public";

// Not-found pages receive no route parameters, so this one speaks both languages.
export default function PublicNotFound() {
  const id = publicMessages("id");
  const en = publicMessages("en");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-800">{id.notFoundTitle}</h1>
      <p className="mt-2">{id.notFoundBody}</p>
      <p className="mt-2">
        <Link href="/id" className="text-brand-700 underline">
          {id.notFoundHome}
        </Link>
      </p>
      <div lang="en" className="mt-8 border-t border-slate-300 pt-6">
        <h2 className="text-xl font-bold text-brand-800">{en.notFoundTitle}</h2>
        <p className="mt-2">{en.notFoundBody}</p>
        <p className="mt-2">
          <Link href="/en" className="text-brand-700 underline">
            {en.notFoundHome}
          </Link>
        </p>
      </div>
    </main>
  );
}
