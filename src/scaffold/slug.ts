/**
 * A file-name-safe slug: accents folded (Zoë -> zoe), anything else that is not a letter or
 * digit becomes one dash, at most 60 characters cut at a dash. Scripts without a Latin
 * spelling (山田) are kept, since file systems take UTF-8 names; only an empty result falls
 * back to "incident".
 */
export function slugify(text: string, max = 60): string {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  const dashed = folded.replace(/[^\p{L}\p{N}]+/gu, "-");
  let slug = dashed.slice(dashed.startsWith("-") ? 1 : 0, dashed.endsWith("-") ? -1 : undefined);
  if (slug.length > max) {
    const cut = slug.slice(0, max);
    slug = cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
  }
  return slug || "incident";
}
