import { SHEET_NAME_MAX } from './assignSheetNames';

type Abbreviation = { pattern: RegExp; short: string };

/** A phrase matched as whole words, in any case (Vietnamese capitals fold under the `u` flag). */
function phrase(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Short forms every tab uses, whatever the length ("UBND TP Hà Nội"). */
const ALWAYS: readonly Abbreviation[] = [
  { pattern: phrase('(?:ủy|uỷ) ban nhân dân'), short: 'UBND' },
  { pattern: phrase('hội đồng nhân dân'), short: 'HĐND' },
  { pattern: phrase('thành phố'), short: 'TP' },
];

/** The abbreviations of official writing, used only when the name would not fit a tab otherwise. */
const WHEN_LONG: readonly Abbreviation[] = [
  { pattern: phrase('lao động[\\s,\\-–—]+thương binh và xã hội'), short: 'LĐTBXH' },
  { pattern: phrase('thông tin và truyền thông'), short: 'TTTT' },
  { pattern: phrase('tài nguyên và môi trường'), short: 'TNMT' },
  { pattern: phrase('nông nghiệp và phát triển nông thôn'), short: 'NNPTNT' },
  { pattern: phrase('kế hoạch và đầu tư'), short: 'KHĐT' },
  { pattern: phrase('khoa học và công nghệ'), short: 'KHCN' },
  { pattern: phrase('giáo dục và đào tạo'), short: 'GDĐT' },
  { pattern: phrase('văn (?:hóa|hoá),? thể thao và du lịch'), short: 'VHTTDL' },
  { pattern: phrase('giao thông vận tải'), short: 'GTVT' },
  { pattern: phrase('trung ương'), short: 'TW' },
];

/**
 * A readable tab name for an agency the registry does not know (registry entries have their own
 * `short`): "Ủy ban nhân dân thành phố Hà Nội" → "UBND TP Hà Nội". Field names are abbreviated
 * only when the name is still too long; what stays too long is cut by `assignSheetNames`.
 */
export function shortAgencyName(name: string): string {
  let short = apply(name.normalize('NFC').replace(/\s+/g, ' ').trim(), ALWAYS);
  if (short.length > SHEET_NAME_MAX) short = apply(short, WHEN_LONG);
  return short;
}

function apply(text: string, abbreviations: readonly Abbreviation[]): string {
  return abbreviations.reduce((out, { pattern, short }) => out.replace(pattern, short), text);
}
