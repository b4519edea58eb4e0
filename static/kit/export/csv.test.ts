import { BOM, csvCell, csvText } from './csv';

describe('a CSV cell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    [' =1+1', "' =1+1"],
    ['\u00a0=1+1', "'\u00a0=1+1"],
    ['\u3000+1', "'\u3000+1"],
    ['\u200b=1', "'\u200b=1"],
    ['\ufeff@SUM(A1)', "'\ufeff@SUM(A1)"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
  ])('makes the formula %j inert', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves text that only holds such a sign later alone', () => {
    expect([csvCell('Cost = 3'), csvCell('a-b'), csvCell('x@y.z'), csvCell(' plain')]).toEqual(['Cost = 3', 'a-b', 'x@y.z', ' plain']);
  });

  it('keeps numbers, negative ones too, and leaves nothing for null', () => {
    expect([csvCell(-5), csvCell(0.25), csvCell(null), csvCell(undefined), csvCell(Number.NaN), csvCell(true)]).toEqual(['-5', '0.25', '', '', '', 'yes']);
  });
});

describe('a CSV file', () => {
  it('starts with a byte-order mark, ends every row with CRLF and pads short rows', () => {
    expect(csvText(['A', 'B'], [['x', 1], ['y']])).toBe(`${BOM}A,B\r\nx,1\r\ny,\r\n`);
  });

  it('has only its header when there are no rows', () => {
    expect(csvText(['A'], [])).toBe(`${BOM}A\r\n`);
  });
});
