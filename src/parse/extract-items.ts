import type { Block, ListItem } from "./outline.js";
import { inlineText } from "./markdown-inline.js";
import { foldLines } from "../text/whitespace.js";

export interface Item {
  text: string;
  line: number;
  column: number;
  endLine: number;
  checked?: boolean | null;
}

// "Not much.", "None", "We didn't, really.": a section that says there is nothing to list.
const NOTHING =
  /^(?:not much|nothing(?: really| much| to report)?|none(?: really)?|n\/?a|nope|no|we didn'?t(?:,? really)?|not really|-+)\s*[.!]?$/i;

/**
 * Template guidance left in place: a lone fully italic line right under a heading, or a
 * paragraph the template marks as guidance ("OPTIONAL: (Use bullet points) for example ...").
 */
export function isPrompt(block: Block | undefined): boolean {
  if (!block || block.kind !== "paragraph") return false;
  if (GUIDANCE.test(block.text.trim())) return true;
  if (block.text.includes("\n")) return false;
  return (
    /^(?:\*[^*].*[^*]\*|_[^_].*[^_]_)$/.test(block.text.trim()) && !/^\*\*/.test(block.text.trim())
  );
}

const GUIDANCE =
  /^(?:\*\*|__|\*|_)?(?:optional|template|instructions?|guidance)(?:\*\*|__|\*|_)?\s*:/i;
// What a template leaves where content should go: "…", "...", "TBD", "N/A", alone or followed by
// the template's guidance.
const PLACEHOLDER_ITEM =
  /^(?:…|\.{2,}|tbd|tba|n\/a|-|\?+)\s*(?:$|(?:optional|e\.g\.|for example)\b)/i;

/** A list item or line that holds only a placeholder, not content. */
export function isPlaceholder(text: string): boolean {
  const t = text.trim();
  return t === "" || PLACEHOLDER_ITEM.test(t) || GUIDANCE.test(t);
}

/**
 * The blocks less template placeholders: list items that hold only "…" or guidance, and
 * guidance paragraphs. Returns how many were dropped, for the caller to report.
 */
export function withoutPlaceholders(blocks: readonly Block[]): {
  blocks: Block[];
  dropped: number;
} {
  let dropped = 0;
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === "list" && b.items) {
      const items = b.items.filter((i) => !isPlaceholder(i.text));
      dropped += b.items.length - items.length;
      if (items.length === b.items.length) out.push(b);
      else if (items.length)
        out.push({
          ...b,
          items,
          line: items[0]!.line,
          endLine: items[items.length - 1]!.endLine,
          text: b.text,
        });
      continue;
    }
    if (isPrompt(b)) {
      dropped++;
      continue;
    }
    out.push(b);
  }
  return { blocks: out, dropped };
}

export function itemFromList(item: ListItem, mode: "markdown" | "text"): Item {
  const text = mode === "text" ? foldLines(item.text) : joinContinuations(item.text);
  return {
    text: text.trim(),
    line: item.line,
    column: item.column,
    endLine: item.endLine,
    checked: item.checked,
  };
}

function itemFromBlock(block: Block, mode: "markdown" | "text"): Item {
  return {
    text: mode === "text" ? foldLines(block.text).trim() : block.text.trim(),
    line: block.line,
    column: block.column,
    endLine: block.endLine,
  };
}

/**
 * Items of a "what went well" style section. A list (or a short intro line ending in ":" and
 * a list) gives one item per entry; prose gives one item, or none when it says there is
 * nothing; in mail text, separate paragraphs are separate items.
 */
export function listItems(
  blocks: readonly Block[],
  mode: "markdown" | "text",
): { items: Item[]; rest: Block[] } {
  const content = blocks.filter((b) => b.kind !== "rule");
  if (content.length === 0) return { items: [], rest: [] };
  const [first, second] = content;
  // Task boxes mean something only for action items; elsewhere they are part of the text.
  const withBox = (i: ListItem): Item => {
    const item = itemFromList(i, mode);
    return { ...item, text: i.box + item.text, checked: null };
  };
  if (first!.kind === "list") return { items: first!.items!.map(withBox), rest: content.slice(1) };
  if (
    first!.kind === "paragraph" &&
    /:\s*$/.test(first!.text) &&
    !first!.text.includes("\n\n") &&
    second?.kind === "list"
  ) {
    return { items: second.items!.map(withBox), rest: [first!, ...content.slice(2)] };
  }
  if (content.length === 1 && first!.kind === "paragraph" && NOTHING.test(inlineText(first!.text)))
    return { items: [], rest: content };
  if (mode === "text" && content.every((b) => b.kind === "paragraph"))
    return { items: content.map((b) => itemFromBlock(b, mode)), rest: [] };
  const whole: Item = {
    text: content
      .map((b) => b.text)
      .join(mode === "text" ? " " : "\n\n")
      .trim(),
    line: first!.line,
    column: first!.column,
    endLine: content[content.length - 1]!.endLine,
  };
  if (mode === "text") whole.text = foldLines(whole.text);
  return { items: [whole], rest: [] };
}

