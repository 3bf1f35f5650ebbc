import { readdirSync } from 'node:fs';
import { type AgencyColumn, parseAgencies } from '../../../src/core/parse/parseAgencies';
import {
  type AgencyReading,
  type AgencyRef,
  agencyReadingSchema,
} from '../../../src/core/parse/agencySchema';
import { cellText } from '../../../src/core/table/grid';
import { foldForMatch } from '../../../src/core/text/normalizeText';
import { fixturePath, loadWorkbook, readTsv } from '../../helpers/fixtures';

const ids = (refs: readonly AgencyRef[]): (string | null)[] => refs.map((ref) => ref.id);

/** Lead and partner ids, unknown names as `?name`. */
function summary(reading: AgencyReading): {
  lead: string[];
  partners: string[];
  statedCount: number | null;
} {
  const show = (ref: AgencyRef): string => ref.id ?? `?${ref.name}`;
  return {
    lead: reading.lead.map(show),
    partners: reading.partners.map(show),
    statedCount: reading.statedCount,
  };
}

describe('parseAgencies: lead and partners', () => {
  it.each([
    ['Bộ Công an chủ trì, Bộ Tư pháp phối hợp', ['BCA'], ['BTP']],
    [
      'Bộ Tài chính chủ trì phối hợp Bộ Thông tin và Truyền thông, VPCP',
      ['BTC'],
      ['BTTTT', 'VPCP'],
    ],
    ['Bộ Công an chủ trì, phối hợp với Bộ Y tế', ['BCA'], ['BYT']],
    ['Bộ Thông tin và Truyền thông phối hợp với Bộ Tài chính', ['BTTTT'], ['BTC']],
    ['Bộ Y tế phối hợp Bộ công an', ['BYT'], ['BCA']],
    ['Bộ Xây dựng phối hợp Bộ Công an, Bộ Tài nguyên và Môi trường', ['BXD'], ['BCA', 'BTNMT']],
    ['Bộ Thông tin và Truyền thôngphối hợp với Bộ Tài chính', ['BTTTT'], ['BTC']],
    ['Bộ Thông tin và Truyền thôngphối hợp', ['BTTTT'], []],
    ['Bo Y te phoi hop Bo Cong an', ['BYT'], ['BCA']],
    [
      'Các bộ, ngành, địa phương phối hợp Văn phòng Chính phủ, Bộ Công an',
      ['ALL_MIN_LOC'],
      ['VPCP', 'BCA'],
    ],
    ['UBND các tỉnh/thành phố phối hợp Bộ Tài chính', ['ALL_PROV'], ['BTC']],
    // Co-lead semantics: "đồng chủ trì" makes Bộ Công an a co-lead; Bộ Tư pháp, the subject of
    // "phối hợp <object>", is the other co-lead; the objects are partners.
    [
      'Bộ Công an đồng chủ trì, Bộ Tư pháp phối hợp Bộ Thông tin và Truyền thông và UBND các địa phương',
      ['BCA', 'BTP'],
      ['BTTTT', 'ALL_PROV'],
    ],
    ['Bộ Công an, Tòa án nhân dân tối cao', ['BCA', 'TANDTC'], []],
    ['Bộ Tư pháp; Bộ Y tế', ['BTP', 'BYT'], []],
    ['Văn phòng Chính phủ, Bộ Công an', ['VPCP', 'BCA'], []],
    ['Phối hợp với Bộ Công an', [], ['BCA']],
  ])('%j', (cell, lead, partners) => {
    const reading = parseAgencies(cell);
    expect([ids(reading.lead), ids(reading.partners)]).toEqual([lead, partners]);
  });

  it('makes everything a partner in a partners column', () => {
    const reading = parseAgencies('Bộ Công an chủ trì, Bộ Tư pháp phối hợp', 'partners');
    expect([ids(reading.lead), ids(reading.partners)]).toEqual([[], ['BCA', 'BTP']]);
  });

  it('keeps a remark after "chủ trì," as a note on the lead', () => {
    const reading = parseAgencies(
      'Sở Thông tin và Truyền thông chủ trì, chỉ đạo các doanh nghiệp viễn thông trên địa bàn tỉnh',
    );
    expect(reading.lead).toEqual([
      {
        id: 'PD.STTTT',
        name: 'Sở Thông tin và Truyền thông',
        written: 'Sở Thông tin và Truyền thông',
        kind: 'provincial-department',
        note: 'chỉ đạo các doanh nghiệp viễn thông trên địa bàn tỉnh',
      },
    ]);
  });

  it('keeps bracketed remarks as notes and the words as written', () => {
    const reading = parseAgencies('Bộ Tư pháp (ý kiến thẩm định); Bộ Công an (C06)', 'partners');
    expect(reading.partners).toEqual([
      {
        id: 'BTP',
        name: 'Bộ Tư pháp',
        written: 'Bộ Tư pháp (ý kiến thẩm định)',
        kind: 'ministry',
        note: '(ý kiến thẩm định)',
      },
      {
        id: 'BCA',
        name: 'Bộ Công an',
        written: 'Bộ Công an (C06)',
        kind: 'ministry',
        note: '(C06)',
      },
    ]);
  });
});

