import type { Clock } from '../clock.js';
import type { WorkspaceSettings } from '../domain/workspace-settings.js';
import { replanPromise } from '../scheduler/plan-promise.js';
import { type Db, transact } from '../store/database.js';
import { listDigestChannels } from '../store/digest-channels.js';
import { listOpenPromises } from '../store/promises.js';
import { getWorkspaceSettings, listLeads, saveWorkspaceSettings, setLead } from '../store/settings.js';

export interface SettingsDeps {
  db: Db;
  clock: Clock;
}

export function loadSettingsForEditing(deps: SettingsDeps, teamId: string) {
  return {
    settings: getWorkspaceSettings(deps.db, teamId),
    leads: listLeads(deps.db, teamId),
    digestChannels: listDigestChannels(deps.db, teamId),
  };
}

/**
 * Saves a workspace's settings (and one person's lead, if given) and re-plans every open promise with the new
 * working hours and ladder, in one transaction, keeping the snoozes owners asked for. Returns how many promises
 * were re-planned.
 */
export function saveSettings(
  deps: SettingsDeps,
  input: {
    settings: WorkspaceSettings;
    lead: { userId: string; leadId: string | null } | undefined;
    updatedBy: string;
  },
): number {
  const now = deps.clock.now();
  return transact(deps.db, () => {
    saveWorkspaceSettings(deps.db, input.settings, input.updatedBy, now);
    if (input.lead)
      setLead(deps.db, input.settings.teamId, input.lead.userId, input.lead.leadId, input.updatedBy, now);
    const open = listOpenPromises(deps.db, input.settings.teamId);
    for (const promise of open) replanPromise(deps.db, promise, now, { keepSnoozes: true });
    return open.length;
  });
}

/** `/promise escalate here` (a channel id) and `/promise escalate off` (null). */
export function setEscalationChannel(
  deps: SettingsDeps,
  teamId: string,
  channelId: string | null,
  updatedBy: string,
): void {
  const settings = getWorkspaceSettings(deps.db, teamId);
  saveWorkspaceSettings(
    deps.db,
    { ...settings, escalationChannelId: channelId },
    updatedBy,
    deps.clock.now(),
  );
}
