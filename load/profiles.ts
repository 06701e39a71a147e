import type { Scenario } from 'k6/options';

import { ENDPOINTS } from './endpoints.ts';
import { readDuration, readInteger, readText, rejectSetting } from './env.ts';
import { DEFAULT_PROFILE, PROFILE_NAMES, type ProfileName } from './profile-names.ts';

/** One load profile, expanded into k6 scenarios. */
export interface Profile {
  readonly name: ProfileName;
  /** A one-line account of the load, for the summary. */
  readonly description: string;
  readonly scenarios: Record<string, Scenario>;
}

/**
 * Reads the load profile named by K6_PROFILE (default smoke). A profile runs the same executor
 * twice, once per endpoint (scenarios `token` and `plain`), so both paths see the same load at the
 * same time. Rates are iterations per second per endpoint, and every iteration sends one request,
 * so the target receives twice the rate in total.
 *
 * Every setting below has a default per profile and is overridden by the same variable in all
 * profiles: LOAD_ITERATIONS, LOAD_RATE, LOAD_PEAK_RATE, LOAD_DURATION, LOAD_RAMP, LOAD_VUS and
 * LOAD_MAX_VUS.
 */
export function readProfile(): Profile {
  const name = readProfileName();
  const { description, scenario } = PROFILE_BUILDERS[name]();

  const scenarios: Record<string, Scenario> = {};
  for (const endpoint of ENDPOINTS) scenarios[endpoint] = { ...scenario, exec: endpoint, tags: { endpoint } };
  return { name, description, scenarios };
}

type ProfileBuilder = () => { description: string; scenario: Scenario };

const PROFILE_BUILDERS: Readonly<Record<ProfileName, ProfileBuilder>> = {
  /** Proves the script, the credentials and the target work: 1 VU, a few requests. */
  smoke: () => {
    const iterations = readInteger('LOAD_ITERATIONS', 10, 1);
    const maxDuration = readDuration('LOAD_DURATION', '30s');
    return {
      description: `1 VU per endpoint, ${iterations} requests each, stopped after ${maxDuration}`,
      scenario: { executor: 'per-vu-iterations', vus: 1, iterations, maxDuration },
    };
  },

  /** The expected production rate, held steady. */
  load: () => {
    const rate = readInteger('LOAD_RATE', 10, 1);
    const duration = readDuration('LOAD_DURATION', '5m');
    const vus = readVus(10, 50);
    return {
      description: `${rate} requests/s per endpoint for ${duration}`,
      scenario: { executor: 'constant-arrival-rate', rate, timeUnit: '1s', duration, ...vus },
    };
  },

  /** Climbs to a rate well above normal, keeps it, and comes back down. */
  stress: () => {
    const peak = readInteger('LOAD_PEAK_RATE', 50, 0);
    const ramp = readDuration('LOAD_RAMP', '2m');
    const hold = readDuration('LOAD_DURATION', '5m');
    return {
      description: `ramp to ${peak} requests/s per endpoint over ${ramp}, hold ${hold}, ramp down over ${ramp}`,
      scenario: rampingArrivalRate(peak, ramp, hold, readVus(20, 200)),
    };
  },

  /** A sudden surge, such as a sale opening, and its end. */
  spike: () => {
    const peak = readInteger('LOAD_PEAK_RATE', 100, 0);
    const ramp = readDuration('LOAD_RAMP', '10s');
    const hold = readDuration('LOAD_DURATION', '1m');
    return {
      description: `jump to ${peak} requests/s per endpoint within ${ramp}, hold ${hold}, drop within ${ramp}`,
      scenario: rampingArrivalRate(peak, ramp, hold, readVus(50, 300)),
    };
  },

  /** The normal rate held for hours, to surface leaks and slow degradation. */
  soak: () => {
    const rate = readInteger('LOAD_RATE', 10, 1);
    const ramp = readDuration('LOAD_RAMP', '5m');
    const hold = readDuration('LOAD_DURATION', '2h');
    return {
      description: `ramp to ${rate} requests/s per endpoint over ${ramp}, hold ${hold}, ramp down over ${ramp}`,
      scenario: rampingArrivalRate(rate, ramp, hold, readVus(10, 50)),
    };
  },
};

function readProfileName(): ProfileName {
  const value = readText('K6_PROFILE')?.toLowerCase() ?? DEFAULT_PROFILE;
  if ((PROFILE_NAMES as readonly string[]).includes(value)) return value as ProfileName;
  rejectSetting(`K6_PROFILE="${value}" is not a profile: use one of ${PROFILE_NAMES.join(', ')}.`);
}

interface VuPool {
  readonly preAllocatedVUs: number;
  readonly maxVUs: number;
}

/** Arrival-rate executors start VUs up front and add more up to maxVUs when responses slow down. */
function readVus(defaultVus: number, defaultMaxVus: number): VuPool {
  const preAllocatedVUs = readInteger('LOAD_VUS', defaultVus, 1);
  const maxVUs = readInteger('LOAD_MAX_VUS', Math.max(defaultMaxVus, preAllocatedVUs), 1);
  if (maxVUs < preAllocatedVUs) {
    rejectSetting(`LOAD_MAX_VUS=${maxVUs} is below LOAD_VUS=${preAllocatedVUs}: raise LOAD_MAX_VUS or lower LOAD_VUS.`);
  }
  return { preAllocatedVUs, maxVUs };
}

function rampingArrivalRate(target: number, ramp: string, hold: string, vus: VuPool): Scenario {
  return {
    executor: 'ramping-arrival-rate',
    startRate: 0,
    timeUnit: '1s',
    stages: [
      { target, duration: ramp },
      { target, duration: hold },
      { target: 0, duration: ramp },
    ],
    ...vus,
  };
}
