/** Finding a quoted sentence, and the wrong figure inside it, in a page's own text nodes (entrypoints/engine/locate-text.ts). */
import { describe, expect, it } from 'vitest';
import { compactString, locateText, standaloneIndex } from '../../../entrypoints/engine/locate-text.ts';
import { documentFrom } from './dom.ts';

describe('locateText', () => {
  it('finds a sentence across elements, line breaks, &nbsp; and full-width spaces', () => {
    const doc = documentFrom(
      '<p id=p><span>2023 年一般公共预算</span>\n<span>支出&nbsp;520.00</span>万元，\u3000其中：基本支出<b>420.00</b>万元，占 <i>81.18%</i>。</p>',
    );
    const p = doc.getElementById('p')!;
    const match = locateText(p, '2023年一般公共预算支出520.00万元，其中：基本支出420.00万元，占81.18%。');
    expect(match).not.toBeNull();
    expect(compactString(match!.range.toString())).toBe(
      '2023年一般公共预算支出520.00万元，其中：基本支出420.00万元，占81.18%。',
    );
  });

  it('narrows to the stated figure inside the sentence', () => {
    const doc = documentFrom('<p id=p>支出520.00万元，占 <i>81.18%</i>；其他<b>18.82%</b>。</p>');
    const match = locateText(doc.getElementById('p')!, '支出520.00万元，占81.18%；其他18.82%。', '18.82%');
    expect(match!.range.toString()).toBe('18.82%');
  });

  it('prefers the figure standing alone over the same digits inside a longer number', () => {
    expect(standaloneIndex('占118.18%，占18.18%', '18.18%')).toBe(10);
    expect(standaloneIndex('占18.18%', '18.18%')).toBe(1);
    // Only inside longer numbers: the first occurrence still beats nothing.
    expect(standaloneIndex('占118.18%', '18.18%')).toBe(2);
  });

  it('keeps the whole sentence when the stated figure is not written in it (a sum of shares)', () => {
    const doc = documentFrom('<p id=p>甲占60.00%，乙占42.00%。</p>');
    const match = locateText(doc.getElementById('p')!, '甲占60.00%，乙占42.00%。', '102.00%');
    expect(match!.range.toString()).toBe('甲占60.00%，乙占42.00%。');
  });

  it('returns null for a quote the element does not hold, and for an empty quote', () => {
    const doc = documentFrom('<p id=p>支出520.00万元</p>');
    expect(locateText(doc.getElementById('p')!, '支出530.00万元')).toBeNull();
    expect(locateText(doc.getElementById('p')!, ' \n ')).toBeNull();
  });

  it('skips script text inside the block', () => {
    const doc = documentFrom('<div id=d><script>var s = "支出520.00万元";</script><p>收入100.00万元</p></div>');
    expect(locateText(doc.getElementById('d')!, '支出520.00万元')).toBeNull();
    expect(locateText(doc.getElementById('d')!, '收入100.00万元')!.range.toString()).toBe('收入100.00万元');
  });
});
