/**
 * The labels of total rows. 当年收入小计 / 当年支出小计 (Jiangsu's 收支预算总表) close the year's list as 本年收入合计
 * does in the national template; 人员经费合计 and 公用经费合计 close the two side-by-side lists of the 决算's
 * 基本支出决算表. A bare 小计 is a subtotal of a group, not a total.
 */
export const TOTAL_NAMES =
  /^(?:合计|总计|收入总计|支出总计|收支总计|(?:本年|当年)(?:收入|支出)(?:合计|小计)|收入合计|支出合计|合计数|全部合计|人员经费合计|公用经费合计)$/;

export const SUBTOTAL_NAME = /^(?:小计|.*（小计）)$/;
