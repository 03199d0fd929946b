// Generated from schemas/postmortem.schema.json by scripts/generate.mjs. Do not edit.
import type { ErrorObject } from "ajv";
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: ValidateFunction;
export = validate;
