import { CliError } from './cliError';

import type { Locale } from '../core/i18n';

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
export type HelpOptions = { command: 'help'; lang: Lang };
export type CliOptions = CheckOptions | CompareOptions | HelpOptions;

/** Commands of DESIGN.md §4 that later versions provide. */
const PLANNED = new Set(['summarize', 'normalize']);

/** `da06 check FILE... [--sheet NAME] [--as-of YYYY-MM-DD] [--due-soon DAYS] [--format text|json] [--lang vi|en]` */
export function parseArgs(argv: readonly string[]): CliOptions {
  const lang = peekLang(argv);
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return { command: 'help', lang };
  }
  if (PLANNED.has(command)) throw new CliError('not_implemented', { command });
  if (command === 'compare') return parseCompare(rest, lang);
  if (command !== 'check') throw new CliError('unknown_command', { command });

  const options: CheckOptions = {
    command: 'check',
    files: [],
    sheet: null,
    asOf: null,
    dueSoonDays: 14,
    format: 'text',
    lang,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') options.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const take = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new CliError('missing_value', { option: name });
      i++;
      return next;
    };
    switch (name) {
      case '--sheet':
        options.sheet = take();
        break;
      case '--as-of':
        options.asOf = validDate(take());
        break;
      case '--due-soon':
        options.dueSoonDays = wholeNumber(take(), name);
        break;
      case '--format':
        options.format = choice(take(), ['text', 'json'] as const, name);
        break;
      case '--lang':
        take();
        break;
      case '--help':
        return { command: 'help', lang };
      default:
        throw new CliError('unknown_option', { option: name });
    }
  }
  if (options.files.length === 0) throw new CliError('no_files');
  return options;
}

/** `da06 compare OLD NEW [--sheet NAME] [--format text|json] [--lang vi|en]` */
function parseCompare(rest: readonly string[], lang: Lang): CompareOptions | HelpOptions {
  const files: string[] = [];
  let sheet: string | null = null;
  let format: Format = 'text';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    const take = (): string => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = rest[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new CliError('missing_value', { option: name });
      i++;
      return next;
    };
    switch (name) {
      case '--sheet':
        sheet = take();
        break;
      case '--format':
        format = choice(take(), ['text', 'json'] as const, name);
        break;
      case '--lang':
        take();
        break;
      case '--help':
        return { command: 'help', lang };
      default:
        throw new CliError('unknown_option', { option: name });
    }
  }
  const [oldFile, newFile, ...more] = files;
  if (oldFile === undefined || newFile === undefined || more.length > 0)
    throw new CliError('usage', { usage: 'da06 compare OLD NEW' });
  return { command: 'compare', oldFile, newFile, sheet, format, lang };
}

/** The language is needed before anything else, to word argument errors. */
function peekLang(argv: readonly string[]): Lang {
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
