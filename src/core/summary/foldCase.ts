/** Sheet names compare case-insensitively in Excel (also for Vietnamese capitals: "Đ" and "đ"). */
export function foldCase(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi');
}
