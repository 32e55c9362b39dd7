/**
 * The header tree of a segment's value columns, and the "total column = Σ component columns" relations it implies
 * (budget-identities.md T2.1/T2.2, T3.1, T4.3, T5.1, T6.1, T7.1, T10.3, T11.1/T11.2).
 *
 * Budget headers nest: 财政拨款（补助） › {小计, 一般公共预算, 上级…转移支付, …}; 财政拨款 › 基本支出 › {人员经费, 公用经费}.
 * A group whose child is named 合计/小计/总计 says "this child is the sum of its siblings"; a sibling group without a
 * total column of its own stands for the sum of its leaves (T8/T9: 基本支出 › {人员经费, 公用经费} has no 小计).
 * The top level is a group too: T2's 总计 column adds the 财政拨款 group's 小计 and the other sources, T7's
 * 项目支出合计 adds the ten economic columns, T10's 合计 adds the 资金来源 group's leaves.
 */
import type { ColumnInfo } from './table-structure.ts';

export interface HeaderNode {
  label: string;
  /** Grid column of a leaf. */
  col?: number;
  children: HeaderNode[];
}

export interface ColumnSumRelation {
  /** Grid column of the total. */
  total: number;
  /** Grid columns of the components. */
  parts: number[];
  /** The header group the relation comes from ('' = the top level). */
  group: string;
}

/** 合计, 小计, 总计 and names ending in them: 项目支出合计, 财政拨款（补助）小计, 支出合计. */
const TOTAL_COLUMN = /(?:合计|小计|总计)(?:数)?$/;

export function isTotalColumnName(name: string): boolean {
  return TOTAL_COLUMN.test(name);
}

/**
 * Builds the tree from the columns' header paths, in column order. A label joins the previous sibling only when that
 * sibling is a group with the same label: two 基本支出 groups under 财政拨款 and 非财政拨款 stay apart, and so do two
 * non-adjacent groups that happen to share a name.
 */
export function buildHeaderTree(columns: readonly ColumnInfo[]): HeaderNode {
  const root: HeaderNode = { label: '', children: [] };
  for (const column of columns) {
    let node = root;
    column.path.forEach((label, i) => {
      const leaf = i === column.path.length - 1;
      if (leaf) {
        node.children.push({ label, col: column.col, children: [] });
        return;
      }
      const last = node.children[node.children.length - 1];
      if (last && last.col === undefined && last.label === label) node = last;
      else {
        const group: HeaderNode = { label, children: [] };
        node.children.push(group);
        node = group;
      }
    });
    // A column without any header label is a leaf of the top level.
    if (column.path.length === 0) root.children.push({ label: '', col: column.col, children: [] });
  }
  return collapseSingleChildGroups(root);
}

/**
 * A group with one child adds nothing: 一般公共预算支出 › {合计, 基本支出, 项目支出} is that group's relation, and a
 * spanning title over every column (T5: 一般公共预算支出) must not hide the top-level 合计 from its siblings.
 */
function collapseSingleChildGroups(node: HeaderNode): HeaderNode {
  const children = node.children.map(collapseSingleChildGroups);
  if (node.label !== '' && children.length === 1) return children[0];
  return { ...node, children };
}

/** The columns a node stands for in a sum: its own column, its total child's, or the union of its children's. */
export function columnsOf(node: HeaderNode): number[] {
  if (node.col !== undefined) return [node.col];
  const total = totalChild(node);
  if (total) return [total.col!];
  return node.children.flatMap(columnsOf);
}

function totalChild(node: HeaderNode): HeaderNode | undefined {
  return node.children.find((c) => c.col !== undefined && isTotalColumnName(c.label));
}

/** Every relation the header states: in each group with a total child, that child = Σ its siblings. */
export function columnSumRelations(root: HeaderNode): ColumnSumRelation[] {
  const relations: ColumnSumRelation[] = [];
  const visit = (node: HeaderNode) => {
    const total = totalChild(node);
    if (total) {
      // A second total-named child (合计 next to 上年合计) is not an addend; it has no place in this relation.
      const parts = node.children.filter((c) => c !== total && !(c.col !== undefined && isTotalColumnName(c.label)));
      const cols = parts.flatMap(columnsOf);
      if (cols.length > 0) relations.push({ total: total.col!, parts: cols, group: node.label });
    }
    for (const child of node.children) if (child.col === undefined) visit(child);
  };
  visit(root);
  return relations;
}