describe('parseAgencies: counts and named sets', () => {
  it('reads "02 bộ, ngành: …" as its three named bodies with the stated 2', () => {
    const reading = parseAgencies('02 bộ, ngành: Tư pháp, Y tế, Lao động - Thương binh và Xã hội');
    expect(summary(reading)).toEqual({
      lead: ['BTP', 'BYT', 'BLDTBXH'],
      partners: [],
      statedCount: 2,
    });
  });

  it('reads "13 bộ, ngành (đặc biệt …)" as the collective, then the bodies named as examples', () => {
    const reading = parseAgencies(
      '13 bộ, ngành (đặc biệt Bộ Thông tin và Truyền thông, Bộ Tài chính, Bộ Tư pháp)',
    );
    expect(summary(reading)).toEqual({
      lead: ['ALL_MIN', 'BTTTT', 'BTC', 'BTP'],
      partners: [],
      statedCount: 13,
    });
    expect(reading.lead[0]?.written).toBe('13 bộ, ngành');
  });

  it('reads a count alone as the collective bucket', () => {
    const reading = parseAgencies('09 bộ ngành cần triển khai');
    expect(summary(reading)).toEqual({ lead: ['ALL_MIN'], partners: [], statedCount: 9 });
    expect(reading.lead[0]?.written).toBe('09 bộ ngành cần triển khai');
  });

  it('reads "Ủy ban nhân dân các tỉnh: …" as the named provinces', () => {
    const reading = parseAgencies(
      'Ủy ban nhân dân các tỉnh: Bắc Kạn, Bình Phước, Đắk Nông, Gia Lai, Khánh Hòa, Phú Yên, Thanh Hóa, Vĩnh Long',
    );
    expect(summary(reading)).toEqual({
      lead: [
        'P.BAC_KAN',
        'P.BINH_PHUOC',
        'P.DAK_NONG',
        'P.GIA_LAI',
        'P.KHANH_HOA',
        'P.PHU_YEN',
        'P.THANH_HOA',
        'P.VINH_LONG',
      ],
      partners: [],
      statedCount: null,
    });
  });

  it('reads "UBND 06 địa phương (gồm: …)" as the named provinces with the stated 6', () => {
    const reading = parseAgencies(
      'UBND 06 địa phương (gồm: Hà Nội, TP. Hồ Chí Minh, Thừa Thiên - Huế, Bà Rịa – Vũng Tàu, Đắk Lắk, Cần Thơ)',
    );
    expect(summary(reading)).toEqual({
      lead: [
        'P.HA_NOI',
        'P.HO_CHI_MINH',
        'P.THUA_THIEN_HUE',
        'P.BA_RIA_VUNG_TAU',
        'P.DAK_LAK',
        'P.CAN_THO',
      ],
      partners: [],
      statedCount: 6,
    });
  });

  it('reads collective owners as their own buckets, never expanded', () => {
    expect(summary(parseAgencies('Các bộ, ngành, địa phương'))).toEqual({
      lead: ['ALL_MIN_LOC'],
      partners: [],
      statedCount: null,
    });
    expect(
      ids(
        parseAgencies(
          'Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố; UBND cấp xã',
        ).lead,
      ),
    ).toEqual(['ALL_PROV_DEPT', 'ALL_DISTRICT', 'ALL_COMMUNE']);
  });
});

