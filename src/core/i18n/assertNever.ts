/** The default of an exhaustive `switch`: a new union member without a case does not compile. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
