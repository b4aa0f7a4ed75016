import { z } from 'zod';
import { logo, shortText } from '../../audit-file/fields.ts';
import type { InstallationSettings } from '../models.ts';
import { method, none } from './declare.ts';

/** The settings of this installation: the consultant's firm, set once and shown on every report that uses it. */
export const settingsMethods = {
  'settings.get': method<InstallationSettings>()(none),
  /** Changes the firm's name (empty for none) or logo (null for none); what is left out stays. */
  'settings.update': method<InstallationSettings>()(
    z.strictObject({ firmName: shortText.optional(), firmLogo: logo.nullable().optional() }),
  ),
};
