import { READ_MINIMUM } from '../../src/excel/requirements';
// What the XML schema cannot check in manifest.xml: https everywhere, icon files and sizes,
// resource ids, vi-VN defaults with en-US overrides, and the add-in's own choices (Excel only,
// ReadWriteDocument, the ExcelApi requirement). Each check returns its problems as sentences,
// so a test can assert both "none" and "this one".

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childNamed, childrenNamed, descendants, type XmlElement } from './xml';

/** Where the manifest's files live. */
export type ManifestContext = {
  /** The folder served as /assets/. */
  assetsDir: string;
  /** Pages the build emits at the site root (taskpane.html, commands.html, …). */
  builtPages: ReadonlySet<string>;
};

export type ManifestCheck = (root: XmlElement, context: ManifestContext) => string[];

/** The ExcelApi set the add-in requires; optional sets above it are tested at run time. */
export const REQUIRED_EXCEL_API: string = READ_MINIMUM;

/** Ribbon icon sizes Office asks for (Icon element: 16, 32 and 80 are required). */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** learn.microsoft.com manifest/iconurl and manifest/highresolutioniconurl, task pane add-ins. */
export const STORE_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 } as const;

export const DEFAULT_LOCALE = 'vi-VN';
export const SECOND_LOCALE = 'en-US';

