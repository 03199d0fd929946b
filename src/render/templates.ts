import { readFile, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import type { TemplateDelegate, RuntimeOptions } from "handlebars";
import { helpers, knownHelpers } from "./helpers.js";
import { TemplateError } from "./template-error.js";

export type TemplateName = "markdown" | "email";

/** Compile options shared by the build-time precompiler and user templates. */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpers,
  knownHelpersOnly: true,
  noEscape: true,
  preventIndent: false,
} as const;

const RUNTIME_OPTIONS: RuntimeOptions = {
  // Data is untrusted: no prototype access, whatever a template asks for.
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

type Precompiled = typeof import("./precompiled-templates.js");

export type Renderer = (view: object) => string;

let builtIn: Promise<{ render: Record<string, Renderer> }> | undefined;

/** The shipped templates, precompiled at build time: only the small runtime loads. */
export function builtInRenderer(name: TemplateName): Promise<Renderer> {
  builtIn ??= (async () => {
    // The runtime's own typings are empty; it is the same API as the full build minus compile.
    const runtime = (await import("handlebars/runtime.js"))
      .default as unknown as typeof import("handlebars");
    // Written by the build (scripts/build-assets.mjs); a literal path lets the bundler take it in.
    const pre: Precompiled = await import("./precompiled-templates.js");
    const hb = runtime.create();
    hb.registerHelper(helpers);
    for (const [partial, spec] of Object.entries(pre.partials))
      hb.registerPartial(partial, hb.template(spec));
    const render: Record<string, Renderer> = {};
    for (const [n, spec] of Object.entries(pre.templates)) {
      const t = hb.template(spec) as TemplateDelegate;
      render[n] = (view) => t(view, RUNTIME_OPTIONS);
    }
    return { render };
  })();
  return builtIn.then((b) => b.render[name]!);
}

/**
 * A user's own template, with partials from the shipped set overridden by a folder of the
 * user's. Every failure, at compile or run time, is a TemplateError with a position.
 */
export async function userRenderer(templatePath: string, partialsDir?: string): Promise<Renderer> {
  const { default: Handlebars } = await import("handlebars");
  const hb = Handlebars.create();
  hb.registerHelper(helpers);
  const sources = new Map<string, { file: string; text: string }>();
  const shipped = new URL("../../templates/partials/", import.meta.url);
  for (const dir of [shipped.pathname, partialsDir].filter((d): d is string => Boolean(d))) {
    let entries: string[] = [];
    try {
      entries = (await readdir(dir)).filter((f) => f.endsWith(".hbs"));
    } catch (error) {
      if (dir === partialsDir)
        throw new TemplateError(
          dir,
          `cannot read the partials folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        );
    }
    for (const f of entries)
      sources.set(basename(f, ".hbs"), {
        file: join(dir, f),
        text: await readFile(join(dir, f), "utf8"),
      });
  }
  let text: string;
  try {
    text = await readFile(templatePath, "utf8");
  } catch (error) {
    throw new TemplateError(
      templatePath,
      `cannot read the template (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  const compileChecked = (file: string, source: string): TemplateDelegate => {
    try {
      const ast = hb.parse(source);
      checkPartials(ast, file, sources);
      const t = hb.compile(source, COMPILE_OPTIONS);
      // Handlebars compiles lazily; force it now so a bad template fails here, with its name.
      hb.precompile(source, COMPILE_OPTIONS);
      return t;
    } catch (error) {
      throw toTemplateError(error, file);
    }
  };
  for (const [name, src] of sources) hb.registerPartial(name, compileChecked(src.file, src.text));
  const template = compileChecked(templatePath, text);
  return (view) => {
    try {
      return template(view, RUNTIME_OPTIONS);
    } catch (error) {
      throw toTemplateError(error, templatePath);
    }
  };
}

interface HbNode {
  type: string;
  name?: { original?: unknown };
  loc?: { start: { line: number; column: number } };
  [key: string]: unknown;
}

function checkPartials(node: unknown, file: string, known: Map<string, unknown>): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) checkPartials(n, file, known);
    return;
  }
  const n = node as HbNode;
  if (
    (n.type === "PartialStatement" || n.type === "PartialBlockStatement") &&
    n.name &&
    typeof n.name.original === "string" &&
    !known.has(n.name.original)
  ) {
    throw new TemplateError(
      file,
      `unknown partial "${n.name.original}"; partials come from templates/partials and --partials`,
      n.loc?.start.line,
      (n.loc?.start.column ?? 0) + 1,
    );
  }
  for (const [key, value] of Object.entries(n))
    if (key !== "loc" && typeof value === "object") checkPartials(value, file, known);
}

function toTemplateError(error: unknown, file: string): TemplateError {
  if (error instanceof TemplateError) return error;
  const e = error as {
    message?: string;
    lineNumber?: number;
    column?: number;
    hash?: { loc?: { first_line: number; first_column: number } };
  };
  let message = String(e.message ?? error)
    .split("\n")[0]!
    .replace(/ - \d+:\d+$/, "");
  let line = e.lineNumber;
  let column = e.column === undefined ? undefined : e.column + 1;
  if (line === undefined && e.hash?.loc) {
    line = e.hash.loc.first_line;
    column = e.hash.loc.first_column + 1;
  }
  const parse = /^Parse error on line (\d+):/.exec(message);
  if (parse) {
    line = Number(parse[1]);
    message = "syntax error: " + String(e.message).split("\n").slice(3).join(" ").trim();
  }
  message = message.replace(
    /^You specified knownHelpersOnly, but used the unknown helper (\S+)/,
    'unknown helper "$1"; templates may use only the helpers documented in templates/README.md',
  );
  message = message.replace(
    /^"([^"]+)" not defined in .*/,
    '"$1" is not a field of the incident view',
  );
  return new TemplateError(file, message, line, column);
}
