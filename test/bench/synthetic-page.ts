/**
 * Synthetic disclosure pages for the benchmark and the scale tests: 一般公共预算支出情况表-shaped tables with a
 * 类/款/项 hierarchy whose sums hold exactly, so the engine does all its work and reports nothing.
 */

export interface SyntheticOptions {
  tables: number;
  rowsPerTable: number;
}

export function syntheticPage({ tables, rowsPerTable }: SyntheticOptions): string {
  const parts: string[] = ['<!doctype html><html><head><meta charset="utf-8"><title>合成预算公开</title></head><body>'];
  for (let t = 0; t < tables; t++) {
    parts.push(`<p>表${t + 1}</p><p>一般公共预算支出情况表</p><p>单位：万元</p>`);
    parts.push('<table border="1"><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>');
    parts.push(...hierarchyRows(rowsPerTable, t));
    parts.push('</table>');
  }
  parts.push('</body></html>');
  return parts.join('');
}

/** 类 rows each with 款 rows each with 项 rows; amounts in cents so every sum is exact. */
function hierarchyRows(rowCount: number, seed: number): string[] {
  const rows: string[] = [];
  let basicTotal = 0;
  let projectTotal = 0;
  const cell = (cents: number) => (cents / 100).toFixed(2);
  const line = (code: string, name: string, basic: number, project: number) =>
    `<tr><td>${code}</td><td>${name}</td><td>${cell(basic + project)}</td><td>${cell(basic)}</td><td>${cell(project)}</td></tr>`;
  // One 类 holds up to 99 款 × 99 项; 7-digit codes run out past ~9,800 项 per 类, so use several 类.
  let remaining = rowCount - 1;
  for (let cls = 201; remaining > 0 && cls <= 299; cls++) {
    const classRows: string[] = [];
    let classBasic = 0;
    let classProject = 0;
    for (let kuan = 1; kuan <= 99 && remaining > 2; kuan++) {
      const items: string[] = [];
      let kuanBasic = 0;
      let kuanProject = 0;
      for (let xiang = 1; xiang <= 20 && remaining > 2; xiang++) {
        const basic = ((seed * 7919 + cls * 104729 + kuan * 31 + xiang * 17) % 100000) + 1;
        const project = ((seed * 13 + kuan * 7 + xiang * 101) % 50000) + 1;
        kuanBasic += basic;
        kuanProject += project;
        const code = `${cls}${String(kuan).padStart(2, '0')}${String(xiang).padStart(2, '0')}`;
        items.push(line(code, `项目${code}`, basic, project));
        remaining--;
      }
      classBasic += kuanBasic;
      classProject += kuanProject;
      classRows.push(line(`${cls}${String(kuan).padStart(2, '0')}`, `款${cls}${kuan}`, kuanBasic, kuanProject), ...items);
      remaining--;
    }
    basicTotal += classBasic;
    projectTotal += classProject;
    rows.push(line(String(cls), `类${cls}`, classBasic, classProject), ...classRows);
    remaining--;
  }
  rows.push(
    `<tr><td></td><td>合计</td><td>${cell(basicTotal + projectTotal)}</td><td>${cell(basicTotal)}</td><td>${cell(projectTotal)}</td></tr>`,
  );
  return rows;
}
