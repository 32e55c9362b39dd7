/**
 * 政府收支分类科目 renamed between years: the same 类 (same code) under a new name. Tables that list every 类 by name
 * without its code (Jiangsu's 收支预算总表: "七、文化体育与传媒支出" in 2018, "七、文化旅游体育与传媒支出" in 2019)
 * can only be matched across years through this list. Data, not rules: a new year's renames are new rows here.
 * Tables that carry codes need no entry: a code under two names is found by lib/compare/renamed-lines.ts.
 */
export interface SubjectRename {
  code: string;
  /** The first year of the new name. */
  year: number;
  from: string;
  to: string;
}

export const SUBJECT_RENAMES: readonly SubjectRename[] = [
  { code: '207', year: 2019, from: '文化体育与传媒支出', to: '文化旅游体育与传媒支出' },
  { code: '210', year: 2019, from: '医疗卫生与计划生育支出', to: '卫生健康支出' },
  { code: '220', year: 2019, from: '国土海洋气象等支出', to: '自然资源海洋气象等支出' },
];

/** The other names a subject had or has: "卫生健康支出" ↔ "医疗卫生与计划生育支出". */
export function otherNames(name: string): string[] {
  const bare = name.replace(/支出$/, '');
  const out: string[] = [];
  for (const r of SUBJECT_RENAMES) {
    if (r.to.replace(/支出$/, '') === bare) out.push(r.from);
    if (r.from.replace(/支出$/, '') === bare) out.push(r.to);
  }
  return out;
}