describe('parseAgencies: unknown and empty cells', () => {
  it('keeps unknown names as written, never dropped', () => {
    const reading = parseAgencies('Hội Nông dân Việt Nam phối hợp Bộ Công an');
    expect(reading.lead).toEqual([
      { id: null, name: 'Hội Nông dân Việt Nam', written: 'Hội Nông dân Việt Nam', kind: null },
    ]);
    expect(ids(reading.partners)).toEqual(['BCA']);
  });

  it('reads random words as one unknown name', () => {
    expect(summary(parseAgencies('xin chào các bạn'))).toEqual({
      lead: ['?xin chào các bạn'],
      partners: [],
      statedCount: null,
    });
  });

  it('does not take "Sở Tư pháp" for "Bộ Tư pháp"', () => {
    expect(ids(parseAgencies('Sở Tư pháp').lead)).toEqual(['PD.STP']);
  });

  it.each(['#N/A', '#REF!', ' #name? '])('reads the Excel error %j as empty', (cell) => {
    expect(parseAgencies(cell)).toEqual({ lead: [], partners: [], statedCount: null });
    expect(parseAgencies(cell, 'partners')).toEqual({ lead: [], partners: [], statedCount: null });
  });

  it('drops an Excel error on a line of its own (a cell joined over rows)', () => {
    expect(summary(parseAgencies('Bộ Công an\n#N/A'))).toEqual({
      lead: ['BCA'],
      partners: [],
      statedCount: null,
    });
    // Text that mentions an error is not an error cell: it is read as written.
    expect(parseAgencies('Lỗi #N/A').lead.length).toBeGreaterThan(0);
  });

  it.each([null, '', '   ', '–', '\n'])('reads %j as empty', (cell) => {
    expect(parseAgencies(cell)).toEqual({ lead: [], partners: [], statedCount: null });
  });
});

type AgencyCell = { source: string; column: AgencyColumn; text: string };

const HEADER_COLUMNS: Readonly<Record<string, AgencyColumn>> = {
  'don vi thuc hien': 'lead',
  'don vi chu tri': 'lead',
  'co quan chu tri': 'lead',
  'don vi phoi hop': 'partners',
  'co quan phoi hop': 'partners',
};

const TSV_COLUMNS: Readonly<Record<string, AgencyColumn>> = {
  don_vi_thuc_hien: 'lead',
  don_vi_chu_tri: 'lead',
  don_vi_phoi_hop: 'partners',
  lead_agency: 'lead',
  coordinating_agencies: 'partners',
};

/** Every agency cell of the fixture workbooks: the rows under the first row naming an agency column. */
async function workbookCells(): Promise<AgencyCell[]> {
  const cells: AgencyCell[] = [];
  const files = readdirSync(fixturePath()).filter((file) => file.endsWith('.xlsx'));
  for (const file of files) {
    for (const grid of await loadWorkbook(file)) {
      const headerRow = grid.values.findIndex((row) =>
        row.some((value) => HEADER_COLUMNS[foldForMatch(cellText(value))] !== undefined),
      );
      if (headerRow < 0) continue;
      const columns = (grid.values[headerRow] ?? []).flatMap((value, c) => {
        const column = HEADER_COLUMNS[foldForMatch(cellText(value))];
        return column === undefined ? [] : [{ c, column }];
      });
      for (const [r, row] of grid.values.entries()) {
        if (r <= headerRow) continue;
        for (const { c, column } of columns) {
          const text = cellText(row[c] ?? null);
          if (text.trim() !== '')
            cells.push({ source: `${file} ${grid.sheet}!R${r + 1}C${c + 1}`, column, text });
        }
      }
    }
  }
  return cells;
}

