/** Text made safe to put inside a `RegExp` source: every pattern character taken literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
