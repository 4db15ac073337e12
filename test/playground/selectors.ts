// Where the playground tests find things on the page and in the sidebar, in one place.
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** A grid cell of the sheet shown, by A1. */
export const cell = (page: Page, a1: string): Locator => page.locator(`td[data-cell="${a1}"]`);

export const sheetTab = (page: Page, name: string): Locator =>
  page.getByRole('tab', { name, exact: true });

export const addonMenu = (page: Page): Locator =>
  page.getByRole('button', { name: 'KAM ▾', exact: true });

export const menuItem = (page: Page, caption: string): Locator =>
  page.getByRole('menuitem', { name: caption, exact: true });

export const button = (page: Page, name: string): Locator =>
  page.getByRole('button', { name, exact: true });

export const clockNow = (page: Page): Locator => page.locator('#clock-now');

export const sidebarPane = (page: Page): Locator =>
  page.getByRole('complementary', { name: 'Add-on sidebar' });

/** The sidebar's own page (dist/Sidebar.html), inside the pane's frame. */
export const sidebar = (page: Page): FrameLocator =>
  page.frameLocator('iframe[name="kam-sidebar"]');

/** The sidebar's account picker, its section tabs, the "Mark reviewed" form and its banner. */
export const dossier = {
  account: (frame: FrameLocator) => frame.locator('#kam-account'),
  section: (frame: FrameLocator, name: string) =>
    frame.getByRole('navigation').getByRole('button', { name, exact: true }),
  heading: (frame: FrameLocator, name: string) => frame.getByRole('heading', { name, exact: true }),
  reviewNote: (frame: FrameLocator) => frame.locator('#review-changes'),
  markReviewed: (frame: FrameLocator) =>
    frame.getByRole('button', { name: 'Mark reviewed', exact: true }),
  confirmReviewed: (frame: FrameLocator) =>
    frame.getByRole('button', { name: 'Yes, mark reviewed', exact: true }),
  saved: (frame: FrameLocator) => frame.getByRole('status').filter({ hasText: 'Saved.' }),
};
