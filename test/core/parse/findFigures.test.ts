import fc from 'fast-check';
import { figureKey, findFigures } from '../../../src/core/parse/findFigures';
import type { Figure } from '../../../src/core/parse/findFigures';

const brief = (text: string): Pick<Figure, 'kind' | 'value' | 'whole' | 'noun' | 'polarity'>[] =>
  findFigures(text).map(({ kind, value, whole, noun, polarity }) => ({
    kind,
    value,
    whole,
    noun,
    polarity,
  }));

describe('findFigures', () => {
  it('reads the 230 annex result: a remainder and its share ("tiến độ 04 tháng" is a delay, left out)', () => {
    const text =
      'Còn 551 thủ tục hành chính chưa được thực thi (chiếm 41,74%), chậm tiến độ 04 tháng';
    const figures = findFigures(text);
    expect(brief(text)).toEqual([
      {
        kind: 'remaining',
        value: 551,
        whole: null,
        noun: 'thủ tục hành chính',
        polarity: 'remaining',
      },
      { kind: 'share', value: 41.74, whole: null, noun: '', polarity: null },
    ]);
    const [first, second] = figures;
    expect(text.slice(first?.start, first?.end)).toBe('551');
    expect(text.slice(second?.start, second?.end)).toBe('41,74%');
    expect(second?.decimals).toBe(2);
  });

  it('reads Vietnamese numbers: thousands dots, decimal commas, leading zeros, magnitudes', () => {
    expect(brief('Đã xác thực 3.183.845/3.224.669 hồ sơ cá nhân, đạt tỷ lệ 98,74%')).toEqual([
      { kind: 'fraction', value: 3183845, whole: 3224669, noun: 'hồ sơ cá nhân', polarity: 'done' },
      { kind: 'achieved', value: 98.74, whole: null, noun: '', polarity: null },
    ]);
    expect(brief('02 bộ, ngành: Tư pháp, Y tế')).toEqual([
      { kind: 'counted-list', value: 2, whole: null, noun: 'bộ, ngành', polarity: null },
    ]);
    expect(brief('Tổng kinh phí là 9,293 tỷ đồng')[0]?.value).toBe(9293000000);
    const over = findFigures('kích hoạt trên 52 triệu tài khoản')[0];
    expect(over).toMatchObject({ value: 52000000, noun: 'tài khoản', qualifier: 'over' });
  });

  it('spells out abbreviations and gives the same key to the same quantity', () => {
    const [a] = findFigures('Còn 551 thủ tục hành chính chưa được thực thi');
    const [b] = findFigures('còn 558 TTHC chưa được thực thi');
    expect(b?.noun).toBe('thủ tục hành chính');
    expect(a && figureKey(a)).toBe('count|thu tuc hanh chinh|remaining');
    expect(a && b && figureKey(a) === figureKey(b)).toBe(true);
    const [done] = findFigures('Đã hoàn thành 535/1.086 thủ tục hành chính');
    expect(done && figureKey(done)).toBe('count|thu tuc hanh chinh|done');
    const [bare] = findFigures('đạt 100%');
    expect(bare && figureKey(bare)).toBeNull();
  });

  it('tells counted lists, task counts, remainders and shares apart', () => {
    expect(brief('16 bộ, ngành chưa hoàn thành, gồm: Công an; Ngoại giao')[0]).toMatchObject({
      kind: 'counted-list',
      value: 16,
      polarity: 'remaining',
    });
    expect(brief('I. Về pháp lý (03 nhiệm vụ)')).toEqual([
      { kind: 'task-count', value: 3, whole: null, noun: 'nhiệm vụ', polarity: null },
    ]);
    expect(brief('số còn lại 1.586 người đang thực hiện rà soát')[0]).toMatchObject({
      kind: 'remaining',
      value: 1586,
    });
    expect(brief('Hiện tại 99,95% số thôn được phủ sóng')[0]).toMatchObject({
      kind: 'percent',
      noun: 'thôn',
    });
  });

  it.each([
    'Hoàn thành trước 15/12/2023',
    'Tháng 6/2023',
    'trước ngày 30/6',
    'Cấp điện mới từ lưới điện hạ áp (220/380V)',
    'văn bản số 1552/BTTTT-THH',
    'Nghị quyết số 50/NQ-CP',
    'theo Nghị định số 107/2021/NĐ-CP',
    'Nghị định 107 ngày 06/12/2021',
    'Công văn số 618/STP-XDKTVB ngày 27/3/2024',
    'Điện thoại: 0237 3852 123',
    'ĐT 0912.345.678',
    'Quý I/2024',
    'triển khai Đề án 06 trên địa bàn',
    'mạng 4G, 5G',
    '(15/12)',
  ])('finds no figure in %j', (text) => {
    expect(findFigures(text)).toEqual([]);
  });

  it('never throws, and keeps offsets inside the cleaned text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .array(
              fc.constantFrom(
                '551',
                '1.086',
                '41,74',
                '%',
                '/',
                ' ',
                'thủ tục',
                'chưa',
                'còn',
                'chiếm',
                '(',
                ')',
                'gồm:',
                'trong đó',
                ',',
                '.',
                '02',
                'bộ, ngành',
                'triệu',
                'đạt',
                '2023',
                'ngày',
                'số',
                'NĐ-CP',
                '\n',
              ),
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          for (const figure of findFigures(text)) {
            expect(figure.start).toBeLessThan(figure.end);
            expect(Number.isFinite(figure.value)).toBe(true);
          }
        },
      ),
    );
  });
});
