/** Where an exported table came from: shown above it (Markdown, XLSX) and stored with it (JSON). */
export interface ExportSource {
  /** The page's (or file's) address. */
  url?: string;
  /** The page's title, e.g. "克孜勒苏柯尔克孜自治州人民政府外事办公室2023年单位预算公开". */
  pageTitle?: string;
}
