import { Menu } from 'electron';
import { menuTemplate, type MenuActions, type MenuState } from './menu-template.ts';

/** Builds the application menu from the testable template and puts it in place. */
export function installMenu(state: MenuState, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(state, actions)));
}
