// Free-text personal fields (an employer abroad, a contact abroad) as lists and exports show them.

/** A personal text as lists show it: its first two and last two characters. */
export function maskText(value: string): string {
  const text = value.trim();
  if (text.length <= 4) return "••••";
  return `${text.slice(0, 2)}${"•".repeat(Math.min(text.length - 4, 8))}${text.slice(-2)}`;
}
