#!/usr/bin/env node
// Runs after tsc: tsc does not emit JavaScript files it only sees through their .d.cts, so the
// generated CommonJS validators are copied into dist here.
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function copyGenerated(dir) {
  for (const entry of readdirSync(join(root, "src", dir), { withFileTypes: true })) {
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) copyGenerated(rel);
    else if (/\.(cjs|d\.cts)$/.test(entry.name)) {
      mkdirSync(join(root, "dist", dir), { recursive: true });
      cpSync(join(root, "src", rel), join(root, "dist", rel));
    }
  }
}
copyGenerated("");
