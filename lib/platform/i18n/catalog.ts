import type { Locale } from "./locale";
import { commonMessages } from "./messages/common";
import { villageMessages } from "./messages/village";
import { kanimErrors, kanimMessages } from "./messages/kanim";
import { adminMessages } from "./messages/admin";
import { accountMessages } from "./messages/accounts";
import { authMessages } from "./messages/auth";
import { privacyMessages } from "./messages/privacy";
import { identityMessages } from "./messages/identity";
import { journeyMessages } from "./messages/journey";

// Message keys that commands and schemas answer with (lib/platform/command.ts) are namespaced by their domain:
// "candidate.nik.duplicate", "identity.nik.length", "event.title.required". The namespace names the catalog
// the rest of the key is read from, and the prefixes tried in it (most specific first). A key that is in no
// catalog shows as itself (and the catalog test fails).

type Catalog = (locale: Locale) => Record<string, string>;

/** The office workspace's texts and its validation messages. */
const office: Catalog = (locale) => ({ ...kanimMessages(locale), ...kanimErrors(locale) });

const NAMESPACES: Record<string, { catalog: Catalog; prefixes: string[] }> = {
  identity: { catalog: identityMessages, prefixes: [""] },
  candidate: { catalog: villageMessages, prefixes: ["error.", ""] },
  visit: { catalog: villageMessages, prefixes: ["error.", "visits."] },
  privacy: { catalog: privacyMessages, prefixes: [""] },
  account: { catalog: (locale) => ({ ...authMessages(locale), ...accountMessages(locale) }), prefixes: [""] },
  officer: { catalog: office, prefixes: [""] },
  designation: { catalog: office, prefixes: [""] },
  event: { catalog: office, prefixes: [""] },
  candidateNote: { catalog: kanimErrors, prefixes: [""] },
  office: { catalog: adminMessages, prefixes: ["v.office.", "v.", ""] },
  guide: { catalog: adminMessages, prefixes: ["v.guide.", "v.", ""] },
  reference: { catalog: adminMessages, prefixes: ["v.", ""] },
  journey: { catalog: journeyMessages, prefixes: ["error.journey.", "journey.", ""] },
  common: { catalog: commonMessages, prefixes: [""] },
};

/** The text of a namespaced key, or undefined when no catalog has it. */
export function findCatalogText(locale: Locale, key: string): string | undefined {
  const dot = key.indexOf(".");
  const namespace = dot > 0 ? NAMESPACES[key.slice(0, dot)] : undefined;
  if (!namespace) return undefined;
  const rest = key.slice(dot + 1);
  const messages = namespace.catalog(locale);
  for (const prefix of namespace.prefixes) {
    const text = messages[`${prefix}${rest}`];
    if (text !== undefined) return text;
  }
  return undefined;
}

export function catalogText(locale: Locale, key: string): string {
  return findCatalogText(locale, key) ?? key;
}
