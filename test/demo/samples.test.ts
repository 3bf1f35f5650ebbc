import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SAMPLE, isSampleFile, SAMPLE_FILES, sampleUrl } from '../../src/demo/samples';
import { FIXTURES, WORKBOOKS } from '../helpers/fixtures';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const xlsxIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();

describe('the demo samples', () => {
  it('are the fixture workbooks, copied byte for byte into assets/samples', () => {
    expect([...SAMPLE_FILES].sort()).toEqual(xlsxIn(FIXTURES));
    expect(xlsxIn(SAMPLES)).toEqual(xlsxIn(FIXTURES));
    expect([...SAMPLE_FILES].sort()).toEqual(WORKBOOKS.map((w) => w.file).sort());
    for (const file of SAMPLE_FILES) {
      expect([
        file,
        readFileSync(join(SAMPLES, file)).equals(readFileSync(join(FIXTURES, file))),
      ]).toEqual([file, true]);
    }
  });

  it('open with the January report by default, fetched beside the page', () => {
    expect(DEFAULT_SAMPLE).toBe('bao-cao-230-cham-muon-T01-2024.xlsx');
    expect(sampleUrl(DEFAULT_SAMPLE)).toBe('assets/samples/bao-cao-230-cham-muon-T01-2024.xlsx');
    expect(isSampleFile('../manifest.xml')).toBe(false);
  });
});
