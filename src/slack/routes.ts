import type {
  AnyMiddlewareArgs,
  App,
  BlockAction,
  Middleware,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackShortcut,
  SlackShortcutMiddlewareArgs,
  SlackViewAction,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';

type Listener = Middleware<AnyMiddlewareArgs>;
type Kind = 'command' | 'event' | 'action' | 'view' | 'shortcut';

/**
 * Every Slack id Kept answers (the command, the Home tab event, each button, modal and shortcut), bound to its
 * listener in one table and dispatched by one Bolt middleware. Bolt would run the middleware chain of every
 * registered listener for every request it receives: with a Bolt listener per id, each `/promise` paid for all
 * of them (about 80 KB of garbage with twenty-odd listeners, and the garbage collections that go with it) before
 * its own listener ran. Here a request costs one look-up. A listener gets the arguments a Bolt listener gets;
 * requests that match nothing go on to Bolt unchanged.
 */
export class SlackRoutes {
  private readonly tables: Record<Kind, Map<string, Listener>> = {
    command: new Map(),
    event: new Map(),
    action: new Map(),
    view: new Map(),
    shortcut: new Map(),
  };
  private attached = false;

  /** A slash command by its name ("/promise"). */
  command(name: string, listener: Middleware<SlackCommandMiddlewareArgs>): void {
    this.add('command', name, listener);
  }

  /** An Events API event by its type ("app_home_opened"). */
  event<Type extends string>(type: Type, listener: Middleware<SlackEventMiddlewareArgs<Type>>): void {
    this.add('event', type, listener);
  }

  /** A block action (button, menu) by its action_id. */
  action(actionId: string, listener: Middleware<SlackActionMiddlewareArgs<BlockAction>>): void {
    this.add('action', actionId, listener);
  }

  /** A modal's submission by its callback_id. */
  view<View extends SlackViewAction = SlackViewAction>(
    callbackId: string,
    listener: Middleware<SlackViewMiddlewareArgs<View>>,
  ): void {
    this.add('view', callbackId, listener);
  }

  /** A global or message shortcut by its callback_id. */
  shortcut<Shortcut extends SlackShortcut = SlackShortcut>(
    callbackId: string,
    listener: Middleware<SlackShortcutMiddlewareArgs<Shortcut>>,
  ): void {
    this.add('shortcut', callbackId, listener);
  }

  /** The Bolt middleware that dispatches. */
  middleware(): Listener {
    return async (args) => {
      const route = routeOf(args);
      const listener = route ? this.tables[route.kind].get(route.id) : undefined;
      if (!listener) {
        await args.next();
        return;
      }
      // As Bolt calls a listener: it is the last in line, so its `next` leads nowhere.
      await listener({ ...args, next: async () => {} });
    };
  }

  /**
   * Hands Bolt the dispatching middleware; ids added afterwards would be missed, so adding then throws. `track` is
   * handed each request's work, listener and all (shutdown waits for it): one middleware rather than two, because
   * each one Bolt runs costs every request a copy of its arguments.
   */
  attach(app: App, track: (work: Promise<void>) => Promise<void> = (work) => work): void {
    this.attached = true;
    const dispatch = this.middleware();
    app.use((args) => track(dispatch(args)));
  }

  private add<Args>(kind: Kind, id: string, listener: Middleware<Args>): void {
    if (this.attached) throw new Error(`Slack routes are already attached; ${id} would never be called`);
    const table = this.tables[kind];
    if (table.has(id)) throw new Error(`Two listeners for the Slack ${kind} ${id}`);
    table.set(id, listener as unknown as Listener);
  }
}

/** Which table and id a request belongs to, read the way Bolt's own listener matchers read it. */
function routeOf(args: AnyMiddlewareArgs): { kind: Kind; id: string } | undefined {
  const body = args.body as { type?: unknown; command?: unknown };
  if (typeof body.command === 'string') return { kind: 'command', id: body.command };
  // Bolt's payload: the event, the first action, the view, or the shortcut itself.
  const payload = args.payload as { type?: unknown; action_id?: unknown; callback_id?: unknown };
  switch (body.type) {
    case 'event_callback':
      return typeof payload.type === 'string' ? { kind: 'event', id: payload.type } : undefined;
    case 'block_actions':
      return typeof payload.action_id === 'string' ? { kind: 'action', id: payload.action_id } : undefined;
    case 'view_submission':
      return typeof payload.callback_id === 'string' ? { kind: 'view', id: payload.callback_id } : undefined;
    case 'shortcut':
    case 'message_action':
      return typeof payload.callback_id === 'string'
        ? { kind: 'shortcut', id: payload.callback_id }
        : undefined;
    default:
      return undefined;
  }
}
