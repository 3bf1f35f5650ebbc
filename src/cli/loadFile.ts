import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Grid } from '../core/table/grid';
import { delimitedToGrid } from '../core/table/delimitedToGrid';
import { readXlsxGrids } from '../xlsx/readXlsx';
import { CliError } from './cliError';

/** Reads an .xlsx or .csv (or .tsv) file into grids, one per sheet. */
export async function loadFile(path: string): Promise<Grid[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError('file_not_found', { file: path });
  if (!info.isFile()) throw new CliError('file_unreadable', { file: path });
  const ext = extname(path).toLowerCase();
  const data = await readFile(path).catch(() => {
    throw new CliError('file_unreadable', { file: path });
  });
  switch (ext) {
    case '.xlsx':
    case '.xlsm':
      return await readWorkbook(data, path);
    case '.csv':
    case '.tsv':
    case '.txt':
      return [delimitedToGrid(decodeText(data), basename(path, ext))];
    default:
      throw new CliError('unsupported_type', { file: path });
  }
}

async function readWorkbook(data: Buffer, path: string): Promise<Grid[]> {
  // An .xlsx is a zip: "PK". Anything else is not a workbook, whatever its name.
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw new CliError('not_a_workbook', { file: path });
  }
  try {
    return await readXlsxGrids(data);
  } catch {
    throw new CliError('not_a_workbook', { file: path });
  }
}

/** UTF-8 (with or without BOM), or UTF-16 LE as Excel's "Unicode text" export writes it. */
function decodeText(data: Buffer): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  return new TextDecoder('utf-8').decode(data);
}