function tsvCells(): AgencyCell[] {
  const files = readdirSync(fixturePath('tables')).filter((file) => file.endsWith('.tsv'));
  return files.flatMap((file) =>
    readTsv('tables', file).flatMap((row, index) =>
      Object.entries(TSV_COLUMNS).flatMap(([key, column]) => {
        const text = row[key] ?? '';
        return text.trim() === '' ? [] : [{ source: `${file}:${index + 2} ${key}`, column, text }];
      }),
    ),
  );
}

describe('parseAgencies on the fixtures', () => {
  let cells: AgencyCell[] = [];
  beforeAll(async () => {
    cells = [...(await workbookCells()), ...tsvCells()];
  });

  it('reads every agency cell, dropping none', () => {
    expect(cells.length).toBeGreaterThan(300);
    for (const cell of cells) {
      const reading = parseAgencies(cell.text, cell.column);
      expect(agencyReadingSchema.safeParse(reading).success).toBe(true);
      expect({
        source: cell.source,
        refs: reading.lead.length + reading.partners.length > 0,
      }).toEqual({
        source: cell.source,
        refs: true,
      });
    }
  });

  it('leaves these names unknown', () => {
    const unknown = new Set<string>();
    for (const cell of cells) {
      const reading = parseAgencies(cell.text, cell.column);
      for (const ref of [...reading.lead, ...reading.partners])
        if (ref.id === null) unknown.add(ref.name);
    }
    expect([...unknown].sort()).toMatchInlineSnapshot(`[]`);
  });

  it('reads the lead column of report 230 as expected', async () => {
    const [grid] = await loadWorkbook('bao-cao-230-cham-muon-T01-2024.xlsx');
    const lines = (grid?.values ?? [])
      .slice(4)
      .map((row) => cellText(row[3] ?? null))
      .filter((text) => text !== '')
      .map((text) => {
        const { lead, partners, statedCount } = summary(parseAgencies(text, 'lead'));
        const count = statedCount === null ? '' : ` (${statedCount})`;
        return `${lead.join(' + ')}${partners.length > 0 ? ` ← ${partners.join(' + ')}` : ''}${count}`;
      });
    expect(lines).toMatchInlineSnapshot(`
     [
       "ALL_MIN_LOC ← VPCP + BCA",
       "BCA + TANDTC",
       "BCA + BTNMT",
       "BCA + TTrCP",
       "BCA + BKHCN",
       "BCA + TANDTC",
       "BCA + TANDTC",
       "BCA + VKSNDTC",
       "BCA + BNNPTNT",
       "BCA + BQP + BTP",
       "ALL_MIN_LOC ← VPCP + BCA",
       "ALL_MIN_LOC ← VPCP",
       "ALL_MIN_LOC ← BCA + BTTTT + VPCP",
       "ALL_MIN_LOC ← VPCP",
       "ALL_MIN_LOC",
       "ALL_MIN_LOC",
       "ALL_MIN_LOC",
       "BTP + BYT + BLDTBXH (2)",
       "BCA + BTP ← BTTTT + ALL_PROV",
       "BYT ← BCA",
       "BXD ← BCA + BTNMT",
       "BTTTT",
       "BTTTT ← BTC",
       "BTTTT",
       "BTTTT",
       "BTC ← BTTTT + VPCP",
       "ALL_PROV ← BTC",
     ]
    `);
  });
});
