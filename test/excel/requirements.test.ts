import {
  apiSetOf,
  checkRequirements,
  EDIT_MINIMUM,
  HIGHLIGHT_MINIMUM,
  READ_MINIMUM,
} from '../../src/excel/requirements';

function office(max: string) {
  const version = (v: string) => v.split('.').map(Number) as [number, number];
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string) => {
          if (name !== 'ExcelApi') return false;
          const [a, b] = version(minVersion ?? '1.1');
          const [x, y] = version(max);
          return a < x || (a === x && b <= y);
        },
      },
    },
  };
}

describe('checkRequirements', () => {
  test('a current Excel supports every feature', () => {
    expect(checkRequirements(office('1.17'))).toEqual({
      inOffice: true,
      canRead: true,
      canHighlight: true,
      canSummarize: true,
      canEdit: true,
      supports: {
        getActiveWorksheet: true,
        getSelectedRange: true,
        selectRange: true,
        addWorksheet: true,
        worksheetProtection: true,
        mergeRange: true,
        unmergeRange: true,
        getUsedRangeOrNullObject: true,
        settings: true,
        getActiveCell: true,
        freezePanes: true,
        setCategoryNames: true,
        tabColor: true,
        getSelectedRanges: true,
        getCellProperties: true,
        setCellProperties: true,
        getRanges: true,
        pageLayout: true,
        getMergedAreasOrNullObject: true,
      },
    });
  });

  test('Excel 2019 (ExcelApi 1.8) reads, without merges or multi-area selections', () => {
    const result = checkRequirements(office('1.8'));
    expect(result.canRead).toBe(true);
    expect(result.canHighlight).toBe(false);
    expect(result.supports.settings).toBe(true);
    expect(result.supports.getSelectedRanges).toBe(false);
    expect(result.supports.getMergedAreasOrNullObject).toBe(false);
  });

  test('below the read minimum, cannot read', () => {
    expect(READ_MINIMUM).toBe('1.7');
    expect(checkRequirements(office('1.6')).canRead).toBe(false);
  });

  test('highlighting needs ExcelApi 1.9 (cell properties, getRanges)', () => {
    expect(HIGHLIGHT_MINIMUM).toBe('1.9');
    expect(checkRequirements(office('1.9')).canHighlight).toBe(true);
    expect(checkRequirements(office('1.8')).canHighlight).toBe(false);
  });

  test('editing in place needs ExcelApi 1.13 (merged areas, for an exact undo)', () => {
    expect(EDIT_MINIMUM).toBe('1.13');
    expect(apiSetOf.unmergeRange).toBe('1.2');
    expect(apiSetOf.setCellProperties).toBe('1.9');
    expect(checkRequirements(office('1.13')).canEdit).toBe(true);
    const older = checkRequirements(office('1.12'));
    expect(older.canEdit).toBe(false);
    expect(older.canHighlight).toBe(true);
  });

  test('outside Office: nothing supported', () => {
    for (const absent of [undefined, {}, { context: {} }]) {
      const result = checkRequirements(absent);
      expect(result.inOffice).toBe(false);
      expect(result.canRead).toBe(false);
      expect(result.canHighlight).toBe(false);
      expect(result.canEdit).toBe(false);
      expect(Object.values(result.supports)).toEqual(Object.keys(apiSetOf).map(() => false));
    }
  });

  test('asks for the ExcelApi set of each feature', () => {
    const asked: string[] = [];
    checkRequirements({
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => {
            asked.push(`${name} ${version ?? ''}`);
            return true;
          },
        },
      },
    });
    expect(new Set(asked)).toEqual(
      new Set([
        'ExcelApi 1.1',
        'ExcelApi 1.2',
        'ExcelApi 1.4',
        'ExcelApi 1.7',
        'ExcelApi 1.9',
        'ExcelApi 1.13',
      ]),
    );
  });
});
