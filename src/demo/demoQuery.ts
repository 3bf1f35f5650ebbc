import type { Locale } from '../core/i18n';
import { pickLocale } from '../core/i18n';
import type { SampleFile } from './samples';
import { DEFAULT_SAMPLE, isSampleFile } from './samples';

/** What the page's address asks for. */
export type DemoQuery = {
  /** `?lang=en` → English; Vietnamese otherwise. */
  locale: Locale;
  /** `?sample=<file name>`; an unknown name falls back to the default sample. */
  sample: SampleFile;
};

/** Reads `?lang=` and `?sample=` from a query string ("?lang=en&sample=…"). */
export function readDemoQuery(search: string): DemoQuery {
  const params = new URLSearchParams(search);
  const sample = params.get('sample') ?? '';
  return {
    // The add-in follows Office's language; the page has no Office, so Vietnamese unless asked.
    locale: pickLocale(params.get('lang') ?? 'vi'),
    sample: isSampleFile(sample) ? sample : DEFAULT_SAMPLE,
  };
}

/** The query string for a sample, keeping the language: what the address bar shows. */
export function demoSearch(query: DemoQuery): string {
  const params = new URLSearchParams();
  if (query.locale !== 'vi') params.set('lang', query.locale);
  params.set('sample', query.sample);
  return `?${params.toString()}`;
}
