// manifest.xml beyond its schema (../shared/tools/check-manifest checks structure): each check
// passes on the real manifest and fails on a copy broken in the way it guards against.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Configuration } from 'webpack';
import {
  manifestChecks,
  manifestUrls,
  pngSize,
  type ManifestCheck,
  type ManifestContext,
} from './manifestChecks';
import { parseXml } from './xml';

const root = join(__dirname, '..', '..');
const manifestSource = readFileSync(join(root, 'manifest.xml'), 'utf8');

/** The pages webpack.config.js emits (HtmlWebpackPlugin filenames), read from the config. */
function builtPages(): Set<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS without types
  const factory = require(join(root, 'webpack.config.js')) as (
    env: Record<string, string>,
    argv: { mode: 'production' },
  ) => Configuration;
  const config = factory({}, { mode: 'production' });
  const pages = (config.plugins ?? [])
    .filter((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin)
    .map((p) => p.userOptions.filename);
  return new Set(pages.filter((f): f is string => typeof f === 'string'));
}

const context: ManifestContext = { assetsDir: join(root, 'assets'), builtPages: builtPages() };

function problems(check: ManifestCheck, source: string): string[] {
  return check(parseXml(source), context);
}

/** Replaces `from` in the manifest, failing loudly if it is not there (no vacuous test). */
function broken(from: string | RegExp, to: string): string {
  const out = manifestSource.replace(from, to);
  if (out === manifestSource) throw new Error(`mutation did not apply: ${String(from)}`);
  return out;
}

describe('manifest.xml', () => {
  test('the build emits the task pane, the command page and the demo page', () => {
    expect([...context.builtPages].sort()).toEqual(['commands.html', 'demo.html', 'taskpane.html']);
  });

  test.each(Object.entries(manifestChecks))('%s passes', (_name, check) => {
    expect(problems(check, manifestSource)).toEqual([]);
  });

  test('states the URLs the checks rely on', () => {
    const urls = manifestUrls(parseXml(manifestSource)).map((u) => u.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://localhost:3000/taskpane.html',
        'https://localhost:3000/commands.html',
        'https://localhost:3000/assets/icon-16.png',
        'https://localhost:3000/assets/icon-32.png',
        'https://localhost:3000/assets/icon-64.png',
        'https://localhost:3000/assets/icon-80.png',
        'https://localhost:3000/assets/help.html',
      ]),
    );
  });
});

