import { sectionKey, type SectionKey } from "../model/section-synonyms.js";

// "2. What was affected?" inside a paragraph: the number and the question word; the question's
// end is found by a bounded look for "?" (at most 80 characters), not by the pattern.
const NUMBERED_QUESTION =
  /(?<!\S)(\d{1,2})\.[ \t]+(?=(?:What|Why|How|Who|When|Where|Which|Was|Were|Did|Is|Are)\b)/g;
const MAX_QUESTION = 80;

export interface RunInQuestion {
  label: string;
  key: SectionKey | undefined;
  /** The answer: the text up to the next question. */
  text: string;
}

/**
 * A questionnaire whose line breaks were lost ("1. What happened? A server ... 2. What was
 * affected? Mirrors ..."), as archive mirrors and web forms store them: numbered questions, in
 * sequence, at least two of them naming sections. Returns the text before the first question and
 * one entry per question, or null when the paragraph is not such a questionnaire.
 */
export function runInQuestions(
  text: string,
): { before: string; questions: RunInQuestion[] } | null {
  const found: Array<{ n: number; label: string; start: number; end: number }> = [];
  for (const m of text.matchAll(NUMBERED_QUESTION)) {
    const n = Number(m[1]);
    const last = found[found.length - 1];
    if (last ? n !== last.n + 1 : n !== 1) continue;
    const from = m.index + m[0].length;
    const mark = text.slice(from, from + MAX_QUESTION + 1).search(/[?\n]/);
    if (mark < 0 || text[from + mark] !== "?") continue;
    found.push({
      n,
      label: text.slice(from, from + mark + 1),
      start: m.index,
      end: from + mark + 1,
    });
  }
  if (found.length < 2) return null;
  const questions: RunInQuestion[] = [];
  let named = 0;
  found.forEach((q, i) => {
    const key = sectionKey(q.label.replace(/\?$/, ""), { loose: true });
    if (key) named++;
    const answer = text.slice(q.end, found[i + 1]?.start ?? text.length).trim();
    questions.push({ label: q.label, key, text: answer });
  });
  if (named < 2) return null;
  return { before: text.slice(0, found[0]!.start).trim(), questions };
}
