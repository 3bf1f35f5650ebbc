/** A reason the command cannot do its job: one line on stderr, exit status 2. */
export type CliErrorCode =
  | 'usage'
  | 'unknown_command'
  | 'unknown_option'
  | 'missing_value'
  | 'bad_date'
  | 'bad_number'
  | 'bad_choice'
  | 'no_files'
  | 'file_not_found'
  | 'file_unreadable'
  | 'not_a_workbook'
  | 'unsupported_type'
  | 'sheet_not_found'
  | 'empty_file'
  | 'no_tasks'
  | 'no_table'
  | 'no_output'
  | 'output_not_xlsx'
  | 'output_is_input'
  | 'output_exists'
  | 'output_unwritable';

export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(code);
    this.name = 'CliError';
  }
}
