/** Names accepted by K6_PROFILE. Kept apart from profiles.ts so `npm run load` can validate them in Node. */
export const PROFILE_NAMES = ['smoke', 'load', 'stress', 'spike', 'soak'] as const;

export type ProfileName = (typeof PROFILE_NAMES)[number];

export const DEFAULT_PROFILE: ProfileName = 'smoke';
