import { describe, expect, it } from 'vitest';
import { allClaims, extractClaims } from '../../lib/prose/claims.ts';
import type { RawDocument } from '../../lib/model.ts';
import { seedRawDocument } from '../helpers/seed-document.ts';

const doc = (...texts: string[]): RawDocument => ({ title: '', attachments: [], blocks: texts.map((text) => ({ kind: 'text', text })) });

describe('claims on the seeds (counted by hand from the seed texts)', () => {
  // 占: 二 3 + 三 2 + 五(二) 2 / 二 2 + 三 2 + 五(二) 4 / 2 + 2 + 2.
  // YoY with a rate: 二 3, 三 2, 五(一) 2, 五(三) 5, 十 5, 十一(一) 1 = 18 / 2+2+2+9+5+1 = 21 / 2+2+2+5+5+1 = 17
  // (seed-findings.md: prose-yoy 18, 21, 17).
  // 其中 / 共计 lists: 收入, 支出, 五(一), 六, 三公, 三公 changes, 政府采购, 车辆 (+ 中小企业 [000], + 2 资金分配 [004]).
  const cases = [
    ['000_d027ff157a76b55d', 7, 18, 9],
    ['002_985e1de26a38a1db', 8, 21, 8],
    ['004_fcad36837894980a', 6, 17, 10],
  ] as const;
  for (const [seed, shares, rates, lists] of cases)
    it(`[${seed.slice(0, 3)}] finds every share, rate and list`, () => {
      const raw = seedRawDocument(seed);
      expect(allClaims(raw, 'share')).toHaveLength(shares);
      expect(allClaims(raw, 'change').filter((c) => c.rate)).toHaveLength(rates);
      expect(allClaims(raw, 'parts')).toHaveLength(lists);
    });

  it('[000] 二: the share of 一般公共预算 is of 收入预算 515.38, and its change has its current amount', () => {
    const raw = seedRawDocument('000_d027ff157a76b55d');
    const share = allClaims(raw, 'share')[0];
    expect(share.part.value.shown).toBe('418.36万元');
    expect(share.total?.value.shown).toBe('515.38万元');
    expect(share.percent.raw).toBe('81.18');
    const change = allClaims(raw, 'change')[0];
    expect(change).toMatchObject({ key: 'gp-total', changeWord: '增加', rateWord: '增长' });
    expect(change.change.value.toFixed(2)).toBe('71.52');
    expect(change.current?.value.shown).toBe('418.36万元');
  });

  it('[002] joins "比上年预算减" and "少 0.51 万元" across the line break; TextRefs point into both blocks', () => {
    const raw = seedRawDocument('002_985e1de26a38a1db');
    const c = allClaims(raw, 'change').find((x) => x.change.value.toFixed(2) === '-0.51');
    expect(c).toBeDefined();
    expect(c!.changeWord).toBe('减少');
    expect(c!.textRefs.length).toBe(2);
    expect(c!.quote).toContain('比上年预算减少 0.51 万元');
    const [a, b] = c!.textRefs;
    const block = raw.blocks[a.block];
    expect(block.kind === 'text' && block.text.slice(a.start, a.end).endsWith('比上年预算减')).toBe(true);
    expect(b.block).toBeGreaterThan(a.block);
  });
});

describe('claim extraction details', () => {
  it('reads 元 and 亿元 amounts in 万元 and keeps their precision', () => {
    const [a] = allClaims(doc('一、关于收支预算情况的总体说明', '收支总预算 1,234,500 元。'), 'amount');
    expect(a.value.value.toFixed()).toBe('123.45');
    expect(a.value.decimals).toBe(4);
  });

  it('full-width punctuation and half-width mix read the same', () => {
    const half = allClaims(doc('二、关于收入预算情况说明', '单位资金 97.02 万元,占 18.82%,比上年预算增加 84.02 万元,增长 646.31%。'), 'change');
    const full = allClaims(doc('二、关于收入预算情况说明', '单位资金９７.０２万元，占１８.８２％，比上年预算增加８４.０２万元，增长６４６.３１％。'), 'change');
    expect(half[0].rate?.raw).toBe('646.31');
    expect(full[0].rate?.raw).toBe('646.31');
  });

  it('个百分点 is not read as a growth rate', () => {
    const c = allClaims(doc('三、关于支出预算情况说明', '基本支出 10.00 万元，比上年预算增加 1.00 万元，提高 2.5 个百分点。'), 'change');
    expect(c[0].rate).toBeUndefined();
  });

  it('7-digit codes and codes glued to letters are not amounts', () => {
    const claims = extractClaims(doc('五、关于一般公共预算当年拨款情况说明', '功能科目在行政运行（2013601），特定目标 1210070G。'));
    expect(claims.filter((c) => c.kind === 'amount')).toHaveLength(0);
  });

  it('hostile input: long runs of digits, separators and change words stay fast and never throw', () => {
    const nasty = [
      '1,'.repeat(20_000),
      '增加'.repeat(20_000) + '1万元',
      `${'占'.repeat(10_000)}%`,
      `合计 5000.0 万元，其中：${'1.0万元，'.repeat(5_000)}`,
      '（'.repeat(30_000),
    ];
    // A catastrophic pattern would hang here past the test timeout; a linear pass takes milliseconds.
    for (const text of nasty) expect(() => extractClaims(doc('二、关于收入预算情况说明', text))).not.toThrow();
    const [list] = allClaims(doc('二、关于收入预算情况说明', nasty[3]), 'parts');
    expect(list.parts).toHaveLength(5_000);
  });
});
