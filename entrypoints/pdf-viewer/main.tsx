import { render } from 'preact';
import { resolveLang } from '../../components/i18n.ts';
import { COMPONENT_CSS } from '../../components/styles.ts';
import { VIEWER_CSS } from './viewer-css.ts';
import { Viewer } from './Viewer.tsx';

const style = document.createElement('style');
style.textContent = VIEWER_CSS + COMPONENT_CSS;
document.head.appendChild(style);

render(<Viewer lang={resolveLang('auto', navigator.language)} />, document.getElementById('app')!);
