import { CliError } from './cliError';

import type { Locale } from '../core/i18n';
import { DEFAULT_DUE_SOON_DAYS } from '../core/check/checkGrid';

/** The CLI speaks the UI's languages. */
export type Lang = Locale;
export type Format = 'text' | 'json';

export type CheckOptions = {
  command: 'check';
  files: string[];
  sheet: string | null;
  asOf: string | null;
  dueSoonDays: number;
  format: Format;
  lang: Lang;
};
export type CompareOptions = {
  command: 'compare';
  /** The older file and the newer one. */
  oldFile: string;
  newFile: string;
  sheet: string | null;
  format: Format;
  lang: Lang;
};
export type SummarizeOptions = {
  command: 'summarize';
  file: string;
  /** The meeting workbook to write (.xlsx). */
  output: string;
  sheet: string | null;
  asOf: string | null;
  dueSoonDays: number;
  lang: Lang;
};
export type NormalizeOptions = {
  command: 'normalize';
  file: string;
  /** The workbook of normalised tables to write (.xlsx). */
  output: string;
  sheet: string | null;
  asOf: string | null;
  lang: Lang;
};
export type HelpOptions = { command: 'help'; lang: Lang };
export type CliOptions =
  CheckOptions | CompareOptions | SummarizeOptions | NormalizeOptions | HelpOptions;

/** Short flags and the long flags they stand for. */
const SHORT_FLAGS: ReadonlyMap<string, string> = new Map([['-o', '--output']]);

/** `da06 check FILE... [--sheet NAME] [--as-of YYYY-MM-DD] [--due-soon DAYS] [--format text|json] [--lang vi|en]` */
export function parseArgs(argv: readonly string[]): CliOptions {
  const lang = peekLang(argv);
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { command: 'help', lang };
  }
  if (command === 'compare') return parseCompare(rest, lang);
  if (command === 'summarize') return parseSummarize(rest, lang);
  if (command === 'normalize') return parseNormalize(rest, lang);
  if (command !== 'check') throw new CliError('unknown_command', { command });

  const flags = readFlags(rest, ['--sheet', '--as-of', '--due-soon', '--format', '--lang']);
  if (flags.help) return { command: 'help', lang };
  if (flags.files.length === 0) throw new CliError('no_files');
  const asOf = flags.values.get('--as-of');
  return {
    command: 'check',
    files: flags.files,
    sheet: flags.values.get('--sheet') ?? null,
    asOf: asOf === undefined ? null : validDate(asOf),
    dueSoonDays: dueSoonOf(flags),
    format: formatOf(flags),
    lang,
  };
}

/** `da06 compare OLD NEW [--sheet NAME] [--format text|json] [--lang vi|en]` */
function parseCompare(rest: readonly string[], lang: Lang): CompareOptions | HelpOptions {
  const flags = readFlags(rest, ['--sheet', '--format', '--lang']);
  if (flags.help) return { command: 'help', lang };
  const [oldFile, newFile, ...more] = flags.files;
  if (oldFile === undefined || newFile === undefined || more.length > 0)
    throw new CliError('usage', { usage: 'da06 compare OLD NEW' });
  const sheet = flags.values.get('--sheet') ?? null;
  return { command: 'compare', oldFile, newFile, sheet, format: formatOf(flags), lang };
}

/** `da06 summarize FILE -o OUT.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--due-soon DAYS] [--lang vi|en]` */
function parseSummarize(rest: readonly string[], lang: Lang): SummarizeOptions | HelpOptions {
  const flags = readFlags(rest, ['--output', '--sheet', '--as-of', '--due-soon', '--lang']);
  if (flags.help) return { command: 'help', lang };
  const { file, output, sheet, asOf } = fileAndOutputOf(flags, 'summarize');
  return { command: 'summarize', file, output, sheet, asOf, dueSoonDays: dueSoonOf(flags), lang };
}

/** `da06 normalize FILE -o OUT.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--lang vi|en]` */
function parseNormalize(rest: readonly string[], lang: Lang): NormalizeOptions | HelpOptions {
  const flags = readFlags(rest, ['--output', '--sheet', '--as-of', '--lang']);
  if (flags.help) return { command: 'help', lang };
  return { command: 'normalize', ...fileAndOutputOf(flags, 'normalize'), lang };
}

/** The arguments of a command that reads one FILE and writes a workbook to -o OUT.xlsx. */
function fileAndOutputOf(
  flags: Flags,
  command: 'summarize' | 'normalize',
): { file: string; output: string; sheet: string | null; asOf: string | null } {
  const [file, ...more] = flags.files;
  if (file === undefined || more.length > 0)
    throw new CliError('usage', { usage: `da06 ${command} FILE -o OUT.xlsx` });
  const output = flags.values.get('--output');
  if (output === undefined || output === '') throw new CliError('no_output', { command, file });
  const asOf = flags.values.get('--as-of');
  return {
    file,
    output,
    sheet: flags.values.get('--sheet') ?? null,
    asOf: asOf === undefined ? null : validDate(asOf),
  };
}

type Flags = { files: string[]; values: Map<string, string>; help: boolean };

/**
 * Splits a command's arguments into files and its flags ("--name value", "--name=value", or a
 * short flag such as "-o value"); an unknown flag, a flag without its value, or a language other
 * than vi/en is an error.
 */
function readFlags(rest: readonly string[], names: readonly string[]): Flags {
  const flags: Flags = { files: [], values: new Map(), help: false };
  for (let i = 0; i < rest.length; i++) {
    const typed = rest[i] ?? '';
    if (typed === '--') continue;
    const arg = SHORT_FLAGS.get(typed) ?? typed;
    if (!arg.startsWith('--')) {
      flags.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    // Errors name the flag as the user typed it ("-o", not "--output").
    const shown = arg === typed ? name : typed;
    if (name === '--help') return { ...flags, help: true };
    if (!names.includes(name)) throw new CliError('unknown_option', { option: shown });
    let value = arg.slice(eq + 1);
    if (eq < 0) {
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new CliError('missing_value', { option: shown });
      value = next;
      i++;
    }
    flags.values.set(name, value);
  }
  const lang = flags.values.get('--lang');
  if (lang !== undefined) choice(lang, ['vi', 'en'] as const, '--lang');
  return flags;
}

function formatOf(flags: Flags): Format {
  const format = flags.values.get('--format');
  return format === undefined ? 'text' : choice(format, ['text', 'json'] as const, '--format');
}

function dueSoonOf(flags: Flags): number {
  const dueSoon = flags.values.get('--due-soon');
  return dueSoon === undefined ? DEFAULT_DUE_SOON_DAYS : wholeNumber(dueSoon, '--due-soon');
}

/** The language is needed before anything else, to word argument errors. */
export function peekLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = arg.startsWith('--lang=')
      ? arg.slice(7)
      : arg === '--lang'
        ? argv[i + 1]
        : undefined;
    if (value === 'en' || value === 'vi') return value;
  }
  return 'vi';
}

function validDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d)
      return text;
  }
  throw new CliError('bad_date', { value: text });
}

function wholeNumber(text: string, option: string): number {
  if (!/^\d{1,4}$/.test(text)) throw new CliError('bad_number', { option, value: text });
  return Number(text);
}

function choice<T extends string>(text: string, allowed: readonly T[], option: string): T {
  const found = allowed.find((a) => a === text);
  if (found === undefined)
    throw new CliError('bad_choice', { option, value: text, allowed: allowed.join('|') });
  return found;
}