describe('each check fails on a broken manifest', () => {
  const { checkHttpsUrls, checkLocalFilesExist, checkIconSizes, checkResids, checkLocales } =
    manifestChecks;
  const { checkId, checkPermissions, checkHosts, checkRequirements } = manifestChecks;

  const cases: [string, ManifestCheck, string, string][] = [
    // https
    [
      'http task pane',
      checkHttpsUrls,
      broken(
        '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
        '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
      ),
      'is not https',
    ],
    [
      'http en-US override of a bt:Url',
      checkHttpsUrls,
      broken(
        'Value="https://localhost:3000/commands.html"',
        'Value="http://localhost:3000/commands.html"',
      ),
      '"http://localhost:3000/commands.html" is not https',
    ],
    [
      'http SupportUrl',
      checkHttpsUrls,
      broken('<SupportUrl DefaultValue="https:', '<SupportUrl DefaultValue="http:'),
      'is not https',
    ],
    [
      'http IconUrl',
      checkHttpsUrls,
      broken('<IconUrl DefaultValue="https:', '<IconUrl DefaultValue="http:'),
      'is not https',
    ],
    [
      'relative image URL',
      checkHttpsUrls,
      broken(
        '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png">',
        '<bt:Image id="Icon.16" DefaultValue="assets/icon-16.png">',
      ),
      'is not an absolute URL',
    ],
    [
      'a URL on another origin',
      checkHttpsUrls,
      broken(
        'DefaultValue="https://localhost:3000/assets/help.html"',
        'DefaultValue="https://example.org/help.html"',
      ),
      "is not on https://localhost:3000, the task pane's origin",
    ],
    // files
    [
      'missing icon file',
      checkLocalFilesExist,
      broken(
        'DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'DefaultValue="https://localhost:3000/assets/icon-81.png"',
      ),
      'icon-81.png has no file in assets/',
    ],
    [
      'page the build does not emit',
      checkLocalFilesExist,
      broken(
        '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html">',
        '<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/function-file.html">',
      ),
      'function-file.html is not a page the build emits',
    ],
    // icon sizes
    [
      'ribbon image of the wrong size',
      checkIconSizes,
      broken(
        '<bt:Image id="Icon.32" DefaultValue="https://localhost:3000/assets/icon-32.png">',
        '<bt:Image id="Icon.32" DefaultValue="https://localhost:3000/assets/icon-16.png">',
      ),
      'icon-16.png is 16×16, used as 32×32',
    ],
    [
      'en-US override image of the wrong size',
      checkIconSizes,
      broken(
        '<bt:Override Locale="en-US" Value="https://localhost:3000/assets/icon-80.png"/>',
        '<bt:Override Locale="en-US" Value="https://localhost:3000/assets/icon-128.png"/>',
      ),
      'icon-128.png is 128×128, used as 80×80',
    ],
    [
      'IconUrl of the wrong size',
      checkIconSizes,
      broken(
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
      ),
      'icon-64.png is 64×64, used as 32×32',
    ],
    [
      'HighResolutionIconUrl that is not a PNG',
      checkIconSizes,
      broken(
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
        '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/help.html"/>',
      ),
      'assets/help.html is not a PNG',
    ],
    [
      'ribbon icon list without 80 px',
      checkIconSizes,
      broken(/\s*<bt:Image size="80" resid="Icon.80"\/>/, ''),
      'size 80 appears 0 times',
    ],
    // resids
    [
      'resid that resolves to nothing',
      checkResids,
      broken('<Description resid="OpenButton.Tooltip"/>', '<Description resid="OpenButton.Tip"/>'),
      'resid OpenButton.Tip is not defined in bt:LongStrings',
    ],
    [
      'resid of the wrong kind',
      checkResids,
      broken('<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>'),
      'resid Taskpane.Url is in bt:Urls, expected bt:ShortStrings',
    ],
    [
      'repeated resource id',
      checkResids,
      broken('<bt:String id="Taskpane.Title"', '<bt:String id="Group.Label"'),
      'resource id Group.Label is repeated',
    ],
    [
      'unused resource',
      checkResids,
      broken(
        '<TaskpaneId>Da06.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>\n                    <Title resid="Taskpane.Title"/>',
        '<TaskpaneId>Da06.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
      ),
      'resource Taskpane.Title is never used',
    ],
    // locales
    [
      'English default locale',
      checkLocales,
      broken('<DefaultLocale>vi-VN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>'),
      'DefaultLocale is "en-US", expected vi-VN',
    ],
    [
      'string without an en-US override',
      checkLocales,
      broken(/\s*<bt:Override Locale="en-US" Value="Check table"\/>/, ''),
      'OpenButton.Label has no en-US override',
    ],
    [
      'URL without an en-US override',
      checkLocales,
      broken(
        /\s*<bt:Override Locale="en-US" Value="https:\/\/localhost:3000\/taskpane.html"\/>/,
        '',
      ),
      'Taskpane.Url has no en-US override',
    ],
    [
      'DisplayName without an en-US override',
      checkLocales,
      broken(/\s*<Override Locale="en-US" Value="Project 06 – Task table checker"\/>/, ''),
      'DisplayName has no en-US override',
    ],
    [
      'untranslated override',
      checkLocales,
      broken('Value="Check table"', 'Value="Kiểm tra bảng"'),
      'OpenButton.Label en-US override is not translated',
    ],
    [
      'English text as the vi-VN default',
      checkLocales,
      broken('DefaultValue="Kiểm tra bảng nhiệm vụ"', 'DefaultValue="Check task table"'),
      'OpenButton.Title default "Check task table" does not look Vietnamese',
    ],
    // identity and scope
    [
      'Id that is not a GUID',
      checkId,
      broken(/<Id>[^<]*<\/Id>/, '<Id>da06-tasksheet</Id>'),
      'Id "da06-tasksheet" is not a GUID',
    ],
    [
      'Id copied from the template',
      checkId,
      broken(/<Id>[^<]*<\/Id>/, '<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>'),
      "is the Office template's GUID",
    ],
    [
      'read-only permissions',
      checkPermissions,
      broken(
        '<Permissions>ReadWriteDocument</Permissions>',
        '<Permissions>ReadDocument</Permissions>',
      ),
      'Permissions is "ReadDocument", expected ReadWriteDocument',
    ],
    [
      'a second host',
      checkHosts,
      broken('<Host Name="Workbook"/>', '<Host Name="Workbook"/>\n    <Host Name="Document"/>'),
      'Hosts are [Workbook, Document], expected [Workbook]',
    ],
    [
      'ribbon for another host',
      checkHosts,
      broken('<Host xsi:type="Workbook">', '<Host xsi:type="Document">'),
      'VersionOverrides hosts are [Document], expected [Workbook]',
    ],
    [
      'ExcelApi without MinVersion',
      checkRequirements,
      broken('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi"/>'),
      'ExcelApi <Set> has no MinVersion',
    ],
    [
      'no ExcelApi requirement',
      checkRequirements,
      broken('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="DialogApi" MinVersion="1.1"/>'),
      'Requirements/Sets has no single ExcelApi <Set>',
    ],
    [
      'another ExcelApi version',
      checkRequirements,
      broken('MinVersion="1.7"', 'MinVersion="1.13"'),
      'ExcelApi MinVersion is 1.13, expected 1.7',
    ],
  ];

  test.each(cases)('%s', (_name, check, source, expected) => {
    expect(problems(check, source)).toEqual(
      expect.arrayContaining([expect.stringContaining(expected)]),
    );
  });

  test('every check has a failing case', () => {
    const covered = new Set(cases.map(([, check]) => check));
    expect(Object.entries(manifestChecks).filter(([, c]) => !covered.has(c))).toEqual([]);
  });
});

