import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const OFFICE_TYPES = join(ROOT, 'node_modules', '@types', 'office-js', 'index.d.ts');

/** Type-checks `files` with the project's compiler options, optionally editing office-js typings. */
function diagnose(files: string[], editOfficeTypes?: (text: string) => string): string[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const host = ts.createCompilerHost(options);
  if (editOfficeTypes) {
    const readFile = host.readFile.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (path) =>
      path === OFFICE_TYPES ? editOfficeTypes(readFileSync(path, 'utf8')) : readFile(path);
    host.getSourceFile = (path, language, onError, create) =>
      path === OFFICE_TYPES
        ? ts.createSourceFile(path, editOfficeTypes(readFileSync(path, 'utf8')), language)
        : getSourceFile(path, language, onError, create);
  }
  const program = ts.createProgram({ rootNames: files.map((f) => join(ROOT, f)), options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file?.fileName.replace(ROOT, '') ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

const FILES = ['test/excel/excelApi.types.ts', 'src/excel/excelApi.ts', 'src/demo/host/index.ts'];

describe('the Excel API subset against @types/office-js', () => {
  test('compiles: real Office.js and the in-memory host fit the subset', () => {
    expect(diagnose(FILES)).toEqual([]);
  }, 60_000);

  test('drift in @types/office-js breaks the build', () => {
    // As if a release renamed Range.getMergedAreasOrNullObject.
    const drifted = (text: string) => {
      const edited = text.replace(
        'getMergedAreasOrNullObject(): Excel.RangeAreas;',
        'getMergedAreasOrNull(): Excel.RangeAreas;',
      );
      expect(edited).not.toBe(text);
      return edited;
    };
    const errors = diagnose(['src/excel/excelApi.ts'], drifted);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(/excelApi\.ts/);
  }, 60_000);
});
