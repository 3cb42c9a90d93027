import type { Locale } from "./locale";
import { commonMessages } from "./messages/common";
import { villageMessages } from "./messages/village";
import { kanimErrors } from "./messages/kanim";
import { adminMessages } from "./messages/admin";
import { accountMessages } from "./messages/accounts";
import { authMessages } from "./messages/auth";
import { privacyMessages } from "./messages/privacy";
import { journeyMessages } from "./messages/journey";

// Message keys that commands answer with (lib/platform/command.ts), looked up across the catalogs. A key
// that is in no catalog shows as itself.

const catalogs: ((locale: Locale) => Record<string, string>)[] = [
  commonMessages,
  (locale) => prefixed(villageMessages(locale), "error."),
  kanimErrors,
  adminMessages,
  accountMessages,
  authMessages,
  privacyMessages,
  (locale) => prefixed(journeyMessages(locale), "error."),
  journeyMessages,
];

function prefixed(messages: Record<string, string>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => key.startsWith(prefix)).map(([key, text]) => [key.slice(prefix.length), text]));
}

export function catalogText(locale: Locale, key: string): string {
  for (const catalog of catalogs) {
    const text = catalog(locale)[key];
    if (text !== undefined) return text;
  }
  return key;
}
