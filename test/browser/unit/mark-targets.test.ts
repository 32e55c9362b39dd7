/** Where the marks of prose findings go (entrypoints/engine/mark-targets.ts), on a happy-dom page read by lib/dom. */
import { describe, expect, it } from 'vitest';
import { buildMarkTargets } from '../../../entrypoints/engine/mark-targets.ts';
import { readDocument } from '../../../lib/dom/read-document.ts';
import { analyzeDocument } from '../../../lib/engine.ts';
import { documentFrom } from './dom.ts';

// 80.00 / 100.00 = 80.00%, so "占76.92%" is wrong whatever the rounding.
const TABLE =
  '<p>单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>收入总计</td><td>100.00</td></tr>' +
  '<tr><td>一般公共预算拨款</td><td>80.00</td></tr><tr><td>其他收入</td><td>20.00</td></tr></table>';
const SENTENCE = '本部门2024年收入预算100.00万元，其中一般公共预算拨款80.00万元，占76.92%。';

function shareMark(body: string) {
  const doc = documentFrom(`<title>2024年部门预算</title><body>${body}</body>`);
  const raw = readDocument(doc);
  const report = analyzeDocument(raw);
  const share = report.findings.find((f) => f.rule === 'prose-share');
  expect(share?.severity).toBe('error');
  const targets = buildMarkTargets(report, raw);
  const markKey = targets.places.get(share?.id ?? '')?.markKey;
  return targets.texts.find((t) => t.key === markKey);
}

describe('prose marks', () => {
  it('underline the stated figure inside its sentence', () => {
    const mark = shareMark(`<p id=s>${SENTENCE}</p>${TABLE}`);
    expect(mark?.range.toString()).toBe('76.92%');
    expect(mark?.element.id).toBe('s');
  });

  it('find the figure of a sentence the engine joined across two blocks (a line with no full stop before it)', () => {
    // "附件：部门预算.pdf" ends without 。, so the engine reads it and the next paragraph as one sentence.
    const mark = shareMark(`<p>附件：部门预算.pdf</p><p id=s>${SENTENCE}</p>${TABLE}`);
    expect(mark?.range.toString()).toBe('76.92%');
    expect(mark?.element.id).toBe('s');
  });
});
