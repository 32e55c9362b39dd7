/**
 * Which page mutations make the checks re-run (entrypoints/engine/page-watch.ts): records that touch content, looked
 * at as they arrive, and marked sentences detached, looked for when the batch is flushed.
 */
import { describe, expect, it } from 'vitest';
import { recordsTouchContent, watchedDetached } from '../../../entrypoints/engine/page-watch.ts';
import { documentFrom } from './dom.ts';

function record(target: Node, added: Node[] = [], removed: Node[] = [], type: MutationRecordType = 'childList'): MutationRecord {
  return { target, addedNodes: added, removedNodes: removed, type } as unknown as MutationRecord;
}

describe('recordsTouchContent and watchedDetached', () => {
  const doc = documentFrom(
    '<div id=ad>广告</div><p id=prose>占81.18%</p><div id=slot><table id=t><tr><td id=c>1.00</td></tr></table></div>',
  );
  const host = doc.createElement('budget-check-overlay');
  const el = (id: string) => doc.getElementById(id)!;

  it('re-runs when a cell, a table or a marked sentence changes', () => {
    expect(recordsTouchContent([record(el('c').firstChild!, [], [], 'characterData')], [], host)).toBe(true);
    const wrapper = doc.createElement('div');
    wrapper.innerHTML = '<table><tr><td>2</td></tr></table>';
    expect(recordsTouchContent([record(el('slot'), [wrapper], [])], [], host)).toBe(true);
    expect(recordsTouchContent([record(el('slot'), [], [el('t')])], [], host)).toBe(true);
    expect(recordsTouchContent([record(el('prose').firstChild!, [], [], 'characterData')], [el('prose')], host)).toBe(true);
  });

  it('only re-positions for everything else, including the overlay host being added', () => {
    expect(recordsTouchContent([record(el('ad'), [doc.createTextNode('新广告')], [])], [el('prose')], host)).toBe(false);
    expect(recordsTouchContent([record(doc.documentElement, [host], [])], [el('prose')], host)).toBe(false);
  });

  it('re-runs when a marked sentence was detached by a change elsewhere', () => {
    const detached = doc.createElement('p');
    expect(recordsTouchContent([record(el('ad'), [], [])], [detached], host)).toBe(false);
    expect(watchedDetached([detached])).toBe(true);
    expect(watchedDetached([el('prose')])).toBe(false);
  });
});
