import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { readFileSync } from 'node:fs';
import { TextDecoder, TextEncoder } from 'node:util';
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import type { Locale } from '../../src/core/i18n';
import { TranslatorProvider } from '../../src/taskpane/i18n';
import { fixturePath } from '../helpers/fixtures';

// jsdom has no TextEncoder; the adapter sizes its requests with one, as browsers allow.
Object.assign(globalThis, { TextEncoder, TextDecoder });

/** A fixture workbook's bytes, as the page's fetch would give them. */
export function fixtureBytes(file: string): ArrayBuffer {
  const bytes = readFileSync(fixturePath(file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** The providers the page puts around its parts. */
export function Providers({ locale = 'vi', children }: { locale?: Locale; children: ReactNode }) {
  return (
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <TranslatorProvider locale={locale}>{children}</TranslatorProvider>
      </FluentProvider>
    </StrictMode>
  );
}
