/**
 * The sample workbooks the demo page offers: the test fixtures, copied to `assets/samples/` (and
 * by webpack to `dist/assets/samples/`). A test checks the three lists stay the same.
 */
export const SAMPLE_FILES = [
  'bao-cao-230-cham-muon-T01-2024.xlsx',
  'thanh-hoa-phu-luc-I-06-2024.xlsx',
  'chi-thi-05-2023-phu-luc.xlsx',
  'thong-bao-4318-2024-nhiem-vu.xlsx',
] as const;

export type SampleFile = (typeof SAMPLE_FILES)[number];

/** The sample opened when the address names none. */
export const DEFAULT_SAMPLE: SampleFile = 'bao-cao-230-cham-muon-T01-2024.xlsx';

export function isSampleFile(name: string): name is SampleFile {
  return (SAMPLE_FILES as readonly string[]).includes(name);
}

/** Where the page fetches a sample from, relative to demo.html (bundled, so no network). */
export function sampleUrl(file: SampleFile): string {
  return `assets/samples/${encodeURIComponent(file)}`;
}
