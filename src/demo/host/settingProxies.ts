import type { SettingApi, SettingCollectionApi } from '../../excel/excelApi';
import { HostError } from './hostError';
import { HostObject } from './hostObject';
import type { HostRequestContext } from './requestContext';

/** A setting as stored: its key (the value lives in the workbook's settings map). */
type SettingTarget = { key: string };

/**
 * `workbook.settings` (ExcelApi 1.4): key-value pairs stored in the document for this add-in.
 * Values are kept as the JSON Office stores, so what comes back is plain data.
 */
export class HostSettingCollection implements SettingCollectionApi {
  constructor(private readonly context: HostRequestContext) {}

  add(key: string, value: unknown): HostSetting {
    this.context.enqueue({
      json: { action: 'method', path: 'workbook.settings', method: 'add', args: [key, value] },
      execute: () => {
        this.context.requireApi('1.4', 'SettingCollection.add');
        const json = key === '' ? undefined : JSON.stringify(value);
        if (json === undefined) {
          throw new HostError(
            'InvalidArgument',
            'A setting needs a key and a value that JSON can hold.',
            'SettingCollection.add',
          );
        }
        this.context.state.workbook.settings.set(key, json);
        return { response: null };
      },
    });
    return this.item(key, false);
  }

  getItem(key: string): HostSetting {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): HostSetting {
    return this.item(key, true);
  }

  private item(key: string, nullable: boolean): HostSetting {
    const method = nullable ? 'getItemOrNullObject' : 'getItem';
    return new HostSetting(
      this.context,
      `workbook.settings.${method}(${JSON.stringify(key)})`,
      () => {
        this.context.requireApi('1.4', `SettingCollection.${method}`);
        return this.context.state.workbook.settings.has(key) ? { key } : null;
      },
      nullable,
    );
  }
}

export class HostSetting extends HostObject<SettingTarget> implements SettingApi {
  protected readonly typeName = 'Setting';
  protected readonly properties = ['key', 'value'] as const;

  get key(): string {
    return this.read('key') as string;
  }

  get value(): unknown {
    return this.read('value');
  }

  set value(value: unknown) {
    this.write('value', value, ({ key }) => {
      const json = JSON.stringify(value) as string | undefined;
      if (json === undefined) {
        throw new HostError('InvalidArgument', 'A setting value must be JSON.', 'Setting.value');
      }
      this.context.state.workbook.settings.set(key, json);
    });
  }

  delete(): void {
    this.call('delete', [], ({ key }) => {
      this.context.state.workbook.settings.delete(key);
    });
  }

  protected snapshot({ key }: SettingTarget, names: readonly string[]): Record<string, unknown> {
    const json = this.context.state.workbook.settings.get(key);
    const values: Record<string, unknown> = {};
    if (names.includes('key')) values['key'] = key;
    if (names.includes('value')) values['value'] = json === undefined ? null : JSON.parse(json);
    return values;
  }
}
