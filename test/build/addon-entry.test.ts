import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../scripts/lib/load-bundle';
import { MENU_ITEMS } from '../../src/addon/menu';

/** Only what onOpen may use in AuthMode.NONE: the Ui, and the AuthMode enum to read the event. */
function openWith(authMode: string) {
  const calls: string[] = [];
  const opened = (call: string) => {
    calls.push(call);
    return menu;
  };
  const menu = {
    addItem: (caption: string, fn: string) => opened(`${caption} → ${fn}`),
    addSeparator: () => opened('—'),
    addToUi: () => void calls.push('addToUi'),
  };
  const gas = loadBundle('dist/Code.js', {
    SpreadsheetApp: { getUi: () => ({ createMenu: (t: string) => opened(`menu ${t}`), createAddonMenu: () => opened('addon menu') }) },
    ScriptApp: { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL' } },
  });
  gas.onOpen({ authMode });
  return calls;
}

describe('onOpen in the built bundle', () => {
  it('in AuthMode.NONE (an add-on not yet used here) builds the add-on menu with no other service', () => {
    const calls = openWith('NONE');
    expect(calls[0]).toBe('addon menu');
    expect(calls).toHaveLength(MENU_ITEMS.length + 2);
    expect(calls).toContain('Thiết lập / sửa mẫu → setupWorkbook');
  });

  it('in a bound script (AuthMode.LIMITED) builds the top-level "CĐHT" menu', () => {
    expect(openWith('LIMITED')[0]).toBe('menu CĐHT');
  });
});
