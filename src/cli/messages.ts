import type { CliErrorCode } from './cliError';
import type { Lang } from './parseArgs';

function assertNever(value: never): never {
  throw new Error(`Unhandled message code: ${String(value)}`);
}

/** The usage lines parseArgs names, as the Vietnamese help writes them. */
const USAGE_VI: ReadonlyMap<string, string> = new Map([
  ['da06 compare OLD NEW', 'da06 compare TỆP_CŨ TỆP_MỚI'],
  ['da06 summarize FILE -o OUT.xlsx', 'da06 summarize TỆP -o TỆP_KẾT_QUẢ.xlsx'],
  ['da06 normalize FILE -o OUT.xlsx', 'da06 normalize TỆP -o TỆP_KẾT_QUẢ.xlsx'],
]);

/** The example output of each command that writes a workbook, for the -o hints. */
const EXAMPLE_OUTPUT: Readonly<Record<Lang, ReadonlyMap<string, string>>> = {
  vi: new Map([
    ['summarize', 'tong-hop.xlsx'],
    ['normalize', 'chuan-hoa.xlsx'],
  ]),
  en: new Map([
    ['summarize', 'summary.xlsx'],
    ['normalize', 'normalized.xlsx'],
  ]),
};

/** One-line error messages, each with the next step. */
export function errorMessage(
  lang: Lang,
  code: CliErrorCode,
  p: Readonly<Record<string, string>>,
): string {
  return lang === 'en' ? errorEn(code, p) : errorVi(code, p);
}

function errorVi(code: CliErrorCode, p: Readonly<Record<string, string>>): string {
  switch (code) {
    case 'usage':
      return `Cách dùng: ${USAGE_VI.get(p.usage ?? '') ?? 'da06 check TỆP...'} — xem "da06 --help".`;
    case 'unknown_command':
      return `Không có lệnh "${p.command ?? ''}". Các lệnh: check, compare, summarize, normalize — xem "da06 --help".`;
    case 'unknown_option':
      return `Không có tùy chọn ${p.option ?? ''} — xem "da06 --help".`;
    case 'missing_value':
      return `Tùy chọn ${p.option ?? ''} cần một giá trị, ví dụ ${p.option ?? ''} 2024-01-31.`;
    case 'bad_date':
      return `Ngày "${p.value ?? ''}" không hợp lệ — ghi theo dạng NNNN-TT-NN, ví dụ 2024-01-31.`;
    case 'bad_number':
      return `${p.option ?? ''} cần một số ngày nguyên, không phải "${p.value ?? ''}".`;
    case 'bad_choice':
      return `${p.option ?? ''} chỉ nhận ${p.allowed ?? ''}, không nhận "${p.value ?? ''}".`;
    case 'no_files':
      return 'Chưa có tệp nào để kiểm tra — ví dụ: da06 check bang-nhiem-vu.xlsx';
    case 'file_not_found':
      return `Không tìm thấy tệp ${p.file ?? ''} — kiểm tra lại đường dẫn.`;
    case 'file_unreadable':
      return `Không đọc được ${p.file ?? ''} — kiểm tra quyền truy cập hoặc đóng tệp nếu đang mở ở chương trình khác.`;
    case 'not_a_workbook':
      return `${p.file ?? ''} không phải là tệp Excel (.xlsx) đọc được — mở trong Excel và lưu lại dạng .xlsx.`;
    case 'unsupported_type':
      return `Không đọc được loại tệp của ${p.file ?? ''} — dùng tệp .xlsx hoặc .csv.`;
    case 'sheet_not_found':
      return `Tệp ${p.file ?? ''} không có trang tính "${p.sheet ?? ''}"; các trang tính: ${p.sheets ?? ''}.`;
    case 'empty_file':
      return `Tệp ${p.file ?? ''} không có dữ liệu — kiểm tra lại tệp hoặc chọn trang tính có bảng nhiệm vụ (--sheet).`;
    case 'no_tasks':
      return `Tệp ${p.file ?? ''} có dòng tiêu đề nhưng không có nhiệm vụ nào bên dưới — kiểm tra lại tệp.`;
    case 'no_table':
      return `Không tìm thấy dòng tiêu đề của bảng nhiệm vụ trong tệp ${p.file ?? ''} — xem chi tiết bằng da06 check ${p.file ?? ''}, hoặc chọn trang tính có bảng (--sheet).`;
    case 'no_output':
      return `Chưa có tệp kết quả — thêm -o, ví dụ: da06 ${p.command ?? 'summarize'} ${p.file ?? 'bang-nhiem-vu.xlsx'} -o ${exampleOutput('vi', p.command)}`;
    case 'output_not_xlsx':
      return `Tệp kết quả ${p.file ?? ''} phải có đuôi .xlsx — ví dụ: -o ${exampleOutput('vi', p.command)}`;
    case 'output_is_input':
      return `Tệp kết quả ${p.file ?? ''} trùng với tệp đang đọc — chọn tên khác cho -o để không ghi đè bảng nhiệm vụ.`;
    case 'output_exists':
      return `Đã có tệp ${p.file ?? ''} không do da06 tạo nên không ghi đè — chọn tên khác cho -o, hoặc tự đổi tên hay xóa tệp đó.`;
    case 'output_unwritable':
      return `Không ghi được ${p.file ?? ''} — kiểm tra thư mục và quyền ghi, hoặc đóng tệp nếu đang mở trong Excel.`;
    default:
      return assertNever(code);
  }
}

