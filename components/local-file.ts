/**
 * A tab that shows a file from the user's disk (a disclosure saved as .html, opened as file:///…/page.html).
 * Chrome lets an extension read such a tab only after the user turns on "Allow access to file URLs"
 * (允许访问文件网址) for it in chrome://extensions: activeTab does not grant file:// pages, and without that switch the
 * extension is not even told the tab's address. The popup then offers the checker's own page (pdf-viewer.html),
 * which reads a file the user picks, and says how to turn the switch on for marks on the page itself.
 * Firefox has no such switch (no extension reads file:// pages there, and extension.isAllowedFileSchemeAccess() is
 * always false): the checker is offered, and no switch is explained.
 */

export interface LocalFileOffer {
  /** The tab's address is known to be file:; otherwise the popup says "if this tab is a saved page". */
  certain: boolean;
  /** Say how to turn on "Allow access to file URLs": it is off (with it on, a toolbar click reads the tab). */
  explainFileAccess: boolean;
}

/**
 * Should the popup offer the checker for a tab it could not read? `tabUrl` is undefined where the browser hides the
 * address; `injectionError` is the message of the failed scripting call; `fileAccessAllowed` is
 * extension.isAllowedFileSchemeAccess() (undefined where it could not be asked).
 *
 * Chrome's message for a page it will not let the extension script, when the address is hidden, is "Cannot access
 * contents of the page. Extension manifest must request permission to access the respective host."; Firefox's is
 * "Missing host permission for the tab". After a toolbar click (activeTab) every http(s) page can be scripted, so a
 * hidden address with that message is a local file or a page opened with no click; it gets the hedged offer.
 * Chrome's browser pages and web stores fail with other messages ("Cannot access a chrome:// URL", "The extensions
 * gallery cannot be scripted") and get none. `fileAccessSwitch`: whether the browser has the switch (hasFileAccessSwitch).
 */
export function localFileOffer(
  tabUrl: string | undefined,
  injectionError: string,
  fileAccessAllowed: boolean | undefined,
  fileAccessSwitch = true,
): LocalFileOffer | undefined {
  const explainFileAccess = fileAccessSwitch && fileAccessAllowed !== true;
  if (tabUrl !== undefined) return /^file:/i.test(tabUrl) ? { certain: true, explainFileAccess } : undefined;
  if (/\bfile:\/\//i.test(injectionError)) return { certain: true, explainFileAccess };
  if (/Cannot access contents of the page|Missing host permission for the tab/i.test(injectionError)) {
    return { certain: false, explainFileAccess };
  }
  return undefined;
}

/**
 * Does the browser have Chrome's "Allow access to file URLs" switch? Not Firefox, known by runtime.getBrowserInfo,
 * which only Firefox has.
 */
export function hasFileAccessSwitch(runtime: object): boolean {
  return typeof (runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
}

/** Chrome's page for this extension, where "Allow access to file URLs" is switched on. */
export function extensionSettingsUrl(extensionId: string): string {
  return `chrome://extensions/?id=${encodeURIComponent(extensionId)}`;
}
