import { render } from 'preact';
import { COMPONENT_CSS } from '../../components/styles.ts';
import { App } from './App.tsx';
import { POPUP_CSS } from './popup-css.ts';

const style = document.createElement('style');
style.textContent = POPUP_CSS + COMPONENT_CSS;
document.head.appendChild(style);

/** `?tab=<id>` opens the popup for a given tab (the popup as a page: tests, keyboard users); otherwise the active tab. */
const tabParam = new URLSearchParams(location.search).get('tab');
const tabId = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined;

render(<App tabId={tabId} />, document.getElementById('app')!);
