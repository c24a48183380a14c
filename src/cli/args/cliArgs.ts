import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';

// Every command parses its arguments in one place: node's parseArgs splits them, one zod schema per
// command checks and converts them. The pieces commands share live here.

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A four-digit budget year, 2000–2100, from the option's text; the message names option and value. */
export function yearOption(option: string, example: number) {
  return z.string().transform((raw, ctx) => {
    const year = Number(raw);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      ctx.addIssue({ code: 'custom', message: `${option} 应为四位年度，例如 ${example}：${raw}` });
      return z.NEVER;
    }
    return year;
  });
}

/** A boolean switch (parseArgs leaves it out when absent). */
export const flag = z.boolean().default(false);

/** Text that must not be blank; trimmed. */
export function nonBlank(option: string) {
  return z.string().transform((raw, ctx) => {
    const t = raw.trim();
    if (t === '') {
      ctx.addIssue({ code: 'custom', message: `${option} 不能为空` });
      return z.NEVER;
    }
    return t;
  });
}

/** A file to write, with the extension it must have (`what`, e.g. ".xlsx"). */
export function outputFile(ext: RegExp, what: string) {
  return z.string().refine((f) => ext.test(f), { error: (i) => `输出文件应为 ${what}：${String(i.input)}` });
}

/**
 * A comma list of choices (`--only tables,text`, also repeated or with "，"), deduplicated in order.
 * `message(bad)` says what is allowed.
 */
export function choiceList<const T extends string>(allowed: readonly T[], message: (bad: string) => string) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw, ctx) => {
      const out: T[] = [];
      const parts = (raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw).flatMap((x) => x.split(/[,，]/));
      for (const v of parts.map((x) => x.trim()).filter(Boolean)) {
        const choice = allowed.find((a) => a === v);
        if (choice === undefined) {
          ctx.addIssue({ code: 'custom', message: message(v) });
          return z.NEVER;
        }
        if (!out.includes(choice)) out.push(choice);
      }
      return out;
    });
}

/** The positional arguments: at least `min` (else `missing`), at most `max`. */
export function positionals(min: number, max: number, missing: string) {
  return z.array(z.string()).superRefine((p, ctx) => {
    if (p.length < min) ctx.addIssue({ code: 'custom', message: missing });
    else if (p.length > max) ctx.addIssue({ code: 'custom', message: `多余的参数：${p.slice(max).join(' ')}` });
  });
}

/**
 * Arguments that did not parse. `line` is one zh-CN line naming the option and the bad value; the
 * usage follows when the arguments are incomplete or unknown (a bad value is said on its own).
 */
export interface ArgsError {
  readonly line: string;
  readonly usage: boolean;
}

export type ParsedArgs<T> = { readonly ok: true; readonly args: T } | { readonly ok: false; readonly error: ArgsError };

/** Splits `args` by `options` and parses `{ ...values, positionals }` with the command's schema. */
export function parseCommandArgs<S extends z.ZodType>(args: readonly string[], options: OptionsConfig, schema: S): ParsedArgs<z.output<S>> {
  let split;
  try {
    split = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    const zh = parseArgsErrorZh(e);
    if (zh === null) throw e;
    return { ok: false, error: { line: `参数错误：${zh}`, usage: true } };
  }
  const parsed = schema.safeParse({ ...split.values, positionals: split.positionals });
  if (parsed.success) return { ok: true, args: parsed.data };
  const issue = parsed.error.issues[0];
  if (!issue) throw new RangeError('parseCommandArgs: zod 报告失败但没有给出问题');
  // A required option left out (invalid_type), the positionals, or the options together (no path):
  // the command line is incomplete. An issue about one option's value is said on its own.
  const usage = issue.code === 'invalid_type' || issue.path.length === 0 || issue.path[0] === 'positionals';
  return { ok: false, error: { line: issue.message, usage } };
}

/** The text to print for an argument error: the line, and the usage when it helps. */
export function argsErrorText(error: ArgsError, usage: string): string {
  return error.usage ? `${error.line}\n用法：${usage}` : error.line;
}

/**
 * parseArgs' own errors (ERR_PARSE_ARGS_…) in zh-CN, or null for any other error. Checked by value:
 * under jest they come from another realm, so `instanceof Error` does not hold.
 */
export function parseArgsErrorZh(e: unknown): string | null {
  if (typeof e !== 'object' || e === null || !('code' in e) || !('message' in e)) return null;
  const { code, message } = e;
  if (typeof code !== 'string' || typeof message !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `未知选项 ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option)
    return /does not take an argument/.test(message) ? `${option} 后面不带值` : `${option} 后面应给出值`;
  return message;
}
