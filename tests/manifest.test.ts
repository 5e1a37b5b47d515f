import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../src/project-root.js';
import { PROMISE_COMMAND, SHORTCUTS } from '../src/slack/ids.js';

/**
 * The limits of Slack's app manifest schema that matter for Kept (slackapi/manifest-schema v1.0.0). The full
 * schema check is described in the README; this test keeps the manifest inside the limits without it.
 */
interface Manifest {
  display_information: {
    name: string;
    description: string;
    long_description: string;
    background_color: string;
  };
  features: {
    app_home: Record<string, boolean>;
    bot_user: { display_name: string; always_online: boolean };
    slash_commands: Array<{
      command: string;
      description: string;
      usage_hint: string;
      should_escape: boolean;
    }>;
    shortcuts: Array<{ name: string; type: string; callback_id: string; description: string }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
    org_deploy_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

const manifest = parse(readFileSync(join(projectRoot(), 'manifest.yml'), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('uses only keys the schema knows', () => {
    expect(Object.keys(manifest).sort()).toEqual([
      'display_information',
      'features',
      'oauth_config',
      'settings',
    ]);
    expect(Object.keys(manifest.features).sort()).toEqual([
      'app_home',
      'bot_user',
      'shortcuts',
      'slash_commands',
    ]);
    expect(Object.keys(manifest.features.app_home).sort()).toEqual([
      'home_tab_enabled',
      'messages_tab_enabled',
      'messages_tab_read_only_enabled',
    ]);
  });

  it('keeps display information within its limits', () => {
    const info = manifest.display_information;
    expect(info.name.length).toBeGreaterThanOrEqual(1);
    expect(info.name.length).toBeLessThanOrEqual(35);
    expect(info.description.length).toBeLessThanOrEqual(140);
    expect(info.long_description.length).toBeGreaterThanOrEqual(175);
    expect(info.long_description.length).toBeLessThanOrEqual(4000);
    expect(info.background_color).toMatch(/^#[0-9a-fA-F]{6}$/);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
  });

  it('declares /promise as the listener expects, with escaped mentions', () => {
    const [command, ...others] = manifest.features.slash_commands;
    expect(others).toEqual([]);
    expect(command?.command).toBe(PROMISE_COMMAND);
    expect(command?.command).toMatch(/^\/[^\s]{1,31}$/);
    expect(command?.description.length).toBeGreaterThan(0);
    expect(command?.description.length).toBeLessThanOrEqual(2000);
    expect(command?.usage_hint.length).toBeLessThanOrEqual(1000);
    expect(command?.should_escape).toBe(true);
  });

  it('declares the shortcuts the listeners bind to, within their limits', () => {
    const shortcuts = manifest.features.shortcuts;
    expect(shortcuts.map((s) => [s.type, s.callback_id]).sort()).toEqual(
      [
        ['global', SHORTCUTS.newPromise],
        ['message', SHORTCUTS.trackMessage],
      ].sort(),
    );
    for (const shortcut of shortcuts) {
      expect(shortcut.name.length).toBeLessThanOrEqual(24);
      expect(shortcut.description.length).toBeLessThanOrEqual(150);
      expect(shortcut.callback_id.length).toBeLessThanOrEqual(255);
    }
  });

  it('asks for least-privilege scopes only', () => {
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'chat:write',
      'commands',
      'im:write',
      'users:read',
    ]);
  });

  it('enables App Home, interactivity and the app_home_opened event', () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_home_opened']);
    expect(typeof manifest.settings.socket_mode_enabled).toBe('boolean');
  });
});
