/** How names are compared in searches; the same in the sync (Node) and the API (workerd). */

/** Lower case, accents and punctuation folded, single spaces: "Soka'an" → "soka an", "Pulau Ende" → "pulau ende". */
export function searchName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
