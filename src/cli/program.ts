import { Command, CommanderError, Option } from "commander";
import { parseByteSize } from "./byte-size.js";
import type { ValidateFlags } from "./validate.js";
import type { RenderFlags } from "./render.js";
import type { ParseFlags } from "./parse.js";
import type { LintFlags } from "./lint.js";
import type { NewFlags } from "./new.js";
import type { ActionsFlags } from "./actions.js";
import type { StatsFlags } from "./stats.js";

// Each command's modules load only when that command runs, so `--help` and every command
// start as fast as Node allows.

const maxBytes = () =>
  new Option("--max-bytes <size>", "refuse inputs larger than this (default 32MiB)").argParser(
    parseByteSize,
  );

/** The command line: definitions here, each command's work in its own lazily loaded module. */
export async function run(argv: string[], version: string): Promise<void> {
  const program = new Command("postmortem")
    .description("Write, lint, render and parse incident post-mortems.")
    .version(version, "-v, --version")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });

  // Only the command asked for is defined: every definition costs a cold start time. Help, the
  // bare program and a command that does not exist (so commander can suggest one) get them all.
  const asked = COMMANDS.get(argv[2] ?? "");
  if (asked) asked(program);
  else for (const define of COMMANDS.values()) define(program);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    const { EXIT, handleError } = await import("./shared.js");
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      process.exitCode =
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
          ? EXIT.ok
          : EXIT.usage;
    } else {
      try {
        handleError(error);
      } catch (bug) {
        process.stderr.write(
          `postmortem: internal error, please report it: ${(bug as Error)?.stack ?? String(bug)}\n`,
        );
        process.exitCode = 70;
      }
    }
  }
}

function defineValidate(program: Command): void {
  program
    .command("validate")
    .description("check incident data (JSON or YAML) against the schema")
    .argument("<file...>", "files to check; - reads stdin")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["stylish", "json"])
        .default("stylish"),
    )
    .addOption(maxBytes())
    .action(async (files: string[], flags: ValidateFlags) =>
      (await import("./validate.js")).runValidate(files, flags),
    );
}

function defineRender(program: Command): void {
  program
    .command("render")
    .description("render incident data to Markdown, a mail body, or a complete mail message")
    .argument("<file>", "incident data (JSON or YAML); - reads stdin")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["markdown", "email", "eml"])
        .default("markdown"),
    )
    .option("-t, --template <file>", "a Handlebars template of your own")
    .option("--partials <dir>", "a folder of *.hbs partials for --template")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--force", "overwrite --output if it exists")
    .option("--signature <text>", "mail: signature put after a '-- ' line")
    .option("--from <address>", "eml: From address, e.g. 'Ops <ops@example.org>'")
    .option("--to <addresses>", "eml: To addresses, comma separated")
    .option("--cc <addresses>", "eml: Cc addresses, comma separated")
    .option("--subject <text>", "eml: Subject (default 'Post mortem for <title>')")
    .option("--in-reply-to <message-id>", "eml: the message this one answers")
    .option("--references <message-ids>", "eml: References, space separated")
    .option("--mail-date <date-time>", "eml: Date header (default now)")
    .addOption(maxBytes())
    .action(async (file: string, flags: RenderFlags) =>
      (await import("./render.js")).runRender(file, flags),
    );
}

function defineParse(program: Command): void {
  program
    .command("parse")
    .description(
      "read existing post-mortems (Markdown, mail, archives, .eml, mbox) into incident data",
    )
    .argument("<file...>", "documents to read; - reads stdin")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["json", "yaml", "ndjson"])
        .default("json"),
    )
    .addOption(
      new Option("--input <kind>", "input kind")
        .choices(["markdown", "mail", "auto"])
        .default("auto"),
    )
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--force", "overwrite --output if it exists")
    .addOption(maxBytes())
    .action(async (files: string[], flags: ParseFlags) =>
      (await import("./parse.js")).runParse(files, flags),
    );
}

