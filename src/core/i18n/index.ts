import type { Catalog, Locale, UiMessages } from './catalog';
import { en } from './en';
import { vi } from './vi';

export type { Catalog, Locale, UiMessages } from './catalog';
export { locales } from './catalog';
export type { AppErrorCode, NoticeCode, ReadIssueCode } from './codes';
export { appErrorCodes, noticeCodes, readIssueCodes } from './codes';
export { assertNever } from './assertNever';

const catalogs: Record<Locale, Catalog> = { vi, en };

/** The UI language for Office's display language: English for "en-*", Vietnamese otherwise. */
export function pickLocale(displayLanguage: string): Locale {
  return /^en(?:[-_]|$)/i.test(displayLanguage.trim()) ? 'en' : 'vi';
}

/** The catalog of a locale. */
export function getCatalog(locale: Locale): Catalog {
  return catalogs[locale];
}

/** A UI message key. */
export type UiKey = keyof UiMessages;

/** The parameters a UI message takes: none for a plain text, one object otherwise. */
export type UiArgs<K extends UiKey> = UiMessages[K] extends (params: infer P) => string
  ? [params: P]
  : [];

/** `t('checkButton')`, `t('headerRowValue', { first: 4, last: 4 })`. */
export type Translate = <K extends UiKey>(key: K, ...args: UiArgs<K>) => string;

/** A catalog with a `t` accessor for its fixed texts. */
export type Translator = Omit<Catalog, 'ui'> & { t: Translate };

/** The translator of a locale. */
export function createTranslator(locale: Locale): Translator {
  const { ui, ...rest } = getCatalog(locale);
  const t: Translate = (key, ...args) => {
    const message: UiMessages[UiKey] = ui[key];
    if (typeof message === 'string') return message;
    // The UiArgs type ties the parameter object to the key; the union of functions cannot say so.
    return (message as (params: unknown) => string)(args[0]);
  };
  return { ...rest, t };
}
