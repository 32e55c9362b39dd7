/** A strict RFC 4180 reader for the export tests: it tells quoted fields from bare ones, which the tests check. */

export interface CsvField {
  value: string;
  quoted: boolean;
}

export function readCsv(text: string, separator = ','): CsvField[][] {
  const rows: CsvField[][] = [];
  let row: CsvField[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let field: CsvField;
    if (text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i++];
      }
      field = { value, quoted: true };
    } else {
      let value = '';
      while (i < n && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote inside an unquoted field at ${i}`);
        value += text[i++];
      }
      field = { value, quoted: false };
    }
    row.push(field);
    if (text[i] === separator) {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < n) {
      throw new Error(`expected a separator or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
    }
  }
  if (row.length) throw new Error('last line has no CRLF');
  return rows;
}