function errorEn(code: CliErrorCode, p: Readonly<Record<string, string>>): string {
  switch (code) {
    case 'usage':
      return `Usage: ${p.usage ?? 'da06 check FILE...'} — see "da06 --help".`;
    case 'unknown_command':
      return `There is no command "${p.command ?? ''}". Commands: check, compare, summarize, normalize — see "da06 --help".`;
    case 'unknown_option':
      return `Unknown option ${p.option ?? ''} — see "da06 --help".`;
    case 'missing_value':
      return `Option ${p.option ?? ''} needs a value, e.g. ${p.option ?? ''} 2024-01-31.`;
    case 'bad_date':
      return `"${p.value ?? ''}" is not a valid date — write YYYY-MM-DD, e.g. 2024-01-31.`;
    case 'bad_number':
      return `${p.option ?? ''} needs a whole number of days, not "${p.value ?? ''}".`;
    case 'bad_choice':
      return `${p.option ?? ''} accepts ${p.allowed ?? ''}, not "${p.value ?? ''}".`;
    case 'no_files':
      return 'No file to check — e.g.: da06 check tasks.xlsx';
    case 'file_not_found':
      return `File not found: ${p.file ?? ''} — check the path.`;
    case 'file_unreadable':
      return `Cannot read ${p.file ?? ''} — check permissions, or close it in other programs.`;
    case 'not_a_workbook':
      return `${p.file ?? ''} is not a readable Excel workbook (.xlsx) — open it in Excel and save as .xlsx.`;
    case 'unsupported_type':
      return `Cannot read the file type of ${p.file ?? ''} — use an .xlsx or .csv file.`;
    case 'sheet_not_found':
      return `${p.file ?? ''} has no sheet "${p.sheet ?? ''}"; its sheets: ${p.sheets ?? ''}.`;
    case 'empty_file':
      return `${p.file ?? ''} holds no data — check the file, or pick the sheet with the task table (--sheet).`;
    case 'no_tasks':
      return `${p.file ?? ''} has a header row but no task under it — check the file.`;
    case 'no_table':
      return `No header row of a task table was found in ${p.file ?? ''} — see why with da06 check ${p.file ?? ''}, or pick the sheet with the table (--sheet).`;
    case 'no_output':
      return `No output file — add -o, e.g.: da06 ${p.command ?? 'summarize'} ${p.file ?? 'tasks.xlsx'} -o ${exampleOutput('en', p.command)}`;
    case 'output_not_xlsx':
      return `The output ${p.file ?? ''} must end in .xlsx — e.g. -o ${exampleOutput('en', p.command)}`;
    case 'output_is_input':
      return `The output ${p.file ?? ''} is the file being read — give -o another name, so the task table is not overwritten.`;
    case 'output_exists':
      return `${p.file ?? ''} exists and was not made by da06, so it is not overwritten — give -o another name, or rename or delete that file yourself.`;
    case 'output_unwritable':
      return `Cannot write ${p.file ?? ''} — check the folder and permissions, or close the file if it is open in Excel.`;
    default:
      return assertNever(code);
  }
}

function exampleOutput(lang: Lang, command: string | undefined): string {
  return EXAMPLE_OUTPUT[lang].get(command ?? '') ?? EXAMPLE_OUTPUT[lang].get('summarize') ?? '';
}

/** The step of a check under way: reading file `index` of `total`, or checking its `rows` rows. */
export type ProgressStep = { file: string; index: number; total: number; rows: number | null };

