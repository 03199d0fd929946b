import { createHash } from "node:crypto";
import type { IncidentDraft as Incident } from "../model/incident.js";
import {
  addressHeader,
  assertSingleLine,
  formatMailDate,
  HeaderError,
  parseAddresses,
  quotedPrintable,
  unstructured,
} from "./mail-headers.js";

export interface EmlOptions {
  from: string;
  to?: string | undefined;
  cc?: string | undefined;
  subject?: string | undefined;
  inReplyTo?: string | undefined;
  references?: string | undefined;
  /** The Date header; defaults to now. Pass one for reproducible output. */
  date?: Date | undefined;
}

/**
 * Wraps a plain-text body in a complete RFC 5322 message. Bodies that are pure ASCII go out
 * as 7bit; others as quoted-printable UTF-8, which survives relays that are not 8-bit clean.
 */
export function buildEml(incident: Incident, body: string, options: EmlOptions): string {
  if (!options.from) throw new HeaderError("--from is required for --format eml");
  const from = parseAddresses("from", options.from);
  const to = options.to ? parseAddresses("to", options.to) : [];
  const cc = options.cc ? parseAddresses("cc", options.cc) : [];
  const subject =
    options.subject ??
    `Post mortem for ${(incident.title ?? "an incident").replace(/\s+/g, " ").trim()}`;
  assertSingleLine("subject", subject);
  const date = options.date ?? new Date();
  const domain = from[0]!.address.split("@")[1]!;
  const hash = createHash("sha256")
    .update(subject)
    .update("\0")
    .update(body)
    .update("\0")
    .update(date.toISOString())
    .digest("hex")
    .slice(0, 24);
  const ids = (name: string, value: string | undefined): string[] => {
    if (!value) return [];
    assertSingleLine(name, value);
    const list = value
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((id) => (id.startsWith("<") ? id : `<${id}>`));
    for (const id of list)
      if (!/^<[^<>\s@]+@[^<>\s@]+>$/.test(id))
        throw new HeaderError(`--${name}: "${id}" is not a message id such as <1234@example.org>`);
    return list;
  };
  const inReplyTo = ids("in-reply-to", options.inReplyTo);
  const references = [
    ...ids("references", options.references),
    ...inReplyTo.filter((id) => !(options.references ?? "").includes(id)),
  ];
  // eslint-disable-next-line no-control-regex -- every 7-bit character, controls included
  const ascii = /^[\x00-\x7f]*$/.test(body);
  const headers = [
    addressHeader("From", from),
    ...(to.length ? [addressHeader("To", to)] : []),
    ...(cc.length ? [addressHeader("Cc", cc)] : []),
    unstructured("Subject", subject),
    `Date: ${formatMailDate(date)}`,
    `Message-ID: <${hash}@${domain}>`,
    ...(inReplyTo.length ? [`In-Reply-To: ${inReplyTo.join(" ")}`] : []),
    ...(references.length ? [`References: ${references.join(" ")}`] : []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    `Content-Transfer-Encoding: ${ascii ? "7bit" : "quoted-printable"}`,
  ];
  const crlfBody = ascii
    ? body.replace(/\n/g, "\r\n")
    : quotedPrintable(body.replace(/\n$/, "")) + "\r\n";
  return headers.join("\r\n") + "\r\n\r\n" + crlfBody;
}
