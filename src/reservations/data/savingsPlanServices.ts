/**
 * The services Azure savings plans cover (RES-2, RES-3): a reservation for one of them bought at or
 * after {@link EXCHANGES_CLOSED_FROM} cannot be exchanged.
 */
export const SAVINGS_PLAN_SERVICES = [
  'virtual-machines',
  'dedicated-host',
  'app-service',
  'container-instances',
  'functions-premium',
  'container-apps',
  'spring-apps',
] as const;

/**
 * A service Azure savings plans cover (RES-2, RES-3).
 *
 * @category Reservations
 */
export type SavingsPlanService = (typeof SAVINGS_PLAN_SERVICES)[number];

/**
 * The first purchase instant whose reservations for a service savings plans cover can no longer
 * be exchanged (RES-2: "from 2027-02-01", read as 00:00:00Z).
 */
export const EXCHANGES_CLOSED_FROM = '2027-02-01T00:00:00.000Z';