function defineLint(program: Command): void {
  program
    .command("lint")
    .description(
      "review post-mortems (Markdown, mail, JSON/YAML data) like a seasoned incident reviewer",
    )
    .argument("<file...>", "documents or folders to lint; - reads stdin")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["stylish", "json", "sarif", "github"])
        .default("stylish"),
    )
    .option("-c, --config <file>", "use this config instead of looking for one")
    .option(
      "--no-config-lookup",
      "use no config file found near the documents (the defaults, --config and --rule only)",
    )
    .option(
      "-r, --rule <id=severity>",
      "set a rule's severity (off, warn, error); repeatable",
      (v: string, all: string[] = []) => [...all, v],
    )
    .option("--fix", "apply the fixes that lose nothing, in place")
    .option("--max-warnings <n>", "exit 1 when there are more warnings than this (-1: no limit)")
    .addOption(
      new Option("--input <kind>", "input kind")
        .choices(["markdown", "mail", "auto"])
        .default("auto"),
    )
    .addOption(maxBytes())
    .action(async (files: string[], flags: LintFlags) =>
      (await import("./lint.js")).runLint(files, flags),
    );
}

function defineNew(program: Command): void {
  program
    .command("new")
    .description(
      "scaffold a new post-mortem draft (YAML data or Markdown) with guidance in every section",
    )
    .option("--title <text>", "what broke")
    .option("--date <YYYY-MM-DD>", "incident date in UTC (default today)")
    .option("--severity <level>", "e.g. SEV2")
    .option("--participants <names>", "comma separated")
    .addOption(
      new Option("-f, --format <format>", "draft format")
        .choices(["yaml", "markdown"])
        .default("yaml"),
    )
    .option("--dir <folder>", "where to write the draft", ".")
    .option("-t, --template <file>", "Markdown drafts: a Handlebars template of your own")
    .option("--force", "overwrite a draft of the same name")
    .option("-y, --yes", "ask nothing; use flags and defaults")
    .action(async (flags: NewFlags) => (await import("./new.js")).runNew(flags));
}

function defineActions(program: Command): void {
  program
    .command("actions")
    .description(
      "list the action items of many post-mortems, with their incident, owner, status and ticket",
    )
    .argument("<file...>", "documents or folders (searched recursively); - reads stdin")
    .addOption(
      new Option("-f, --format <format>", "output format")
        .choices(["json", "ndjson", "csv", "markdown"])
        .default("json"),
    )
    .addOption(
      new Option(
        "--status <status>",
        "only items with this status (no status counts as open)",
      ).choices(["open", "in-progress", "done", "wontfix"]),
    )
    .option("--owner <name>", "only items owned by this person")
    .option("--since <YYYY-MM-DD>", "only incidents on or after this date")
    .option("--overdue", "only open items whose due date has passed")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--force", "overwrite --output if it exists")
    .addOption(maxBytes())
    .action(async (files: string[], flags: ActionsFlags) =>
      (await import("./actions.js")).runActions(files, flags),
    );
}

function defineStats(program: Command): void {
  program
    .command("stats")
    .description(
      "statistics over many post-mortems: counts, durations, action items, people, data quality",
    )
    .argument("<file...>", "documents or folders (searched recursively); - reads stdin")
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format (default: table on a terminal, json otherwise)",
      ).choices(["table", "json", "csv", "ndjson", "markdown", "email", "html"]),
    )
    .option(
      "--as-of <YYYY-MM-DD>",
      "the day overdue and age are measured on (default today, printed)",
    )
    .option("--tz <zone>", "time zone for office hours and the weekday x hour map (default UTC)")
    .option(
      "--repeat-window <days>",
      "incidents with a tag in common within this many days are related (default 90)",
    )
    .option("--since <YYYY-MM-DD>", "only incidents on or after this date")
    .option("--until <YYYY-MM-DD>", "only incidents on or before this date")
    .option(
      "-g, --group-by <key>",
      "cross-table key: year, quarter, month, severity, status or a tag prefix; repeatable",
      (v: string, all: string[] = []) => [...all, v],
    )
    .option(
      "--fail-on <conditions>",
      "exit 1 when a condition holds, e.g. 'overdue>0,data-problems>=1'",
    )
    .option("--no-lint", "do not lint the documents (faster; no lint counts)")
    .option("-c, --config <file>", "use this config instead of looking for one")
    .option("--no-config-lookup", "use no config file found near the documents")
    .option("-o, --output <file>", "write to a file instead of stdout")
    .option("--force", "overwrite --output if it exists")
    .addOption(maxBytes())
    .action(async (files: string[], flags: StatsFlags) =>
      (await import("./stats.js")).runStats(files, flags),
    );
}

const COMMANDS = new Map<string, (program: Command) => void>([
  ["validate", defineValidate],
  ["render", defineRender],
  ["parse", defineParse],
  ["lint", defineLint],
  ["new", defineNew],
  ["actions", defineActions],
  ["stats", defineStats],
]);
