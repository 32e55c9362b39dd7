/** A happy-dom document for the extension's DOM helpers: fast, and enough for text walking and Ranges (no layout). */
import { Window } from 'happy-dom';

export function documentFrom(html: string): Document {
  const window = new Window({ url: 'http://czj.example.gov.cn/' });
  window.document.write(html);
  return window.document as unknown as Document;
}
