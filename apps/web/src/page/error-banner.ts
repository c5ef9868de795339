import { byId } from '../ui/dom.js';

/** Shows the banner above the page with a title and the validator's (or the fault's) message, both as text. */
export function showBanner(title: string, message: string): void {
  byId('error-title').textContent = title;
  byId('error-message').textContent = message;
  byId('error-banner').hidden = false;
}

export function hideBanner(): void {
  byId('error-banner').hidden = true;
}
