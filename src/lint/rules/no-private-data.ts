import type { Rule } from "../rule.js";

// Each pattern is anchored on a fixed prefix and bounded, so the scan stays linear.
const SECRETS: { name: string; pattern: RegExp }[] = [
  { name: "an AWS access key", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: "a bearer token", pattern: /\bBearer\s+[\w.~+/-]{20,200}=*/g },
  // The scheme starts where no scheme character precedes it: one try per run of letters.
  {
    name: "a password in a URL",
    pattern: /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,64}:[^\s@/]{1,64}@/gi,
  },
  { name: "a private key", pattern: /-----BEGIN (?:[A-Z]{1,10} )?PRIVATE KEY-----/g },
  { name: "a GitHub token", pattern: /\b(?:ghp|gho|ghu|ghs|ghr|github_pat)_\w{30,255}\b/g },
  { name: "a Slack token", pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,200}/g },
  { name: "a password", pattern: /\b(?:password|passwd|pwd)\s*[:=]\s*\S{4,100}/gi },
];
const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const LOCAL = /[\w.%+-]/;
const DOMAIN = /^[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8}/i;
const UNIT = /^(?:service|socket|timer|mount|automount|target|path|slice|scope|device|swap)$/i;
// A mail's own header lines, quoted or pasted into the text: the sender and the list.
const HEADER_LINE = /^[ \t>]*(?:from|to|cc|reply-to|sender)[ \t]*:/i;

/**
 * E-mail addresses, found from each "@" outwards: a pattern scanned from every position would
 * re-read the same local part again and again on text full of dots and dashes.
 */
function* emails(text: string): Generator<{ index: number; 0: string }> {
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL.test(text[start - 1]!)) start--;
    if (start === at) continue;
    const domain = DOMAIN.exec(text.slice(at + 1, at + 1 + 600));
    // A domain ends in a name ("gnu.org"): "eslint-scope@3.7.2" is a package at a version and
    // "postgresql@14-main.service" a systemd unit.
    const last = domain?.[0].split(".").at(-1) ?? "";
    if (!domain || !/^[a-z]{2,63}$/i.test(last) || UNIT.test(last)) continue;
    yield { index: start, 0: text.slice(start, at + 1 + domain[0].length) };
  }
}

const isPrivate = (a: number, b: number): boolean =>
  a === 10 ||
  (a === 172 && b >= 16 && b <= 31) ||
  (a === 192 && b === 168) ||
  (a === 100 && b >= 64 && b <= 127);

export const noPrivateData: Rule = {
  id: "no-private-data",
  code: "PM017",
  description:
    "Nothing that should not go to a public list: secrets, private IP addresses, e-mail addresses of people who did not take part.",
  defaultSeverity: "warning",
  defaultOptions: {},
  check(context) {
    const { source } = context;
    // Mail headers and archive lines name the sender; the body starts where the first field does.
    let from = 0;
    if (context.format === "mail") {
      from = source.length;
      for (const p of context.positions.values())
        if (p.value.start.offset > 0 && p.value.start.offset < from) from = p.value.start.offset;
    }
    const body = source.slice(from);
    const at = (index: number, length: number) =>
      context.range(from + index, from + index + length);
    for (const { name, pattern } of SECRETS)
      for (const m of body.matchAll(pattern))
        context.report({
          message: `This looks like ${name}; remove it and rotate the secret before sharing`,
          at: at(m.index, m[0].length),
        });
    for (const m of body.matchAll(IPV4)) {
      const [a, b, c, d] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      if ([a, b, c, d].every((n) => n <= 255) && isPrivate(a, b))
        context.report({
          message: `Private IP address ${m[0]} reveals the internal network, expected a host name or a placeholder such as 10.x.x.x`,
          at: at(m.index, m[0].length),
        });
    }
    const known = knownAddresses(context.incident);
    for (const m of emails(body)) {
      const address = m[0].toLowerCase();
      if (
        known.has(address) ||
        /@(?:example\.(?:org|com|net)|users\.noreply\.github\.com)$/.test(address)
      )
        continue;
      // Mailing lists and role addresses are public by design.
      if (
        /^(?:[\w.-]*-(?:devel|users|announce|discuss|list)|postmaster|hostmaster|webmaster|noreply|no-reply|security|abuse|support|bounty|info|contact|help|press|ops)@/.test(
          address,
        )
      )
        continue;
      const lineStart = body.lastIndexOf("\n", m.index) + 1;
      if (HEADER_LINE.test(body.slice(lineStart, m.index))) continue;
      context.report({
        message: `E-mail address ${m[0]} of someone not listed as author or participant; remove it or list the person`,
        at: at(m.index, m[0].length),
      });
    }
  },
};

function knownAddresses(incident: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const key of ["authors", "participants"]) {
    const people = incident[key];
    if (!Array.isArray(people)) continue;
    for (const p of people) {
      const text =
        typeof p === "string"
          ? p
          : p && typeof p === "object"
            ? String((p as { email?: string }).email ?? "")
            : "";
      for (const m of emails(text)) out.add(m[0].toLowerCase());
    }
  }
  return out;
}
