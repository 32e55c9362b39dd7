/** Command-line arguments of budget-check. Hand-written: four options do not need a parser library. */

export type OutputFormat = 'text' | 'json' | 'jsonl';
export type ExportFormat = 'xlsx' | 'csv' | 'json' | 'md' | 'evidence';

export interface CliOptions {
  format: OutputFormat;
  files: string[];
  export?: ExportFormat;
  outDir?: string;
  /** Check every file alone, even a 说明 whose 表格 is among the files. */
  separate: boolean;
  /** --compare OLD NEW: `files` are the two sides, each a file or a folder. */
  compare: boolean;
  /** Worker threads for a batch; undefined: as many as cores (cli/batch.ts). */
  jobs?: number;
  help: boolean;
}

export const USAGE = `用法 / usage: budget-check [--format text|json|jsonl] [--separate] [--jobs N] [--export xlsx|csv|json|md|evidence --out DIR] FILE...
       budget-check --compare OLD NEW [--format text|json]

  核对保存的预算公开网页（.html）或 PDF 文件中的表格与文字。
  Checks the tables and text of saved budget disclosure pages (.html) or PDF files.

  --format text|json|jsonl
                       输出格式 / output format (default: text); jsonl: one JSON document per line, written as
                       each file is done, for long batches
  --jobs N             并行线程数 / worker threads for a batch (default: one per core)
  --separate           每个文件单独核对 / check every file alone; by default a 说明 (text) and the 表格 (tables)
                       of the same unit and year are joined and checked as one document
  --compare OLD NEW    与上年对比 / compare with last year: OLD and NEW are files or folders; documents of
                       one unit in consecutive years are paired (and a 预算 with the 决算 of its year), and
                       every 上年 figure and growth rate of the newer is checked against the older
  --export FMT         导出表格 / export every table: xlsx, csv, json, md, or the evidence pack (evidence)
  --out DIR            导出目录 / where exports go (required with --export)

  退出码 / exit code: 0 无错误 / no errors, 1 发现错误 / errors found, 2 输入有误 / bad input`;

const EXPORTS: readonly ExportFormat[] = ['xlsx', 'csv', 'json', 'md', 'evidence'];

export function parseArgs(argv: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = { format: 'text', files: [], separate: false, compare: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '--jobs': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1 || v > 256) return { error: '--jobs 需要一个正整数 / --jobs needs a whole number of threads, 1 or more' };
        options.jobs = v;
        break;
      }
      case '--compare':
        options.compare = true;
        break;
      case '--separate':
        options.separate = true;
        break;
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'jsonl')
          return { error: `--format 只能是 text、json 或 jsonl / --format must be text, json or jsonl, got "${v ?? ''}"` };
        options.format = v;
        break;
      }
      case '--export': {
        const v = value() as ExportFormat;
        if (!EXPORTS.includes(v)) return { error: `--export 只能是 ${EXPORTS.join('|')} / --export must be one of ${EXPORTS.join(', ')}, got "${v ?? ''}"` };
        options.export = v;
        break;
      }
      case '--out': {
        const v = value();
        if (!v) return { error: '--out 需要一个目录 / --out needs a directory' };
        options.outDir = v;
        break;
      }
      case '--':
        options.files.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (flag.startsWith('-') && flag !== '-') return { error: `未知选项 / unknown option "${arg}"` };
        options.files.push(arg);
    }
  }
  if (options.compare && options.files.length !== 2)
    return { error: '--compare 需要两个路径：上年的与本年的文件或文件夹 / --compare needs two paths, OLD and NEW (files or folders)' };
  if (options.export && !options.outDir) return { error: '--export 需要 --out DIR / --export needs --out DIR' };
  if (!options.help && options.files.length === 0) return { error: '没有指定文件 / no file given' };
  return options;
}
