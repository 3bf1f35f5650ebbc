// The one exceljs internal the streaming writer needs (see keepWhatStreamingDrops.ts): the xform
// the in-memory writer renders a worksheet's <extLst> with. exceljs ships no typings for it.
declare module 'exceljs/lib/xlsx/xform/sheet/ext-lst-xform' {
  type ExtLstModel = { conditionalFormattings: unknown[] };
  class ExtLstXform {
    prepare(model: ExtLstModel, options: { styles: unknown }): void;
    toXml(model: ExtLstModel): string;
  }
  export = ExtLstXform;
}
