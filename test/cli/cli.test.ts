import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const typo = `${FIXTURES}cli/typo.html`;
const clean = `${FIXTURES}cli/clean.html`;

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

describe('budget-check', () => {
  it('exits 0 on a page whose sums hold, 1 on a page with an error', async () => {
    expect((await run(clean)).code).toBe(0);
    const bad = await run(typo);
    expect(bad.code).toBe(1);
    // 450.28 + 65.10 = 515.38, printed 515.48: the text output names the table and the finding.
    expect(bad.stdout).toContain('表5 一般公共预算支出情况表');
    expect(bad.stdout).toContain('515.48 与各分项之和 515.38 不符（差 +0.10）');
    // 0.10 of 515.38 is 0.02 %, under 0.1 % of the amount: a minor error, said so in the line and the totals.
    expect(bad.stdout).toContain('✗ 轻微错误 minor error  「合计 / 合计」合计 515.48');
    expect(bad.stdout).toContain('2 个错误 errors（其中 2 个轻微 minor）');
  });

  it('--format json prints exactly one object with the contract fields', async () => {
    const { stdout, code } = await run('--format', 'json', typo);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['documents']);
    const [doc] = json.documents;
    expect(doc.source).toBe(typo);
    expect(doc.tables).toEqual([
      expect.objectContaining({ id: 't0', index: 0, number: '5', title: '一般公共预算支出情况表', unit: '万元', rows: 4, cols: 5 }),
    ]);
    const errors = doc.findings.filter((f: { severity: string }) => f.severity === 'error');
    // One wrong cell (合计 of 合计) breaks two relations: the column total and 合计 = 基本 + 项目.
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e.cells[0]).toEqual({ tableId: 't0', row: 3, col: 2 });
    const keys = ['rule', 'severity', 'tableId', 'tableTitle', 'rowLabel', 'colLabel', 'stated', 'expected', 'message', 'quote'];
    for (const key of keys) expect(errors[0]).toHaveProperty(key);
    expect(errors[0]).toMatchObject({ rule: 'column-total', tableId: 't0', stated: '515.48', expected: '515.38', quote: null, magnitude: 'minor' });
    // Notes have no magnitude, and say so with null rather than leaving the key out.
    for (const note of doc.findings.filter((f: { severity: string }) => f.severity === 'info')) expect(note.magnitude).toBeNull();
  });

  it('bad input: says which file and why, exits 2, and still checks the other files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-cli-'));
    const png = join(dir, 'image.html');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, '这只是一段文字，没有标签。');
    const missing = join(dir, 'missing.html');
    const { code, stdout, stderr } = await run('--format', 'json', missing, png, empty, text, dir, typo);
    expect(code).toBe(2);
    expect(stderr).toContain(`${missing}: 文件不存在 / no such file`);
    expect(stderr).toContain(`${png}: 不是 HTML 或 PDF 文件 / not an HTML or PDF file`);
    expect(stderr).toContain(`${empty}: 文件为空 / the file is empty`);
    expect(stderr).toContain(`${text}: 不是 HTML 或 PDF 文件`);
    expect(stderr).toContain(`${dir}: 这是一个目录`);
    const json = JSON.parse(stdout);
    expect(json.documents).toHaveLength(6);
    expect(json.documents[0]).toMatchObject({ source: missing, error: '文件不存在 / no such file', tables: [], findings: [] });
    // The good file after five bad ones is still checked.
    expect(json.documents[5].findings.some((f: { severity: string }) => f.severity === 'error')).toBe(true);
  });

  it('rejects unknown options and a missing file list with usage, exit 2', async () => {
    expect((await run()).code).toBe(2);
    const r = await run('--frobnicate', clean);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知选项 / unknown option "--frobnicate"');
    expect((await run('--format', 'xml', clean)).code).toBe(2);
    expect((await run('--export', 'csv', clean)).stderr).toContain('--export 需要 --out DIR');
  });

  it('joins a 说明 and its 表格 given among other files, says so, and checks the text against the tables', async () => {
    const text = `${FIXTURES}jiangsu/江苏省委办公厅2019年度部门预算公开文件.pdf`;
    const tables = `${FIXTURES}jiangsu/江苏省委办公厅2019年度部门预算公开表格.pdf`;
    const other = `${FIXTURES}jiangsu/江苏省委办公厅2018年度部门预算公开表.pdf`;
    const { stdout, code } = await run('--format', 'json', tables, other, text);
    expect(code).toBe(1);
    const docs = JSON.parse(stdout).documents;
    // The 2018 表格 is another year: alone. The 2019 pair is one document, in the order given, its text first.
    expect(docs.map((d: { sources: string[] }) => d.sources)).toEqual([[text, tables], [other]]);
    expect(docs[0]).toMatchObject({ source: text, unit: '江苏省委办公厅', year: 2019, basis: 'budget' });
    expect(docs[0].tables).toHaveLength(12);
    expect(docs[0].tables.every((t: { source: string }) => t.source === tables)).toBe(true);
    // Only the pair shows this one (SWB19-03 in its truth): 411.20 ÷ (70.00 + 411.20 + 27.00) = 80.913% → 80.91,
    // printed 80.92; the text alone writes 70 and 27 (± 0.5), which allows it.
    const share = docs[0].findings.find((f: { rule: string; stated: string }) => f.rule === 'prose-share' && f.stated === '80.92%');
    expect(share).toMatchObject({ severity: 'error', expected: '80.91%', source: text });
    const apart = await run('--format', 'json', '--separate', tables, text);
    expect(JSON.parse(apart.stdout).documents.map((d: { sources: string[] }) => d.sources)).toEqual([[tables], [text]]);
    const plain = await run(text, tables);
    expect(plain.stdout).toContain(`已合并核对 / checked as one document: ${text} + ${tables}（江苏省委办公厅 2019）`);
  });

  it('--compare OLD NEW pairs last year’s folder with this year’s and reports the comparison in the JSON contract', async () => {
    const oldDir = mkdtempSync(join(tmpdir(), 'bc-old-'));
    const newDir = mkdtempSync(join(tmpdir(), 'bc-new-'));
    const copy = (name: string, dir: string) => writeFileSync(join(dir, name), readFileSync(`${FIXTURES}jiangsu/${name}`));
    copy('江苏省委办公厅2018年度部门预算公开表.pdf', oldDir);
    copy('江苏省委办公厅2019年度部门预算公开文件.pdf', newDir);
    copy('江苏省委办公厅2019年度部门预算公开表格.pdf', newDir);
    const { stdout, code } = await run('--compare', oldDir, newDir, '--format', 'json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['documents', 'comparisons']);
    expect(json.documents).toHaveLength(2);
    const [pair] = json.comparisons.pairs;
    expect(json.comparisons.pairs).toHaveLength(1);
    expect(pair.old).toEqual([join(oldDir, '江苏省委办公厅2018年度部门预算公开表.pdf')]);
    expect(pair.new).toHaveLength(2);
    expect(pair.relation).toBe('year');
    // What the hand check compared (truth/years/weiban-2018-2019.json): its 25 restated figures that are not 0, less
    // C31 (a known miss: test/compare/years.test.ts), and its 19 rates, less two the comparison does not reach (the
    // fifth 13.11% and the second 6.60%, rates the text states again; not traced yet).
    expect(pair.compared).toBe(25 - 1 + (19 - 2));
    // 住房保障（类）: (3,894.09 − 3,015.16) ÷ 3,015.16 = 29.15% → 29%, written 30% (weiban-2018-2019 Y01).
    const rate = json.comparisons.findings.find((f: { stated: string }) => f.stated === '30%');
    expect(rate).toMatchObject({ pair: 0, rule: 'compare-rate', severity: 'error', magnitude: 'gross', expected: '29%' });
    expect(rate.old).toMatchObject({ source: pair.old[0], tableTitle: '收支预算总表', rowLabel: '十八、住房保障支出', value: '3015.16', quote: null });
    expect(rate.new.source).toBe(join(newDir, '江苏省委办公厅2019年度部门预算公开文件.pdf'));
    expect(rate.new.quote).toContain('增长30%');
    for (const key of ['rule', 'severity', 'magnitude', 'old', 'new', 'message', 'messageEn']) expect(rate).toHaveProperty(key);
  });

  it('--compare says why when nothing can be paired, and needs two paths', async () => {
    const lone = await run('--compare', clean, typo);
    expect(lone.code).toBe(2);
    expect(lone.stderr).toContain('没有可对比的文件');
    expect(lone.stderr).toContain(`OLD ${clean}`);
    const one = await run('--compare', clean);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('--compare needs two paths');
  });

  it('--format jsonl on a batch: one document per line, from a pool of threads, the same documents as --format json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bc-jsonl-'));
    const files = [typo, clean, typo, clean, typo].map((f, i) => {
      const copy = join(dir, `page-${i}.html`);
      writeFileSync(copy, readFileSync(f));
      return copy;
    });
    const lines = await run('--format', 'jsonl', '--jobs', '2', ...files);
    expect(lines.code).toBe(1);
    const streamed = lines.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(streamed.map((d: { source: string }) => d.source).sort()).toEqual([...files].sort());
    const whole = JSON.parse((await run('--format', 'json', '--jobs', '1', ...files)).stdout).documents;
    expect(whole.map((d: { source: string }) => d.source)).toEqual(files);
    const bySource = new Map(streamed.map((d: { source: string }) => [d.source, d]));
    for (const d of whole) expect(bySource.get(d.source)).toEqual(d);
    // 515.48 printed for 515.38 on typo.html: its two errors, on every copy.
    expect(streamed.filter((d: { findings: { severity: string }[] }) => d.findings.some((f) => f.severity === 'error'))).toHaveLength(3);
  });

  it('joins a 说明 with its 表格 in a batch of threads as in one thread, and checks a 表格 without its 说明 alone', async () => {
    // Two 说明 + 表格 pairs (政协 2019; 委办 2019) and a 表格 whose 说明 is not in the batch (政协 2017).
    const files = [
      '江苏省政协办公厅2019年度部门预算.pdf',
      '江苏省委办公厅2019年度部门预算公开表格.pdf',
      '江苏省政协办公厅2017年度部门预算公开表.pdf',
      '江苏省政协办公厅2019年预算公开表.pdf',
      '江苏省委办公厅2019年度部门预算公开文件.pdf',
    ].map((name) => `${FIXTURES}jiangsu/${name}`);
    const streamed = (await run('--format', 'jsonl', '--jobs', '2', ...files)).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const whole = JSON.parse((await run('--format', 'json', '--jobs', '1', ...files)).stdout).documents;
    const sources = (docs: { sources?: string[]; source: string }[]) =>
      docs.map((d) => (d.sources ?? [d.source]).map((f) => f.replace(/^.*\//, '')).join(' + ')).sort();
    // A joined document names its 说明 first, whatever the order of the files given.
    expect(sources(whole)).toEqual(
      [
        '江苏省政协办公厅2017年度部门预算公开表.pdf',
        '江苏省政协办公厅2019年度部门预算.pdf + 江苏省政协办公厅2019年预算公开表.pdf',
        '江苏省委办公厅2019年度部门预算公开文件.pdf + 江苏省委办公厅2019年度部门预算公开表格.pdf',
      ].sort(),
    );
    expect(sources(streamed)).toEqual(sources(whole));
    const bySource = new Map(streamed.map((d: { source: string }) => [d.source, d]));
    for (const d of whole) expect(bySource.get(d.source)).toEqual(d);
  }, 60_000);

  it('runs as built JavaScript with no loader, compiled from the code cache the build made, with the same output as the sources', async () => {
    const exec = promisify(execFile);
    const root = fileURLToPath(new URL('../../', import.meta.url));
    await exec(process.execPath, [join(root, 'scripts/build-cli.mjs')]);
    // As cli/bin.mjs loads it (cli/load-built.mjs); the build's training run left the cache. Four files on two
    // threads: the pool's built worker (dist/cli/worker.cjs) too.
    const pages = ['002_985e1de26a38a1db.plain.html', '004_fcad36837894980a.word.html'].map((f) => `${FIXTURES}pages/${f}`);
    const argv = ['--format', 'json', '--jobs', '2', typo, clean, ...pages];
    const pdf = `${FIXTURES}pdf/002_985e1de26a38a1db.word.pdf`;
    const built = await exec(process.execPath, ['--input-type=module', '-e', `
      const { loadBuilt } = await import(${JSON.stringify(pathToFileURL(join(root, 'cli/load-built.mjs')).href)});
      const loaded = loadBuilt(${JSON.stringify(join(root, 'dist/cli/main.cjs'))});
      let out = '';
      const code = await loaded.exports.main(${JSON.stringify(argv)}, { stdout: { write: (t) => (out += t) }, stderr: { write() {} } });
      // A PDF in this thread: pdf.js is imported from inside the cached code.
      let pdfOut = '';
      await loaded.exports.main(['--format', 'json', ${JSON.stringify(pdf)}], { stdout: { write: (t) => (pdfOut += t) }, stderr: { write() {} } });
      process.stdout.write(JSON.stringify({ code, out, pdfOut, fromCache: loaded.fromCache }));
    `]);
    const { code, out, pdfOut, fromCache } = JSON.parse(built.stdout);
    expect(fromCache).toBe(true);
    // The build's batch training run left the worker's cache too (cli/worker-built.mjs saves it after a first answer).
    expect(existsSync(join(root, 'dist/cli/worker.cjs.cache'))).toBe(true);
    const pdfFromSources = await run('--format', 'json', pdf);
    expect(JSON.parse(pdfOut).documents[0].tables.length).toBeGreaterThan(0);
    expect(JSON.parse(pdfOut)).toEqual(JSON.parse(pdfFromSources.stdout));
    const fromSources = await run(...argv);
    expect(code).toBe(fromSources.code);
    expect(JSON.parse(out).documents).toHaveLength(4);
    expect(JSON.parse(out)).toEqual(JSON.parse(fromSources.stdout));
  }, 30_000);
});
