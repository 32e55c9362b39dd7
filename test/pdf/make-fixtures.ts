/**
 * Makes the PDF fixtures in test/fixtures/pdf from the project's HTML fixture pages, with Chromium's print-to-PDF —
 * the way a reader (or a government web team) turns a disclosure page into a PDF.
 *
 *   node --import tsx test/pdf/make-fixtures.ts
 *
 * Needs Debian's /usr/bin/chromium (never downloads a browser). The PDFs are committed, so tests do not need Chromium.
 *
 * What each fixture exercises:
 * - *.platform.pdf, *.word.pdf: bordered tables as the page styles them. Chromium draws every CSS border as a filled
 *   rectangle one CSS pixel wide, repeats a <thead> at the top of each page a table runs onto, splits long tables
 *   across pages, and writes Noto Sans CJK as Type 3 fonts with ToUnicode maps that give Kangxi radicals and CJK
 *   Radicals Supplement characters (⽀ for 支, ⺠ for 民, ⼾ for 户) and start a new font every 256 glyphs.
 * - *.borderless.pdf: the same pages with `table,td,th{border:none!important}`, so tables have no ruling lines and
 *   columns must come from the alignment of the text. One font and weight for the whole page keeps the file small.
 * - scanned.pdf: a page that is only an image (a screenshot of a fixture page), as a scanner produces.
 * - truncated.pdf: a small table page cut off after 40 % of its bytes, as an interrupted download leaves it.
 * - encrypted.pdf: a one-page PDF protected by a user password (Standard security handler, RC4 40-bit), made by hand
 *   here because no encrypting tool is installed.
 */
import { createCipheriv, createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const FIXTURES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const OUT = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const BORDERLESS_CSS =
  'table,td,th{border:none!important} *{font-weight:normal!important;font-family:"Noto Sans CJK SC",sans-serif!important}';

interface PrintJob {
  out: string;
  page: string;
  css?: string;
}

/** The HTML fixtures printed to PDF. Kept to four so that the committed PDFs stay under 3 MB together. */
export const PRINT_JOBS: PrintJob[] = [
  { out: '000_d027ff157a76b55d.platform.pdf', page: '000_d027ff157a76b55d.platform.html' },
  { out: '002_985e1de26a38a1db.word.pdf', page: '002_985e1de26a38a1db.word.html' },
  { out: '004_fcad36837894980a.platform.borderless.pdf', page: '004_fcad36837894980a.platform.html', css: BORDERLESS_CSS },
  { out: '000_d027ff157a76b55d.word.borderless.pdf', page: '000_d027ff157a76b55d.word.html', css: BORDERLESS_CSS },
];

/** A small page with one table, to cut in half. */
const SMALL_TABLE_HTML = `<!DOCTYPE html><html lang="zh-CN"><meta charset="utf-8"><body>
<p>表1 收支总表</p><table border="1" style="border-collapse:collapse"><tr><td>项目</td><td>金额</td></tr>
<tr><td>合计</td><td>12.50</td></tr></table></body></html>`;

// ---------------------------------------------------------------------------------------------------------------
// A hand-made encrypted PDF (PDF 1.4 Standard security handler, revision 2, 40-bit RC4: ISO 32000-1 §7.6.3).

const PASSWORD_PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function padPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const cipher = createCipheriv('rc4', key, null);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** RC4 in Node's OpenSSL 3 may sit in the legacy provider; this fallback needs nothing. */
function rc4Plain(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

function arc4(key: Buffer, data: Buffer): Buffer {
  try {
    return rc4(key, data);
  } catch {
    return rc4Plain(key, data);
  }
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

export function encryptedPdf(userPassword = 'budget', ownerPassword = 'owner'): Buffer {
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = -44; // print and copy allowed; the value only matters for the key
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const ownerKey = md5(padPassword(ownerPassword)).subarray(0, 5);
  const O = arc4(ownerKey, padPassword(userPassword));
  const key = md5(padPassword(userPassword), O, p, id).subarray(0, 5);
  const U = arc4(key, PASSWORD_PAD);

  const content = Buffer.from('BT /F1 12 Tf 72 720 Td (encrypted budget) Tj ET', 'latin1');
  const objectKey = md5(key, Buffer.from([4, 0, 0, 0, 0])).subarray(0, 10);
  const encryptedContent = arc4(objectKey, content);

  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>'),
    Buffer.concat([Buffer.from(`<< /Length ${encryptedContent.length} >>\nstream\n`), encryptedContent, Buffer.from('\nendstream')]),
    Buffer.from(
      `<< /Filter /Standard /V 1 /R 2 /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${permissions} >>`,
    ),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>`,
    'startxref',
    String(length),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    for (const job of PRINT_JOBS) {
      await page.goto(`file://${FIXTURES}${job.page}`, { waitUntil: 'load' });
      if (job.css) await page.addStyleTag({ content: job.css });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(`${OUT}${job.out}`, pdf);
      console.log(job.out, pdf.length);
    }

    // scanned.pdf: a screenshot of the first screen of a fixture page, printed as the only content of a page.
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.goto(`file://${FIXTURES}000_d027ff157a76b55d.platform.html`, { waitUntil: 'load' });
    const shot = await page.screenshot({ type: 'jpeg', quality: 40 });
    await page.setContent(
      `<html><body style="margin:0"><img style="width:100%" src="data:image/jpeg;base64,${shot.toString('base64')}"></body></html>`,
    );
    const scanned = await page.pdf({ format: 'A4' });
    writeFileSync(`${OUT}scanned.pdf`, scanned);
    console.log('scanned.pdf', scanned.length);

    await page.setContent(SMALL_TABLE_HTML);
    const small = await page.pdf({ format: 'A4' });
    const truncated = small.subarray(0, Math.floor(small.length * 0.4));
    writeFileSync(`${OUT}truncated.pdf`, truncated);
    console.log('truncated.pdf', truncated.length);
  } finally {
    await browser.close();
  }
  const encrypted = encryptedPdf();
  writeFileSync(`${OUT}encrypted.pdf`, encrypted);
  console.log('encrypted.pdf', encrypted.length);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
