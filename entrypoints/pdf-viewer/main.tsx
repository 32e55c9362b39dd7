import { render } from 'preact';
import { browser } from 'wxt/browser';
import { resolveLang } from '../../components/i18n.ts';
import { loadSettings } from '../../components/settings.ts';
import { COMPONENT_CSS } from '../../components/styles.ts';
import { VIEWER_CSS } from './viewer-css.ts';
import { Viewer } from './Viewer.tsx';

const style = document.createElement('style');
style.textContent = VIEWER_CSS + COMPONENT_CSS;
document.head.appendChild(style);

// The language the user chose in the popup's settings, as the popup and the page marks use it; the browser's own
// language when the setting is 'auto' (or the settings cannot be read).
const settings = await loadSettings().catch(() => undefined);
render(
  <Viewer lang={resolveLang(settings?.language, browser.i18n.getUILanguage())} />,
  document.getElementById('app') as HTMLElement,
);