// Work still ahead: a future, a plan, something under way, something that ought to be done.
const AHEAD =
  /\b(?:will|shall|going\s+to|plan(?:s|ned|ning)?\s+to|intend\w*\s+to|(?:am|are|is)\s+(?:now\s+|also\s+|currently\s+|still\s+)?\w+ing|working\s+(?:on|to|with)|consider\w*|next|should|must|needs?\s+to)\b|\w['’]ll\b/i;
// Something told as past: a subject with a past-tense verb ("staff has resolved", "this was",
// "we reprocessed").
const DONE_TOLD =
  /\b(?:we|i|they|it|this|that|staff|team|engineers?)\s+(?:\w+\s+)?(?:has|have|had|was|were|did|\w+ed)\b/i;

/**
 * Candidate action items of a section: the last list or table (earlier lists are usually
 * observations that lead up to the actions); with none, paragraphs in mail text, or a lone
 * paragraph in Markdown. Several prose paragraphs in Markdown are discussion, not items.
 */
export function actionCandidates(
  blocks: readonly Block[],
  mode: "markdown" | "text",
): { items: Item[]; table?: Block; rest: Block[] } {
  const content = blocks.filter((b) => b.kind !== "rule");
  let lastIndex = -1;
  for (let i = content.length - 1; i >= 0; i--)
    if (content[i]!.kind === "list" || content[i]!.kind === "table") {
      lastIndex = i;
      break;
    }
  if (lastIndex >= 0) {
    const chosen = content[lastIndex]!;
    const rest = content.filter((_, i) => i !== lastIndex);
    if (chosen.kind === "table") return { items: [], table: chosen, rest };
    return { items: chosen.items!.map((i) => itemFromList(i, mode)), rest };
  }
  const paragraphs = content.filter((b) => b.kind === "paragraph");
  if (mode === "text" && paragraphs.length > 0) {
    // A paragraph that tells what was done, with nothing still to do, is the story around the
    // items ("Our staff has resolved both incidents ..."): kept as text, not made a task.
    const told = (b: Block): boolean => {
      const text = foldLines(b.text);
      return !AHEAD.test(text) && DONE_TOLD.test(text);
    };
    return {
      items: paragraphs.filter((b) => !told(b)).map((b) => itemFromBlock(b, mode)),
      rest: content.filter((b) => b.kind !== "paragraph" || told(b)),
    };
  }
  // A lone one-line paragraph ("Upgrade the fleet", a link to the tracker) is one item; a
  // longer one is discussion.
  const lone = paragraphs[0];
  if (
    lone &&
    content.length === 1 &&
    !lone.text.includes("\n") &&
    lone.text.length <= 300 &&
    !NOTHING.test(inlineText(lone.text))
  )
    return { items: [itemFromBlock(lone, mode)], rest: [] };
  return { items: [], rest: content };
}

/** Lines of one item joined with spaces, except where a nested list item starts its own line. */
function joinContinuations(text: string): string {
  const lines = text.split("\n");
  let out = lines[0]!;
  for (const line of lines.slice(1))
    out += /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/.test(line) ? `\n${line}` : ` ${line.trimStart()}`;
  return out;
}

// "Action point: create a mailing list", "**Follow-up:** ...": an action item stated in passing,
// in whatever section the discussion that led to it sits. Only the first 40 characters can hold
// the label (bounded input).
const ACTION_POINT =
  /^(?:\*\*|__)?(?:action (?:point|item)|follow[- ]?up|next step)s?(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;

/** Paragraphs that open with an action label, taken out of a section's blocks as items. */
export function takeActionPoints(
  blocks: readonly Block[],
  mode: "markdown" | "text",
): { blocks: Block[]; items: Item[] } {
  const kept: Block[] = [];
  const items: Item[] = [];
  for (const b of blocks) {
    const label = b.kind === "paragraph" ? ACTION_POINT.exec(b.text.slice(0, 40)) : null;
    const rest = label ? b.text.slice(label[0].length).trim() : "";
    if (label && rest) items.push({ ...itemFromBlock({ ...b, text: rest }, mode) });
    else kept.push(b);
  }
  return { blocks: kept, items };
}
