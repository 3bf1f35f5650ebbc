import type { ClientResultApi } from '../../excel/excelApi';
import { HostError } from './hostError';
import type { HostRequestContext } from './requestContext';
import { sheetOf } from './targets';

/*
 * The proxy base of the in-memory host: what every Office.js object shares (load, sync-time
 * resolution, null objects, queued sets and method calls). See requestContext.ts.
 */

/** What `load` accepts: "values, address", ["values"], { select: "values" }, or nothing (all). */
export type LoadOption =
  string | string[] | { select?: string | string[]; expand?: string | string[] };

export type Executed = { response: unknown; apply?: () => void };

export type Action = {
  /** The action as it travels in the request (what the payload size is measured on). */
  readonly json: unknown;
  /** Runs at sync against the workbook: writes happen here, reads are applied on success. */
  execute(): Executed;
};

export function propertyNotLoaded(type: string, name: string): HostError {
  return new HostError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Before reading the property's value, call the load ` +
      'method on the containing object and call "context.sync()" on the associated request context.',
    `${type}.${name}`,
  );
}

function loadNames(option: LoadOption | undefined): string[] | null {
  const select = typeof option === 'object' && !Array.isArray(option) ? option.select : option;
  if (select === undefined) return null;
  const names = Array.isArray(select) ? select : select.split(',');
  return names.map((name) => name.trim()).filter((name) => name !== '');
}

/**
 * A proxy: a path resolved at sync, loaded properties, `isNullObject` for *OrNullObject. A proxy
 * under a null object is itself null when it comes from an *OrNullObject method, and fails with
 * ItemNotFound otherwise (stricter than Excel may be: the adapter should not rely on either).
 */
export abstract class HostObject<Target> {
  protected abstract readonly typeName: string;
  /** The scalar properties `load` can fetch, all of them when `load()` names none. */
  protected abstract readonly properties: readonly string[];
  protected readonly loaded = new Map<string, unknown>();
  private resolution: { target: Target | null } | undefined;
  private isNull: boolean | undefined;

  constructor(
    protected readonly context: HostRequestContext,
    readonly path: string,
    private readonly resolver: () => Target | null,
    private readonly nullable: boolean,
  ) {
    // Office.js asks for an *OrNullObject result even when nothing is loaded from it.
    if (nullable) {
      context.enqueue({
        json: { action: 'instantiate', path },
        execute: () => {
          const target = this.resolve();
          return {
            response: target === null ? null : {},
            apply: () => {
              this.settle(target);
            },
          };
        },
      });
    }
  }

  /** True for an *OrNullObject result that does not exist; readable after a sync. */
  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.isNull === undefined) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.isNull;
  }

  /** Queues loading properties; they are readable after the next sync. */
  load(option?: LoadOption): this {
    const names = this.selectNames(loadNames(option));
    this.context.enqueue({
      json: { action: 'load', path: this.path, select: names },
      execute: () => {
        const unknown = names.filter((name) => !this.properties.includes(name));
        if (unknown.length > 0) {
          throw new HostError(
            'InvalidArgument',
            `Unknown property: ${unknown.join(', ')}.`,
            this.typeName,
          );
        }
        const target = this.resolve();
        if (target === null) {
          return {
            response: null,
            apply: () => {
              this.settle(null);
            },
          };
        }
        const values = this.snapshot(target, names);
        return {
          response: values,
          apply: () => {
            this.settle(target);
            this.applySnapshot(values);
          },
        };
      },
    });
    return this;
  }

  /** Office.js keeps a tracked object valid across syncs; every proxy here already is. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /**
   * The target at sync: a null object resolves to null; any other miss is ItemNotFound, and so is
   * anything on a sheet deleted since the proxy first resolved.
   */
  resolve(): Target | null {
    this.resolution ??= { target: this.resolver() };
    const { target } = this.resolution;
    if ((target === null && !this.nullable) || sheetOf(target)?.deleted === true) {
      throw new HostError('ItemNotFound', "The requested resource doesn't exist.", this.path);
    }
    return target;
  }

  protected selectNames(names: string[] | null): string[] {
    return names ?? [...this.properties];
  }

  protected abstract snapshot(target: Target, names: readonly string[]): Record<string, unknown>;

  protected applySnapshot(values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
  }

  /** A property value: loaded and synced, else PropertyNotLoaded. */
  protected read(name: string): unknown {
    // Office.js gives a null object's properties as undefined rather than throwing.
    if (this.isNull === true) return undefined;
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loaded.get(name);
  }

  /** Queues setting a property, applied at sync; the proxy shows the new value at once. */
  protected write(name: string, value: unknown, apply: (target: Target) => void): void {
    this.loaded.set(name, value);
    this.context.enqueue({
      json: { action: 'set', path: this.path, property: name, value },
      execute: () => {
        const target = this.resolve();
        if (target !== null) apply(target);
        return { response: null };
      },
    });
  }

  /**
   * Queues a method call (`clear()`, `select()`, `delete()` …) run at sync on the target; a method
   * on a null object fails, as in Office.js.
   */
  protected call(method: string, args: unknown[], run: (target: Target) => unknown): void {
    this.context.enqueue({
      json: { action: 'method', path: this.path, method, args },
      execute: () => {
        const target = this.resolve();
        if (target === null) {
          throw new HostError('ItemNotFound', "The requested resource doesn't exist.", this.path);
        }
        const response = run(target);
        return { response: response ?? null };
      },
    });
  }

  /**
   * Queues a method that returns a value (`getCellProperties` …): `compute` runs at sync and its
   * result travels in the response, readable as `result.value` afterwards.
   */
  protected callForResult<T>(
    method: string,
    args: unknown[],
    compute: (target: Target) => T,
  ): HostClientResult<T> {
    const result = new HostClientResult<T>();
    this.context.enqueue({
      json: { action: 'method', path: this.path, method, args },
      execute: () => {
        const target = this.resolve();
        if (target === null) {
          throw new HostError('ItemNotFound', "The requested resource doesn't exist.", this.path);
        }
        const value = compute(target);
        return {
          response: value,
          apply: () => {
            result.settle(value);
          },
        };
      },
    });
    return result;
  }

  protected settle(target: Target | null): void {
    this.isNull = target === null;
  }
}

/** `OfficeExtension.ClientResult`: the value of a method, readable once its sync is done. */
export class HostClientResult<T> implements ClientResultApi<T> {
  private result: { value: T } | undefined;

  get value(): T {
    if (!this.result) {
      throw new HostError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value ' +
          'property, call "context.sync()" on the associated request context.',
      );
    }
    return this.result.value;
  }

  settle(value: T): void {
    this.result = { value };
  }
}
