/** The one place that reads the wall clock. Everything else takes `now` as an argument or a `Clock`. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = {
  now: () => new Date(),
};
