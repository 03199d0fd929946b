import type { HelperDelegate } from "handlebars";
import {
  markdownBlock,
  markdownCell,
  markdownHeadingText,
  markdownInline,
  markdownText,
} from "./markdown-text.js";
import { flowText, wrapLine } from "./wrap.js";
import type { ActionItemView } from "./view-model.js";

// Template values are the view model's strings and numbers; anything else is a template mistake.
const str = (v: unknown): string =>
  v === null || v === undefined
    ? ""
    : typeof v === "string"
      ? v
      : typeof v === "number" || typeof v === "boolean"
        ? String(v)
        : (JSON.stringify(v) ?? "");

/**
 * Every helper a template may use. Templates are compiled with `knownHelpersOnly`, so a
 * template calling anything else fails at compile time with its line and column.
 */
export const helpers: Record<string, HelperDelegate> = {
  mdText: (v: unknown) => markdownText(str(v)),
  mdHeading: (v: unknown) => markdownHeadingText(str(v)),
  mdInline: (v: unknown) => markdownInline(str(v)),
  mdCell: (v: unknown) => markdownCell(str(v)),
  mdBlock: (v: unknown) => markdownBlock(str(v)),
  flow: (v: unknown) => flowText(str(v)),
  // A value that must stay on its line (an event, an item): its line breaks become spaces, so
  // a value cannot start a line of its own ("-- ", "From ") or leave its entry.
  line: (v: unknown) => str(v).replace(/\s+/g, " ").trim(),
  wrap(this: unknown, options: { fn: (ctx: unknown) => string }) {
    return options
      .fn(this)
      .split("\n")
      .map((l) => wrapLine(l.replace(/\s+/g, " ").trimEnd()))
      .join("\n");
  },
  join: (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.map(str).join(typeof separator === "string" ? separator : ", ") : "",
  actionDetails(item: unknown) {
    const a = item as ActionItemView;
    const parts = (
      [
        ["owner", a.owner],
        ["priority", a.priority],
        ["status", a.status],
        ["due", a.due],
        ["ticket", a.ticket],
        ["type", a.type],
        ["id", a.id],
      ] as const
    )
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}: ${v}`);
    return parts.length ? ` (${parts.join(", ")})` : "";
  },
};

export const knownHelpers: Record<string, true> = Object.fromEntries(
  Object.keys(helpers).map((k) => [k, true]),
);
