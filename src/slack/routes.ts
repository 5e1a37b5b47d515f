import type {
  App,
  BlockAction,
  Middleware,
  SlackActionMiddlewareArgs,
  SlackShortcut,
  SlackShortcutMiddlewareArgs,
  SlackViewAction,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';

type ActionListener = Middleware<SlackActionMiddlewareArgs<BlockAction>>;
type ViewListener = Middleware<SlackViewMiddlewareArgs<SlackViewAction>>;
type ShortcutListener = Middleware<SlackShortcutMiddlewareArgs<SlackShortcut>>;

/**
 * Kept's buttons, modal submissions and shortcuts, each bound to its Slack id here and dispatched through one
 * Bolt listener per kind. Bolt runs the middleware of every registered listener for every request it receives:
 * with a Bolt listener per id, each `/promise` paid for twenty-odd listener chains (about 80 KB of garbage, and
 * the garbage collections that go with it) before anything of its own ran.
 */
export class SlackRoutes {
  private readonly actions = new Map<string, ActionListener>();
  private readonly views = new Map<string, ViewListener>();
  private readonly shortcuts = new Map<string, ShortcutListener>();
  private bound = false;

  /** A block action (button, menu) by its action_id. */
  action(actionId: string, listener: ActionListener): void {
    this.add(this.actions, actionId, listener);
  }

  /** A modal's submission by its callback_id. */
  view<View extends SlackViewAction = SlackViewAction>(
    callbackId: string,
    listener: Middleware<SlackViewMiddlewareArgs<View>>,
  ): void {
    this.add(this.views, callbackId, listener as unknown as ViewListener);
  }

  /** A global or message shortcut by its callback_id. */
  shortcut<Shortcut extends SlackShortcut = SlackShortcut>(
    callbackId: string,
    listener: Middleware<SlackShortcutMiddlewareArgs<Shortcut>>,
  ): void {
    this.add(this.shortcuts, callbackId, listener as unknown as ShortcutListener);
  }

  /** Registers the Bolt listeners; ids added afterwards would never be matched, so adding then throws. */
  bind(app: App): void {
    this.bound = true;
    const { actions, views, shortcuts } = this;
    if (actions.size > 0) {
      app.action<BlockAction>({ type: 'block_actions', action_id: exactly(actions.keys()) }, async (args) => {
        await actions.get(args.action.action_id)?.(args);
      });
    }
    if (views.size > 0) {
      app.view({ type: 'view_submission', callback_id: exactly(views.keys()) }, async (args) => {
        await views.get(args.view.callback_id)?.(args as Parameters<ViewListener>[0]);
      });
    }
    if (shortcuts.size > 0) {
      app.shortcut({ callback_id: exactly(shortcuts.keys()) }, async (args) => {
        await shortcuts.get(args.shortcut.callback_id)?.(args);
      });
    }
  }

  private add<L>(table: Map<string, L>, id: string, listener: L): void {
    if (this.bound) throw new Error(`Slack routes are already bound; ${id} would never be called`);
    if (table.has(id)) throw new Error(`Two listeners for the Slack id ${id}`);
    table.set(id, listener);
  }
}

/** A pattern matching exactly one of `ids`. */
export function exactly(ids: Iterable<string>): RegExp {
  const alternatives = [...ids].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${alternatives.join('|')})$`);
}
