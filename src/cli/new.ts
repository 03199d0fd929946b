import { join } from "node:path";
import { makeFolder } from "../output/make-folder.js";
import {
  scaffoldFileName,
  scaffoldIncident,
  scaffoldYaml,
  type ScaffoldAnswers,
} from "../scaffold/scaffold.js";
import { EXIT, UsageError } from "./shared.js";

export interface NewFlags {
  title?: string;
  date?: string;
  severity?: string;
  participants?: string;
  format: "yaml" | "markdown";
  dir: string;
  template?: string;
  force?: boolean;
  yes?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string): boolean =>
  DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const list = (v: string | undefined): string[] | undefined =>
  v
    ?.split(",")
    .map((p) => p.trim())
    .filter(Boolean);

export async function runNew(flags: NewFlags): Promise<void> {
  if (flags.date !== undefined && !isDate(flags.date))
    throw new UsageError(`--date must be a date such as 2018-11-20, got "${flags.date}"`);
  const today = new Date().toISOString().slice(0, 10);
  // Ask only a person at a terminal; CI and pipes get flags and defaults, and never wait.
  const interactive = !flags.yes && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const answers: ScaffoldAnswers = interactive
    ? await ask(flags, today)
    : {
        title: flags.title ?? "Untitled incident",
        date: flags.date ?? today,
        severity: flags.severity,
        participants: list(flags.participants),
      };
  if (!answers.title.trim()) throw new UsageError("the title cannot be empty");
  const incident = scaffoldIncident(answers);
  let text: string;
  if (flags.format === "markdown") {
    const { renderIncident } = await import("../render/render.js");
    text = await renderIncident(incident, {
      format: "markdown",
      ...(flags.template ? { template: flags.template } : {}),
    });
  } else text = scaffoldYaml(incident);
  const path = join(flags.dir, scaffoldFileName(answers, flags.format));
  await makeFolder(flags.dir);
  const { writeFileAtomic } = await import("../output/write-file-atomic.js");
  await writeFileAtomic(path, text, { force: Boolean(flags.force) });
  process.stdout.write(`${path}\n`);
  process.exitCode = EXIT.ok;
}

async function ask(flags: NewFlags, today: string): Promise<ScaffoldAnswers> {
  const prompts = await import("@clack/prompts");
  const answer = async (value: Promise<string | symbol>): Promise<string> => {
    const v = await value;
    if (typeof v !== "string") throw new UsageError("cancelled; nothing written");
    return v;
  };
  prompts.intro("New post-mortem");
  const title =
    flags.title ??
    (await answer(
      prompts.text({
        message: "Title (what broke)",
        validate: (v) => (v?.trim() ? undefined : "A title is needed"),
      }),
    ));
  const date =
    flags.date ??
    ((await answer(
      prompts.text({
        message: "Incident date (UTC)",
        placeholder: today,
        defaultValue: today,
        validate: (v) => (!v || isDate(v) ? undefined : "A date such as 2018-11-20"),
      }),
    )) ||
      today);
  const severity =
    flags.severity ??
    (await answer(
      prompts.text({ message: "Severity (optional)", placeholder: "SEV2", defaultValue: "" }),
    ));
  const participants =
    flags.participants ??
    (await answer(
      prompts.text({ message: "Participants, comma separated (optional)", defaultValue: "" }),
    ));
  prompts.outro("Writing the draft");
  return {
    title: title.trim(),
    date,
    severity: severity.trim() || undefined,
    participants: list(participants),
  };
}