/** The progress line of `da06 check` on a terminal. */
export function progressMessage(lang: Lang, step: ProgressStep): string {
  const of =
    step.total > 1 ? ` ${lang === 'en' ? 'file' : 'tệp'} ${step.index}/${step.total}:` : '';
  if (lang === 'en') {
    return step.rows === null
      ? `Reading${of} ${step.file}…`
      : `Checking${of} ${step.file} (${step.rows.toLocaleString('en-US')} rows)…`;
  }
  return step.rows === null
    ? `Đang đọc${of} ${step.file}…`
    : `Đang kiểm tra${of} ${step.file} (${step.rows.toLocaleString('vi-VN')} dòng)…`;
}

export function helpText(lang: Lang): string {
  return lang === 'en'
    ? [
        'da06 — checks Đề án 06 task tables (.xlsx, .csv)',
        '',
        'Usage:',
        '  da06 check FILE... [--sheet NAME] [--as-of YYYY-MM-DD] [--due-soon DAYS] [--format text|json] [--lang vi|en]',
        '  da06 compare OLD NEW [--sheet NAME] [--format text|json] [--lang vi|en]',
        '  da06 summarize FILE -o OUT.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--due-soon DAYS] [--lang vi|en]',
        '  da06 normalize FILE -o OUT.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--lang vi|en]',
        '',
        'compare reports the figures of the same task that changed between OLD and NEW (a warning',
        'when their report dates differ, an error when they report on the same date).',
        '',
        'summarize writes the meeting workbook: an overview per agency, the late tasks, one sheet per',
        'agency. It never overwrites a workbook it did not make (-o, --output).',
        '',
        'normalize writes each task table in the standard layout: continuation rows merged, text',
        'cleaned, STT renumbered, agencies by their canonical names, deadlines as dates, a status and',
        'an overdue column. FILE is left as it is; OUT is overwritten only when da06 made it.',
        '',
        'Exit status: 0 no errors found, 1 errors found, 2 the command could not run.',
        'summarize and normalize exit 0 once the workbook is written, whatever the table holds.',
      ].join('\n')
    : [
        'da06 — kiểm tra bảng nhiệm vụ Đề án 06 (.xlsx, .csv)',
        '',
        'Cách dùng:',
        '  da06 check TỆP... [--sheet TÊN] [--as-of NNNN-TT-NN] [--due-soon SỐ_NGÀY] [--format text|json] [--lang vi|en]',
        '  da06 compare TỆP_CŨ TỆP_MỚI [--sheet TÊN] [--format text|json] [--lang vi|en]',
        '  da06 summarize TỆP -o TỆP_KẾT_QUẢ.xlsx [--sheet TÊN] [--as-of NNNN-TT-NN] [--due-soon SỐ_NGÀY] [--lang vi|en]',
        '  da06 normalize TỆP -o TỆP_KẾT_QUẢ.xlsx [--sheet TÊN] [--as-of NNNN-TT-NN] [--lang vi|en]',
        '',
        '  --as-of     ngày báo cáo (mặc định: hôm nay)',
        '  --sheet     chỉ đọc trang tính này',
        '  --format    text (mặc định) hoặc json',
        '  -o, --output  tệp kết quả sẽ ghi (.xlsx)',
        '',
        '  compare     báo các số liệu của cùng nhiệm vụ đã đổi giữa TỆP_CŨ và TỆP_MỚI (cảnh báo khi',
        '              ngày báo cáo khác nhau, lỗi khi cùng một ngày báo cáo)',
        '  summarize   ghi bảng tổng hợp cho cuộc họp: tổng hợp theo đơn vị, nhiệm vụ chậm muộn, mỗi',
        '              đơn vị một trang; không bao giờ ghi đè tệp không do da06 tạo',
        '  normalize   ghi từng bảng nhiệm vụ theo mẫu chuẩn: gộp dòng tiếp nối, làm sạch chữ, đánh',
        '              lại STT, tên đơn vị chuẩn, thời hạn thành ngày, thêm cột tình trạng và số ngày',
        '              quá hạn; giữ nguyên TỆP, không bao giờ ghi đè tệp không do da06 tạo',
        '',
        'Mã thoát: 0 không có lỗi, 1 có lỗi, 2 lệnh không chạy được',
        '(summarize và normalize trả 0 khi đã ghi xong tệp kết quả).',
      ].join('\n');
}
