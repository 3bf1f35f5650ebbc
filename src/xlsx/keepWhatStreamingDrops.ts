import type ExcelJS from 'exceljs';
import ExtLstXform from 'exceljs/lib/xlsx/xform/sheet/ext-lst-xform';

/**
 * What of exceljs 4.4's streaming WorksheetWriter (lib/stream/xlsx/worksheet-writer.js) this
 * module reaches into: the sheet's stream, the workbook's styles, and the steps that write the
 * parts of the sheet's XML around the two the writer leaves out.
 */
type WorksheetWriterInternals = {
  stream: NodeJS.EventEmitter & { write(xml: string): unknown };
  workbook: { styles: unknown };
  conditionalFormatting: unknown[];
  _writeConditionalFormatting(): void;
  _writePageMargins(): void;
  _writeCloseWorksheet(): void;
};

const PRINT_OPTIONS = '<printOptions horizontalCentered="1"/>';

/**
 * exceljs's streaming writer drops two things its in-memory writer keeps: `<printOptions>`
 * (the page centred across, `pageSetup.horizontalCentered`) and the sheet's `<extLst>`, where a
 * solid data bar lives (without it Excel draws a gradient bar). This puts both back, in the
 * places the OOXML schema orders them (ECMA-376 Part 1, §18.3.1.99 CT_Worksheet): printOptions
 * just before pageMargins, extLst last. Every sheet da06 writes is centred across (see
 * sheetOptions in writeSheetSpecs.ts). Returns the sheet's internals the caller waits on.
 */
export function keepWhatStreamingDrops(sheet: ExcelJS.Worksheet): WorksheetWriterInternals {
  const writer = sheet as unknown as WorksheetWriterInternals;
  const extLst = new ExtLstXform();
  const model = { conditionalFormattings: writer.conditionalFormatting };
  const writeConditionalFormatting = writer._writeConditionalFormatting.bind(writer);
  const writePageMargins = writer._writePageMargins.bind(writer);
  const writeCloseWorksheet = writer._writeCloseWorksheet.bind(writer);
  writer._writeConditionalFormatting = () => {
    // Gives each data bar its x14 id before the 2007 rule, which refers to it, is written.
    extLst.prepare(model, { styles: writer.workbook.styles });
    writeConditionalFormatting();
  };
  writer._writePageMargins = () => {
    writer.stream.write(PRINT_OPTIONS);
    writePageMargins();
  };
  writer._writeCloseWorksheet = () => {
    writer.stream.write(extLst.toXml(model));
    writeCloseWorksheet();
  };
  return writer;
}
