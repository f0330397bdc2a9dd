/**
 * Opens a viewer link in a new tab. The link is fetched only now (PostDICOM binds it to the IP address
 * that asked), which takes a moment; a tab opened after that wait is usually blocked as a pop-up. So the
 * tab is opened first, at the click, and sent to the link once it arrives. If the browser blocked even that
 * (`window.open` gave nothing), the caller shows the link for the user to click.
 */
export interface PendingTab {
  /** Sends the tab to the link; false when there is no tab (blocked): show the link instead. */
  navigate(url: string): boolean;
  /** The link could not be fetched: close the empty tab. */
  abandon(): void;
}

export function openPendingTab(win: Pick<Window, 'open'> = window): PendingTab {
  let tab: Window | null = null;
  try {
    tab = win.open('', '_blank');
  } catch {
    tab = null;
  }
  if (tab) {
    // The viewer must not reach back into the console.
    try {
      tab.opener = null;
    } catch {
      // some browsers make it read-only: the link is the vendor's, same as opening it with noopener
    }
  }
  return {
    navigate(url) {
      if (!tab || tab.closed) return false;
      tab.location.href = url;
      return true;
    },
    abandon() {
      tab?.close();
    },
  };
}
