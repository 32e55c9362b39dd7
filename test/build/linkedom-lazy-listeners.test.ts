/**
 * The CLI bundle's linkedom edit (scripts/linkedom-lazy-listeners.mjs): applied to the linkedom installed here, nodes
 * get no listener storage until a listener is added, and listeners still work; against code it does not know, it
 * stops the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyListenersSource } from '../../scripts/linkedom-lazy-listeners.mjs';

const linkedomDir = dirname(createRequire(import.meta.url).resolve('linkedom/package.json'));
const original = readFileSync(join(linkedomDir, 'esm/interface/event-target.js'), 'utf8');

interface Target {
  addEventListener(type: string, listener: (event: { type: string }) => void): void;
  removeEventListener(type: string, listener: (event: { type: string }) => void): void;
  dispatchEvent(event: object): boolean;
}

async function eventTargetClass(source: string): Promise<new () => Target> {
  // event-target.js imports nothing: it loads as a module of its own.
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return module.EventTarget;
}

/** The smallest event linkedom's dispatch accepts (its Event class keeps these fields). */
const event = (type: string) => ({ type, bubbles: false, _path: [] as unknown[], CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3, NONE: 0, defaultPrevented: false });

describe('linkedom with lazy listener storage', () => {
  it('creates no listener Map in the constructor, and keeps the rest of the file as it was', () => {
    const patched = lazyListenersSource(original);
    expect(original).toMatch(/constructor\(\) \{\s*wm\.set\(this, new Map\);/);
    expect(patched).not.toMatch(/constructor\(\) \{\s*wm\.set/);
    // One line fewer in the constructor, one more in addEventListener.
    expect(patched.split('\n').length).toBe(original.split('\n').length);
  });

  it('still delivers, and removes, listeners', async () => {
    const EventTarget = await eventTargetClass(lazyListenersSource(original));
    const target = new EventTarget();
    // A node that never had a listener: removing one and dispatching to it are no-ops, not errors.
    target.removeEventListener('load', () => {});
    expect(target.dispatchEvent(event('load'))).toBe(true);
    const heard: string[] = [];
    const listener = (e: { type: string }) => heard.push(e.type);
    target.addEventListener('load', listener);
    target.dispatchEvent(event('load'));
    target.removeEventListener('load', listener);
    target.dispatchEvent(event('load'));
    expect(heard).toEqual(['load']);
  });

  it('stops the build when linkedom’s code is not what it expects', () => {
    expect(() => lazyListenersSource(original.replace('wm.set(this, new Map);', 'this._listeners = null;'))).toThrow(
      "linkedom's event-target.js has changed",
    );
  });
});
