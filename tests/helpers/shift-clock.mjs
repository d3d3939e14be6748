/**
 * Preloaded with `node --import` by the reproducibility test: moves this process's clock by
 * ONESEAL_CLOCK_SHIFT_MS (Date.now, new Date(), Date()), so a build that writes the time it ran,
 * or today's date, gives different bytes. Dates built from given values are untouched.
 */
const shift = Number(process.env.ONESEAL_CLOCK_SHIFT_MS ?? 0);
const RealDate = Date;
const now = () => RealDate.now() + shift;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [now()], newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, prop, receiver) => (prop === 'now' ? now : Reflect.get(target, prop, receiver)),
});