// The GUID of the Office add-in template (yo office); a copy must get its own.
const TEMPLATE_IDS = new Set(['05c2e1c9-3e1d-406e-9a91-e9ac64854143']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// Letters only Vietnamese uses among the Latin-script languages Office ships (tested on NFC).
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;

// ------------------------------------------------------------------------------- reading

const where = (e: XmlElement): string => `<${e.name}> line ${e.line}`;
const text = (e: XmlElement | undefined): string => e?.text.trim() ?? '';

function versionOverrides(root: XmlElement): XmlElement | undefined {
  return childNamed(root, 'VersionOverrides');
}

type ResourceKind = 'bt:Images' | 'bt:Urls' | 'bt:ShortStrings' | 'bt:LongStrings';
const RESOURCE_KINDS: readonly ResourceKind[] = [
  'bt:Images',
  'bt:Urls',
  'bt:ShortStrings',
  'bt:LongStrings',
];

type Resource = { id: string; kind: ResourceKind; element: XmlElement };

/** The entries of VersionOverrides/Resources, in document order. */
function resources(root: XmlElement): Resource[] {
  const vo = versionOverrides(root);
  const res = vo && childNamed(vo, 'Resources');
  if (!res) return [];
  return RESOURCE_KINDS.flatMap((kind) =>
    childrenNamed(res, kind).flatMap((group) =>
      group.children.map((element) => ({ id: element.attrs.id ?? '', kind, element })),
    ),
  );
}

/** Elements whose DefaultValue (and Override Values) are URLs. */
const URL_SETTINGS = new Set(['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']);

type UrlValue = { url: string; element: XmlElement; locale: string };

/** A setting's DefaultValue and each Override's Value, with the locale each is for. */
function localizedValues(element: XmlElement, defaultLocale: string): UrlValue[] {
  const values: UrlValue[] = [];
  if (element.attrs.DefaultValue !== undefined) {
    values.push({ url: element.attrs.DefaultValue, element, locale: defaultLocale });
  }
  for (const o of element.children.filter(
    (c) => c.name === 'Override' || c.name === 'bt:Override',
  )) {
    values.push({ url: o.attrs.Value ?? '', element: o, locale: o.attrs.Locale ?? '' });
  }
  return values;
}

/** Every URL the manifest states: settings, resource images and urls, app domains. */
export function manifestUrls(root: XmlElement): UrlValue[] {
  const defaultLocale = text(childNamed(root, 'DefaultLocale'));
  const urls: UrlValue[] = [];
  for (const e of descendants(root)) {
    if (URL_SETTINGS.has(e.name) && e.attrs.resid === undefined) {
      urls.push(...localizedValues(e, defaultLocale));
    }
  }
  for (const r of resources(root)) {
    if (r.kind === 'bt:Images' || r.kind === 'bt:Urls') {
      urls.push(...localizedValues(r.element, defaultLocale));
    }
  }
  for (const d of descendants(root, 'AppDomain')) {
    urls.push({ url: text(d), element: d, locale: '' });
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk, or a reason it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | string {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return 'not a PNG';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return 'no IHDR chunk first';
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The local file a URL on the manifest's own origin stands for, or undefined if elsewhere. */
function localPath(url: string, origin: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.origin === origin ? decodeURIComponent(parsed.pathname.slice(1)) : undefined;
}

function sourceOrigin(root: XmlElement): string {
  const settings = childNamed(root, 'DefaultSettings');
  const source = settings && childNamed(settings, 'SourceLocation');
  try {
    return new URL(source?.attrs.DefaultValue ?? '').origin;
  } catch {
    return '';
  }
}

// ------------------------------------------------------------------------------- checks

/** Every URL is absolute https; all but app domains share the task pane's origin. */
export const checkHttpsUrls: ManifestCheck = (root) => {
  const problems: string[] = [];
  const origin = sourceOrigin(root);
  if (origin === '') problems.push('DefaultSettings/SourceLocation is not an absolute URL');
  const urls = manifestUrls(root);
  if (urls.length === 0) problems.push('no URLs found');
  for (const { url, element } of urls) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where(element)}: "${url}" is not an absolute URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`${where(element)}: "${url}" is not https`);
    else if (element.name !== 'AppDomain' && origin !== '' && parsed.origin !== origin) {
      problems.push(`${where(element)}: "${url}" is not on ${origin}, the task pane's origin`);
    }
  }
  return problems;
};

/** Every URL on the add-in's origin is a file in assets/ or a page the build emits. */
export const checkLocalFilesExist: ManifestCheck = (root, { assetsDir, builtPages }) => {
  const problems: string[] = [];
  const origin = sourceOrigin(root);
  for (const { url, element } of manifestUrls(root)) {
    const path = localPath(url, origin);
    if (path === undefined) continue;
    if (path.startsWith('assets/')) {
      if (!existsSync(join(assetsDir, path.slice('assets/'.length)))) {
        problems.push(`${where(element)}: ${url} has no file in assets/`);
      }
    } else if (!builtPages.has(path)) {
      problems.push(`${where(element)}: ${url} is not a page the build emits`);
    }
  }
  return problems;
};

/** Ribbon icons come in 16, 32 and 80; every icon URL is a PNG of the size it is used at. */
export const checkIconSizes: ManifestCheck = (root, { assetsDir }) => {
  const problems: string[] = [];
  const origin = sourceOrigin(root);
  const images = new Map(
    resources(root)
      .filter((r) => r.kind === 'bt:Images')
      .map((r) => [r.id, r.element]),
  );
  const defaultLocale = text(childNamed(root, 'DefaultLocale'));

  const checkFile = (url: string, size: number, element: XmlElement): void => {
    const path = localPath(url, origin);
    if (path?.startsWith('assets/') !== true) {
      problems.push(`${where(element)}: ${url} is not under ${origin}/assets/`);
      return;
    }
    const file = join(assetsDir, path.slice('assets/'.length));
    if (!existsSync(file)) {
      problems.push(`${where(element)}: ${url} has no file in assets/`);
      return;
    }
    const dims = pngSize(readFileSync(file));
    if (typeof dims === 'string') problems.push(`${where(element)}: ${path} is ${dims}`);
    else if (dims.width !== size || dims.height !== size) {
      problems.push(
        `${where(element)}: ${path} is ${dims.width}×${dims.height}, used as ${size}×${size}`,
      );
    }
  };

  for (const [name, size] of Object.entries(STORE_ICON_SIZES)) {
    const e = childNamed(root, name);
    if (!e) problems.push(`<${name}> is missing`);
    else for (const v of localizedValues(e, defaultLocale)) checkFile(v.url, size, v.element);
  }

  const vo = versionOverrides(root);
  const iconLists = vo ? descendants(vo, 'Icon') : [];
  if (iconLists.length === 0) problems.push('no ribbon <Icon> lists');
  for (const list of iconLists) {
    const sizes = childrenNamed(list, 'bt:Image').map((i) => Number(i.attrs.size));
    for (const wanted of RIBBON_ICON_SIZES) {
      const count = sizes.filter((s) => s === wanted).length;
      if (count !== 1) problems.push(`${where(list)}: size ${wanted} appears ${count} times`);
    }
    for (const image of childrenNamed(list, 'bt:Image')) {
      const resource = images.get(image.attrs.resid ?? '');
      if (!resource) continue; // checkResids reports it
      for (const v of localizedValues(resource, defaultLocale)) {
        checkFile(v.url, Number(image.attrs.size), v.element);
      }
    }
  }
  return problems;
};

/** Which resource table an element's resid must point into. */
const RESID_KIND: Readonly<Record<string, ResourceKind>> = {
  'bt:Image': 'bt:Images',
  SourceLocation: 'bt:Urls',
  FunctionFile: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

/** Every resid resolves to a resource of the right kind; ids are unique; none is unused. */
export const checkResids: ManifestCheck = (root) => {
  const problems: string[] = [];
  const vo = versionOverrides(root);
  if (!vo) return ['no <VersionOverrides>'];
  const all = resources(root);
  const byId = new Map<string, Resource>();
  for (const r of all) {
    if (r.id === '') problems.push(`${where(r.element)}: resource without an id`);
    else if (byId.has(r.id)) problems.push(`${where(r.element)}: resource id ${r.id} is repeated`);
    else byId.set(r.id, r);
  }
  const used = new Set<string>();
  const users = descendants(vo).filter((e) => e.attrs.resid !== undefined);
  if (users.length === 0) problems.push('no element uses a resid');
  for (const e of users) {
    const resid = e.attrs.resid ?? '';
    used.add(resid);
    const wanted = RESID_KIND[e.name];
    const found = byId.get(resid);
    if (!wanted) problems.push(`${where(e)}: unexpected resid on <${e.name}>`);
    else if (!found) problems.push(`${where(e)}: resid ${resid} is not defined in ${wanted}`);
    else if (found.kind !== wanted) {
      problems.push(`${where(e)}: resid ${resid} is in ${found.kind}, expected ${wanted}`);
    }
  }
  for (const r of byId.values()) {
    if (!used.has(r.id)) problems.push(`${where(r.element)}: resource ${r.id} is never used`);
  }
  return problems;
};

/**
 * Vietnamese is the default (DefaultLocale vi-VN, default texts in Vietnamese); every display
 * string and resource has an en-US override, and translated strings differ from the default.
 */
export const checkLocales: ManifestCheck = (root) => {
  const problems: string[] = [];
  const defaultLocale = text(childNamed(root, 'DefaultLocale'));
  if (defaultLocale !== DEFAULT_LOCALE) {
    problems.push(`DefaultLocale is "${defaultLocale}", expected ${DEFAULT_LOCALE}`);
  }

  const checkLocalized = (e: XmlElement, isText: boolean): void => {
    const byLocale = new Map(localizedValues(e, defaultLocale).map((v) => [v.locale, v.url]));
    const base = e.attrs.DefaultValue ?? '';
    const second = byLocale.get(SECOND_LOCALE);
    const label = e.attrs.id ?? e.name;
    if (base.trim() === '') problems.push(`${where(e)}: ${label} has no DefaultValue`);
    if (second === undefined)
      problems.push(`${where(e)}: ${label} has no ${SECOND_LOCALE} override`);
    else if (second.trim() === '')
      problems.push(`${where(e)}: ${label} has an empty ${SECOND_LOCALE} override`);
    if (!isText) return;
    if (!VIETNAMESE_LETTER.test(base.normalize('NFC'))) {
      problems.push(`${where(e)}: ${label} default "${base}" does not look Vietnamese`);
    }
    if (second !== undefined && second === base) {
      problems.push(`${where(e)}: ${label} ${SECOND_LOCALE} override is not translated`);
    }
  };

  for (const name of ['DisplayName', 'Description']) {
    const e = childNamed(root, name);
    if (!e) problems.push(`<${name}> is missing`);
    else checkLocalized(e, true);
  }
  const all = resources(root);
  if (all.length === 0) problems.push('no resources');
  for (const r of all) {
    checkLocalized(r.element, r.kind === 'bt:ShortStrings' || r.kind === 'bt:LongStrings');
  }
  return problems;
};

/** Id is a GUID of its own (not the template's). */
export const checkId: ManifestCheck = (root) => {
  const id = text(childNamed(root, 'Id'));
  if (!GUID.test(id)) return [`Id "${id}" is not a GUID`];
  if (TEMPLATE_IDS.has(id.toLowerCase())) return [`Id ${id} is the Office template's GUID`];
  return [];
};

/** The add-in reads and writes the workbook (highlights, summary sheets). */
export const checkPermissions: ManifestCheck = (root) => {
  const permissions = text(childNamed(root, 'Permissions'));
  return permissions === 'ReadWriteDocument'
    ? []
    : [`Permissions is "${permissions}", expected ReadWriteDocument`];
};

/** Excel only: one Workbook host, in the base manifest and in VersionOverrides. */
export const checkHosts: ManifestCheck = (root) => {
  const problems: string[] = [];
  const hostsIn = (parent: XmlElement | undefined, attr: string): string[] => {
    const hosts = parent && childNamed(parent, 'Hosts');
    return hosts ? childrenNamed(hosts, 'Host').map((h) => h.attrs[attr] ?? '') : [];
  };
  const base = hostsIn(root, 'Name');
  const overrides = hostsIn(versionOverrides(root), 'xsi:type');
  if (base.join() !== 'Workbook')
    problems.push(`Hosts are [${base.join(', ')}], expected [Workbook]`);
  if (overrides.join() !== 'Workbook') {
    problems.push(`VersionOverrides hosts are [${overrides.join(', ')}], expected [Workbook]`);
  }
  return problems;
};

/** Requirements name ExcelApi with an explicit MinVersion, the one the add-in is built for. */
export const checkRequirements: ManifestCheck = (root) => {
  const requirements = childNamed(root, 'Requirements');
  const sets = requirements && childNamed(requirements, 'Sets');
  const excel = sets && childrenNamed(sets, 'Set').filter((s) => s.attrs.Name === 'ExcelApi');
  if (!excel || excel.length !== 1) return ['Requirements/Sets has no single ExcelApi <Set>'];
  const min = excel[0]?.attrs.MinVersion;
  if (min === undefined) return ['ExcelApi <Set> has no MinVersion'];
  if (min !== REQUIRED_EXCEL_API) {
    return [
      `ExcelApi MinVersion is ${min}, expected ${REQUIRED_EXCEL_API} (see the manifest comment)`,
    ];
  }
  return [];
};

/** All checks, by name. */
export const manifestChecks = {
  checkHttpsUrls,
  checkLocalFilesExist,
  checkIconSizes,
  checkResids,
  checkLocales,
  checkId,
  checkPermissions,
  checkHosts,
  checkRequirements,
} satisfies Record<string, ManifestCheck>;
