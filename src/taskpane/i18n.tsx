import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { createTranslator } from '../core/i18n';
import type { Locale, Translator } from '../core/i18n';

const TranslatorContext = createContext<Translator>(createTranslator('vi'));

/** Gives the components below the words of one locale. */
export function TranslatorProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const translator = useMemo(() => createTranslator(locale), [locale]);
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** The words of the current locale. */
export function useTranslator(): Translator {
  return useContext(TranslatorContext);
}