describe('helpers', () => {
  test('pngSize reads IHDR and rejects other files', () => {
    expect(pngSize(readFileSync(join(root, 'assets', 'icon-80.png')))).toEqual({
      width: 80,
      height: 80,
    });
    expect(pngSize(readFileSync(join(root, 'assets', 'help.html')))).toBe('not a PNG');
  });

  test.each([
    ['<a><b></a>', '</a> does not close <b>'],
    ['<a>', '<a> is never closed'],
    ['<a/><b/>', 'a second root element'],
    ['<a x="1" x="2"/>', 'duplicate attribute x'],
    ['<a>&nbsp;</a>', 'unknown entity'],
    ['<!DOCTYPE a><a/>', 'DTDs are not supported'],
    ['<a <b/>', 'malformed start tag'],
  ])('parseXml rejects %s', (source, message) => {
    expect(() => parseXml(source)).toThrow(message);
  });

  test('parseXml keeps attributes, text and lines', () => {
    const doc = parseXml(
      '<?xml version="1.0"?>\n<!-- c -->\n<a k="x &amp; y">\n  <b>t&lt;1<![CDATA[<raw>]]></b>\n</a>',
    );
    expect(doc).toMatchObject({
      name: 'a',
      attrs: { k: 'x & y' },
      line: 3,
      children: [{ name: 'b', text: 't<1<raw>', line: 4 }],
    });
  });

  test('the committed icons are what scripts/make-icons.mjs draws', () => {
    expect(() =>
      execFileSync(process.execPath, [join(root, 'scripts', 'make-icons.mjs'), '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
