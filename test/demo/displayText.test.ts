import { displayText } from '../../src/demo/displayText';

describe('displayText', () => {
  it.each([
    ['text', 'General', 'text'],
    [true, 'General', 'TRUE'],
    [27, 'General', '27'],
    [0.1 + 0.2, 'General', '0.3'],
    [45322, 'dd/mm/yyyy', '31/01/2024'],
    [45322, 'm/d/yyyy', '31/01/2024'],
    [45322, '[$-vi-VN]d mmmm yyyy', '31/01/2024'],
    [45322, 'General', '45322'],
    [0.125, '0.0%', '12.5%'],
    [0.5, '0%', '50%'],
    [3, '0', '3'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-0.001, '0.00', '0.00'],
    [-2.5, '0.0', '-2.5'],
    [12.5, '"VND" 0.00', '12.5'],
  ])('%p in %p shows as %p', (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });
});
